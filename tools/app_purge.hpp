// The options of `sanitize purge`, added to the command line by app.cpp.
#pragma once

#include "app.hpp"

namespace CLI {
class App;
}

namespace sanitize::cli {

void add_purge(CLI::App& app, const Messages& messages, PurgeArgs& args);

}  // namespace sanitize::cli
