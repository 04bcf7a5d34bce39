// Where checkpoints live and how they are replaced: atomically, 0600, wiped when done.
#include <dirent.h>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string_view>
#include <vector>

#include "sanitize/checkpoint.hpp"
#include "sanitize/files.hpp"
#include "util/hex.hpp"
#include "util/sodium_init.hpp"
#include "wipe/job_plan.hpp"

namespace sanitize::wipe {
namespace {

// A checkpoint is a few KiB plus its bad ranges; anything much larger is not one of ours.
constexpr std::size_t max_checkpoint_bytes = std::size_t{16} << 20;

Error system_error(const std::string& what, const std::string& path) {
    const int e = errno;
    return make_error(errc_from_errno(e), what + " " + path, e);
}

Result<void> write_all(int fd, std::string_view bytes, const std::string& path) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return system_error("write", path);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return {};
}

std::string directory_of(const std::string& path) {
    const auto slash = path.rfind('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

Result<void> sync_directory(const std::string& directory) {
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return system_error("open", directory);
    const int rc = ::fsync(fd);
    const Error failed = rc != 0 ? system_error("fsync", directory) : Error{};
    ::close(fd);
    if (rc != 0) return failed;
    return {};
}

Result<void> write_synced(int fd, std::string_view bytes, const std::string& path) {
    if (Result<void> written = write_all(fd, bytes, path); !written) return written;
    if (::fsync(fd) != 0) return system_error("fsync", path);
    return {};
}

}  // namespace

Result<DeviceIdentity> identity_of(const device::DeviceInfo& info) {
    DeviceIdentity id;
    id.model = info.model;
    id.serial = info.serial;
    id.wwn = info.wwn;
    id.size_bytes = info.size_bytes;
    id.logical_sector_bytes = info.logical_sector_bytes;
    id.transport = info.transport;
    if (info.kind == device::TargetKind::regular_file) {
        id.backing_path = info.canonical_path.empty() ? info.path : info.canonical_path;
    } else {
        id.backing_path = info.backing_file;
    }
    if (id.backing_path.empty()) return id;
    struct stat st {};
    if (::stat(id.backing_path.c_str(), &st) != 0) {
        // A backing file that is gone (or a device that was never a file, such as the test
        // device in memory) has no inode: identity 0, which no saved file's identity matches.
        if (errno == ENOENT) return id;
        return system_error("stat", id.backing_path);
    }
    id.backing_dev = st.st_dev;
    id.backing_ino = st.st_ino;
    return id;
}

std::string identity_difference(const DeviceIdentity& saved, const DeviceIdentity& now) {
    if (saved.backing_path != now.backing_path) return "backing_file";
    if (saved.backing_dev != now.backing_dev || saved.backing_ino != now.backing_ino) return "backing_inode";
    if (saved.size_bytes != now.size_bytes) return "size";
    if (saved.logical_sector_bytes != now.logical_sector_bytes) return "logical_sector";
    if (saved.serial != now.serial) return "serial";
    if (saved.wwn != now.wwn) return "wwn";
    if (saved.model != now.model) return "model";
    if (saved.transport != now.transport) return "transport";
    return "";
}

Result<void> save_checkpoint(const std::string& path, const Checkpoint& checkpoint) {
    std::string temp = path + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);  // mkostemp creates it 0600
    if (fd < 0) return system_error("create", temp);
    Result<void> written = write_synced(fd, checkpoint_to_json(checkpoint), temp);
    ::close(fd);
    if (written && ::rename(temp.c_str(), path.c_str()) != 0) written = system_error("rename", path);
    if (!written) {
        ::unlink(temp.c_str());  // never leave a partial file behind
        return written;
    }
    return sync_directory(directory_of(path));
}

Result<Checkpoint> load_checkpoint(const std::string& path) {
    Result<std::string> text = files::read_small_file(path, max_checkpoint_bytes);
    if (!text) return text.error();
    Result<Checkpoint> checkpoint = checkpoint_from_json(*text);
    sodium_memzero(text->data(), text->size());  // it held the keys
    return checkpoint;
}

namespace {

// Overwrites a file that held keys with zeros, then removes it. ENOENT is not an error.
Result<void> zero_and_unlink(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) {
        if (errno == ENOENT) return {};
        return system_error("open", path);
    }
    // The keys must not stay in the file system's free blocks in the common case of an
    // in-place overwrite; the rename-based saves leave older copies that this cannot reach,
    // which is why the directory is on the operator's machine, not on the wiped medium.
    struct stat st {};
    Result<void> zeroed;
    if (::fstat(fd, &st) == 0) zeroed = write_synced(fd, std::string(static_cast<std::size_t>(st.st_size), '\0'), path);
    ::close(fd);
    if (::unlink(path.c_str()) != 0) return system_error("unlink", path);
    return zeroed;
}

// A save killed between mkostemp and rename (SIGKILL, power cut) leaves "<path>.tmp-XXXXXX"
// with keys in it. Only one wipe of a medium runs at a time (its device is opened O_EXCL), so
// every such file of this checkpoint is stale once the wipe ends.
void remove_stale_temps(const std::string& path) {
    const std::string directory = directory_of(path);
    const std::string prefix = path.substr(path.rfind('/') + 1) + ".tmp-";
    DIR* dir = ::opendir(directory.c_str());
    if (dir == nullptr) return;
    std::vector<std::string> stale;
    while (const dirent* entry = ::readdir(dir)) {
        if (std::string_view(entry->d_name).starts_with(prefix)) stale.push_back(directory + "/" + entry->d_name);
    }
    ::closedir(dir);
    for (const std::string& temp : stale) (void)zero_and_unlink(temp);  // best effort, like unlink
}

}  // namespace

