// The privileged helper of the Carry-out page, without a widget or a process: a stick the GUI
// cannot open is prepared by sanitize-helper's `prepare` started through pkexec, which reads the
// folder with the person's rights. This file builds that
// command line (fixed program, one argument per option, nothing secret: both passphrases go to
// the helper's stdin, the key's line first) and reads the helper's JSON Lines back, through the
// library's protocol module (sanitize/protocol.hpp), into the result an in-process run gives.
// The helper decides and does everything; nothing here does.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "carry_out_session.hpp"
#include "privileged_wipe.hpp"

namespace sanitize::gui {

// The full argv: launcher, program, `prepare --json --json-progress --stdin-cancels --yes`,
// the confirmation of a block device, the folder, the recipients (or `--passphrase-fd 0` when
// `archive_passphrase`), the record and certificate options, `--key-passphrase-fd 0`, then `--`
// and the stick. `language` is "ja" or "en".
QStringList prepare_helper_argv(const HelperSettings& settings, const CarryOutRequest& request, bool archive_passphrase,
                                const QString& language);

// A step started or ended ({"step": …}).
struct PrepareStepLine {
    jobs::PrepareStep step = jobs::PrepareStep::wipe;
    bool started = true;
    bool ok = true;  // when ended
};

// Bytes of the archive written or read back ({"bytes": …}), as the protocol decodes them.
using PrepareBytesLine = protocol::Bytes;

// What the helper's final --json object says about the stick; `failure_text` is the CLI's own
// sentence (in the GUI's language) for a step that failed.
struct PreparedByHelper {
    jobs::PreparedStick stick;
    std::string failure_text;
};

// One line of the helper's stdout: wipe progress, a step, archive bytes, the result, a refusal,
// or nothing the GUI knows (ignored).
using PrepareLine =
    std::variant<std::monostate, HelperProgress, PrepareStepLine, PrepareBytesLine, PreparedByHelper, protocol::Failure>;
PrepareLine parse_prepare_line(const QByteArray& line);

struct PrepareOutcome {
    std::optional<PreparedByHelper> prepared;  // the result line, when the helper got that far
    int exit_code = 0;
    bool crashed = false;
    QString stderr_text;
    std::optional<protocol::Failure> failure;  // the helper refused before the stick was touched
};

// In the shape of an in-process run. Without a result line the helper stopped before touching
// the stick; why (by exit code, with the CLI's stderr) is in `helper_failure`.
CarryOutResult prepare_helper_result(const PrepareOutcome& outcome);

}  // namespace sanitize::gui
