// The protocol's lines, written and read in one place (protocol.hpp, docs/report-format.md).
#include "sanitize/protocol.hpp"

#include "protocol/json_fields.hpp"
#include "protocol/prepared.hpp"
#include "protocol/reports.hpp"
#include "util/error_json.hpp"

namespace sanitize::protocol {
namespace {

using detail::Fields;
using detail::json;

std::string dump(const json& document) { return document.dump(-1, ' ', false, json::error_handler_t::replace); }

// {"<kind>": body, "protocol": 1}
std::string line_of(const char* kind, json body) { return dump({{kind, std::move(body)}, {"protocol", version}}); }

std::string_view phase_name(wipe::Phase phase) {
    switch (phase) {
        case wipe::Phase::writing: return "writing";
        case wipe::Phase::syncing: return "syncing";
        case wipe::Phase::verifying: return "verifying";
    }
    return "writing";
}

std::string_view state_name(Step::State state) {
    switch (state) {
        case Step::State::started: return "started";
        case Step::State::done: return "done";
        case Step::State::failed: return "failed";
    }
    return "started";
}

Result<Line> progress_from(const json& body) {
    Fields f(body, "progress.");
    Progress line;
    line.target = f.count("target");
    line.device = f.text("device");
    const std::size_t pass = f.count("pass");
    line.progress.pass_index = pass > 0 ? pass - 1 : 0;
    line.progress.pass_count = f.count("passes");
    const std::string phase = f.text("phase");
    bool known = false;
    for (wipe::Phase p : {wipe::Phase::writing, wipe::Phase::syncing, wipe::Phase::verifying}) {
        if (phase_name(p) == phase) {
            line.progress.phase = p;
            known = true;
        }
    }
    if (!known) f.fail("phase");
    line.progress.phase_bytes_done = f.count("bytes_done");
    line.progress.phase_bytes_total = f.count("bytes_total");
    line.progress.bytes_per_second = f.number("bytes_per_second");
    if (f.present("eta_seconds")) line.progress.eta = std::chrono::seconds(f.integer("eta_seconds"));
    if (Result<void> read = f.done(); !read) return read.error();
    return Line(line);
}

Result<Line> certificate_from(const json& body) {
    Fields f(body, "certificate.");
    Certificate line{f.text("target"), f.text("certificate_id"), f.text("sha256"), f.text("json"),
                     f.text("signature"), f.text("pdf"), std::nullopt};
    if (f.present("ledger_seq")) line.ledger_seq = f.integer("ledger_seq");
    if (line.json.empty()) f.fail("json");
    if (Result<void> read = f.done(); !read) return read.error();
    return Line(line);
}

Result<Line> step_from(const json& body) {
    Fields f(body, "step.");
    const std::optional<jobs::PrepareStep> step = jobs::parse_prepare_step(f.text("name"));
    if (!step) f.fail("name");
    const std::string state = f.text("state");
    Step line{step.value_or(jobs::PrepareStep::wipe), Step::State::started};
    bool known = false;
    for (Step::State s : {Step::State::started, Step::State::done, Step::State::failed}) {
        if (state_name(s) == state) {
            line.state = s;
            known = true;
        }
    }
    if (!known) f.fail("state");
    if (Result<void> read = f.done(); !read) return read.error();
    return Line(line);
}

Result<Line> bytes_from(const json& body) {
    Fields f(body, "bytes.");
    const std::optional<jobs::PrepareStep> step = jobs::parse_prepare_step(f.text("step"));
    if (!step) f.fail("step");
    Bytes line{step.value_or(jobs::PrepareStep::write_archive), f.count("done"), f.count("total")};
    if (Result<void> read = f.done(); !read) return read.error();
    return Line(line);
}

Result<Line> failure_from(const json& body) {
    Result<detail::ReadError> read_error = detail::error_from(body);
    if (!read_error) return read_error.error();
    Fields f(body, "error.");
    Failure line{std::move(read_error->error), f.text("message"), static_cast<int>(f.integer("exit_code"))};
    if (Result<void> read = f.done(); !read) return read.error();
    return Line(line);
}

template <typename T>
Result<Line> as_line(Result<T> read) {
    if (!read) return read.error();
    return Line(std::move(*read));
}

Result<Line> document_from(const json& object, const std::string& schema) {
    if (schema == "sanitize.wipe-report/1") return as_line(detail::wipe_report_from(object));
    if (schema == "sanitize.media-check/1") return as_line(detail::media_check_from(object));
    if (schema == "sanitize.purge-report/1") return as_line(detail::purge_report_from(object));
    if (schema == "sanitize.purge-unavailable/1") {
        PurgeUnavailable document;
        Result<purge::PurgeReport> report = detail::purge_unavailable_from(object, document.methods);
        if (!report) return report.error();
        document.report = std::move(*report);
        return Line(std::move(document));
    }
    if (schema == "sanitize.prepare-result/1") return as_line(detail::prepared_from(object));
    return Line();  // a newer helper's document
}

}  // namespace

Certificate certificate_line(const std::string& target, const jobs::CertifiedWipe& certified) {
    const auto& event = certified.issued.ledger_event;
    return Certificate{target,
                       certified.issued.certificate.certificate_id,
                       certified.issued.sha256_hex,
                       certified.files.json,
                       certified.files.signature,
                       certified.files.pdf,
                       event ? std::optional<std::int64_t>(event->seq) : std::nullopt};
}

jobs::CertifiedWipe certified_from(const Certificate& line) {
    jobs::CertifiedWipe certified;
    certified.issued.certificate.certificate_id = line.certificate_id;
    certified.issued.sha256_hex = line.sha256;
    certified.files = {line.json, line.signature, line.pdf};
    if (line.ledger_seq) {
        certified.issued.ledger_event.emplace();
        certified.issued.ledger_event->seq = *line.ledger_seq;
    }
    return certified;
}

std::string encode(const Progress& line) {
    const wipe::Progress& p = line.progress;
    return line_of("progress", {{"target", line.target},
                                {"device", line.device},
                                {"pass", p.pass_index + 1},
                                {"passes", p.pass_count},
                                {"phase", phase_name(p.phase)},
                                {"bytes_done", p.phase_bytes_done},
                                {"bytes_total", p.phase_bytes_total},
                                {"bytes_per_second", p.bytes_per_second},
                                {"eta_seconds", p.eta ? json(p.eta->count()) : json(nullptr)}});
}

std::string encode(const Certificate& line) {
    return line_of("certificate", {{"target", line.target},
                                   {"certificate_id", line.certificate_id},
                                   {"sha256", line.sha256},
                                   {"json", line.json},
                                   {"signature", line.signature},
                                   {"pdf", line.pdf.empty() ? json(nullptr) : json(line.pdf)},
                                   {"ledger_seq", line.ledger_seq ? json(*line.ledger_seq) : json(nullptr)}});
}

std::string encode(const Step& line) {
    return line_of("step", {{"name", jobs::prepare_step_name(line.step)},
                            {"index", static_cast<std::size_t>(line.step) + 1},
                            {"count", jobs::prepare_step_count},
                            {"state", state_name(line.state)}});
}

std::string encode(const Bytes& line) {
    return line_of("bytes", {{"step", jobs::prepare_step_name(line.step)}, {"done", line.done}, {"total", line.total}});
}

std::string encode(const Failure& line) {
    json body = util::error_json(line.error);
    body["message"] = line.message;
    body["exit_code"] = line.exit_code;
    return line_of("error", std::move(body));
}

std::string encode(const Prepared& line) { return dump(detail::prepared_to(line)); }
std::string encode(const wipe::WipeReport& report) { return dump(json::parse(wipe::to_json(report))); }
std::string encode(const wipe::MediaCheckReport& report) { return dump(json::parse(wipe::to_json(report))); }
std::string encode(const purge::PurgeReport& report) { return dump(json::parse(purge::to_json(report))); }

std::string encode(const PurgeUnavailable& document) {
    const purge::PurgeReport& report = document.report;
    return dump({{"schema", "sanitize.purge-unavailable/1"},
                 {"device", json::parse(device::to_json(report.device))},
                 {"method", purge::purge_method_name(report.method)},
                 {"outcome", purge::to_string(purge::PurgeOutcome::unavailable)},
                 {"detail", report.detail},
                 {"methods", json::parse(purge::to_json(document.methods))}});
}

Result<Line> decode(std::string_view text) {
    const json object = json::parse(text, nullptr, false);
    if (!object.is_object()) return make_error(Errc::malformed_input, "protocol line");
    if (const auto schema = object.find("schema"); schema != object.end()) {
        if (!schema->is_string()) return make_error(Errc::malformed_input, "protocol field schema");
        return document_from(object, schema->get<std::string>());
    }
    const auto protocol = object.find("protocol");
    if (protocol == object.end() || !protocol->is_number_integer()) return Line();
    if (protocol->get<int>() != version) {
        Error error = make_error(Errc::refused, "protocol version " + protocol->dump());
        error.detail = protocol->dump();
        error.expected = std::to_string(version);
        return error;
    }
    const auto body = [&object](const char* kind) -> const json* {
        const auto found = object.find(kind);
        return found != object.end() && found->is_object() ? &*found : nullptr;
    };
    if (const json* b = body("progress")) return progress_from(*b);
    if (const json* b = body("certificate")) return certificate_from(*b);
    if (const json* b = body("step")) return step_from(*b);
    if (const json* b = body("bytes")) return bytes_from(*b);
    if (const json* b = body("error")) return failure_from(*b);
    return Line();
}

}  // namespace sanitize::protocol
