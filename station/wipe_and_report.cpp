// The wipe of the chosen disks and what the screen says of it afterwards, for both flows.
#include "screen.hpp"
#include "session.hpp"

namespace sanitize::station_ui {

namespace {

int exit_code(const station::PcWipe& done) {
    for (const station::DiskResult& disk : done.disks) {
        if (disk.report.outcome == wipe::Outcome::aborted) return 130;
    }
    return done.all_erased() ? 0 : 1;
}

}  // namespace

int wipe_and_report(Session& s, keys::SecretKey key, station::PcWipeRequest request) {
    const StationMessages& m = s.messages;
    std::vector<std::string> labels;
    for (const device::DeviceInfo& disk : request.disks) labels.push_back(disk.kernel_name);
    std::cout << m.format(Text::wiping, request.disks.size()) << std::endl;
    ProgressLines progress(std::cout, m, labels, s.redraw);
    const station::WipeObserver observer{
        .on_progress = [&](std::size_t disk, const wipe::Progress& p) { progress.update(disk, p); }, .on_diagnostic = {}};
    station::StationSigner signer{{std::move(s.ledgers.copy), std::move(key)}, std::move(s.ledgers.outbox)};
    Result<station::PcWipe> done = station::wipe_pc(s.station, request, signer, observer, s.stop);
    progress.finish();
    if (!done) {
        std::cout << m.format(Text::wipe_refused, m.error(done.error())) << std::endl;
        for (const Error& other : done.error().also) std::cout << m.format(Text::refusal_line, m.error(other)) << std::endl;
        return done.error().code == Errc::cancelled ? 130 : 3;
    }
    print_lines(std::cout, results(m, *done));
    return exit_code(*done);
}

}  // namespace sanitize::station_ui
