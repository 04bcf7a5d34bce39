// Running the few outside programs a job needs (mkfs.vfat, mcopy) with an argv array and a
// fixed environment: never through a shell, never looked up in the caller's $PATH.
#pragma once

#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/result.hpp"

namespace sanitize::util {

// The program's path in the system's own directories (/usr/sbin, /usr/bin, /sbin, /bin), so
// that a job run as root cannot be steered to another binary through the environment.
std::optional<std::string> find_program(std::string_view name);

struct ProgramIo {
    // Writes the child's standard input; the pipe is closed when it returns. Unset: /dev/null.
    std::function<Result<void>(int fd)> feed_stdin;
    // Reads the child's standard output to its end. Unset: /dev/null.
    std::function<Result<void>(int fd)> read_stdout;
};

struct ProgramExit {
    int status = -1;          // the exit status; -1 when killed by a signal
    std::string stderr_tail;  // the last few KiB the program wrote to stderr
    bool ok() const noexcept { return status == 0; }
};

// Runs `argv` (argv[0] a full path) with exactly `environment`. An error from feed_stdin or
// read_stdout, or a stop request, kills the child and is returned after it was reaped.
[[nodiscard]] Result<ProgramExit> run_program(const std::vector<std::string>& argv,
                                              const std::vector<std::string>& environment, const ProgramIo& io,
                                              std::stop_token stop);

}  // namespace sanitize::util
