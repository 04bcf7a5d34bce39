// libFuzzer target: `attach --check` over arbitrary bytes, with a fixed password. The archive is
// an in-memory file (memfd), read through the same code as a file on disk. Checked: no crash, no
// allocation beyond the input's size, errors only of the kinds a received archive may cause (an
// I/O error or an internal one would be a bug), and what passes has entries.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <span>
#include <string_view>

#include "attach/check_existing.hpp"

namespace {

constexpr std::string_view password = "Hq7#vR2m!xTz9@";

int memory_file() {
    static const int fd = ::memfd_create("fuzz.zip", MFD_CLOEXEC);
    if (fd < 0) std::abort();
    return fd;
}

bool expected_failure(sanitize::Errc code) {
    using sanitize::Errc;
    return code == Errc::malformed_input || code == Errc::integrity_failure || code == Errc::refused ||
           code == Errc::wrong_passphrase;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const int fd = memory_file();
    if (::ftruncate(fd, 0) != 0 || (size > 0 && ::pwrite(fd, data, size, 0) != static_cast<ssize_t>(size))) std::abort();
    const sanitize::attach::detail::ZipFile file(fd, size, "fuzz.zip");
    auto checked = sanitize::attach::detail::check_open_archive(
        file, std::span(reinterpret_cast<const unsigned char*>(password.data()), password.size()));
    if (!checked && !expected_failure(checked.error().code)) std::abort();
    if (checked && checked->entries == 0) std::abort();
    return 0;
}
