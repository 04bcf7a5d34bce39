// cert.json: the exact bytes are what is signed, so they are stable (fixed member order,
// 2-space indentation, UTF-8 as is), and the parser that reads them back is strict.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <regex>

#include "cert_test_support.hpp"

using namespace sanitize;
using namespace sanitize::test;

namespace {

// The JSON with one edit applied through nlohmann (member order is lost: the parser must not
// care about order).
std::string edited(const std::string& json, const std::function<void(nlohmann::json&)>& edit) {
    nlohmann::json document = nlohmann::json::parse(json);
    edit(document);
    return document.dump(2);
}

void check_refused(const std::string& bytes, const std::string& context_start) {
    auto parsed = cert::parse_certificate(bytes);
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().code == Errc::malformed_input);
    INFO(parsed.error().context);
    CHECK(parsed.error().context.rfind(context_start, 0) == 0);
}

}  // namespace

TEST_CASE("a certificate reads back as it was written", "[cert][json]") {
    const People people;
    cert::Certificate c = certificate_for(people.operator_key);
    c.validator_person = validator_person(people.validator_key);
    c.ledger = cert::LedgerReference{"00112233445566778899aabbccddeeff", 41, {}};
    c.ledger->head_hash[0] = 0xab;
    c.error = cert::ErrorRecord{"io_error", "pwrite @4096", 5};
    c.outcome = wipe::Outcome::failed;
    c.exceptions = {"fatal_error"};
    const std::string json = json_of(c);
    auto parsed = cert::parse_certificate(json);
    REQUIRE(parsed);
    CHECK(*parsed == c);
    CHECK(json_of(*parsed) == json);
}

TEST_CASE("the bytes are stable: member order, indentation, UTF-8 and a final line break", "[cert][json]") {
    const People people;
    const cert::Certificate c = certificate_for(people.operator_key);
    const std::string json = json_of(c);
    CHECK(json == json_of(c));
    CHECK(json.back() == '\n');
    CHECK(json.rfind("{\n  \"schema\": \"sanitize.certificate/1\",\n  \"certificate_id\": ", 0) == 0);
    CHECK(json.find("\"name\": \"山田 太郎\"") != std::string::npos);  // not \u escapes
    const std::vector<std::string> order = {"schema",
                                            "certificate_id",
                                            "issued_at",
                                            "tool",
                                            "organisation",
                                            "customer",
                                            "operator",
                                            "validator",
                                            "host",
                                            "medium",
                                            "asset_id",
                                            "classification_before",
                                            "classification_after",
                                            "destination",
                                            "destination_detail",
                                            "data_backed_up",
                                            "backup_location",
                                            "method",
                                            "verification",
                                            "hidden_areas",
                                            "health",
                                            "timings",
                                            "bytes_written",
                                            "bad_ranges",
                                            "outcome",
                                            "exceptions",
                                            "error",
                                            "comments",
                                            "ledger"};
    std::vector<std::string> top_level;
    const std::regex member("\n  \"([a-z_]+)\": ");
    for (auto it = std::sregex_iterator(json.begin(), json.end(), member); it != std::sregex_iterator(); ++it) {
        top_level.push_back((*it)[1]);
    }
    CHECK(top_level == order);
}

