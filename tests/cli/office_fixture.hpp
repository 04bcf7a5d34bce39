// An office for CLI transcripts: a temporary directory with a home, a SQLite ledger location, a
// root key and an operator key, passphrases in files and light scrypt costs; and a way to edit
// the ledger file behind the library's back, as an attacker would.
#pragma once

#include <sqlite3.h>
#include <sys/stat.h>

#include <ctime>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cli_test_support.hpp"
#include "temp_dir.hpp"

namespace sanitize::test {

// Meets the policy for key passphrases (12 characters or more, four classes, no dictionary word).
inline constexpr const char* passphrase = "Kq7#mPx2-Wz9!vR4";

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

inline unsigned mode_of(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return 0;
    return info.st_mode & 07777;
}

// An office in a temporary directory: a home, a ledger location, a root key and an operator key.
struct CliOffice {
    TempDir dir{"sanitize-ledger-cli"};
    std::string home = dir.file("home");
    std::string ledger = dir.file("data/ledger.db");
    std::string root_key = dir.file("root/root.key");
    std::string operator_key = dir.file("home/keys/alice.key");
    std::string pass_file = dir.file("pass.txt");
    std::string wrong_pass_file = dir.file("wrong.txt");

    CliOffice() {
        ::mkdir(home.c_str(), 0700);
        create_file(pass_file, std::string(passphrase) + "\n");
        create_file(wrong_pass_file, "not the passphrase\n");
    }

    ProcessResult run(const std::vector<std::string>& args, const std::string& lang = "C",
                      const std::string& stdin_text = "", const std::string& close_stdin_once_out_has = "") const {
        std::vector<std::string> argv{SANITIZE_CLI_PATH};
        argv.insert(argv.end(), args.begin(), args.end());
        ProcessOptions options;
        options.stdin_text = stdin_text;
        options.close_stdin_once_out_has = close_stdin_once_out_has;
        options.extra_env = cli_environment(lang);
        for (std::string variable : {"HOME=" + home, std::string("XDG_CONFIG_HOME="), std::string("XDG_DATA_HOME="),
                                     "SANITIZE_LEDGER=" + ledger, "SANITIZE_KEY=" + operator_key}) {
            options.extra_env.push_back(variable);
        }
        options.working_directory = dir.path();
        return run_process(argv, options);
    }

    ProcessResult make_key(const std::string& path) const {
        return run({"key", "init", "--out", path, "--kdf", "interactive", "--passphrase-file", pass_file});
    }

    // Root key, ledger, and the operator key registered as staff.
    void open_office() const {
        REQUIRE(make_key(root_key).ok());
        REQUIRE(make_key(operator_key).ok());
        ProcessResult init = run({"ledger", "init", "--organisation", "株式会社サンプル", "--key", root_key,
                                  "--passphrase-file", pass_file});
        INFO(init.err);
        REQUIRE(init.ok());
        ProcessResult registered = run({"key", "register", operator_key + ".pub", "--name", "山田 花子", "--role",
                                        "staff", "--valid-from", "2020-01-01", "--key", root_key, "--passphrase-file",
                                        pass_file});
        INFO(registered.err);
        REQUIRE(registered.ok());
    }

    ProcessResult signed_run(std::vector<std::string> args) const {
        args.push_back("--passphrase-file");
        args.push_back(pass_file);
        return run(args);
    }

    // An approver: a key of their own (file `file_name`.key beside the operator's), registered as
    // staff under `name` and given `titles` (comma-separated) by the root key.
    std::string add_approver(const std::string& file_name, const std::string& name, const std::string& titles) const {
        const std::string key = dir.file("home/keys/" + file_name + ".key");
        REQUIRE(make_key(key).ok());
        ProcessResult registered = run({"key", "register", key + ".pub", "--name", name, "--role", "staff", "--valid-from",
                                        "2020-01-01", "--key", root_key, "--passphrase-file", pass_file});
        INFO(registered.err);
        REQUIRE(registered.ok());
        ProcessResult titled = run({"key", "title", key + ".pub", "--set", titles, "--key", root_key, "--passphrase-file", pass_file});
        INFO(titled.err);
        REQUIRE(titled.ok());
        return key;
    }

    // A carry-out approval of `asset` at `level`, asked for with the operator's key: its id.
    std::string requested_approval(const std::string& asset, int level, const std::string& until = "2099-12-31") const {
        ProcessResult asked = signed_run({"approval", "request", "--asset", asset, "--classification", std::to_string(level),
                                          "--purpose", "取引先での監査", "--until", until, "--json"});
        INFO(asked.err);
        REQUIRE(asked.ok());
        return std::to_string(nlohmann::json::parse(asked.out).at("approval").get<long long>());
    }

    // requested_approval, granted with `approver`'s key.
    std::string granted_approval(const std::string& asset, int level, const std::string& approver) const {
        const std::string id = requested_approval(asset, level);
        ProcessResult granted = signed_run({"approval", "grant", id, "--key", approver});
        INFO(granted.err);
        REQUIRE(granted.ok());
        return id;
    }
};

// Runs one SQL statement on the ledger file behind the library's back, as an attacker would.
inline void tamper(const std::string& ledger_file, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(ledger_file.c_str(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int code = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &message);
    std::string text = message != nullptr ? message : "";
    sqlite3_free(message);
    sqlite3_close(db);
    INFO(text);
    REQUIRE(code == SQLITE_OK);
}

// The calendar year in Japan now: the year the report of today's events falls in.
inline int current_japanese_year() {
    std::time_t now = std::time(nullptr) + 9 * 3600;
    std::tm parts{};
    ::gmtime_r(&now, &parts);
    return parts.tm_year + 1900;
}

}  // namespace sanitize::test
