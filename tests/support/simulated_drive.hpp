// A simulated drive for the purge decision logic: it answers SAT-wrapped ATA, SCSI and NVMe
// admin commands from a small state machine, and erases a memory device when a sanitize it
// accepted completes. Nothing here talks to hardware.
#pragma once

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "sanitize/drive.hpp"

namespace sanitize::test {

// A block device in memory with the identity a real SATA/NVMe disk would have.
class MemoryDevice final : public device::Device {
public:
    MemoryDevice(std::uint64_t size, std::string transport, std::string kernel_name) : bytes_(size) {
        info_.path = "/dev/" + kernel_name;
        info_.kernel_name = std::move(kernel_name);
        info_.kind = device::TargetKind::block_device;
        info_.size_bytes = size;
        info_.transport = std::move(transport);
        for (std::size_t i = 0; i < bytes_.size(); ++i) bytes_[i] = static_cast<std::byte>(0x41 + i % 23);  // "data"
    }
    const device::DeviceInfo& info() const override { return info_; }
    Result<std::size_t> pwrite(std::span<const std::byte> data, std::uint64_t offset) override {
        std::memcpy(bytes_.data() + offset, data.data(), data.size());
        return data.size();
    }
    Result<std::size_t> pread(std::span<std::byte> data, std::uint64_t offset) override {
        std::memcpy(data.data(), bytes_.data() + offset, data.size());
        return data.size();
    }
    Result<void> sync() override { return {}; }
    Result<bool> drop_cache() override { return true; }
    std::size_t io_alignment() const override { return 512; }
    bool direct_io() const override { return true; }

    void fill(std::byte value) { std::fill(bytes_.begin(), bytes_.end(), value); }
    const std::vector<std::byte>& contents() const { return bytes_; }
    void scramble() {
        for (std::size_t i = 0; i < bytes_.size(); ++i) bytes_[i] = static_cast<std::byte>((i * 2654435761U) >> 13);
    }

private:
    device::DeviceInfo info_;
    std::vector<std::byte> bytes_;
};

struct DriveScript {
    // What the drive says it supports (IDENTIFY words 59, 82, 85, 128 / NVMe SANICAP).
    bool sanitize = true;
    bool security = true;
    bool security_frozen = false;
    bool sanitize_frozen = false;
    // After an accepted sanitize: this many status polls "in progress", then the result.
    int polls_in_progress = 3;
    bool sanitize_fails = false;
    // An idle drive: the command is "accepted" but nothing runs; the status keeps saying
    // "completed without error" from some earlier sanitize.
    bool idle_reports_success = false;
    bool completed_before = false;  // the completed bit is already set before the command
    bool reject_command = false;
    bool erase_unit_fails = false;
    // Hidden areas. The medium's size is the factory size; a DCO hides `dco_hidden_sectors` at
    // its end (native max below it), an HPA or AMA setting `hidden_sectors` below the native max.
    bool hpa_feature = false;  // IDENTIFY word 82 bit 10 (implied by hidden_sectors)
    bool ama = false;          // word 119 bit 8: SET ACCESSIBLE MAX ADDRESS EXT instead of SET MAX
    bool dco_feature = false;  // word 83 bit 11 (implied by dco_hidden_sectors)
    std::uint64_t hidden_sectors = 0;
    std::uint64_t dco_hidden_sectors = 0;
    bool max_frozen = false;  // SET MAX ADDRESS / SET ACCESSIBLE MAX ADDRESS are aborted
    // SMART (ATA word 82/85 bit 0, B0h D0h/DAh) and the NVMe SMART / Health log (02h).
    std::uint32_t nsid = 1;                   // the namespace's id, as NVME_IOCTL_ID states it
    std::uint8_t format_attributes = 0x04;   // FNA: crypto erase supported, per-namespace format
    bool smart = false;
    bool smart_failing = false;  // RETURN STATUS says the threshold is exceeded; NVMe critical warning set
};

class SimulatedDrive final : public device::CommandChannel {
public:
    SimulatedDrive(MemoryDevice& medium, DriveScript script) : medium_(medium), script_(script) {
        completed_bit_ = script.completed_before || script.idle_reports_success;
        // Feature support is fixed by the firmware; a reset changes sizes, not what is supported.
        hpa_supported_ = script.hpa_feature || script.hidden_sectors > 0;
        dco_supported_ = script.dco_feature || script.dco_hidden_sectors > 0;
        if (script.idle_reports_success) last_cdw10_ = 0x4;  // a crypto erase ran long ago
    }

    std::vector<std::string> log;  // one entry per command, "ata:B4/0011", "nvme:84", "scsi:48"
    std::vector<std::uint64_t> set_max_log;  // the LBA of each accepted SET MAX / SET ACCESSIBLE MAX
    std::vector<std::uint32_t> format_nsids;  // the NSID of each Format NVM

