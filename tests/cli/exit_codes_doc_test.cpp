// docs/exit-codes.md is the contract of the exit codes (issue 20, "Done when"): this test reads
// its tables, finds every command of the program in its `--help`, and runs each command into
// the cases the tables document, on files it creates. It fails when a command is missing from
// the document, when a run exits with a code the document does not give its command, and when
// a code the document gives is neither triggered here nor listed below with where it is tested.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "cli_test_support.hpp"
#include "office_fixture.hpp"

using namespace sanitize::test;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string trimmed(std::string text) {
    const std::size_t first = text.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    const std::size_t last = text.find_last_not_of(' ');
    return text.substr(first, last - first + 1);
}

// The cells of a Markdown table row "| a | b |" (an escaped \| stays inside its cell).
std::vector<std::string> cells_of(const std::string& row) {
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '|' && row[i - 1] != '\\') {
            cells.push_back(trimmed(cell));
            cell.clear();
        } else {
            cell += row[i];
        }
    }
    return cells;
}

// The words of a heading or a column title that are commands: "The cert, attach … commands".
std::set<std::string> commands_named(const std::string& text, const std::set<std::string>& commands) {
    std::set<std::string> named;
    std::string word;
    for (char c : text + " ") {
        if ((c >= 'a' && c <= 'z') || c == '-') {
            word += c;
            continue;
        }
        if (commands.count(word) != 0) named.insert(word);
        word.clear();
    }
    return named;
}

// The commands listed under "Commands:" in a --help text.
std::vector<std::string> commands_in_help(const std::string& help) {
    std::vector<std::string> commands;
    bool listing = false;
    for (const std::string& line : lines_of(help)) {
        if (line == "Commands:" || line == "Subcommands:") {
            listing = true;
            continue;
        }
        if (listing && line.empty()) break;
        if (listing && line.starts_with("  ") && line.size() > 2 && line[2] >= 'a' && line[2] <= 'z') {
            commands.push_back(line.substr(2, line.find(' ', 2) - 2));
        }
    }
    return commands;
}

// Every command the program offers, as typed: "wipe", "ledger verify", "carry-out return".
std::vector<std::string> leaf_commands(const std::string& path = "") {
    std::vector<std::string> args{"--lang", "en"};
    std::istringstream words(path);
    for (std::string word; words >> word;) args.push_back(word);
    args.push_back("--help");
    ProcessResult help = run_cli(args);
    REQUIRE(help.exit_code == 0);
    const std::vector<std::string> children = commands_in_help(help.out);
    if (children.empty()) return {path};
    std::vector<std::string> leaves;
    for (const std::string& child : children) {
        for (std::string& leaf : leaf_commands(path.empty() ? child : path + " " + child)) leaves.push_back(std::move(leaf));
    }
    return leaves;
}

// What docs/exit-codes.md gives each top-level command: its exit codes (a cell of "—" gives
// none), and the table it shares with other commands (its group: "wipe" for a column of its own,
// else the section's heading), whose cases may be run into by any command of the group.
struct Documented {
    std::map<std::string, std::set<int>> codes;
    std::map<std::string, std::string> group_of;
};

Documented documented_codes(const std::set<std::string>& commands) {
    std::ifstream in(std::string(SANITIZE_SOURCE_DIR) + "/docs/exit-codes.md");
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    Documented documented;
    std::string heading;
    std::set<std::string> section;                // the commands the current heading names
    std::vector<std::set<std::string>> columns;  // per column: the commands it is about
    for (const std::string& line : lines_of(text.str())) {
        if (line.starts_with("#")) {
            heading = line;
            section = commands_named(line.substr(line.find(' ')), commands);
            if (line.find("sanitize-helper") != std::string::npos) section.clear();  // another program
            columns.clear();
            continue;
        }
        if (!line.starts_with("|")) continue;
        const std::vector<std::string> cells = cells_of(line);
        if (cells.size() < 3) continue;
        if (cells[0] == "code") {
            columns.assign(cells.size(), {});
            for (std::size_t i = 2; i < cells.size(); ++i) {
                // Per-command columns ("`sanitize wipe`"), else the heading's commands share one.
                std::set<std::string> named = commands_named(cells[i], commands);
                columns[i] = named.empty() || cells[i] == "meaning" ? section : named;
                for (const std::string& command : columns[i]) documented.group_of[command] = named.empty() ? heading : command;
            }
            continue;
        }
        if (columns.empty() || cells[0].empty() || cells[0].find_first_not_of("0123456789") != std::string::npos) continue;
        const int code = std::stoi(cells[0]);
        for (std::size_t i = 2; i < cells.size() && i < columns.size(); ++i) {
            if (cells[i].starts_with("—")) continue;
            for (const std::string& command : columns[i]) documented.codes[command].insert(code);
        }
    }
    return documented;
}

