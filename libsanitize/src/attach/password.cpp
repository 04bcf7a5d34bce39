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

// One group of the generated password: its kind is drawn first, then its characters.
constexpr std::array<std::string_view, 3> group_alphabets = {password_upper, password_lower, password_digits};

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
        unsigned kinds_drawn = 0;
        std::size_t at = 0;
        for (std::size_t group = 0; group < generated_groups; ++group) {
            if (group > 0) bytes[at++] = static_cast<unsigned char>(generated_separator);
            const std::uint32_t kind = randombytes_uniform(static_cast<std::uint32_t>(group_alphabets.size()));
            const std::string_view alphabet = group_alphabets[kind];
            kinds_drawn |= 1U << kind;
            for (std::size_t i = 0; i < generated_group_size; ++i)
                bytes[at++] = static_cast<unsigned char>(alphabet[randombytes_uniform(static_cast<std::uint32_t>(alphabet.size()))]);
        }
        // Whole draws are rejected rather than patched (forcing a kind into a fixed group would
        // make that group guessable); about 3 in 5 draws have every kind. The separators are
        // the symbol class; check_password is the one judge of the rest.
        if (kinds_drawn == (1U << group_alphabets.size()) - 1 && check_password(out.bytes()).acceptable()) return out;
    }
}

}  // namespace sanitize::attach
