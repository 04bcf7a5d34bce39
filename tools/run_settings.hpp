// The settings in force for this run of the CLI: the front end's part of jobs::settings_in_force
// (sanitize/jobs/settings.hpp). main resolves them once, before the command line is parsed, so
// that the configured language words even the help, and the configured method, verification,
// certificate directory, department and organisation become the options' defaults: an option
// given on the command line still wins.
#pragma once

#include <optional>

#include "messages.hpp"
#include "sanitize/jobs/settings.hpp"

namespace sanitize::cli {

struct Invocation;

// Reads the site and user files with this process's environment and user id; `lang_option` is
// --lang when given.
jobs::SettingsInForce settings_for_run(const std::optional<Lang>& lang_option);

// The configured language (the locale's when nothing configures one).
Lang language_in_force(const jobs::SettingsInForce& settings);

// Fills the defaults of the options the settings configure, before parsing.
void apply_configured_defaults(const config::Settings& settings, Invocation& invocation);

// Every problem of the files, the environment and the options, with its place; false if any.
bool report_settings_problems(const jobs::SettingsInForce& settings, const Messages& messages);

}  // namespace sanitize::cli
