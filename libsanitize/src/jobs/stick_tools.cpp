// mkfs.vfat and mcopy, run with argv arrays and a fixed environment. mtools is told to skip
// its geometry check (MTOOLS_SKIP_CHECK) because mkfs -I writes a file system without a
// partition table, and gets a UTF-8 locale so that Japanese folder names become long names.
#include "jobs/stick_tools.hpp"

#include <unistd.h>

#include <array>
#include <cerrno>
#include <vector>

#include "util/subprocess.hpp"

namespace sanitize::jobs::detail {
namespace {

const std::vector<std::string>& tool_environment() {
    static const std::vector<std::string> environment{"PATH=/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL=C.UTF-8",
                                                      "MTOOLS_SKIP_CHECK=1"};
    return environment;
}

// The program's last stderr line is the context of its failure: what support needs to read.
Error tool_failed(const std::string& program, const util::ProgramExit& exit) {
    std::string tail = exit.stderr_tail;
    while (!tail.empty() && (tail.back() == '\n' || tail.back() == '\r')) tail.pop_back();
    const auto newline = tail.rfind('\n');
    if (newline != std::string::npos) tail.erase(0, newline + 1);
    // detail says what failed in a word a front end words; expected: the program.
    const std::string name = program.substr(program.rfind('/') + 1);
    Error error = make_error(Errc::io_error, name + " exit " + std::to_string(exit.status) + (tail.empty() ? "" : ": " + tail));
    error.detail = "tool_failed";
    error.expected = name;
    return error;
}

Result<void> run_tool(const std::vector<std::string>& argv, const util::ProgramIo& io, std::stop_token stop) {
    Result<util::ProgramExit> exit = util::run_program(argv, tool_environment(), io, stop);
    if (!exit) return exit.error();
    if (!exit->ok()) return tool_failed(argv[0], *exit);
    return {};
}

}  // namespace

Result<StickTools> find_stick_tools() {
    StickTools tools;
    const std::array<std::array<const char*, 2>, 2> wanted{{{"mkfs.vfat", "dosfstools"}, {"mcopy", "mtools"}}};
    std::array<std::string*, 2> slots{&tools.mkfs, &tools.mcopy};
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        auto found = util::find_program(wanted[i][0]);
        if (!found) {
            Error error = make_error(Errc::not_found, Reason::program_missing,
                                     std::string("program ") + wanted[i][0] + " (package " + wanted[i][1] + ")");
            error.detail = wanted[i][0];
            error.expected = wanted[i][1];
            return error;
        }
        *slots[i] = *found;
    }
    return tools;
}

Result<void> make_file_system(const StickTools& tools, const std::string& device, const std::string& label,
                              std::stop_token stop) {
    return run_tool({tools.mkfs, "-F", "32", "-I", "-n", label, device}, {}, stop);
}

Result<void> copy_to_stick(const StickTools& tools, const std::string& device, const std::string& name,
                           const std::function<Result<void>(const crypt::Sink&)>& produce, std::stop_token stop) {
    util::ProgramIo io;
    io.feed_stdin = [&produce](int fd) { return produce(crypt::fd_sink(fd)); };
    // -D o: a name already there is overwritten, never asked about (nothing reads a terminal).
    return run_tool({tools.mcopy, "-D", "o", "-i", device, "-", "::" + name}, io, stop);
}

Result<void> copy_from_stick(const StickTools& tools, const std::string& device, const std::string& name,
                             const crypt::Sink& consume, std::stop_token stop) {
    util::ProgramIo io;
    io.read_stdout = [&consume](int fd) -> Result<void> {
        std::vector<std::uint8_t> buffer(256 * 1024);
        for (;;) {
            const ssize_t n = ::read(fd, buffer.data(), buffer.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return make_error(errc_from_errno(errno), "read mcopy", errno);
            if (n == 0) return {};
            if (auto taken = consume(std::span(buffer).first(static_cast<std::size_t>(n))); !taken) return taken;
        }
    };
    return run_tool({tools.mcopy, "-i", device, "::" + name, "-"}, io, stop);
}

std::string receiver_note_text(const ReceiverNote& note) {
    const std::string quoted = "\"" + note.archive_name + "\"";
    const std::string command = note.passphrase ? "age -d " + quoted + " | tar -x"
                                                : "age -d -i KEYFILE " + quoted + " | tar -x";
    const std::string windows = note.passphrase ? "age -d -o \"" + note.folder_name + ".tar\" " + quoted
                                                : "age -d -i KEYFILE -o \"" + note.folder_name + ".tar\" " + quoted;
    const std::vector<std::string> lines{
        "このUSBメモリには、フォルダ「" + note.folder_name + "」を暗号化したファイルが入っています。",
        "",
        "  ファイル: " + note.archive_name + "（" + std::to_string(note.archive_bytes) + " バイト）",
        "  SHA-256:  " + note.archive_sha256,
        "",
        "age v1 形式（https://age-encryption.org）で暗号化した tar アーカイブです。",
        "標準の age で復号し、tar または 7-Zip で展開してください。",
        note.passphrase ? "パスフレーズは送り主から別の手段（電話など）で受け取ってください。"
                        : "KEYFILE は、あなたの age 秘密鍵ファイル（AGE-SECRET-KEY-1...）です。",
        "",
        "  " + command,
        "",
        "Windows では age.exe で tar に復号してから、tar -xf または 7-Zip で展開できます:",
        "  " + windows,
        "",
        "----",
        "",
        "This USB stick holds the folder \"" + note.folder_name + "\", encrypted.",
        "",
        "  File:    " + note.archive_name + " (" + std::to_string(note.archive_bytes) + " bytes)",
        "  SHA-256: " + note.archive_sha256,
        "",
        "It is a tar archive encrypted in the age v1 format (https://age-encryption.org).",
        "Decrypt it with the stock age tool and unpack it with tar or 7-Zip.",
        note.passphrase ? "Get the passphrase from the sender by another way (a phone call, for example)."
                        : "KEYFILE is your age identity file (AGE-SECRET-KEY-1...).",
        "",
        "  " + command,
        "",
        "On Windows, decrypt to a tar file with age.exe, then unpack it with tar -xf or 7-Zip:",
        "  " + windows,
    };
    std::string text = "\xEF\xBB\xBF";
    for (const std::string& line : lines) text += line + "\r\n";
    return text;
}

}  // namespace sanitize::jobs::detail
