// Password-protected attachments (DESIGN 3.4, POLICY "E-mail attachments"): a ZIP that the
// recipient opens with stock tools (7-Zip, bsdtar, Windows with 7-Zip), every file in it
// encrypted with WinZip AES-256 in its AE-2 variant, so that no plaintext CRC-32 is stored.
//
// An archive is only ever reported as made after an independent reader (libzip) has re-opened
// it and found every entry AES-256, CRC-free and decrypting with the password; until then it
// lives under a temporary name in the output's directory and is removed on any failure, so an
// unencrypted or partial archive never appears under the name the caller asked for.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <stop_token>
#include <string_view>
#include <vector>

#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::attach {

// ---- passwords ---------------------------------------------------------------------------

// POLICY "Accounts and passwords": ordinary passwords have at least 10 characters, privileged
// ones (administrators) at least 12. This checker is the one the whole project uses: attachment
// passwords, age carry-out passphrases and operator key passphrases (jobs/password_rules.hpp).
inline constexpr std::size_t password_min_length = 10;
inline constexpr std::size_t privileged_password_min_length = 12;

// Which of the policy's rules a password is held to: the length differs, the rest does not.
enum class PasswordUse { ordinary, privileged };
std::size_t password_min_length_for(PasswordUse use) noexcept;
// Below this zxcvbn estimate (bits) a password is refused even when it has every class.
inline constexpr double password_min_entropy_bits = 40.0;
// A dictionary word this long or longer anywhere in a password refuses it, whatever the
// estimate: POLICY forbids dictionary words, and short ones ("ten", "Kate") occur by chance in
// random strings and say nothing.
inline constexpr std::size_t password_max_dictionary_run = 5;

// Generated passwords: 5 groups of 4 characters joined by '-', e.g. "KMRX-7294-hcwa-FUKY-3859"
// (24 characters), meant to be read out on the phone (POLICY: the password is told by phone).
// Each group is of one kind only, capital letters, small letters or digits, so it is said as
// "capitals K M R X" rather than character by character with its case; every kind appears. The
// separators ARE part of the password, and its symbol (the policy's fourth class): the recipient
// types exactly what is read out or shown, and a copy from the screen works without editing.
// They add no strength and none is claimed: the 20 random characters carry ~75 bits.
inline constexpr std::size_t generated_groups = 5;
inline constexpr std::size_t generated_group_size = 4;
inline constexpr std::size_t generated_random_chars = generated_groups * generated_group_size;
inline constexpr char generated_separator = '-';
inline constexpr std::size_t generated_password_length = generated_random_chars + generated_groups - 1;

// The generator's alphabets: no look-alikes (0/O, 1/l/I), and no letters that are easily
// misheard when spelt out in English or in katakana. Left out: B D E G P T V Z (they rhyme with
// each other and with C), I and J (with Y and G), N (with M), L (with R), S (with F), O and Q.
inline constexpr std::string_view password_upper = "ACFHKMRUWXY";
inline constexpr std::string_view password_lower = "acfhkmruwxy";
inline constexpr std::string_view password_digits = "23456789";

// A fresh password from the CSPRNG (libsodium randombytes_uniform), meeting check_password().
SecretBuffer generate_password();

enum class PasswordProblem {
    none,                // acceptable
    invalid_characters,  // not UTF-8, or a control character / NUL: 7-Zip could not take it
    too_short,           // fewer than password_min_length_for(use) characters
    missing_class,       // see PasswordCheck::missing
    dictionary_word,     // contains a dictionary word (see dictionary_run)
    too_guessable,       // zxcvbn estimates fewer than password_min_entropy_bits
};

// Character classes as bits, for PasswordCheck::missing.
inline constexpr unsigned class_upper = 1U << 0;
inline constexpr unsigned class_lower = 1U << 1;
inline constexpr unsigned class_digit = 1U << 2;
inline constexpr unsigned class_symbol = 1U << 3;  // ASCII punctuation, space, any non-ASCII

// Why a password is refused, for a front end to put into words. It never holds the password
// or a piece of it, only counts and positions.
struct PasswordCheck {
    PasswordProblem problem = PasswordProblem::none;
    std::size_t length = 0;         // in characters (UTF-8 code points)
    unsigned missing = 0;           // class_* bits absent from the password
    double entropy_bits = 0;        // zxcvbn's estimate
    std::size_t dictionary_run = 0; // the longest dictionary/leet match, in characters
    bool acceptable() const noexcept { return problem == PasswordProblem::none; }
};

