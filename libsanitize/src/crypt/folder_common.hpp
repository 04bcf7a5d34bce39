// Small pieces shared by the folder writer and reader.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

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

}  // namespace sanitize::crypt::detail
