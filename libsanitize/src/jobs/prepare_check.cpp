// What prepare_stick checks before it touches the stick: everything that can fail early does,
// so that a refused run leaves the stick exactly as it was.
#include <filesystem>

#include "jobs/prepare_plan.hpp"
#include "jobs/targets.hpp"
#include "sanitize/jobs/lifecycle.hpp"

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
    bool allowed = !label.empty() && label.size() <= 11;
    for (char c : label) allowed = allowed && ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-');
    if (allowed) return {};
    Error error = make_error(Errc::invalid_argument, Reason::label_spec, "label " + label);
    error.detail = label;
    return error;
}

}  // namespace
}  // namespace sanitize::jobs::detail

namespace sanitize::jobs {

Result<void> check_prepare_options(const PrepareStickRequest& request) {
    if (request.file_system == StickFileSystem::exfat) {
        return make_error(Errc::invalid_argument, Reason::exfat_unsupported, "exfat: no writer");
    }
    if (request.wipe.verify.mode == wipe::VerifyMode::none) {
        return make_error(Errc::invalid_argument, Reason::verification_required, "verify: none");
    }
    return detail::check_label(request.label);
}

}  // namespace sanitize::jobs

namespace sanitize::jobs::detail {
namespace {

Error folder_error(Errc code, Reason reason, const PrepareStickRequest& request, std::string context) {
    Error error = make_error(code, reason, std::move(context));
    error.path = request.folder.string();
    return error;
}

// The smallest FAT32 file system: 65,525 clusters of one 512-byte sector, two FATs of 4 bytes per
// cluster (and the two reserved entries) and 32 reserved sectors. mkfs.vfat makes one on a
// smaller stick with a warning, but mtools then reads it as FAT16 and finds no root folder to
// write into ("No directory slots"), after the wipe: such a stick is refused before.
constexpr std::uint64_t fat32_smallest_bytes = 65525ULL * 512 + 2ULL * 65527 * 4 + 32ULL * 512;

// The archive's size from above, against FAT32's file limit and the stick.
Result<std::uint64_t> check_fits(const PrepareStickRequest& request, const device::DeviceInfo& stick) {
    Result<FolderSize> size = make_error(Errc::internal, "folder not measured");
    Result<void> looked = read_folder(request, [&]() -> Result<void> {
        size = measure(request.folder);
        if (!size) return size.error();  // through the reader: a folder it may not list is refused
        return {};
    });
    if (!looked) return looked.error();
    if (!size) return size.error();
    if (stick.size_bytes < fat32_smallest_bytes) {
        Error error = folder_error(Errc::refused, Reason::stick_size, request, "stick below FAT32's smallest size");
        error.device = stick.path;
        error.bytes = stick.size_bytes;
        error.detail = "below_fat32";  // the words say the stick, not the folder, is the problem
        return error;
    }
    const std::uint64_t estimate = archive_estimate(size->tar_bytes);
    if (estimate > fat32_file_limit) return folder_error(Errc::refused, Reason::fat32_file_limit, request, "fat32 file limit");
    if (estimate > usable_bytes(stick.size_bytes)) {
        Error error = folder_error(Errc::refused, Reason::stick_size, request, "stick size");
        error.device = stick.path;
        error.bytes = stick.size_bytes;
        return error;
    }
    return estimate;
}

// The folder's own name, which the tar stores and the archive is named after.
Result<std::string> folder_name(const PrepareStickRequest& request) {
    bool directory = false;
    Result<void> looked = read_folder(request, [&]() -> Result<void> {
        std::error_code ec;
        directory = fs::is_directory(request.folder, ec);
        // A folder the reader may not even look at is not "missing": say so.
        if (ec == std::errc::permission_denied) {
            return folder_error(Errc::permission_denied, Reason::none, request, "folder " + request.folder.string());
        }
        return {};
    });
    if (!looked) return looked.error();
    if (!directory) {
        return folder_error(Errc::not_found, Reason::none, request, "folder " + request.folder.string());
    }
    std::string name = folder_name_of(request.folder);
    if (name.empty() || name == "." || name == "..") {
        return folder_error(Errc::invalid_argument, Reason::folder_unnamed, request, "folder needs a name");
    }
    return name;
}

}  // namespace

Result<void> read_folder(const PrepareStickRequest& request, const std::function<Result<void>()>& reading) {
    if (request.folder_reader == nullptr) return reading();
    Result<void> outcome = request.folder_reader->read(reading);
    if (!outcome) return about_path(outcome.error(), request.folder.string());
    return outcome;
}

std::string folder_name_of(const fs::path& folder) {
    fs::path normal = folder.lexically_normal();
    if (!normal.has_filename()) normal = normal.parent_path();
    return normal.filename().string();
}

Result<PreparePlan> plan_prepare(ledger::Ledger& ledger, const keys::PublicKey& operator_key,
                                 const PrepareStickRequest& request, const device::DeviceInfo& stick) {
    if (auto ok = check_prepare_options(request); !ok) return ok.error();
    Result<std::string> name = folder_name(request);
    if (!name) return name.error();
    PreparePlan plan;
    plan.folder_name = std::move(*name);
    // Neither is allowed here: a front end may ask for the passphrase only once the checks passed.
    if (!request.recipients.empty() && request.passphrase != nullptr) {
        return make_error(Errc::invalid_argument, Reason::recipients_and_passphrase, "recipients or a passphrase, not both");
    }
    Result<int> level = carry_out_classification(ledger, request.asset_id, request.classification);
    if (!level) return level.error();
    if (auto approved = check_approval(ledger, request.asset_id, *level, request.approval); !approved) return approved.error();
    if (auto due = check_due_date(request.due); !due) return due.error();
    plan.classification = *level;
    // The stick's wipe certificate names the asset carried out, so that it records its level.
    CertificateRequest certificate = request.certificate;
    if (certificate.asset_id.empty()) certificate.asset_id = request.asset_id;
    Result<cert::CertificateContext> context = certificate_context(ledger, operator_key, certificate);
    if (!context) return context.error();
    plan.certificate = std::move(*context);
    if (auto allowed = authorise_signer(ledger, operator_key, ledger::EventType::media_carry_out); !allowed) {
        return allowed.error();
    }
    if (auto writable = check_writable_directory(request.certify.directory); !writable) return writable.error();
    Result<StickTools> tools = find_stick_tools();
    if (!tools) return tools.error();
    plan.tools = std::move(*tools);
    Result<std::uint64_t> estimate = check_fits(request, stick);
    if (!estimate) return estimate.error();
    plan.archive_estimate = *estimate;
    return plan;
}

Result<device::DeviceInfo> settle_stick(const PrepareStickRequest& request) {
    MediaAccess& media = request.media != nullptr ? *request.media : system_media();
    Result<std::vector<device::DeviceInfo>> stick = settle_targets(media, {request.device}, {});
    if (!stick) return stick.error();
    return stick->front();
}

}  // namespace sanitize::jobs::detail

namespace sanitize::jobs {

Result<void> check_prepare_stick(Signer& signer, const PrepareStickRequest& request) {
    Result<device::DeviceInfo> stick = detail::settle_stick(request);
    if (!stick) return stick.error();
    Result<detail::PreparePlan> plan = detail::plan_prepare(signer.ledger, signer.key.public_key(), request, *stick);
    if (!plan) return plan.error();
    return {};
}

}  // namespace sanitize::jobs
