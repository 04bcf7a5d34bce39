#include "cert/pdf_revision.hpp"

#include <cctype>
#include <charconv>
#include <cstdio>
#include <set>

namespace sanitize::cert::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

std::optional<std::size_t> number_at(std::string_view text, std::size_t& at) {
    while (at < text.size() && is_space(text[at])) ++at;
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data() + at, text.data() + text.size(), value);
    if (error != std::errc{}) return std::nullopt;
    at = static_cast<std::size_t>(end - text.data());
    return value;
}

// Where the value that starts at `at` ends: arrays, dictionaries, strings and names as a whole,
// "12 0 R" as one reference, anything else up to the next delimiter.
std::size_t value_end(std::string_view text, std::size_t at) {
    if (at >= text.size()) return at;
    const auto closing = [&](std::string_view open, std::string_view close) {
        int depth = 0;
        for (std::size_t k = at; k < text.size(); ++k) {
            if (text.substr(k).starts_with(open)) ++depth, k += open.size() - 1;
            else if (text.substr(k).starts_with(close) && --depth == 0) return k + close.size();
        }
        return text.size();
    };
    if (text.substr(at).starts_with("<<")) return closing("<<", ">>");
    if (text[at] == '[') return closing("[", "]");
    if (text[at] == '(') return closing("(", ")");
    if (text[at] == '<') return text.find('>', at) == std::string_view::npos ? text.size() : text.find('>', at) + 1;
    std::size_t end = at + 1;
    while (end < text.size() && !is_space(text[end]) && std::string_view("/[]<>()").find(text[end]) == std::string_view::npos) ++end;
    // "12 0 R": a reference is three tokens.
    std::size_t probe = at;
    if (number_at(text, probe) && number_at(text, probe)) {
        while (probe < text.size() && is_space(text[probe])) ++probe;
        if (probe < text.size() && text[probe] == 'R') return probe + 1;
    }
    return end;
}

// The entries of a trailer dictionary, "<< /Root 1 0 R /Size 16 >>".
std::optional<std::map<std::string, std::string>> dictionary_entries(std::string_view text) {
    text = trimmed(text);
    if (!text.starts_with("<<") || !text.ends_with(">>")) return std::nullopt;
    text = text.substr(2, text.size() - 4);
    std::map<std::string, std::string> entries;
    std::size_t at = 0;
    while (true) {
        while (at < text.size() && is_space(text[at])) ++at;
        if (at >= text.size()) return entries;
        if (text[at] != '/') return std::nullopt;
        std::size_t key_end = at + 1;
        while (key_end < text.size() && !is_space(text[key_end]) &&
               std::string_view("/[]<>()").find(text[key_end]) == std::string_view::npos) {
            ++key_end;
        }
        std::size_t value_at = key_end;
        while (value_at < text.size() && is_space(text[value_at])) ++value_at;
        const std::size_t end = value_end(text, value_at);
        entries[std::string(text.substr(at, key_end - at))] = std::string(trimmed(text.substr(value_at, end - value_at)));
        at = end;
    }
}

}  // namespace

