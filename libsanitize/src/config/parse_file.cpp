// sanitize.conf: `key = value` lines, comments and blank lines; every problem is collected with
// its line, so that whoever edits the site file sees all of them at once.
#include <algorithm>
#include <set>

#include "cert/text_rules.hpp"
#include "sanitize/config.hpp"
#include "sanitize/files.hpp"

namespace sanitize::config {

namespace {

constexpr std::string_view blanks = " \t";

std::string_view trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(blanks) - first + 1);
}

struct Line {
    std::string_view text;
    int number = 0;
};

// Lines without their "\n" or "\r\n"; a UTF-8 byte order mark (an editor's) is dropped.
std::vector<Line> lines_of(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    std::vector<Line> lines;
    int number = 0;
    while (!text.empty()) {
        const std::size_t end = std::min(text.find('\n'), text.size());
        std::string_view line = text.substr(0, end);
        if (line.ends_with('\r')) line.remove_suffix(1);
        lines.push_back({line, ++number});
        text.remove_prefix(std::min(end + 1, text.size()));
    }
    return lines;
}

class FileParser {
public:
    FileParser(Source source, const std::string& path) : source_(source), path_(path) {}

    void line(const Line& line) {
        const std::string_view content = trimmed(line.text);
        if (content.empty() || content.starts_with('#') || content.starts_with(';')) return;
        if (!cert::detail::is_valid_utf8(line.text)) return problem(Problem::not_utf8, line, "", "");
        const std::size_t equals = content.find('=');
        if (equals == std::string_view::npos) return problem(Problem::missing_equals, line, "", content);
        const std::string_view key = trimmed(content.substr(0, equals));
        const std::string_view value = trimmed(content.substr(equals + 1));
        const std::optional<Setting> setting = setting_named(key);
        if (!setting) return problem(Problem::unknown_setting, line, key, value);
        if (!seen_.insert(*setting).second) return problem(Problem::repeated_setting, line, key, value);
        // The value is checked when the layers are resolved: "~/" needs the environment's home.
        result_.values[*setting] = Value{std::string(value), Origin{source_, path_, line.number}};
    }

    FileSettings take() { return std::move(result_); }

private:
    void problem(Problem code, const Line& line, std::string_view key, std::string_view value) {
        result_.problems.push_back({code, Origin{source_, path_, line.number}, std::string(key), std::string(value), 0});
    }

    Source source_;
    const std::string& path_;
    std::set<Setting> seen_;
    FileSettings result_;
};

}  // namespace

FileSettings parse_file(std::string_view text, Source source, const std::string& path) {
    FileParser parser(source, path);
    for (const Line& line : lines_of(text)) parser.line(line);
    return parser.take();
}

FileSettings read_file(Source source, const std::string& path) {
    Result<std::string> text = files::read_small_file(path, max_file_bytes);
    if (text) return parse_file(*text, source, path);
    const Error& error = text.error();
    if (error.code == Errc::not_found) return {};  // no file: nothing set here
    const Problem code = error.code == Errc::malformed_input ? Problem::file_too_large : Problem::file_unreadable;
    FileSettings result;
    result.problems.push_back({code, Origin{source, path, 0}, "", "", error.sys_errno});
    return result;
}

}  // namespace sanitize::config
