#include "attach/zipcrypto.hpp"

#include <sodium.h>
#include <zlib.h>

#include "util/sodium_init.hpp"

namespace sanitize::attach::detail {

namespace {

// One step of CRC-32 with zlib's table: the cipher's key schedule is built on it.
std::uint32_t crc_step(std::uint32_t crc, std::uint8_t byte) noexcept {
    static const z_crc_t* table = get_crc_table();
    return static_cast<std::uint32_t>(table[(crc ^ byte) & 0xFFU]) ^ (crc >> 8);
}

}  // namespace

ZipCryptoEncryptor::ZipCryptoEncryptor(std::span<const unsigned char> password)
    : keys_{0x12345678U, 0x23456789U, 0x34567890U} {
    for (const unsigned char c : password) update(c);
}

ZipCryptoEncryptor::~ZipCryptoEncryptor() { sodium_memzero(keys_, sizeof keys_); }

void ZipCryptoEncryptor::update(std::uint8_t plain) noexcept {
    keys_[0] = crc_step(keys_[0], plain);
    keys_[1] = (keys_[1] + (keys_[0] & 0xFFU)) * 134775813U + 1U;
    keys_[2] = crc_step(keys_[2], static_cast<std::uint8_t>(keys_[1] >> 24));
}

std::uint8_t ZipCryptoEncryptor::keystream_byte() const noexcept {
    const std::uint32_t t = (keys_[2] | 2U) & 0xFFFFU;
    return static_cast<std::uint8_t>((t * (t ^ 1U)) >> 8);
}

void ZipCryptoEncryptor::encrypt(std::span<std::uint8_t> data) noexcept {
    for (std::uint8_t& b : data) {
        const std::uint8_t plain = b;
        b = static_cast<std::uint8_t>(plain ^ keystream_byte());
        update(plain);
    }
}

std::array<std::uint8_t, zipcrypto_header_bytes> ZipCryptoEncryptor::header(std::uint8_t check_byte) {
    util::ensure_sodium_initialized();
    std::array<std::uint8_t, zipcrypto_header_bytes> out{};
    randombytes_buf(out.data(), out.size() - 1);
    out.back() = check_byte;
    encrypt(out);
    return out;
}

}  // namespace sanitize::attach::detail
