// Shared steps of the key, ledger, asset and report commands.
#include "ledger_command_support.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <iostream>

#include "sanitize/files.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

std::string hex_text(std::span<const std::uint8_t> bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string text;
    text.reserve(bytes.size() * 2);
    for (std::uint8_t byte : bytes) {
        text += digits[byte >> 4];
        text += digits[byte & 0x0f];
    }
    return text;
}

std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (byte < 0x20) {
                    out += fmt::format("\\u{:04x}", byte);
                } else {
                    out += c;
                }
        }
    }
    return out + "\"";
}

std::string public_key_line(const keys::PublicKey& key) {
    std::string text = keys::encode_public_key(key);
    std::size_t start = text.find('\n');
    std::string line = start == std::string::npos ? text : text.substr(start + 1);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return line;
}

std::string event_json(const ledger::Event& event) {
    return fmt::format(R"({{"seq":{},"time":{},"type":{},"actor":{},"payload":{},"prev_hash":"{}","hash":"{}","signature":"{}","origin":{}}})",
                       event.seq, json_string(event.time), json_string(ledger::event_type_name(event.type)),
                       json_string(keys::key_id_hex(event.actor)), event.payload.empty() ? "{}" : event.payload,
                       hex_text(event.prev_hash), hex_text(event.hash), hex_text(event.signature), json_string(event.origin));
}

std::string asset_json(const ledger::Asset& a) {
    return fmt::format(R"({{"asset_id":{},"name":{},"remarks":{},"department":{},"owner":{},"user_scope":{},)"
                       R"("media_location":{},"retention":{},"classification":{},"status":{},"updated_seq":{}}})",
                       json_string(a.asset_id), json_string(a.name), json_string(a.remarks),
                       json_string(a.department), json_string(a.owner), json_string(a.user_scope),
                       json_string(a.media_location), json_string(a.retention), a.classification,
                       json_string(a.status), a.updated_seq);
}

std::string text_table(const std::vector<std::vector<std::string>>& rows) {
    std::vector<std::size_t> widths;
    for (const auto& row : rows) {
        if (widths.size() < row.size()) widths.resize(row.size());
        for (std::size_t c = 0; c < row.size(); ++c) widths[c] = std::max(widths[c], display_width(row[c]));
    }
    std::string table;
    for (const auto& row : rows) {
        std::string line;
        for (std::size_t c = 0; c < row.size(); ++c) {
            line += c + 1 < row.size() ? pad_right(row[c], widths[c] + 2) : row[c];
        }
        table += line + "\n";
    }
    return table;
}

Result<void> make_parent_directory(const std::string& file, unsigned mode) {
    const std::size_t slash = file.rfind('/');
    if (slash == std::string::npos || slash == 0) return {};
    const std::string directory = file.substr(0, slash);
    struct stat info {};
    if (::stat(directory.c_str(), &info) == 0) return {};
    if (auto parent = make_parent_directory(directory, 0755); !parent) return parent;
    if (::mkdir(directory.c_str(), static_cast<mode_t>(mode)) != 0 && errno != EEXIST) {
        return make_error(errc_from_errno(errno), "mkdir " + directory, errno);
    }
    return {};
}

Error output_exists(const std::string& path) {
    Error error = make_error(Errc::conflict, Reason::output_exists, "exists " + path);
    error.path = path;
    return error;
}

Result<void> write_output(const std::string& path, std::string_view bytes, unsigned mode) {
    if (path.empty() || path == "-") {
        std::cout << bytes << std::flush;
        if (!std::cout) return make_error(Errc::io_error, "write stdout");
        return {};
    }
    Result<void> written = files::write_new_file(path, bytes, mode);
    if (!written && written.error().code == Errc::conflict) return output_exists(path);
    if (!written) {
        Error error = written.error();
        error.path = path;
        return error;
    }
    return {};
}

Result<std::string> time_option(std::string_view option, const std::string& text) {
    std::string full = text.size() == 10 ? text + "T00:00:00Z" : text;
    if (ledger::parse_time_text(full)) return full;
    Error error = make_error(Errc::invalid_argument, Reason::time_spec, "time");
    error.detail = text;
    error.expected = std::string(option);
    return error;
}

std::optional<int> utc_offset_minutes(std::string_view text) {
    if (text == "Z" || text == "z") return 0;
    auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
    if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || text[3] != ':' || !digit(1) || !digit(2) ||
        !digit(4) || !digit(5)) {
        return std::nullopt;
    }
    const int hours = (text[1] - '0') * 10 + (text[2] - '0');
    const int minutes = (text[4] - '0') * 10 + (text[5] - '0');
    if (minutes >= 60) return std::nullopt;
    const int total = hours * 60 + minutes;
    return text[0] == '-' ? -total : total;
}

std::string problem_message(const Messages& messages, ledger::Problem problem) {
    switch (problem) {
        case ledger::Problem::none: return std::string(messages.get(Msg::problem_none));
        case ledger::Problem::hash_mismatch: return std::string(messages.get(Msg::problem_hash_mismatch));
        case ledger::Problem::sequence_gap: return std::string(messages.get(Msg::problem_sequence_gap));
        case ledger::Problem::broken_link: return std::string(messages.get(Msg::problem_broken_link));
        case ledger::Problem::bad_signature: return std::string(messages.get(Msg::problem_bad_signature));
        case ledger::Problem::unknown_key: return std::string(messages.get(Msg::problem_unknown_key));
        case ledger::Problem::revoked_key: return std::string(messages.get(Msg::problem_revoked_key));
        case ledger::Problem::key_not_valid_at_time: return std::string(messages.get(Msg::problem_key_not_valid_at_time));
        case ledger::Problem::not_authorised: return std::string(messages.get(Msg::problem_not_authorised));
        case ledger::Problem::malformed_payload: return std::string(messages.get(Msg::problem_malformed_payload));
        case ledger::Problem::meta_mismatch: return std::string(messages.get(Msg::problem_meta_mismatch));
        case ledger::Problem::projection_mismatch: return std::string(messages.get(Msg::problem_projection_mismatch));
        case ledger::Problem::head_mismatch: return std::string(messages.get(Msg::problem_head_mismatch));
        case ledger::Problem::checkpoint_mismatch: return std::string(messages.get(Msg::problem_checkpoint_mismatch));
    }
    return std::string(ledger::problem_name(problem));
}

// The policy's names, shared with the certificate and the GUI (cert::classification_name).
std::string_view classification_word(const Messages& messages, int level) {
    const cert::ClassificationName name = cert::classification_name(level);
    if (name.en.empty()) return "?";
    return messages.lang() == Lang::ja ? name.ja : name.en;
}

std::string asset_status_word(const Messages& messages, const std::string& status) {
    if (status == jobs::erased_status) return std::string(messages.get(Msg::asset_status_erased));
    if (status == jobs::disposal_status(jobs::DisposalMethod::destroyed)) {
        return std::string(messages.get(Msg::asset_status_destroyed));
    }
    if (status == jobs::disposal_status(jobs::DisposalMethod::vendor_erasure)) {
        return std::string(messages.get(Msg::asset_status_vendor_erased));
    }
    return status;
}

}  // namespace sanitize::cli