TEST_CASE("the schema file lists every member the writer writes", "[cert][json]") {
    const People people;
    const nlohmann::json document = nlohmann::json::parse(json_of(certificate_for(people.operator_key)));
    const nlohmann::json schema = nlohmann::json::parse(read_file(SANITIZE_CERTS_DIR "/certificate.schema.json"));
    std::vector<std::string> written;
    for (const auto& [key, value] : document.items()) written.push_back(key);
    std::vector<std::string> required = schema.at("required").get<std::vector<std::string>>();
    // Members that older certificates lack are described but not required.
    for (const char* optional : {"health"}) {
        CHECK(schema.at("properties").contains(optional));
        written.erase(std::remove(written.begin(), written.end(), optional), written.end());
    }
    std::sort(written.begin(), written.end());
    std::sort(required.begin(), required.end());
    CHECK(written == required);
    CHECK(schema.at("additionalProperties") == false);
    // Each object member's definition, inline or through "$ref": "#/$defs/NAME".
    const auto definition_of = [&](const std::string& section) {
        nlohmann::json property = schema.at("properties").at(section);
        if (property.contains("$ref")) {
            const std::string ref = property.at("$ref");
            property = schema.at("$defs").at(ref.substr(ref.rfind('/') + 1));
        }
        return property;
    };
    for (const char* section :
         {"tool", "organisation", "operator", "host", "medium", "method", "verification", "hidden_areas", "health",
          "timings"}) {
        INFO(section);
        std::vector<std::string> keys;
        for (const auto& [key, value] : document.at(section).items()) keys.push_back(key);
        std::vector<std::string> listed = definition_of(section).at("required").get<std::vector<std::string>>();
        std::sort(keys.begin(), keys.end());
        std::sort(listed.begin(), listed.end());
        CHECK(keys == listed);
    }
}

TEST_CASE("the strict parser refuses what is not a certificate, naming the field", "[cert][json]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    using J = nlohmann::json;
    struct Case {
        const char* why;
        std::function<void(J&)> edit;
        const char* context;
    };
    const std::vector<Case> cases = {
        {"unknown top-level member", [](J& d) { d["extra"] = 1; }, "certificate field extra: unexpected"},
        {"unknown nested member", [](J& d) { d["medium"]["colour"] = "red"; },
         "certificate field medium.colour: unexpected"},
        {"missing member", [](J& d) { d["medium"].erase("serial"); }, "certificate field medium.serial: missing"},
        {"wrong type", [](J& d) { d["medium"]["size_bytes"] = "1048576"; },
         "certificate field medium.size_bytes: type"},
        {"negative size", [](J& d) { d["medium"]["size_bytes"] = -1; }, "certificate field medium.size_bytes: type"},
        {"float size", [](J& d) { d["medium"]["size_bytes"] = 1.5; }, "certificate field medium.size_bytes: type"},
        {"other schema", [](J& d) { d["schema"] = "sanitize.certificate/2"; }, "certificate field schema: value"},
        {"bad id", [](J& d) { d["certificate_id"] = "0f8e1c2a-1111-1111-8111-111111111111"; },
         "certificate field certificate_id"},
        {"upper-case id", [](J& d) { d["certificate_id"] = "0F8E1C2A-1111-4111-8111-111111111111"; },
         "certificate field certificate_id"},
        {"bad time", [](J& d) { d["issued_at"] = "2024-02-30T00:00:00Z"; }, "certificate field issued_at: value"},
        {"local time", [](J& d) { d["issued_at"] = "2024-02-01T09:00:00+09:00"; },
         "certificate field issued_at: value"},
        {"classification 3", [](J& d) { d["classification_before"] = 3; },
         "certificate field classification_before: value"},
        {"unknown destination", [](J& d) { d["destination"] = "shredder"; }, "certificate field destination: value"},
        {"unknown outcome", [](J& d) { d["outcome"] = "mostly_erased"; }, "certificate field outcome: value"},
        {"erased with exceptions listed", [](J& d) { d["exceptions"] = {"not_verified"}; },
         "certificate field outcome: value"},
        {"not erased without exceptions", [](J& d) { d["outcome"] = "failed"; }, "certificate field exceptions: value"},
        {"three decimals", [](J& d) { d["verification"]["coverage_percent"] = 99.999; },
         "certificate field verification.coverage_percent: value"},
        {"over 100 %", [](J& d) { d["verification"]["coverage_percent"] = 100.01; },
         "certificate field verification.coverage_percent: value"},
        {"pass index", [](J& d) { d["method"]["passes"][1]["index"] = 5; }, "certificate field method.passes: value"},
        {"pattern on a random pass", [](J& d) { d["method"]["passes"][0]["pattern"] = "00"; },
         "certificate field method.passes[0].pattern: value"},
        {"upper-case pattern", [](J& d) { d["method"]["passes"][1]["pattern"] = "FF"; },
         "certificate field method.passes[1].pattern: value"},
        {"timing count", [](J& d) { d["timings"]["passes"].erase(1); }, "certificate field timings.passes: value"},
        {"verified pass out of range", [](J& d) { d["verification"]["passes_verified"] = {7}; },
         "certificate field verification.passes_verified: value"},
        {"finished before started", [](J& d) { d["timings"]["finished"] = "2000-01-01T00:00:00Z"; },
         "certificate field timings.finished: value"},
        {"short key id", [](J& d) { d["operator"]["key_id"] = "1A2B"; }, "certificate field operator.key_id: value"},
        {"unknown role", [](J& d) { d["operator"]["role"] = "root"; }, "certificate field operator.role: value"},
        {"empty operator", [](J& d) { d["operator"]["name"] = ""; }, "certificate field operator.name: value"},
        {"line break in a name", [](J& d) { d["operator"]["name"] = "a\nb"; },
         "certificate field operator.name: value"},
        {"NUL in a serial", [](J& d) { d["medium"]["serial"] = std::string("A\0B", 3); },
         "certificate field medium.serial: value"},
        {"hidden area claimed by a typo", [](J& d) { d["hidden_areas"]["hpa"] = "clean"; },
         "certificate field hidden_areas.hpa: value"},
        {"zero-length bad range",
         [](J& d) {
             d["bad_ranges"] = {{{"offset", 0}, {"length", 0}}};
         },
         "certificate field"},
        {"ledger hash",
         [](J& d) {
             d["ledger"] = {{"ledger_id", std::string(32, 'a')}, {"head_seq", 1}, {"head_hash", "zz"}};
         },
         "certificate field ledger.head_hash: value"},
        {"ledger seq 0",
         [](J& d) {
             d["ledger"] = {{"ledger_id", std::string(32, 'a')}, {"head_seq", 0}, {"head_hash", std::string(64, 'a')}};
         },
         "certificate field ledger.head_seq: value"},
        {"array document", [](J& d) { d = J::array(); }, "certificate field (document): type"},
    };
    for (const Case& k : cases) {
        INFO(k.why);
        check_refused(edited(json, k.edit), k.context);
    }
}

