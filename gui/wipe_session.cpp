#include "wipe_session.hpp"

#include "signer.hpp"

namespace sanitize::gui {

namespace {

struct CertificateSetup {
    ledger::Ledger ledger;
    keys::SecretKey key;
    std::vector<cert::CertificateContext> contexts;  // one per target
};

// Checked before any medium is touched: a wrong passphrase or an unregistered key must stop
// the wipe while the data is still there.
Result<CertificateSetup> prepare_certificates(const WipeRequest& request, const SecretBuffer& passphrase) {
    Result<Signer> signer = open_signer(request.ledger, request.key_file, passphrase);
    if (!signer) return signer.error();
    std::vector<cert::CertificateContext> contexts;
    for (std::size_t i = 0; i < request.targets.size(); ++i) {
        jobs::CertificateRequest certificate = request.certificate;
        if (i > 0) certificate.asset_id.clear();
        Result<cert::CertificateContext> made = jobs::certificate_context(signer->ledger, signer->key.public_key(), certificate);
        if (!made) return made.error();
        contexts.push_back(std::move(*made));
    }
    return CertificateSetup{std::move(signer->ledger), std::move(signer->key), std::move(contexts)};
}

// Each target's options with its checkpoint (and, to resume, its saved wipe), checked for every
// target before any is written, as the CLI does.
bool checkpointed(const WipeRequest& request, std::vector<wipe::WipeOptions>& per_target, WipeResult& result) {
    const jobs::CheckpointRequest checkpoints{request.checkpoint_dir, request.resume, false};
    for (const device::DeviceInfo& info : request.targets) {
        if (request.checkpoint_dir.empty()) {
            per_target.push_back(request.options);
            continue;
        }
        Result<wipe::WipeOptions> made = jobs::checkpointed_options(info, request.options, checkpoints);
        if (!made) {
            result.error = made.error();
            result.failed_target = info.path;
            result.checkpoint_refused = true;
            return false;
        }
        per_target.push_back(std::move(*made));
    }
    return true;
}

}  // namespace

WipeResult run_wipe_session(const WipeRequest& request, std::optional<SecretBuffer> passphrase,
                            const ProgressSink& progress, std::stop_token stop) {
    WipeResult result;
    std::optional<CertificateSetup> setup;
    if (!request.ledger.empty()) {
        if (!passphrase) passphrase.emplace();
        Result<CertificateSetup> prepared = prepare_certificates(request, *passphrase);
        passphrase.reset();
        if (!prepared) {
            result.error = prepared.error();
            return result;
        }
        setup = std::move(*prepared);
    }
    std::vector<wipe::WipeOptions> per_target;
    if (!checkpointed(request, per_target, result)) return result;
    std::vector<std::unique_ptr<device::Device>> devices;
    std::vector<device::Device*> targets;
    for (const device::DeviceInfo& info : request.targets) {
        Result<std::unique_ptr<device::Device>> opened = device::open(info, device::OpenOptions{});
        if (!opened) {
            result.error = opened.error();
            result.failed_target = info.path;
            return result;
        }
        targets.push_back(opened->get());
        devices.push_back(std::move(*opened));
    }
    auto callbacks_for = [&progress](std::size_t i) {
        wipe::Callbacks callbacks;
        callbacks.on_progress = [&progress, i](const wipe::Progress& value) { progress(i, value); };
        return callbacks;
    };
    std::vector<wipe::WipeReport> reports = jobs::wipe_in_parallel(targets, per_target, callbacks_for, stop);
    for (std::size_t i = 0; i < reports.size(); ++i) {
        TargetResult target{std::move(reports[i]), std::nullopt, std::nullopt};
        if (setup) {
            // A failure to certify does not undo the wipe; it is shown beside the outcome.
            Result<jobs::CertifiedWipe> certified = jobs::certify_wipe(
                target.report, setup->contexts[i], setup->key, setup->ledger,
                jobs::CertifyOptions{.directory = request.certificate_dir, .pdf = true});
            if (certified) {
                target.certified = std::move(*certified);
            } else {
                target.certify_error = certified.error();
            }
        }
        result.targets.push_back(std::move(target));
    }
    return result;
}

}  // namespace sanitize::gui
