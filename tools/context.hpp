// What every command gets from main: the language, the stop request, the diagnostics and the
// settings in force (run_settings.hpp), the system journal.
#pragma once

#include <stop_token>

#include "diagnostics.hpp"
#include "messages.hpp"
#include "sanitize/jobs/settings.hpp"
#include "system_log.hpp"

namespace sanitize::cli {

struct Context {
    const Messages& messages;
    Diagnostics& diagnostics;
    std::stop_token stop;
    // A front end reads stdout as the helper protocol (--json-progress): errors go there too, as
    // {"error": …} lines (sanitize/protocol.hpp), besides the words on stderr.
    bool protocol = false;
    // The site and user files, the environment and the built-in defaults, resolved once by main;
    // the commands put their own options over settings.paths (ledger_access.hpp).
    const jobs::SettingsInForce& settings;
    // The system journal (system_log.hpp) and the uid of the person it names: the caller's
    // through pkexec, else this process's.
    const SystemLog& journal;
    unsigned invoking_uid = 0;

    void log(JournalEvent event, std::initializer_list<JournalField> fields) const {
        journal.record(event, invoking_uid, fields);
    }
};

}  // namespace sanitize::cli
