// Talking to a drive's firmware: SCSI/ATA (through SG_IO, ATA wrapped in SAT pass-through) and
// NVMe admin commands, behind one interface so that tests drive a simulated drive instead.
//
// What is read this way: hidden areas (HPA, DCO, Accessible Max Address) and a SMART summary.
// Only what a drive answered is claimed; a target that cannot be asked (loop devices, images)
// is `not_applicable` before anything is sent, and a drive that does not answer is `unknown`.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/result.hpp"

namespace sanitize::device {

enum class DataDirection { none, from_device, to_device };

struct ScsiCommand {
    std::span<const std::uint8_t> cdb;
    DataDirection direction = DataDirection::none;
    std::span<std::uint8_t> data_in{};         // from_device
    std::span<const std::uint8_t> data_out{};  // to_device
    unsigned timeout_ms = 30000;
};

struct ScsiReply {
    std::uint8_t status = 0;           // SCSI status: 0 GOOD, 2 CHECK CONDITION
    std::vector<std::uint8_t> sense;   // as returned (fixed or descriptor format)
    std::uint32_t residual = 0;        // bytes not transferred
    bool transport_error = false;      // host/driver status not OK: the command never ran as asked
};

struct NvmeAdminCommand {
    std::uint8_t opcode = 0;
    std::uint32_t nsid = 0;
    std::uint32_t cdw10 = 0, cdw11 = 0, cdw12 = 0, cdw13 = 0, cdw14 = 0, cdw15 = 0;
    DataDirection direction = DataDirection::none;
    std::span<std::uint8_t> data_in{};
    std::span<const std::uint8_t> data_out{};
    unsigned timeout_ms = 30000;
};

struct NvmeReply {
    std::uint16_t status = 0;  // status field (SCT/SC); 0 is success
    std::uint32_t result = 0;  // completion dword 0
};

// One open path to a drive's firmware. Errors are the transport's (ioctl failed, ENOTTY);
// a command the drive rejected is a reply with a status, not an error.
class CommandChannel {
public:
    virtual ~CommandChannel() = default;
    virtual Result<ScsiReply> scsi(const ScsiCommand& command) = 0;
    virtual Result<NvmeReply> nvme_admin(const NvmeAdminCommand& command) = 0;
    // BLKDISCARD (secure = false) or BLKSECDISCARD over a byte range.
    virtual Result<void> discard(std::uint64_t offset, std::uint64_t length, bool secure) = 0;
    // The id of the NVMe namespace this channel was opened on, as the device states it
    // (NVME_IOCTL_ID); channels that cannot tell answer Errc::unsupported_target.
    virtual Result<std::uint32_t> nvme_namespace_id();
};

// How a target's firmware can be reached, decided from the facts alone (nothing is sent).
enum class CommandPath { none, ata_passthrough, scsi, nvme };
struct CommandRoute {
    CommandPath path = CommandPath::none;
    std::string reason;  // why none: "loop_device", "disk_image", "transport:virtio", "partition"
};
CommandRoute command_route(const DeviceInfo& info);

// The ioctl channel on a block device (O_RDONLY for reads of state; writable for purges).
// Refuses targets whose route is none, so that loop devices and images never see an ioctl.
Result<std::unique_ptr<CommandChannel>> open_command_channel(const DeviceInfo& info, bool writable);

// The kernel names of the other namespaces of an NVMe namespace's controller ("nvme0n1" ->
// "nvme0n2", ...; the kernel numbers namespaces by instance, not by NSID), listed from
// `sys_block` (/sys/block). Empty for a device that is not an NVMe namespace.
std::vector<std::string> nvme_sibling_namespaces(const std::string& kernel_name,
                                                 const std::string& sys_block = "/sys/block");

enum class HiddenState { detected, none, not_applicable, unknown };
std::string_view hidden_state_name(HiddenState state) noexcept;  // "not_applicable"

struct HiddenArea {
    HiddenState state = HiddenState::unknown;
    std::string reason;  // why not_applicable/unknown: "loop_device", "identify_failed", ...
};

struct HiddenAreaStates {
    HiddenArea hpa;
    HiddenArea dco;
    HiddenArea ama;
};

struct HiddenAreaReport {
    HiddenArea hpa;
    HiddenArea dco;
    HiddenArea ama;
    std::optional<std::uint64_t> accessible_sectors;  // IDENTIFY words 100-103
    std::optional<std::uint64_t> native_sectors;      // native max address + 1
    std::optional<std::uint64_t> dco_sectors;         // DEVICE CONFIGURATION IDENTIFY max + 1
    std::vector<std::string> commands_sent;           // "IDENTIFY DEVICE", ... in order
    bool reset = false;                               // the native size was restored (and re-probed)
    std::optional<HiddenAreaStates> before_reset;     // what the probe before a reset found
};

// Reads HPA/DCO/AMA through `channel` where the route allows; `channel` may be null when the
// route is none (loop devices, images): then nothing is sent and every area is not_applicable.
HiddenAreaReport probe_hidden_areas(const DeviceInfo& info, CommandChannel* channel);
// The same through a read-only ioctl channel opened here (never for loop devices and images).
HiddenAreaReport probe_hidden_areas(const DeviceInfo& info);

// ---- Restoring the native size before a wipe (`sanitize wipe --reset-hidden-areas`).
//
// HPA and Accessible Max Address are undone with a non-volatile SET MAX ADDRESS EXT / SET
// ACCESSIBLE MAX ADDRESS EXT to the native max, so that the drive keeps its full size after a
// power cycle and a later probe agrees with the certificate. A DCO is restored only when asked
// (DEVICE CONFIGURATION RESTORE also resets the vendor's feature settings). Every state after a
// reset comes from a probe made after it; nothing is assumed from a command being accepted.
struct HiddenResetOptions {
    bool restore_dco = false;
};

enum class HiddenResetOutcome {
    not_applicable,  // loop devices, images, NVMe: no hidden areas, nothing sent
    not_needed,      // probed: nothing detected, nothing unknown
    reset,           // commands accepted and the probe after them finds nothing hidden
    refused,         // not done, for a reason the operator can act on (frozen, DCO not asked, unknown)
    failed,          // sent, but the drive or the transport failed, or the area is still there
};
std::string_view to_string(HiddenResetOutcome outcome) noexcept;  // "not_needed"

struct HiddenResetReport {
    HiddenResetOutcome outcome = HiddenResetOutcome::failed;
    std::string reason;      // "dco_restore_not_requested", "set_max_aborted", "hidden_state_unknown", ...
    HiddenAreaReport areas;  // after a reset: the probe after it (reset, before_reset set); else the probe
};

// Probes, restores what was detected (see above), probes again. `channel` must be writable for
// the reset; it may be null where the route is none (then not_applicable, nothing sent).
HiddenResetReport reset_hidden_areas(const DeviceInfo& info, CommandChannel* channel,
                                     const HiddenResetOptions& options);

struct SmartAttribute {
    std::string name;  // "reallocated_sectors", "pending_sectors", "power_on_hours", ...
    std::uint64_t value = 0;
};

// read: the drive answered (passed may still be unknown when only attributes came back);
// not_applicable: nothing to ask (loop devices, images, partitions), nothing sent;
// unavailable: a drive that could be asked did not tell (not supported, refused, no answer).
enum class SmartState { read, not_applicable, unavailable };
std::string_view smart_state_name(SmartState state) noexcept;  // "not_applicable"

struct SmartSummary {
    SmartState state = SmartState::unavailable;
    std::string reason;                // why not read: "loop_device", "smart_not_supported", ...
    std::optional<bool> passed;        // ATA RETURN STATUS / NVMe critical warning == 0
    std::vector<SmartAttribute> attributes;  // read only
};

SmartSummary read_smart(const DeviceInfo& info, CommandChannel* channel);
SmartSummary read_smart(const DeviceInfo& info);

std::string to_json(const HiddenAreaReport& report);
std::string to_json(const SmartSummary& summary);

}  // namespace sanitize::device