TEST_CASE("the strict parser refuses malformed bytes", "[cert][json]") {
    const People people;
    const std::string json = json_of(certificate_for(people.operator_key));
    check_refused("", "certificate json syntax");
    check_refused(json + "x", "certificate json syntax");
    check_refused(json.substr(0, json.size() / 2), "certificate json syntax");
    // A duplicate member: a DOM parser would silently keep the last one.
    std::string duplicate = json;
    duplicate.insert(duplicate.find("\"outcome\""), "\"outcome\": \"failed\",\n  ");
    check_refused(duplicate, "certificate json duplicate key outcome");
    std::string invalid_utf8 = json;
    invalid_utf8.replace(invalid_utf8.find("山田"), 3, "\xff\xfe\xfd");
    check_refused(invalid_utf8, "certificate json syntax");
    check_refused(std::string(200, '['), "certificate json nesting too deep");
    check_refused(std::string(cert::max_certificate_bytes + 1, ' '), "certificate size");
}

TEST_CASE("member order and white space do not matter to the parser", "[cert][json]") {
    const People people;
    const cert::Certificate c = certificate_for(people.operator_key);
    const std::string compact = nlohmann::json::parse(json_of(c)).dump();  // keys sorted, no spaces
    auto parsed = cert::parse_certificate(compact);
    REQUIRE(parsed);
    CHECK(*parsed == c);
}

TEST_CASE("serialize refuses a certificate that would not read back", "[cert][json]") {
    const People people;
    cert::Certificate c = certificate_for(people.operator_key);
    c.verification.coverage_percent = 99.999;
    auto written = cert::serialize_certificate(c);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Errc::invalid_argument);
    CHECK(written.error().context == "certificate field verification.coverage_percent: value");
    c = certificate_for(people.operator_key);
    c.medium.serial = "\xc3";  // a cut UTF-8 sequence
    written = cert::serialize_certificate(c);
    REQUIRE_FALSE(written);
    CHECK(written.error().code == Errc::invalid_argument);
}