    Result<std::uint32_t> nvme_namespace_id() override { return script_.nsid; }

    Result<device::ScsiReply> scsi(const device::ScsiCommand& c) override {
        if (c.cdb[0] == 0x85) return ata(c);
        log.push_back("scsi:" + hex(c.cdb[0]));
        device::ScsiReply reply;
        if (c.cdb[0] == 0xA3) {  // REPORT SUPPORTED OPERATION CODES: SANITIZE supported
            c.data_in[1] = script_.sanitize ? 0x03 : 0x01;
        } else if (c.cdb[0] == 0x48) {
            if (script_.reject_command) return check_condition(0x05, 0x24, 0x00);
            start_sanitize(c.cdb[1] & 0x1F);
        } else if (c.cdb[0] == 0x03) {
            request_sense(c.data_in);
        }
        return reply;
    }

    Result<device::NvmeReply> nvme_admin(const device::NvmeAdminCommand& c) override {
        log.push_back("nvme:" + hex(c.opcode));
        if (c.opcode == 0x02 && (c.cdw10 & 0xFF) == 0x02) {
            if (!script_.smart) return device::NvmeReply{0x0109, 0};  // invalid log page
            nvme_smart_log(c.data_in);
        } else if (c.opcode == 0x06 && c.cdw10 == 1) {
            std::fill(c.data_in.begin(), c.data_in.end(), std::uint8_t{0});
            c.data_in[256] = 0x02;                              // OACS: Format NVM
            c.data_in[328] = script_.sanitize ? 0x07 : 0x00;    // SANICAP: crypto, block, overwrite
            c.data_in[524] = script_.format_attributes;         // FNA
        } else if (c.opcode == 0x06) {
            std::fill(c.data_in.begin(), c.data_in.end(), std::uint8_t{0});
        } else if (c.opcode == 0x84) {
            if (script_.reject_command) return device::NvmeReply{0x0002, 0};  // invalid field
            if (!script_.idle_reports_success) last_cdw10_ = c.cdw10;
            start_sanitize(c.cdw10 & 0x7);
        } else if (c.opcode == 0x02) {
            nvme_log(c.data_in);
        } else if (c.opcode == 0x80) {
            format_nsids.push_back(c.nsid);
            medium_.fill(std::byte{0});
        }
        return device::NvmeReply{};
    }

    Result<void> discard(std::uint64_t, std::uint64_t, bool) override {
        log.emplace_back("discard");
        medium_.fill(std::byte{0});
        return {};
    }

private:
    static std::string hex(unsigned v) {
        constexpr char digits[] = "0123456789ABCDEF";
        return std::string{digits[(v >> 4) & 0xF], digits[v & 0xF]};
    }

    static device::ScsiReply check_condition(std::uint8_t key, std::uint8_t asc, std::uint8_t ascq) {
        device::ScsiReply reply;
        reply.status = 2;
        reply.sense = {0x72, key, asc, ascq, 0, 0, 0, 0};
        return reply;
    }

    // Descriptor sense with an ATA Status Return descriptor, as SAT returns it with CK_COND.
    static device::ScsiReply registers(std::uint8_t status, std::uint8_t error, std::uint16_t count, std::uint64_t lba) {
        device::ScsiReply reply;
        reply.status = 2;
        reply.sense = {0x72, 0x01, 0x00, 0x1D, 0, 0, 0, 14, 0x09, 0x0C, 0x01, error,
                       static_cast<std::uint8_t>(count >> 8), static_cast<std::uint8_t>(count),
                       static_cast<std::uint8_t>(lba >> 24), static_cast<std::uint8_t>(lba),
                       static_cast<std::uint8_t>(lba >> 32), static_cast<std::uint8_t>(lba >> 8),
                       static_cast<std::uint8_t>(lba >> 40), static_cast<std::uint8_t>(lba >> 16), 0x40, status};
        return reply;
    }

    void identify(std::span<std::uint8_t> data) {
        std::fill(data.begin(), data.end(), std::uint8_t{0});
        auto word = [&](std::size_t w, std::uint16_t v) {
            data[2 * w] = static_cast<std::uint8_t>(v);
            data[2 * w + 1] = static_cast<std::uint8_t>(v >> 8);
        };
        word(59, script_.sanitize ? 0xF000 : 0x0000);
        const bool password_set = security_password_set_;
        word(128, static_cast<std::uint16_t>((script_.security ? 0x0021 : 0) | (password_set ? 0x0002 : 0) |
                                             (script_.security_frozen ? 0x0008 : 0)));
        word(89, 1);
        word(82, static_cast<std::uint16_t>((script_.security ? 0x0002 : 0) | (hpa_supported_ ? 0x0400 : 0) |
                                            (script_.smart ? 0x0001 : 0)));
        word(85, script_.smart ? 0x0001 : 0x0000);
        word(83, static_cast<std::uint16_t>(0x4400 | (dco_supported_ ? 0x0800 : 0)));
        if (script_.ama) word(119, 0x4100);
        const std::uint64_t sectors = accessible_sectors();
        for (std::size_t i = 0; i < 4; ++i) word(100 + i, static_cast<std::uint16_t>(sectors >> (16 * i)));
    }

