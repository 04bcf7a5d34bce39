// The unattended flow (site setting `unattended = yes`): nwipe's --autonuke with a safeguard.
// Every internal disk of a PC is wiped without a question, but only when the PC's serial is on
// the list an admin signed; any doubt (no list, a bad signature, an unknown key, no serial, not
// listed) wipes nothing.
#include "screen.hpp"
#include "session.hpp"

namespace sanitize::station_ui {

namespace {

std::vector<std::string> labels_of(const std::vector<device::DeviceInfo>& disks) {
    std::vector<std::string> labels;
    for (const device::DeviceInfo& disk : disks) labels.push_back(disk.kernel_name);
    return labels;
}

// The PC may be wiped: the list verifies and names it. Prints why not otherwise.
bool pc_is_listed(Session& s) {
    const StationMessages& m = s.messages;
    Result<station::PcList> list = station::load_pc_list(s.data, s.ledger);
    if (!list) {
        std::cout << m.format(Text::unattended_refused_list, m.cli().error(list.error(), "pcs.txt")) << std::endl;
        return false;
    }
    switch (station::unattended_verdict(s.pc, *list)) {
        case station::UnattendedVerdict::wipe: return true;
        case station::UnattendedVerdict::not_listed: std::cout << m.format(Text::unattended_not_listed, s.pc.serial) << std::endl; break;
        case station::UnattendedVerdict::no_serial: std::cout << m.get(Text::unattended_no_serial) << std::endl; break;
    }
    return false;
}

}  // namespace

int run_unattended(Session& s) {
    const StationMessages& m = s.messages;
    std::cout << m.get(Text::unattended_start) << std::endl;
    if (!pc_is_listed(s)) return 3;
    const std::vector<device::DeviceInfo> targets = station::unattended_targets(s.disks);
    if (targets.empty()) {
        std::cout << m.get(Text::unattended_no_disks) << std::endl;
        return 3;
    }
    Result<SecretBuffer> passphrase = station::unattended_passphrase(s.data);
    Result<keys::SecretKey> key = passphrase ? station::unlock_operator_key(s.data, passphrase->bytes())
                                             : Result<keys::SecretKey>(passphrase.error());
    if (!key) {
        std::cout << m.format(Text::key_failed, m.cli().error(key.error(), "operator.key")) << std::endl;
        return 3;
    }
    std::cout << m.format(Text::method_line, s.settings.method.name, m.cli().verify_plan(s.settings.verify)) << "\n"
              << m.format(Text::wiping, targets.size()) << std::endl;
    ProgressLines progress(std::cout, m, labels_of(targets), s.redraw);
    station::WipeObserver observer{.on_progress = [&](std::size_t disk, const wipe::Progress& p) { progress.update(disk, p); },
                                   .on_diagnostic = {}};
    Result<station::PcWipe> done =
        station::wipe_pc(s.data, s.settings, s.pc, {.disks = targets, .asset_id = {}, .destination = cert::Destination::reuse},
                         *key, s.ledger, observer, s.stop);
    progress.finish();
    if (!done) {
        std::cout << m.format(Text::refused_by_ledger, m.cli().error(done.error(), "ledger")) << std::endl;
        return 3;
    }
    return finish(s, *done);
}

}  // namespace sanitize::station_ui
