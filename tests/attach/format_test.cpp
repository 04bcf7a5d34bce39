// The layers under the writer, each against an independent computation: the AES layer against
// OpenSSL's PBKDF2, AES-ECB and HMAC used directly, as the WinZip AE specification spells them.
#include <catch2/catch.hpp>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <cstring>
#include <string>
#include <vector>

#include "attach/inputs.hpp"
#include "attach/streams.hpp"
#include "attach/winzip_aes.hpp"
#include "attach/zip_records.hpp"
#include "attach_test_support.hpp"

using namespace sanitize::attach::detail;
using sanitize::test::as_bytes;

namespace {

const std::string password = "vK3#-pQ9!-zR2&-Xm4=";
constexpr std::array<std::uint8_t, 16> salt = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

std::vector<std::uint8_t> derive_reference() {
    std::vector<std::uint8_t> key(66);
    REQUIRE(PKCS5_PBKDF2_HMAC_SHA1(password.data(), static_cast<int>(password.size()), salt.data(), 16, 1000, 66,
                                   key.data()) == 1);
    return key;
}

// Block n of the keystream: AES-256 of the counter n as a little-endian number.
std::array<std::uint8_t, 16> keystream_block(const std::vector<std::uint8_t>& key, std::uint64_t n) {
    std::array<std::uint8_t, 16> block{};
    for (int i = 0; i < 8; ++i) block[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(n >> (8 * i));
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    REQUIRE(EVP_EncryptInit_ex(ctx, EVP_aes_256_ecb(), nullptr, key.data(), nullptr) == 1);
    EVP_CIPHER_CTX_set_padding(ctx, 0);
    int len = 0;
    std::array<std::uint8_t, 16> out{};
    REQUIRE(EVP_EncryptUpdate(ctx, out.data(), &len, block.data(), 16) == 1);
    EVP_CIPHER_CTX_free(ctx);
    return out;
}

std::vector<std::uint8_t> pattern(std::size_t n) {
    std::vector<std::uint8_t> v(n);
    for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<std::uint8_t>(i * 7 + 3);
    return v;
}

}  // namespace

TEST_CASE("attach: the AES layer follows the AE specification", "[attach][format]") {
    const auto key = derive_reference();
    auto enc = AesEntryEncryptor::create(as_bytes(password), salt);
    REQUIRE(enc);
    const auto header = enc->header();
    CHECK(std::equal(salt.begin(), salt.end(), header.begin()));
    CHECK(header[16] == key[64]);
    CHECK(header[17] == key[65]);

    // Past block 256, so that a big-endian counter would differ in its second byte.
    const std::size_t blocks = 300;
    const auto plain = pattern(blocks * 16 + 5);
    auto data = plain;
    REQUIRE(enc->encrypt(data));
    for (std::uint64_t b : {std::uint64_t{0}, std::uint64_t{1}, std::uint64_t{255}, std::uint64_t{256}, std::uint64_t{299}}) {
        const auto ks = keystream_block(key, b + 1);  // the first block uses counter 1
        for (std::size_t i = 0; i < 16; ++i) REQUIRE((plain[b * 16 + i] ^ ks[i]) == data[b * 16 + i]);
    }
    auto mac = enc->mac();
    REQUIRE(mac);
    unsigned int len = 0;
    std::array<std::uint8_t, 20> full{};
    HMAC(EVP_sha1(), key.data() + 32, 32, data.data(), data.size(), full.data(), &len);
    CHECK(std::equal(mac->begin(), mac->end(), full.begin()));
}

TEST_CASE("attach: encrypting in odd pieces gives the bytes of one piece", "[attach][format]") {
    const auto plain = pattern(200'003);
    auto whole = plain;
    auto one = AesEntryEncryptor::create(as_bytes(password), salt);
    REQUIRE(one);
    REQUIRE(one->encrypt(whole));
    auto pieces = plain;
    auto many = AesEntryEncryptor::create(as_bytes(password), salt);
    REQUIRE(many);
    std::size_t at = 0;
    for (std::size_t step : std::initializer_list<std::size_t>{1, 15, 17, 65'536, 3, 100'000, 34'431}) {
        REQUIRE(many->encrypt(std::span(pieces).subspan(at, step)));
        at += step;
    }
    REQUIRE(at == plain.size());
    CHECK(pieces == whole);
    CHECK(*one->mac() == *many->mac());

    auto back = AesEntryEncryptor::create(as_bytes(password), salt);
    REQUIRE(back->decrypt(whole));
    CHECK(whole == plain);
}

TEST_CASE("attach: fresh salts differ from entry to entry", "[attach][format]") {
    auto a = AesEntryEncryptor::create(as_bytes(password));
    auto b = AesEntryEncryptor::create(as_bytes(password));
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->header() != b->header());
}

TEST_CASE("attach: ZIP records: AE-2 extra field, no CRC, UTF-8 flag", "[attach][format]") {
    EntryRecord rec;
    rec.name = "報告.txt";
    rec.encrypted = true;
    rec.method = method_deflate;
    rec.crc32 = 0;
    rec.compressed_size = 100;
    rec.uncompressed_size = 200;
    std::vector<std::uint8_t> local;
    append_local_header(local, rec);
    REQUIRE(local.size() == 30 + rec.name.size() + 11);
    CHECK(local[4] == 51);                 // version needed 5.1
    CHECK((local[6] & 1) == 1);            // encrypted
    CHECK((local[7] & 0x08) == 0x08);      // bit 11: UTF-8
    CHECK(local[8] == 99);                 // method: WinZip AES
    CHECK(local[14] == 0);                 // CRC-32 is zero
    const std::size_t extra = 30 + rec.name.size();
    CHECK(local[extra] == 0x01);
    CHECK(local[extra + 1] == 0x99);
    CHECK(local[extra + 4] == 2);          // AE-2
    CHECK(local[extra + 6] == 'A');
    CHECK(local[extra + 7] == 'E');
    CHECK(local[extra + 8] == 3);          // AES-256
    CHECK(local[extra + 9] == 8);          // deflate inside

    rec.local_offset = 0x1'0000'0000ULL;   // past 4 GiB: the central header needs ZIP64
    std::vector<std::uint8_t> central;
    append_central_header(central, rec);
    CHECK(central.size() == 46 + rec.name.size() + 12 + 11);
    CHECK(central[42] == 0xFF);
}

TEST_CASE("attach: DOS times are local and clamped to the format's range", "[attach][format]") {
    const DosTime early = dos_time_from(0);  // 1970: before ZIP's epoch
    CHECK((early.date >> 9) == 0);
    std::tm tm{};
    tm.tm_year = 2024 - 1900;
    tm.tm_mon = 3;
    tm.tm_mday = 1;
    tm.tm_hour = 13;
    tm.tm_min = 45;
    tm.tm_sec = 30;
    tm.tm_isdst = -1;
    const DosTime t = dos_time_from(std::mktime(&tm));
    CHECK(t.date == (((2024 - 1980) << 9) | (4 << 5) | 1));
    CHECK(t.time == ((13 << 11) | (45 << 5) | 15));
}

TEST_CASE("attach: UTF-8 validation", "[attach][format]") {
    std::size_t n = 0;
    CHECK(valid_utf8("報告書.txt", &n));
    CHECK(n == 7);
    CHECK_FALSE(valid_utf8("\xff"));
    CHECK_FALSE(valid_utf8("\xe5\xa0"));          // cut short
    CHECK_FALSE(valid_utf8("\xc0\xaf"));          // overlong '/'
    CHECK_FALSE(valid_utf8("\xed\xa0\x80"));      // surrogate
}

TEST_CASE("attach: already-compressed data is recognised", "[attach][format]") {
    const std::vector<std::uint8_t> nothing;
    CHECK(looks_compressed("photo.JPG", nothing));
    CHECK(looks_compressed("report.docx", nothing));
    const std::string png = "\x89PNG\r\n\x1a\n";
    CHECK(looks_compressed("no-extension", as_bytes(png)));
    CHECK_FALSE(looks_compressed("notes.txt", as_bytes(std::string("plain text"))));
    const std::string text = sanitize::test::text_bytes(64 * 1024);
    const std::string noise = sanitize::test::random_bytes(64 * 1024);
    CHECK(deflate_helps(as_bytes(text)));
    CHECK_FALSE(deflate_helps(as_bytes(noise)));
}