    Result<device::ScsiReply> ata(const device::ScsiCommand& c) {
        const std::uint8_t command = c.cdb[14];
        const auto features = static_cast<std::uint16_t>((c.cdb[3] << 8) | c.cdb[4]);
        log.push_back("ata:" + hex(command) + "/" + hex(features >> 8) + hex(features & 0xFF));
        const bool after_read_native = last_command_ == 0x27;
        last_command_ = command;
        if (command == 0x27 || command == 0x37 || command == 0x78 || command == 0xB1) {
            return hidden_area_command(c, command, features, after_read_native);
        }
        switch (command) {
            case 0xEC: identify(c.data_in); return device::ScsiReply{};
            case 0xB4: return sanitize_command(features);
            case 0xB0: return smart_command(c, features);
            case 0xF1: security_password_set_ = true; return device::ScsiReply{};
            case 0xF3: return device::ScsiReply{};
            case 0xF4:
                if (script_.erase_unit_fails) return registers(0x51, 0x04, 0, 0);
                security_password_set_ = false;
                medium_.fill(std::byte{0});
                return device::ScsiReply{};
            case 0xF6: security_password_set_ = false; return device::ScsiReply{};
            default: return registers(0x51, 0x04, 0, 0);
        }
    }

    std::uint64_t factory_sectors() const { return medium_.info().size_bytes / 512; }
    std::uint64_t native_sectors() const { return factory_sectors() - script_.dco_hidden_sectors; }
    std::uint64_t accessible_sectors() const { return native_sectors() - script_.hidden_sectors; }

    static std::uint64_t lba_of(const device::ScsiCommand& c) {
        return (std::uint64_t{c.cdb[11]} << 40) | (std::uint64_t{c.cdb[9]} << 32) | (std::uint64_t{c.cdb[7]} << 24) |
               (std::uint64_t{c.cdb[12]} << 16) | (std::uint64_t{c.cdb[10]} << 8) | c.cdb[8];
    }

    // READ NATIVE MAX (27h), SET MAX (37h), AMA (78h), DCO (B1h), as ATA8-ACS/ACS-3 describe them.
    Result<device::ScsiReply> hidden_area_command(const device::ScsiCommand& c, std::uint8_t command,
                                                  std::uint16_t features, bool after_read_native) {
        const device::ScsiReply refused = registers(0x51, 0x04, 0, 0);
        const bool ama_command = command == 0x78 && script_.ama;
        if (command == 0x27 || (ama_command && features == 0x0000)) return registers(0x50, 0, 0, native_sectors() - 1);
        if (command == 0x37 || (ama_command && features == 0x0001)) {
            if (script_.max_frozen || (command == 0x37 && !after_read_native)) return refused;
            set_max_log.push_back(lba_of(c));
            script_.hidden_sectors = native_sectors() - (lba_of(c) + 1);
            return registers(0x50, 0, 0, 0);
        }
        const bool dco = dco_supported_;
        if (command == 0xB1 && dco && features == 0x00C2) {
            std::fill(c.data_in.begin(), c.data_in.end(), std::uint8_t{0});
            c.data_in[0] = 0x02;  // revision
            const std::uint64_t max = factory_sectors() - 1;
            for (std::size_t i = 0; i < 4; ++i) {
                c.data_in[6 + 2 * i] = static_cast<std::uint8_t>(max >> (16 * i));
                c.data_in[7 + 2 * i] = static_cast<std::uint8_t>(max >> (16 * i + 8));
            }
            return device::ScsiReply{};
        }
        if (command == 0xB1 && dco && features == 0x00C0) {
            if (script_.hidden_sectors > 0) return refused;  // a drive refuses while an HPA is set
            // The old accessible size stays where it was: below the new native max.
            script_.hidden_sectors = script_.dco_hidden_sectors;
            script_.dco_hidden_sectors = 0;
            return registers(0x50, 0, 0, 0);
        }
        return refused;
    }

