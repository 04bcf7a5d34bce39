// Media that exist only in memory, for the jobs: each path names a device (a FaultDevice, a
// simulated drive's MemoryDevice) and, where it has firmware, a command channel (SimulatedDrive).
// The test keeps the devices and reads them afterwards; the job opens borrowed handles.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "sanitize/jobs/media.hpp"

namespace sanitize::test {

class FakeMedia final : public jobs::MediaAccess {
public:
    // `device` is named by its info().path; `channel` (may be null) answers its firmware commands.
    void add(device::Device& device, device::CommandChannel* channel = nullptr) {
        entries_[device.info().path] = Entry{&device, channel};
    }

    Result<device::DeviceInfo> inspect(const std::string& path) override {
        const auto found = entries_.find(path);
        if (found == entries_.end()) return make_error(Errc::not_found, "inspect " + path, ENOENT);
        return found->second.device->info();
    }

    Result<std::unique_ptr<device::Device>> open(const device::DeviceInfo& info, const device::OpenOptions&) override {
        const auto found = entries_.find(info.path);
        if (found == entries_.end()) return make_error(Errc::not_found, "open " + info.path, ENOENT);
        return std::unique_ptr<device::Device>(std::make_unique<Borrowed>(*found->second.device));
    }

    Result<std::unique_ptr<device::CommandChannel>> command_channel(const device::DeviceInfo& info, bool) override {
        const auto found = entries_.find(info.path);
        if (found == entries_.end() || found->second.channel == nullptr) return std::unique_ptr<device::CommandChannel>();
        return std::unique_ptr<device::CommandChannel>(std::make_unique<BorrowedChannel>(*found->second.channel));
    }

private:
    struct Entry {
        device::Device* device = nullptr;
        device::CommandChannel* channel = nullptr;
    };

    class Borrowed final : public device::Device {
    public:
        explicit Borrowed(device::Device& inner) : inner_(inner) {}
        const device::DeviceInfo& info() const override { return inner_.info(); }
        Result<std::size_t> pwrite(std::span<const std::byte> data, std::uint64_t offset) override {
            return inner_.pwrite(data, offset);
        }
        Result<std::size_t> pread(std::span<std::byte> data, std::uint64_t offset) override {
            return inner_.pread(data, offset);
        }
        Result<void> sync() override { return inner_.sync(); }
        Result<bool> drop_cache() override { return inner_.drop_cache(); }
        std::size_t io_alignment() const override { return inner_.io_alignment(); }
        bool direct_io() const override { return inner_.direct_io(); }

    private:
        device::Device& inner_;
    };

    class BorrowedChannel final : public device::CommandChannel {
    public:
        explicit BorrowedChannel(device::CommandChannel& inner) : inner_(inner) {}
        Result<device::ScsiReply> scsi(const device::ScsiCommand& command) override { return inner_.scsi(command); }
        Result<device::NvmeReply> nvme_admin(const device::NvmeAdminCommand& command) override {
            return inner_.nvme_admin(command);
        }
        Result<void> discard(std::uint64_t offset, std::uint64_t length, bool secure) override {
            return inner_.discard(offset, length, secure);
        }

    private:
        device::CommandChannel& inner_;
    };

    std::map<std::string, Entry> entries_;
};

}  // namespace sanitize::test
