// The system journal: what an auditor reads after the fact, on the machine itself — wipes and
// purges started and ended, refusals, failed key unlocks, ledger writes — written through
// syslog(3), which journald (and rsyslog) keep.
//
// Ident "sanitize"; facility LOG_AUTHPRIV, the one for security and authorisation messages:
// journald and rsyslog keep it from unprivileged readers (/var/log/auth.log, mode 0640), as the
// lines name media, serials and people's uids. One line per event, "EVENT uid=N key=value …",
// values quoted when they hold a blank or a quote, control characters escaped.
//
// Never a secret: the callers hand in only the fields below; ledger locations pass through
// ledger::redacted_location (a URL's password becomes "***"); passphrases and key bytes have no field.
// --verbose stays for stderr (diagnostics.hpp); the journal is written whatever the verbosity.
//
// Reusable by the privileged helper: every line takes the invoking uid (the helper passes its
// caller's, from pkexec), and the sink is a function (syslog_sink, or a test's).
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

namespace sanitize::cli {

enum class JournalEvent {
    wipe_started,       // target, serial, method
    wipe_ended,         // target, serial, outcome, certificate (its id; "none")
    purge_started,      // target, serial, method
    purge_ended,        // target, serial, outcome, certificate
    refused,            // reason, target or path, detail
    key_unlock_failed,  // key (the file), reason
    ledger_written,     // event (type), seq, ledger
    helper_request,     // the privileged helper's requests (request, target)
};
// "wipe.started", "key.unlock_failed": stable, for whoever filters the journal.
std::string_view journal_event_name(JournalEvent event) noexcept;

struct JournalField {
    std::string_view name;
    std::string value;
};

struct JournalLine {
    int priority = 0;  // LOG_INFO, LOG_NOTICE, LOG_WARNING (the facility is the sink's)
    std::string text;  // "wipe.ended uid=1000 target=/dev/sdb serial=ABC outcome=erased …"
};

using JournalSink = std::function<void(const JournalLine&)>;

// syslog(3) under ident "sanitize", facility LOG_AUTHPRIV, with the pid.
JournalSink syslog_sink();

// The line of one event, as the sink receives it.
JournalLine journal_line(JournalEvent event, unsigned invoking_uid, std::initializer_list<JournalField> fields);

class SystemLog {
public:
    explicit SystemLog(JournalSink sink) : sink_(std::move(sink)) {}

    void record(JournalEvent event, unsigned invoking_uid, std::initializer_list<JournalField> fields) const {
        if (sink_) sink_(journal_line(event, invoking_uid, fields));
    }

private:
    JournalSink sink_;
};

}  // namespace sanitize::cli
