// The station's own texts in English and Japanese, held as data (station/messages/en.json and
// ja.json) and compiled in as the CLI's are (cmake/message_catalogue.cmake): "messages" are
// addressed by Text (fmt's positional fields, the same in both languages), "errors" word the
// station's own reasons (data_partition_missing, outbox_missing, ...; named fields as in
// tools/failure.hpp). Every other error, refusal and outcome reads as the CLI words it.
#pragma once

#include <string>
#include <string_view>

#include <fmt/format.h>

#include "messages.hpp"
#include "sanitize/result.hpp"
#include "station_text_ids.hpp"

namespace sanitize::station_ui {

namespace detail {
extern const std::string_view catalogue_en_json;
extern const std::string_view catalogue_ja_json;
}  // namespace detail

class StationMessages {
public:
    explicit StationMessages(cli::Lang lang) : lang_(lang), cli_(lang) {}
    const cli::Messages& cli() const noexcept { return cli_; }
    cli::Lang lang() const noexcept { return lang_; }
    std::string_view get(Text id) const;
    template <typename... Args>
    std::string format(Text id, const Args&... args) const {
        return fmt::format(fmt::runtime(get(id)), args...);
    }
    // An error in words: the station's catalogue for the reasons it has, the CLI's for the rest.
    std::string error(const Error& error) const;

private:
    cli::Lang lang_;
    cli::Messages cli_;
};

}  // namespace sanitize::station_ui
