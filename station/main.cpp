// sanitize-station: the text interface of the boot-and-wipe station (docs/station.md). The
// image's init starts it on the console (inside fbterm when that can draw Japanese), with the
// data partition mounted at /data, and powers the PC off when it exits.
#include <iostream>
#include <optional>

#include "config_view.hpp"
#include "screen.hpp"
#include "session.hpp"
#include "signals.hpp"

namespace sanitize::station_ui {

namespace {

std::optional<Args> parse(int argc, char** argv) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--cjk") {
            args.cjk_terminal = true;
        } else if (arg == "--plain") {
            args.redraw = false;
        } else if ((arg == "--data" || arg == "--dmi") && i + 1 < argc) {
            (arg == "--data" ? args.data : args.dmi) = argv[++i];
        } else {
            std::cerr << "usage: sanitize-station [--data DIR] [--dmi DIR] [--cjk] [--plain]\n";
            return std::nullopt;
        }
    }
    return args;
}

// Japanese only where the terminal draws it (the plain Linux console cannot), and where the
// site did not ask for English.
cli::Lang language(const Args& args, const std::string& setting) {
    if (!args.cjk_terminal) return cli::Lang::en;
    return setting == "en" ? cli::Lang::en : cli::Lang::ja;
}

std::optional<Session> open_session(const Args& args, std::stop_token stop, int& code) {
    const StationMessages english(cli::Lang::en);
    Result<station::DataPartition> data = station::open_data_partition(args.data);
    if (!data) {
        std::cout << english.format(Text::no_data_partition, english.error(data.error())) << "\n"
                  << english.get(Text::hint_data_partition) << std::endl;
        code = 3;
        return std::nullopt;
    }
    station::SettingsRead read = station::read_settings(*data);
    const StationMessages m(language(args, read.settings.language));
    for (const config::Diagnostic& problem : read.problems) std::cout << cli::config_problem_text(problem, m.cli()) << std::endl;
    if (!read.problems.empty()) return code = 2, std::nullopt;
    Result<station::StationLedger> ledgers = station::open_station_ledger(*data);
    if (!ledgers) {
        std::cout << m.format(Text::outbox_failed, m.error(ledgers.error())) << std::endl;
        return code = 3, std::nullopt;
    }
    Result<std::vector<station::Disk>> disks = station::list_disks({.data_root = data->root, .probe = true});
    if (!disks) {
        std::cout << m.format(Text::disks_failed, m.error(disks.error())) << std::endl;
        return code = 1, std::nullopt;
    }
    const std::string stick = station::disk_holding(data->root);
    return Session{{*data, read.settings, station::read_computer(args.dmi)}, std::move(*ledgers), std::move(*disks),
                   stick, m, args.redraw, stop};
}

}  // namespace

}  // namespace sanitize::station_ui

int main(int argc, char** argv) {
    using namespace sanitize::station_ui;
    const std::optional<Args> args = parse(argc, argv);
    if (!args) return 2;
    sanitize::cli::SignalWatcher signals;  // before any thread: the wipe threads inherit the mask
    int code = 0;
    std::optional<Session> session = open_session(*args, signals.token(), code);
    if (!session) return code;
    print_lines(std::cout, overview(session->messages, session->station.pc, session->disks, session->stick));
    return session->station.settings.unattended ? run_unattended(*session) : run_interactive(*session);
}
