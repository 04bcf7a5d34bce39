// Decrypt a carry-out (`sanitize decrypt`): an age file into a folder, extracted only once every
// chunk authenticated; a damaged file leaves nothing behind.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::jobs {

struct DecryptRequest {
    std::filesystem::path input;
    std::filesystem::path output;            // must not exist; its parent must
    std::vector<std::string> identity_files;  // age identity files (AGE-SECRET-KEY-1…)
    std::optional<SecretBuffer> passphrase;   // for a passphrase (scrypt) file
    std::function<void(const crypt::FolderProgress&)> on_progress;
};

// What is known before any identity is read or passphrase asked for, and before any progress:
// the output folder does not exist yet (Reason::output_exists, path: it, detail "folder": decrypt
// makes it), and the input opens and starts as an age file does, binary or armored
// (Errc::malformed_input, path: the input, detail "zip_archive" for a ZIP, e.g. an attachment
// sent in its place, else "not_age_file"). decrypt_folder checks this first as well.
[[nodiscard]] Result<void> check_decrypt_request(const DecryptRequest& request);

// Errors: those of check_decrypt_request; an identity file that cannot be read or parsed (path: it); Reason::no_identity_matches
// when neither the identities nor the passphrase open the file; Reason::archive_tampered
// (Errc::integrity_failure) when it does not authenticate: corrupted or tampered with. The
// extraction's refusals (hostile entries) are crypt::decrypt_to_folder's; a file that opens but
// holds no folder archive (a single file encrypted with stock age) is Errc::malformed_input with
// detail "not_folder_archive", and nothing is extracted.
[[nodiscard]] Result<crypt::FolderStats> decrypt_folder(DecryptRequest request, std::stop_token stop);

// The identities of age identity files (AGE-SECRET-KEY-1… lines); a file that cannot be read or
// parsed is its error with the path.
[[nodiscard]] Result<std::vector<crypt::X25519Identity>> read_identity_files(const std::vector<std::string>& paths);

}  // namespace sanitize::jobs
