#include <catch2/catch.hpp>
#include <cstring>
#include <sodium.h>

#include <array>
#include <vector>

#include "wipe/keystream.hpp"

using namespace sanitize::wipe;

namespace {

constexpr std::array<unsigned char, 32> test_key{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16,
                                                 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32};

std::vector<std::byte> generate(const Keystream& ks, std::uint64_t offset, std::size_t length) {
    std::vector<std::byte> out(length);
    ks.fill(offset, out);
    return out;
}

}  // namespace

TEST_CASE("any range of the keystream regenerates on its own", "[keystream]") {
    const auto cipher = GENERATE(KeystreamCipher::aes256_ctr, KeystreamCipher::chacha20);
    const Keystream ks = Keystream::from_key(cipher, test_key);
    const std::size_t total = 300 * 1024 + 77;  // crosses the 64 KiB internal pieces, odd end
    const auto whole = generate(ks, 0, total);
    for (std::uint64_t offset : {0ULL, 1ULL, 15ULL, 16ULL, 63ULL, 64ULL, 65ULL, 4095ULL, 65536ULL, 65537ULL, 200001ULL}) {
        for (std::size_t length : {std::size_t{1}, std::size_t{17}, std::size_t{4096}, std::size_t{70000}}) {
            if (offset + length > total) continue;
            INFO("offset " << offset << " length " << length);
            const auto part = generate(ks, offset, length);
            CHECK(std::equal(part.begin(), part.end(), whole.begin() + static_cast<std::ptrdiff_t>(offset)));
        }
    }
}

TEST_CASE("the ChaCha20 keystream is libsodium's, counter from the offset", "[keystream]") {
    const Keystream ks = Keystream::from_key(KeystreamCipher::chacha20, test_key);
    std::array<unsigned char, 8> nonce{};
    std::vector<unsigned char> expected(4096);
    crypto_stream_chacha20(expected.data(), expected.size(), nonce.data(), test_key.data());
    const auto ours = generate(ks, 0, expected.size());
    CHECK(std::memcmp(ours.data(), expected.data(), expected.size()) == 0);
    // Block 1000 onwards through the _ic variant.
    std::vector<unsigned char> zeros(1024, 0), at_block(1024);
    crypto_stream_chacha20_xor_ic(at_block.data(), zeros.data(), zeros.size(), nonce.data(), 1000, test_key.data());
    const auto ours_at = generate(ks, 64 * 1000, at_block.size());
    CHECK(std::memcmp(ours_at.data(), at_block.data(), at_block.size()) == 0);
}

TEST_CASE("fresh keystreams differ and do not look like patterns", "[keystream]") {
    const auto cipher = GENERATE(KeystreamCipher::aes256_ctr, KeystreamCipher::chacha20);
    const Keystream a = Keystream::generate(cipher);
    const Keystream b = Keystream::generate(cipher);
    const auto xa = generate(a, 0, 1 << 16);
    const auto xb = generate(b, 0, 1 << 16);
    CHECK(xa != xb);
    std::array<int, 256> histogram{};
    for (std::byte v : xa) ++histogram[static_cast<std::size_t>(v)];
    for (int count : histogram) {  // expected 256 each; a loose bound that never flakes
        CHECK(count > 128);
        CHECK(count < 400);
    }
}

TEST_CASE("automatic generator choice follows the CPU and explicit choices are kept", "[keystream]") {
    CHECK(resolve_generator(sanitize::wipe::Generator::chacha20) == KeystreamCipher::chacha20);
    CHECK(resolve_generator(sanitize::wipe::Generator::aes256_ctr) == KeystreamCipher::aes256_ctr);
    const auto automatic = resolve_generator(sanitize::wipe::Generator::automatic);
    CHECK((automatic == KeystreamCipher::aes256_ctr || automatic == KeystreamCipher::chacha20));
    CHECK(cipher_name(KeystreamCipher::aes256_ctr) == "aes-256-ctr");
    CHECK(cipher_name(KeystreamCipher::chacha20) == "chacha20");
}

TEST_CASE("xor_into turns intact keystream bytes into zeros at any offset", "[keystream]") {
    const auto cipher = GENERATE(KeystreamCipher::aes256_ctr, KeystreamCipher::chacha20);
    const Keystream ks = Keystream::from_key(cipher, test_key);
    for (std::uint64_t offset : {0ULL, 5ULL, 64ULL, 1000ULL}) {
        auto data = generate(ks, offset, 100000);
        data[777] ^= std::byte{0x01};  // one flipped bit survives as the only non-zero byte
        ks.xor_into(offset, data);
        INFO("offset " << offset);
        CHECK(data[777] == std::byte{0x01});
        data[777] = std::byte{0};
        CHECK(std::all_of(data.begin(), data.end(), [](std::byte b) { return b == std::byte{0}; }));
    }
}
