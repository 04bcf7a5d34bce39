#include "wipe_session.hpp"

#include <sstream>

namespace sanitize::gui {
namespace {

// The job's observer for the page: the confirmation the dialogs took, checked against the
// targets as the job inspected them (a medium swapped since is refused), and the progress.
class SessionObserver final : public jobs::WipeObserver {
public:
    SessionObserver(const WipeRequest& request, const ProgressSink& progress) : progress_(progress) {
        for (const device::DeviceInfo& info : request.targets) typed_.push_back(device::confirmation_token(info));
    }
    Result<void> confirm(const std::vector<device::DeviceInfo>& targets) override {
        return jobs::check_confirmations(targets, typed_);
    }
    void progress(std::size_t target, const wipe::Progress& progress) override {
        if (progress_) progress_(target, progress);
    }

private:
    const ProgressSink& progress_;
    std::vector<std::string> typed_;
};

jobs::WipeRequest job_request(const WipeRequest& request) {
    jobs::WipeRequest job;
    for (std::size_t i = 0; i < request.targets.size(); ++i) {
        job.targets.push_back({request.targets[i].path, i < request.assets.size() ? request.assets[i] : std::string()});
    }
    job.options = request.options;
    job.checkpoints = {request.checkpoint_dir, request.resume, false};
    job.hidden_areas = request.hidden_areas;
    job.certification = {nullptr, request.certificate, {.directory = request.certificate_dir, .pdf = true}};
    job.media = request.media;
    return job;
}

}  // namespace

std::optional<std::vector<std::string>> assets_per_target(const std::string& field, std::size_t targets) {
    std::string text = field;
    for (char& c : text) {
        if (c == ',') c = ' ';
    }
    std::vector<std::string> assets;
    std::istringstream words(text);
    for (std::string word; words >> word;) assets.push_back(word);
    if (assets.empty()) return std::vector<std::string>();
    if (assets.size() != targets) return std::nullopt;
    return assets;
}

Result<std::optional<jobs::Signer>> open_signer_if_ledger(const std::string& ledger, const std::string& key_file,
                                                          std::optional<SecretBuffer> passphrase) {
    if (ledger.empty()) return std::optional<jobs::Signer>();
    if (!passphrase) passphrase.emplace();
    Result<jobs::Signer> opened = jobs::open_signer(ledger, key_file, passphrase->bytes());
    passphrase.reset();
    if (!opened) return opened.error();
    return std::optional<jobs::Signer>(std::move(*opened));
}

WipeResult run_wipe_session(const WipeRequest& request, std::optional<SecretBuffer> passphrase,
                            const ProgressSink& progress, std::stop_token stop) {
    WipeResult result;
    jobs::WipeRequest job = job_request(request);
    Result<std::optional<jobs::Signer>> signer = open_signer_if_ledger(request.ledger, request.key_file, std::move(passphrase));
    if (!signer) {
        result.error = signer.error();
        return result;
    }
    if (*signer) job.certification.signer = &**signer;
    SessionObserver observer(request, progress);
    Result<jobs::WipeResult> wiped = jobs::wipe_and_certify(job, observer, stop);
    if (!wiped) {
        result.error = wiped.error();
        return result;
    }
    for (jobs::WipedTarget& target : wiped->targets) {
        result.targets.push_back({std::move(target.report), std::move(target.certificate), std::move(target.certificate_error)});
    }
    return result;
}

}  // namespace sanitize::gui
