#include "ledger/payloads.hpp"

#include <algorithm>
#include <chrono>
#include <span>

#include "ledger/key_text.hpp"

namespace sanitize::ledger::detail {

namespace {

using json = nlohmann::json;

Error bad_field(std::string_view field) {
    return make_error(Errc::invalid_argument, "payload field " + std::string(field));
}

Result<std::string> string_field(const json& payload, std::string_view field, bool required) {
    const auto it = payload.find(field);
    if (it == payload.end()) {
        if (required) return bad_field(field);
        return std::string();
    }
    if (!it->is_string()) return bad_field(field);
    std::string value = it->get<std::string>();
    if (required && value.empty()) return bad_field(field);
    return value;
}

Result<int> classification_field(const json& payload, bool required) {
    const auto it = payload.find("classification");
    if (it == payload.end()) {
        if (required) return bad_field("classification");
        return -1;
    }
    if (!it->is_number_integer()) return bad_field("classification");
    const auto level = it->get<std::int64_t>();
    if (level < 0 || level > 2) return bad_field("classification");
    return static_cast<int>(level);
}

Result<void> only_fields(const json& payload, std::span<const std::string_view> allowed) {
    for (const auto& [name, value] : payload.items()) {
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) return bad_field(name);
    }
    return {};
}

Result<void> check_object(const json& payload) {
    if (!payload.is_object()) return make_error(Errc::invalid_argument, "payload not an object");
    return {};
}

// A medium's serial is read from its firmware (or copied from its label), never typed as free
// text; a 12-digit serial passes the check digit one time in eleven, and refusing it would
// make the medium impossible to record.
bool is_machine_serial_field(const std::string& name) { return name == "medium_serial"; }

// A key id is 16 hex digits drawn from a random key: about one in three thousand holds a
// 12-digit run with a valid check digit between two letters, which refused a freshly made key.
// Only the canonical spelling of a key id is let through, so no free text hides behind the name.
bool is_key_id_field(const std::string& name, const json& value) {
    if (name != "key_id" || !value.is_string()) return false;
    const auto& text = value.get_ref<const std::string&>();
    const auto parsed = keys::parse_key_id_hex(text);
    return parsed && keys::key_id_hex(*parsed) == text;
}

void find_my_number(const json& value, const std::string& path, std::string& found) {
    if (!found.empty()) return;
    if (value.is_string()) {
        if (contains_my_number(value.get_ref<const std::string&>())) found = path.empty() ? "(value)" : path;
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size() && found.empty(); ++i) {
            find_my_number(value[i], path + "[" + std::to_string(i) + "]", found);
        }
    } else if (value.is_object()) {
        for (const auto& [name, child] : value.items()) {
            const std::string child_path = path.empty() ? name : path + "." + name;
            if (contains_my_number(name)) found = child_path;
            if (is_machine_serial_field(name) && child.is_string()) continue;
            if (is_key_id_field(name, child)) continue;
            find_my_number(child, child_path, found);
            if (!found.empty()) return;
        }
    }
}

// The request an approval.grant or approval.deny answers: its seq, a positive integer.
Result<void> check_approval_answer(const json& payload) {
    const auto id = payload.find("approval");
    if (id == payload.end() || !id->is_number_integer() || id->get<std::int64_t>() < 1) return bad_field("approval");
    return {};
}

Result<void> check_approval_request(const json& payload) {
    if (auto asset = string_field(payload, "asset_id", true); !asset) return asset.error();
    auto kind = string_field(payload, "kind", true);
    if (!kind) return kind.error();
    if (*kind != "carry_out" && *kind != "disposal") return bad_field("kind");
    auto until = string_field(payload, "until", true);
    if (!until) return until.error();
    if (!is_date_text(*until)) return bad_field("until");
    if (auto level = classification_field(payload, *kind == "carry_out"); !level) return level.error();
    return {};
}

Result<void> check_asset_dispose(const json& payload) {
    if (auto asset = string_field(payload, "asset_id", true); !asset) return asset.error();
    auto method = string_field(payload, "method", true);
    if (!method) return method.error();
    if (*method != "destroyed" && *method != "vendor_erasure") return bad_field("method");
    return {};
}

}  // namespace

bool is_date_text(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    for (const std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (text[i] < '0' || text[i] > '9') return false;
    }
    const auto number = [&](std::size_t from, std::size_t count) {
        int value = 0;
        for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
        return value;
    };
    const std::chrono::year_month_day date{std::chrono::year{number(0, 4)},
                                           std::chrono::month{static_cast<unsigned>(number(5, 2))},
                                           std::chrono::day{static_cast<unsigned>(number(8, 2))}};
    return date.ok();
}

