// Signatures over the exact bytes of cert.json, in minisign's format, so that the stock tool
// verifies them. The trusted comment (covered by minisign's global signature) binds the file to
// its certificate id, its SHA-256 and its ledger event, which `minisign -V` prints for a person.
#include <nlohmann/json.hpp>

#include <charconv>

#include "cert/text_rules.hpp"
#include "sanitize/cert.hpp"

namespace sanitize::cert {
namespace {

constexpr std::string_view certificate_tag = "sanitize-certificate";
constexpr std::string_view validation_tag = "sanitize-validation";

std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

// "key=value" at the front of `rest`, which then moves past it and one space.
std::optional<std::string_view> take_field(std::string_view& rest, std::string_view key) {
    const std::string_view prefix = key;
    if (!rest.starts_with(prefix) || rest.size() <= prefix.size() || rest[prefix.size()] != '=') return std::nullopt;
    rest.remove_prefix(prefix.size() + 1);
    const std::size_t end = rest.find(' ');
    const std::string_view value = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    if (end != std::string_view::npos && rest.empty()) return std::nullopt;  // a trailing space
    return value;
}

std::optional<std::int64_t> parse_seq(std::string_view text) {
    if (text.empty() || text.size() > 19 || text.front() == '0') return std::nullopt;
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < 1) return std::nullopt;
    return value;
}

Result<Certificate> certificate_for_signing(std::string_view bytes, const keys::KeyId& signer, bool as_operator) {
    auto certificate = parse_certificate(bytes);
    if (!certificate) return make_error(Errc::invalid_argument, certificate.error().context);
    const bool is_operator = certificate->operator_person.key_id == signer;
    if (as_operator && !is_operator) return make_error(Errc::invalid_argument, "certificate operator key_id");
    // detail: the refusal in a word a front end words in its language.
    if (!as_operator && is_operator) {
        Error error = make_error(Errc::refused, "validator is the operator");
        error.detail = "validator_is_operator";
        return error;
    }
    if (!as_operator && certificate->validator_person && certificate->validator_person->key_id != signer) {
        Error error = make_error(Errc::refused, "validator is not the designated one");
        error.detail = "validator_not_designated";
        error.expected = keys::key_id_hex(certificate->validator_person->key_id);
        return error;
    }
    return certificate;
}

// The certificate.validation event: which certificate, by its bytes' hash.
ledger::Draft validation_event(const Certificate& certificate, const std::string& sha256) {
    const nlohmann::json payload = {{"certificate_id", certificate.certificate_id}, {"sha256", sha256}};
    return ledger::Draft{ledger::EventType::certificate_validation, payload.dump()};
}

}  // namespace

std::string trusted_comment_text(const TrustedComment& comment) {
    if (comment.kind == TrustedComment::Kind::validation) {
        const auto at = comment.validated_at.value_or(std::chrono::sys_seconds{});
        // The ledger position came later: a validation signed without a ledger names none.
        const std::string seq = comment.ledger_seq ? " ledger_seq=" + std::to_string(*comment.ledger_seq) : "";
        return std::string(validation_tag) + " id=" + comment.certificate_id + seq + " sha256=" + comment.sha256_hex +
               " validated_at=" + detail::time_text(at);
    }
    const std::string seq = comment.ledger_seq ? std::to_string(*comment.ledger_seq) : "none";
    const std::string origin = comment.origin.empty() ? "" : " origin=" + comment.origin;
    return std::string(certificate_tag) + " id=" + comment.certificate_id + " ledger_seq=" + seq + origin +
           " sha256=" + comment.sha256_hex;
}

