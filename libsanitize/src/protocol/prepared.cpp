// A prepared stick as JSON and back. The wipe inside is the wipe report of `wipe --json`.
#include "protocol/prepared.hpp"

#include "protocol/reports.hpp"
#include "util/error_json.hpp"

namespace sanitize::protocol::detail {
namespace {

json certificate_json(const std::optional<jobs::CertifiedWipe>& certified) {
    if (!certified) return nullptr;
    const auto& issued = certified->issued;
    return {{"certificate_id", issued.certificate.certificate_id},
            {"sha256", issued.sha256_hex},
            {"json", certified->files.json},
            {"signature", certified->files.signature},
            {"pdf", certified->files.pdf.empty() ? json(nullptr) : json(certified->files.pdf)},
            {"ledger_seq", issued.ledger_event ? json(issued.ledger_event->seq) : json(nullptr)}};
}

json error_of(const Prepared& line) {
    const jobs::PreparedStick& stick = line.stick;
    if (!stick.error) return nullptr;
    json error = util::error_json(*stick.error);
    error["step"] = jobs::prepare_step_name(stick.failed_step.value_or(jobs::PrepareStep::wipe));
    error["message"] = line.message;
    error["emptied_after_failure"] = stick.emptied_after_failure;
    return error;
}

std::optional<jobs::CertifiedWipe> certificate_from(Fields& parent) {
    if (!parent.present("certificate")) return std::nullopt;
    Fields f(parent.object("certificate"), "certificate.");
    Certificate line{"", f.text("certificate_id"), f.text("sha256"), f.text("json"), f.text("signature"), f.text("pdf"),
                     std::nullopt};
    if (f.present("ledger_seq")) line.ledger_seq = f.integer("ledger_seq");
    if (!f.done()) parent.fail("certificate");
    return certified_from(line);
}

Result<void> read_error(Fields& f, Prepared& line) {
    if (!f.present("error")) return {};
    const json& object = f.object("error");
    Result<ReadError> error = error_from(object);
    if (!error) return error.error();
    Fields e(object, "error.");
    line.stick.error = std::move(error->error);
    line.stick.failed_step = jobs::parse_prepare_step(e.text("step")).value_or(jobs::PrepareStep::wipe);
    line.stick.emptied_after_failure = e.flag("emptied_after_failure");
    line.message = e.text("message");
    return e.done();
}

}  // namespace

json prepared_to(const Prepared& line) {
    const jobs::PreparedStick& stick = line.stick;
    json files = json::array();
    for (const jobs::StickFile& file : stick.files) files.push_back({{"name", file.name}, {"bytes", file.bytes}});
    json steps = json::array();
    for (const auto& [step, seconds] : line.seconds) steps.push_back({{"step", jobs::prepare_step_name(step)}, {"seconds", seconds}});
    return {{"schema", "sanitize.prepare-result/1"},
            {"device", stick.device.path},
            {"serial", stick.device.serial},
            {"file_system", jobs::stick_file_system_name(stick.file_system)},
            {"label", stick.label},
            {"files", files},
            {"archive_sha256", stick.archive_sha256},
            {"archive_checked", stick.archive_checked},
            {"entries", stick.folder.entries},
            {"file_bytes", stick.folder.file_bytes},
            {"wipe", json::parse(wipe::to_json(stick.wipe_report))},
            {"certificate", certificate_json(stick.certificate)},
            {"carry_out_seq", stick.carry_out ? json(stick.carry_out->seq) : json(nullptr)},
            {"steps", steps},
            {"error", error_of(line)}};
}

Result<Prepared> prepared_from(const json& object) {
    Fields f(object, "");
    Prepared line;
    jobs::PreparedStick& stick = line.stick;
    // A wipe stopped before it opened the stick names no device: it is still the result's stick.
    Result<wipe::WipeReport> report = wipe_report_from(f.object("wipe"));
    if (!report) return report.error();
    stick.wipe_report = std::move(*report);
    stick.device = stick.wipe_report.device;
    if (stick.device.path.empty()) stick.device.path = f.text("device");
    if (stick.device.serial.empty()) stick.device.serial = f.text("serial");
    stick.wipe_report.device.path = stick.device.path;
    stick.file_system = f.text("file_system") == "exfat" ? jobs::StickFileSystem::exfat : jobs::StickFileSystem::fat32;
    stick.label = f.text("label");
    if (const auto files = object.find("files"); files != object.end() && files->is_array()) {
        for (const json& file : *files) {
            Fields entry(file, "files.");
            stick.files.push_back({entry.text("name"), entry.count("bytes")});
            if (!entry.done()) f.fail("files");
        }
    }
    stick.archive_sha256 = f.text("archive_sha256");
    stick.archive_checked = f.flag("archive_checked");
    stick.folder.entries = f.count("entries");
    stick.folder.file_bytes = f.count("file_bytes");
    stick.certificate = certificate_from(f);
    if (f.present("carry_out_seq")) {
        stick.carry_out.emplace();
        stick.carry_out->seq = f.integer("carry_out_seq");
    }
    if (const auto steps = object.find("steps"); steps != object.end() && steps->is_array()) {
        for (const json& step : *steps) {
            Fields entry(step, "steps.");
            const std::optional<jobs::PrepareStep> name = jobs::parse_prepare_step(entry.text("step"));
            if (!name) entry.fail("step");
            line.seconds.emplace_back(name.value_or(jobs::PrepareStep::wipe), entry.number("seconds"));
            if (!entry.done()) f.fail("steps");
        }
    }
    if (Result<void> read = read_error(f, line); !read) return read.error();
    if (Result<void> read = f.done(); !read) return read.error();
    return line;
}

}  // namespace sanitize::protocol::detail
