// The station's knowledge of the PC and of its own stick: SMBIOS fields, placeholders, the signed
// list of PCs and who may sign it, the data partition and its settings.
#include <catch2/catch.hpp>

#include "station_fixture.hpp"

namespace sanitize {
namespace {

using test::StationData;
using test::write_text;

TEST_CASE("station: the PC is named by its SMBIOS fields, placeholders and blanks left out", "[station]") {
    test::TempDir dmi("sanitize-dmi");
    write_text(dmi.file("sys_vendor"), "LENOVO  \n");
    write_text(dmi.file("product_name"), "20XW0055JP\n");
    write_text(dmi.file("product_serial"), "  PF2ABCDE\n");
    write_text(dmi.file("product_uuid"), "00000000-0000-0000-0000-000000000000\n");
    write_text(dmi.file("chassis_asset_tag"), "To Be Filled By O.E.M.\n");
    const cert::Computer pc = station::read_computer(dmi.path());
    CHECK(pc.vendor == "LENOVO");
    CHECK(pc.product == "20XW0055JP");
    CHECK(pc.serial == "PF2ABCDE");
    CHECK(pc.uuid.empty());       // all zeros: an unset board
    CHECK(pc.asset_tag.empty());  // a vendor's placeholder
    CHECK(station::read_computer(dmi.file("missing")).serial.empty());
}

TEST_CASE("station: firmware placeholders are never a PC's identity", "[station]") {
    for (const char* text : {"", "  ", "Default string", "System Serial Number", "0123456789", "FFFFFFFF", "N/A",
                             "Not Specified", "to be filled by o.e.m."}) {
        CHECK(station::is_placeholder(text));
    }
    for (const char* text : {"PF2ABCDE", "5CG1234XYZ", "C02XL0GZJGH5"}) CHECK_FALSE(station::is_placeholder(text));
}

TEST_CASE("station: the PC list is taken only as the admin signed it", "[station]") {
    StationData s;
    const std::string text = "# lease batch 7\nPF2ABCDE\n  5CG1234XYZ  \n\n";
    const std::string signature = test::signed_by(s.admin.secret_key, text);
    Result<station::PcList> list = station::read_pc_list(text, signature, s.admin.public_key);
    REQUIRE(list);
    CHECK(list->serials == std::vector<std::string>{"PF2ABCDE", "5CG1234XYZ"});
    CHECK(list->signer == s.admin.public_key.id);

    const std::string added = text + "C02XL0GZJGH5\n";  // a line added after signing
    CHECK(station::read_pc_list(added, signature, s.admin.public_key).error().code == Errc::signature_invalid);
    const std::string by_operator = test::signed_by(s.operator_key.secret_key, text);
    CHECK(station::read_pc_list(text, by_operator, s.admin.public_key).error().code == Errc::signature_invalid);
    const std::string placeholder = "Default string\n";
    Result<station::PcList> refused =
        station::read_pc_list(placeholder, test::signed_by(s.admin.secret_key, placeholder), s.admin.public_key);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == Errc::malformed_input);
    CHECK(refused.error().context == "pcs.txt line 1");
}

cert::Computer with_serial(std::string serial) {
    cert::Computer pc;
    pc.serial = std::move(serial);
    return pc;
}

TEST_CASE("station: an unattended wipe needs the PC's exact serial on the list", "[station]") {
    const station::PcList list{{"PF2ABCDE", "5CG1234XYZ"}, {}};
    CHECK(station::unattended_verdict(with_serial("PF2ABCDE"), list) == station::UnattendedVerdict::wipe);
    CHECK(station::unattended_verdict(with_serial("PF2ABCD"), list) == station::UnattendedVerdict::not_listed);
    CHECK(station::unattended_verdict(with_serial("pf2abcde"), list) == station::UnattendedVerdict::not_listed);
    CHECK(station::unattended_verdict(with_serial(""), list) == station::UnattendedVerdict::no_serial);
    CHECK(station::verdict_name(station::UnattendedVerdict::not_listed) == "not_listed");
}

TEST_CASE("station: only a registered admin key may sign the list", "[station]") {
    StationData s;
    station::StationLedger opened = s.ledgers();
    ledger::Ledger& ledger = opened.copy;
    CHECK(station::check_admin_key(ledger, s.admin.public_key));
    const Result<void> staff = station::check_admin_key(ledger, s.operator_key.public_key);
    REQUIRE_FALSE(staff);
    CHECK(staff.error().code == Errc::refused);
    CHECK(staff.error().reason == Reason::list_signer_not_admin);
    CHECK(staff.error().detail == "staff");
    const Result<void> stranger = station::check_admin_key(ledger, keys::generate_key_pair().public_key);
    CHECK(stranger.error().code == Errc::refused);
    CHECK(stranger.error().reason == Reason::key_not_registered);

    s.sign_list("PF2ABCDE\n", s.admin.secret_key);
    Result<station::PcList> loaded = station::load_pc_list(s.data, ledger);
    REQUIRE(loaded);
    CHECK(loaded->serials.size() == 1);
    // An operator who swaps in their own key and list is refused: the ledger says who is admin.
    write_text(s.data.path("admin.pub"), keys::encode_public_key(s.operator_key.public_key));
    s.sign_list("PF2ABCDE\nC02XL0GZJGH5\n", s.operator_key.secret_key);
    CHECK(station::load_pc_list(s.data, ledger).error().code == Errc::refused);
}

TEST_CASE("station: no data partition, no station", "[station]") {
    StationData s;
    const Result<station::DataPartition> absent = station::open_data_partition(s.dir.file("absent"), false);
    CHECK(absent.error().code == Errc::not_found);
    CHECK(absent.error().reason == Reason::data_partition_missing);
    CHECK(absent.error().path == s.dir.file("absent"));
    CHECK(station::open_data_partition(s.dir.path(), false));
    // A directory of the RAM root is not the stick: evidence there would be lost at power-off.
    const Result<station::DataPartition> not_mounted = station::open_data_partition(s.dir.path(), true);
    REQUIRE_FALSE(not_mounted);
    CHECK(not_mounted.error().code == Errc::refused);
    CHECK(not_mounted.error().reason == Reason::data_partition_not_mounted);
    std::filesystem::remove(s.data.path("station.conf"));
    const Result<station::DataPartition> no_settings = station::open_data_partition(s.dir.path(), false);
    CHECK(no_settings.error().reason == Reason::data_partition_missing);
    CHECK(no_settings.error().path == s.data.path("station.conf"));
}

TEST_CASE("station: station.conf is read through the configuration module", "[station][config]") {
    StationData s;
    station::SettingsRead read = station::read_settings(s.data);
    CHECK(read.problems.empty());
    CHECK(read.settings.unattended);
    CHECK(read.settings.method.name == "zero");
    CHECK(read.settings.verify.mode == wipe::VerifyMode::last);
    CHECK(read.settings.department == "情報システム課");

    write_text(s.data.path("station.conf"), "unattended = sometimes\nledger = /elsewhere/ledger.db\n");
    read = station::read_settings(s.data);
    REQUIRE(read.problems.size() == 2);
    CHECK(read.problems[0].problem == config::Problem::bad_unattended);
    CHECK(read.problems[1].key == "ledger");  // the layout fixes where the evidence goes
    CHECK_FALSE(read.settings.unattended);    // a bad value never turns unattended mode on
}

TEST_CASE("station: each PC's evidence goes to a folder named by its serial", "[station]") {
    StationData s;
    Result<std::string> folder = station::evidence_directory(s.data, with_serial("PF2/../AB CD"));
    REQUIRE(folder);
    CHECK(*folder == s.data.path("evidence/PF2_.._AB_CD"));
    CHECK(std::filesystem::is_directory(*folder));
    cert::Computer no_serial;
    no_serial.uuid = "4c4c4544-0042";
    CHECK(*station::evidence_directory(s.data, no_serial) == s.data.path("evidence/4c4c4544-0042"));
    CHECK(*station::evidence_directory(s.data, {}) == s.data.path("evidence/unknown-pc"));
}

TEST_CASE("station: the stick that holds the data partition is never one of the PC's disks", "[station]") {
    const std::string root_disk = station::disk_holding("/");
    Result<std::vector<station::Disk>> disks = station::list_disks({.data_root = "/", .probe = false});
    REQUIRE(disks);
    for (const station::Disk& disk : *disks) {
        CHECK(disk.info.kernel_name != root_disk);
        CHECK_FALSE(disk.info.kernel_name.starts_with("loop"));
        CHECK_FALSE(disk.info.kernel_name.starts_with("ram"));
    }
    CHECK(station::disk_holding("/proc").empty());  // not on a disk
}

TEST_CASE("station: the ledger copy and its outbox must belong together", "[station]") {
    StationData s;
    station::StationLedger opened = s.ledgers();
    CHECK(opened.outbox.info().ledger_id == opened.copy.info().ledger_id);

    // Without an outbox nothing could be recorded: the station does not start.
    std::filesystem::rename(s.data.path("outbox.db"), s.dir.file("outbox.db.kept"));
    const Result<station::StationLedger> missing = station::open_station_ledger(s.data);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().reason == Reason::outbox_missing);
    CHECK(missing.error().path == s.data.path("outbox.db"));

    // An outbox of another ledger would never sync: refused, with both ledger ids.
    StationData other;
    std::filesystem::copy_file(other.data.path("outbox.db"), s.data.path("outbox.db"));
    const Result<station::StationLedger> foreign = station::open_station_ledger(s.data);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().reason == Reason::outbox_other_ledger);
    CHECK(foreign.error().expected == opened.copy.info().ledger_id);
    CHECK(foreign.error().detail == other.ledgers().copy.info().ledger_id);
}

TEST_CASE("station: a line of the PC list that is no serial is named", "[station]") {
    StationData s;
    s.sign_list("# batch 7\nPF2ABCDE\nTo Be Filled By O.E.M.\n", s.admin.secret_key);
    station::StationLedger opened = s.ledgers();
    const Result<station::PcList> loaded = station::load_pc_list(s.data, opened.copy);
    REQUIRE_FALSE(loaded);
    CHECK(loaded.error().code == Errc::malformed_input);
    CHECK(loaded.error().reason == Reason::pc_list_malformed);
    CHECK(loaded.error().detail == "3");
    CHECK(loaded.error().path == s.data.path("pcs.txt"));
}

}  // namespace
}  // namespace sanitize
