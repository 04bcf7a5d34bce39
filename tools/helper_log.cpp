#include "helper_log.hpp"

#include <syslog.h>

#include <cstdio>

namespace sanitize::cli {
namespace {

std::string_view event_name(HelperEvent event) {
    switch (event) {
        case HelperEvent::request: return "request";
        case HelperEvent::refused: return "refused";
        case HelperEvent::ended: return "ended";
    }
    return "request";
}

// A name may hold any byte but NUL: newlines and other control bytes become \xHH, so that one
// entry stays one line. UTF-8 (Japanese names) passes as it is.
std::string escaped(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte == 0x7f || c == '\\') {
            char code[5];
            std::snprintf(code, sizeof code, "\\x%02x", byte);
            out += code;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::string helper_log_line(const HelperLogEntry& entry) {
    std::string line = std::string(event_name(entry.event)) + " uid=" + std::to_string(entry.uid);
    line += " command=" + (entry.command.empty() ? std::string("-") : escaped(entry.command));
    if (!entry.targets.empty()) {
        line += " targets=";
        for (std::size_t i = 0; i < entry.targets.size(); ++i) line += (i ? "," : "") + escaped(entry.targets[i]);
    }
    if (!entry.outcome.empty()) line += " outcome=" + escaped(entry.outcome);
    return line;
}

void log_to_system_journal(const HelperLogEntry& entry) {
    const int priority = entry.event == HelperEvent::refused ? LOG_WARNING : LOG_NOTICE;
    ::openlog("sanitize-helper", LOG_PID, LOG_AUTHPRIV);
    ::syslog(priority, "%s", helper_log_line(entry).c_str());
    ::closelog();
}

}  // namespace sanitize::cli