Result<TrustedComment> parse_trusted_comment(std::string_view text) {
    const auto bad = [](std::string_view what) {
        return make_error(Errc::malformed_input, "trusted comment " + std::string(what));
    };
    TrustedComment comment;
    const std::size_t space = text.find(' ');
    const std::string_view tag = text.substr(0, space);
    std::string_view rest = space == std::string_view::npos ? std::string_view{} : text.substr(space + 1);
    if (tag != certificate_tag && tag != validation_tag) return bad("kind");
    const bool validation = tag == validation_tag;
    comment.kind = validation ? TrustedComment::Kind::validation : TrustedComment::Kind::certificate;
    const auto id = take_field(rest, "id");
    if (!id || !detail::is_uuid_v4(*id)) return bad("id");
    comment.certificate_id = std::string(*id);
    if (validation && rest.starts_with("ledger_seq=")) {
        const auto seq = take_field(rest, "ledger_seq");
        if (!seq || !(comment.ledger_seq = parse_seq(*seq))) return bad("ledger_seq");
    } else if (!validation) {
        const auto seq = take_field(rest, "ledger_seq");
        if (!seq) return bad("ledger_seq");
        if (*seq != "none") {
            comment.ledger_seq = parse_seq(*seq);
            if (!comment.ledger_seq) return bad("ledger_seq");
        } else if (rest.starts_with("origin=")) {  // issued offline: the event waits in an outbox
            const auto origin = take_field(rest, "origin");
            if (!origin || !ledger::is_origin(*origin)) return bad("origin");
            comment.origin = std::string(*origin);
        }
    }
    const auto sha = take_field(rest, "sha256");
    if (!sha || !detail::is_lower_hex(*sha, 64)) return bad("sha256");
    comment.sha256_hex = std::string(*sha);
    if (validation) {
        const auto at = take_field(rest, "validated_at");
        if (!at || !(comment.validated_at = detail::parse_time(*at))) return bad("validated_at");
    }
    if (!rest.empty()) return bad("trailing");
    return comment;
}

Result<std::string> sign_certificate(std::string_view certificate_bytes, const keys::SecretKey& operator_key,
                                     std::optional<std::int64_t> ledger_seq, std::string_view origin) {
    if (ledger_seq && *ledger_seq < 1) return make_error(Errc::invalid_argument, "ledger_seq");
    if (!origin.empty() && (ledger_seq || !ledger::is_origin(origin))) return make_error(Errc::invalid_argument, "origin");
    auto certificate = certificate_for_signing(certificate_bytes, operator_key.id(), true);
    if (!certificate) return certificate.error();
    TrustedComment comment;
    comment.certificate_id = certificate->certificate_id;
    comment.sha256_hex = sha256_hex(bytes_of(certificate_bytes));
    comment.ledger_seq = ledger_seq;
    comment.origin = std::string(origin);
    return keys::sign_file(
        operator_key, bytes_of(certificate_bytes), trusted_comment_text(comment),
        "sanitize deletion certificate signed by operator key " + keys::key_id_hex(operator_key.id()));
}

Result<std::string> countersign(std::string_view certificate_bytes, const keys::SecretKey& validator_key,
                                const CountersignOptions& options) {
    auto certificate = certificate_for_signing(certificate_bytes, validator_key.id(), false);
    if (!certificate) return certificate.error();
    TrustedComment comment;
    comment.kind = TrustedComment::Kind::validation;
    comment.certificate_id = certificate->certificate_id;
    comment.sha256_hex = sha256_hex(bytes_of(certificate_bytes));
    comment.validated_at =
        options.validated_at.value_or(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
    if (*comment.validated_at < certificate->issued_at) return make_error(Errc::invalid_argument, "validated_at");
    if (options.ledger != nullptr) {
        auto event = options.ledger->append(validator_key, validation_event(*certificate, comment.sha256_hex));
        if (!event) return event.error();
        comment.ledger_seq = event->seq;
    }
    return keys::sign_file(validator_key, bytes_of(certificate_bytes), trusted_comment_text(comment),
                           "sanitize certificate validation signed by key " + keys::key_id_hex(validator_key.id()));
}

}  // namespace sanitize::cert
