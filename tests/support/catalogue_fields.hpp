// What the catalogue tests of the CLI and the station compare between a text's English and
// Japanese: the fields a template names, and whether English stays ASCII.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace sanitize::test {

// The argument indexes a fmt format string refers to ({} counts up, {N} names N).
inline std::set<int> fields_of(std::string_view text) {
    std::set<int> fields;
    int automatic = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 1 < text.size() && text[i + 1] == '{') {
            ++i;
            continue;
        }
        if (text[i] != '{') continue;
        std::size_t end = text.find_first_of(":}", i);
        std::string index(text.substr(i + 1, end - i - 1));
        fields.insert(index.empty() ? automatic++ : std::stoi(index));
    }
    return fields;
}

// The named fields of a catalogue template ({device}, {detail}, ...).
inline std::set<std::string> named_fields_of(std::string_view text) {
    std::set<std::string> fields;
    for (std::size_t i = text.find('{'); i != std::string_view::npos; i = text.find('{', i + 1)) {
        const std::size_t end = text.find('}', i);
        if (end != std::string_view::npos) fields.insert(std::string(text.substr(i + 1, end - i - 1)));
    }
    return fields;
}

inline bool has_non_ascii(std::string_view text) {
    for (char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    }
    return false;
}

}  // namespace sanitize::test
