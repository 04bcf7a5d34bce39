// What prepare_stick checks before it touches the stick: everything that can fail early does,
// so that a refused run leaves the stick exactly as it was.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

#include "jobs/prepare_plan.hpp"

namespace sanitize::jobs::detail {
namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t fat32_file_limit = (std::uint64_t{1} << 32) - 1;
constexpr std::uint64_t tar_block = 512;

struct FolderSize {
    std::uint64_t entries = 0;
    std::uint64_t tar_bytes = 0;  // data rounded up to blocks, plus headers
};

// The tar the folder becomes, from above: each entry's data rounded to blocks, three blocks of
// headers (ustar, and a pax record for long or non-ASCII names and exact times), the end.
Result<FolderSize> measure(const fs::path& folder) {
    FolderSize size{1, 3 * tar_block};
    std::error_code ec;
    for (fs::recursive_directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        ++size.entries;
        size.tar_bytes += 3 * tar_block;
        std::error_code size_ec;
        if (it->is_regular_file(size_ec) && !it->is_symlink(size_ec)) {
            size.tar_bytes += (it->file_size(size_ec) + tar_block - 1) / tar_block * tar_block;
        }
    }
    if (ec) return make_error(errc_from_errno(ec.value()), "list " + folder.string(), ec.value());
    size.tar_bytes += 20 * tar_block;  // the end blocks and the record padding
    return size;
}

// age adds its header and a 16-byte tag per 64 KiB chunk.
std::uint64_t archive_estimate(std::uint64_t tar_bytes) {
    return tar_bytes + (tar_bytes / crypt::payload_chunk_bytes + 1) * 16 + 4096;
}

// What FAT32 leaves for files: two FATs of 4 bytes per cluster (at most 1/64 of the medium with
// the smallest clusters), the reserved sectors and root folder, and room for the note.
std::uint64_t usable_bytes(std::uint64_t device_bytes) {
    const std::uint64_t overhead = device_bytes / 32 + (std::uint64_t{2} << 20);
    return device_bytes > overhead ? device_bytes - overhead : 0;
}

Result<void> check_label(const std::string& label) {
    if (label.empty() || label.size() > 11) return make_error(Errc::invalid_argument, "label " + label);
    for (char c : label) {
        const bool allowed = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
        if (!allowed) return make_error(Errc::invalid_argument, "label " + label);
    }
    return {};
}

Result<void> check_device(const PrepareStickRequest& request) {
    const std::vector<device::Refusal> refused = device::refusals(request.device);
    if (!refused.empty()) return make_error(Errc::refused, "device " + request.device.path + ": " + refused.front().detail);
    if (request.file_system == StickFileSystem::exfat) return make_error(Errc::invalid_argument, "exfat: no writer");
    if (request.wipe.verify.mode == wipe::VerifyMode::none) return make_error(Errc::invalid_argument, "verify: none");
    return check_label(request.label);
}

Result<void> check_writable(const std::string& directory) {
    std::string probe = directory + "/.sanitize-write-check-XXXXXX";
    const int fd = ::mkostemp(probe.data(), O_CLOEXEC);
    if (fd < 0) return make_error(errno == ENOENT ? Errc::not_found : Errc::permission_denied, directory, errno);
    ::close(fd);
    ::unlink(probe.c_str());
    return {};
}

Result<void> check_fits(const PrepareStickRequest& request, std::uint64_t& estimate) {
    Result<FolderSize> size = measure(request.folder);
    if (!size) return size.error();
    estimate = archive_estimate(size->tar_bytes);
    if (estimate > fat32_file_limit) return make_error(Errc::refused, "fat32 file limit");
    if (estimate > usable_bytes(request.device.size_bytes)) return make_error(Errc::refused, "stick size");
    return {};
}

}  // namespace

std::string folder_name_of(const fs::path& folder) {
    fs::path normal = folder.lexically_normal();
    if (!normal.has_filename()) normal = normal.parent_path();
    return normal.filename().string();
}

Result<PreparePlan> plan_prepare(ledger::Ledger& ledger, const keys::PublicKey& operator_key,
                                 const PrepareStickRequest& request) {
    if (auto ok = check_device(request); !ok) return ok.error();
    std::error_code ec;
    if (!fs::is_directory(request.folder, ec)) return make_error(Errc::not_found, "folder " + request.folder.string());
    PreparePlan plan;
    plan.folder_name = folder_name_of(request.folder);
    if (plan.folder_name.empty() || plan.folder_name == "." || plan.folder_name == "..") {
        return make_error(Errc::invalid_argument, "folder needs a name: " + request.folder.string());
    }
    // Neither is allowed here: a front end may ask for the passphrase only once the checks passed.
    if (!request.recipients.empty() && request.passphrase != nullptr) {
        return make_error(Errc::invalid_argument, "recipients or a passphrase, not both");
    }
    Result<int> level = carry_out_classification(ledger, request.asset_id, request.classification);
    if (!level) return level.error();
    if (auto approved = check_approval(*level, request.approval); !approved) return approved.error();
    plan.classification = *level;
    Result<cert::CertificateContext> context = certificate_context(ledger, operator_key, request.certificate);
    if (!context) return context.error();
    plan.certificate = std::move(*context);
    if (auto allowed = authorise_signer(ledger, operator_key, ledger::EventType::media_carry_out); !allowed) {
        return allowed.error();
    }
    if (auto writable = check_writable(request.certify.directory); !writable) return writable.error();
    Result<StickTools> tools = find_stick_tools();
    if (!tools) return tools.error();
    plan.tools = std::move(*tools);
    if (auto fits = check_fits(request, plan.archive_estimate); !fits) return fits.error();
    return plan;
}

}  // namespace sanitize::jobs::detail

namespace sanitize::jobs {

Result<void> check_prepare_stick(ledger::Ledger& ledger, const keys::PublicKey& operator_key,
                                 const PrepareStickRequest& request) {
    Result<detail::PreparePlan> plan = detail::plan_prepare(ledger, operator_key, request);
    if (!plan) return plan.error();
    return {};
}

}  // namespace sanitize::jobs
