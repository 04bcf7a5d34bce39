// Checkpoints of resumable wipes: one small JSON file per wipe in a state directory, replaced
// atomically while the wipe runs, so that a wipe lost to a crash, a kill, a power cut or an
// unplugged cable continues where it was instead of starting again (docs/resume.md).
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sanitize/device.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::wipe {

inline constexpr int checkpoint_version = 1;

// What makes a medium this medium. Loop devices and image files are named by their backing
// file and its inode, never by /dev/loopN, which changes when the file is attached again.
struct DeviceIdentity {
    std::string model;
    std::string serial;
    std::string wwn;
    std::uint64_t size_bytes = 0;
    std::uint32_t logical_sector_bytes = 0;
    std::string transport;
    std::string backing_path;  // loop devices and image files; empty for disks
    std::uint64_t backing_dev = 0;
    std::uint64_t backing_ino = 0;
    friend bool operator==(const DeviceIdentity&, const DeviceIdentity&) = default;
};

// Stats the backing file of loop devices and image files.
Result<DeviceIdentity> identity_of(const device::DeviceInfo& info);

// The first field in which two identities differ ("serial", "size", "backing_inode", ...), or "".
std::string identity_difference(const DeviceIdentity& saved, const DeviceIdentity& now);

struct RandomPassKey {
    std::size_t pass_index = 0;
    std::string cipher;   // cipher_name(): "aes-256-ctr", "chacha20"
    std::string key_hex;  // the only copy of the key: the file is 0600 and wiped at the end
};

struct Checkpoint {
    int version = checkpoint_version;
    DeviceIdentity device;
    std::string method;  // the spec parse_method() reads back
    bool blank = false;
    VerifyPlan verify;
    std::string sample_seed_hex;  // sampling: the seed, so that a resumed check reads the same plan
    std::vector<RandomPassKey> keys;
    std::vector<PassReport> finished_passes;
    std::size_t pass_index = 0;  // the pass in progress
    Phase phase = Phase::writing;  // writing or verifying
    // Every byte (of the verification's ranges, when verifying) below it is done, and when
    // writing also synced to the medium.
    std::uint64_t low_water = 0;
    PassReport current;  // the pass in progress so far: unwritten, verification below low_water
    std::vector<Interruption> interruptions;
    std::chrono::system_clock::time_point started;
    std::chrono::system_clock::time_point saved;
};

std::string checkpoint_to_json(const Checkpoint& checkpoint);
// Errc::malformed_input when the text is not a checkpoint of a version this build reads.
Result<Checkpoint> checkpoint_from_json(std::string_view text);

// Temp file in the same directory, fsync, rename, fsync of the directory: a crash at any moment
// leaves the old checkpoint or the new one, never a mix. Mode 0600.
[[nodiscard]] Result<void> save_checkpoint(const std::string& path, const Checkpoint& checkpoint);
[[nodiscard]] Result<Checkpoint> load_checkpoint(const std::string& path);
// Overwrites the file with zeros (it holds keys), syncs and removes it. A missing file is fine.
[[nodiscard]] Result<void> discard_checkpoint(const std::string& path);

// Creates the state directory (0700) if it does not exist.
[[nodiscard]] Result<void> ensure_checkpoint_dir(const std::string& directory);

// The checkpoint file of a medium in `directory`: named after where the medium is found (its
// backing file, or its WWN / model and serial, or its path), so that the same medium finds its
// file again and a different medium in the same place is caught by the identity check.
std::string checkpoint_path_for(const std::string& directory, const DeviceIdentity& identity,
                                const device::DeviceInfo& info);

struct FoundCheckpoint {
    std::string path;
    Checkpoint checkpoint;
};

// The checkpoint of this medium: nullopt when there is none; Errc::malformed_input when the file
// is corrupt or does not fit its own method (passes, phase, keys); Errc::conflict (context: the
// differing field) when it was made for another medium.
Result<std::optional<FoundCheckpoint>> find_checkpoint(const std::string& directory, const device::DeviceInfo& info);

}  // namespace sanitize::wipe