// The first problem in the order of PasswordProblem (so that the cheapest fix is named first).
PasswordCheck check_password(std::span<const unsigned char> password, PasswordUse use = PasswordUse::ordinary);

// ---- archives ----------------------------------------------------------------------------

// Encrypted data that is not compressed is still written as method 8 (deflate), in deflate's
// stored blocks (level 0, a plain copy): the read-back check needs it (see zip_writer.cpp).
enum class Compression {
    automatic,  // deflate, except data that is already compressed (by name, magic or trial)
    deflate,
    store,
};

enum class Encryption {
    aes256,            // WinZip AES-256, AE-2
    // Traditional PKWARE encryption: broken by known plaintext (a PDF or PNG header is enough).
    // Only on explicit request, for a recipient whose tool reads nothing else (old Windows
    // Explorer); the Disclosure records it so that the ledger shows it.
    legacy_zipcrypto,
};

// "winzip-aes-256" or "zipcrypto": how reports and the ledger name the encryption.
constexpr std::string_view encryption_name(Encryption encryption) noexcept {
    return encryption == Encryption::aes256 ? "winzip-aes-256" : "zipcrypto";
}

struct ArchiveOptions {
    std::filesystem::path output;  // must not exist unless replace_existing
    // Files and folders; each lands at the top of the archive under its own name, folders with
    // everything under them (symbolic links and special files are refused, never followed).
    std::vector<std::filesystem::path> inputs;
    std::span<const unsigned char> password;  // checked for NULs only; policy is the caller's call
    Compression compression = Compression::automatic;
    int deflate_level = 6;  // zlib's 1..9
    // The files go into one inner ZIP (not encrypted itself) stored as the single entry of the
    // encrypted archive, so names and sizes are unreadable without the password.
    bool hide_names = false;
    Encryption encryption = Encryption::aes256;
    bool replace_existing = false;
    std::stop_token stop;
};

// What the ledger's attachment.disclosure record needs; never the password.
struct Disclosure {
    std::array<std::uint8_t, 32> sha256{};  // of the archive file as written
    std::uint64_t archive_bytes = 0;
    std::uint64_t entry_count = 0;   // files and folders given, hidden ones included
    std::uint64_t content_bytes = 0; // the files' total size before compression
    Encryption encryption = Encryption::aes256;
    bool names_hidden = false;
};

// Writes, checks and renames into place. Errors: invalid_argument (no inputs, duplicate names,
// a name not UTF-8, a password with a NUL), not_found / permission_denied / io_error (inputs,
// output directory), unsupported_target (a link or special file), conflict
// (output exists), cancelled, integrity_failure (the read-back check failed: a bug or a disk
// problem, never a file left behind). The archive is made with mode 0600: it is the owner's to
// attach, and nobody else's to read while it waits.
Result<Disclosure> create_archive(const ArchiveOptions& options);

}  // namespace sanitize::attach

namespace sanitize::attach {

// ---- checking an archive later (`sanitize attach --check`) ----------------------------------

struct ArchiveCheck {
    std::uint64_t entries = 0;  // files and folders in the archive
};

// Reads an existing archive and requires every file entry to be WinZip AES-256 without a CRC
// (AE-2) and to decrypt with the password (the HMAC of each entry checked), and every byte of the
// file to belong to a listed entry, the directory or the end records, all agreeing with each
// other (what 7-Zip or bsdtar extract is then what was checked). Errc::not_found for a missing
// file, Errc::malformed_input for a file that is not a ZIP, is cut short or whose records point
// outside it, Errc::integrity_failure for records that disagree, bytes no entry accounts for,
// or an entry that does not authenticate, Errc::refused for an archive without entries or an
// entry stored unencrypted, with ZipCrypto, with AES below 256 bits or as AE-1 (its CRC in the
// clear), Errc::wrong_passphrase when the password does not open it. The context names the
// entry, or says what is wrong with the archive.
Result<ArchiveCheck> check_archive(const std::filesystem::path& path, std::span<const unsigned char> password);

}  // namespace sanitize::attach
