// C2SP signed notes and tlog checkpoints, as the ledger's witnesses keep them.
#include <sodium.h>

#include <charconv>

#include "keys/base64.hpp"
#include "sanitize/ledger_proof.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::ledger {

namespace {

constexpr std::string_view signature_prefix = "\xE2\x80\x94 ";  // U+2014 EM DASH, then a space
constexpr std::uint8_t ed25519_algorithm = 0x01;

std::array<std::uint8_t, 4> key_hash(std::string_view name, const keys::PublicKey& key) {
    util::ensure_sodium_initialized();
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char*>(name.data()), name.size());
    const unsigned char separator[] = {'\n', ed25519_algorithm};
    crypto_hash_sha256_update(&state, separator, sizeof separator);
    crypto_hash_sha256_update(&state, key.key.data(), key.key.size());
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256_final(&state, digest.data());
    return {digest[0], digest[1], digest[2], digest[3]};
}

std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

Error malformed(std::string_view what) { return make_error(Errc::malformed_input, "checkpoint " + std::string(what)); }

// One "— name base64" line, without its line break.
Result<NoteSignature> parse_signature_line(std::string_view line) {
    if (!line.starts_with(signature_prefix)) return malformed("signature line");
    line.remove_prefix(signature_prefix.size());
    const std::size_t space = line.find(' ');
    if (space == 0 || space == std::string_view::npos) return malformed("signature line");
    NoteSignature signature;
    signature.key_name = std::string(line.substr(0, space));
    std::array<unsigned char, 4 + keys::signature_bytes> raw{};
    if (!keys::detail::decode_base64_exact(line.substr(space + 1), raw)) return malformed("signature");
    std::copy(raw.begin(), raw.begin() + 4, signature.key_hash.begin());
    std::copy(raw.begin() + 4, raw.end(), signature.signature.begin());
    return signature;
}

}  // namespace

std::string checkpoint_origin(std::string_view ledger_id) { return "sanitize-ledger/" + std::string(ledger_id); }

std::string checkpoint_body(const Checkpoint& checkpoint) {
    return checkpoint.origin + "\n" + std::to_string(checkpoint.size) + "\n" +
           keys::detail::encode_base64(checkpoint.root) + "\n";
}

Result<Checkpoint> parse_checkpoint_body(std::string_view body) {
    Checkpoint checkpoint;
    const std::size_t first = body.find('\n');
    const std::size_t second = first == std::string_view::npos ? first : body.find('\n', first + 1);
    const std::size_t third = second == std::string_view::npos ? second : body.find('\n', second + 1);
    // Extension lines may follow in C2SP; ours have none, and a note with any is not ours.
    if (third == std::string_view::npos || third + 1 != body.size() || first == 0) return malformed("body");
    checkpoint.origin = std::string(body.substr(0, first));
    const std::string_view size = body.substr(first + 1, second - first - 1);
    const auto [end, error] = std::from_chars(size.data(), size.data() + size.size(), checkpoint.size);
    if (error != std::errc{} || end != size.data() + size.size() || checkpoint.size < 1 ||
        (size.size() > 1 && size.front() == '0')) {
        return malformed("size");
    }
    if (!keys::detail::decode_base64_exact(body.substr(second + 1, third - second - 1), checkpoint.root)) {
        return malformed("root");
    }
    return checkpoint;
}

std::string note_key_name(const keys::KeyId& id) { return "sanitize-" + keys::key_id_hex(id); }

std::string sign_note(std::string_view body, const keys::SecretKey& key) {
    const std::string name = note_key_name(key.id());
    const keys::Signature signature = keys::sign_detached(key, bytes_of(body));
    std::array<unsigned char, 4 + keys::signature_bytes> raw{};
    const auto hash = key_hash(name, key.public_key());
    std::copy(hash.begin(), hash.end(), raw.begin());
    std::copy(signature.begin(), signature.end(), raw.begin() + 4);
    return std::string(body) + "\n" + std::string(signature_prefix) + name + " " + keys::detail::encode_base64(raw) + "\n";
}

Result<SignedNote> parse_signed_note(std::string_view text) {
    // The body ends with the last "\n\n": the empty line before the signature lines.
    const std::size_t split = text.rfind("\n\n");
    if (split == std::string_view::npos || !text.ends_with('\n')) return malformed("note");
    SignedNote note;
    note.body = std::string(text.substr(0, split + 1));
    std::string_view lines = text.substr(split + 2);
    while (!lines.empty()) {
        const std::size_t end = lines.find('\n');
        auto signature = parse_signature_line(lines.substr(0, end));
        if (!signature) return signature.error();
        note.signatures.push_back(std::move(*signature));
        lines.remove_prefix(end + 1);
    }
    if (note.signatures.empty()) return malformed("no signature");
    return note;
}

bool note_signed_by(const SignedNote& note, const keys::PublicKey& key) {
    const std::string name = note_key_name(key.id);
    const auto hash = key_hash(name, key);
    for (const NoteSignature& signature : note.signatures) {
        if (signature.key_name != name || signature.key_hash != hash) continue;
        if (keys::verify_detached(key, bytes_of(note.body), signature.signature)) return true;
    }
    return false;
}

Result<CheckpointFiles> sign_checkpoint(const Checkpoint& checkpoint, const keys::SecretKey& key) {
    CheckpointFiles files;
    files.note = sign_note(checkpoint_body(checkpoint), key);
    const std::string comment = "sanitize-checkpoint origin=" + checkpoint.origin + " size=" +
                                std::to_string(checkpoint.size) + " root=" + keys::detail::encode_base64(checkpoint.root);
    auto minisig = keys::sign_file(key, bytes_of(files.note), comment,
                                   "sanitize ledger checkpoint signed by key " + keys::key_id_hex(key.id()));
    if (!minisig) return minisig.error();
    files.minisig = std::move(*minisig);
    return files;
}

}  // namespace sanitize::ledger
