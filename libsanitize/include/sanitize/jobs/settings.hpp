// The settings in force for one run: the site file, the user's file, the environment, what the
// command line gave and the built-in defaults, resolved in ONE place for every front end.
//
// The paths (ledger, key, checkpoints) go through resolve_paths (paths.hpp) with the files as
// its PathSource::configuration layer, between the environment and the built-in defaults; the
// other settings (method, verification, language, organisation, …) come from config::resolve.
// Both agree by construction: a test checks it.
//
// The library still reads no environment and no argv of its own: the front end hands in getenv,
// its user id, its options and its own defaults; only the two files are read here.
#pragma once

#include <map>
#include <string>

#include "sanitize/config.hpp"
#include "sanitize/jobs/paths.hpp"

namespace sanitize::jobs {

struct SettingsRequest {
    config::Getenv getenv_fn;   // the process's environment (std::getenv), or a test's
    unsigned effective_uid = 0;  // decides the built-in checkpoint directory (builtin_paths)
    std::map<config::Setting, std::string> options;       // what the command line gave
    std::map<config::Setting, std::string> option_names;  // "--ledger": names options in origins
    // The front end's defaults for settings other than the paths (method, verify, language, …);
    // the paths' defaults are builtin_paths' and need not be given.
    std::map<config::Setting, std::string> built_in;
};

struct SettingsInForce {
    std::string site_file;   // the site file read (it may not exist)
    std::string user_file;   // the user's file read; empty: the environment names no home
    config::Resolved resolved;  // every setting with its origin, and every problem found
    Paths paths;                // ledger, key and checkpoint directory, with their PathSource
    bool ok() const noexcept { return resolved.problems.empty(); }
};

// Reads the files and resolves every layer. Problems are listed, not fatal: the front end shows
// them (file and line) and refuses to go on.
SettingsInForce settings_in_force(const SettingsRequest& request);

// The paths a file named, as one PathLayer (PathSource::configuration); nothing for a path that
// came from another layer.
PathLayer configuration_layer(const config::Settings& settings);

}  // namespace sanitize::jobs
