// A PC's summary as data: one JSON document for the evidence folder, signed by the operator as
// the certificates are, and written beside its PDF.
#include <filesystem>
#include <span>

#include <nlohmann/json.hpp>

#include "cert/names.hpp"
#include "cert/text_rules.hpp"
#include "sanitize/files.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

using ojson = nlohmann::ordered_json;

ojson disk_json(const DiskResult& disk) {
    const device::DeviceInfo& info = disk.report.device;
    ojson entry = {{"kernel_name", info.kernel_name}, {"vendor", info.vendor},   {"model", info.model},
                   {"serial", info.serial},           {"transport", info.transport}, {"size_bytes", info.size_bytes}};
    entry["outcome"] = cert::detail::outcome_name(disk.report.outcome);
    entry["resumed"] = disk.resumed();
    ojson ranges = ojson::array();
    for (const wipe::ByteRange& range : disk.report.bad_ranges) ranges.push_back({{"offset", range.offset}, {"length", range.length}});
    entry["bad_ranges"] = ranges;
    const std::optional<Error>& error = disk.certify_error;
    entry["error"] = error ? ojson{{"code", errc_name(error->code)}, {"reason", reason_name(error->reason)}} : ojson(nullptr);
    if (disk.certificate) {
        const cert::IssuedCertificate& issued = disk.certificate->issued;
        entry["certificate"] = {{"certificate_id", issued.certificate.certificate_id},
                                {"sha256", issued.sha256_hex},
                                {"file", std::filesystem::path(disk.certificate->files.json).filename().string()},
                                {"outbox_entry", issued.outbox_entry ? ojson(issued.outbox_entry->origin) : ojson(nullptr)}};
    } else {
        entry["certificate"] = nullptr;
    }
    return entry;
}

std::string stamp(std::chrono::sys_seconds time) {
    std::string text = cert::detail::time_text(time);  // 2025-01-02T03:04:05Z
    std::erase(text, ':');
    std::erase(text, '-');
    return text;
}

}  // namespace

std::string summary_json(const Summary& summary) {
    const cert::Computer& pc = summary.computer;
    ojson document = {{"schema", "sanitize.station-summary/1"},
                      {"finished", cert::detail::time_text(summary.finished)},
                      {"organisation", summary.organisation},
                      {"operator", summary.operator_name},
                      {"computer", {{"vendor", pc.vendor}, {"product", pc.product}, {"serial", pc.serial},
                                    {"uuid", pc.uuid}, {"asset_tag", pc.asset_tag}}}};
    ojson disks = ojson::array();
    for (const DiskResult& disk : summary.disks) disks.push_back(disk_json(disk));
    document["disks"] = disks;
    return document.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

Result<WrittenSummary> write_summary(const Summary& summary, const std::string& directory,
                                     const keys::SecretKey& operator_key) {
    const std::string stem = directory + "/summary-" + stamp(summary.finished);
    WrittenSummary written{stem + ".json", stem + ".json" + std::string(cert::signature_suffix), {}, std::nullopt};
    const std::string json = summary_json(summary);
    Result<std::string> signature = keys::sign_file(operator_key, std::as_bytes(std::span(json)),
                                                    "sanitize-station-summary serial=" + summary.computer.serial);
    if (!signature) return signature.error();
    if (Result<void> ok = files::write_new_file(written.json, json, 0644); !ok) return ok.error();
    if (Result<void> ok = files::write_new_file(written.signature, *signature, 0644); !ok) return ok.error();
    Result<std::string> pdf = summary_pdf(summary);
    if (pdf) {
        if (Result<void> ok = files::write_new_file(stem + ".pdf", *pdf, 0644); ok) {
            written.pdf = stem + ".pdf";
        } else {
            written.pdf_error = ok.error();
        }
    } else {
        written.pdf_error = pdf.error();
    }
    return written;
}

}  // namespace sanitize::station
