// `sanitize key …`: placeholder until the command lands (the parser does not offer it yet).
#include "commands.hpp"

namespace sanitize::cli {

ExitCode run_key(const KeyArgs& /*args*/, const Context& /*context*/) { return ExitCode::usage; }

}  // namespace sanitize::cli
