// A PC's disks wiped by the station's library path (wipe_pc → the wipe job → certify_wipe):
// certificates that name the PC and verify, the signed summary with its PDF, a resumed wipe after
// a power cut, and nothing touched when the ledger refuses. Disk images stand in for the disks
// here (the device lab boots the real image with emulated SATA and NVMe drives).
#include <algorithm>
#include <fstream>

#include <catch2/catch.hpp>

#include "run_process.hpp"
#include "sanitize/files.hpp"
#include "station_fixture.hpp"

namespace sanitize {
namespace {

using test::StationData;

constexpr std::uint64_t disk_bytes = std::uint64_t{4} << 20;

const cert::Computer pc{"Lab Computers", "LabBook 14", "PF2ABCDE", "5d1b2c3a-0f4e-4d6a-9b7c-1e2f3a4b5c6d", "A-123"};

device::DeviceInfo image_disk(StationData& s, const std::string& name, char fill) {
    const std::string path = s.dir.file(name);
    std::ofstream(path, std::ios::binary) << std::string(disk_bytes, fill);
    Result<device::DeviceInfo> info = device::inspect(path);
    REQUIRE(info);
    return *info;
}

bool holds_only(const std::string& path, char value) {
    Result<std::string> bytes = files::read_small_file(path, disk_bytes);
    return bytes && bytes->size() == disk_bytes && std::all_of(bytes->begin(), bytes->end(), [&](char c) { return c == value; });
}

Result<station::PcWipe> wipe(StationData& s, ledger::Ledger& ledger, const std::vector<device::DeviceInfo>& disks,
                             std::stop_token stop = {}, std::string asset = {}) {
    station::SettingsRead read = station::read_settings(s.data);
    REQUIRE(read.problems.empty());
    station::PcWipeRequest request;
    request.disks = disks;
    request.asset_id = std::move(asset);
    return station::wipe_pc(s.data, read.settings, pc, request, s.operator_key.secret_key, ledger, {}, stop);
}

TEST_CASE("station: two disks wiped together, each with a certificate naming the PC and the disk", "[station]") {
    StationData s;
    ledger::Ledger ledger = s.outbox();
    const std::vector<device::DeviceInfo> disks{image_disk(s, "disk-a.img", 'A'), image_disk(s, "disk-b.img", 'B')};
    Result<station::PcWipe> done = wipe(s, ledger, disks);
    REQUIRE(done);
    CHECK(done->all_erased());
    CHECK(done->evidence_dir == s.data.path("evidence/PF2ABCDE"));
    REQUIRE(done->disks.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const station::DiskResult& disk = done->disks[i];
        CHECK(holds_only(disks[i].path, '\0'));  // station.conf says method = zero
        REQUIRE(disk.certificate);
        CHECK_FALSE(disk.resumed);
        const std::string& json = disk.certificate->files.json;
        CHECK(json.starts_with(done->evidence_dir + "/certificate-"));
        Result<std::string> bytes = files::read_small_file(json, cert::max_certificate_bytes);
        REQUIRE(bytes);
        Result<cert::Certificate> parsed = cert::parse_certificate(*bytes);
        REQUIRE(parsed);
        CHECK(parsed->computer == std::optional<cert::Computer>(pc));
        CHECK(parsed->medium.image_path == disks[i].canonical_path);
        CHECK(parsed->organisation.department == "情報システム課");
        // The stock tool verifies it with the operator's public key.
        const std::string pub = s.dir.file("operator.pub");
        test::write_text(pub, keys::encode_public_key(s.operator_key.public_key));
        CHECK(test::run_process({"minisign", "-Vm", json, "-p", pub}).ok());
    }
    REQUIRE(done->summary);
    CHECK(done->summary->json.starts_with(done->evidence_dir + "/summary-"));
    REQUIRE_FALSE(done->summary->pdf_error);
    Result<std::string> summary = files::read_small_file(done->summary->json, 1 << 20);
    REQUIRE(summary);
    CHECK(summary->find("\"serial\": \"PF2ABCDE\"") != std::string::npos);
    CHECK(summary->find(done->disks[1].certificate->issued.certificate.certificate_id) != std::string::npos);
    const test::ProcessResult text = test::run_process({"pdftotext", "-layout", done->summary->pdf, "-"});
    REQUIRE(text.ok());
    CHECK(text.out.find("PC 消去結果一覧") != std::string::npos);
    CHECK(text.out.find("PF2ABCDE") != std::string::npos);
    CHECK(text.out.find(done->disks[0].certificate->issued.certificate.certificate_id) != std::string::npos);
}

TEST_CASE("station: a wipe cut off by a power loss resumes from its checkpoint on the next boot", "[station]") {
    StationData s;
    ledger::Ledger ledger = s.outbox();
    const std::vector<device::DeviceInfo> disks{image_disk(s, "disk.img", 'A')};
    std::stop_source power_cut;
    power_cut.request_stop();  // stopped before its first chunk: the checkpoint is all that is left
    Result<station::PcWipe> first = wipe(s, ledger, disks, power_cut.get_token());
    REQUIRE(first);
    REQUIRE(first->disks[0].report);
    CHECK(first->disks[0].report->outcome == wipe::Outcome::aborted);
    CHECK(first->disks[0].report->checkpoint_kept);

    Result<station::PcWipe> next_boot = wipe(s, ledger, disks);
    REQUIRE(next_boot);
    const station::DiskResult& disk = next_boot->disks[0];
    CHECK(disk.resumed);
    REQUIRE(disk.report);
    CHECK(disk.report->outcome == wipe::Outcome::erased);
    REQUIRE(disk.certificate);
    CHECK(disk.certificate->issued.certificate.timings.resumed);
    CHECK(holds_only(disks[0].path, '\0'));
    CHECK(std::filesystem::is_empty(s.data.path("checkpoints")));
}

TEST_CASE("station: nothing is touched when the ledger refuses the wipe", "[station]") {
    StationData s;
    ledger::Ledger ledger = s.outbox();
    const std::vector<device::DeviceInfo> disks{image_disk(s, "disk.img", 'A')};
    Result<station::PcWipe> unknown_asset = wipe(s, ledger, disks, {}, "NO-SUCH-ASSET");
    REQUIRE_FALSE(unknown_asset);
    CHECK(unknown_asset.error().code == Errc::not_found);
    CHECK(holds_only(disks[0].path, 'A'));
    CHECK_FALSE(std::filesystem::exists(s.data.path("evidence")));
}

TEST_CASE("station: the summary says which disks were not started and why", "[station]") {
    StationData s;
    ledger::Ledger ledger = s.outbox();
    device::DeviceInfo gone = image_disk(s, "gone.img", 'A');
    std::filesystem::remove(gone.path);  // unplugged between the list and the wipe
    Result<station::PcWipe> done = wipe(s, ledger, {gone});
    REQUIRE(done);
    REQUIRE(done->disks[0].start_error);
    CHECK_FALSE(done->disks[0].report);
    CHECK_FALSE(done->all_erased());
    Result<std::string> summary = files::read_small_file(done->summary->json, 1 << 20);
    REQUIRE(summary);
    CHECK(summary->find("\"outcome\": \"not_started\"") != std::string::npos);
}

}  // namespace
}  // namespace sanitize
