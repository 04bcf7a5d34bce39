// A PC's disks wiped by the station's library path (wipe_pc → jobs::wipe_and_certify, the CLI's
// wipe job): certificates that name the PC and verify with stock minisign, their events in the
// outbox and, once it is synced into the office's ledger, verified by `cert verify`'s checks; the
// signed summary with its PDF; a resumed wipe after a power cut; nothing touched when the ledger
// refuses. Disk images stand in for the disks here (the device lab boots the real image with
// emulated SATA and NVMe drives).
#include <algorithm>
#include <fstream>

#include <catch2/catch.hpp>

#include "run_process.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/wipe.hpp"
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

Result<station::PcWipe> wipe(StationData& s, const std::vector<device::DeviceInfo>& disks, std::stop_token stop = {},
                             std::string asset = {}) {
    station::SettingsRead read = station::read_settings(s.data);
    REQUIRE(read.problems.empty());
    const station::Station station{s.data, read.settings, pc};
    station::StationSigner signer = s.signer();
    return station::wipe_pc(station, {.disks = disks, .asset_id = std::move(asset), .destination = cert::Destination::reuse},
                            signer, {}, stop);
}

// The office's ledger as the admin has it back at the office: the stick's copy, with the
// station's outbox synced into it (sanitize ledger sync).
ledger::Ledger synced_office_ledger(StationData& s) {
    const std::string office = s.dir.file("office-ledger.db");
    std::filesystem::copy_file(s.data.path("ledger.db"), office);
    Result<ledger::Ledger> ledger = ledger::Ledger::open(office);
    REQUIRE(ledger);
    Result<ledger::Outbox> outbox = ledger::Outbox::open(s.data.path("outbox.db"));
    REQUIRE(outbox);
    REQUIRE(ledger::sync_outbox(*outbox, *ledger));
    return std::move(*ledger);
}

