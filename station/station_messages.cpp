// The station's catalogues, parsed once (tools' parse_catalogue: the same shape as the CLI's).
#include "station_messages.hpp"

#include <array>

#include "failure.hpp"

namespace sanitize::station_ui {

namespace {

const cli::ParsedCatalogue& catalogue(cli::Lang lang) {
    static const std::array<cli::ParsedCatalogue, 2> parsed{cli::parse_catalogue(detail::catalogue_en_json, message_keys),
                                                            cli::parse_catalogue(detail::catalogue_ja_json, message_keys)};
    return parsed[lang == cli::Lang::ja ? 1 : 0];
}

}  // namespace

std::string_view StationMessages::get(Text id) const { return catalogue(lang_).messages[static_cast<std::size_t>(id)]; }

std::string StationMessages::error(const Error& error) const {
    const auto& sections = catalogue(lang_).sections;
    if (const auto errors = sections.find("errors"); errors != sections.end() && error.reason != Reason::none) {
        if (const auto text = errors->second.find(reason_name(error.reason)); text != errors->second.end()) {
            return cli::fill_error_template(cli_, text->second, error);
        }
    }
    return cli::error_text(cli_, error);
}

}  // namespace sanitize::station_ui
