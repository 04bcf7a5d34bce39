// The engine's progress: a resumed phase starts where the earlier session stopped, and the rate
// counts only this session's bytes over this session's time (issue 20, item 14: after a resume
// the rate counted every session's bytes over the last one's time).
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>
#include <vector>

#include "wipe/progress_tracker.hpp"

using namespace sanitize::wipe;

TEST_CASE("a resumed phase starts at the bytes already done, and its rate is this session's", "[wipe][progress]") {
    std::vector<Progress> seen;
    Callbacks callbacks;
    callbacks.on_progress = [&](const Progress& progress) { seen.push_back(progress); };
    ProgressTracker tracker(callbacks, 1, 1000);

    tracker.begin_phase(0, Phase::writing, 1000, 800);
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].phase_bytes_done == 800);  // the first line says 80 %, not 0 %
    CHECK(seen[0].bytes_per_second == 0);    // nothing measured yet
    CHECK_FALSE(seen[0].eta);

    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    tracker.add(100);
    tracker.end_phase();
    const double elapsed = tracker.phase_seconds();
    const Progress& last = seen.back();
    CHECK(last.phase_bytes_done == 900);
    REQUIRE(last.bytes_per_second > 0);
    // This session wrote 100 bytes; counting the earlier 800 too would give at least 900 / elapsed.
    CHECK(last.bytes_per_second < 800.0 / elapsed);
}
