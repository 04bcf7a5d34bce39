// The settings in force reach the real commands: a wipe named only by sanitize.conf writes its
// certificate and its ledger event where the file says, the precedence option > environment >
// user file > site file > built-in holds through the CLI, and a bad site file stops every
// command that reads it, with its file and line.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "office_fixture.hpp"

using namespace sanitize::test;
using nlohmann::json;

namespace {

// An office whose ledger and operator key are where a site file (and nothing else) says.
struct ConfiguredOffice : CliOffice {
    std::string site = dir.file("site.conf");
    std::string user = dir.file("home/.config/sanitize/sanitize.conf");
    std::string certs = dir.file("archive/certificates");
    std::string image = dir.file("disk.img");

    ConfiguredOffice() {
        open_office();
        std::filesystem::create_directories(certs);
        std::filesystem::create_directories(dir.file("home/.config/sanitize"));
        create_file(image, marker_text(256 * 1024));
        write_site("ledger = " + ledger + "\nkey = " + operator_key + "\ncertificate_dir = " + certs + "\n");
    }
    void write_site(const std::string& text) const { std::ofstream(site, std::ios::trunc) << text; }
    void write_user(const std::string& text) const { std::ofstream(user, std::ios::trunc) << text; }

    // The CLI with no ledger or key in the environment: only the files (and `environment`) name them.
    ProcessResult configured(std::vector<std::string> args, std::vector<std::string> environment = {}) const {
        std::vector<std::string> argv{SANITIZE_CLI_PATH};
        argv.insert(argv.end(), args.begin(), args.end());
        ProcessOptions options;
        options.extra_env = cli_environment();
        for (std::string variable : {"HOME=" + home, std::string("XDG_CONFIG_HOME="), "SANITIZE_SITE_CONFIG=" + site})
            options.extra_env.push_back(variable);
        options.extra_env.insert(options.extra_env.end(), environment.begin(), environment.end());
        options.working_directory = dir.path();
        return run_process(argv, options);
    }

    // The wipe report's method after an unrecorded wipe of the image.
    std::string method_used(std::vector<std::string> extra, std::vector<std::string> environment = {}) const {
        std::vector<std::string> args{"wipe", image, "--yes", "--no-ledger", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        const ProcessResult wiped = configured(args, environment);
        INFO(wiped.err);
        REQUIRE(wiped.ok());
        for (const json& line : json_lines(wiped.out))
            if (line.value("schema", "") == "sanitize.wipe-report/1") return line.at("method");
        FAIL("no wipe report in " << wiped.out);
        return {};
    }
};

std::size_t files_in(const std::string& directory) {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(directory)) if (entry.is_regular_file()) ++count;
    return count;
}

}  // namespace

TEST_CASE("a wipe with its ledger, key and certificate folder named only in the site file", "[config][cli]") {
    ConfiguredOffice office;
    const ProcessResult wiped =
        office.configured({"wipe", office.image, "--yes", "--json", "--passphrase-file", office.pass_file});
    INFO(wiped.out << wiped.err);
    REQUIRE(wiped.ok());
    CHECK(files_in(office.certs) >= 2);  // the certificate and its signature, in the configured folder
    CHECK_FALSE(std::filesystem::exists(office.dir.file("home/.local/share/sanitize/ledger.db")));

    const ProcessResult log = office.configured({"ledger", "log", "--json"});
    INFO(log.out << log.err);
    REQUIRE(log.ok());
    CHECK(contains(log.out, "wipe.certificate"));
}

TEST_CASE("the wipe method: option > environment > user file > site file > built-in, through the CLI",
          "[config][cli]") {
    ConfiguredOffice office;
    CHECK(office.method_used({}) == "random");  // built in
    office.write_site("method = zero\n");
    CHECK(office.method_used({}) == "zero");
    office.write_user("method = dod-3\n");
    CHECK(office.method_used({}) == "dod-3");
    CHECK(office.method_used({}, {"SANITIZE_METHOD=nist-clear"}) == "nist-clear");
    CHECK(office.method_used({"--method", "zero"}, {"SANITIZE_METHOD=nist-clear"}) == "zero");
}

TEST_CASE("the ledger: the environment beats the site file, an option beats both", "[config][cli]") {
    ConfiguredOffice office;
    const std::string elsewhere = office.dir.file("elsewhere.db");
    const ProcessResult from_site = office.configured({"ledger", "verify"});
    INFO(from_site.out << from_site.err);
    CHECK(from_site.ok());
    const ProcessResult from_environment = office.configured({"ledger", "verify"}, {"SANITIZE_LEDGER=" + elsewhere});
    CHECK_FALSE(from_environment.ok());
    CHECK(contains(from_environment.err, elsewhere));
    const ProcessResult from_option =
        office.configured({"ledger", "verify", "--ledger", office.ledger}, {"SANITIZE_LEDGER=" + elsewhere});
    CHECK(from_option.ok());
}

TEST_CASE("a bad site file stops every command that reads it, naming the file and the line", "[config][cli]") {
    ConfiguredOffice office;
    office.write_site("ledger = " + office.ledger + "\nverfy = all\n");
    for (const std::vector<std::string>& command :
         {std::vector<std::string>{"wipe", office.image, "--yes", "--no-ledger"},
          std::vector<std::string>{"ledger", "verify"}, std::vector<std::string>{"key", "show"},
          std::vector<std::string>{"cert", "verify", office.dir.file("none.json")}}) {
        const ProcessResult r = office.configured(command);
        INFO(command.front() << ": " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(contains(r.err, office.site + ":2"));
        CHECK(contains(r.err, "verfy"));
    }
    CHECK(read_file(office.image).starts_with("MARKER-0"));  // nothing was wiped
    CHECK(office.configured({"--version"}).ok());            // nothing is read for the version
}