Result<PdfRevision> PdfRevision::open(std::string pdf) {
    const auto bad = [](const char* what) { return make_error(Errc::internal, std::string("pdf ") + what); };
    PdfRevision revision;
    const std::size_t startxref = pdf.rfind("startxref");
    if (startxref == std::string::npos) return bad("startxref");
    std::size_t at = startxref + 9;
    const std::optional<std::size_t> last = number_at(pdf, at);
    if (!last) return bad("startxref");
    revision.last_xref_ = *last;
    std::size_t section = *last;
    std::set<std::size_t> seen;  // a /Prev loop is a broken file, not an endless one
    bool newest = true;
    for (bool more = true; more;) {
        if (section >= pdf.size() || !seen.insert(section).second) return bad("cross-reference table");
        std::string_view rest = std::string_view(pdf).substr(section);
        if (!rest.starts_with("xref")) return bad("cross-reference table");
        std::size_t k = 4;
        while (true) {
            std::size_t probe = k;
            const std::optional<std::size_t> first = number_at(rest, probe);
            if (!first) break;
            const std::optional<std::size_t> count = number_at(rest, probe);
            if (!count) return bad("cross-reference table");
            while (probe < rest.size() && is_space(rest[probe]) && rest[probe] != '\n') ++probe;
            if (probe >= rest.size() || rest[probe] != '\n') return bad("cross-reference table");
            k = probe + 1;
            if (k + 20 * *count > rest.size()) return bad("cross-reference table");
            for (std::size_t entry = 0; entry < *count; ++entry, k += 20) {
                const std::string_view line = rest.substr(k, 20);
                if (line[17] != 'n') continue;
                std::size_t offset_at = 0;
                const std::optional<std::size_t> offset = number_at(line, offset_at);
                if (!offset) return bad("cross-reference table");
                revision.offsets_.try_emplace(*first + entry, *offset);  // the newest revision wins
            }
        }
        const std::size_t trailer_at = rest.find("trailer", k);
        const std::size_t trailer_end = rest.find("startxref", k);
        if (trailer_at == std::string_view::npos || trailer_end == std::string_view::npos) return bad("trailer");
        auto entries = dictionary_entries(rest.substr(trailer_at + 7, trailer_end - trailer_at - 7));
        if (!entries) return bad("trailer");
        more = false;
        if (auto prev = entries->find("/Prev"); prev != entries->end()) {
            std::size_t prev_at = 0;
            const std::optional<std::size_t> earlier = number_at(prev->second, prev_at);
            if (!earlier) return bad("trailer");
            section = *earlier;
            more = true;
        }
        if (newest) {
            std::size_t size_at = 0;
            const auto size = entries->find("/Size");
            const std::optional<std::size_t> count = size == entries->end() ? std::nullopt : number_at(size->second, size_at);
            if (!count) return bad("trailer");
            revision.next_number_ = *count;
            entries->erase("/Size");
            entries->erase("/Prev");
            revision.trailer_ = std::move(*entries);
            newest = false;
        }
    }
    if (!pdf.ends_with("\n")) pdf += "\n";
    revision.original_size_ = pdf.size();
    revision.pdf_ = std::move(pdf);
    return revision;
}

std::optional<std::string_view> PdfRevision::object(std::size_t number) const {
    const auto found = offsets_.find(number);
    if (found == offsets_.end() || found->second >= original_size_) return std::nullopt;
    const std::string_view text = std::string_view(pdf_).substr(found->second, original_size_ - found->second);
    const std::string header = std::to_string(number) + " 0 obj";
    const std::size_t end = text.find("endobj");
    if (!text.starts_with(header) || end == std::string_view::npos) return std::nullopt;
    return trimmed(text.substr(header.size(), end - header.size()));
}

std::optional<std::size_t> PdfRevision::trailer_reference(std::string_view key) const {
    const auto found = trailer_.find(std::string(key));
    if (found == trailer_.end()) return std::nullopt;
    std::size_t at = 0;
    return number_at(found->second, at);
}

std::size_t PdfRevision::add(std::string body) {
    const std::size_t number = next_number_++;
    revise(number, std::move(body));
    return number;
}

void PdfRevision::revise(std::size_t number, std::string body) {
    written_[number] = pdf_.size();
    pdf_ += std::to_string(number) + " 0 obj\n" + body + "\nendobj\n";
}

void PdfRevision::set_trailer(const std::string& key, std::string value) { trailer_[key] = std::move(value); }

std::string PdfRevision::finish() && {
    if (written_.empty() && pdf_.size() == original_size_) return std::move(pdf_);
    const std::size_t xref = pdf_.size();
    pdf_ += "xref\n0 1\n0000000000 65535 f \n";
    // Runs of consecutive numbers share one subsection.
    for (auto run = written_.begin(); run != written_.end();) {
        auto end = run;
        std::size_t count = 0;
        while (end != written_.end() && end->first == run->first + count) ++end, ++count;
        pdf_ += std::to_string(run->first) + " " + std::to_string(count) + "\n";
        for (; run != end; ++run) {
            char line[24];
            std::snprintf(line, sizeof line, "%010zu 00000 n \n", run->second);
            pdf_ += line;
        }
    }
    pdf_ += "trailer\n<<";
    for (const auto& [key, value] : trailer_) pdf_ += " " + key + " " + value;
    pdf_ += " /Size " + std::to_string(next_number_) + " /Prev " + std::to_string(last_xref_) + " >>\nstartxref\n" +
            std::to_string(xref) + "\n%%EOF\n";
    return std::move(pdf_);
}

}  // namespace sanitize::cert::detail
