// password_acceptable and its uses: the one password checker's verdict as a refusal.
#include "sanitize/jobs/password_rules.hpp"

#include <string>
#include <utility>

namespace sanitize::jobs {
namespace {

std::string missing_classes(unsigned missing) {
    std::string names;
    const std::pair<unsigned, const char*> classes[] = {{attach::class_upper, "upper"},
                                                        {attach::class_lower, "lower"},
                                                        {attach::class_digit, "digit"},
                                                        {attach::class_symbol, "symbol"}};
    for (const auto& [bit, name] : classes) {
        if ((missing & bit) != 0) names += (names.empty() ? "" : ",") + std::string(name);
    }
    return names;
}

Error password_error(Reason reason, std::string detail, std::string expected = {}) {
    Error error = make_error(Errc::refused, reason, "password policy");
    error.detail = std::move(detail);
    error.expected = std::move(expected);
    return error;
}

}  // namespace

Result<void> password_acceptable(std::span<const unsigned char> password, attach::PasswordUse use) {
    const attach::PasswordCheck check = attach::check_password(password, use);
    switch (check.problem) {
        case attach::PasswordProblem::none: return {};
        case attach::PasswordProblem::invalid_characters: return password_error(Reason::password_invalid_characters, "");
        case attach::PasswordProblem::too_short:
            return password_error(Reason::password_too_short, std::to_string(check.length),
                                  std::to_string(attach::password_min_length_for(use)));
        case attach::PasswordProblem::missing_class:
            return password_error(Reason::password_missing_class, missing_classes(check.missing));
        case attach::PasswordProblem::dictionary_word:
            return password_error(Reason::password_dictionary_word, std::to_string(check.dictionary_run));
        case attach::PasswordProblem::too_guessable:
            return password_error(Reason::password_guessable, std::to_string(static_cast<int>(check.entropy_bits)),
                                  std::to_string(static_cast<int>(attach::password_min_entropy_bits)));
    }
    return {};
}

Result<void> key_passphrase_acceptable(std::span<const unsigned char> passphrase) {
    return password_acceptable(passphrase, attach::PasswordUse::privileged);
}

Result<std::unique_ptr<crypt::ScryptRecipient>> carry_out_passphrase(SecretBuffer passphrase) {
    if (Result<void> acceptable = password_acceptable(passphrase.bytes()); !acceptable) return acceptable.error();
    return std::make_unique<crypt::ScryptRecipient>(std::move(passphrase));
}

}  // namespace sanitize::jobs
