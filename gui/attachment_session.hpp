// An attachment as the Attachment page makes it, with no widget in sight: the archive, its
// read-back check with the password, and the disclosure record (as `sanitize attach`).
#pragma once

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/jobs.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct AttachmentRequest {
    std::vector<std::filesystem::path> inputs;
    std::filesystem::path output;
    std::string recipient;
    int classification = 1;
    std::string ledger;  // empty: no disclosure record
    std::string key_file;
};

struct AttachmentResult {
    std::optional<Error> error;
    std::optional<attach::Disclosure> disclosure;
    std::uint64_t checked_entries = 0;       // what the independent read-back found
    std::optional<std::int64_t> ledger_seq;  // the attachment.disclosure event
};

AttachmentResult make_attachment(const AttachmentRequest& request, const SecretBuffer& password,
                                 std::optional<SecretBuffer> key_passphrase, std::stop_token stop);

}  // namespace sanitize::gui
