// Errors into words: the catalogue's templates filled with the error's fields.
#include "failure.hpp"

#include <algorithm>

#include <iostream>
#include <map>

#include "sanitize/jobs/approvals.hpp"
#include "sanitize/protocol.hpp"
#include "sanitize/purge.hpp"
#include "text_format.hpp"

namespace sanitize::cli {
namespace {

std::string joined(const std::vector<std::string>& words, std::string_view separator = ", ") {
    std::string text;
    for (const std::string& word : words) text += (text.empty() ? "" : std::string(separator)) + word;
    return text;
}

std::string code_words(const Messages& messages, const Error& error) {
    if (std::optional<std::string_view> words = messages.find(Section::codes, errc_name(error.code))) return std::string(*words);
    return std::string(errc_name(error.code));
}

// The library writes an error's context for developers, in English ("open /dev/sdb"): a
// Japanese sentence keeps only what it names.
std::string context_words(const Messages& messages, const Error& error) {
    return messages.lang() == Lang::ja ? names_only(error.context) : error.context;
}

// "words (context: strerror)": the context and errno are for whoever reads it to support.
std::string generic_words(const Messages& messages, const Error& error) {
    std::string text = code_words(messages, error);
    const std::string context = context_words(messages, error);
    if (context.empty() && error.sys_errno == 0) return text;
    text += " (" + context;
    if (error.sys_errno != 0) text += (context.empty() ? "" : ": ") + messages.system_error(error.sys_errno);
    return text + ")";
}

// "a", "a or b", "a, b or c": the choices of a sentence, in its language.
std::string either(const Messages& messages, const std::vector<std::string>& words) {
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (i > 0 && i + 1 < words.size()) text += messages.get(Msg::word_list_separator);
        if (i > 0 && i + 1 == words.size()) {
            // Japanese has no spaces around または, except next to Latin letters ("--set または --clear").
            const bool latin = (!text.empty() && static_cast<unsigned char>(text.back()) < 0x80) ||
                               (!words[i].empty() && static_cast<unsigned char>(words[i].front()) < 0x80);
            const bool spaced = messages.lang() == Lang::ja && latin;
            text += (spaced ? " " : "") + std::string(messages.get(Msg::word_or)) + (spaced ? " " : "");
        }
        text += words[i];
    }
    return text;
}

std::vector<std::string> split(std::string_view text, std::string_view separator) {
    std::vector<std::string> parts;
    while (!text.empty()) {
        const std::size_t at = text.find(separator);
        parts.emplace_back(text.substr(0, at));
        if (at == std::string_view::npos) break;
        text.remove_prefix(at + separator.size());
    }
    return parts;
}

// The library names the titles an approval needs as "department_head or representative_director".
std::string title_words(const Messages& messages, std::string_view names) {
    std::vector<std::string> words;
    for (std::string& name : split(names, " or ")) {
        const std::optional<jobs::ApproverTitle> title = jobs::parse_approver_title(name);
        words.push_back(title ? messages.title(*title) : std::move(name));
    }
    return either(messages, words);
}

std::string subject_of(const Error& error) { return error.device.empty() ? error.path : error.device; }

std::string class_words(const Messages& messages, const std::string& names) {
    const std::pair<std::string_view, Msg> classes[] = {
        {"upper", Msg::class_upper}, {"lower", Msg::class_lower}, {"digit", Msg::class_digit}, {"symbol", Msg::class_symbol}};
    std::vector<std::string> words;
    for (const auto& [name, text] : classes) {
        if (names.find(name) != std::string::npos) words.emplace_back(messages.get(text));
    }
    return joined(words);
}

std::string method_list() {
    std::vector<std::string> names = wipe::method_names();
    return joined(names);
}

std::string purge_method_list() {
    std::vector<std::string> names;
    for (purge::PurgeMethod m : purge::all_purge_methods()) names.emplace_back(purge::purge_method_name(m));
    return joined(names);
}

// "{name}" replaced by the field of that name; anything else is kept as it is.
std::string substitute(std::string_view text, const std::map<std::string, std::string, std::less<>>& fields) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string_view::npos;
        const auto field = close == std::string_view::npos ? fields.end() : fields.find(text.substr(i + 1, close - i - 1));
        if (field == fields.end()) {
            out += text[i];
            continue;
        }
        out += field->second;
        i = close;
        // An empty field between two spaces leaves one ("--yes {detail} を" without a token).
        if (field->second.empty() && out.ends_with(' ') && close + 1 < text.size() && text[close + 1] == ' ') ++i;
    }
    return out;
}

