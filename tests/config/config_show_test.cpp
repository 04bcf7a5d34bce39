// `sanitize config show`: the real CLI, with a site file named by SANITIZE_SITE_CONFIG and a
// user file under a temporary XDG_CONFIG_HOME, so that no file of this machine is read.
#include <catch2/catch.hpp>

#include <fstream>

#include <nlohmann/json.hpp>

#include "run_process.hpp"
#include "temp_dir.hpp"

using namespace sanitize;

namespace {

struct Workstation {
    test::TempDir dir{"sanitize-config-show"};

    Workstation() { std::filesystem::create_directories(dir.file("xdg/sanitize")); }
    std::string site() const { return dir.file("site.conf"); }
    std::string user() const { return dir.file("xdg/sanitize/sanitize.conf"); }

    test::ProcessResult show(std::vector<std::string> arguments, std::vector<std::string> environment = {}) const {
        std::vector<std::string> argv{SANITIZE_CLI_PATH, "config", "show"};
        argv.insert(argv.end(), arguments.begin(), arguments.end());
        std::vector<std::string> env{"SANITIZE_SITE_CONFIG=" + site(), "XDG_CONFIG_HOME=" + dir.file("xdg"),
                                     "HOME=" + dir.path(), "LANG=C.UTF-8", "LC_ALL=", "LC_MESSAGES=",
                                     "SANITIZE_LEDGER=", "SANITIZE_METHOD=", "SANITIZE_VERIFY=", "SANITIZE_LANG=",
                                     "SANITIZE_ORGANISATION=", "SANITIZE_KEY=", "SANITIZE_CHECKPOINT_DIR=",
                                     "SANITIZE_CERTIFICATE_DIR=", "SANITIZE_DEPARTMENT="};
        env.insert(env.end(), environment.begin(), environment.end());
        return test::run_process(argv, {.stdin_text = "", .extra_env = env, .working_directory = ""});
    }
};

// The table's line of one setting.
std::string line_of(const std::string& table, const std::string& key) {
    for (std::size_t at = 0; at < table.size();) {
        const std::size_t end = table.find('\n', at);
        const std::string line = table.substr(at, end - at);
        if (line.starts_with(key + " ")) return line;
        at = end == std::string::npos ? table.size() : end + 1;
    }
    return {};
}

}  // namespace

TEST_CASE("config show: each setting with its value and where it came from", "[config][cli]") {
    Workstation station;
    std::ofstream(station.site()) << "# site\norganisation = デモ株式会社\nmethod = nist-clear\nverify = all\n";
    std::ofstream(station.user()) << "verify = sample:20\n";
    const test::ProcessResult r = station.show({}, {"SANITIZE_LEDGER=/srv/ledger.db"});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    CHECK(line_of(r.out, "organisation").find("デモ株式会社") != std::string::npos);
    CHECK(line_of(r.out, "organisation").ends_with("site file " + station.site() + ":2"));
    CHECK(line_of(r.out, "method").ends_with("site file " + station.site() + ":3"));
    CHECK(line_of(r.out, "verify").find("sample:20") != std::string::npos);
    CHECK(line_of(r.out, "verify").ends_with("user file " + station.user() + ":1"));
    CHECK(line_of(r.out, "ledger").ends_with("environment SANITIZE_LEDGER"));
    CHECK(line_of(r.out, "department").find("(not set)") != std::string::npos);
    CHECK(line_of(r.out, "checkpoint_dir").ends_with("built-in default"));
    CHECK(line_of(r.out, "language").ends_with("built-in default"));
    CHECK(r.out.find("site file: " + station.site()) != std::string::npos);
}

TEST_CASE("config show --json: one object with every setting, versioned", "[config][cli]") {
    Workstation station;
    std::ofstream(station.site()) << "language = ja\n";
    const test::ProcessResult r = station.show({"--json", "--lang", "en"});
    INFO(r.out << r.err);
    REQUIRE(r.exit_code == 0);
    const nlohmann::json j = nlohmann::json::parse(r.out);
    CHECK(j.at("schema") == "sanitize.config/1");
    CHECK(j.at("site_file") == station.site());
    CHECK(j.at("user_file") == station.user());
    CHECK(j.at("settings").size() == 11);  // auditor_recipients is the eleventh
    CHECK(j.at("settings").at("language").at("value") == "en");
    CHECK(j.at("settings").at("language").at("source") == "option");
    CHECK(j.at("settings").at("language").at("origin") == "--lang");
    CHECK(j.at("settings").at("method").at("source") == "built_in");
    CHECK(j.at("settings").at("method").at("value") == "random");
    CHECK(j.at("settings").at("organisation").at("value").is_null());
    CHECK(j.at("problems").empty());
}

TEST_CASE("config show: a bad site file is an error naming file and line, in either language", "[config][cli]") {
    Workstation station;
    std::ofstream(station.site()) << "verfy = all\nledger = postgresql://clerk:s3cret@db/assets\n";
    const test::ProcessResult r = station.show({});
    INFO(r.out << r.err);
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("sanitize: error: " + station.site() + ":1: unknown setting 'verfy'") != std::string::npos);
    CHECK(r.err.find("sanitize: hint: settings: organisation, department, ledger") != std::string::npos);
    CHECK(r.err.find(station.site() + ":2: 'ledger': the URL holds a password") != std::string::npos);
    CHECK(r.err.find("s3cret") == std::string::npos);
    CHECK(r.out.find("s3cret") == std::string::npos);
    CHECK(line_of(r.out, "ledger").ends_with("built-in default"));  // the bad line is not used

    const test::ProcessResult ja = station.show({"--lang", "ja"});
    CHECK(ja.exit_code == 2);
    CHECK(ja.err.find("sanitize: エラー: " + station.site() + ":1: 不明な設定 'verfy'") != std::string::npos);

    const test::ProcessResult json = station.show({"--json"});
    CHECK(json.exit_code == 2);
    const nlohmann::json problems = nlohmann::json::parse(json.out).at("problems");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].at("problem") == "unknown_setting");
    CHECK(problems[0].at("line") == 1);
    CHECK(problems[1].at("value") == "postgresql://clerk:***@db/assets");
}

TEST_CASE("config show: a password given in the environment works but is never shown", "[config][cli]") {
    Workstation station;
    const test::ProcessResult r = station.show({}, {"SANITIZE_LEDGER=postgresql://clerk:s3cret@db/assets"});
    CHECK(r.exit_code == 0);
    CHECK(line_of(r.out, "ledger").find("postgresql://clerk:***@db/assets") != std::string::npos);
    CHECK(r.out.find("s3cret") == std::string::npos);
}
