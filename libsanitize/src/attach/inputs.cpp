#include "attach/inputs.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <set>
#include <system_error>

namespace sanitize::attach::detail {

namespace {

// Names the input it is about, so that a front end does not blame the archive being written.
Error stat_error(const std::filesystem::path& path, int err) {
    Error error = make_error(errc_from_errno(err), "stat " + path.string(), err);
    error.path = path.string();
    return error;
}

Result<InputEntry> describe(const std::filesystem::path& source, std::string name) {
    struct stat st{};
    if (::lstat(source.c_str(), &st) != 0) return stat_error(source, errno);
    InputEntry entry;
    entry.source = source;
    entry.mtime = st.st_mtime;
    entry.mode = static_cast<std::uint32_t>(st.st_mode);
    if (S_ISDIR(st.st_mode)) {
        entry.is_directory = true;
        entry.name = std::move(name) + "/";
    } else if (S_ISREG(st.st_mode)) {
        entry.size = static_cast<std::uint64_t>(st.st_size);
        entry.name = std::move(name);
    } else {
        return make_error(Errc::unsupported_target, "not a file or folder: " + source.string());
    }
    return entry;
}

bool valid_name(const std::string& name) {
    if (name.empty() || name == "." || name == "..") return false;
    if (!valid_utf8(name)) return false;
    return std::none_of(name.begin(), name.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F;
    });
}

Result<void> walk(const InputEntry& folder, std::vector<InputEntry>& out) {
    std::error_code ec;
    std::vector<std::filesystem::path> children;
    for (std::filesystem::directory_iterator it(folder.source, ec), end; !ec && it != end; it.increment(ec))
        children.push_back(it->path());
    if (ec) return make_error(errc_from_errno(ec.value()), "list " + folder.source.string(), ec.value());
    std::sort(children.begin(), children.end());
    for (const auto& child : children) {
        const std::string leaf = child.filename().string();
        if (!valid_name(leaf)) return make_error(Errc::invalid_argument, "name " + child.string());
        auto entry = describe(child, folder.name + leaf);
        if (!entry) return entry.error();
        out.push_back(*entry);
        if (entry->is_directory) {
            if (auto r = walk(*entry, out); !r) return r;
        }
    }
    return {};
}

}  // namespace

bool valid_utf8(std::string_view text, std::size_t* code_points) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++count) {
        const auto lead = static_cast<unsigned char>(text[i]);
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        if (lead < 0x80) { cp = lead; }
        else if ((lead & 0xE0) == 0xC0) { extra = 1; cp = lead & 0x1FU; }
        else if ((lead & 0xF0) == 0xE0) { extra = 2; cp = lead & 0x0FU; }
        else if ((lead & 0xF8) == 0xF0) { extra = 3; cp = lead & 0x07U; }
        else return false;
        if (extra > 0 && i + extra >= text.size()) return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto c = static_cast<unsigned char>(text[i + k]);
            if ((c & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (c & 0x3FU);
        }
        // Overlong forms, surrogates and values past Unicode are not UTF-8.
        static constexpr std::uint32_t min_for[] = {0, 0x80, 0x800, 0x10000};
        if (cp < min_for[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        i += 1 + extra;
    }
    if (code_points != nullptr) *code_points = count;
    return true;
}

Result<std::vector<InputEntry>> collect_inputs(const std::vector<std::filesystem::path>& inputs) {
    if (inputs.empty()) return make_error(Errc::invalid_argument, "no inputs");
    std::vector<InputEntry> out;
    for (const auto& input : inputs) {
        // "folder/" names the folder itself: its name is the last real component.
        const std::filesystem::path clean = input.has_filename() ? input : input.parent_path();
        const std::string leaf = clean.filename().string();
        if (!valid_name(leaf)) return make_error(Errc::invalid_argument, "name " + input.string());
        auto entry = describe(clean, leaf);
        if (!entry) return entry.error();
        out.push_back(*entry);
        if (entry->is_directory) {
            if (auto r = walk(*entry, out); !r) return r.error();
        }
    }
    std::set<std::string> seen;
    for (const auto& e : out) {
        if (!seen.insert(e.name).second) return make_error(Errc::invalid_argument, "duplicate name " + e.name);
    }
    return out;
}

}  // namespace sanitize::attach::detail