std::string fill(const Messages& messages, std::string_view text, const Error& error) {
    const std::optional<std::string_view> field = messages.find(Section::fields, error.detail);
    const std::map<std::string, std::string, std::less<>> fields{
        {"subject", subject_of(error)},
        {"device", error.device},
        {"path", error.path},
        {"detail", error.detail},
        {"expected", error.expected},
        // A field name alone ("serial") is kept rather than leaving a sentence with a hole.
        {"context", context_words(messages, error).empty() ? error.context : context_words(messages, error)},
        {"errno", error.sys_errno != 0 ? messages.system_error(error.sys_errno) : std::string()},
        {"error", generic_words(messages, error)},
        {"size", human_size(error.bytes.value_or(0))},
        {"drive_reason", messages.drive_reason(error.detail)},
        {"field", field ? std::string(*field) : error.detail},
        {"classes", class_words(messages, error.detail)},
        {"methods", method_list()},
        {"purge_methods", purge_method_list()},
        {"titles", title_words(messages, error.expected)},
        {"options", either(messages, split(error.expected, ","))},
        // A program's own last words (mcopy's "No directory slots"): support needs them as they are.
        {"tool_output", error.context},
    };
    std::string filled = substitute(text, fields);
    while (!filled.empty() && filled.back() == ' ') filled.pop_back();  // an empty last field
    return filled;
}

// The catalogue key of an error's words: its reason's name, or "code.ERRC" when it has none.
std::string wording_key(const Error& error) {
    if (error.reason != Reason::none) return std::string(reason_name(error.reason));
    return "code." + std::string(errc_name(error.code));
}

// Which of a key's variants ("KEY.VARIANT") fits the error: for most, the value it is about
// (detail). A mount refusal about a partition of the target, and a partition refusal that knows
// its whole disk, are worded with that fact: the operator must see which device to act on.
std::string wording_variant(const Error& error) {
    if (error.reason == Reason::mounted && !error.path.empty() && error.path != error.device) return "partition";
    if (error.reason == Reason::partition && !error.expected.empty()) return "whole_disk";
    // What the reason is about is a word of the library's ("granted", "disposal"): each its sentence.
    if (error.reason == Reason::approval_decided || error.reason == Reason::approval_other_purpose) return error.expected;
    if (error.reason == Reason::key_not_registered) return error.expected;  // "root_key": the ledger's root key
    // The record a key's role may not sign ("audit.note"): the hint names the role it takes.
    if (error.reason == Reason::role_may_not_sign) return error.path;
    // A CSV error names its row (detail) and, when it is about one cell, its column (expected).
    if (error.reason == Reason::csv_malformed || error.reason == Reason::my_number_in_csv) {
        if (error.detail.empty()) return {};
        return error.expected.empty() ? "row" : "cell";
    }
    return error.detail;
}

std::optional<std::string_view> variant_text(const Messages& messages, Section section, const Error& error) {
    const std::string variant = wording_variant(error);
    if (variant.empty()) return std::nullopt;
    return messages.find(section, wording_key(error) + "." + variant);
}

std::optional<std::string> hint_for(const Messages& messages, const Error& error) {
    const std::string reason(reason_name(error.reason));
    std::optional<std::string_view> text = variant_text(messages, Section::hints, error);
    if (!text && !reason.empty()) text = messages.find(Section::hints, reason);
    if (!text) text = messages.find(Section::hints, "code." + std::string(errc_name(error.code)));
    if (!text) return std::nullopt;
    return fill(messages, *text, error);
}

