// Interactive confirmation on the controlling terminal.
//
// Prompts go to /dev/tty, not stdout, so that `--json > report.json` still asks the person at
// the keyboard. A stop request (Ctrl-C) ends a pending prompt.
#pragma once

#include <memory>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "messages.hpp"
#include "sanitize/device.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::cli {

class Terminal {
public:
    // The controlling terminal when standard input is one; nothing when the CLI runs from a
    // script, a pipe or a service, where no one could answer.
    static std::unique_ptr<Terminal> open_interactive();

    ~Terminal();
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    void write(std::string_view text);

    // One typed line without its newline; nothing at end of input or on a stop request.
    std::optional<std::string> read_line(std::stop_token stop);
    // The same with echo off, straight into secret memory (passphrases); the echo setting is
    // restored before returning, whatever happens.
    std::optional<SecretBuffer> read_secret_line(std::stop_token stop);

private:
    explicit Terminal(int fd) : fd_(fd) {}
    // One byte, waiting with poll() so that a stop request ends the wait; nothing at end of
    // input, on an error or on a stop request.
    std::optional<char> read_byte(std::stop_token stop);
    int fd_;
};

enum class Answer { confirmed, declined, interrupted };

// Shows the device's identity and asks for device::confirmation_token(info).
Answer confirm_block_device(Terminal& terminal, const Messages& messages, const device::DeviceInfo& info,
                            std::stop_token stop);

// Asks for "yes" before overwriting a disk image file.
Answer confirm_regular_file(Terminal& terminal, const Messages& messages, const device::DeviceInfo& info,
                            std::stop_token stop);

// The confirmation of the targets a job inspected, as the CLI takes it (what a job's observer
// answers). With --yes: block devices by their --confirm tokens, one each, in order, and image
// files by --yes alone; without it, the person at the terminal confirms each in turn. Errors:
// Reason::confirmation_count, confirmation_missing, confirmation_mismatch (every block device
// that is wrong, each with the full list of --confirm options in its detail),
// confirmation_declined, not_confirmed, no_terminal (or no_terminal_file), Errc::cancelled.
[[nodiscard]] Result<void> confirm_targets(const std::vector<device::DeviceInfo>& targets, bool yes,
                                           const std::vector<std::string>& tokens, const Messages& messages,
                                           std::stop_token stop);

}  // namespace sanitize::cli
