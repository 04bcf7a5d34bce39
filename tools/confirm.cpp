// Prompting on /dev/tty with poll(), so that a stop request can end a pending read.
#include "confirm.hpp"

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <functional>
#include <utility>
#include <vector>

#include "text_format.hpp"

namespace sanitize::cli {

std::unique_ptr<Terminal> Terminal::open_interactive() {
    if (isatty(STDIN_FILENO) == 0) return nullptr;
    int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) return nullptr;
    return std::unique_ptr<Terminal>(new Terminal(fd));
}

Terminal::~Terminal() { ::close(fd_); }

void Terminal::write(std::string_view text) {
    while (!text.empty()) {
        ssize_t n = ::write(fd_, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;  // a terminal that went away: the read will say so
        text.remove_prefix(static_cast<std::size_t>(n));
    }
}

namespace {

// A pipe that a stop callback writes to, waking poll() in read_line.
class WakePipe {
public:
    WakePipe() {
        if (pipe2(fds_.data(), O_CLOEXEC | O_NONBLOCK) != 0) fds_ = {-1, -1};
    }
    ~WakePipe() {
        for (int fd : fds_) {
            if (fd >= 0) ::close(fd);
        }
    }
    WakePipe(const WakePipe&) = delete;
    WakePipe& operator=(const WakePipe&) = delete;
    int read_end() const { return fds_[0]; }
    void wake() const {
        char byte = 1;
        [[maybe_unused]] ssize_t n = ::write(fds_[1], &byte, 1);
    }

private:
    std::array<int, 2> fds_{};
};

constexpr std::size_t max_line = 1024;

}  // namespace

std::optional<char> Terminal::read_byte(std::stop_token stop) {
    WakePipe wake;
    std::stop_callback on_stop(stop, [&wake] { wake.wake(); });
    for (;;) {
        std::array<pollfd, 2> fds = {pollfd{fd_, POLLIN, 0}, pollfd{wake.read_end(), POLLIN, 0}};
        if (poll(fds.data(), fds.size(), -1) < 0) {
            if (errno == EINTR) continue;
            return std::nullopt;
        }
        if (stop.stop_requested()) return std::nullopt;
        char c = 0;
        ssize_t n = ::read(fd_, &c, 1);
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
        if (n <= 0) return std::nullopt;
        return c;
    }
}

std::optional<std::string> Terminal::read_line(std::stop_token stop) {
    std::string line;
    for (;;) {
        std::optional<char> c = read_byte(stop);
        if (!c) return std::nullopt;
        if (*c == '\n') return line;
        if (line.size() < max_line) line += *c;
    }
}

namespace {

// Turns echo off for its lifetime, so that Ctrl-C or an early return never leaves a terminal
// that hides what the person types next.
class EchoOff {
public:
    explicit EchoOff(int fd) : fd_(fd) {
        if (tcgetattr(fd_, &saved_) != 0) return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        active_ = tcsetattr(fd_, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff() {
        if (active_) tcsetattr(fd_, TCSAFLUSH, &saved_);
    }
    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    int fd_;
    termios saved_{};
    bool active_ = false;
};

}  // namespace

std::optional<SecretBuffer> Terminal::read_secret_line(std::stop_token stop) {
    EchoOff echo_off(fd_);
    SecretBuffer secret(max_line);
    std::size_t length = 0;
    for (;;) {
        std::optional<char> c = read_byte(stop);
        if (!c) return std::nullopt;
        if (*c == '\n') break;
        // Longer lines are cut rather than grown: growing would copy the secret around.
        if (length < secret.size()) secret.bytes()[length++] = static_cast<unsigned char>(*c);
    }
    if (length > 0 && secret.bytes()[length - 1] == '\r') --length;
    secret.shrink(length);
    return secret;
}

namespace {

Answer ask(Terminal& terminal, std::string_view prompt, std::stop_token stop,
           const std::function<bool(std::string_view)>& accepts) {
    terminal.write(prompt);
    std::optional<std::string> typed = terminal.read_line(stop);
    if (stop.stop_requested()) {
        terminal.write("\n");
        return Answer::interrupted;
    }
    if (!typed) {
        terminal.write("\n");  // end of input left the cursor after the prompt
        return Answer::declined;
    }
    return accepts(*typed) ? Answer::confirmed : Answer::declined;
}

std::string identity_lines(const Messages& messages, const device::DeviceInfo& info) {
    auto or_unknown = [&](const std::string& value) {
        return value.empty() ? std::string(messages.get(Msg::word_unknown)) : value;
    };
    const std::vector<std::pair<Msg, std::string>> rows = {
        {Msg::label_model, or_unknown(info.model)},
        {Msg::label_vendor, or_unknown(info.vendor)},
        {Msg::label_serial, or_unknown(info.serial)},
        {Msg::label_size, human_size(info.size_bytes) + " (" + std::to_string(info.size_bytes) + " B)"},
        {Msg::label_transport, or_unknown(info.transport)},
    };
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, display_width(messages.get(row.first)));
    std::string text;
    for (const auto& [label, value] : rows) {
        text += "  " + pad_right(std::string(messages.get(label)) + ":", width + 2) + value + "\n";
    }
    return text;
}

}  // namespace

Answer confirm_block_device(Terminal& terminal, const Messages& messages, const device::DeviceInfo& info,
                            std::stop_token stop) {
    std::string text = messages.format(Msg::confirm_header_block, info.path) + "\n";
    text += identity_lines(messages, info);
    text += messages.format(Msg::confirm_prompt_token, device::confirmation_token(info));
    return ask(terminal, text, std::move(stop),
               [&info](std::string_view typed) { return device::confirmation_matches(info, typed); });
}

Answer confirm_regular_file(Terminal& terminal, const Messages& messages, const device::DeviceInfo& info,
                            std::stop_token stop) {
    std::string text = messages.format(Msg::confirm_header_file, info.path, human_size(info.size_bytes)) + "\n";
    text += messages.get(Msg::confirm_prompt_yes);
    return ask(terminal, text, std::move(stop), [](std::string_view typed) {
        while (!typed.empty() && (typed.back() == ' ' || typed.back() == '\r')) typed.remove_suffix(1);
        while (!typed.empty() && typed.front() == ' ') typed.remove_prefix(1);
        return typed == "yes" || typed == "YES" || typed == "Yes";
    });
}

namespace {

bool is_block(const device::DeviceInfo& info) { return info.kind == device::TargetKind::block_device; }

// "--confirm A --confirm B": what a command with --yes must say of these targets.
std::string expected_flags(const std::vector<device::DeviceInfo>& targets) {
    std::string flags;
    for (const device::DeviceInfo& info : targets) {
        if (is_block(info)) flags += (flags.empty() ? "" : " ") + std::string("--confirm ") + device::confirmation_token(info);
    }
    return flags;
}

Error about_target(Reason reason, const device::DeviceInfo& info, std::string detail, bool with_token = true) {
    Error error = make_error(Errc::refused, reason, "confirmation");
    error.device = info.path;
    error.detail = std::move(detail);
    if (with_token) error.expected = device::confirmation_token(info);
    return error;
}

Result<void> all_of(std::vector<Error> errors) {
    if (errors.empty()) return {};
    Error first = std::move(errors.front());
    first.also.assign(std::make_move_iterator(errors.begin() + 1), std::make_move_iterator(errors.end()));
    return first;
}

Result<void> confirm_by_flags(const std::vector<device::DeviceInfo>& targets, const std::vector<std::string>& tokens) {
    std::vector<device::DeviceInfo> blocks;
    for (const device::DeviceInfo& info : targets) {
        if (is_block(info)) blocks.push_back(info);
    }
    const std::string flags = expected_flags(targets);
    std::vector<Error> problems;
    if (tokens.size() != blocks.size()) {
        if (!tokens.empty()) {
            Error count = make_error(Errc::refused, Reason::confirmation_count, "confirmation");
            count.detail = std::to_string(tokens.size());
            count.expected = std::to_string(blocks.size());
            problems.push_back(std::move(count));
        }
        for (const device::DeviceInfo& info : blocks) problems.push_back(about_target(Reason::confirmation_missing, info, flags));
        return all_of(std::move(problems));
    }
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (device::confirmation_matches(blocks[i], tokens[i])) continue;
        // The right token is never shown: an operator who named the wrong device must check the
        // device, not copy the token the error offers.
        problems.push_back(about_target(Reason::confirmation_mismatch, blocks[i], tokens[i], false));
    }
    return all_of(std::move(problems));
}

Result<void> refuse_without_terminal(const std::vector<device::DeviceInfo>& targets) {
    const std::string flags = expected_flags(targets);
    std::vector<Error> problems;
    for (const device::DeviceInfo& info : targets) {
        problems.push_back(about_target(is_block(info) ? Reason::no_terminal : Reason::no_terminal_file, info, flags, false));
    }
    return all_of(std::move(problems));
}

Result<void> confirm_interactively(const std::vector<device::DeviceInfo>& targets, const Messages& messages,
                                   std::stop_token stop) {
    std::unique_ptr<Terminal> terminal = Terminal::open_interactive();
    if (!terminal) return refuse_without_terminal(targets);
    for (const device::DeviceInfo& info : targets) {
        const Answer answer = is_block(info) ? confirm_block_device(*terminal, messages, info, stop)
                                             : confirm_regular_file(*terminal, messages, info, stop);
        if (answer == Answer::interrupted) return make_error(Errc::cancelled, Reason::stopped_before_writing, "confirmation");
        if (answer == Answer::declined) {
            return is_block(info) ? Result<void>(about_target(Reason::confirmation_declined, info, ""))
                                  : Result<void>(about_target(Reason::not_confirmed, info, "", false));
        }
    }
    return {};
}

}  // namespace

Result<void> confirm_targets(const std::vector<device::DeviceInfo>& targets, bool yes,
                             const std::vector<std::string>& tokens, const Messages& messages, std::stop_token stop) {
    return yes ? confirm_by_flags(targets, tokens) : confirm_interactively(targets, messages, std::move(stop));
}

}  // namespace sanitize::cli
