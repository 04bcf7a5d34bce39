// --verbose diagnostics: spdlog lines "sanitize: …" on stderr.
//
// While progress bars are drawn, lines must go through the progress view so that they do not
// tear the bars: route_to() switches the destination for the time of a wipe.
#pragma once

#include <functional>
#include <memory>
#include <string_view>

namespace spdlog {
class logger;
}

namespace sanitize::cli {

class LineSink;

class Diagnostics {
public:
    explicit Diagnostics(bool verbose);
    ~Diagnostics();
    Diagnostics(const Diagnostics&) = delete;
    Diagnostics& operator=(const Diagnostics&) = delete;

    bool enabled() const noexcept { return verbose_; }
    // Printed only with --verbose.
    void info(std::string_view text);

    // Where lines go from now on; an empty function means stderr.
    void route_to(std::function<void(std::string_view)> writer);

private:
    bool verbose_;
    std::shared_ptr<LineSink> sink_;
    std::shared_ptr<spdlog::logger> logger_;
};

}  // namespace sanitize::cli
