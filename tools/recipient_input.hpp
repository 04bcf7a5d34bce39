// age recipients as `encrypt` and `prepare` take them: -r values and the lines of -R files, or
// a passphrase instead.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "context.hpp"
#include "sanitize/age.hpp"
#include "sanitize/result.hpp"
#include "secret_input.hpp"

namespace sanitize::cli {

// Blank lines and "#" comments of -R files are skipped, as age does; a bad one is
// Reason::recipient_spec naming where it came from (path: "-r" or "FILE:LINE").
[[nodiscard]] Result<std::vector<crypt::X25519Recipient>> parse_recipient_options(
    const std::vector<std::string>& recipients, const std::vector<std::string>& recipient_files);

// Whether the person chose a passphrase over recipients: --passphrase, or a passphrase file or
// descriptor (the options `encrypt` and `prepare` share).
template <typename Args>
bool uses_passphrase(const Args& args) {
    return args.passphrase || args.passphrase_source.fd >= 0 || !args.passphrase_source.file.empty();
}

// The passphrase of the archive `what` (a file or folder, named in the prompt), read the CLI's
// way for a new secret, as the age recipient that locks it.
[[nodiscard]] Result<std::unique_ptr<crypt::ScryptRecipient>> archive_passphrase(const PassphraseSource& source,
                                                                                const std::string& what,
                                                                                const Context& context);

}  // namespace sanitize::cli