TEST_CASE("station: two disks wiped together, each with a certificate naming the PC and the disk", "[station]") {
    StationData s;
    const std::vector<device::DeviceInfo> disks{image_disk(s, "disk-a.img", 'A'), image_disk(s, "disk-b.img", 'B')};
    Result<station::PcWipe> done = wipe(s, disks);
    REQUIRE(done);
    CHECK(done->all_erased());
    CHECK(done->evidence_dir == s.data.path("evidence/PF2ABCDE"));
    REQUIRE(done->disks.size() == 2);
    for (std::size_t i = 0; i < 2; ++i) {
        const station::DiskResult& disk = done->disks[i];
        CHECK(holds_only(disks[i].path, '\0'));  // station.conf says method = zero
        REQUIRE(disk.certificate);
        CHECK_FALSE(disk.resumed());
        // Its event waits in the outbox; nothing was written to the ledger copy.
        REQUIRE(disk.certificate->issued.outbox_entry);
        CHECK_FALSE(disk.certificate->issued.ledger_event);
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
    // The copy on the stick is as the admin made it: the events are in the outbox alone.
    CHECK(s.ledgers().outbox.size().value() == 2);
    CHECK(s.ledgers().copy.head().value()->seq == 3);  // genesis and the two key registrations
}

TEST_CASE("station: a certificate issued offline verifies once its outbox is synced", "[station]") {
    StationData s;
    const std::vector<device::DeviceInfo> disks{image_disk(s, "disk.img", 'A')};
    Result<station::PcWipe> done = wipe(s, disks);
    REQUIRE(done);
    REQUIRE(done->disks[0].certificate);
    const jobs::CertifiedWipe& certified = *done->disks[0].certificate;
    const std::string origin = certified.issued.outbox_entry->origin;
    // The signature names the outbox entry, since no seq exists yet.
    Result<std::string> signature = files::read_small_file(certified.files.signature, 4096);
    REQUIRE(signature);
    CHECK(signature->find("ledger_seq=none origin=" + origin + " sha256=") != std::string::npos);

    const auto verify = [&](ledger::Ledger& ledger) {
        cert::VerifyOptions options;
        options.ledger = &ledger;
        Result<cert::VerifyReport> report =
            cert::verify_certificate(certified.issued.json, certified.issued.signature, s.operator_key.public_key, options);
        REQUIRE(report);
        return *report;
    };
    // Before the sync the ledger does not hold the event: the check fails and says why.
    station::StationLedger before = s.ledgers();
    const cert::VerifyReport unsynced = verify(before.copy);
    CHECK(unsynced.result(cert::Check::ledger_event).status == cert::CheckStatus::failed);
    CHECK(unsynced.result(cert::Check::ledger_event).note == cert::CheckNote::no_event_from_outbox);
    CHECK(unsynced.result(cert::Check::ledger_event).value("origin") == origin);

    ledger::Ledger office = synced_office_ledger(s);
    const cert::VerifyReport synced = verify(office);
    for (const cert::CheckResult& check : synced.checks) {
        INFO(cert::check_name(check.check) << ": " << cert::check_note_name(check.note));
        CHECK(check.status == cert::CheckStatus::passed);
    }
    Result<std::optional<ledger::Event>> event = office.event_with_origin(origin);
    REQUIRE(event);
    REQUIRE(event->has_value());
    CHECK((*event)->type == ledger::EventType::wipe_certificate);
    CHECK(synced.result(cert::Check::ledger_event).note == cert::CheckNote::event);
    CHECK(synced.result(cert::Check::ledger_event).value("seq") == std::to_string((*event)->seq));
}

TEST_CASE("station: a wipe cut off by a power loss resumes from its checkpoint on the next boot", "[station]") {
    StationData s;
    const std::vector<device::DeviceInfo> disks{image_disk(s, "disk.img", 'A'), image_disk(s, "other.img", 'B')};
    // The first boot: the job cut off mid-pass (throttled, so that the cut lands after a chunk),
    // its checkpoint on the data partition as the station's own wipe would leave it.
    class CutMidPass final : public jobs::WipeObserver {
    public:
        std::stop_source power;
        Result<void> confirm(const std::vector<device::DeviceInfo>&) override { return {}; }
        void progress(std::size_t, const wipe::Progress& p) override {
            if (p.phase == wipe::Phase::writing && p.phase_bytes_done > 0 && p.phase_bytes_done < disk_bytes) power.request_stop();
        }
    } cut;
    jobs::WipeRequest first_boot;
    first_boot.targets = {{disks[0].path, {}}};
    first_boot.options.method = *wipe::parse_method("zero");
    first_boot.options.workers = 1;
    first_boot.options.chunk_bytes = std::size_t{128} << 10;
    first_boot.options.throttle = std::chrono::milliseconds(50);
    first_boot.options.checkpoint_interval = std::chrono::milliseconds(0);
    first_boot.checkpoints = {.directory = s.data.path("checkpoints"), .resume = false, .discard = false, .resume_where_saved = true};
    Result<jobs::WipeResult> first = jobs::wipe_and_certify(first_boot, cut, cut.power.get_token());
    REQUIRE(first);
    CHECK(first->targets[0].report.outcome == wipe::Outcome::aborted);
    CHECK(first->targets[0].report.checkpoint_kept);
    REQUIRE_FALSE(std::filesystem::is_empty(s.data.path("checkpoints")));

    // The next boot: the same disk resumed, a disk without a checkpoint started anew, together.
    Result<station::PcWipe> next_boot = wipe(s, disks);
    REQUIRE(next_boot);
    CHECK_FALSE(next_boot->disks[1].resumed());
    CHECK(next_boot->disks[1].report.outcome == wipe::Outcome::erased);
    const station::DiskResult& disk = next_boot->disks[0];
    CHECK(disk.resumed());
    CHECK(disk.report.outcome == wipe::Outcome::erased);
    REQUIRE(disk.certificate);
    CHECK(disk.certificate->issued.certificate.timings.resumed);
    CHECK(holds_only(disks[0].path, '\0'));
    CHECK(holds_only(disks[1].path, '\0'));
    CHECK(std::filesystem::is_empty(s.data.path("checkpoints")));
}

TEST_CASE("station: nothing is touched when the ledger refuses the wipe", "[station]") {
    StationData s;
    const std::vector<device::DeviceInfo> disks{image_disk(s, "disk.img", 'A')};
    Result<station::PcWipe> unknown_asset = wipe(s, disks, {}, "NO-SUCH-ASSET");
    REQUIRE_FALSE(unknown_asset);
    CHECK(unknown_asset.error().code == Errc::not_found);
    CHECK(unknown_asset.error().reason == Reason::asset_unknown);
    CHECK(holds_only(disks[0].path, 'A'));
    CHECK_FALSE(std::filesystem::exists(s.data.path("evidence/PF2ABCDE")));
    CHECK(s.ledgers().outbox.size().value() == 0);
}

TEST_CASE("station: a disk gone since the list refuses the whole wipe, as the CLI's job does", "[station]") {
    StationData s;
    const device::DeviceInfo kept = image_disk(s, "kept.img", 'A');
    device::DeviceInfo gone = image_disk(s, "gone.img", 'B');
    std::filesystem::remove(gone.path);  // unplugged between the list and the wipe
    Result<station::PcWipe> done = wipe(s, {kept, gone});
    REQUIRE_FALSE(done);
    CHECK(done.error().reason == Reason::target_missing);
    CHECK(done.error().device == gone.path);
    CHECK(holds_only(kept.path, 'A'));
}

}  // namespace
}  // namespace sanitize
