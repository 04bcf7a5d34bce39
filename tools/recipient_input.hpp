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

// Recipients or a passphrase, exactly one of the two: neither is Reason::no_recipient, both
// Reason::recipients_and_passphrase (whose hint says that --passphrase-file here is the
// archive's, the key's being --key-passphrase-file).
template <typename Args>
Result<void> check_recipient_choice(const Args& args, bool has_recipients) {
    if (has_recipients && uses_passphrase(args)) {
        return make_error(Errc::invalid_argument, Reason::recipients_and_passphrase, "recipients and a passphrase");
    }
    if (!has_recipients && !uses_passphrase(args)) return make_error(Errc::invalid_argument, Reason::no_recipient, "no recipient");
    return {};
}

// The passphrase of the archive `what` (a file or folder, named in the prompt), read the CLI's
// way for a new secret, as the age recipient that locks it.
[[nodiscard]] Result<std::unique_ptr<crypt::ScryptRecipient>> archive_passphrase(const PassphraseSource& source,
                                                                                const std::string& what,
                                                                                const Context& context);

}  // namespace sanitize::cli
