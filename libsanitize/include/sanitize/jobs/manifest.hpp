// The manifest of a carry-out: which files left, how large, with which SHA-256. A lost medium is
// a leakage incident (policy 002 §10), and the response first needs to know what was on it; file
// names can be secret themselves, so the list is kept encrypted to the auditors' age keys (the
// site's `auditor_recipients`), and only its hash in the clear, so that the list an auditor
// opens can be checked against the record.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// The auditors' recipients as the setting holds them: "age1…" keys separated by blanks.
// Errc::invalid_argument naming the first word that is no age public key; empty text: none.
[[nodiscard]] Result<std::vector<crypt::X25519Recipient>> parse_auditor_recipients(std::string_view text);

// The manifest as sealed into a carry-out record.
struct SealedManifest {
    std::string sha256;                               // hex, of the plaintext JSON
    std::vector<std::string> recipient_fingerprints;  // crypt::recipient_fingerprint of each auditor
    std::string age_base64;                           // the age file (binary), base64
};

// {"files":[{"name","sha256","size"}],"format":"sanitize.carry-out-manifest/1"}: the text that
// is encrypted and hashed.
std::string manifest_text(std::span<const crypt::FolderFile> files);

// Encrypts the manifest to every auditor. Errc::invalid_argument without recipients.
[[nodiscard]] Result<SealedManifest> seal_manifest(std::span<const crypt::FolderFile> files,
                                                   std::span<const crypt::X25519Recipient> auditors);

// Decrypts a sealed manifest with an auditor's identities and checks it against its clear hash:
// Errc::wrong_passphrase (Reason::no_identity_matches) when none of the identities is an
// auditor's it was sealed to, Reason::manifest_mismatch when the plaintext does not hash to
// `sha256` (a record edited after the fact), Errc::malformed_input when it does not parse.
[[nodiscard]] Result<std::vector<crypt::FolderFile>> open_manifest(std::string_view age_base64, std::string_view sha256,
                                                                   std::span<const crypt::Identity* const> identities);

}  // namespace sanitize::jobs
