// The JSON Lines of `sanitize … --json --json-progress`: what the CLI writes on stdout when a
// front end runs it as its helper (the GUI through pkexec, a station's supervisor), and what
// that front end reads back. One module writes and reads every line, so that the two ends never
// drift; docs/report-format.md describes them field by field.
//
// Each line is one JSON object. A command's result is a document with its own "schema" name and
// version ("sanitize.wipe-report/1", "sanitize.prepare-result/1"); every other line is an object
// with one member naming its kind ("progress", "certificate", "step", "bytes", "error") beside
// "protocol": the version below. A reader ignores a line of a kind or schema it does not know (a
// newer helper's), and refuses a protocol version it does not know.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "sanitize/jobs/certificate.hpp"
#include "sanitize/jobs/prepare.hpp"
#include "sanitize/purge.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::protocol {

inline constexpr int version = 1;

// {"progress": {...}}: a wipe's progress on one target (0-based, in the order given).
struct Progress {
    std::size_t target = 0;
    std::string device;
    wipe::Progress progress;
};

// {"certificate": {...}}: a certificate issued for a target.
struct Certificate {
    std::string target;  // the device path the certificate is for
    std::string certificate_id;
    std::string sha256;
    std::string json;       // the files written
    std::string signature;
    std::string pdf;        // empty: no PDF
    std::optional<std::int64_t> ledger_seq;
};
Certificate certificate_line(const std::string& target, const jobs::CertifiedWipe& certified);
// The files and ids of a certificate line, in the shape an in-process job gives (the
// certificate's other fields are in the file, which the front end reads when it needs them).
jobs::CertifiedWipe certified_from(const Certificate& line);

// {"step": {...}}: a step of preparing a stick started or ended.
struct Step {
    enum class State { started, done, failed };
    jobs::PrepareStep step = jobs::PrepareStep::wipe;
    State state = State::started;
};

// {"bytes": {...}}: bytes of the archive written onto the stick or read back from it.
struct Bytes {
    jobs::PrepareStep step = jobs::PrepareStep::write_archive;
    std::uint64_t done = 0;
    std::uint64_t total = 0;
};

// The document "sanitize.prepare-result/1": what became of the stick, the last line of
// `prepare --json`.
struct Prepared {
    jobs::PreparedStick stick;
    std::vector<std::pair<jobs::PrepareStep, double>> seconds;  // per step, in the order run
    std::string message;  // the failed step's error in the helper's words, when it failed
};

// {"error": {...}}: the command stopped before it did its work (nothing written), with the
// library's error as it is (code, reason, fields, the others found with it), the helper's
// words for it and its exit code.
struct Failure {
    Error error;
    std::string message;
    int exit_code = 1;
};

// The document "sanitize.purge-unavailable/1": the target does not offer the method asked for,
// so nothing was sent and nobody was asked to confirm (`purge --json`, exit 3). Every method
// with whether the target offers it and, if not, why.
struct PurgeUnavailable {
    purge::PurgeReport report;  // device, method, outcome `unavailable` and detail: nothing else happened
    std::vector<purge::PurgeAvailability> methods;
};

using Line = std::variant<std::monostate, Progress, wipe::WipeReport, wipe::MediaCheckReport, purge::PurgeReport,
                          PurgeUnavailable, Certificate, Step, Bytes, Prepared, Failure>;

// Each line without its line break.
std::string encode(const Progress& line);
std::string encode(const Certificate& line);
std::string encode(const Step& line);
std::string encode(const Bytes& line);
std::string encode(const Prepared& line);
std::string encode(const Failure& line);
std::string encode(const wipe::WipeReport& report);
std::string encode(const wipe::MediaCheckReport& report);
std::string encode(const purge::PurgeReport& report);
std::string encode(const PurgeUnavailable& document);

// One line back. Errc::malformed_input for text that is not a JSON object, or a line of a known
// kind whose fields do not read (context: the field); Errc::refused for a protocol version this
// build does not know. A line of an unknown kind is std::monostate.
[[nodiscard]] Result<Line> decode(std::string_view line);

}  // namespace sanitize::protocol
