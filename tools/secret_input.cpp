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

Error passphrase_error(Reason reason, std::string where = {}) {
    Error error = make_error(Errc::invalid_argument, reason, "passphrase");
    error.detail = std::move(where);
    return error;
}

Result<SecretBuffer> read_from_descriptor(int fd, const std::string& name) {
    SecretBuffer secret(max_passphrase_bytes);
    int sys_errno = 0;
    switch (read_line_from(fd, secret, sys_errno)) {
        case LineStatus::ok: break;
        case LineStatus::too_long: {
            Error error = passphrase_error(Reason::passphrase_too_long, name);
            error.expected = std::to_string(max_passphrase_bytes);
            return error;
        }
        case LineStatus::read_error: {
            Error error = passphrase_error(Reason::passphrase_unreadable, name);
            error.sys_errno = sys_errno;
            return error;
        }
    }
    if (secret.size() == 0) return passphrase_error(Reason::passphrase_empty, name);
    return secret;
}

Result<SecretBuffer> read_from_file(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        Error error = passphrase_error(Reason::passphrase_unreadable, path);
        error.sys_errno = errno;
        return error;
    }
    Result<SecretBuffer> read = read_from_descriptor(fd, path);
    ::close(fd);
    return read;
}

bool same_bytes(const SecretBuffer& a, const SecretBuffer& b) {
    return a.size() == b.size() && (a.size() == 0 || sodium_memcmp(a.bytes().data(), b.bytes().data(), a.size()) == 0);
}

// One line typed without echo; a stop request (Ctrl-C) ends the wait.
Result<SecretBuffer> typed_line(Terminal& terminal, const Context& context) {
    std::optional<SecretBuffer> line = terminal.read_secret_line(context.stop);
    if (context.stop.stop_requested()) return make_error(Errc::cancelled, "passphrase");
    if (!line) return passphrase_error(Reason::passphrase_not_given);
    return std::move(*line);
}

Result<SecretBuffer> read_from_terminal(std::string_view prompt, PassphrasePurpose purpose, const Context& context) {
    std::unique_ptr<Terminal> terminal = Terminal::open_interactive();
    if (!terminal) return passphrase_error(Reason::passphrase_no_terminal);
    terminal->write(prompt);
    Result<SecretBuffer> first = typed_line(*terminal, context);
    if (!first) return first.error();
    if (first->size() == 0) return passphrase_error(Reason::passphrase_empty, "-");
    if (purpose == PassphrasePurpose::create) {
        terminal->write(context.messages.get(Msg::passphrase_prompt_again));
        Result<SecretBuffer> again = typed_line(*terminal, context);
        if (!again && again.error().code == Errc::cancelled) return again.error();
        if (!again || !same_bytes(*first, *again)) return passphrase_error(Reason::passphrase_mismatch);
    }
    return first;
}

}  // namespace

Result<SecretBuffer> read_passphrase(const PassphraseSource& source, std::string_view prompt, PassphrasePurpose purpose,
                                     const Context& context) {
    if (source.fd >= 0) return read_from_descriptor(source.fd, "fd " + std::to_string(source.fd));
    if (!source.file.empty()) return read_from_file(source.file);
    return read_from_terminal(prompt, purpose, context);
}

}  // namespace sanitize::cli
