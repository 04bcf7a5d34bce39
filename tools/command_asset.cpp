// `sanitize asset …`: placeholder until the command lands (the parser does not offer it yet).
#include "commands.hpp"

namespace sanitize::cli {

ExitCode run_asset(const AssetArgs& /*args*/, const Context& /*context*/) { return ExitCode::usage; }

}  // namespace sanitize::cli
