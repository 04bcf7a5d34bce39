// Every text the CLI shows a person, in English and Japanese, from the compiled-in catalogues
// (message_catalogue.hpp, tools/messages/*.json).
//
// Texts are fmt format strings addressed by Msg; both languages of a text take the same
// arguments (a unit test checks it). Errors follow age's style: lowercase, no final period.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "message_catalogue.hpp"
#include "sanitize/cert.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::cli {

// Both languages of one text (the catalogues').
Text text_of(Msg id);

// LC_ALL, LC_MESSAGES, LANG in that order: the first one set and not empty decides; a value
// starting with "ja" means Japanese. getenv is passed in so that tests can fake it.
Lang language_from_environment(const std::function<const char*(const char*)>& getenv_fn);

// "ja" or "en" (the --lang option); nothing for anything else.
std::optional<Lang> parse_lang(std::string_view value);

class Messages {
public:
    explicit Messages(Lang lang) : lang_(lang) {}

    Lang lang() const noexcept { return lang_; }
    std::string_view get(Msg id) const;

    template <typename... Args>
    std::string format(Msg id, const Args&... args) const {
        return fmt::format(fmt::runtime(get(id)), args...);
    }

    // A text of a keyed section in this language, if the catalogue has one.
    std::optional<std::string_view> find(Section section, std::string_view key) const;

    std::string_view outcome(wipe::Outcome outcome) const;
    // An exception code of a wipe report, in words; unknown codes are shown as they are.
    std::string exception(std::string_view code) const;
    // A drive's stable reason code ("security_frozen") in words; unknown codes as they are.
    std::string drive_reason(std::string_view code) const;
    std::string_view phase(wipe::Phase phase) const;
    std::string verify_plan(const wipe::VerifyPlan& plan) const;
    // What a certificate check compared, or why it was not checked ("" for none).
    std::string check_note(const cert::CheckResult& check) const;
    // A role as a word in a sentence ("管理者"); the identifier itself stays in JSON.
    std::string role(ledger::Role role) const;
    // An approver's title as a word ("部門長"); the identifier itself stays in JSON.
    std::string title(jobs::ApproverTitle title) const;
    // The operating system's error in this language: the catalogue's words for the common
    // errno values, strerror for the rest.
    std::string system_error(int sys_errno) const;
    // A wipe or purge method's name as words in a sentence; unknown names as they are.
    std::string method(std::string_view name) const;

private:
    Lang lang_;
};

// `text` without its English words, for a Japanese sentence: an error's context ("open /dev/sdb",
// 'method "bogus"') and CLI11's messages are written in English for developers; what they name
// (paths, options, values, identifiers) is kept, words of letters only with a small letter are
// dropped, and a trailing ':' of a dropped word with it.
std::string names_only(std::string_view text);

// strerror, safe to call from any thread (English: prefer Messages::system_error for people).
std::string system_error_text(int sys_errno);

// `text` with the password of every postgresql:// URL in it replaced by "***": a ledger URL
// may carry one, and no message may show it.
std::string without_passwords(std::string_view text);

// `sanitize: error: …`, `sanitize: hint: …` and `sanitize: warning: …` on stderr, without
// passwords.
void print_error(const Messages& messages, std::string_view text);
void print_hint(const Messages& messages, std::string_view text);
void print_warning(const Messages& messages, std::string_view text);

}  // namespace sanitize::cli
