// Where the ledger, the key and the checkpoints are when nobody says (jobs/paths.hpp): one rule
// for every front end, handed the environment and the user id, never reading them itself.
#include <catch2/catch.hpp>

#include <map>
#include <string>

#include "sanitize/jobs/paths.hpp"
#include "temp_dir.hpp"

using namespace sanitize;

namespace {

jobs::Getenv environment(std::map<std::string, std::string> values) {
    return [values = std::move(values)](const char* name) -> const char* {
        const auto found = values.find(name);
        return found == values.end() ? nullptr : found->second.c_str();
    };
}

}  // namespace

TEST_CASE("paths: XDG directories for a person, /var/lib for root's checkpoints", "[paths]") {
    const jobs::Paths user = jobs::default_paths(environment({{"HOME", "/home/hanako"}}), 1000);
    CHECK(user.ledger.value == "/home/hanako/.local/share/sanitize/ledger.db");
    CHECK(user.key_file.value == "/home/hanako/.config/sanitize/operator.key");
    CHECK(user.checkpoint_dir.value == "/home/hanako/.local/state/sanitize/checkpoints");
    CHECK_FALSE(user.ledger.named());

    const jobs::Paths xdg = jobs::default_paths(
        environment({{"HOME", "/home/hanako"}, {"XDG_DATA_HOME", "/data"}, {"XDG_CONFIG_HOME", "relative/ignored"},
                     {"XDG_STATE_HOME", "/state"}}),
        1000);
    CHECK(xdg.ledger.value == "/data/sanitize/ledger.db");
    CHECK(xdg.key_file.value == "/home/hanako/.config/sanitize/operator.key");  // relative XDG values are ignored
    CHECK(xdg.checkpoint_dir.value == "/state/sanitize/checkpoints");

    const jobs::Paths root = jobs::default_paths(environment({{"HOME", "/root"}, {"XDG_STATE_HOME", "/state"}}), 0);
    CHECK(root.checkpoint_dir.value == "/var/lib/sanitize/checkpoints");
    CHECK(root.ledger.value == "/root/.local/share/sanitize/ledger.db");
}

TEST_CASE("paths: an option over the environment over the defaults, each saying where it came from", "[paths]") {
    const jobs::Getenv env = environment({{"HOME", "/home/taro"}, {"SANITIZE_LEDGER", "postgresql://ledger/office"},
                                          {"SANITIZE_KEY", ""}, {"SANITIZE_CHECKPOINT_DIR", "/srv/checkpoints"}});
    const jobs::Paths defaults = jobs::default_paths(env, 1000);
    CHECK(defaults.ledger.value == "postgresql://ledger/office");
    CHECK(defaults.ledger.source == jobs::PathSource::environment);
    CHECK(defaults.key_file.value == "/home/taro/.config/sanitize/operator.key");  // empty means unset
    CHECK(defaults.key_file.source == jobs::PathSource::builtin);
    CHECK(defaults.checkpoint_dir.value == "/srv/checkpoints");

    // A site file is one more layer, below the environment; an option is above everything.
    const jobs::PathLayer layers[] = {
        {jobs::PathSource::option, std::nullopt, std::string("/tmp/other.key"), std::nullopt},
        {jobs::PathSource::configuration, std::string("/etc/ledger.db"), std::string("/etc/site.key"), std::string("/site")}};
    const jobs::Paths resolved = jobs::resolve_paths(defaults, layers);
    CHECK(resolved.key_file.value == "/tmp/other.key");
    CHECK(resolved.key_file.source == jobs::PathSource::option);
    CHECK(resolved.ledger.value == "/etc/ledger.db");
    CHECK(resolved.ledger.source == jobs::PathSource::configuration);
    CHECK(jobs::public_key_file_for(resolved.key_file.value) == "/tmp/other.key.pub");
}

TEST_CASE("paths: the default ledger is used only when it exists, a named one always", "[paths]") {
    sanitize::test::TempDir dir("sanitize-paths");
    const jobs::ResolvedPath missing{dir.file("ledger.db"), jobs::PathSource::builtin};
    CHECK_FALSE(jobs::ledger_in_use(missing, false));
    const jobs::ResolvedPath named{dir.file("ledger.db"), jobs::PathSource::option};
    CHECK(jobs::ledger_in_use(named, false) == dir.file("ledger.db"));
    CHECK_FALSE(jobs::ledger_in_use(named, true));  // --no-ledger
    const jobs::ResolvedPath existing{dir.path(), jobs::PathSource::builtin};
    CHECK(jobs::ledger_in_use(existing, false) == dir.path());
}
