// The interruptions of a resumed wipe in its certificate: written, read back, and absent (bytes
// unchanged) for wipes that ran through.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "cert_test_support.hpp"

using namespace sanitize;

TEST_CASE("a resumed wipe's certificate lists its interruptions and reads back", "[cert][json][resume]") {
    sanitize::test::People people;
    wipe::WipeReport report = sanitize::test::wipe_report();
    const std::string plain = sanitize::test::json_of(sanitize::test::certificate_for(people.operator_key, report));
    CHECK(plain.find("interruptions") == std::string::npos);  // older readers see the same members

    report.interruptions = {{report.started + std::chrono::seconds(5), report.started + std::chrono::seconds(65), 0,
                             wipe::Phase::writing, 4 << 20},
                            {report.started + std::chrono::seconds(90), report.started + std::chrono::seconds(95), 0,
                             wipe::Phase::verifying, 8 << 20}};
    const cert::Certificate c = sanitize::test::certificate_for(people.operator_key, report);
    CHECK(c.timings.resumed);
    REQUIRE(c.timings.interruptions.size() == 2);
    CHECK(c.timings.interruptions[1].phase == "verifying");
    const std::string text = sanitize::test::json_of(c);
    const nlohmann::json document = nlohmann::json::parse(text);
    CHECK(document["timings"]["interruptions"].size() == 2);
    CHECK(document["timings"]["interruptions"][0]["offset"] == 4 << 20);
    Result<cert::Certificate> back = cert::parse_certificate(text);
    REQUIRE(back);
    CHECK(*back == c);

    // Interruptions while `resumed` says false contradict each other: refused.
    std::string contradiction = text;
    const auto at = contradiction.find("\"resumed\": true");
    REQUIRE(at != std::string::npos);
    contradiction.replace(at, 15, "\"resumed\": false");
    CHECK_FALSE(cert::parse_certificate(contradiction));
}
