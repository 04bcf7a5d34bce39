// Shell completion for bash and zsh, generated from the CLI11 option table itself, so that it
// cannot drift from what the program accepts (tests/cli/completion_test.sh compares it with
// `--help` of every command). The build writes both scripts with the hidden option
// `sanitize --completion bash|zsh`, and the package installs them.
#pragma once

#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace sanitize::cli {

// Adds the hidden `--completion SHELL` to the finished top-level app: it prints the script and
// ends the parse like --version does.
void add_completion_option(CLI::App& app);

// The completion script of `app` and every command below it, for "bash" or "zsh".
std::string completion_script(const CLI::App& app, std::string_view shell);

}  // namespace sanitize::cli
