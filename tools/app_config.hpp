// The options of `sanitize config show`, added to the command line by app.cpp.
#pragma once

#include "app.hpp"

namespace CLI {
class App;
}

namespace sanitize::cli {

void add_config(CLI::App& app, const Messages& messages, ConfigArgs& args);

}  // namespace sanitize::cli