Result<void> discard_checkpoint(const std::string& path) {
    remove_stale_temps(path);
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0 && errno == ENOENT) return {};  // nothing was saved
    if (Result<void> removed = zero_and_unlink(path); !removed) return removed;
    return sync_directory(directory_of(path));
}

Result<void> ensure_checkpoint_dir(const std::string& directory) {
    if (::mkdir(directory.c_str(), 0700) == 0 || errno == EEXIST) {
        struct stat st {};
        if (::stat(directory.c_str(), &st) != 0) return system_error("stat", directory);
        if (!S_ISDIR(st.st_mode)) return make_error(Errc::unsupported_target, directory, ENOTDIR);
        return {};
    }
    if (errno != ENOENT) return system_error("mkdir", directory);
    // A missing parent (/var/lib/sanitize on a fresh machine): create it, then retry once.
    const std::string parent = directory_of(directory);
    if (parent == directory) return system_error("mkdir", directory);
    if (Result<void> made = ensure_checkpoint_dir(parent); !made) return made;
    if (::mkdir(directory.c_str(), 0700) != 0 && errno != EEXIST) return system_error("mkdir", directory);
    return {};
}

std::string checkpoint_path_for(const std::string& directory, const DeviceIdentity& identity,
                                const device::DeviceInfo& info) {
    std::string place;
    if (!identity.backing_path.empty()) place = "file:" + identity.backing_path;
    else if (!identity.wwn.empty()) place = "wwn:" + identity.wwn;
    else if (!identity.serial.empty()) place = "serial:" + identity.model + "/" + identity.serial;
    else place = "path:" + (info.canonical_path.empty() ? info.path : info.canonical_path);
    util::ensure_sodium_initialized();
    std::vector<std::uint8_t> hash(16);
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(place.data()), place.size(),
                       nullptr, 0);
    return directory + "/wipe-" + util::to_hex(hash) + ".json";
}

Result<std::optional<FoundCheckpoint>> find_checkpoint(const std::string& directory, const device::DeviceInfo& info) {
    Result<DeviceIdentity> identity = identity_of(info);
    if (!identity) return identity.error();
    std::string path = checkpoint_path_for(directory, *identity, info);
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return std::optional<FoundCheckpoint>();
        return system_error("stat", path);
    }
    Result<Checkpoint> checkpoint = load_checkpoint(path);
    if (!checkpoint) return checkpoint.error();
    if (std::string field = identity_difference(checkpoint->device, *identity); !field.empty())
        return make_error(Errc::conflict, field);
    // Refused now, before anything is opened for writing, if the wipe could not be planned from
    // it (its passes, phase and keys are not its method's): the engine would refuse it later.
    if (Result<JobPlan> plan = plan_resumed_job(info, *checkpoint, WipeOptions{}); !plan) return plan.error();
    return std::optional<FoundCheckpoint>(FoundCheckpoint{std::move(path), std::move(*checkpoint)});
}

}  // namespace sanitize::wipe
