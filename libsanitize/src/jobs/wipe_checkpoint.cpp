// Which checkpoint a wipe uses: the same rules for every front end (docs/resume.md).
#include "jobs/wipe_checkpoint.hpp"

#include "jobs/targets.hpp"
#include "sanitize/checkpoint.hpp"

namespace sanitize::jobs::detail {
namespace {

Error checkpoint_error(Error error, Reason reason, const device::DeviceInfo& target, const std::string& path) {
    error.reason = reason;
    error.device = target.path;
    error.path = path;
    return error;
}

// The reason of a refusal found by find_checkpoint: a corrupt file, another medium's file.
Reason reason_of(const Error& error) {
    switch (error.code) {
        case Errc::malformed_input: return Reason::checkpoint_corrupt;
        case Errc::conflict: return Reason::checkpoint_other_medium;
        default: return Reason::checkpoint_unusable;
    }
}

Result<wipe::WipeOptions> checkpointed(const device::DeviceInfo& target, const wipe::WipeOptions& options,
                                       const CheckpointRequest& request) {
    const std::string& directory = request.directory;
    if (directory.empty()) {
        if (!request.resume) return options;
        return checkpoint_error(make_error(Errc::not_found, "no checkpoint directory"), Reason::checkpoint_missing, target, "");
    }
    if (Result<void> made = wipe::ensure_checkpoint_dir(directory); !made) {
        return checkpoint_error(made.error(), Reason::checkpoint_unusable, target, directory);
    }
    Result<wipe::DeviceIdentity> identity = wipe::identity_of(target);
    if (!identity) return checkpoint_error(identity.error(), Reason::checkpoint_unusable, target, directory);
    const std::string path = wipe::checkpoint_path_for(directory, *identity, target);
    // Errors here (corrupt file, another medium's checkpoint) refuse a resume; for a new wipe
    // they refuse too, unless the person said to start over: the file may be this medium's.
    Result<std::optional<wipe::FoundCheckpoint>> found = wipe::find_checkpoint(directory, target);
    wipe::WipeOptions result = options;
    result.checkpoint_path = path;
    if (request.resume || request.resume_where_saved) {
        if (!found) return checkpoint_error(found.error(), reason_of(found.error()), target, path);
        if (!found->has_value()) {
            if (request.resume_where_saved) return result;  // nothing saved: a new wipe
            return checkpoint_error(make_error(Errc::not_found, path), Reason::checkpoint_missing, target, directory);
        }
        result.resume_from = std::make_shared<const wipe::Checkpoint>(std::move((*found)->checkpoint));
        return result;
    }
    const bool exists = !found || found->has_value();
    if (exists && !request.discard) {
        // A forgotten half-wiped medium must not silently start again from zero.
        return checkpoint_error(make_error(Errc::refused, path), Reason::checkpoint_exists, target, path);
    }
    if (exists) {
        if (Result<void> discarded = wipe::discard_checkpoint(path); !discarded) {
            return checkpoint_error(discarded.error(), Reason::checkpoint_unusable, target, path);
        }
    }
    return result;
}

}  // namespace

Result<std::vector<wipe::WipeOptions>> checkpointed_options(const std::vector<device::DeviceInfo>& targets,
                                                            const wipe::WipeOptions& options,
                                                            const CheckpointRequest& request) {
    std::vector<wipe::WipeOptions> per_target;
    std::vector<Error> refusals;
    for (const device::DeviceInfo& target : targets) {
        Result<wipe::WipeOptions> made = checkpointed(target, options, request);
        if (made) {
            per_target.push_back(std::move(*made));
        } else {
            refusals.push_back(made.error());
        }
    }
    if (Result<void> all = all_of(std::move(refusals)); !all) return all.error();
    return per_target;
}

}  // namespace sanitize::jobs::detail
