// The PDF's words in Japanese and English, from the data files certs/templates/labels.ja.json
// and labels.en.json (compiled in by CMake), looked up by key ("field.serial").
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace sanitize::cert::detail {

extern const std::string_view labels_ja_json;
extern const std::string_view labels_en_json;

class Labels {
public:
    static const Labels& builtin();

    // A missing key comes back as itself, visibly, rather than as an empty label.
    const std::string& ja(std::string_view key) const;
    const std::string& en(std::string_view key) const;
    std::string both(std::string_view key, std::string_view separator = " / ") const;

private:
    Labels();
    std::map<std::string, std::string, std::less<>> ja_;
    std::map<std::string, std::string, std::less<>> en_;
    mutable std::map<std::string, std::string, std::less<>> missing_;
    const std::string& find(const std::map<std::string, std::string, std::less<>>& table, std::string_view key) const;
};

}  // namespace sanitize::cert::detail
