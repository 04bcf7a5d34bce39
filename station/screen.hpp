// What the station shows, as lines of at most 80 columns (the console is 80×25): the PC, its
// disks, the progress of a wipe and its results. Rendering only; the flows decide what to show.
#pragma once

#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "sanitize/station.hpp"
#include "station_messages.hpp"

namespace sanitize::station_ui {

std::vector<std::string> overview(const StationMessages& m, const cert::Computer& pc,
                                  const std::vector<station::Disk>& disks, const std::string& stick);

// The outcome of each disk, its certificate and where the evidence is.
std::vector<std::string> results(const StationMessages& m, const station::PcWipe& done);

// One line per disk, rewritten in place while the wipe runs (plain lines when `redraw` is off,
// as on the serial console of the tests).
class ProgressLines {
public:
    ProgressLines(std::ostream& out, const StationMessages& m, std::vector<std::string> labels, bool redraw);
    void update(std::size_t disk, const wipe::Progress& progress);
    void finish();

private:
    std::ostream& out_;
    const StationMessages& m_;
    std::vector<std::string> labels_;
    std::vector<std::string> lines_;
    std::vector<int> last_percent_;
    bool redraw_;
    bool drawn_ = false;
    std::mutex mutex_;
};

void print_lines(std::ostream& out, const std::vector<std::string>& lines);

}  // namespace sanitize::station_ui
