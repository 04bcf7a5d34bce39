// The options of `sanitize purge`, added to the command line by app.cpp.
#pragma once

#include "app.hpp"

namespace CLI {
class App;
}

namespace sanitize::cli {

void add_purge(CLI::App& app, const Messages& messages, PurgeArgs& args);

// A purge detail or availability reason code in words; unknown codes are shown as they are.
std::string purge_reason_text(const Messages& messages, std::string_view code);

}  // namespace sanitize::cli
