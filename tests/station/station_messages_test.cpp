// The station's own catalogue (station/messages/en.json, ja.json): every text in both languages
// with the same fields, every station reason worded, and the other reasons as the CLI words them.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "catalogue_fields.hpp"
#include "failure.hpp"
#include "station_messages.hpp"

namespace sanitize {
namespace {

using station_ui::StationMessages;
using station_ui::Text;

constexpr Reason station_reasons[] = {Reason::data_partition_missing, Reason::data_partition_not_mounted,
                                      Reason::outbox_missing,         Reason::outbox_other_ledger,
                                      Reason::pc_list_malformed,      Reason::list_signer_not_admin};

TEST_CASE("station: every text has English and Japanese with the same fields", "[station][messages]") {
    const StationMessages en(cli::Lang::en);
    const StationMessages ja(cli::Lang::ja);
    for (int i = 0; i < static_cast<int>(Text::count_); ++i) {
        const auto id = static_cast<Text>(i);
        INFO(station_ui::message_keys[static_cast<std::size_t>(i)] << ": " << en.get(id));
        CHECK_FALSE(en.get(id).empty());
        CHECK_FALSE(ja.get(id).empty());
        CHECK(test::fields_of(en.get(id)) == test::fields_of(ja.get(id)));
        CHECK_FALSE(test::has_non_ascii(en.get(id)));
    }
}

TEST_CASE("station: its own reasons have words in both languages, keyed by the reason's name", "[station][messages]") {
    const nlohmann::json en = nlohmann::json::parse(station_ui::detail::catalogue_en_json);
    const nlohmann::json ja = nlohmann::json::parse(station_ui::detail::catalogue_ja_json);
    REQUIRE(en["errors"].size() == ja["errors"].size());
    for (const auto& [key, text] : en["errors"].items()) {
        INFO(key);
        CHECK(parse_reason(key).has_value());
        REQUIRE(ja["errors"].contains(key));
        CHECK(test::named_fields_of(text.get<std::string>()) == test::named_fields_of(ja["errors"][key].get<std::string>()));
        CHECK_FALSE(test::has_non_ascii(text.get<std::string>()));
    }
    for (const Reason reason : station_reasons) {
        INFO(reason_name(reason));
        CHECK(en["errors"].contains(std::string(reason_name(reason))));
    }
}

TEST_CASE("station: an error reads in the station's words, or in the CLI's", "[station][messages]") {
    Error outbox = make_error(Errc::invalid_argument, Reason::outbox_other_ledger, "outbox");
    outbox.path = "/data/outbox.db";
    outbox.detail = "aaaa";
    outbox.expected = "bbbb";
    const StationMessages en(cli::Lang::en);
    CHECK(en.error(outbox) == "/data/outbox.db belongs to ledger aaaa, not to bbbb of ledger.db: its events would never sync");
    CHECK(StationMessages(cli::Lang::ja).error(outbox).find("送信箱") != std::string::npos);
    // A reason the station has no words for is the CLI's: the same text `sanitize` prints.
    Error missing = make_error(Errc::not_found, Reason::ledger_missing, "ledger");
    missing.path = "/data/ledger.db";
    CHECK(en.error(missing) == cli::error_text(en.cli(), missing));
    CHECK(en.error(missing).find("/data/ledger.db") != std::string::npos);
}

}  // namespace
}  // namespace sanitize
