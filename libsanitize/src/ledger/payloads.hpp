// What each event type's payload must hold, and the typed values read from it. Pure functions
// of the JSON: whether the asset or key they name exists is chain_rules' business.
#pragma once

#include <nlohmann/json.hpp>

#include <array>
#include <string>
#include <string_view>

#include "ledger/store.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger::detail {

// The approver titles of policy 002 §3-2 and §8-5, as key.title lists them.
inline constexpr std::array<std::string_view, 3> approver_titles{"department_head", "representative_director",
                                                                 "security_officer"};

// A calendar date, exactly YYYY-MM-DD, that exists.
bool is_date_text(std::string_view text);

// Field names of an asset payload, in the order of the policy's ledger and of the CSV.
inline constexpr std::array<std::string_view, 10> asset_fields{
    "asset_id", "name", "remarks", "department", "owner",
    "user_scope", "media_location", "retention", "classification", "status"};

nlohmann::json asset_payload(const Asset& asset);
// asset_id and name non-empty, classification 0-2, the other fields strings, nothing else.
Result<Asset> asset_from_payload(const nlohmann::json& payload);

nlohmann::json key_register_payload(const KeyRegistration& key);
// Every field present; public_key decodes and carries key_id; role known; times valid and in order.
Result<KeyRow> key_from_payload(const nlohmann::json& payload, std::int64_t seq);

nlohmann::json key_revoke_payload(const keys::KeyId& key, std::string_view reason);
Result<std::string> revoked_key_id(const nlohmann::json& payload);  // key_id in key_id_hex form

// key.title: {"key_id", "titles": [...]}, the titles known (approver_titles), each once; the
// list may be empty (a key's titles taken away). Returns key_id.
Result<std::string> titled_key_id(const nlohmann::json& payload);

nlohmann::json init_payload(const MetaRow& meta);
// The meta row a genesis payload describes (format, ledger_id, organisation, root_key).
Result<MetaRow> meta_from_init_payload(const nlohmann::json& payload);

// The shape checks of the other types: an object; classification 0-2 where present
// (required for media.carry_out); outcome for wipe.certificate; text for audit.note;
// approval.request: asset_id, kind (carry_out or disposal), until (YYYY-MM-DD), classification
// for a carry-out; approval.grant/deny: approval (the request's seq, from 1); asset.dispose:
// asset_id and method (destroyed or vendor_erasure).
Result<void> check_plain_payload(EventType type, const nlohmann::json& payload);

// certificate.files: {"certificate_id", "files": [{"name", "sha256", "size"}, ...]}, at least one
// file; names are plain file names (no '/', not "." or ".."), each once; sha256 is 64 lower-case
// hex digits.
nlohmann::json certificate_files_payload(std::string_view certificate_id, const std::vector<CertificateFileRow>& files,
                                         const std::vector<std::uint64_t>& sizes);
Result<std::vector<CertificateFileRow>> certificate_files_from_payload(const nlohmann::json& payload, std::int64_t seq);

// Where a string (value or key) in the payload holds a My Number: its path ("remarks",
// "items[2].note"), or empty.
std::string my_number_field(const nlohmann::json& payload);

}  // namespace sanitize::ledger::detail
