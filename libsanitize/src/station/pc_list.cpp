// The list of PCs an admin signed for unattended wipes: read, verified, and asked about one PC.
#include <span>

#include "cert/text_rules.hpp"
#include "sanitize/files.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

constexpr std::size_t max_list_bytes = 1 << 20;  // 64-byte serials: over ten thousand PCs
constexpr std::size_t max_serial_bytes = 64;

std::string_view trimmed(std::string_view line) {
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    return line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
}

Result<std::vector<std::string>> parse_serials(std::string_view text) {
    std::vector<std::string> serials;
    int number = 0;
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t end = std::min(text.find('\n', at), text.size());
        const std::string_view line = trimmed(text.substr(at, end - at));
        at = end + 1;
        ++number;
        if (line.empty() || line.front() == '#') continue;
        const bool plausible = line.size() <= max_serial_bytes &&
                               cert::detail::is_allowed_text(line, cert::detail::TextKind::line) && !is_placeholder(line);
        if (!plausible) {
            Error error = make_error(Errc::malformed_input, Reason::pc_list_malformed, "pcs.txt line " + std::to_string(number));
            error.detail = std::to_string(number);
            return error;
        }
        serials.emplace_back(line);
    }
    return serials;
}

}  // namespace

Result<PcList> read_pc_list(std::string_view text, std::string_view signature, const keys::PublicKey& admin) {
    Result<keys::VerifiedFile> verified = keys::verify_file(admin, std::as_bytes(std::span(text)), signature);
    if (!verified) return verified.error();
    Result<std::vector<std::string>> serials = parse_serials(text);
    if (!serials) return serials.error();
    return PcList{std::move(*serials), verified->key_id};
}

Result<void> check_admin_key(ledger::Ledger& ledger, const keys::PublicKey& admin) {
    // The ledger's rules for any signer (registered with this very key, not revoked, valid now),
    // then the role: only an admin names the PCs a stick may wipe unasked.
    Result<ledger::KeyRecord> record = jobs::authorise_signer(ledger, admin, ledger::EventType::wipe_certificate);
    if (!record) return record.error();
    if (record->role != ledger::Role::admin) {
        Error error = make_error(Errc::refused, Reason::list_signer_not_admin, "key " + keys::key_id_hex(admin.id));
        error.detail = std::string(ledger::role_name(record->role));
        error.expected = std::string(ledger::role_name(ledger::Role::admin));
        return error;
    }
    return {};
}

std::string_view verdict_name(UnattendedVerdict verdict) noexcept {
    switch (verdict) {
        case UnattendedVerdict::wipe: return "wipe";
        case UnattendedVerdict::not_listed: return "not_listed";
        case UnattendedVerdict::no_serial: return "no_serial";
    }
    return "not_listed";
}

UnattendedVerdict unattended_verdict(const cert::Computer& pc, const PcList& list) {
    if (pc.serial.empty()) return UnattendedVerdict::no_serial;
    for (const std::string& serial : list.serials) {
        if (serial == pc.serial) return UnattendedVerdict::wipe;  // exact: a near match is another PC
    }
    return UnattendedVerdict::not_listed;
}

Result<PcList> load_pc_list(const DataPartition& data, ledger::Ledger& ledger) {
    const std::string admin_path = data.path("admin.pub");
    Result<std::string> admin_text = files::read_small_file(admin_path, 4096);
    if (!admin_text) return about_path(admin_text.error(), admin_path);
    Result<keys::PublicKey> admin = keys::decode_public_key(*admin_text);
    if (!admin) return about_path(admin.error(), admin_path);
    if (Result<void> allowed = check_admin_key(ledger, *admin); !allowed) return allowed.error();
    const std::string list_path = data.path("pcs.txt");
    Result<std::string> text = files::read_small_file(list_path, max_list_bytes);
    if (!text) return about_path(text.error(), list_path);
    Result<std::string> signature = files::read_small_file(list_path + ".minisig", 16384);
    if (!signature) return about_path(signature.error(), list_path + ".minisig");
    Result<PcList> list = read_pc_list(*text, *signature, *admin);
    if (!list) return about_path(list.error(), list_path);
    return list;
}

}  // namespace sanitize::station
