// age v1 (age-encryption.org/v1): carry-out folders that the stock `age` tool reads and writes.
//
// Layered as age itself is: a header grammar, STREAM chunking of the payload, and recipients
// and identities as one-method interfaces that wrap and unwrap the 16-byte file key. Files are
// streamed: an Encryptor is fed plaintext and writes to a sink; a Decryptor is fed the file and
// releases plaintext to its sink one chunk at a time, each only after it authenticated. Nothing
// here prints; errors are codes with a short context. Secrets live in SecretBuffers.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::crypt {

inline constexpr std::size_t file_key_bytes = 16;
inline constexpr std::size_t payload_chunk_bytes = 64 * 1024;
inline constexpr unsigned scrypt_default_work_factor = 18;  // age's own default: 2^18
inline constexpr unsigned scrypt_max_work_factor = 22;      // about 4 GiB of memory, seconds

// One recipient stanza: "-> type args…" and its body.
struct Stanza {
    std::string type;
    std::vector<std::string> args;  // after the type
    std::vector<std::uint8_t> body;
    friend bool operator==(const Stanza&, const Stanza&) = default;
};

class Recipient {
public:
    virtual ~Recipient() = default;
    // Wraps the file key into the stanzas that one identity can unwrap.
    virtual Result<std::vector<Stanza>> wrap(std::span<const unsigned char> file_key) const = 0;
};

class Identity {
public:
    virtual ~Identity() = default;
    // The file key when one of the stanzas is for this identity; nullopt when none is (a stanza
    // of its type that does not decrypt counts as "not for us"). An error when a stanza of its
    // type is malformed: the header is then rejected as a whole, as the spec requires.
    virtual Result<std::optional<SecretBuffer>> unwrap(std::span<const Stanza> stanzas) const = 0;
};

class X25519Recipient final : public Recipient {
public:
    explicit X25519Recipient(const std::array<std::uint8_t, 32>& public_key) : key_(public_key) {}
    // "age1…" (Bech32, lower case, or all upper case).
    static Result<X25519Recipient> parse(std::string_view text);
    std::string to_string() const;
    const std::array<std::uint8_t, 32>& public_key() const noexcept { return key_; }
    Result<std::vector<Stanza>> wrap(std::span<const unsigned char> file_key) const override;

private:
    std::array<std::uint8_t, 32> key_;
};

class X25519Identity final : public Identity {
public:
    static X25519Identity generate();
    // "AGE-SECRET-KEY-1…". The text is a secret, so it is taken as bytes.
    static Result<X25519Identity> parse(std::span<const unsigned char> text);
    SecretBuffer to_string() const;  // the "AGE-SECRET-KEY-1…" text
    X25519Recipient recipient() const;
    Result<std::optional<SecretBuffer>> unwrap(std::span<const Stanza> stanzas) const override;

private:
    explicit X25519Identity(SecretBuffer secret) : secret_(std::move(secret)) {}
    SecretBuffer secret_;  // 32 bytes
};

// Passphrase encryption. An scrypt stanza must be the only one in a header, so an Encryptor
// refuses it beside other recipients (Errc::invalid_argument).
class ScryptRecipient final : public Recipient {
public:
    explicit ScryptRecipient(SecretBuffer passphrase, unsigned work_factor = scrypt_default_work_factor)
        : passphrase_(std::move(passphrase)), work_factor_(work_factor) {}
    Result<std::vector<Stanza>> wrap(std::span<const unsigned char> file_key) const override;

private:
    SecretBuffer passphrase_;
    unsigned work_factor_;
};

class ScryptIdentity final : public Identity {
public:
    // A stanza asking for more than 2^max_work_factor is malformed, before any work is done.
    explicit ScryptIdentity(SecretBuffer passphrase, unsigned max_work_factor = scrypt_max_work_factor)
        : passphrase_(std::move(passphrase)), max_work_factor_(max_work_factor) {}
    Result<std::optional<SecretBuffer>> unwrap(std::span<const Stanza> stanzas) const override;

private:
    SecretBuffer passphrase_;
    unsigned max_work_factor_;
};

// The text of an identity file as `age-keygen` writes it: "# created: …", "# public key: age1…",
// then the secret key line.
SecretBuffer keygen_file_text(const X25519Identity& identity, std::chrono::system_clock::time_point created);
// Every "AGE-SECRET-KEY-1…" line of an identity file; blank lines and "#" comments are skipped,
// anything else is Errc::malformed_input with the line number as context.
Result<std::vector<X25519Identity>> parse_identity_file(std::span<const unsigned char> text);

// Hex SHA-256 of a recipient's canonical text, for the ledger's carry-out record: it names a
// recipient without repeating the key.
std::string recipient_fingerprint(const X25519Recipient& recipient);

