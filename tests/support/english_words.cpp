// What english_words_in() lets pass: names a Japanese text may hold in Latin letters, and shapes
// no English word has.
#include "english_words.hpp"

#include <cstddef>
#include <set>

namespace sanitize::test {
namespace {

// Words in Latin letters that are names, not English: the program and its commands as typed,
// the programs it names (age, minisign, …), the values a person types, NIST's category names and
// unit symbols. Everything else the allowance
// below lets through has a shape no English word has.
const std::set<std::string>& names() {
    static const std::set<std::string> list{
        // the program, its commands and sub-commands (typed as they are)
        "sanitize", "devices", "wipe", "verify-media", "prepare", "purge", "keygen", "encrypt", "decrypt",
        "carry-out", "attach", "key", "ledger", "asset", "report", "cert", "config", "init", "register", "revoke",
        "show", "list", "add", "verify", "countersign", "pdf", "get", "export", "sync", "checkpoint", "return", "log",
        "approval", "request", "grant", "deny", "incident", "audit", "note", "title", "dispose", "prove", "outbox", "update", "import",
        "bundle", "cert-dir",
        // method names (--method's values, as typed)
        "random", "nist-clear", "gutmann", "discard", "secure-discard", "ata-sanitize-crypto", "ata-sanitize-block",
        "ata-sanitize-overwrite", "ata-security-erase", "ata-security-erase-enhanced", "nvme-sanitize-crypto",
        "nvme-sanitize-block", "nvme-sanitize-overwrite", "nvme-format-crypto", "nvme-format-user-data",
        "scsi-sanitize-crypto", "scsi-sanitize-block", "scsi-sanitize-overwrite",
        // the keys of sanitize.conf, as `config show` lists them (typed as they are)
        "organisation", "department", "language", "unattended", "method", "verify", "workers", "generator",
        // the kernel's device types (lsblk's TYPE column) and the model a virtual disk reports
        "loop", "file", "disk", "part", "virtio",
        // names of formats and of a drive feature: JSON Lines, ATA's Accessible Max Address
        "Lines", "Accessible", "Max", "Address",
        // the value the misuse list types as a method
        "bogus",
        // other programs and formats named in hints
        "age", "minisign", "tar", "bsdtar", "mtools", "pkexec", "swapoff", "umount", "PostgreSQL", "SQLite",
        "WinZip", "exFAT",
        "git", "sudo", "Debian", "age-keygen", "Excel", "Ctrl-C",
        // users and the values a person types, listed in hints ("none、last、all …", "yes と入力")
        "root", "yes", "no", "none", "last", "all", "zero", "ja", "en", "reuse", "disposal",
        // NIST SP 800-88's category names, given beside the Japanese (クリア（Clear）)
        "Clear", "Purge",
        // unit symbols
        "kB", "KiB", "MiB", "GiB", "TiB"};
    return list;
}

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Removes `…` and '…' spans: a command to type, or a value the person gave, quoted as such.
std::string without_quoted(const std::string& line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '`' || c == '\'') {
            const std::size_t close = line.find(c, i + 1);
            if (close != std::string::npos) {
                i = close;
                out += ' ';
                continue;
            }
        }
        out += c;
    }
    return out;
}

}  // namespace

// The English words of one line. A line is cut into runs of ASCII (Japanese text, spaces and
// brackets separate them); a run is allowed when it is
//   - a path, a file name, a URL, a time, an identifier or a number: it holds '/', '.', '_',
//     '@', '=', ':' or a digit (key ids, serials, loop3, certificate-<id>.json, 2026-01-01T…);
//   - an option (starts with '-') or the value right after one (--role staff, --expect zero);
//     "n/a" is the one exception to these shapes: it reads as English;
//   - written without small letters: an acronym (JSON, USB, SMART, NIST), a placeholder (FILE);
//   - one letter (the unit "s", "B");
//   - one of names().
// Anything else with two letters or more is an English word.
std::vector<std::string> english_words_in(const std::string& line) {
    std::vector<std::string> runs;
    std::string run;
    const auto close_run = [&] {
        while (!run.empty() && std::string(".,:;!?").find(run.back()) != std::string::npos) run.pop_back();
        if (!run.empty()) runs.push_back(run);
        run.clear();
    };
    // A JSON object in a line (`ledger log` prints each event's payload) is data for scripts: its
    // keys and values are identifiers, not words for people.
    const std::string text = line.substr(0, line.find("{\""));
    for (char c : without_quoted(text)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x80 || byte <= ' ' || std::string("()[]{}<>\"|").find(c) != std::string::npos) {
            close_run();
        } else {
            run += c;
        }
    }
    close_run();
    std::vector<std::string> words;
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const std::string& word = runs[i];
        const bool shaped_as_name = word.find_first_of("/._@=:0123456789") != std::string::npos;
        const bool option = word.starts_with("-") || (i > 0 && runs[i - 1].starts_with("--"));
        const bool small_letters = word.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
        std::size_t letters = 0;
        for (char c : word) letters += is_ascii_letter(c) ? 1U : 0U;
        if (word == "n/a") {  // shaped as a path, read as English
            words.push_back(word);
            continue;
        }
        // The kernel's names of the machine's own disks (vda, sdb): names, whatever the machine.
        const bool kernel_disk_name = (word.starts_with("sd") || word.starts_with("vd") || word.starts_with("hd")) &&
                                      word.size() <= 4;
        if (shaped_as_name || option || !small_letters || letters < 2 || names().contains(word) || kernel_disk_name) continue;
        words.push_back(word);
    }
    return words;
}

}  // namespace sanitize::test
