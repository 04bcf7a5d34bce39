// A fake environment for the configuration tests: the library reads only what it is handed.
#pragma once

#include <map>
#include <string>

#include "sanitize/config.hpp"

namespace sanitize::test {

struct FakeEnvironment {
    std::map<std::string, std::string> variables;

    config::Getenv getenv() const {
        return [this](const char* name) -> const char* {
            const auto found = variables.find(name);
            return found == variables.end() ? nullptr : found->second.c_str();
        };
    }
};

// Resolves a site file's text alone (no user file, no options), with HOME=/home/staff.
inline config::Resolved resolve_site_text(const std::string& text) {
    static const FakeEnvironment environment{{{"HOME", "/home/staff"}}};
    config::ResolveOptions options;
    options.site = config::parse_file(text, config::Source::site_file, "/etc/sanitize/sanitize.conf");
    options.getenv_fn = environment.getenv();
    return config::resolve(options);
}

}  // namespace sanitize::test
