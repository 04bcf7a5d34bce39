// A PC from the operator's (or the unattended list's) go to its summary: the wipe job for every
// chosen disk, then the PC's summary beside the certificates.
#include <filesystem>

#include "sanitize/station.hpp"

namespace sanitize::station {

bool PcWipe::all_erased() const noexcept {
    for (const DiskResult& disk : disks) {
        if (disk.report.outcome != wipe::Outcome::erased || !disk.certificate) return false;
    }
    return !disks.empty();
}

namespace {

// The operator as the ledger copy registered the key (the job checked it before any disk).
std::string operator_name(ledger::Ledger& ledger, const keys::KeyId& key) {
    Result<std::optional<ledger::KeyRecord>> found = ledger.find_key(key);
    return found && *found ? (*found)->name : std::string();
}

}  // namespace

Result<PcWipe> wipe_pc(const Station& station, const PcWipeRequest& request, StationSigner& signer,
                       const WipeObserver& observer, std::stop_token stop) {
    Result<std::string> evidence = evidence_directory(station.data, station.pc);
    if (!evidence) return evidence.error();
    Result<std::vector<DiskResult>> disks = wipe_disks({station, request, *evidence}, signer, observer, stop);
    if (!disks) {
        std::error_code ignored;
        std::filesystem::remove(*evidence, ignored);  // only when empty: a PC refused leaves no folder
        return disks.error();
    }
    PcWipe done;
    done.evidence_dir = *evidence;
    done.disks = std::move(*disks);
    ledger::Ledger& ledger = signer.signer.ledger;
    Summary summary{station.pc, ledger.info().organisation, operator_name(ledger, signer.signer.key.id()),
                    std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), done.disks};
    Result<WrittenSummary> written = write_summary(summary, *evidence, signer.signer.key);
    if (written) {
        done.summary = std::move(*written);
    } else {
        done.summary_error = written.error();
    }
    return done;
}

}  // namespace sanitize::station
