// The byte progress of `sanitize encrypt` and `decrypt`: throttled bars, sparse lines, silence.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <sstream>
#include <string>

#include "byte_progress_view.hpp"
#include "messages.hpp"

using namespace sanitize::cli;

namespace {

struct FakeClock {
    std::chrono::steady_clock::time_point now{std::chrono::seconds(1000)};
};

ProgressViewOptions options_with(ProgressStyle style, FakeClock& clock) {
    ProgressViewOptions options;
    options.style = style;
    options.width = 100;
    options.redraw_interval = std::chrono::milliseconds(250);
    options.clock = [&clock] { return clock.now; };
    return options;
}

std::size_t count_of(const std::string& text, std::string_view what) {
    std::size_t count = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
    return count;
}

}  // namespace

TEST_CASE("byte progress bars: redrawn in place at most four times a second, with rate and ETA", "[cli][progress]") {
    FakeClock clock;
    std::ostringstream out;
    Messages messages(Lang::en);
    ByteProgressView view(out, messages, "report", options_with(ProgressStyle::bars, clock));
    clock.now += std::chrono::seconds(1);
    view.update(100'000'000, 400'000'000);
    const std::string first = out.str();
    CHECK(first.starts_with("\r\x1b[2Kreport  [####"));
    CHECK(first.find(" 25.0 %") != std::string::npos);
    CHECK(first.find("100.0 MB/s") != std::string::npos);
    CHECK(first.find("ETA 0:00:03") != std::string::npos);
    CHECK(first.find('\n') == std::string::npos);  // in place: no new line until the end
    for (int i = 0; i < 9; ++i) {  // 100 ms apart: only every third one is drawn
        clock.now += std::chrono::milliseconds(100);
        view.update(100'000'000 + static_cast<std::uint64_t>(i), 400'000'000);
    }
    CHECK(count_of(out.str(), "\r\x1b[2K") == 4);
    clock.now += std::chrono::seconds(1);
    view.finish(400'000'000);
    CHECK(out.str().ends_with("report  done: 400.0 MB, 2.9 s, 137.9 MB/s\n"));
    view.update(1, 2);  // nothing after the end
    CHECK(out.str().ends_with("MB/s\n"));
}

TEST_CASE("byte progress: no ETA within the first second, when the average is noise", "[cli][progress]") {
    FakeClock clock;
    std::ostringstream out;
    Messages messages(Lang::en);
    ByteProgressView view(out, messages, "out.tar.age", options_with(ProgressStyle::lines, clock));
    clock.now += std::chrono::milliseconds(10);
    view.update(1'000'000, 400'000'000'000);
    CHECK(out.str().find("ETA") == std::string::npos);
    clock.now += std::chrono::seconds(5);
    view.update(500'000'000, 400'000'000'000);
    CHECK(out.str().find("ETA") != std::string::npos);
}

TEST_CASE("byte progress lines: one every few seconds, silent prints nothing", "[cli][progress]") {
    FakeClock clock;
    std::ostringstream out;
    Messages messages(Lang::ja);
    ByteProgressView view(out, messages, "out.tar.age", options_with(ProgressStyle::lines, clock));
    clock.now += std::chrono::seconds(2);
    view.update(50, 100);
    CHECK(out.str() == "out.tar.age:  50.0 %  50 B / 100 B  0.0 MB/s  残り 0:00:02\n");
    clock.now += std::chrono::seconds(1);
    view.update(75, 100);
    CHECK(count_of(out.str(), "\n") == 1);
    view.close();
    CHECK(count_of(out.str(), "\n") == 1);

    std::ostringstream quiet;
    ByteProgressView silent(quiet, messages, "x", options_with(ProgressStyle::silent, clock));
    silent.update(1, 2);
    silent.finish(2);
    silent.close();
    CHECK(quiet.str().empty());
}