Result<std::string> titled_key_id(const json& payload) {
    if (auto ok = check_object(payload); !ok) return ok.error();
    constexpr std::array<std::string_view, 2> names{"key_id", "titles"};
    if (auto ok = only_fields(payload, names); !ok) return ok.error();
    auto id = string_field(payload, "key_id", true);
    if (!id) return id.error();
    auto parsed = keys::parse_key_id_hex(*id);
    if (!parsed || keys::key_id_hex(*parsed) != *id) return bad_field("key_id");
    const auto titles = payload.find("titles");
    if (titles == payload.end() || !titles->is_array()) return bad_field("titles");
    std::vector<std::string> seen;
    for (const json& title : *titles) {
        if (!title.is_string()) return bad_field("titles");
        const auto& text = title.get_ref<const std::string&>();
        if (std::find(approver_titles.begin(), approver_titles.end(), text) == approver_titles.end()) {
            return bad_field("titles");
        }
        if (std::find(seen.begin(), seen.end(), text) != seen.end()) return bad_field("titles");
        seen.push_back(text);
    }
    return id;
}

json asset_payload(const Asset& a) {
    return json{{"asset_id", a.asset_id},     {"name", a.name},
                {"remarks", a.remarks},       {"department", a.department},
                {"owner", a.owner},           {"user_scope", a.user_scope},
                {"media_location", a.media_location}, {"retention", a.retention},
                {"classification", a.classification}, {"status", a.status}};
}

Result<Asset> asset_from_payload(const json& payload) {
    if (auto ok = check_object(payload); !ok) return ok.error();
    if (auto ok = only_fields(payload, asset_fields); !ok) return ok.error();
    Asset asset;
    std::string* const texts[] = {&asset.asset_id, &asset.name, &asset.remarks, &asset.department, &asset.owner,
                                  &asset.user_scope, &asset.media_location, &asset.retention};
    for (std::size_t i = 0; i < std::size(texts); ++i) {
        auto value = string_field(payload, asset_fields[i], i < 2);
        if (!value) return value.error();
        *texts[i] = std::move(*value);
    }
    auto status = string_field(payload, "status", false);
    if (!status) return status.error();
    asset.status = std::move(*status);
    auto level = classification_field(payload, true);
    if (!level) return level.error();
    asset.classification = *level;
    return asset;
}

json key_register_payload(const KeyRegistration& key) {
    return json{{"key_id", keys::key_id_hex(key.public_key.id)},
                {"public_key", public_key_line(key.public_key)},
                {"name", key.name},
                {"role", role_name(key.role)},
                {"valid_from", key.valid_from},
                {"valid_until", key.valid_until}};
}

Result<KeyRow> key_from_payload(const json& payload, std::int64_t seq) {
    if (auto ok = check_object(payload); !ok) return ok.error();
    constexpr std::array<std::string_view, 6> names{"key_id", "public_key", "name", "role", "valid_from", "valid_until"};
    if (auto ok = only_fields(payload, names); !ok) return ok.error();
    KeyRow row;
    row.registered_seq = seq;
    std::string* const texts[] = {&row.key_id, &row.public_key, &row.name, &row.role, &row.valid_from, &row.valid_until};
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto value = string_field(payload, names[i], true);
        if (!value) return value.error();
        *texts[i] = std::move(*value);
    }
    auto key = decode_public_key_line(row.public_key);
    if (!key || keys::key_id_hex(key->id) != row.key_id) return bad_field("public_key");
    if (!parse_role(row.role)) return bad_field("role");
    if (!parse_time_text(row.valid_from)) return bad_field("valid_from");
    if (!parse_time_text(row.valid_until)) return bad_field("valid_until");
    if (row.valid_from >= row.valid_until) return bad_field("valid_until");
    return row;
}

json key_revoke_payload(const keys::KeyId& key, std::string_view reason) {
    return json{{"key_id", keys::key_id_hex(key)}, {"reason", std::string(reason)}};
}

Result<std::string> revoked_key_id(const json& payload) {
    if (auto ok = check_object(payload); !ok) return ok.error();
    constexpr std::array<std::string_view, 2> names{"key_id", "reason"};
    if (auto ok = only_fields(payload, names); !ok) return ok.error();
    auto reason = string_field(payload, "reason", true);
    if (!reason) return reason.error();
    auto id = string_field(payload, "key_id", true);
    if (!id) return id.error();
    auto parsed = keys::parse_key_id_hex(*id);
    if (!parsed || keys::key_id_hex(*parsed) != *id) return bad_field("key_id");
    return id;
}

