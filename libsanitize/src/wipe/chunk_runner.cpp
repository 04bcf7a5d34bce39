#include "wipe/chunk_runner.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace sanitize::wipe {
namespace {

constexpr auto tick_interval = std::chrono::milliseconds(200);

// Maps a chunk number to its byte range through the per-range chunk counts.
class ChunkIndex {
public:
    ChunkIndex(const std::vector<ByteRange>& ranges, std::size_t chunk_bytes) : ranges_(ranges), chunk_(chunk_bytes) {
        std::uint64_t total = 0;
        for (const ByteRange& r : ranges_) {
            first_chunk_.push_back(total);
            total += (r.length + chunk_ - 1) / chunk_;
        }
        total_ = total;
    }
    std::uint64_t total() const noexcept { return total_; }
    // Where chunk `index` starts; the end of the last range for index == total().
    std::uint64_t start_of(std::uint64_t index) const {
        if (index < total_) return chunk(index).offset;
        return ranges_.empty() ? 0 : ranges_.back().offset + ranges_.back().length;
    }
    ByteRange chunk(std::uint64_t index) const {
        const auto it = std::upper_bound(first_chunk_.begin(), first_chunk_.end(), index);
        const auto range = static_cast<std::size_t>(it - first_chunk_.begin()) - 1;
        const ByteRange& r = ranges_[range];
        const std::uint64_t start = (index - first_chunk_[range]) * chunk_;
        return {r.offset + start, std::min<std::uint64_t>(chunk_, r.length - start)};
    }

private:
    const std::vector<ByteRange>& ranges_;
    std::uint64_t chunk_;
    std::vector<std::uint64_t> first_chunk_;
    std::uint64_t total_ = 0;
};

// Two workers may finish in either order: the later store must not lower the mark.
void raise_to(std::atomic<std::uint64_t>& mark, std::uint64_t value) {
    std::uint64_t current = mark.load();
    while (current < value && !mark.compare_exchange_weak(current, value)) {
    }
}

}  // namespace

std::uint64_t DonePrefix::mark(std::uint64_t index) {
    const std::lock_guard lock(mutex_);
    done_[index] = true;
    while (prefix_ < done_.size() && done_[prefix_]) ++prefix_;
    return prefix_;
}

unsigned worker_count(unsigned requested) noexcept {
    if (requested > 0) return requested;
    return std::max(2U, std::thread::hardware_concurrency());
}

ChunkRunStatus run_chunks(const std::vector<ByteRange>& ranges, std::size_t chunk_bytes, unsigned workers,
                          const ChunkWork& work, const std::function<void()>& tick, std::stop_token stop,
                          std::atomic<std::uint64_t>* low_water) {
    const ChunkIndex index(ranges, chunk_bytes);
    DonePrefix done(low_water ? index.total() : 0);
    if (low_water) low_water->store(index.start_of(0));
    std::atomic<std::uint64_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex mutex;
    std::condition_variable all_done;
    unsigned running = workers;

    auto worker_loop = [&](unsigned worker) {
        for (;;) {
            if (stop.stop_requested() || failed.load()) break;
            const std::uint64_t i = next.fetch_add(1);
            if (i >= index.total()) break;
            if (!work(worker, index.chunk(i))) failed.store(true);
            else if (low_water) raise_to(*low_water, index.start_of(done.mark(i)));
        }
        const std::lock_guard lock(mutex);
        if (--running == 0) all_done.notify_all();
    };
    std::vector<std::jthread> threads;
    for (unsigned w = 0; w < workers; ++w) threads.emplace_back(worker_loop, w);

    std::unique_lock lock(mutex);
    while (!all_done.wait_for(lock, tick_interval, [&] { return running == 0; })) {
        lock.unlock();
        tick();
        lock.lock();
    }
    lock.unlock();
    threads.clear();  // joins

    ChunkRunStatus status;
    status.failed = failed.load();
    status.cancelled = !status.failed && next.load() < index.total() && stop.stop_requested();
    return status;
}

}  // namespace sanitize::wipe
