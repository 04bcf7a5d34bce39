// What every command gets from main: the language, the stop request and the diagnostics.
#pragma once

#include <stop_token>

#include "diagnostics.hpp"
#include "messages.hpp"

namespace sanitize::cli {

struct Context {
    const Messages& messages;
    Diagnostics& diagnostics;
    std::stop_token stop;
    // A front end reads stdout as the helper protocol (--json-progress): errors go there too, as
    // {"error": …} lines (sanitize/protocol.hpp), besides the words on stderr.
    bool protocol = false;
};

}  // namespace sanitize::cli
