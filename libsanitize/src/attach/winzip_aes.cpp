#include "attach/winzip_aes.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <sodium.h>

#include <algorithm>
#include <cstring>
#include <utility>

#include "util/sodium_init.hpp"

namespace sanitize::attach::detail {

namespace {

// Keystream is made this many bytes at a time: one ECB call over many counter blocks is what
// makes AES-NI run at full speed (the format's counter is little-endian, so OpenSSL's own
// big-endian CTR mode cannot be used).
constexpr std::size_t keystream_bytes = 64 * 1024;
constexpr std::size_t block_bytes = 16;

struct CipherDeleter {
    void operator()(EVP_CIPHER_CTX* ctx) const noexcept { EVP_CIPHER_CTX_free(ctx); }
};
struct MacCtxDeleter {
    void operator()(EVP_MAC_CTX* ctx) const noexcept { EVP_MAC_CTX_free(ctx); }
};

Error crypto_error(const char* what) { return make_error(Errc::internal, std::string("openssl ") + what); }

}  // namespace

struct AesEntryEncryptor::State {
    std::array<std::uint8_t, aes256_salt_bytes> salt{};
    std::array<std::uint8_t, aes_verifier_bytes> verifier{};
    std::unique_ptr<EVP_CIPHER_CTX, CipherDeleter> cipher;
    std::unique_ptr<EVP_MAC_CTX, MacCtxDeleter> hmac;
    std::uint64_t next_counter = 1;  // the format starts counting at 1
    // Plain heap, wiped when the entry ends: a sodium_malloc per entry (guard pages, mlock) cost
    // more than the entry's AES. The keystream is no more secret than the plaintext beside it.
    std::unique_ptr<unsigned char[]> keystream{new unsigned char[keystream_bytes]};
    ~State() { OPENSSL_cleanse(keystream.get(), keystream_bytes); }
    std::size_t keystream_used = keystream_bytes;  // all used: make more before the first byte
};

AesEntryEncryptor::AesEntryEncryptor(std::unique_ptr<State> state) : state_(std::move(state)) {}
AesEntryEncryptor::~AesEntryEncryptor() = default;
AesEntryEncryptor::AesEntryEncryptor(AesEntryEncryptor&&) noexcept = default;
AesEntryEncryptor& AesEntryEncryptor::operator=(AesEntryEncryptor&&) noexcept = default;

Result<AesEntryEncryptor> AesEntryEncryptor::create(std::span<const unsigned char> password) {
    util::ensure_sodium_initialized();
    std::array<std::uint8_t, aes256_salt_bytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    return create(password, salt);
}

Result<AesEntryEncryptor> AesEntryEncryptor::create(std::span<const unsigned char> password,
                                                    std::span<const std::uint8_t, aes256_salt_bytes> salt) {
    auto state = std::make_unique<State>();
    std::copy(salt.begin(), salt.end(), state->salt.begin());
    // Key material: AES key ‖ HMAC key ‖ password verifier, one PBKDF2 output.
    SecretBuffer derived(2 * aes256_key_bytes + aes_verifier_bytes);
    static const char empty[1] = {};
    const char* pass = password.empty() ? empty : reinterpret_cast<const char*>(password.data());
    if (PKCS5_PBKDF2_HMAC_SHA1(pass, static_cast<int>(password.size()), salt.data(), static_cast<int>(salt.size()),
                               aes_pbkdf2_iterations, static_cast<int>(derived.size()), derived.bytes().data()) != 1)
        return crypto_error("pbkdf2");
    const unsigned char* key = derived.bytes().data();
    std::memcpy(state->verifier.data(), key + 2 * aes256_key_bytes, aes_verifier_bytes);

    state->cipher.reset(EVP_CIPHER_CTX_new());
    if (!state->cipher || EVP_EncryptInit_ex(state->cipher.get(), EVP_aes_256_ecb(), nullptr, key, nullptr) != 1)
        return crypto_error("aes init");
    EVP_CIPHER_CTX_set_padding(state->cipher.get(), 0);

    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    if (mac == nullptr) return crypto_error("hmac fetch");
    state->hmac.reset(EVP_MAC_CTX_new(mac));
    EVP_MAC_free(mac);  // the context keeps its own reference
    char digest[] = "SHA1";
    const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest, 0),
                                 OSSL_PARAM_construct_end()};
    if (!state->hmac || EVP_MAC_init(state->hmac.get(), key + aes256_key_bytes, aes256_key_bytes, params) != 1)
        return crypto_error("hmac init");
    return AesEntryEncryptor(std::move(state));
}

std::array<std::uint8_t, aes256_salt_bytes + aes_verifier_bytes> AesEntryEncryptor::header() const {
    std::array<std::uint8_t, aes256_salt_bytes + aes_verifier_bytes> out{};
    std::copy(state_->salt.begin(), state_->salt.end(), out.begin());
    std::copy(state_->verifier.begin(), state_->verifier.end(), out.begin() + aes256_salt_bytes);
    return out;
}

Result<void> AesEntryEncryptor::apply_keystream(std::span<std::uint8_t> data) {
    State& s = *state_;
    unsigned char* stream = s.keystream.get();
    std::size_t done = 0;
    while (done < data.size()) {
        if (s.keystream_used == keystream_bytes) {
            // Counter blocks: the 64-bit counter little-endian in the first 8 bytes, then zeros.
            for (std::size_t off = 0; off < keystream_bytes; off += block_bytes) {
                std::uint64_t counter = s.next_counter++;
                for (std::size_t i = 0; i < 8; ++i) stream[off + i] = static_cast<unsigned char>(counter >> (8 * i));
                std::memset(stream + off + 8, 0, 8);
            }
            int produced = 0;
            if (EVP_EncryptUpdate(s.cipher.get(), stream, &produced, stream, static_cast<int>(keystream_bytes)) != 1 ||
                static_cast<std::size_t>(produced) != keystream_bytes)
                return crypto_error("aes");
            s.keystream_used = 0;
        }
        const std::size_t n = std::min(data.size() - done, keystream_bytes - s.keystream_used);
        std::uint8_t* d = data.data() + done;
        const unsigned char* k = stream + s.keystream_used;
        for (std::size_t i = 0; i < n; ++i) d[i] ^= k[i];
        done += n;
        s.keystream_used += n;
    }
    return {};
}

Result<void> AesEntryEncryptor::encrypt(std::span<std::uint8_t> data) {
    if (auto r = apply_keystream(data); !r) return r;
    if (!data.empty() && EVP_MAC_update(state_->hmac.get(), data.data(), data.size()) != 1)
        return crypto_error("hmac");
    return {};
}

Result<void> AesEntryEncryptor::decrypt(std::span<std::uint8_t> data) {
    if (!data.empty() && EVP_MAC_update(state_->hmac.get(), data.data(), data.size()) != 1)
        return crypto_error("hmac");
    return apply_keystream(data);
}

Result<std::array<std::uint8_t, aes_mac_bytes>> AesEntryEncryptor::mac() {
    std::array<std::uint8_t, 20> full{};
    std::size_t length = 0;
    if (EVP_MAC_final(state_->hmac.get(), full.data(), &length, full.size()) != 1 || length != full.size())
        return crypto_error("hmac final");
    std::array<std::uint8_t, aes_mac_bytes> truncated{};
    std::copy_n(full.begin(), aes_mac_bytes, truncated.begin());
    return truncated;
}

}  // namespace sanitize::attach::detail
