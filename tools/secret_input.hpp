// Passphrases for secret keys: typed at the terminal without echo, or the first line of a file
// or an inherited descriptor. Never argv (visible in ps and shell history) and never the
// environment (inherited by every child).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "context.hpp"
#include "exit_codes.hpp"
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

struct PassphraseRead {
    std::optional<SecretBuffer> passphrase;
    ExitCode failure = ExitCode::ok;  // why there is none; the error was printed
};

// `prompt` names the key ("passphrase for operator.key: "). A descriptor or file wins over the
// terminal; without either and without a terminal the read fails with a hint naming both.
PassphraseRead read_passphrase(const PassphraseSource& source, std::string_view prompt, PassphrasePurpose purpose,
                               const Context& context);

}  // namespace sanitize::cli
