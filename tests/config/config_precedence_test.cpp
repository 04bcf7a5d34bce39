// option > environment > user file > site file > built-in default, each value with its origin.
#include <catch2/catch.hpp>

#include "config_test_support.hpp"

using namespace sanitize;
using config::Problem;
using config::Setting;
using config::Source;

namespace {

const std::string site_path = "/etc/sanitize/sanitize.conf";
const std::string user_path = "/home/staff/.config/sanitize/sanitize.conf";

config::ResolveOptions layers(const test::FakeEnvironment& environment) {
    config::ResolveOptions options;
    options.site = config::parse_file("method = dod-3\nverify = all\nlanguage = en\nledger = /srv/ledger.db\n"
                                      "organisation = 本社\n",
                                      Source::site_file, site_path);
    options.user = config::parse_file("verify = sample:20\nlanguage = ja\nledger = ~/ledger.db\n", Source::user_file,
                                      user_path);
    options.getenv_fn = environment.getenv();
    options.built_in = {{Setting::method, "random"}, {Setting::verify, "last"}, {Setting::key, "/home/staff/op.key"}};
    return options;
}

}  // namespace

TEST_CASE("config: each layer beats the ones below it, and the value says where it came from", "[config]") {
    test::FakeEnvironment environment{{{"HOME", "/home/staff"}, {"SANITIZE_LANG", "en"}, {"SANITIZE_LEDGER", "env.db"}}};
    config::ResolveOptions options = layers(environment);
    options.options = {{Setting::ledger, "option.db"}};
    options.option_names = {{Setting::ledger, "--ledger"}};
    const config::Resolved resolved = config::resolve(options);
    REQUIRE(resolved.problems.empty());
    const config::Settings& s = resolved.settings;

    // built-in default: nothing above sets the key
    CHECK(s[Setting::key].text == "/home/staff/op.key");
    CHECK(s[Setting::key].origin.source == Source::built_in);
    // site file over the built-in default
    CHECK(s[Setting::method].text == "dod-3");
    CHECK(s[Setting::method].origin.source == Source::site_file);
    CHECK(s[Setting::method].origin.name == site_path);
    CHECK(s[Setting::method].origin.line == 1);
    CHECK(s[Setting::organisation].text == "本社");
    // user file over the site file
    CHECK(s[Setting::verify].text == "sample:20");
    CHECK(s[Setting::verify].origin.source == Source::user_file);
    CHECK(s[Setting::verify].origin.name == user_path);
    CHECK(s[Setting::verify].origin.line == 1);
    // environment over the user file
    CHECK(s[Setting::language].text == "en");
    CHECK(s[Setting::language].origin.source == Source::environment);
    CHECK(s[Setting::language].origin.name == "SANITIZE_LANG");
    // option over the environment; a relative path is fine outside files
    CHECK(s[Setting::ledger].text == "option.db");
    CHECK(s[Setting::ledger].origin.source == Source::option);
    CHECK(s[Setting::ledger].origin.name == "--ledger");
    // nothing anywhere: not set
    CHECK(s[Setting::department].text.empty());
    CHECK(s[Setting::department].origin.source == Source::built_in);
}

TEST_CASE("config: each layer removed in turn hands the setting to the next one down", "[config]") {
    test::FakeEnvironment environment{{{"HOME", "/home/staff"}, {"SANITIZE_LEDGER", "/env/ledger.db"}}};
    config::ResolveOptions options = layers(environment);
    options.options = {{Setting::ledger, "/option/ledger.db"}};
    CHECK(config::resolve(options).settings[Setting::ledger].text == "/option/ledger.db");
    options.options.clear();
    CHECK(config::resolve(options).settings[Setting::ledger].text == "/env/ledger.db");
    environment.variables.erase("SANITIZE_LEDGER");
    CHECK(config::resolve(options).settings[Setting::ledger].text == "/home/staff/ledger.db");
    options.user = {};
    CHECK(config::resolve(options).settings[Setting::ledger].text == "/srv/ledger.db");
    options.site = {};
    CHECK(config::resolve(options).settings[Setting::ledger].text.empty());
}

TEST_CASE("config: an empty variable is unset, as the commands always read them", "[config]") {
    test::FakeEnvironment environment{{{"HOME", "/home/staff"}, {"SANITIZE_METHOD", ""}}};
    const config::Resolved resolved = config::resolve(layers(environment));
    CHECK(resolved.problems.empty());
    CHECK(resolved.settings[Setting::method].origin.source == Source::site_file);
}

TEST_CASE("config: a bad value in a higher layer is reported and the next layer decides", "[config]") {
    test::FakeEnvironment environment{{{"HOME", "/home/staff"}, {"SANITIZE_METHOD", "shred"}}};
    config::ResolveOptions options = layers(environment);
    options.options = {{Setting::verify, "sometimes"}};
    options.option_names = {{Setting::verify, "--verify"}};
    const config::Resolved resolved = config::resolve(options);
    REQUIRE(resolved.problems.size() == 2);
    CHECK(resolved.problems[0].problem == Problem::bad_method);
    CHECK(resolved.problems[0].where.source == Source::environment);
    CHECK(resolved.problems[0].where.name == "SANITIZE_METHOD");
    CHECK(resolved.problems[1].problem == Problem::bad_verify);
    CHECK(resolved.problems[1].where.name == "--verify");
    CHECK(resolved.settings[Setting::method].text == "dod-3");
    CHECK(resolved.settings[Setting::verify].text == "sample:20");
}

TEST_CASE("config: a password in a ledger URL is refused in files, allowed but never shown elsewhere", "[config]") {
    test::FakeEnvironment environment{{{"SANITIZE_LEDGER", "postgresql://clerk:s3cret@db/assets"}}};
    config::ResolveOptions options;
    options.getenv_fn = environment.getenv();
    const config::Resolved resolved = config::resolve(options);
    CHECK(resolved.problems.empty());
    const config::Value& ledger = resolved.settings[Setting::ledger];
    CHECK(ledger.text == "postgresql://clerk:s3cret@db/assets");  // the commands need it
    CHECK(config::shown_value(Setting::ledger, ledger.text) == "postgresql://clerk:***@db/assets");
    CHECK(config::shown_value(Setting::ledger, "postgresql://clerk@db/assets") == "postgresql://clerk@db/assets");
    CHECK(config::shown_value(Setting::department, "a:b@c") == "a:b@c");
}

TEST_CASE("config: where the two files are, from the environment handed in", "[config]") {
    test::FakeEnvironment environment{{{"HOME", "/home/staff"}}};
    CHECK(config::user_file_path(environment.getenv()) == "/home/staff/.config/sanitize/sanitize.conf");
    environment.variables["XDG_CONFIG_HOME"] = "relative/ignored";
    CHECK(config::user_file_path(environment.getenv()) == "/home/staff/.config/sanitize/sanitize.conf");
    environment.variables["XDG_CONFIG_HOME"] = "/home/staff/xdg";
    CHECK(config::user_file_path(environment.getenv()) == "/home/staff/xdg/sanitize/sanitize.conf");
    CHECK(config::user_file_path(test::FakeEnvironment{}.getenv()).empty());

    CHECK(config::site_file_path(environment.getenv()).ends_with("/sanitize/sanitize.conf"));
    environment.variables["SANITIZE_SITE_CONFIG"] = "/tmp/new-site.conf";
    CHECK(config::site_file_path(environment.getenv()) == "/tmp/new-site.conf");
}
