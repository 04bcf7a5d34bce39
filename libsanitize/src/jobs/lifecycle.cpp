// Disposal records, retention dates and carry-outs still out, from and into the ledger's events.
#include "sanitize/jobs/lifecycle.hpp"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>

#include "sanitize/files.hpp"

namespace sanitize::jobs {

namespace {

using json = nlohmann::json;

// A vendor's certificate is a PDF or a scan of a few pages, kept whole in the ledger.
constexpr std::size_t max_vendor_certificate_bytes = 64u << 20;

Error disposal_spec(std::string missing) {
    Error error = make_error(Errc::invalid_argument, Reason::disposal_spec, "disposal " + missing);
    error.detail = std::move(missing);
    return error;
}

Result<void> check_fields(const DisposalRequest& request) {
    if (request.method == DisposalMethod::destroyed) {
        if (request.destruction_method.empty()) return disposal_spec("--method");
        if (request.witness.empty()) return disposal_spec("--witness");
    } else {
        if (request.vendor.empty()) return disposal_spec("--vendor");
        if (request.vendor_certificate.empty()) return disposal_spec("--vendor-certificate");
    }
    if (request.approval.id == 0) {
        Error error = make_error(Errc::refused, Reason::approval_missing, "disposal needs the security officer's approval");
        error.detail = "disposal";
        error.expected = std::string(approver_title_name(ApproverTitle::security_officer));
        return error;
    }
    return {};
}

std::string text_of(const json& payload, const char* field) {
    const auto it = payload.find(field);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string office_date(std::chrono::sys_seconds now) {
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(now + std::chrono::hours{9})};
    std::array<char, 16> text{};
    std::snprintf(text.data(), text.size(), "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return text.data();
}

Result<void> check_due_date(const std::string& due) {
    if (due.empty()) return {};
    const bool shaped = due.size() == 10 && due[4] == '-' && due[7] == '-' &&
                        due.find_first_not_of("0123456789-") == std::string::npos;
    Result<std::chrono::sys_seconds> day = ledger::parse_time_text(due + "T00:00:00Z");
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    if (!shaped || !day || due < office_date(now)) {
        Error error = make_error(Errc::invalid_argument, Reason::date_spec, "due " + due);
        error.detail = due;
        error.expected = "--due";
        return error;
    }
    return {};
}

Result<std::optional<ledger::Event>> record_erased_asset(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                         const cert::Certificate& certificate) {
    if (certificate.outcome != wipe::Outcome::erased || certificate.asset_id.empty()) return std::optional<ledger::Event>();
    Result<std::optional<ledger::Asset>> asset = ledger.find_asset(certificate.asset_id);
    if (!asset) return asset.error();
    if (!asset->has_value()) return std::optional<ledger::Event>();
    ledger::Asset erased = **asset;
    erased.status = std::string(erased_status);
    erased.classification = certificate.classification_after;
    Result<ledger::Event> event = ledger.update_asset(actor, erased);
    if (!event) return event.error();
    return std::optional<ledger::Event>(std::move(*event));
}

std::string_view disposal_status(DisposalMethod method) noexcept {
    return method == DisposalMethod::destroyed ? "destroyed" : "vendor_erased";
}

Result<ledger::Event> dispose_asset(ledger::Ledger& ledger, const keys::SecretKey& actor, const DisposalRequest& request) {
    if (auto ok = check_fields(request); !ok) return ok.error();
    Result<std::optional<ledger::Asset>> asset = ledger.find_asset(request.asset_id);
    if (!asset) return asset.error();
    if (!asset->has_value()) {
        Error error = make_error(Errc::not_found, Reason::asset_unknown, "asset " + request.asset_id);
        error.detail = request.asset_id;
        return error;
    }
    ApprovalUse use;
    use.id = request.approval.id;
    use.kind = ApprovalKind::disposal;
    use.asset_id = request.asset_id;
    use.now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    if (Result<ApprovalStatus> approved = check_approval_use(ledger, use); !approved) return approved.error();

    json payload = {{"asset_id", request.asset_id},
                    {"method", request.method == DisposalMethod::destroyed ? "destroyed" : "vendor_erasure"},
                    {"approval", request.approval.id}};
    if (request.method == DisposalMethod::destroyed) {
        payload["destruction_method"] = request.destruction_method;
        payload["witness"] = request.witness;
        if (!request.photo.empty()) {
            Result<std::string> photo = files::sha256_file_hex(request.photo.string());
            if (!photo) return about_path(photo.error(), request.photo.string());
            payload["photo"] = {{"name", request.photo.filename().string()}, {"sha256", *photo}};
        }
    } else {
        Result<std::string> bytes = files::read_small_file(request.vendor_certificate.string(), max_vendor_certificate_bytes);
        if (!bytes) return about_path(bytes.error(), request.vendor_certificate.string());
        Result<std::string> sha256 = files::sha256_file_hex(request.vendor_certificate.string());
        if (!sha256) return about_path(sha256.error(), request.vendor_certificate.string());
        payload["vendor"] = request.vendor;
        // Stored under an id of its own, as a wipe certificate's files are: `sanitize cert get`
        // gives it back byte for byte.
        const std::string stored_as = "disposal-" + request.asset_id + "-" + sha256->substr(0, 16);
        payload["vendor_certificate"] = {
            {"name", request.vendor_certificate.filename().string()}, {"sha256", *sha256}, {"stored_as", stored_as}};
        const std::vector<ledger::StoredFile> stored{
            ledger::StoredFile{request.vendor_certificate.filename().string(), std::move(*bytes)}};
        if (auto kept = ledger.store_certificate_files(actor, stored_as, stored); !kept) return kept.error();
    }
    ledger::Asset disposed = **asset;
    disposed.status = std::string(disposal_status(request.method));
    json row = {{"asset_id", disposed.asset_id},     {"name", disposed.name},
                {"remarks", disposed.remarks},       {"department", disposed.department},
                {"owner", disposed.owner},           {"user_scope", disposed.user_scope},
                {"media_location", disposed.media_location}, {"retention", disposed.retention},
                {"classification", disposed.classification}, {"status", disposed.status}};
    const std::vector<ledger::Draft> drafts{{ledger::EventType::asset_dispose, payload.dump()},
                                            {ledger::EventType::asset_update, row.dump()}};
    Result<std::vector<ledger::Event>> events = ledger.append_all(actor, drafts);  // both or neither
    if (!events) return events.error();
    return events->front();
}

std::vector<ledger::Asset> past_retention(const std::vector<ledger::Asset>& assets, const std::string& today) {
    std::vector<ledger::Asset> past;
    for (const ledger::Asset& asset : assets) {
        const std::string& until = asset.retention;
        const bool is_date = until.size() == 10 && until[4] == '-' && until[7] == '-' &&
                             until.find_first_not_of("0123456789-") == std::string::npos;
        if (is_date && until < today) past.push_back(asset);
    }
    return past;
}

Result<std::vector<CarryOutStatus>> list_carry_outs(ledger::Ledger& ledger) {
    std::vector<CarryOutStatus> all;
    ledger::EventQuery query;
    for (;;) {
        Result<std::vector<ledger::Event>> page = ledger.events(query);
        if (!page) return page.error();
        for (const ledger::Event& event : *page) {
            query.after_seq = event.seq;
            if (event.type != ledger::EventType::media_carry_out && event.type != ledger::EventType::media_return &&
                event.type != ledger::EventType::incident_report) {
                continue;
            }
            const json payload = json::parse(event.payload, nullptr, false);
            if (!payload.is_object()) continue;
            if (event.type == ledger::EventType::incident_report) {
                const auto named = payload.find("carry_out");
                if (named == payload.end() || !named->is_number_integer()) continue;
                for (CarryOutStatus& out : all) {
                    if (out.seq == named->get<std::int64_t>() && out.lost_seq == 0) out.lost_seq = event.seq;
                }
                continue;
            }
            const std::string asset_id = text_of(payload, "asset_id");
            const std::string serial = text_of(payload, "medium_serial");
            if (event.type == ledger::EventType::media_carry_out) {
                CarryOutStatus status{event.seq, event.time, asset_id, serial, 0, text_of(payload, "due"), 0, 0};
                const auto level = payload.find("classification");
                if (level != payload.end() && level->is_number_integer()) status.classification = level->get<int>();
                all.push_back(std::move(status));
                continue;
            }
            for (CarryOutStatus& out : all) {
                if (!out.closed_by(asset_id, serial)) continue;
                out.returned_seq = event.seq;
                break;
            }
        }
        if (page->size() < query.limit) return all;
    }
}

}  // namespace sanitize::jobs