    // SMART READ DATA: reallocated 8, power-on hours 12345 (vendor bits above), pending 2;
    // RETURN STATUS: the signature in LBA 23:8, C24Fh healthy, 2CF4h threshold exceeded.
    device::ScsiReply smart_command(const device::ScsiCommand& c, std::uint16_t features) {
        if (!script_.smart) return registers(0x51, 0x04, 0, 0);
        if (features == 0x00DA) return registers(0x50, 0, 0, script_.smart_failing ? 0x2CF400 : 0xC24F00);
        if (features != 0x00D0) return registers(0x51, 0x04, 0, 0);
        std::fill(c.data_in.begin(), c.data_in.end(), std::uint8_t{0});
        const auto entry = [&](std::size_t i, std::uint8_t id, std::uint64_t raw) {
            c.data_in[2 + 12 * i] = id;
            for (std::size_t b = 0; b < 6; ++b) c.data_in[2 + 12 * i + 5 + b] = static_cast<std::uint8_t>(raw >> (8 * b));
        };
        entry(0, 5, 8);
        entry(1, 9, (std::uint64_t{0x12} << 32) | 12345);
        entry(2, 197, 2);
        entry(3, 194, 40);  // temperature: not among the summary's attributes
        return device::ScsiReply{};
    }

    // Critical warning (byte 0), percentage used (5), power-on hours (128), unsafe shutdowns
    // (144), media errors (160).
    void nvme_smart_log(std::span<std::uint8_t> data) const {
        std::fill(data.begin(), data.end(), std::uint8_t{0});
        data[0] = script_.smart_failing ? 0x04 : 0x00;
        data[5] = 7;
        data[128] = 100;
        data[144] = 3;
    }

    device::ScsiReply sanitize_command(std::uint16_t features) {
        if (features == 0x0000) return sanitize_status();
        if (script_.reject_command || script_.sanitize_frozen) return registers(0x51, 0x04, 0, 0);
        start_sanitize(features);
        return registers(0x50, 0, 0, 0);
    }

    void start_sanitize(unsigned action) {
        action_ = action;
        remaining_ = script_.idle_reports_success ? -1 : script_.polls_in_progress;
    }

    // One poll: in progress while remaining_ > 0, then the result (erasing the medium).
    enum class Poll { idle, in_progress, completed, failed };
    Poll poll() {
        if (remaining_ < 0) return Poll::idle;
        if (remaining_ > 0) {
            --remaining_;
            return Poll::in_progress;
        }
        remaining_ = -1;
        if (script_.sanitize_fails) {
            failed_ = true;
            return Poll::failed;
        }
        completed_bit_ = true;
        if (action_ == 0x11 || action_ == 0x03 || action_ == 0x04) {
            medium_.scramble();
        } else {
            medium_.fill(std::byte{0});
        }
        return Poll::completed;
    }

    device::ScsiReply sanitize_status() {
        const Poll p = poll();
        const unsigned frozen = script_.sanitize_frozen ? 0x2000U : 0U;
        if (p == Poll::in_progress) return registers(0x50, 0, static_cast<std::uint16_t>(frozen | 0x4000U), 0x8000);
        if (failed_) return registers(0x51, 0x04, static_cast<std::uint16_t>(frozen), 0);
        return registers(0x50, 0, static_cast<std::uint16_t>(frozen | (completed_bit_ ? 0x8000U : 0U)), 0);
    }

    void request_sense(std::span<std::uint8_t> data) {
        std::fill(data.begin(), data.end(), std::uint8_t{0});
        data[0] = 0x70;
        data[7] = 10;
        const Poll p = poll();
        if (p == Poll::in_progress) {
            data[2] = 0x02;
            data[12] = 0x04;
            data[13] = 0x1B;
            data[15] = 0x80;
            data[16] = 0x40;
        } else if (p == Poll::failed || failed_) {
            data[2] = 0x03;
            data[12] = 0x31;
            data[13] = 0x03;
        }
    }

    void nvme_log(std::span<std::uint8_t> data) {
        std::fill(data.begin(), data.end(), std::uint8_t{0});
        const Poll p = poll();
        std::uint8_t state = completed_bit_ ? 1 : 0;
        if (p == Poll::in_progress) state = 2;
        if (failed_) state = 3;
        data[1] = p == Poll::in_progress ? 0x80 : 0x00;
        data[2] = state;
        // The log names the sanitize that ran last; an idle drive's is the same kind as asked here.
        const std::uint32_t cdw10 = completed_bit_ || failed_ ? last_cdw10_ : 0;
        std::memcpy(data.data() + 4, &cdw10, 4);
    }

    MemoryDevice& medium_;
    DriveScript script_;
    unsigned action_ = 0;
    int remaining_ = -1;
    bool completed_bit_ = false;
    bool failed_ = false;
    bool security_password_set_ = false;
    std::uint32_t last_cdw10_ = 0;
    std::uint8_t last_command_ = 0;
    bool hpa_supported_ = false;
    bool dco_supported_ = false;
};

}  // namespace sanitize::test
