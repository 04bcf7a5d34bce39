// Seals or opens batches of STREAM chunks on worker threads while the caller goes on reading,
// and hands the batches back strictly in the order they were submitted. Chunks are independent
// given their counter and last flag, so a batch needs nothing from its neighbours; only the
// release to the sink must be ordered, and that stays on the caller's thread, so sinks and
// progress callbacks never see another thread.
#pragma once

#include <array>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "sanitize/age.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::crypt::detail {

inline constexpr std::size_t tag_bytes = 16;
inline constexpr std::size_t sealed_chunk_bytes = payload_chunk_bytes + tag_bytes;
// 32 chunks: 2 MiB per batch, large enough that handing a batch over costs nothing next to
// sealing it, small enough that a few in flight keep memory near 10 MiB.
inline constexpr std::size_t batch_chunks = 32;
inline constexpr std::size_t max_batches_in_flight = 4;

// What opening one chunk gave.
enum class ChunkOutcome : std::uint8_t { middle, last, too_short, empty_final, not_authentic };

// Chunk i lives at i * sealed_chunk_bytes: the slot holds the plaintext and, once sealed in
// place, the ciphertext with its tag right behind it, so a sealed batch is one contiguous run
// of the file and a read run of the file is a batch ready to open.
struct Batch {
    Batch() : buffer(batch_chunks * sealed_chunk_bytes) {}
    SecretBuffer buffer;
    std::uint64_t first_counter = 0;
    std::size_t chunks = 0;  // slots in use
    std::size_t tail = 0;    // bytes in the last slot in use
    bool final = false;      // sealing: the last slot is the final chunk; opening: the input ends here
    std::size_t processed = 0;  // opening: chunks looked at (the first failure stops the batch)
    std::array<ChunkOutcome, batch_chunks> outcomes{};
    bool done = false;

    unsigned char* slot(std::size_t i) noexcept { return buffer.bytes().data() + i * sealed_chunk_bytes; }
    std::size_t slot_length(std::size_t i) const noexcept { return i + 1 == chunks ? tail : sealed_chunk_bytes; }
};

class BatchPipeline {
public:
    using Work = std::function<void(Batch&)>;  // must be safe to call from several threads at once
    explicit BatchPipeline(Work work) : work_(std::move(work)) {}
    ~BatchPipeline();
    BatchPipeline(const BatchPipeline&) = delete;
    BatchPipeline& operator=(const BatchPipeline&) = delete;

    // An empty batch to fill, recycled when one is free.
    std::unique_ptr<Batch> take();
    // Queues a batch for the workers (started on first use, so that small files never start a
    // thread).
    void submit(std::unique_ptr<Batch> batch);
    // Works a batch on the calling thread and queues it as done: the last batch of a stream,
    // which the caller would otherwise only wait for.
    void run_here(std::unique_ptr<Batch> batch);
    std::size_t in_flight() const;
    // The oldest batch when it is done; with `wait`, works queued batches on this thread or
    // waits until it is. nullptr when nothing is in flight (or, without `wait`, not done yet).
    std::unique_ptr<Batch> next_done(bool wait);
    void recycle(std::unique_ptr<Batch> batch);

private:
    void start_workers();
    void worker_loop();

    Work work_;
    mutable std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<Batch>> in_flight_;  // in submission order
    std::deque<Batch*> queued_;                      // not yet started
    std::vector<std::unique_ptr<Batch>> free_;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace sanitize::crypt::detail
