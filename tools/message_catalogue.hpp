// The CLI's texts in English and Japanese, held as data (tools/messages/en.json, ja.json) and
// compiled in. The sections:
//   messages       texts the code addresses by Msg (positional fields: {0}, {1}, ...)
//   codes          a library error code (errc_name) in words
//   errors         a library error's message by its Reason's name (named fields, see failure.hpp)
//   hints          what to do about it, by reason ("reason.detail" first), or by code ("code.busy")
//   exceptions     a wipe report's exception codes ("not_verified") in words
//   drive_reasons  the drive's stable codes ("security_frozen") in words
//   fields         a ledger payload field as the option that sets it ("remarks (--remarks)")
//   check_notes    what a certificate check compared, by cert::check_note_name (named fields: its values)
//   roles          a ledger role (staff, admin, auditor) as a word in a sentence
//   errnos         the operating system's error by its symbolic name ("ENOENT"), in place of strerror
//   methods        a wipe or purge method's name ("nist-clear") as words in a sentence
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "message_ids.hpp"

namespace sanitize::cli {

enum class Lang { en, ja };

// One language's catalogue, parsed: the "messages" section's texts in the order of `keys`, and
// every other section as a map from key to text. A key without a text, or a file that does not
// parse, aborts: a broken build, which the catalogues' unit tests name. Shared with the
// station's catalogue (station/messages/), which has the same shape.
struct ParsedCatalogue {
    std::vector<std::string> messages;
    std::map<std::string, std::map<std::string, std::string, std::less<>>, std::less<>> sections;
};
ParsedCatalogue parse_catalogue(std::string_view json, std::span<const std::string_view> keys);

struct Text {
    std::string_view en;
    std::string_view ja;
};

enum class Section { codes, errors, hints, exceptions, drive_reasons, fields, check_notes, roles, errnos, methods };

class Catalogue {
public:
    // The compiled-in catalogues, parsed once; a catalogue that does not parse, or a Msg without
    // a text in either language, is a broken build (the unit test names it) and aborts.
    static const Catalogue& compiled_in();

    Text text(Msg id) const;
    std::optional<std::string_view> find(Lang lang, Section section, std::string_view key) const;

    struct Data;

private:
    explicit Catalogue(const Data* data) : data_(data) {}
    const Data* data_;
};

namespace detail {
extern const std::string_view catalogue_en_json;
extern const std::string_view catalogue_ja_json;
}  // namespace detail

}  // namespace sanitize::cli
