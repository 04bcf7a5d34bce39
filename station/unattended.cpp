// The unattended flow (site setting `unattended = yes`): nwipe's --autonuke with a safeguard.
// Every internal disk of a PC is wiped without a question, but only when the PC's serial is on
// the list an admin signed; any doubt (no list, a bad signature, an unknown key, no serial, not
// listed) wipes nothing.
#include "session.hpp"

namespace sanitize::station_ui {

namespace {

// The PC may be wiped: the list verifies and names it. Prints why not otherwise.
bool pc_is_listed(Session& s) {
    const StationMessages& m = s.messages;
    Result<station::PcList> list = station::load_pc_list(s.station.data, s.ledgers.copy);
    if (!list) {
        std::cout << m.format(Text::unattended_refused_list, m.error(list.error())) << std::endl;
        return false;
    }
    switch (station::unattended_verdict(s.station.pc, *list)) {
        case station::UnattendedVerdict::wipe: return true;
        case station::UnattendedVerdict::not_listed:
            std::cout << m.format(Text::unattended_not_listed, s.station.pc.serial) << std::endl;
            break;
        case station::UnattendedVerdict::no_serial: std::cout << m.get(Text::unattended_no_serial) << std::endl; break;
    }
    return false;
}

}  // namespace

int run_unattended(Session& s) {
    const StationMessages& m = s.messages;
    std::cout << m.get(Text::unattended_start) << std::endl;
    if (!pc_is_listed(s)) return 3;
    std::vector<device::DeviceInfo> targets = station::unattended_targets(s.disks);
    if (targets.empty()) {
        std::cout << m.get(Text::unattended_no_disks) << std::endl;
        return 3;
    }
    Result<SecretBuffer> passphrase = station::unattended_passphrase(s.station.data);
    Result<keys::SecretKey> key = passphrase ? station::unlock_operator_key(s.station.data, passphrase->bytes())
                                             : Result<keys::SecretKey>(passphrase.error());
    if (!key) {
        std::cout << m.format(Text::key_failed, m.error(key.error())) << std::endl;
        return 3;
    }
    std::cout << m.format(Text::method_line, s.station.settings.method.name, m.cli().verify_plan(s.station.settings.verify))
              << std::endl;
    return wipe_and_report(s, std::move(*key), {.disks = std::move(targets), .asset_id = {}, .destination = cert::Destination::reuse});
}

}  // namespace sanitize::station_ui
