#include "wipe/keystream.hpp"

#include <openssl/evp.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <memory>

#if defined(__aarch64__)
#include <asm/hwcap.h>
#include <sys/auxv.h>
#endif

namespace sanitize::wipe {
namespace {

constexpr std::size_t aes_block_bytes = 16;
constexpr std::size_t chacha_block_bytes = 64;

constexpr std::size_t zeros_bytes = 64 * 1024;
alignas(64) const std::array<unsigned char, zeros_bytes> zeros{};
// The key is fresh for every pass, so a constant nonce never repeats a (key, nonce) pair.
const std::array<unsigned char, crypto_stream_chacha20_NONCEBYTES> chacha_nonce{};

bool cpu_has_aes() noexcept {
#if defined(__x86_64__) || defined(__i386__)
    return __builtin_cpu_supports("aes") != 0;
#elif defined(__aarch64__)
    return (getauxval(AT_HWCAP) & HWCAP_AES) != 0;
#else
    return false;
#endif
}

struct CipherCtxDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const noexcept { EVP_CIPHER_CTX_free(ctx); }  // cleanses the key schedule
};

unsigned char* as_uchar(std::span<std::byte> out) noexcept { return reinterpret_cast<unsigned char*>(out.data()); }

}  // namespace

KeystreamCipher resolve_generator(Generator requested) noexcept {
    switch (requested) {
        case Generator::aes256_ctr: return KeystreamCipher::aes256_ctr;
        case Generator::chacha20: return KeystreamCipher::chacha20;
        case Generator::automatic: break;
    }
    return cpu_has_aes() ? KeystreamCipher::aes256_ctr : KeystreamCipher::chacha20;
}

std::string_view cipher_name(KeystreamCipher cipher) noexcept {
    return cipher == KeystreamCipher::aes256_ctr ? "aes-256-ctr" : "chacha20";
}

Keystream Keystream::generate(KeystreamCipher cipher) {
    SecretBuffer key(key_bytes);  // also initialises libsodium
    randombytes_buf(key.bytes().data(), key.size());
    return Keystream(cipher, std::move(key));
}

Keystream Keystream::from_key(KeystreamCipher cipher, std::span<const unsigned char, key_bytes> key) {
    SecretBuffer copy(key_bytes);
    std::memcpy(copy.bytes().data(), key.data(), key_bytes);
    return Keystream(cipher, std::move(copy));
}

std::size_t Keystream::block_bytes() const noexcept {
    return cipher_ == KeystreamCipher::aes256_ctr ? aes_block_bytes : chacha_block_bytes;
}

void Keystream::fill(std::uint64_t offset, std::span<std::byte> out) const { apply(offset, nullptr, out); }

void Keystream::xor_into(std::uint64_t offset, std::span<std::byte> data) const { apply(offset, data.data(), data); }

void Keystream::apply(std::uint64_t offset, const std::byte* in, std::span<std::byte> out) const {
    const std::size_t block = block_bytes();
    const std::size_t skip = static_cast<std::size_t>(offset % block);
    std::uint64_t first_block = offset / block;
    if (skip != 0) {
        // An offset inside a block: generate that block whole and use its tail.
        std::array<std::byte, chacha_block_bytes> partial{};
        transform(first_block, nullptr, std::span(partial).first(block));
        const std::size_t take = std::min(block - skip, out.size());
        for (std::size_t i = 0; i < take; ++i) out[i] = partial[skip + i] ^ (in != nullptr ? in[i] : std::byte{0});
        sodium_memzero(partial.data(), partial.size());
        out = out.subspan(take);
        if (in != nullptr) in += take;
        ++first_block;
    }
    if (!out.empty()) transform(first_block, in, out);
}

void Keystream::transform(std::uint64_t first_block, const std::byte* in, std::span<std::byte> out) const {
    // Without input, the keystream is the encryption of zeros taken from a small block that
    // stays in the CPU cache, rather than from clearing the whole output first.
    auto input = [&](std::size_t done) {
        return in != nullptr ? reinterpret_cast<const unsigned char*>(in + done) : zeros.data();
    };
    // With input, work in large pieces (EVP takes an int length); without, one zero block at a time.
    const std::size_t piece = in != nullptr ? std::size_t{1} << 30 : zeros_bytes;
    if (cipher_ == KeystreamCipher::chacha20) {
        for (std::size_t done = 0; done < out.size(); done += piece) {
            const std::size_t n = std::min(piece, out.size() - done);
            crypto_stream_chacha20_xor_ic(as_uchar(out.subspan(done)), input(done), n, chacha_nonce.data(),
                                          first_block + done / chacha_block_bytes, key_.bytes().data());
        }
        return;
    }
    // AES-256-CTR: the 128-bit big-endian IV is the block number; the key is fresh per pass,
    // so a zero upper half never repeats a (key, counter) pair.
    std::array<unsigned char, aes_block_bytes> iv{};
    for (std::size_t i = 0; i < 8; ++i)
        iv[aes_block_bytes - 1 - i] = static_cast<unsigned char>(first_block >> (8 * i));
    const std::unique_ptr<EVP_CIPHER_CTX, CipherCtxDeleter> ctx(EVP_CIPHER_CTX_new());
    if (!ctx || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_ctr(), nullptr, key_.bytes().data(), iv.data()) != 1)
        std::abort();  // libcrypto without AES-CTR: a broken installation, not a runtime condition
    for (std::size_t done = 0; done < out.size(); done += piece) {
        const std::size_t n = std::min(piece, out.size() - done);
        int written = 0;
        if (EVP_EncryptUpdate(ctx.get(), as_uchar(out.subspan(done)), &written, input(done), static_cast<int>(n)) != 1)
            std::abort();
    }
}

}  // namespace sanitize::wipe