// The parsed header of an age file, for front ends deciding what to ask for (a passphrase when
// the stanza is scrypt). Errc::malformed_input when the header does not parse; the MAC is not
// checked (that needs the file key).
struct HeaderInfo {
    std::vector<Stanza> stanzas;
    std::size_t length = 0;  // bytes up to and including the MAC line
};
Result<HeaderInfo> parse_header(std::span<const std::uint8_t> file_start);

// ASCII armor (strict PEM, "AGE ENCRYPTED FILE"): whole-buffer forms, for small files and tests.
std::string armor_encode(std::span<const std::uint8_t> bytes);
Result<std::vector<std::uint8_t>> armor_decode(std::string_view text);

// Where an Encryptor or a Decryptor puts its output. An error stops the stream and is returned.
using Sink = std::function<Result<void>(std::span<const std::uint8_t>)>;
// A sink writing to a file descriptor, short writes retried.
Sink fd_sink(int fd);

class Encryptor {
public:
    // A fresh file key, wrapped for every recipient; the header is written at once.
    static Result<Encryptor> create(std::span<const Recipient* const> recipients, Sink sink, bool armor = false);
    Encryptor(Encryptor&&) noexcept;
    Encryptor& operator=(Encryptor&&) noexcept;
    ~Encryptor();

    Result<void> write(std::span<const std::uint8_t> plaintext);
    // Writes the final chunk (and the armor's end). No write after it.
    Result<void> finish();

private:
    struct Impl;
    explicit Encryptor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Errors while decrypting: Errc::malformed_input for a header or armor that does not parse
// (context "armor: …" for the armor), Errc::wrong_passphrase when no identity matches,
// Errc::integrity_failure when the header MAC or a payload chunk does not authenticate, the
// payload is truncated or has trailing data ("corrupted or tampered").
class Decryptor {
public:
    // Armor is recognised by itself. The identities must outlive the Decryptor.
    static Decryptor create(std::span<const Identity* const> identities, Sink sink);
    Decryptor(Decryptor&&) noexcept;
    Decryptor& operator=(Decryptor&&) noexcept;
    ~Decryptor();

    [[nodiscard]] Result<void> write(std::span<const std::uint8_t> ciphertext);
    // The end of the file: only now can the final chunk be told apart and checked.
    [[nodiscard]] Result<void> finish();

private:
    struct Impl;
    explicit Decryptor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// ---- Folders: a pax tar streamed through age, no plaintext on disk ----

struct FolderProgress {
    std::uint64_t bytes_done = 0;   // plaintext file bytes (encrypt) or input bytes (decrypt)
    std::uint64_t bytes_total = 0;  // known up front from a walk of the folder or the file size
};

// One regular file as it went into the archive: what a carry-out's manifest lists, hashed from
// the very bytes that were encrypted (not read again), so the list is what left.
struct FolderFile {
    std::string name;  // as in the archive: "report/minutes/2025-04.txt"
    std::uint64_t size = 0;
    std::string sha256;  // hex
};

struct FolderStats {
    std::uint64_t entries = 0;
    std::uint64_t file_bytes = 0;
    std::vector<FolderFile> files;  // only with EncryptFolderOptions::list_files, in archive order
};

struct EncryptFolderOptions {
    std::filesystem::path source;  // stored as its own last name: "report/…"
    std::span<const Recipient* const> recipients;
    bool armor = false;
    std::function<void(const FolderProgress&)> on_progress;  // a few times a second at most
    bool list_files = false;  // fill FolderStats::files (name, size, SHA-256 of each file)
};

// Writes into `sink`; Errc::cancelled when a stop is requested between blocks.
Result<FolderStats> encrypt_folder(const EncryptFolderOptions& options, const Sink& sink, std::stop_token stop);
// Creates `output` (it must not exist, mode 0600); removes it again on any failure.
Result<FolderStats> encrypt_folder(const EncryptFolderOptions& options, const std::filesystem::path& output,
                                   std::stop_token stop);

struct DecryptFolderOptions {
    std::filesystem::path input;   // an age file, binary or armored
    std::filesystem::path target;  // must not exist; its parent must
    std::span<const Identity* const> identities;
    std::uint64_t max_file_bytes = 0;  // the files' total declared size (sparse holes count); 0: no limit
    std::function<void(const FolderProgress&)> on_progress;
};

// Extracts into a staging directory beside `target` and renames it into place only after the
// final chunk authenticated and the tar ended cleanly, never over anything that took the name
// meanwhile (Errc::refused); on any failure the staging directory is removed and nothing is
// left. Hostile entries (absolute paths, "..", links leaving the target, devices, FIFOs) are
// Errc::refused with the entry's name as context. Modes are the archive's less the umask, never
// set-uid, set-gid or sticky.
Result<FolderStats> decrypt_to_folder(const DecryptFolderOptions& options, std::stop_token stop);

}  // namespace sanitize::crypt
