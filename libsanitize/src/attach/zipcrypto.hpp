// Traditional PKWARE encryption ("ZipCrypto"), for the one case DESIGN 3.4 allows it: a recipient
// whose tool reads nothing else, asked for explicitly (ArchiveOptions::encryption) and recorded.
// It is broken: a dozen known plaintext bytes (a PDF or PNG header) recover the keys.
#pragma once

#include <array>
#include <cstdint>
#include <span>

namespace sanitize::attach::detail {

inline constexpr std::size_t zipcrypto_header_bytes = 12;

class ZipCryptoEncryptor {
public:
    explicit ZipCryptoEncryptor(std::span<const unsigned char> password);
    ~ZipCryptoEncryptor();
    ZipCryptoEncryptor(const ZipCryptoEncryptor&) = delete;
    ZipCryptoEncryptor& operator=(const ZipCryptoEncryptor&) = delete;

    // The encrypted 12-byte header: 11 random bytes and the check byte a reader compares to
    // tell a wrong password (the high byte of the DOS time, as entries with a data descriptor
    // carry it).
    std::array<std::uint8_t, zipcrypto_header_bytes> header(std::uint8_t check_byte);
    void encrypt(std::span<std::uint8_t> data) noexcept;

private:
    void update(std::uint8_t plain) noexcept;
    std::uint8_t keystream_byte() const noexcept;
    std::uint32_t keys_[3];
};

}  // namespace sanitize::attach::detail
