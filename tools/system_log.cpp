#include "system_log.hpp"

#include <syslog.h>

#include <cstdio>


namespace sanitize::cli {

namespace {

int priority_of(JournalEvent event) {
    switch (event) {
        case JournalEvent::refused:
        case JournalEvent::key_unlock_failed: return LOG_WARNING;
        case JournalEvent::wipe_started:
        case JournalEvent::wipe_ended:
        case JournalEvent::purge_started:
        case JournalEvent::purge_ended: return LOG_NOTICE;
        case JournalEvent::ledger_written:
        case JournalEvent::helper_request: return LOG_INFO;
    }
    return LOG_NOTICE;
}

// key=value, quoted when a reader splitting on blanks would cut the value; control characters
// (a newline would forge a second line) as \xHH.
std::string field_text(const JournalField& field) {
    bool quote = field.value.empty();
    std::string escaped;
    for (const char c : field.value) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f) {
            char hex[5];
            std::snprintf(hex, sizeof hex, "\\x%02x", byte);
            escaped += hex;
            continue;
        }
        if (c == ' ' || c == '"' || c == '\\') quote = true;
        if (c == '"' || c == '\\') escaped += '\\';
        escaped += c;
    }
    return std::string(field.name) + "=" + (quote ? "\"" + escaped + "\"" : escaped);
}

}  // namespace

std::string_view journal_event_name(JournalEvent event) noexcept {
    switch (event) {
        case JournalEvent::wipe_started: return "wipe.started";
        case JournalEvent::wipe_ended: return "wipe.ended";
        case JournalEvent::purge_started: return "purge.started";
        case JournalEvent::purge_ended: return "purge.ended";
        case JournalEvent::refused: return "refused";
        case JournalEvent::key_unlock_failed: return "key.unlock_failed";
        case JournalEvent::ledger_written: return "ledger.written";
        case JournalEvent::helper_request: return "helper.request";
    }
    return "unknown";
}

JournalLine journal_line(JournalEvent event, unsigned invoking_uid, std::initializer_list<JournalField> fields) {
    JournalLine line{priority_of(event), std::string(journal_event_name(event))};
    line.text += " uid=" + std::to_string(invoking_uid);
    for (const JournalField& field : fields) line.text += " " + field_text(field);
    return line;
}

JournalSink syslog_sink() {
    return [](const JournalLine& line) {
        // openlog keeps the ident pointer: a literal lives as long as the process.
        ::openlog("sanitize", LOG_PID, LOG_AUTHPRIV);
        ::syslog(line.priority, "%s", line.text.c_str());
    };
}

}  // namespace sanitize::cli
