#include "helper_admission.hpp"

#include "failure.hpp"

namespace sanitize::cli {
namespace {

// What a request names: the devices, in order; a carry-out's folder last.
std::vector<std::string> named_targets(const Invocation& invocation) {
    switch (invocation.command) {
        case Command::wipe: return invocation.wipe.targets;
        case Command::purge: return {invocation.purge.target};
        case Command::verify_media: return {invocation.verify_media.target};
        case Command::prepare: return {invocation.prepare.device};
        default: return {};
    }
}

Error refused(Reason reason, std::string detail, std::string expected = {}) {
    return cli_error(Errc::refused, reason, std::move(detail), std::move(expected));
}

// The first option naming a file root would read, or a place root would write, for the person.
std::string forbidden_option(const Invocation& invocation) {
    switch (invocation.command) {
        case Command::wipe:
            if (!invocation.wipe.signer.passphrase.file.empty()) return "--passphrase-file";
            if (!invocation.wipe.checkpoint_dir.empty()) return "--checkpoint-dir";
            return {};
        case Command::purge:
            if (!invocation.purge.certificate.signer.passphrase.file.empty()) return "--passphrase-file";
            return {};
        case Command::prepare:
            if (!invocation.prepare.recipient_files.empty()) return "--recipients-file";
            if (!invocation.prepare.passphrase_source.file.empty()) return "--passphrase-file";
            if (!invocation.prepare.signer.passphrase.file.empty()) return "--key-passphrase-file";
            return {};
        default: return {};
    }
}

// The certificate directory option of a command that issues certificates; null for one that
// issues none (verify-media, a wipe without a ledger).
std::string* certificate_dir_of(Invocation& invocation) {
    switch (invocation.command) {
        case Command::wipe: return invocation.wipe.no_ledger ? nullptr : &invocation.wipe.cert_dir;
        case Command::purge: return invocation.purge.certificate.no_ledger ? nullptr : &invocation.purge.certificate.cert_dir;
        case Command::prepare: return &invocation.prepare.cert_dir;
        default: return nullptr;
    }
}

// "." is the option's default: the person gave none, or the current directory, which under
// pkexec is theirs and not the site's.
Result<void> use_site_certificate_dir(Invocation& invocation, const HelperSite& site) {
    std::string* directory = certificate_dir_of(invocation);
    if (directory == nullptr) return {};
    if (site.certificate_dir.empty()) return refused(Reason::helper_no_certificate_dir, {});
    if (*directory != "." && *directory != site.certificate_dir) {
        return refused(Reason::helper_certificate_dir, *directory, site.certificate_dir);
    }
    *directory = site.certificate_dir;
    return {};
}

// Whole block devices only, each allowed by the safety rules (the rules' own reasons).
Result<void> check_devices(const std::vector<std::string>& devices, jobs::MediaAccess& media) {
    Result<std::vector<device::DeviceInfo>> allowed = jobs::inspect_allowed(media, devices);
    if (!allowed) return allowed.error();
    for (const device::DeviceInfo& info : *allowed) {
        if (info.kind == device::TargetKind::block_device) continue;
        Error error = refused(Reason::not_whole_disk, info.path);
        error.device = info.path;
        return error;
    }
    return {};
}

}  // namespace

HelperSite read_helper_site(const config::Getenv& getenv_fn) {
    const config::FileSettings site = config::read_file(config::Source::site_file, config::site_file_path(getenv_fn));
    HelperSite helper;
    if (auto found = site.values.find(config::Setting::certificate_dir); found != site.values.end()) {
        helper.certificate_dir = found->second.text;
    }
    return helper;
}

HelperLogEntry describe_request(const Invocation& invocation) {
    HelperLogEntry entry;
    entry.command = command_name(invocation.command);
    entry.targets = named_targets(invocation);
    if (invocation.command == Command::prepare) entry.targets.push_back(invocation.prepare.folder);
    return entry;
}

Result<void> admit_request(Invocation& invocation, const HelperSite& site, jobs::MediaAccess& media) {
    switch (invocation.command) {
        case Command::wipe:
        case Command::purge:
        case Command::verify_media:
        case Command::prepare: break;
        default: return refused(Reason::helper_command, command_name(invocation.command));
    }
    if (const std::string option = forbidden_option(invocation); !option.empty()) {
        return refused(Reason::helper_option, option);
    }
    if (auto devices = check_devices(named_targets(invocation), media); !devices) return devices;
    return use_site_certificate_dir(invocation, site);
}

}  // namespace sanitize::cli
