// Parsing the compiled-in catalogues once, into strings that live as long as the process.
#include "message_catalogue.hpp"

#include <array>
#include <cstdlib>
#include <map>
#include <vector>

#include <nlohmann/json.hpp>

namespace sanitize::cli {

struct Catalogue::Data {
    std::array<std::vector<std::string>, 2> messages;  // by Lang, by Msg
    std::array<std::array<std::map<std::string, std::string, std::less<>>, 6>, 2> sections;  // by Lang, by Section
};

namespace {

constexpr std::array<const char*, 6> section_names{"codes", "errors", "hints", "exceptions", "drive_reasons", "fields"};

void load(std::string_view text, std::vector<std::string>& messages,
          std::array<std::map<std::string, std::string, std::less<>>, 6>& sections) {
    const nlohmann::json catalogue = nlohmann::json::parse(text, nullptr, false);
    if (!catalogue.is_object() || !catalogue.contains("messages")) std::abort();
    const nlohmann::json& texts = catalogue["messages"];
    for (std::string_view key : message_keys) {
        const auto found = texts.find(std::string(key));
        if (found == texts.end() || !found->is_string()) std::abort();  // broken build: a Msg without a text
        messages.push_back(found->get<std::string>());
    }
    for (std::size_t s = 0; s < section_names.size(); ++s) {
        if (!catalogue.contains(section_names[s])) continue;
        for (const auto& [key, value] : catalogue[section_names[s]].items()) sections[s][key] = value.get<std::string>();
    }
}

}  // namespace

const Catalogue& Catalogue::compiled_in() {
    static const Data data = [] {
        Data loaded;
        load(detail::catalogue_en_json, loaded.messages[0], loaded.sections[0]);
        load(detail::catalogue_ja_json, loaded.messages[1], loaded.sections[1]);
        return loaded;
    }();
    static const Catalogue catalogue(&data);  // initialised once, before any thread reads it
    return catalogue;
}

Text Catalogue::text(Msg id) const {
    const auto index = static_cast<std::size_t>(id);
    return {data_->messages[0][index], data_->messages[1][index]};
}

std::optional<std::string_view> Catalogue::find(Lang lang, Section section, std::string_view key) const {
    const auto& map = data_->sections[lang == Lang::ja ? 1 : 0][static_cast<std::size_t>(section)];
    const auto found = map.find(key);
    if (found == map.end()) return std::nullopt;
    return std::string_view(found->second);
}

}  // namespace sanitize::cli
