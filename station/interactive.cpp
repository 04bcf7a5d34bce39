// The interactive flow: the operator unlocks their key, names the asset, picks the disks and
// confirms by typing the PC's serial; the disks are wiped in parallel, the results shown, and
// Enter powers the PC off.
#include <sstream>

#include "confirm.hpp"
#include "screen.hpp"
#include "session.hpp"

namespace sanitize::station_ui {

namespace {

constexpr int passphrase_tries = 3;

std::optional<keys::SecretKey> unlock(Session& s, cli::Terminal& terminal) {
    const StationMessages& m = s.messages;
    for (int attempt = 0; attempt < passphrase_tries; ++attempt) {
        terminal.write(m.get(Text::passphrase_prompt));
        std::optional<SecretBuffer> passphrase = terminal.read_secret_line(s.stop);
        terminal.write("\n");
        if (!passphrase) return std::nullopt;
        Result<keys::SecretKey> key = station::unlock_operator_key(s.data, passphrase->bytes());
        if (key) return std::move(*key);
        if (key.error().code != Errc::wrong_passphrase) {
            terminal.write(m.format(Text::key_failed, m.cli().error(key.error(), "operator.key")) + "\n");
            return std::nullopt;
        }
        terminal.write(std::string(m.get(Text::passphrase_wrong)) + "\n");
    }
    return std::nullopt;
}

// The asset this PC is in the ledger: a number from the list, or none.
std::optional<std::string> choose_asset(Session& s, cli::Terminal& terminal) {
    const StationMessages& m = s.messages;
    Result<std::vector<ledger::Asset>> assets = s.ledger.assets();
    if (!assets || assets->empty()) {
        terminal.write(std::string(m.get(Text::asset_none)) + "\n");
        return std::string();
    }
    for (std::size_t i = 0; i < assets->size(); ++i) {
        terminal.write(m.format(Text::asset_list, i + 1, (*assets)[i].asset_id, (*assets)[i].name) + "\n");
    }
    terminal.write(m.get(Text::asset_prompt));
    std::optional<std::string> typed = terminal.read_line(s.stop);
    if (!typed) return std::nullopt;
    if (typed->empty()) return std::string();
    const std::size_t number = std::strtoul(typed->c_str(), nullptr, 10);
    if (number == 0 || number > assets->size()) return choose_asset(s, terminal);
    return (*assets)[number - 1].asset_id;
}

// The disks to wipe: Enter takes every internal disk that may be wiped; numbers pick others
// (an external disk too), each still subject to the safety rules.
std::optional<std::vector<device::DeviceInfo>> choose_disks(Session& s, cli::Terminal& terminal) {
    const StationMessages& m = s.messages;
    std::string defaults;
    for (std::size_t i = 0; i < s.disks.size(); ++i) {
        if (s.disks[i].internal && s.disks[i].refusals.empty()) defaults += (defaults.empty() ? "" : " ") + std::to_string(i + 1);
    }
    terminal.write(m.format(Text::disks_prompt, defaults.empty() ? "-" : defaults));
    std::optional<std::string> typed = terminal.read_line(s.stop);
    if (!typed) return std::nullopt;
    std::istringstream numbers(typed->empty() ? defaults : *typed);
    std::vector<device::DeviceInfo> chosen;
    for (std::string word; numbers >> word;) {
        const std::size_t number = std::strtoul(word.c_str(), nullptr, 10);
        if (number == 0 || number > s.disks.size() || !s.disks[number - 1].refusals.empty()) {
            terminal.write(m.format(Text::disks_bad_choice, word) + "\n");
            return choose_disks(s, terminal);
        }
        chosen.push_back(s.disks[number - 1].info);
    }
    return chosen;
}

// The PC's serial (else its UUID) typed back: the operator looked at which PC this is.
bool confirmed(Session& s, cli::Terminal& terminal, std::size_t count) {
    const StationMessages& m = s.messages;
    const std::string token = !s.pc.serial.empty() ? s.pc.serial : !s.pc.uuid.empty() ? s.pc.uuid : "ERASE";
    terminal.write(m.format(Text::method_line, s.settings.method.name, m.cli().verify_plan(s.settings.verify)) + "\n");
    terminal.write(m.format(Text::confirm_prompt, token, count));
    std::optional<std::string> typed = terminal.read_line(s.stop);
    if (typed && *typed == token) return true;
    if (typed) terminal.write(m.format(Text::confirm_mismatch, *typed, token) + "\n");
    return false;
}

void wait_for_enter(Session& s, cli::Terminal& terminal) {
    terminal.write(std::string(s.messages.get(Text::power_off_prompt)) + "\n");
    (void)terminal.read_line(s.stop);
}

}  // namespace

int run_interactive(Session& s) {
    const StationMessages& m = s.messages;
    std::unique_ptr<cli::Terminal> terminal = cli::Terminal::open_interactive();
    if (!terminal) return 3;
    std::optional<keys::SecretKey> key = unlock(s, *terminal);
    std::optional<std::string> asset = key ? choose_asset(s, *terminal) : std::nullopt;
    std::optional<std::vector<device::DeviceInfo>> disks = asset ? choose_disks(s, *terminal) : std::nullopt;
    if (!disks || disks->empty() || !confirmed(s, *terminal, disks->size())) {
        terminal->write(std::string(m.get(Text::nothing_wiped)) + "\n");
        wait_for_enter(s, *terminal);
        return 3;
    }
    std::vector<std::string> labels;
    for (const device::DeviceInfo& disk : *disks) labels.push_back(disk.kernel_name);
    terminal->write(m.format(Text::wiping, disks->size()) + "\n");
    ProgressLines progress(std::cout, m, labels, s.redraw);
    station::WipeObserver observer{.on_progress = [&](std::size_t disk, const wipe::Progress& p) { progress.update(disk, p); },
                                   .on_diagnostic = {}};
    Result<station::PcWipe> done = station::wipe_pc(s.data, s.settings, s.pc,
                                                    {.disks = *disks, .asset_id = *asset, .destination = cert::Destination::reuse},
                                                    *key, s.ledger, observer, s.stop);
    progress.finish();
    int code = 3;
    if (done) {
        code = finish(s, *done);
    } else {
        terminal->write(m.format(Text::refused_by_ledger, m.cli().error(done.error(), "ledger")) + "\n");
    }
    wait_for_enter(s, *terminal);
    return code;
}

int finish(Session& s, const station::PcWipe& done) {
    print_lines(std::cout, results(s.messages, done));
    bool aborted = false;
    for (const station::DiskResult& disk : done.disks) aborted = aborted || (disk.report && disk.report->outcome == wipe::Outcome::aborted);
    if (aborted) return 130;
    return done.all_erased() ? 0 : 1;
}

}  // namespace sanitize::station_ui
