// The system's media: the device layer's functions as they are.
#include "sanitize/jobs/media.hpp"

namespace sanitize::jobs {
namespace {

class SystemMedia final : public MediaAccess {
public:
    Result<device::DeviceInfo> inspect(const std::string& path) override { return device::inspect(path); }

    Result<std::unique_ptr<device::Device>> open(const device::DeviceInfo& info,
                                                 const device::OpenOptions& options) override {
        return device::open(info, options);
    }

    Result<std::unique_ptr<device::CommandChannel>> command_channel(const device::DeviceInfo& info,
                                                                  bool writable) override {
        if (device::command_route(info).path == device::CommandPath::none) return std::unique_ptr<device::CommandChannel>();
        return device::open_command_channel(info, writable);
    }
};

}  // namespace

MediaAccess& system_media() {
    static SystemMedia media;
    return media;
}

DriveFacts read_drive_facts(MediaAccess& media, const device::DeviceInfo& info, bool probe_hidden) {
    // Read-only commands; a channel that cannot be opened leaves both `unknown`/`unavailable`
    // with the reason the probe gives for a missing channel.
    Result<std::unique_ptr<device::CommandChannel>> channel = media.command_channel(info, false);
    device::CommandChannel* open = channel ? channel->get() : nullptr;
    DriveFacts facts;
    if (probe_hidden) facts.hidden_areas = device::probe_hidden_areas(info, open);
    facts.smart = device::read_smart(info, open);
    return facts;
}

}  // namespace sanitize::jobs
