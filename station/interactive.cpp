// The interactive flow: the operator unlocks their key, names the asset, picks the disks and
// confirms by typing the PC's serial; the disks are wiped in parallel, the results shown, and
// Enter powers the PC off.
#include <sstream>

#include "confirm.hpp"
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
        Result<keys::SecretKey> key = station::unlock_operator_key(s.station.data, passphrase->bytes());
        if (key) return std::move(*key);
        if (key.error().code != Errc::wrong_passphrase) {
            terminal.write(m.format(Text::key_failed, m.error(key.error())) + "\n");
            return std::nullopt;
        }
        terminal.write(std::string(m.get(Text::passphrase_wrong)) + "\n");
    }
    return std::nullopt;
}

// The asset this PC is in the ledger: a number from the list, or none.
std::optional<std::string> choose_asset(Session& s, cli::Terminal& terminal) {
    const StationMessages& m = s.messages;
    Result<std::vector<ledger::Asset>> assets = s.ledgers.copy.assets();
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
    const cert::Computer& pc = s.station.pc;
    const std::string token = !pc.serial.empty() ? pc.serial : !pc.uuid.empty() ? pc.uuid : "ERASE";
    const station::Settings& settings = s.station.settings;
    terminal.write(m.format(Text::method_line, settings.method.name, m.cli().verify_plan(settings.verify)) + "\n");
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
    const int code = wipe_and_report(s, std::move(*key),
                                     {.disks = std::move(*disks), .asset_id = *asset, .destination = cert::Destination::reuse});
    wait_for_enter(s, *terminal);
    return code;
}

}  // namespace sanitize::station_ui
