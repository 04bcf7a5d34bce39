// jobs::settings_in_force: the one resolution both front ends use. The paths go through
// resolve_paths with the files as the PathSource::configuration layer, between the environment
// and the built-in defaults, and agree with config::resolve on every path.
#include <catch2/catch.hpp>

#include <fstream>

#include "config_test_support.hpp"
#include "sanitize/jobs/settings.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using config::Setting;
using jobs::PathSource;

namespace {

struct Station {
    test::TempDir dir{"sanitize-settings-in-force"};
    test::FakeEnvironment environment;

    Station() {
        std::filesystem::create_directories(dir.file("xdg/sanitize"));
        environment.variables = {{"HOME", dir.path()},
                                 {"XDG_CONFIG_HOME", dir.file("xdg")},
                                 {"SANITIZE_SITE_CONFIG", dir.file("site.conf")}};
        std::ofstream(dir.file("site.conf")) << "ledger = /srv/sanitize/ledger.db\nkey = /srv/sanitize/operator.key\n"
                                                "checkpoint_dir = /srv/sanitize/checkpoints\nmethod = zero\n";
    }
    void user_file(const std::string& text) const { std::ofstream(dir.file("xdg/sanitize/sanitize.conf")) << text; }

    jobs::SettingsInForce resolve(std::map<Setting, std::string> options = {}, unsigned uid = 1000) const {
        return jobs::settings_in_force({.getenv_fn = environment.getenv(),
                                        .effective_uid = uid,
                                        .options = std::move(options),
                                        .option_names = {},
                                        .built_in = {{Setting::method, "random"}}});
    }
};

// Every path as resolve_paths found it equals the value config::resolve found for it.
void check_agreement(const jobs::SettingsInForce& s) {
    CHECK(s.paths.ledger.value == s.resolved.settings[Setting::ledger].text);
    CHECK(s.paths.key_file.value == s.resolved.settings[Setting::key].text);
    CHECK(s.paths.checkpoint_dir.value == s.resolved.settings[Setting::checkpoint_dir].text);
}

}  // namespace

TEST_CASE("settings in force: the site file's paths are the configuration layer", "[config]") {
    Station station;
    const jobs::SettingsInForce s = station.resolve();
    REQUIRE(s.ok());
    CHECK(s.site_file == station.dir.file("site.conf"));
    CHECK(s.user_file == station.dir.file("xdg/sanitize/sanitize.conf"));
    CHECK(s.paths.ledger.value == "/srv/sanitize/ledger.db");
    CHECK(s.paths.ledger.source == PathSource::configuration);
    CHECK(s.paths.key_file.source == PathSource::configuration);
    CHECK(s.paths.checkpoint_dir.value == "/srv/sanitize/checkpoints");
    CHECK(s.resolved.settings[Setting::method].text == "zero");
    check_agreement(s);
}

TEST_CASE("settings in force: option > environment > user file > site file > built-in for the paths", "[config]") {
    Station station;
    station.user_file("ledger = ~/my-ledger.db\n");
    SECTION("the user's file over the site's") {
        const jobs::SettingsInForce s = station.resolve();
        CHECK(s.paths.ledger.value == station.dir.path() + "/my-ledger.db");
        CHECK(s.paths.ledger.source == PathSource::configuration);
        CHECK(s.resolved.settings[Setting::ledger].origin.source == config::Source::user_file);
        check_agreement(s);
    }
    SECTION("the environment over both files") {
        station.environment.variables["SANITIZE_LEDGER"] = "/tmp/env-ledger.db";
        const jobs::SettingsInForce s = station.resolve();
        CHECK(s.paths.ledger.value == "/tmp/env-ledger.db");
        CHECK(s.paths.ledger.source == PathSource::environment);
        check_agreement(s);
    }
    SECTION("an option over everything") {
        station.environment.variables["SANITIZE_LEDGER"] = "/tmp/env-ledger.db";
        const jobs::SettingsInForce s = station.resolve({{Setting::ledger, "/tmp/option.db"}});
        CHECK(s.paths.ledger.value == "/tmp/option.db");
        CHECK(s.paths.ledger.source == PathSource::option);
        check_agreement(s);
    }
    SECTION("the built-in defaults when no layer names a path") {
        std::ofstream(station.dir.file("site.conf")) << "method = zero\n";
        station.user_file("");
        const jobs::SettingsInForce root = station.resolve({}, 0);
        CHECK(root.paths.checkpoint_dir.value == "/var/lib/sanitize/checkpoints");
        CHECK(root.paths.checkpoint_dir.source == PathSource::builtin);
        CHECK(root.paths.key_file.value == station.dir.file("xdg/sanitize/operator.key"));
        check_agreement(root);
    }
}

TEST_CASE("settings in force: a bad line is listed with its place and its value is not used", "[config]") {
    Station station;
    std::ofstream(station.dir.file("site.conf")) << "ledger = /srv/ledger.db\ncheckpoint_dir = relative/dir\n";
    const jobs::SettingsInForce s = station.resolve();
    CHECK_FALSE(s.ok());
    REQUIRE(s.resolved.problems.size() == 1);
    CHECK(s.resolved.problems[0].problem == config::Problem::not_absolute);
    CHECK(s.resolved.problems[0].where.name == station.dir.file("site.conf"));
    CHECK(s.resolved.problems[0].where.line == 2);
    CHECK(s.paths.ledger.value == "/srv/ledger.db");
    CHECK(s.paths.checkpoint_dir.source == PathSource::builtin);
    check_agreement(s);
}
