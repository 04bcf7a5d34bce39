#include <thread>

#include "sanitize/jobs.hpp"

namespace sanitize::jobs {

std::vector<wipe::WipeReport> wipe_in_parallel(const std::vector<device::Device*>& targets,
                                               const wipe::WipeOptions& options,
                                               const std::function<wipe::Callbacks(std::size_t)>& callbacks_for,
                                               std::stop_token stop) {
    return wipe_in_parallel(targets, std::vector<wipe::WipeOptions>(targets.size(), options), callbacks_for, stop);
}

std::vector<wipe::WipeReport> wipe_in_parallel(const std::vector<device::Device*>& targets,
                                               const std::vector<wipe::WipeOptions>& options,
                                               const std::function<wipe::Callbacks(std::size_t)>& callbacks_for,
                                               std::stop_token stop) {
    std::vector<wipe::WipeReport> reports(targets.size());
    std::vector<wipe::Callbacks> callbacks;
    for (std::size_t i = 0; i < targets.size(); ++i) callbacks.push_back(callbacks_for ? callbacks_for(i) : wipe::Callbacks{});
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < targets.size(); ++i)
            threads.emplace_back([&, i] { reports[i] = wipe::run_wipe(*targets[i], options[i], callbacks[i], stop); });
    }  // joins every wipe before the reports are handed out
    return reports;
}

}  // namespace sanitize::jobs
