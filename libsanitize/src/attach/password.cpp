// Password policy (POLICY "Accounts and passwords") and the generator.
#include <sodium.h>
#include <zxcvbn.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "attach/inputs.hpp"
#include "sanitize/attach.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::attach {

namespace {

unsigned classes_of(std::span<const unsigned char> text) {
    unsigned found = 0;
    for (const unsigned char c : text) {
        if (c >= 'A' && c <= 'Z') found |= class_upper;
        else if (c >= 'a' && c <= 'z') found |= class_lower;
        else if (c >= '0' && c <= '9') found |= class_digit;
        else found |= class_symbol;  // punctuation, space, and every byte of a non-ASCII character
    }
    return found;
}

// zxcvbn's view: its estimate, and the longest stretch it found in its dictionaries. The
// dictionary is compiled into the library, so nothing is read at run time.
void estimate(std::span<const unsigned char> password, PasswordCheck& out) {
    SecretBuffer text(password.size() + 1);  // zxcvbn wants a C string; wiped when freed
    std::copy(password.begin(), password.end(), text.bytes().begin());
    text.bytes()[password.size()] = 0;
    ZxcMatch_t* info = nullptr;
    out.entropy_bits = ZxcvbnMatch(reinterpret_cast<const char*>(text.bytes().data()), nullptr, &info);
    for (const ZxcMatch_t* m = info; m != nullptr; m = m->Next) {
        const unsigned type = static_cast<unsigned>(m->Type) & ~static_cast<unsigned>(MULTIPLE_MATCH);
        if ((type == DICTIONARY_MATCH || type == DICT_LEET_MATCH) && m->Length > 0)
            out.dictionary_run = std::max(out.dictionary_run, static_cast<std::size_t>(m->Length));
    }
    ZxcvbnFreeInfo(info);
}

bool has_control(std::span<const unsigned char> password) {
    return std::any_of(password.begin(), password.end(), [](unsigned char c) { return c < 0x20 || c == 0x7F; });
}

constexpr std::size_t alphabet_size =
    password_upper.size() + password_lower.size() + password_digits.size() + password_symbols.size();

constexpr std::array<char, alphabet_size> make_alphabet() {
    std::array<char, alphabet_size> out{};
    std::size_t i = 0;
    for (std::string_view part : {password_upper, password_lower, password_digits, password_symbols})
        for (char c : part) out[i++] = c;
    return out;
}
constexpr std::array<char, alphabet_size> alphabet = make_alphabet();

}  // namespace

std::size_t password_min_length_for(PasswordUse use) noexcept {
    return use == PasswordUse::privileged ? privileged_password_min_length : password_min_length;
}

PasswordCheck check_password(std::span<const unsigned char> password, PasswordUse use) {
    PasswordCheck check;
    const std::string_view text(reinterpret_cast<const char*>(password.data()), password.size());
    if (!detail::valid_utf8(text, &check.length) || has_control(password)) {
        check.problem = PasswordProblem::invalid_characters;
        return check;  // no estimate of bytes that are not a password anyone can type
    }
    check.missing = (class_upper | class_lower | class_digit | class_symbol) & ~classes_of(password);
    estimate(password, check);
    if (check.length < password_min_length_for(use)) check.problem = PasswordProblem::too_short;
    else if (check.missing != 0) check.problem = PasswordProblem::missing_class;
    else if (check.dictionary_run >= password_max_dictionary_run) check.problem = PasswordProblem::dictionary_word;
    else if (check.entropy_bits < password_min_entropy_bits) check.problem = PasswordProblem::too_guessable;
    return check;
}

SecretBuffer generate_password() {
    util::ensure_sodium_initialized();
    for (;;) {
        SecretBuffer out(generated_password_length);
        std::span<unsigned char> bytes = out.bytes();
        std::array<unsigned char, generated_random_chars> drawn{};
        for (std::size_t i = 0; i < generated_random_chars; ++i)
            drawn[i] = static_cast<unsigned char>(alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet_size))]);
        std::size_t at = 0;
        for (std::size_t i = 0; i < generated_random_chars; ++i) {
            if (i > 0 && i % generated_group_size == 0) bytes[at++] = static_cast<unsigned char>(generated_separator);
            bytes[at++] = drawn[i];
        }
        // Whole draws are rejected rather than patched (forcing one character of each class
        // into fixed places would make those places guessable); about 4 in 5 draws pass.
        const unsigned classes = classes_of(drawn);
        sodium_memzero(drawn.data(), drawn.size());
        if (classes == (class_upper | class_lower | class_digit | class_symbol) && check_password(out.bytes()).acceptable())
            return out;
    }
}

}  // namespace sanitize::attach
