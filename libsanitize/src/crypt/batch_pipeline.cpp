#include "crypt/batch_pipeline.hpp"

#include <algorithm>

namespace sanitize::crypt::detail {

BatchPipeline::~BatchPipeline() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
        queued_.clear();  // a cancelled or failed stream drops what was not started
    }
    changed_.notify_all();
    for (std::thread& worker : workers_) worker.join();
}

std::unique_ptr<Batch> BatchPipeline::take() {
    std::unique_ptr<Batch> batch;
    {
        const std::lock_guard lock(mutex_);
        if (!free_.empty()) {
            batch = std::move(free_.back());
            free_.pop_back();
        }
    }
    if (!batch) batch = std::make_unique<Batch>();
    batch->first_counter = 0;
    batch->chunks = batch->tail = batch->processed = 0;
    batch->final = batch->done = false;
    return batch;
}

// The caller's thread fills batches and releases them; it also works queued batches whenever
// it would otherwise wait, so one worker suffices to keep two cores busy.
void BatchPipeline::start_workers() {
    const unsigned cores = std::max(1U, std::thread::hardware_concurrency());
    const unsigned count = std::clamp(cores - 1, 1U, 3U);
    for (unsigned i = 0; i < count; ++i) workers_.emplace_back([this] { worker_loop(); });
}

void BatchPipeline::submit(std::unique_ptr<Batch> batch) {
    if (workers_.empty()) start_workers();
    {
        const std::lock_guard lock(mutex_);
        queued_.push_back(batch.get());
        in_flight_.push_back(std::move(batch));
    }
    changed_.notify_all();
}

void BatchPipeline::run_here(std::unique_ptr<Batch> batch) {
    work_(*batch);
    batch->done = true;
    const std::lock_guard lock(mutex_);
    in_flight_.push_back(std::move(batch));
}

std::size_t BatchPipeline::in_flight() const {
    const std::lock_guard lock(mutex_);
    return in_flight_.size();
}

std::unique_ptr<Batch> BatchPipeline::next_done(bool wait) {
    std::unique_lock lock(mutex_);
    while (!in_flight_.empty() && !in_flight_.front()->done) {
        if (!wait) return nullptr;
        if (queued_.empty()) {
            changed_.wait(lock);
            continue;
        }
        Batch* batch = queued_.front();
        queued_.pop_front();
        lock.unlock();
        work_(*batch);
        lock.lock();
        batch->done = true;
        changed_.notify_all();
    }
    if (in_flight_.empty()) return nullptr;
    std::unique_ptr<Batch> batch = std::move(in_flight_.front());
    in_flight_.pop_front();
    return batch;
}

void BatchPipeline::recycle(std::unique_ptr<Batch> batch) {
    const std::lock_guard lock(mutex_);
    if (free_.size() < max_batches_in_flight + 1) free_.push_back(std::move(batch));
}

void BatchPipeline::worker_loop() {
    std::unique_lock lock(mutex_);
    while (true) {
        changed_.wait(lock, [this] { return stopping_ || !queued_.empty(); });
        if (stopping_) return;
        Batch* batch = queued_.front();
        queued_.pop_front();
        lock.unlock();
        work_(*batch);
        lock.lock();
        batch->done = true;
        changed_.notify_all();
    }
}

}  // namespace sanitize::crypt::detail
