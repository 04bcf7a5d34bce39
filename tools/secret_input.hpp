// Passphrases for secret keys: typed at the terminal without echo, or the first line of a file
// or an inherited descriptor. Never argv (visible in ps and shell history) and never the
// environment (inherited by every child).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "context.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::cli {

struct PassphraseSource {
    std::string file;  // --passphrase-file: its first line
    int fd = -1;       // --passphrase-fd: one line read from it, the descriptor left open
};

enum class PassphrasePurpose {
    unlock,  // an existing key: asked once
    create,  // a new key: asked twice on a terminal, and must not be empty
};

// `prompt` names the key ("passphrase for operator.key: "). A descriptor or file wins over the
// terminal; without either and without a terminal Reason::passphrase_no_terminal. Other
// failures: passphrase_too_long, passphrase_unreadable, passphrase_empty (detail: where it was
// read), passphrase_not_given, passphrase_mismatch, and Errc::cancelled at a stop request.
[[nodiscard]] Result<SecretBuffer> read_passphrase(const PassphraseSource& source, std::string_view prompt,
                                                   PassphrasePurpose purpose, const Context& context);

}  // namespace sanitize::cli
