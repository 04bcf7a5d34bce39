// Inspection, the same medium twice, and the safety rules of every target before any is written.
#include "jobs/targets.hpp"

#include "device/refusal_names.hpp"
#include "sanitize/jobs/confirmation.hpp"

namespace sanitize::jobs::detail {
namespace {

const std::string& identity(const device::DeviceInfo& info) {
    return info.canonical_path.empty() ? info.path : info.canonical_path;
}

// The same medium twice would be written by two jobs at once: also a loop device and its file.
bool same_medium(const device::DeviceInfo& a, const device::DeviceInfo& b) {
    return identity(a) == identity(b) || (!a.backing_file.empty() && a.backing_file == identity(b)) ||
           (!b.backing_file.empty() && b.backing_file == identity(a));
}

Error inspection_error(const std::string& path, Error error) {
    if (error.code == Errc::not_found && error.reason == Reason::none) error.reason = Reason::target_missing;
    return about_device(std::move(error), path);
}

Result<void> check_duplicates(const std::vector<device::DeviceInfo>& targets) {
    for (std::size_t i = 0; i < targets.size(); ++i) {
        for (std::size_t j = i + 1; j < targets.size(); ++j) {
            if (!same_medium(targets[i], targets[j])) continue;
            Error error = make_error(Errc::invalid_argument, Reason::same_medium, identity(targets[i]));
            error.device = targets[i].path;
            error.detail = targets[j].path;
            return error;
        }
    }
    return {};
}

}  // namespace

Reason reason_of(device::RefusalReason reason) {
    switch (reason) {
        case device::RefusalReason::mounted: return Reason::mounted;
        case device::RefusalReason::system_disk: return Reason::system_disk;
        case device::RefusalReason::swap: return Reason::swap;
        case device::RefusalReason::has_holders: return Reason::has_holders;
        case device::RefusalReason::partition: return Reason::partition;
        case device::RefusalReason::read_only: return Reason::read_only;
    }
    return Reason::read_only;
}

Error refusal_error(const device::DeviceInfo& info, const device::Refusal& refusal) {
    Error error = make_error(Errc::refused, reason_of(refusal.reason), "device " + info.path + ": " + refusal.detail);
    error.device = info.path;
    error.detail = refusal.detail;
    // The device to act on, when it is not the target as named: the partition to unmount (path),
    // the whole disk to wipe instead of a partition (expected).
    if (refusal.reason == device::RefusalReason::mounted) error.path = device::partition_mounted_at(info, refusal.detail);
    if (refusal.reason == device::RefusalReason::partition) error.expected = device::whole_disk_of(info);
    return error;
}

Result<void> refuse_empty(const device::DeviceInfo& info) {
    if (info.size_bytes != 0) return {};
    Error error = make_error(Errc::invalid_argument, Reason::empty_target, "device " + info.path + ": 0 bytes");
    error.device = info.path;
    return error;
}

Result<void> all_of(std::vector<Error> errors) {
    if (errors.empty()) return {};
    Error first = std::move(errors.front());
    for (std::size_t i = 1; i < errors.size(); ++i) first.also.push_back(std::move(errors[i]));
    return first;
}

Result<std::vector<device::DeviceInfo>> settle_targets(MediaAccess& media, const std::vector<std::string>& paths,
                                                       const InspectedCallback& inspected) {
    std::vector<device::DeviceInfo> targets;
    std::vector<Error> problems;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        Result<device::DeviceInfo> info = media.inspect(paths[i]);
        if (!info) {
            problems.push_back(inspection_error(paths[i], info.error()));
            continue;
        }
        if (inspected) inspected(i, *info);
        if (auto sized = refuse_empty(*info); !sized) problems.push_back(sized.error());
        targets.push_back(std::move(*info));
    }
    if (auto inspected_all = all_of(std::move(problems)); !inspected_all) return inspected_all.error();
    if (auto once = check_duplicates(targets); !once) return once.error();
    for (const device::DeviceInfo& info : targets) {
        for (const device::Refusal& refusal : device::refusals(info)) problems.push_back(refusal_error(info, refusal));
    }
    if (auto allowed = all_of(std::move(problems)); !allowed) return allowed.error();
    return targets;
}

}  // namespace sanitize::jobs::detail

namespace sanitize::jobs {

Result<std::vector<device::DeviceInfo>> inspect_allowed(MediaAccess& media, const std::vector<std::string>& paths) {
    return detail::settle_targets(media, paths, {});
}

Result<void> check_confirmations(const std::vector<device::DeviceInfo>& targets, const std::vector<std::string>& typed) {
    std::vector<Error> mismatches;
    for (std::size_t i = 0; i < targets.size(); ++i) {
        const std::string given = i < typed.size() ? typed[i] : std::string();
        if (device::confirmation_matches(targets[i], given)) continue;
        Error error = make_error(Errc::refused, Reason::confirmation_mismatch, "confirmation");
        error.device = targets[i].path;
        error.detail = given;  // the right token is never put in the error, which may be printed
        mismatches.push_back(std::move(error));
    }
    return detail::all_of(std::move(mismatches));
}

}  // namespace sanitize::jobs
