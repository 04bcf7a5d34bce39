// The privileged helper of the Wipe page, without a widget or a process: the GUI never runs as
// root, so a target it cannot open is wiped by sanitize-helper started through pkexec (the CLI's
// `wipe`, for whole disks only; certificates in the site's directory). This file builds that
// command line (fixed program, one argument per option, nothing secret: the
// passphrase goes to the helper's stdin) and reads the helper's JSON Lines back, through the
// library's protocol module (sanitize/protocol.hpp), into the results an in-process wipe gives.
// The helper decides and does the wipe; nothing here does.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "sanitize/protocol.hpp"
#include "wipe_session.hpp"

namespace sanitize::gui {

// Where the helper is and how it is started. The defaults are the installed sanitize-helper
// through pkexec; tests run the built CLI directly (same grammar, same lines) and force the
// helper for an image file, which sanitize-helper itself would refuse.
struct HelperSettings {
    QStringList launcher{QStringLiteral("pkexec")};  // prefix; empty starts the program directly
    QString program = QStringLiteral(SANITIZE_HELPER_PATH);
    bool force = false;  // use the helper even when the GUI could open every target
};

// True when some target of the request cannot be opened for writing by the GUI itself
// (the library's open fails with permission_denied): the whole batch then goes to the helper,
// so that it is authorised once and wiped in parallel as in process.
bool needs_helper(const std::vector<device::DeviceInfo>& targets);

// The full argv: launcher, program, `wipe --json --json-progress --stdin-cancels --yes`, the
// confirmations,
// method and verification, the certificate options (or --no-ledger), then `--` and the targets.
// `language` is "ja" or "en" (the helper's messages follow the GUI's).
QStringList helper_argv(const HelperSettings& settings, const WipeRequest& request, const QString& language);

using HelperProgress = protocol::Progress;
using HelperCertificate = protocol::Certificate;

// One line of the helper's stdout as the protocol reads it: progress, a wipe report, a
// certificate, an error, or std::monostate for a line that does not read or that the GUI does
// not know (ignored).
using HelperLine = protocol::Line;
HelperLine parse_helper_line(const QByteArray& line);

// What the helper's run amounts to, in the shape of an in-process wipe: one target per report,
// each with its certificate when one was issued. `exit_code` is the helper's (or the
// launcher's: 126 not authorised, 127 not started); `crashed` when it died of a signal.
struct HelperOutcome {
    std::vector<wipe::WipeReport> reports;
    std::vector<HelperCertificate> certificates;
    int exit_code = 0;
    bool crashed = false;
    QString stderr_text;
    std::optional<protocol::Failure> failure;  // the helper stopped before it wrote, and why
};
WipeResult helper_result(const HelperOutcome& outcome);

// What the helper was asked to do: a few sentences name it ("nothing was erased" is true of a
// refused wipe or purge, "nothing was written" of a refused carry-out, "the medium was not
// checked" of a refused check).
enum class HelperJob { wipe, prepare, purge, verify };

// The sentence shown for a helper that ended without a clean success, by exit code; empty
// for exit 0. Uses the stderr text as the detail when there is one.
QString helper_failure_text(const HelperOutcome& outcome, HelperJob job = HelperJob::wipe);

}  // namespace sanitize::gui
