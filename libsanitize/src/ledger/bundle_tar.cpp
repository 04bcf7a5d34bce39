#include "ledger/bundle_tar.hpp"

#include <archive.h>
#include <archive_entry.h>
#include <fcntl.h>
#include <unistd.h>

#include <memory>

namespace sanitize::ledger::detail {

struct TarWriter::State {
    archive* tar = nullptr;
    std::string path;
};

TarWriter::TarWriter(State* state) : state_(state) {}
TarWriter::TarWriter(TarWriter&& other) noexcept : state_(other.state_) { other.state_ = nullptr; }
TarWriter& TarWriter::operator=(TarWriter&& other) noexcept {
    std::swap(state_, other.state_);
    return *this;
}
TarWriter::~TarWriter() {
    if (state_ == nullptr) return;
    if (state_->tar != nullptr) {
        archive_write_free(state_->tar);
        ::unlink(state_->path.c_str());  // not closed: an unfinished bundle is not left behind
    }
    delete state_;
}

Result<TarWriter> TarWriter::create(const std::string& path) {
    // Created here, O_EXCL, so that an existing file is never overwritten.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return make_error(errno == EEXIST ? Errc::conflict : errc_from_errno(errno), "bundle " + path, errno);
    auto* state = new State{archive_write_new(), path};
    TarWriter writer(state);
    archive_write_set_format_pax_restricted(state->tar);
    if (archive_write_open_fd(state->tar, fd) != ARCHIVE_OK) {
        ::close(fd);
        return make_error(Errc::io_error, "bundle " + path);
    }
    return writer;
}

Result<void> TarWriter::add(std::string_view name, std::string_view bytes) {
    std::unique_ptr<archive_entry, void (*)(archive_entry*)> entry(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname_utf8(entry.get(), std::string(name).c_str());
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0644);
    archive_entry_set_size(entry.get(), static_cast<la_int64_t>(bytes.size()));
    if (archive_write_header(state_->tar, entry.get()) != ARCHIVE_OK ||
        archive_write_data(state_->tar, bytes.data(), bytes.size()) != static_cast<la_ssize_t>(bytes.size())) {
        return make_error(Errc::io_error, "bundle " + std::string(name));
    }
    return {};
}

Result<void> TarWriter::close() {
    const int closed = archive_write_close(state_->tar);
    archive_write_free(state_->tar);
    state_->tar = nullptr;
    if (closed != ARCHIVE_OK) {
        ::unlink(state_->path.c_str());
        return make_error(Errc::io_error, "bundle " + state_->path);
    }
    return {};
}

Result<std::map<std::string, std::string>> read_tar(const std::string& path) {
    std::unique_ptr<archive, int (*)(archive*)> tar(archive_read_new(), archive_read_free);
    archive_read_support_format_tar(tar.get());
    if (archive_read_open_filename(tar.get(), path.c_str(), 64 * 1024) != ARCHIVE_OK) {
        return make_error(::access(path.c_str(), F_OK) == 0 ? Errc::malformed_input : Errc::not_found, "bundle " + path);
    }
    std::map<std::string, std::string> members;
    archive_entry* entry = nullptr;
    for (int code; (code = archive_read_next_header(tar.get(), &entry)) != ARCHIVE_EOF;) {
        if (code != ARCHIVE_OK) return make_error(Errc::malformed_input, "bundle " + path);
        const char* raw_name = archive_entry_pathname_utf8(entry);
        const std::string name = raw_name == nullptr ? std::string() : raw_name;
        const la_int64_t size = archive_entry_size(entry);
        if (archive_entry_filetype(entry) != AE_IFREG || name.empty() || name.find("..") != std::string::npos ||
            size < 0 || static_cast<std::uint64_t>(size) > max_member_bytes || members.contains(name)) {
            return make_error(Errc::malformed_input, "bundle member " + name);
        }
        std::string bytes(static_cast<std::size_t>(size), '\0');
        if (size > 0 && archive_read_data(tar.get(), bytes.data(), bytes.size()) != static_cast<la_ssize_t>(size)) {
            return make_error(Errc::malformed_input, "bundle member " + name);
        }
        members.emplace(name, std::move(bytes));
    }
    return members;
}

}  // namespace sanitize::ledger::detail
