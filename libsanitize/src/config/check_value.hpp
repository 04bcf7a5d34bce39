// The checks of one setting's value, the same for every layer but for what only files must obey
// (absolute paths, no passwords).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "sanitize/config.hpp"

namespace sanitize::config::detail {

struct Checked {
    std::string text;                // the value to use: "~/" expanded in files
    std::optional<Problem> problem;  // set: the value must not be used
};

// `home` expands "~/" in files; empty when the environment names no home.
Checked check_value(Setting setting, std::string_view value, Source source, std::string_view home);

// postgresql://user:PASSWORD@host/db or …?password=…: what must not sit in a shared file.
bool url_has_password(std::string_view url) noexcept;
// The URL with its password (either spelling) replaced with "***".
std::string hide_password(std::string_view url);

}  // namespace sanitize::config::detail
