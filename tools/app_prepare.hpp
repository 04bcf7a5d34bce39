// The options of `sanitize prepare`, added to the command line by app.cpp.
#pragma once

#include "app.hpp"

namespace CLI {
class App;
}

namespace sanitize::cli {

void add_prepare(CLI::App& app, const Messages& messages, PrepareArgs& args);

}  // namespace sanitize::cli