// The error as a JSON line may show it: a ledger's URL may carry a password (print_error takes it
// out of the words; this takes it out of the fields).
Error redacted(Error error) {
    for (std::string* field : {&error.path, &error.context, &error.detail}) *field = without_passwords(*field);
    for (Error& other : error.also) other = redacted(std::move(other));
    return error;
}

// A refusal leaves a trace on the system (system_log.hpp): which rule, about what. Each problem
// the check found with it (Error::also) is its own line.
void journal_refusal(const Context& context, const Error& error) {
    context.log(JournalEvent::refused, {{"reason", std::string(reason_name(error.reason))},
                                        {"code", std::string(errc_name(error.code))},
                                        {"target", error.device.empty() ? error.path : error.device},
                                        {"detail", error.detail}});
    for (const Error& other : error.also) journal_refusal(context, other);
}

void add_once(std::vector<std::string>& list, std::string text) {
    if (std::find(list.begin(), list.end(), text) == list.end()) list.push_back(std::move(text));
}

}  // namespace

std::string fill_error_template(const Messages& messages, std::string_view text, const Error& error) {
    return fill(messages, text, error);
}

std::string error_text(const Messages& messages, const Error& error) {
    if (std::optional<std::string_view> text = variant_text(messages, Section::errors, error)) return fill(messages, *text, error);
    if (std::optional<std::string_view> text = messages.find(Section::errors, reason_name(error.reason));
        text && error.reason != Reason::none) {
        return fill(messages, *text, error);
    }
    const std::string subject = subject_of(error);
    return (subject.empty() ? std::string() : subject + ": ") + generic_words(messages, error);
}

ExitCode exit_code_for(const Error& error) {
    switch (error.reason) {
        case Reason::program_missing:
        case Reason::checkpoint_unusable: return ExitCode::failed;
        case Reason::ledger_read_only: return ExitCode::refused;
        case Reason::checkpoint_missing:
        case Reason::checkpoint_corrupt:
        case Reason::checkpoint_other_medium:
        case Reason::output_exists:
        // Registered or revoked already: a second try meets the same ledger, so it is refused.
        case Reason::key_registered:
        case Reason::key_already_revoked: return ExitCode::refused;
        default: return exit_code_for(error.code);
    }
}

Failure describe(const Messages& messages, const Error& error) {
    Failure failure;
    failure.exit_code = exit_code_for(error);
    std::vector<const Error*> all{&error};
    for (const Error& other : error.also) all.push_back(&other);
    for (const Error* each : all) {
        failure.errors.push_back(error_text(messages, *each));
        if (std::optional<std::string> hint = hint_for(messages, *each)) add_once(failure.hints, std::move(*hint));
    }
    return failure;
}

ExitCode fail(const Context& context, const Error& error) {
    const Failure failure = describe(context.messages, error);
    if (failure.exit_code == ExitCode::refused) journal_refusal(context, redacted(error));
    for (const std::string& line : failure.errors) print_error(context.messages, line);
    for (const std::string& line : failure.hints) print_hint(context.messages, line);
    if (context.protocol) {
        const protocol::Failure line{redacted(error), without_passwords(failure.errors.front()),
                                     to_int(failure.exit_code)};
        std::cout << protocol::encode(line) << "\n" << std::flush;
    }
    return failure.exit_code;
}

Error cli_error(Errc code, Reason reason, std::string detail, std::string expected) {
    Error error = make_error(code, reason);
    error.detail = std::move(detail);
    error.expected = std::move(expected);
    return error;
}

Error spec_error(Reason reason, const std::string& given, const Error& parsed) {
    Error error = cli_error(Errc::invalid_argument, reason, given);
    error.context = parsed.context;
    return error;
}

}  // namespace sanitize::cli
