#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "wipe_helpers.hpp"

using namespace sanitize;
using namespace sanitize::wipe;

TEST_CASE("the JSON report carries what scripts and certificates need", "[report]") {
    sanitize::test::FaultDevice dev(sanitize::test::FaultPlan{.size_bytes = 1024 * 1024, .write_errors = {{0, 1}}});
    const auto report = test::wipe(dev, "dod-3", "last", true);
    const std::string text = to_json(report);
    CHECK(text.find('\n') == std::string::npos);  // one line: JSON Lines for several targets
    const auto doc = nlohmann::json::parse(text);
    CHECK(doc["schema"] == "sanitize.wipe-report/1");
    CHECK(doc["outcome"] == "erased_with_exceptions");
    CHECK(doc["method"] == "dod-3");
    CHECK(doc["blank"] == true);
    CHECK(doc["bytes_written"] == report.bytes_written);
    CHECK(doc["bytes_verified"] == report.bytes_verified);
    CHECK(doc["bad_ranges"] == nlohmann::json::array({{{"offset", 0}, {"length", 512}}}));
    REQUIRE(doc["passes"].size() == 4);
    CHECK(doc["passes"][0]["pattern"] == "00");
    CHECK(doc["passes"][2]["kind"] == "random");
    CHECK_FALSE(doc["passes"][2]["generator"].is_null());
    CHECK(doc["passes"][3]["verification"]["mode"] == "all");
    CHECK(doc["device"]["size_bytes"] == 1024 * 1024);
    CHECK(doc["exceptions"] == nlohmann::json::array({"unwritten_sectors"}));
    CHECK(doc["error"].is_null());
    CHECK(doc["started"].get<std::string>().size() == 20);  // 2026-01-01T00:00:00Z
}
