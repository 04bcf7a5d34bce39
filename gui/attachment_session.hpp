// An attachment as the Attachment page makes it, with no widget in sight: the page's choices
// into the attach job's request (the one `sanitize attach` runs), the ledger and the key opened.
#pragma once

#include <filesystem>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/jobs/attach.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::gui {

struct AttachmentRequest {
    std::vector<std::filesystem::path> inputs;
    std::filesystem::path output;
    std::string recipient;
    int classification = 1;
    std::string asset_id;  // empty: not a ledger asset
    std::string ledger;    // empty: no disclosure record
    std::string key_file;
};

struct AttachmentResult {
    std::optional<Error> error;
    std::optional<attach::Disclosure> disclosure;
    std::uint64_t checked_entries = 0;       // what the read-back with the password found
    std::optional<std::int64_t> ledger_seq;  // the attachment.disclosure event
};

// The password is the page's generated one; the key passphrase unlocks the signer's key.
AttachmentResult make_attachment(const AttachmentRequest& request, const SecretBuffer& password,
                                 std::optional<SecretBuffer> key_passphrase, std::stop_token stop);

}  // namespace sanitize::gui