struct Case {
    std::vector<std::string> args;
    int code;
    std::string stdin_text = {};
    std::vector<std::string> env = {};
};

std::string top_level(const std::string& command) { return command.substr(0, command.find(' ')); }

}  // namespace

TEST_CASE("every command is in docs/exit-codes.md and exits as it documents", "[cli][exit-codes]") {
    const std::vector<std::string> leaves = leaf_commands();
    std::set<std::string> commands;
    for (const std::string& leaf : leaves) commands.insert(top_level(leaf));
    REQUIRE(commands.count("wipe") == 1);
    REQUIRE(commands.count("config") == 1);
    const Documented doc = documented_codes(commands);
    const std::map<std::string, std::set<int>>& documented = doc.codes;
    for (const std::string& command : commands) {
        INFO("docs/exit-codes.md does not cover `sanitize " << command << "`");
        CHECK(documented.count(command) == 1);
    }

    CliOffice office;
    office.open_office();
    const std::string folder = office.dir.file("持ち出し");
    std::filesystem::create_directories(folder);
    create_file(folder + "/報告書.txt", "報告書 2026\n");
    const std::string image = office.dir.file("stick.img");
    const std::string unverified = office.dir.file("unverified.img");
    const std::string marked = office.dir.file("marked.img");
    for (const std::string& path : {image, unverified, marked}) create_file(path, marker_text(std::size_t{1} << 20));
    const std::string empty = office.dir.file("empty.db");
    create_file(empty, "");
    const std::string existing = office.dir.file("existing.bin");
    create_file(existing, "keep me\n");
    const std::string missing = office.dir.file("missing");
    const std::string certs = office.dir.file("certs");
    std::filesystem::create_directories(certs);
    const std::string identity = office.dir.file("key.txt");
    const std::string other_identity = office.dir.file("other.txt");
    REQUIRE(office.run({"keygen", "-o", identity}).ok());
    REQUIRE(office.run({"keygen", "-o", other_identity}).ok());
    const std::string key_text = read_file(identity);
    const std::size_t age1 = key_text.find("age1");
    const std::string recipient = key_text.substr(age1, key_text.find('\n', age1) - age1);
    const std::string archive = office.dir.file("out.tar.age");
    const std::string tampered = office.dir.file("tampered.tar.age");
    const std::string zip = office.dir.file("添付.zip");
    const std::string tampered_ledger = office.dir.file("tampered.db");
    const std::string pass = office.pass_file;
    const std::string second_key = office.dir.file("home/keys/bob.key");
    REQUIRE(office.make_key(second_key).ok());
    const std::string wrong = office.wrong_pass_file;

    // In order: later cases use what earlier ones made (the wiped image, the archive).
    const std::vector<Case> cases{
        {{"devices"}, 0},
        {{"wipe", image, "--yes", "--method", "zero", "--cert-dir", certs, "--passphrase-file", pass}, 0},
        {{"wipe", unverified, "--yes", "--method", "zero", "--verify", "none", "--no-ledger"}, 1},
        {{"wipe", missing, "--yes", "--no-ledger"}, 2},
        {{"wipe", marked, "--no-ledger"}, 3},  // no terminal to ask on, no --yes
        {{"wipe", marked, "--yes", "--passphrase-file", wrong}, 1},  // the certificate's key, before any target
        {{"verify-media", image, "--expect", "zero"}, 0},
        {{"verify-media", marked, "--expect", "zero"}, 1},
        {{"verify-media", image, "--expect", "nothing-like-it"}, 2},
        {{"purge", image, "--method", "no-such-method"}, 2},
        // An image offers no purge. Without a ledger: with one, purge asks for the key's
        // passphrase first and has no --passphrase-file to give it (exit 2 here, no terminal).
        {{"purge", image, "--method", "ata-sanitize-crypto", "--yes"}, 3, "", {"SANITIZE_LEDGER="}},
        {{"key", "show", office.operator_key + ".pub"}, 0},
        {{"key", "register", second_key + ".pub", "--name", "x", "--role", "staff", "--key", office.root_key,
          "--passphrase-file", wrong}, 1},
        {{"key", "revoke", "0123456789abcdef", "--reason", "lost", "--key", office.root_key, "--passphrase-file", pass}, 2},
        {{"key", "init", "--out", office.operator_key, "--passphrase-file", pass}, 3},
        {{"ledger", "verify"}, 0},
        {{"ledger", "verify", "--ledger", empty}, 1},
        {{"ledger", "verify", "--ledger", missing}, 2},
        {{"ledger", "init", "--organisation", "x", "--key", office.root_key, "--passphrase-file", pass}, 3},
        {{"ledger", "verify", "--ledger", tampered_ledger}, 4},
        {{"asset", "add", "--id", "PC-1", "--name", "PC", "--classification", "1", "--passphrase-file", pass}, 0},
        {{"asset", "add", "--id", "PC-1", "--name", "PC", "--classification", "1", "--passphrase-file", pass}, 1},
        {{"asset", "update", "PC-404", "--name", "x", "--passphrase-file", pass}, 2},
        {{"asset", "add", "--id", "PC-2", "--name", "PC", "--remarks", "123456789018", "--classification", "1",
          "--passphrase-file", pass}, 3},
        {{"report"}, 0},
        {{"report", "--utc-offset", "sometime"}, 2},
        {{"report", "--format", "pdf", "--passphrase-file", pass}, 2},  // a PDF needs -o
        {{"approval", "request", "--asset", "PC-1", "--until", "2099-12-31", "--passphrase-file", pass}, 0},
        {{"approval", "request", "--asset", "PC-404", "--until", "2099-12-31", "--passphrase-file", pass}, 2},
        {{"approval", "list", "--pending"}, 0},
        {{"approval", "grant", "1", "--passphrase-file", pass}, 3},  // seq 1 is no request; no title either
        {{"incident", "report", "--carry-out", "1", "--passphrase-file", pass}, 2},  // seq 1 is no carry-out
        {{"audit", "list"}, 0},
        {{"audit", "note", "所見", "--passphrase-file", pass}, 3},  // an operator's key: auditors only
        {{"keygen", "-o", office.dir.file("third.txt")}, 0},
        {{"keygen", "-o", existing}, 3},
        {{"encrypt", folder, "-o", archive, "-r", recipient, "--no-ledger"}, 0},
        {{"encrypt", folder, "-o", office.dir.file("none.age"), "--no-ledger"}, 2},
        {{"encrypt", folder, "-o", existing, "-r", recipient, "--no-ledger"}, 3},
        {{"decrypt", archive, "-o", office.dir.file("opened"), "-i", identity}, 0},
        {{"decrypt", archive, "-o", office.dir.file("not-opened"), "-i", other_identity}, 1},
        {{"decrypt", missing, "-o", office.dir.file("not-opened"), "-i", identity}, 2},
        {{"decrypt", archive, "-o", folder, "-i", identity}, 3},
        {{"decrypt", tampered, "-o", office.dir.file("not-opened"), "-i", identity}, 4},
        {{"attach", folder, "-o", zip, "--no-ledger"}, 0},
        {{"attach", "--check", existing, "--password-file", pass}, 1},
        {{"attach", missing, "-o", office.dir.file("new.zip"), "--no-ledger"}, 2},
        {{"attach", folder, "-o", existing, "--no-ledger"}, 3},
        {{"cert", "verify", missing}, 2},
        {{"prepare", image, "--folder", folder, "-r", recipient, "--classification", "0", "--file-system", "exfat"}, 2},
        {{"config", "show"}, 0},
        {{"config", "show"}, 2, "", {"SANITIZE_METHOD=no-such-method"}},
    };
    // Documented, and tested where what they need exists: a drive's firmware, a signal, root
    // (by group: a command, or a section's heading).
    const std::map<std::string, std::set<int>> tested_elsewhere{
        {"devices", {1}},            // the disks could not be listed: a machine without /sys
        {"wipe", {130}},             // cli_transcript_tests [signal]
        {"verify-media", {3, 130}},  // root_transcript_test.cpp (mounted), a signal
        {"## `sanitize purge`", {0, 1, 130}},  // tests/purge: simulated drives
        {"## The prepare command", {0, 1, 3, 4, 130}},  // prepare_cli_test.cpp: loop devices as sticks
    };

    std::map<std::string, std::set<int>> triggered;
    for (const Case& each : cases) {
        std::vector<std::string> argv{SANITIZE_CLI_PATH};
        argv.insert(argv.end(), each.args.begin(), each.args.end());
        ProcessOptions options;
        options.stdin_text = each.stdin_text;
        options.extra_env = cli_environment();
        for (const std::string& variable : {"HOME=" + office.home, "SANITIZE_LEDGER=" + office.ledger,
                                            "SANITIZE_KEY=" + office.operator_key}) {
            options.extra_env.push_back(variable);
        }
        options.extra_env.insert(options.extra_env.end(), each.env.begin(), each.env.end());
        options.working_directory = office.dir.path();
        if (each.args[0] == "ledger" && each.code == 4) {
            std::filesystem::copy_file(office.ledger, tampered_ledger);
            tamper(tampered_ledger, "DROP TRIGGER events_no_update; UPDATE events SET payload = payload || ' ' WHERE seq = 2;");
        }
        if (each.args[0] == "decrypt" && each.code == 4) {
            std::string bytes = read_file(archive);
            bytes[bytes.size() - 20] = static_cast<char>(bytes[bytes.size() - 20] ^ 0x01);
            create_file(tampered, bytes);
        }
        ProcessResult result = run_process(argv, options);
        std::string shown;
        for (const std::string& arg : each.args) shown += " " + arg;
        CAPTURE(shown, result.err);
        CHECK(result.exit_code == each.code);
        const std::string command = each.args[0];
        const auto documented_here = documented.find(command);
        INFO("docs/exit-codes.md does not give `sanitize " << command << "` exit code " << result.exit_code);
        CHECK((documented_here != documented.end() && documented_here->second.count(result.exit_code) == 1));
        triggered[doc.group_of.count(command) != 0 ? doc.group_of.at(command) : command].insert(each.code);
    }

    // Every leaf command: an unknown option is a usage error, --help is 0.
    for (const std::string& leaf : leaves) {
        std::vector<std::string> args;
        std::istringstream words(leaf);
        for (std::string word; words >> word;) args.push_back(word);
        args.push_back("--no-such-option");
        CAPTURE(leaf);
        CHECK(office.run(args).exit_code == 2);
        args.back() = "--help";
        CHECK(office.run(args).exit_code == 0);
        const std::string command = top_level(leaf);
        triggered[doc.group_of.count(command) != 0 ? doc.group_of.at(command) : command].insert(2);
    }

    // Every documented code of every group is run into here or where the list above says.
    for (const auto& [command, codes] : documented) {
        const std::string group = doc.group_of.at(command);
        for (int code : codes) {
            const auto elsewhere = tested_elsewhere.find(group);
            const bool covered = triggered[group].count(code) == 1 ||
                                 (elsewhere != tested_elsewhere.end() && elsewhere->second.count(code) == 1);
            INFO("exit code " << code << " of `sanitize " << command << "` (" << group << ") is documented but not run into");
            CHECK(covered);
        }
    }
}
