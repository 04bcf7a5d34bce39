// libFuzzer target: the tar extraction of `decrypt` over arbitrary bytes, as if they had come out
// of an authenticated age file (whoever encrypted it wrote them). Each input is extracted into a
// fresh folder of a scratch directory with a 1 MiB limit; the first byte cuts the rest into
// pieces of some size, so that entries straddle the input's reads in every way. Checked: no
// crash, nothing created beside the folder (nothing escaped it), the limit held.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <span>
#include <string>
#include <system_error>

#include "crypt/tar_extract.hpp"

namespace {

namespace fs = std::filesystem;

constexpr std::uint64_t limit = std::uint64_t{1} << 20;

class PiecewiseInput final : public sanitize::crypt::detail::TarInput {
public:
    PiecewiseInput(std::span<const std::uint8_t> bytes, std::size_t piece) : rest_(bytes), piece_(piece) {}
    sanitize::Result<std::span<const std::uint8_t>> next() override {
        const std::size_t take = std::min(piece_, rest_.size());
        const auto handed = rest_.first(take);
        rest_ = rest_.subspan(take);
        return handed;
    }

private:
    std::span<const std::uint8_t> rest_;
    std::size_t piece_;
};

// The scratch directory of this run, removed when the run ends.
class Scratch {
public:
    Scratch() {
        std::string pattern = (fs::temp_directory_path() / "fuzz-tar-extract-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) std::abort();
        path_ = pattern;
    }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(path_, ignored);
    }
    Scratch(const Scratch&) = delete;
    Scratch& operator=(const Scratch&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

const fs::path& scratch() {
    static const Scratch directory;
    return directory.path();
}

// Extracted folders may be read-only: open them up so that the next input starts clean.
void remove_tree(const fs::path& root) {
    std::error_code ignored;
    for (auto it = fs::recursive_directory_iterator(root, ignored); it != fs::recursive_directory_iterator();
         it.increment(ignored)) {
        if (it->is_directory(ignored) && !it->is_symlink(ignored))
            fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    }
    fs::remove_all(root, ignored);
    if (fs::exists(root, ignored)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const fs::path root = scratch() / "out";
    if (::mkdir(root.c_str(), 0700) != 0) std::abort();
    const int fd = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) std::abort();
    PiecewiseInput input(std::span(data + 1, size - 1), std::size_t{data[0]} * 509 + 1);
    auto extracted = sanitize::crypt::detail::extract_tar(input, fd, {limit});
    ::close(fd);
    if (extracted && extracted->file_bytes > limit) std::abort();
    for (const auto& entry : fs::directory_iterator(scratch())) {
        if (entry.path() != root) std::abort();  // something escaped the folder
    }
    remove_tree(root);
    return 0;
}
