// What sanitize-helper tells the system journal: who asked (the invoking uid), for what, and
// what became of it. The one seam between the helper and the journal, so that the wider journal
// logging of the CLI (system_log) can take these entries over without the helper changing.
//
// Never a secret: a request's command line holds none (passphrases come on a descriptor).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace sanitize::cli {

enum class HelperEvent {
    request,  // a request as it arrived, before any check
    refused,  // the helper said no: nothing was done
    ended,    // the command ran; its exit code says how it went
};

struct HelperLogEntry {
    HelperEvent event = HelperEvent::request;
    uid_t uid = 0;  // the person who asked (PKEXEC_UID), not root
    std::string command;               // "wipe", "prepare", …; "" when the line did not parse
    std::vector<std::string> targets;  // the devices named; for prepare also the folder
    std::string outcome;               // refused: the reason's name; ended: "exit N"
};

using HelperLog = std::function<void(const HelperLogEntry& entry)>;

// One line, control characters escaped so that a target's name cannot forge a second entry:
// "request uid=1001 command=wipe targets=/dev/sdb".
std::string helper_log_line(const HelperLogEntry& entry);

// syslog(3), facility authpriv (where pkexec logs the authorisation itself), identity
// "sanitize-helper": the system journal where journald runs.
void log_to_system_journal(const HelperLogEntry& entry);

}  // namespace sanitize::cli
