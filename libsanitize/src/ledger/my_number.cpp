// The ledger never stores an Individual Number (マイナンバー, POLICY "The information-asset
// ledger"). A 12-digit number whose last digit is its valid check digit is taken for one: a
// false positive costs a retyped serial, a false negative a legal breach.
#include <string>
#include <vector>

#include "sanitize/ledger.hpp"

namespace sanitize::ledger {

namespace {

struct Token {
    enum Kind { digit, separator, other } kind;
    char value;  // the ASCII digit for digits
};

// Reads one UTF-8 character: full-width digits (U+FF10..U+FF19) count as digits, because
// Japanese forms often hold them; spaces and hyphens, ASCII or full-width, as separators.
Token next_token(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char first = byte(i);
    if (first >= '0' && first <= '9') {
        ++i;
        return {Token::digit, static_cast<char>(first)};
    }
    if (first == ' ' || first == '-') {
        ++i;
        return {Token::separator, 0};
    }
    if (first == 0xEF && i + 2 < text.size() && byte(i + 1) == 0xBC) {
        const unsigned char third = byte(i + 2);
        i += 3;
        if (third >= 0x90 && third <= 0x99) return {Token::digit, static_cast<char>('0' + (third - 0x90))};
        if (third == 0x8D) return {Token::separator, 0};  // U+FF0D full-width hyphen-minus
        return {Token::other, 0};
    }
    if (first == 0xE3 && i + 2 < text.size() && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) {
        i += 3;
        return {Token::separator, 0};  // U+3000 ideographic space
    }
    ++i;
    while (i < text.size() && (byte(i) & 0xC0) == 0x80) ++i;
    return {Token::other, 0};
}

// Groups of digits split by single separators, e.g. "1234 5678 9012" -> {"1234","5678","9012"}.
// A candidate is one group of exactly 12 digits, or three groups of 4 that are not part of a
// longer run of 4-digit groups (a card number "1234 5678 9012 3456" is not one).
bool groups_hold_my_number(const std::vector<std::string>& groups) {
    const std::size_t n = groups.size();
    auto four = [&](std::size_t k) { return k < n && groups[k].size() == 4; };
    for (std::size_t k = 0; k < n; ++k) {
        if (groups[k].size() == 12 && is_my_number(groups[k])) return true;
        const bool window = four(k) && four(k + 1) && four(k + 2);
        const bool alone = (k == 0 || !four(k - 1)) && !four(k + 3);
        if (window && alone && is_my_number(groups[k] + groups[k + 1] + groups[k + 2])) return true;
    }
    return false;
}

bool is_hex_digit(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool all_hex(std::string_view part) {
    for (char c : part) {
        if (!is_hex_digit(c)) return false;
    }
    return !part.empty();
}

struct Part {
    std::size_t begin;
    std::size_t length;
};

// The hyphen-separated parts of one word, positions in the text.
std::vector<Part> word_parts(std::string_view text, std::size_t begin, std::size_t end) {
    std::vector<Part> parts;
    std::size_t start = begin;
    for (std::size_t k = begin; k <= end; ++k) {
        if (k == end || text[k] == '-') {
            parts.push_back({start, k - start});
            start = k + 1;
        }
    }
    return parts;
}

// A UUID (8-4-4-4-12 hex digits) or a hex string of at least 32 digits (a hash, a key id of a
// ledger) is an identifier made by a machine, not a number a person wrote down: about one
// random SHA-256 in three hundred holds a 12-digit run with a valid check digit, and about one
// random UUID in three thousand spells a valid one in its middle groups ("4101-8042-4788").
// Either may sit inside a longer name ("certificate-<UUID>.json"): the parts of a word are
// looked at, not only the whole word. Masked parts become letters.
void mask_machine_identifiers(std::string& text, std::size_t begin, std::size_t end) {
    static constexpr std::size_t uuid_groups[] = {8, 4, 4, 4, 12};
    const std::vector<Part> parts = word_parts(text, begin, end);
    auto mask = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) text[k] = 'x';
    };
    for (std::size_t k = 0; k < parts.size(); ++k) {
        bool uuid = k + 5 <= parts.size();
        for (std::size_t g = 0; uuid && g < 5; ++g) {
            const Part& part = parts[k + g];
            uuid = part.length == uuid_groups[g] && all_hex(std::string_view(text).substr(part.begin, part.length));
        }
        if (uuid) {
            mask(parts[k].begin, parts[k + 4].begin + parts[k + 4].length);
            k += 4;
        } else if (parts[k].length >= 32 && all_hex(std::string_view(text).substr(parts[k].begin, parts[k].length))) {
            mask(parts[k].begin, parts[k].begin + parts[k].length);
        }
    }
}

// The text with every machine identifier replaced by letters, so that its digits are never
// read as part of a number. Words are the longest runs of ASCII letters, digits and hyphens.
std::string without_machine_identifiers(std::string_view text) {
    std::string masked(text);
    auto word_char = [](char c) { return is_hex_digit(c) || c == '-' || (c >= 'g' && c <= 'z') || (c >= 'G' && c <= 'Z'); };
    std::size_t i = 0;
    while (i < masked.size()) {
        if (!word_char(masked[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < masked.size() && word_char(masked[end])) ++end;
        mask_machine_identifiers(masked, i, end);
        i = end;
    }
    return masked;
}

}  // namespace

// 行政手続における特定の個人を識別するための番号の利用等に関する法律施行令 第8条:
// check digit = 11 - (sum_{n=1..11} P_n * Q_n mod 11), or 0 when that remainder is 0 or 1,
// where P_n is the n-th digit counted from the right of the first 11 digits and
// Q_n = n + 1 for n <= 6, n - 5 for n >= 7.
bool is_my_number(std::string_view digits) {
    if (digits.size() != 12) return false;
    for (const char c : digits) {
        if (c < '0' || c > '9') return false;
    }
    int sum = 0;
    for (int n = 1; n <= 11; ++n) {
        const int p = digits[static_cast<std::size_t>(11 - n)] - '0';
        const int q = n <= 6 ? n + 1 : n - 5;
        sum += p * q;
    }
    const int remainder = sum % 11;
    const int check = remainder <= 1 ? 0 : 11 - remainder;
    return digits[11] - '0' == check;
}

bool contains_my_number(std::string_view original) {
    const std::string masked = without_machine_identifiers(original);
    const std::string_view text = masked;
    std::vector<std::string> groups;
    bool after_separator = false;
    auto finish = [&] {
        const bool found = groups_hold_my_number(groups);
        groups.clear();
        after_separator = false;
        return found;
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const Token token = next_token(text, i);
        if (token.kind == Token::digit) {
            if (groups.empty() || after_separator) groups.emplace_back();
            groups.back() += token.value;
            after_separator = false;
        } else if (token.kind == Token::separator && !groups.empty() && !after_separator) {
            after_separator = true;
        } else if (finish()) {
            return true;
        }
    }
    return finish();
}

}  // namespace sanitize::ledger
