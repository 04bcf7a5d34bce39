// Reading a passphrase byte by byte into secret memory: no std::string ever holds it, and a
// descriptor is not read past the line's end, so one descriptor can carry several passphrases.
#include "secret_input.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <memory>

#include <sodium.h>

#include "confirm.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t max_passphrase_bytes = 1024;

enum class LineStatus { ok, too_long, read_error };

// The first line of `fd` (without "\n" or "\r\n") into `secret`.
LineStatus read_line_from(int fd, SecretBuffer& secret, int& sys_errno) {
    std::size_t length = 0;
    for (;;) {
        unsigned char byte = 0;
        ssize_t n = ::read(fd, &byte, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            sys_errno = errno;
            return LineStatus::read_error;
        }
        if (n == 0 || byte == '\n') break;
        if (length == secret.size()) return LineStatus::too_long;
        secret.bytes()[length++] = byte;
    }
    if (length > 0 && secret.bytes()[length - 1] == '\r') --length;
    secret.shrink(length);
    return LineStatus::ok;
}

PassphraseRead failed(const Context& context, const std::string& text, ExitCode code, std::optional<Msg> hint = {}) {
    print_error(context.messages, text);
    if (hint) print_hint(context.messages, context.messages.get(*hint));
    return {std::nullopt, code};
}

PassphraseRead read_from_descriptor(int fd, const std::string& name, const Context& context) {
    SecretBuffer secret(max_passphrase_bytes);
    int sys_errno = 0;
    switch (read_line_from(fd, secret, sys_errno)) {
        case LineStatus::ok: break;
        case LineStatus::too_long:
            return failed(context, context.messages.format(Msg::passphrase_too_long, name, max_passphrase_bytes),
                          ExitCode::usage);
        case LineStatus::read_error:
            return failed(context, context.messages.format(Msg::passphrase_unreadable, name, system_error_text(sys_errno)),
                          ExitCode::usage);
    }
    if (secret.size() == 0) return failed(context, context.messages.format(Msg::passphrase_empty, name), ExitCode::usage);
    return {std::move(secret), ExitCode::ok};
}

PassphraseRead read_from_file(const std::string& path, const Context& context) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        return failed(context, context.messages.format(Msg::passphrase_unreadable, path, system_error_text(errno)),
                      ExitCode::usage);
    }
    PassphraseRead read = read_from_descriptor(fd, path, context);
    ::close(fd);
    return read;
}

bool same_bytes(const SecretBuffer& a, const SecretBuffer& b) {
    return a.size() == b.size() && (a.size() == 0 || sodium_memcmp(a.bytes().data(), b.bytes().data(), a.size()) == 0);
}

PassphraseRead read_from_terminal(std::string_view prompt, PassphrasePurpose purpose, const Context& context) {
    std::unique_ptr<Terminal> terminal = Terminal::open_interactive();
    if (!terminal) return failed(context, std::string(context.messages.get(Msg::passphrase_no_terminal)), ExitCode::usage, Msg::hint_passphrase_sources);
    terminal->write(prompt);
    std::optional<SecretBuffer> first = terminal->read_secret_line(context.stop);
    if (context.stop.stop_requested()) return failed(context, std::string(context.messages.get(Msg::interrupted)), ExitCode::interrupted);
    if (!first) return failed(context, std::string(context.messages.get(Msg::passphrase_not_given)), ExitCode::usage);
    if (first->size() == 0) return failed(context, context.messages.format(Msg::passphrase_empty, "-"), ExitCode::usage);
    if (purpose == PassphrasePurpose::create) {
        terminal->write(context.messages.get(Msg::passphrase_prompt_again));
        std::optional<SecretBuffer> again = terminal->read_secret_line(context.stop);
        if (context.stop.stop_requested()) return failed(context, std::string(context.messages.get(Msg::interrupted)), ExitCode::interrupted);
        if (!again || !same_bytes(*first, *again)) {
            return failed(context, std::string(context.messages.get(Msg::passphrase_mismatch)), ExitCode::usage);
        }
    }
    return {std::move(first), ExitCode::ok};
}

}  // namespace

PassphraseRead read_passphrase(const PassphraseSource& source, std::string_view prompt, PassphrasePurpose purpose,
                               const Context& context) {
    if (source.fd >= 0) return read_from_descriptor(source.fd, "fd " + std::to_string(source.fd), context);
    if (!source.file.empty()) return read_from_file(source.file, context);
    return read_from_terminal(prompt, purpose, context);
}

}  // namespace sanitize::cli
