// Small pieces shared by the folder writer and reader.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string_view>

#include "sanitize/age.hpp"

namespace sanitize::crypt::detail {

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
