// A spdlog sink that hands each formatted line to a replaceable writer.
#include "diagnostics.hpp"

#include <iostream>
#include <mutex>
#include <string>
#include <utility>

#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

namespace sanitize::cli {

class LineSink final : public spdlog::sinks::base_sink<std::mutex> {
public:
    void set_writer(std::function<void(std::string_view)> writer) {
        std::lock_guard lock(mutex_);
        writer_ = std::move(writer);
    }

protected:
    void sink_it_(const spdlog::details::log_msg& message) override {
        spdlog::memory_buf_t buffer;
        formatter_->format(message, buffer);
        std::string_view line(buffer.data(), buffer.size());
        while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.remove_suffix(1);
        if (writer_) {
            writer_(line);
        } else {
            std::cerr << std::string(line) + "\n" << std::flush;
        }
    }
    void flush_() override { std::cerr.flush(); }

private:
    std::function<void(std::string_view)> writer_;
};

Diagnostics::Diagnostics(bool verbose)
    : verbose_(verbose), sink_(std::make_shared<LineSink>()), logger_(std::make_shared<spdlog::logger>("sanitize", sink_)) {
    logger_->set_pattern("sanitize: %v");
    logger_->set_level(verbose ? spdlog::level::debug : spdlog::level::off);
}

Diagnostics::~Diagnostics() = default;

void Diagnostics::info(std::string_view text) {
    logger_->info("{}", text);
}

void Diagnostics::route_to(std::function<void(std::string_view)> writer) {
    sink_->set_writer(std::move(writer));
}

}  // namespace sanitize::cli
