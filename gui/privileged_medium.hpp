// The privileged helper of the Purge and verify page, without a widget or a process: a disk the
// GUI cannot open is checked by sanitize-helper's `verify-media`, or purged by its `purge`,
// started through pkexec. This file builds those command lines (fixed program, one argument per
// option, nothing secret: a key's passphrase goes to the helper's stdin) and reads the helper's
// JSON Lines back, through the library's protocol module (sanitize/protocol.hpp), into the
// results an in-process run gives. The helper decides and does the work; nothing here does.
#pragma once

#include <optional>
#include <vector>

#include <QString>
#include <QStringList>

#include "medium_session.hpp"
#include "privileged_wipe.hpp"

namespace sanitize::gui {

// True when the GUI itself may not open the target for reading (permission denied): the check
// then goes to the helper.
bool needs_read_helper(const device::DeviceInfo& target);

// launcher, program, `verify-media --json --json-progress --stdin-cancels --expect E
// [--sample P] -- TARGET`. `language` is "ja" or "en".
QStringList verify_helper_argv(const HelperSettings& settings, const MediumCheckRequest& request, const QString& language);

// launcher, program, `purge --json --yes [--confirm TOKEN] --method M --verify V`, the
// certificate options as a wipe's (or --no-ledger), then `--` and the target.
QStringList purge_helper_argv(const HelperSettings& settings, const PurgeSessionRequest& request, const QString& language);

// What a helper run left: the lines it wrote that matter, and how it ended.
struct MediumHelperOutcome {
    std::optional<wipe::MediaCheckReport> check;
    std::optional<purge::PurgeReport> purge;
    std::vector<purge::PurgeAvailability> methods;  // with an unavailable purge
    std::optional<protocol::Certificate> certificate;
    std::optional<protocol::Failure> failure;  // the helper stopped before it did its work, and why
    std::optional<protocol::Progress> progress;  // the last progress line of a check
    int exit_code = 0;
    bool crashed = false;
    QString stderr_text;
};

// Keeps what one line of the helper's stdout says (an unknown or unreadable line is ignored);
// true for a progress line of a check.
bool read_medium_line(const QByteArray& line, MediumHelperOutcome& outcome);

// In the shape of an in-process run. Without a result line the helper stopped before it did
// anything; why (by exit code, with its stderr) is in `helper_failure`.
MediumCheckResult check_helper_result(const MediumHelperOutcome& outcome);
PurgeSessionResult purge_helper_result(const MediumHelperOutcome& outcome);

}  // namespace sanitize::gui