json init_payload(const MetaRow& meta) {
    return json{{"format", meta.format_version},
                {"ledger_id", meta.ledger_id},
                {"organisation", meta.organisation},
                {"root_key", meta.root_public_key}};
}

Result<MetaRow> meta_from_init_payload(const json& payload) {
    if (auto ok = check_object(payload); !ok) return ok.error();
    constexpr std::array<std::string_view, 4> fields{"format", "ledger_id", "organisation", "root_key"};
    if (auto ok = only_fields(payload, fields); !ok) return ok.error();
    const auto format = payload.find("format");
    if (format == payload.end() || !format->is_number_integer()) return bad_field("format");
    MetaRow meta;
    meta.format_version = format->get<std::int64_t>();
    std::string* const texts[] = {&meta.ledger_id, &meta.organisation, &meta.root_public_key};
    constexpr std::array<std::string_view, 3> names{"ledger_id", "organisation", "root_key"};
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto value = string_field(payload, names[i], true);
        if (!value) return value.error();
        *texts[i] = std::move(*value);
    }
    return meta;
}

Result<void> check_plain_payload(EventType type, const json& payload) {
    if (auto ok = check_object(payload); !ok) return ok.error();
    auto level = classification_field(payload, type == EventType::media_carry_out);
    if (!level) return level.error();
    if (type == EventType::wipe_certificate) {
        if (auto outcome = string_field(payload, "outcome", true); !outcome) return outcome.error();
    }
    if (type == EventType::audit_note) {
        if (auto text = string_field(payload, "text", true); !text) return text.error();
    }
    if (type == EventType::approval_request) {
        if (auto ok = check_approval_request(payload); !ok) return ok.error();
    }
    if (type == EventType::approval_grant || type == EventType::approval_deny) {
        if (auto ok = check_approval_answer(payload); !ok) return ok.error();
    }
    if (type == EventType::asset_dispose) {
        if (auto ok = check_asset_dispose(payload); !ok) return ok.error();
    }
    if (type == EventType::certificate_validation) {
        if (auto id = string_field(payload, "certificate_id", true); !id) return id.error();
        if (auto sha256 = string_field(payload, "sha256", true); !sha256) return sha256.error();
    }
    return {};
}

json certificate_files_payload(std::string_view certificate_id, const std::vector<CertificateFileRow>& files,
                               const std::vector<std::uint64_t>& sizes) {
    json list = json::array();
    for (std::size_t i = 0; i < files.size(); ++i) {
        list.push_back({{"name", files[i].name}, {"sha256", files[i].sha256}, {"size", sizes.at(i)}});
    }
    return json{{"certificate_id", std::string(certificate_id)}, {"files", std::move(list)}};
}

Result<std::vector<CertificateFileRow>> certificate_files_from_payload(const json& payload, std::int64_t seq) {
    if (auto ok = check_object(payload); !ok) return ok.error();
    constexpr std::array<std::string_view, 2> names{"certificate_id", "files"};
    if (auto ok = only_fields(payload, names); !ok) return ok.error();
    auto id = string_field(payload, "certificate_id", true);
    if (!id || id->empty()) return bad_field("certificate_id");
    const auto files = payload.find("files");
    if (files == payload.end() || !files->is_array() || files->empty()) return bad_field("files");
    std::vector<CertificateFileRow> rows;
    for (const json& file : *files) {
        constexpr std::array<std::string_view, 3> file_fields{"name", "sha256", "size"};
        if (!file.is_object() || !only_fields(file, file_fields)) return bad_field("files");
        auto name = string_field(file, "name", true);
        auto sha256 = string_field(file, "sha256", true);
        const auto size = file.find("size");
        if (!name || name->empty() || *name == "." || *name == ".." || name->find('/') != std::string::npos) {
            return bad_field("files.name");
        }
        if (!sha256 || sha256->size() != 64 || sha256->find_first_not_of("0123456789abcdef") != std::string::npos) {
            return bad_field("files.sha256");
        }
        if (size == file.end() || !size->is_number_integer() || size->get<std::int64_t>() < 0) return bad_field("files.size");
        for (const CertificateFileRow& seen : rows) {
            if (seen.name == *name) return bad_field("files.name");
        }
        rows.push_back({*id, std::move(*name), std::move(*sha256), seq});
    }
    return rows;
}

std::string my_number_field(const json& payload) {
    std::string found;
    find_my_number(payload, "", found);
    return found;
}

}  // namespace sanitize::ledger::detail
