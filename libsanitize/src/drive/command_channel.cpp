// The ioctl CommandChannel: SG_IO for SCSI and SAT-wrapped ATA, NVME_IOCTL_ADMIN_CMD and
// NVME_IOCTL_ID for NVMe, BLKDISCARD/BLKSECDISCARD for discards. command_route() decides from
// sysfs facts alone, so that targets without firmware to talk to (loop devices, images) are
// never opened here.
#include <fcntl.h>
#include <linux/fs.h>
#include <linux/nvme_ioctl.h>
#include <scsi/sg.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <array>
#include <cerrno>

#include "sanitize/drive.hpp"

namespace sanitize::device {
namespace {

class IoctlChannel final : public CommandChannel {
public:
    IoctlChannel(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
    ~IoctlChannel() override { ::close(fd_); }
    IoctlChannel(const IoctlChannel&) = delete;
    IoctlChannel& operator=(const IoctlChannel&) = delete;

    Result<ScsiReply> scsi(const ScsiCommand& command) override {
        std::array<std::uint8_t, 64> sense{};
        sg_io_hdr_t io{};
        io.interface_id = 'S';
        io.cmdp = const_cast<unsigned char*>(command.cdb.data());  // the kernel only reads it
        io.cmd_len = static_cast<unsigned char>(command.cdb.size());
        io.sbp = sense.data();
        io.mx_sb_len = sense.size();
        io.timeout = command.timeout_ms;
        io.dxfer_direction = SG_DXFER_NONE;
        if (command.direction == DataDirection::from_device) {
            io.dxfer_direction = SG_DXFER_FROM_DEV;
            io.dxferp = command.data_in.data();
            io.dxfer_len = static_cast<unsigned>(command.data_in.size());
        } else if (command.direction == DataDirection::to_device) {
            io.dxfer_direction = SG_DXFER_TO_DEV;
            io.dxferp = const_cast<std::uint8_t*>(command.data_out.data());
            io.dxfer_len = static_cast<unsigned>(command.data_out.size());
        }
        if (::ioctl(fd_, SG_IO, &io) != 0) return make_error(errc_from_errno(errno), "SG_IO " + path_, errno);
        ScsiReply reply;
        reply.status = io.status;
        reply.sense.assign(sense.begin(), sense.begin() + io.sb_len_wr);
        reply.residual = static_cast<std::uint32_t>(io.resid);
        // DRIVER_SENSE (08h) only says that sense data came with the reply.
        reply.transport_error = io.host_status != 0 || (io.driver_status & ~0x08) != 0;
        return reply;
    }

    Result<NvmeReply> nvme_admin(const NvmeAdminCommand& command) override {
        nvme_admin_cmd cmd{};
        cmd.opcode = command.opcode;
        cmd.nsid = command.nsid;
        cmd.cdw10 = command.cdw10;
        cmd.cdw11 = command.cdw11;
        cmd.cdw12 = command.cdw12;
        cmd.cdw13 = command.cdw13;
        cmd.cdw14 = command.cdw14;
        cmd.cdw15 = command.cdw15;
        cmd.timeout_ms = command.timeout_ms;
        if (command.direction == DataDirection::from_device) {
            cmd.addr = reinterpret_cast<std::uintptr_t>(command.data_in.data());
            cmd.data_len = static_cast<std::uint32_t>(command.data_in.size());
        } else if (command.direction == DataDirection::to_device) {
            cmd.addr = reinterpret_cast<std::uintptr_t>(command.data_out.data());
            cmd.data_len = static_cast<std::uint32_t>(command.data_out.size());
        }
        const int rc = ::ioctl(fd_, NVME_IOCTL_ADMIN_CMD, &cmd);
        if (rc < 0) return make_error(errc_from_errno(errno), "NVME_IOCTL_ADMIN_CMD " + path_, errno);
        return NvmeReply{static_cast<std::uint16_t>(rc), cmd.result};
    }

    Result<void> discard(std::uint64_t offset, std::uint64_t length, bool secure) override {
        std::uint64_t range[2] = {offset, length};
        if (::ioctl(fd_, secure ? BLKSECDISCARD : BLKDISCARD, &range) != 0) {
            return make_error(errc_from_errno(errno), (secure ? "BLKSECDISCARD " : "BLKDISCARD ") + path_, errno);
        }
        return {};
    }

    Result<std::uint32_t> nvme_namespace_id() override {
        const int id = ::ioctl(fd_, NVME_IOCTL_ID);
        if (id < 0) return make_error(errc_from_errno(errno), "NVME_IOCTL_ID " + path_, errno);
        return static_cast<std::uint32_t>(id);
    }

private:
    int fd_;
    std::string path_;
};

}  // namespace

Result<std::uint32_t> CommandChannel::nvme_namespace_id() {
    return make_error(Errc::unsupported_target, "NVME_IOCTL_ID");
}

CommandRoute command_route(const DeviceInfo& info) {
    if (info.kind == TargetKind::regular_file) return {CommandPath::none, "disk_image"};
    if (info.transport == "loop" || info.kernel_name.starts_with("loop")) return {CommandPath::none, "loop_device"};
    if (info.is_partition) return {CommandPath::none, "partition"};
    if (info.transport == "nvme") return {CommandPath::nvme, ""};
    if (info.transport == "sata" || info.transport == "ata" || info.transport == "usb") {
        return {CommandPath::ata_passthrough, ""};
    }
    if (info.transport == "scsi" || info.transport == "sas") return {CommandPath::scsi, ""};
    return {CommandPath::none, "transport:" + (info.transport.empty() ? std::string("unknown") : info.transport)};
}

Result<std::unique_ptr<CommandChannel>> open_command_channel(const DeviceInfo& info, bool writable) {
    const CommandRoute route = command_route(info);
    if (route.path == CommandPath::none) return make_error(Errc::unsupported_target, route.reason);
    const std::string& path = info.canonical_path.empty() ? info.path : info.canonical_path;
    const int fd = ::open(path.c_str(), (writable ? O_RDWR : O_RDONLY) | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return make_error(errc_from_errno(errno), "open " + path, errno);
    return std::unique_ptr<CommandChannel>(std::make_unique<IoctlChannel>(fd, path));
}

}  // namespace sanitize::device
