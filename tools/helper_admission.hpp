// What sanitize-helper does for a person who is not root, decided before anything runs: the
// CLI's grammar, parsed by the CLI's own parser, narrowed to what needs root and nothing more.
//
// - Commands: wipe, prepare, purge, verify-media; every other command is refused
//   (Reason::helper_command): decrypt would write as root, encrypt and attach read as root.
// - Targets: whole block devices that pass every safety rule; an image file, a copy of
//   /etc/shadow or any other regular file is Reason::not_whole_disk, a partition or a mounted
//   disk the rule's own reason.
// - Files root would read for the person (-R, --passphrase-file, --key-passphrase-file) and
//   places root would write for them (--checkpoint-dir): Reason::helper_option.
// - Certificates: only in the site's certificate directory (Reason::helper_certificate_dir),
//   which must be configured (Reason::helper_no_certificate_dir).
#pragma once

#include <string>
#include <vector>

#include "app.hpp"
#include "helper_log.hpp"
#include "sanitize/config.hpp"
#include "sanitize/jobs/media.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cli {

struct HelperSite {
    std::string certificate_dir;  // empty: none configured
};

// The site file (sanitize.conf(5)) only, never the person's own, which the person controls.
// Its path is the CLI's: $SANITIZE_SITE_CONFIG else the installed one. pkexec starts the helper
// with a minimal environment of its own making, so that a person cannot name another file;
// tests, which start the helper as root themselves, name theirs.
HelperSite read_helper_site(const config::Getenv& getenv_fn);

// The command's name and what it names (devices, a folder), for the journal.
HelperLogEntry describe_request(const Invocation& invocation);

// Refuses what the helper must not do; otherwise points the command's certificates at the
// site's directory. Nothing is written either way; targets are inspected through `media`.
[[nodiscard]] Result<void> admit_request(Invocation& invocation, const HelperSite& site, jobs::MediaAccess& media);

}  // namespace sanitize::cli
