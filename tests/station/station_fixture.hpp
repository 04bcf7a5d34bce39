// A station's data partition in a temporary directory (not a mount point: the tests open it
// with require_mount off), as an admin prepares it: a copy of the office's ledger that registers
// an operator (staff) and an admin, an outbox made for that ledger, their keys in memory, and
// the PC list signed by the admin.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <span>
#include <string>

#include <catch2/catch.hpp>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_outbox.hpp"
#include "sanitize/station.hpp"
#include "temp_dir.hpp"

namespace sanitize::test {

inline void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

inline std::string signed_by(const keys::SecretKey& key, const std::string& text) {
    Result<std::string> signature = keys::sign_file(key, std::as_bytes(std::span(text)), "station pc list");
    REQUIRE(signature);
    return *signature;
}

struct StationData {
    TempDir dir{"sanitize-station"};
    keys::KeyPair root = keys::generate_key_pair();
    keys::KeyPair operator_key = keys::generate_key_pair();
    keys::KeyPair admin = keys::generate_key_pair();
    station::DataPartition data{dir.path()};

    StationData() {
        write_text(data.path("station.conf"), "unattended = yes\nmethod = zero\ndepartment = 情報システム課\n");
        ledger::InitOptions options;
        options.location = data.path("ledger.db");
        options.organisation = "株式会社サンプル商事";
        options.root_public_key = root.public_key;
        Result<ledger::Ledger> made = ledger::Ledger::init(options, root.secret_key);
        REQUIRE(made);
        register_key(*made, operator_key.public_key, "山田 太郎", ledger::Role::staff);
        register_key(*made, admin.public_key, "管理 花子", ledger::Role::admin);
        REQUIRE(ledger::Outbox::create(data.path("outbox.db"), made->info()));
        write_text(data.path("admin.pub"), keys::encode_public_key(admin.public_key));
    }

    void register_key(ledger::Ledger& ledger, const keys::PublicKey& key, const std::string& name, ledger::Role role) {
        ledger::KeyRegistration registration{key, name, role, "2020-01-01T00:00:00Z", "2100-01-01T00:00:00Z"};
        REQUIRE(ledger.register_key(root.secret_key, registration));
    }

    void sign_list(const std::string& text, const keys::SecretKey& signer) {
        write_text(data.path("pcs.txt"), text);
        write_text(data.path("pcs.txt.minisig"), signed_by(signer, text));
    }

    station::StationLedger ledgers() {
        Result<station::StationLedger> opened = station::open_station_ledger(data);
        REQUIRE(opened);
        return std::move(*opened);
    }

    // What the station signs with once the operator unlocked their key.
    station::StationSigner signer() {
        station::StationLedger opened = ledgers();
        SecretBuffer secret(operator_key.secret_key.ed25519_secret().size());
        std::ranges::copy(operator_key.secret_key.ed25519_secret(), secret.bytes().begin());
        return {{std::move(opened.copy), keys::SecretKey(operator_key.secret_key.id(), std::move(secret))},
                std::move(opened.outbox)};
    }
};

}  // namespace sanitize::test
