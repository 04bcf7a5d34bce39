// Parsing the compiled-in catalogues once, into strings that live as long as the process.
#include "message_catalogue.hpp"

#include <array>
#include <cstdlib>

#include <nlohmann/json.hpp>

namespace sanitize::cli {

struct Catalogue::Data {
    std::array<ParsedCatalogue, 2> languages;  // by Lang
};

namespace {

constexpr std::array<const char*, 10> section_names{"codes",  "errors",      "hints", "exceptions", "drive_reasons",
                                                    "fields", "check_notes", "roles", "errnos",     "methods"};

}  // namespace

ParsedCatalogue parse_catalogue(std::string_view text, std::span<const std::string_view> keys) {
    const nlohmann::json catalogue = nlohmann::json::parse(text, nullptr, false);
    if (!catalogue.is_object() || !catalogue.contains("messages")) std::abort();
    ParsedCatalogue parsed;
    const nlohmann::json& texts = catalogue["messages"];
    for (std::string_view key : keys) {
        const auto found = texts.find(std::string(key));
        if (found == texts.end() || !found->is_string()) std::abort();  // broken build: an id without a text
        parsed.messages.push_back(found->get<std::string>());
    }
    for (const auto& [name, section] : catalogue.items()) {
        if (name == "messages" || !section.is_object()) continue;
        for (const auto& [key, value] : section.items()) parsed.sections[name][key] = value.get<std::string>();
    }
    return parsed;
}

const Catalogue& Catalogue::compiled_in() {
    static const Data data{{parse_catalogue(detail::catalogue_en_json, message_keys),
                            parse_catalogue(detail::catalogue_ja_json, message_keys)}};
    static const Catalogue catalogue(&data);  // initialised once, before any thread reads it
    return catalogue;
}

Text Catalogue::text(Msg id) const {
    const auto index = static_cast<std::size_t>(id);
    return {data_->languages[0].messages[index], data_->languages[1].messages[index]};
}

std::optional<std::string_view> Catalogue::find(Lang lang, Section section, std::string_view key) const {
    const auto& sections = data_->languages[lang == Lang::ja ? 1 : 0].sections;
    const auto named = sections.find(section_names[static_cast<std::size_t>(section)]);
    if (named == sections.end()) return std::nullopt;
    const auto found = named->second.find(key);
    if (found == named->second.end()) return std::nullopt;
    return std::string_view(found->second);
}

}  // namespace sanitize::cli
