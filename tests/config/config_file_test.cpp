// The file format of sanitize.conf and every problem a file, a variable or an option can have.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <sstream>

#include "config_test_support.hpp"
#include "sanitize/files.hpp"
#include "temp_dir.hpp"

using namespace sanitize;
using config::Problem;
using config::Setting;
using config::Source;

TEST_CASE("config: a file of comments, blanks and key = value lines in UTF-8", "[config]") {
    const std::string text =
        "\xEF\xBB\xBF# サイト設定\r\n"
        "; another comment\n"
        "\n"
        "   organisation =   デモ株式会社 本社  \r\n"
        "ledger=postgresql://ledger.example/assets#main\n"
        "  method = nist-clear\n"
        "verify = sample:20";  // no final line break
    const config::FileSettings file = config::parse_file(text, Source::site_file, "site.conf");
    CHECK(file.problems.empty());
    REQUIRE(file.values.size() == 4);
    CHECK(file.values.at(Setting::organisation).text == "デモ株式会社 本社");
    CHECK(file.values.at(Setting::organisation).origin.line == 4);
    CHECK(file.values.at(Setting::organisation).origin.name == "site.conf");
    CHECK(file.values.at(Setting::organisation).origin.source == Source::site_file);
    // A # after the start of a line is part of the value.
    CHECK(file.values.at(Setting::ledger).text == "postgresql://ledger.example/assets#main");
    CHECK(file.values.at(Setting::method).text == "nist-clear");
    CHECK(file.values.at(Setting::verify).origin.line == 7);
}

TEST_CASE("config: every key of every setting is read back under its own name", "[config]") {
    for (const Setting setting : config::all_settings()) {
        const std::string key(config::key_of(setting));
        INFO(key);
        CHECK(config::setting_named(key) == setting);
        CHECK(config::environment_variable(setting).starts_with("SANITIZE_"));
    }
    CHECK(config::all_settings().size() == config::setting_count);
    CHECK_FALSE(config::setting_named("verfy"));
}

namespace {

struct BadLine {
    std::string text;
    Problem problem;
    int line;
    std::string key;
    std::string value;
};

}  // namespace

TEST_CASE("config: each problem of a site file is named with its line, and the value is not used", "[config]") {
    const std::vector<BadLine> cases{
        {"# ok\nledger /var/lib/sanitize/ledger.db\n", Problem::missing_equals, 2, "", "ledger /var/lib/sanitize/ledger.db"},
        {"verfy = all\n", Problem::unknown_setting, 1, "verfy", "all"},
        {"method = zero\n\nmethod = random\n", Problem::repeated_setting, 3, "method", "random"},
        {"organisation = \xff\xfe\n", Problem::not_utf8, 1, "", ""},
        {"department =\n", Problem::empty_value, 1, "department", ""},
        {"department = 総務\x1b[31m\n", Problem::control_character, 1, "department", "総務\x1b[31m"},
        {"certificate_dir = certificates\n", Problem::not_absolute, 1, "certificate_dir", "certificates"},
        {"ledger = ledger.db\n", Problem::not_absolute, 1, "ledger", "ledger.db"},
        {"ledger = mysql://db/assets\n", Problem::bad_ledger, 1, "ledger", "mysql://db/assets"},
        {"ledger = postgresql://clerk:s3cret@db/assets\n", Problem::password_in_file, 1, "ledger",
         "postgresql://clerk:***@db/assets"},
        {"ledger = postgresql://db/assets?sslmode=require&password=s3cret\n", Problem::password_in_file, 1, "ledger",
         "postgresql://db/assets?sslmode=require&password=***"},
        {"method = shred\n", Problem::bad_method, 1, "method", "shred"},
        {"verify = sample:5\n", Problem::bad_verify, 1, "verify", "sample:5"},
        {"language = fr\n", Problem::bad_language, 1, "language", "fr"},
        {"unattended = maybe\n", Problem::bad_unattended, 1, "unattended", "maybe"},
        {"auditor_recipients = age1notakey\n", Problem::bad_recipient, 1, "auditor_recipients", "age1notakey"},
        {"auditor_recipients = age1v792nwmmknqzj5zru6qgygtlx2kals5z8j7ntgmf783h0jx4896qdm84w4 ssh-ed25519\n",
         Problem::bad_recipient, 1, "auditor_recipients",
         "age1v792nwmmknqzj5zru6qgygtlx2kals5z8j7ntgmf783h0jx4896qdm84w4 ssh-ed25519"},
    };
    for (const BadLine& bad : cases) {
        INFO(bad.text);
        const config::Resolved resolved = test::resolve_site_text(bad.text);
        REQUIRE(resolved.problems.size() == 1);
        const config::Diagnostic& problem = resolved.problems.front();
        CHECK(problem.problem == bad.problem);
        CHECK(problem.where.source == Source::site_file);
        CHECK(problem.where.name == "/etc/sanitize/sanitize.conf");
        CHECK(problem.where.line == bad.line);
        CHECK(problem.key == bad.key);
        CHECK(problem.value == bad.value);
        // The rejected value is never the one in force (a repeated key: the first one is).
        if (bad.problem == Problem::repeated_setting) {
            CHECK(resolved.settings[Setting::method].origin.line == 1);
            continue;
        }
        for (const Setting setting : config::all_settings()) {
            CHECK(resolved.settings[setting].origin.source == Source::built_in);
        }
    }
}

