// How `sanitize config show` shows the resolved settings: a table for people, one JSON object
// for scripts (docs/report-format.md), and each problem as an error line with its place.
#pragma once

#include <string>
#include <vector>

#include "messages.hpp"
#include "sanitize/config.hpp"

namespace sanitize::cli {

// The two files that were read (user: empty when the environment names no home).
struct ConfigFiles {
    std::string site;
    std::string user;
};

std::string config_table(const config::Settings& settings, const ConfigFiles& files, const Messages& messages);
std::string config_json(const config::Resolved& resolved, const ConfigFiles& files);
// "sanitize: error: /etc/sanitize/sanitize.conf:3: unknown setting 'verfy'" and its hint.
void print_config_problem(const config::Diagnostic& problem, const Messages& messages);
// The same problem's words alone ("/etc/sanitize/sanitize.conf:3: unknown setting 'verfy'"), for
// a front end that prints its own lines (the station's station.conf).
std::string config_problem_text(const config::Diagnostic& problem, const Messages& messages);

}  // namespace sanitize::cli
