// Small pieces shared by the folder writer and reader.
#pragma once

#include <locale.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <string_view>
#include <utility>

#include "sanitize/age.hpp"

namespace sanitize::crypt::detail {

// Switches this thread (only) to a UTF-8 character type while libarchive works, so that names,
// which are UTF-8 bytes here, go into pax "path" records as UTF-8 whatever the process locale.
// Under the C locale libarchive would mark them hdrcharset=BINARY, which GNU tar warns about.
// When C.UTF-8 is missing nothing changes and the names still survive as bytes.
class ThreadUtf8Locale {
public:
    ThreadUtf8Locale() : locale_(::newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr))) {
        if (locale_ != static_cast<locale_t>(nullptr)) previous_ = ::uselocale(locale_);
    }
    ~ThreadUtf8Locale() {
        if (locale_ == static_cast<locale_t>(nullptr)) return;
        ::uselocale(previous_);
        ::freelocale(locale_);
    }
    ThreadUtf8Locale(const ThreadUtf8Locale&) = delete;
    ThreadUtf8Locale& operator=(const ThreadUtf8Locale&) = delete;

private:
    locale_t locale_;
    locale_t previous_ = static_cast<locale_t>(nullptr);
};

// A file descriptor closed when it goes out of scope.
struct Fd {
    int fd = -1;
    explicit Fd(int value = -1) : fd(value) {}
    Fd(Fd&& other) noexcept : fd(std::exchange(other.fd, -1)) {}
    Fd& operator=(Fd&& other) noexcept {
        if (this != &other) {
            if (fd >= 0) ::close(fd);
            fd = std::exchange(other.fd, -1);
        }
        return *this;
    }
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

// Calls the progress callback at most every 200 ms, and once more at the end.
class ProgressThrottle {
public:
    ProgressThrottle(const std::function<void(const FolderProgress&)>& callback, std::uint64_t total)
        : callback_(callback), progress_{0, total} {}
    void advance(std::uint64_t bytes, bool force = false) {
        progress_.bytes_done += bytes;
        if (!callback_) return;
        const auto now = std::chrono::steady_clock::now();
        if (!force && now - last_ < std::chrono::milliseconds(200)) return;
        last_ = now;
        callback_(progress_);
    }

private:
    const std::function<void(const FolderProgress&)>& callback_;
    FolderProgress progress_;
    std::chrono::steady_clock::time_point last_{};
};

// A symlink at `depth` folders below the extraction root may climb with leading ".." no higher
// than that and never after descending, so that even chains of links resolve inside the root.
// The writer applies the same rule, so that every folder it archives can be extracted.
inline bool safe_link_target(std::string_view target, std::size_t depth) {
    if (target.empty() || target.front() == '/') return false;
    bool descended = false;
    std::size_t ups = 0;
    while (!target.empty()) {
        const auto slash = target.find('/');
        const std::string_view part = target.substr(0, slash);
        target = slash == std::string_view::npos ? std::string_view{} : target.substr(slash + 1);
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (descended || ++ups > depth) return false;
        } else {
            descended = true;
        }
    }
    return true;
}

}  // namespace sanitize::crypt::detail
