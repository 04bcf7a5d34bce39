// What both flows of the station start from: the data partition with its settings, the ledger
// copy and its outbox, the PC and its disks, and the language the console can draw.
#pragma once

#include <iostream>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

#include "sanitize/station.hpp"
#include "station_messages.hpp"

namespace sanitize::station_ui {

struct Args {
    std::string data = "/data";               // where the image's init mounted the data partition
    std::string dmi = "/sys/class/dmi/id";
    bool cjk_terminal = false;                // --cjk: the terminal draws Japanese (fbterm)
    bool redraw = true;                       // --plain: progress as lines (serial console)
};

struct Session {
    station::Station station;
    station::StationLedger ledgers;
    std::vector<station::Disk> disks;
    std::string stick;  // the kernel name of the boot stick, never listed
    StationMessages messages;
    bool redraw = true;
    std::stop_token stop;
};

// Exit codes as the CLI's: 0 every disk erased, 1 not every disk, 2 a bad station.conf,
// 3 refused (no data partition, not on the list, the ledger refuses the key), 130 stopped.
int run_unattended(Session& session);
int run_interactive(Session& session);

// The disks wiped with the operator's key: the ledger copy and the outbox go with it into the
// wipe, which is the session's last use of them. Then the results and the exit code.
int wipe_and_report(Session& session, keys::SecretKey key, station::PcWipeRequest request);

}  // namespace sanitize::station_ui
