// Moved out of command_age.cpp so that `encrypt` and `prepare` read recipients the same way.
#include "recipient_input.hpp"

#include "sanitize/files.hpp"
#include "sanitize/jobs/password_rules.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t max_recipient_file_bytes = 1024 * 1024;

std::string trimmed(std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    return std::string(line);
}

}  // namespace

Result<std::vector<crypt::X25519Recipient>> parse_recipient_options(const std::vector<std::string>& recipient_texts,
                                                                    const std::vector<std::string>& recipient_files) {
    std::vector<std::pair<std::string, std::string>> texts;  // (where, text)
    for (const std::string& recipient : recipient_texts) texts.emplace_back("-r", recipient);
    for (const std::string& path : recipient_files) {
        Result<std::string> contents = files::read_small_file(path, max_recipient_file_bytes);
        if (!contents) {
            Error error = contents.error();
            error.path = path;
            return error;
        }
        std::size_t line_number = 0;
        std::string_view rest = *contents;
        while (!rest.empty()) {
            const std::size_t end = rest.find('\n');
            const std::string line = trimmed(rest.substr(0, end));
            rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
            ++line_number;
            if (!line.empty() && line.front() != '#') texts.emplace_back(path + ":" + std::to_string(line_number), line);
        }
    }
    std::vector<crypt::X25519Recipient> recipients;
    for (const auto& [where, text] : texts) {
        Result<crypt::X25519Recipient> parsed = crypt::X25519Recipient::parse(text);
        if (!parsed) {
            Error error = make_error(Errc::invalid_argument, Reason::recipient_spec, parsed.error().context);
            error.path = where;
            error.detail = text;
            return error;
        }
        recipients.push_back(*parsed);
    }
    return recipients;
}

Result<std::unique_ptr<crypt::ScryptRecipient>> archive_passphrase(const PassphraseSource& source,
                                                                const std::string& what, const Context& context) {
    Result<SecretBuffer> read = read_passphrase(source, context.messages.format(Msg::age_passphrase_prompt, what),
                                                PassphrasePurpose::create, context);
    if (!read) return read.error();
    return jobs::carry_out_passphrase(std::move(*read));
}

}  // namespace sanitize::cli
