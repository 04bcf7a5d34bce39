// An office for the incident, audit and report transcripts: the CLI office (office_fixture.hpp)
// with an auditor's signing key, the auditors' age identity named in the user's sanitize.conf,
// an asset of level 2 in a Japanese department, and level-2 carry-outs made with `encrypt`.
#pragma once

#include <sodium.h>

#include <array>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "cli_test_support.hpp"
#include "office_fixture.hpp"

namespace sanitize::test {


inline std::string sha256_hex(const std::string& data) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(data.data()), data.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return hex.data();
}

inline std::string public_key_of(const std::string& identity_file) {
    const std::string text = read_file(identity_file);
    const auto at = text.find("age1");
    REQUIRE(at != std::string::npos);
    return text.substr(at, text.find('\n', at) - at);
}

// An office with a staff operator (the fixture's), an auditor's signing key, the auditors' age
// identity named in the user's sanitize.conf, and an asset of level 2 in a Japanese department.
struct IncidentOffice : CliOffice {
    std::string auditor_key = dir.file("home/keys/auditor.key");
    std::string auditor_identity = dir.file("auditor.agekey");
    std::string stranger_identity = dir.file("stranger.agekey");
    std::string receiver_identity = dir.file("receiver.agekey");
    std::string config_file = home + "/.config/sanitize/sanitize.conf";
    std::string director_key;  // the representative director's: approves level-2 carry-outs

    IncidentOffice() {
        open_office();
        REQUIRE(make_key(auditor_key).ok());
        ProcessResult registered = run({"key", "register", auditor_key + ".pub", "--name", "監査 一郎", "--role", "auditor",
                                        "--valid-from", "2020-01-01", "--key", root_key, "--passphrase-file", pass_file});
        INFO(registered.err);
        REQUIRE(registered.ok());
        for (const std::string& identity : {auditor_identity, stranger_identity, receiver_identity}) {
            REQUIRE(run({"keygen", "-o", identity}).ok());
        }
        std::filesystem::create_directories(home + "/.config/sanitize");
        create_file(config_file, "auditor_recipients = " + public_key_of(auditor_identity) + "\n");
        ProcessResult asset = signed_run({"asset", "add", "--id", "USB-7", "--name", "顧客名簿", "--department", "総務部",
                                          "--classification", "2"});
        INFO(asset.err);
        REQUIRE(asset.ok());
        director_key = add_approver("director", "代表 太郎", "representative_director");
    }

    // A carry-out of `folder` as `asset` of `level` (USB-7: level 2), approved by the director
    // (who approves every level); returns its ledger seq.
    long long carry_out(const std::string& folder, const std::string& output, const std::string& asset = "USB-7",
                        int level = 2) const {
        const std::string approval = granted_approval(asset, level, director_key);
        ProcessResult encrypted = run({"encrypt", folder, "-o", output, "-r", public_key_of(receiver_identity), "--asset",
                                       asset, "--approval", approval,
                                       "--medium-serial", "SN-0042", "--key-passphrase-file", pass_file, "--json"});
        INFO(encrypted.err);
        REQUIRE(encrypted.ok());
        return nlohmann::json::parse(encrypted.out)["ledger_seq"].get<long long>();
    }

    std::vector<nlohmann::json> events_of_type(const std::string& type) const {
        ProcessResult log = run({"ledger", "log", "--json"});
        REQUIRE(log.ok());
        std::vector<nlohmann::json> found;
        for (const nlohmann::json& event : json_lines(log.out)) {
            if (event["type"] == type) found.push_back(event);
        }
        return found;
    }
};

inline nlohmann::json payload_of(const nlohmann::json& event) {
    return event["payload"].is_string() ? nlohmann::json::parse(event["payload"].get<std::string>()) : event["payload"];
}


}  // namespace sanitize::test