TEST_CASE("config: several problems of one file are all listed, the good lines still count", "[config]") {
    const config::Resolved resolved = test::resolve_site_text("verfy = all\nmethod = zero\nlanguage = de\n");
    REQUIRE(resolved.problems.size() == 2);
    CHECK(resolved.problems[0].problem == Problem::unknown_setting);
    CHECK(resolved.problems[1].problem == Problem::bad_language);
    CHECK(resolved.problems[1].where.line == 3);
    CHECK(resolved.settings[Setting::method].text == "zero");
}

TEST_CASE("config: \"~/\" in a file is the home of whoever runs, and needs one", "[config]") {
    const config::Resolved resolved = test::resolve_site_text("certificate_dir = ~/証明書\nkey = /etc/keys/op.key\n");
    CHECK(resolved.problems.empty());
    CHECK(resolved.settings[Setting::certificate_dir].text == "/home/staff/証明書");
    CHECK(resolved.settings[Setting::key].text == "/etc/keys/op.key");

    config::ResolveOptions no_home;
    no_home.site = config::parse_file("checkpoint_dir = ~/cp\n", Source::site_file, "site.conf");
    const config::Resolved homeless = config::resolve(no_home);
    REQUIRE(homeless.problems.size() == 1);
    CHECK(homeless.problems[0].problem == Problem::no_home);
}

TEST_CASE("config: reading files: none is nothing, a directory or a huge file is a problem", "[config]") {
    test::TempDir dir("sanitize-config");
    CHECK(config::read_file(Source::user_file, dir.file("missing.conf")).problems.empty());
    CHECK(config::read_file(Source::user_file, dir.file("missing.conf")).values.empty());

    const config::FileSettings directory = config::read_file(Source::user_file, dir.path());
    REQUIRE(directory.problems.size() == 1);
    CHECK(directory.problems[0].problem == Problem::file_unreadable);
    CHECK(directory.problems[0].where.line == 0);
    CHECK(directory.problems[0].sys_errno != 0);

    std::ofstream(dir.file("huge.conf")) << std::string(config::max_file_bytes + 1, '#');
    const config::FileSettings huge = config::read_file(Source::site_file, dir.file("huge.conf"));
    REQUIRE(huge.problems.size() == 1);
    CHECK(huge.problems[0].problem == Problem::file_too_large);

    std::ofstream(dir.file("user.conf")) << "language = ja\n";
    const config::FileSettings user = config::read_file(Source::user_file, dir.file("user.conf"));
    CHECK(user.problems.empty());
    CHECK(user.values.at(Setting::language).origin.name == dir.file("user.conf"));
}

TEST_CASE("config: a file that cannot be read is named with the reason", "[config]") {
    if (::geteuid() == 0) {
        WARN("skipped: root reads files whatever their mode (the directory case above runs)");
        return;
    }
    test::TempDir dir("sanitize-config");
    std::ofstream(dir.file("secret.conf")) << "language = ja\n";
    ::chmod(dir.file("secret.conf").c_str(), 0);
    const config::FileSettings file = config::read_file(Source::site_file, dir.file("secret.conf"));
    REQUIRE(file.problems.size() == 1);
    CHECK(file.problems[0].problem == Problem::file_unreadable);
    CHECK(file.problems[0].sys_errno == EACCES);
}

TEST_CASE("config: every problem code has a stable name", "[config]") {
    for (int code = 0; code <= static_cast<int>(Problem::bad_recipient); ++code) {
        CHECK(config::problem_name(static_cast<Problem>(code)) != "unknown");
    }
}

TEST_CASE("config: the shipped site file sets nothing, and each example in it is valid", "[config]") {
    const std::string path = std::string(SANITIZE_SOURCE_DIR) + "/tools/data/sanitize.conf";
    const Result<std::string> read = files::read_small_file(path, config::max_file_bytes);
    REQUIRE(read);
    const std::string& text = *read;
    const config::Resolved as_shipped = test::resolve_site_text(text);
    CHECK(as_shipped.problems.empty());
    for (const Setting setting : config::all_settings()) {
        CHECK(as_shipped.settings[setting].origin.source == Source::built_in);
    }
    // "#key = value" lines uncommented: every setting is shown once, with a valid value.
    std::string uncommented;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with('#') && line.find(" = ") != std::string::npos && line.find(' ') > line.find('=') - 2) {
            uncommented += line.substr(1) + "\n";
        }
    }
    const config::Resolved examples = test::resolve_site_text(uncommented);
    CHECK(examples.problems.empty());
    for (const Setting setting : config::all_settings()) {
        INFO(config::key_of(setting));
        CHECK(examples.settings[setting].origin.source == Source::site_file);
    }
}
