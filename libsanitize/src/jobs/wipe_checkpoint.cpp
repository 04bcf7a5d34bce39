// Which checkpoint a wipe uses, decided before the medium is touched: the same rules for the CLI
// and the GUI (docs/resume.md).
#include "sanitize/checkpoint.hpp"
#include "sanitize/jobs.hpp"

namespace sanitize::jobs {

Result<wipe::WipeOptions> checkpointed_options(const device::DeviceInfo& target, const wipe::WipeOptions& options,
                                               const CheckpointRequest& request) {
    if (Result<void> made = wipe::ensure_checkpoint_dir(request.directory); !made) return made.error();
    // Errors here (corrupt file, another medium's checkpoint) refuse a resume; for a new wipe
    // they refuse too, unless the person said to start over: the file may be this medium's.
    Result<std::optional<wipe::FoundCheckpoint>> found = wipe::find_checkpoint(request.directory, target);
    Result<wipe::DeviceIdentity> identity = wipe::identity_of(target);
    if (!identity) return identity.error();
    const std::string path = wipe::checkpoint_path_for(request.directory, *identity, target);
    wipe::WipeOptions result = options;
    result.checkpoint_path = path;
    if (request.resume) {
        if (!found) return found.error();
        if (!found->has_value()) return make_error(Errc::not_found, path);
        result.resume_from = std::make_shared<const wipe::Checkpoint>(std::move((*found)->checkpoint));
        return result;
    }
    const bool exists = !found || found->has_value();
    if (exists && !request.discard) {
        // A forgotten half-wiped medium must not silently start again from zero.
        return make_error(Errc::refused, path);
    }
    if (exists) {
        if (Result<void> discarded = wipe::discard_checkpoint(path); !discarded) return discarded.error();
    }
    return result;
}

}  // namespace sanitize::jobs
