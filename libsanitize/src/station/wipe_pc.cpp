// A PC from the operator's (or the unattended list's) go to its summary: the ledger's checks
// before any disk is touched, the wipe of every chosen disk, the PC's summary last.
#include "sanitize/station.hpp"

namespace sanitize::station {

bool PcWipe::all_erased() const noexcept {
    for (const DiskResult& disk : disks) {
        if (!disk.report || disk.report->outcome != wipe::Outcome::erased || !disk.certificate) return false;
    }
    return !disks.empty();
}

namespace {

Result<cert::CertificateContext> context_for(const Settings& settings, const cert::Computer& pc,
                                             const PcWipeRequest& request, const keys::PublicKey& operator_key,
                                             ledger::Ledger& ledger) {
    jobs::CertificateRequest certificate;
    certificate.asset_id = request.asset_id;
    certificate.destination = request.destination;
    certificate.department = settings.department;
    Result<cert::CertificateContext> context = jobs::certificate_context(ledger, operator_key, certificate);
    if (!context) return context.error();
    if (!settings.organisation.empty()) context->organisation.name = settings.organisation;
    context->computer = pc;
    return context;
}

}  // namespace

Result<PcWipe> wipe_pc(const DataPartition& data, const Settings& settings, const cert::Computer& pc,
                       const PcWipeRequest& request, const keys::SecretKey& operator_key, ledger::Ledger& ledger,
                       const WipeObserver& observer, std::stop_token stop) {
    Result<cert::CertificateContext> context = context_for(settings, pc, request, operator_key.public_key(), ledger);
    if (!context) return context.error();
    Result<std::string> evidence = evidence_directory(data, pc);
    if (!evidence) return evidence.error();
    WipeRequest wipe{.disks = request.disks,
                     .options = {},
                     .checkpoint_dir = data.path("checkpoints"),
                     .context = std::move(*context),
                     .evidence_dir = *evidence};
    wipe.options.method = settings.method;
    wipe.options.verify = settings.verify;
    PcWipe done;
    done.evidence_dir = *evidence;
    done.disks = wipe_disks(wipe, operator_key, ledger, observer, stop);
    Summary summary{pc, wipe.context.organisation.name, wipe.context.operator_person.name,
                    std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), done.disks};
    Result<WrittenSummary> written = write_summary(summary, *evidence, operator_key);
    if (written) {
        done.summary = std::move(*written);
    } else {
        done.summary_error = written.error();
    }
    return done;
}

}  // namespace sanitize::station
