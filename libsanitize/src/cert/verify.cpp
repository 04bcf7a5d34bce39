// verify_certificate / verify_countersignature: what the signature file says about the bytes,
// then (with a ledger) what the ledger says about the key and the certificate. Each check is
// reported on its own, passed, failed or not checked, so a front end can show every one.
#include <cstdlib>

#include "cert/verify_report.hpp"

namespace sanitize::cert {
namespace {

std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

// signature, trusted_comment, sha256, certificate_parses, certificate_id.
void check_file(VerifyReport& report, std::string_view bytes, std::string_view signature_text,
                const keys::PublicKey& key, TrustedComment::Kind kind) {
    auto verified = keys::verify_file(key, bytes_of(bytes), signature_text);
    if (verified) {
        detail::set_check(report, Check::signature, true, CheckNote::key, {{"key", keys::key_id_hex(key.id)}});
    } else {
        detail::set_check(report, Check::signature, false, CheckNote::signature_invalid,
                          {{"code", std::string(errc_name(verified.error().code))}});
    }
    if (verified) {
        report.signer = verified->key_id;
        auto comment = parse_trusted_comment(verified->trusted_comment);
        const bool right_kind = comment && comment->kind == kind;
        if (!comment) {
            detail::set_check(report, Check::trusted_comment, false, CheckNote::comment_malformed,
                              {{"context", comment.error().context}});
        } else {
            detail::set_check(report, Check::trusted_comment, right_kind,
                              right_kind ? CheckNote::none : CheckNote::wrong_kind);
        }
        if (right_kind) report.trusted_comment = std::move(*comment);
    }
    if (report.trusted_comment) {
        const std::string actual = sha256_hex(bytes_of(bytes));
        detail::set_check(report, Check::sha256, actual == report.trusted_comment->sha256_hex, CheckNote::sha256,
                          {{"sha256", actual}});
    }
    auto certificate = parse_certificate(bytes);
    if (certificate) {
        detail::set_check(report, Check::certificate_parses, true);
    } else {
        detail::set_check(report, Check::certificate_parses, false, CheckNote::certificate_malformed,
                          {{"context", certificate.error().context}});
    }
    if (certificate) report.certificate = std::move(*certificate);
    if (report.certificate && report.trusted_comment) {
        const std::string& id = report.certificate->certificate_id;
        detail::set_check(report, Check::certificate_id, id == report.trusted_comment->certificate_id,
                          CheckNote::certificate_id, {{"id", id}});
    }
}

bool ledger_prerequisites(const VerifyReport& report) {
    return report.result(Check::signature).status == CheckStatus::passed && report.trusted_comment &&
           report.certificate;
}

}  // namespace

bool VerifyReport::ok() const noexcept {
    for (const CheckResult& c : checks) {
        if (c.status == CheckStatus::failed) return false;
    }
    return !checks.empty() && checks.front().check == Check::signature && checks.front().status == CheckStatus::passed;
}

bool VerifyReport::fully_verified() const noexcept {
    for (const CheckResult& c : checks) {
        if (c.status != CheckStatus::passed) return false;
    }
    return !checks.empty();
}

const CheckResult& VerifyReport::result(Check check) const {
    for (const CheckResult& c : checks) {
        if (c.check == check) return c;
    }
    std::abort();  // broken invariant: every report holds every check
}

Result<VerifyReport> verify_certificate(std::string_view certificate_bytes, std::string_view signature_text,
                                        const keys::PublicKey& operator_key, const VerifyOptions& options) {
    VerifyReport report = detail::empty_report();
    check_file(report, certificate_bytes, signature_text, operator_key, TrustedComment::Kind::certificate);
    if (report.certificate) {
        const keys::KeyId& named = report.certificate->operator_person.key_id;
        detail::set_check(report, Check::signer_role, named == operator_key.id, CheckNote::operator_key,
                          {{"key", keys::key_id_hex(named)}});
    }
    if (options.ledger == nullptr) {
        detail::explain_unchecked(report, CheckNote::no_ledger, Check::ledger_id);
    } else if (!ledger_prerequisites(report)) {
        detail::explain_unchecked(report, CheckNote::prerequisite_signature, Check::ledger_id);
    } else if (auto checked = detail::check_operator_in_ledger(report, *options.ledger, operator_key, options);
               !checked) {
        return checked.error();
    }
    detail::explain_unchecked(report, CheckNote::prerequisite_failed);
    return report;
}

Result<VerifyReport> verify_countersignature(std::string_view certificate_bytes, std::string_view signature_text,
                                             const keys::PublicKey& validator_key, const VerifyOptions& options) {
    VerifyReport report = detail::empty_report();
    check_file(report, certificate_bytes, signature_text, validator_key, TrustedComment::Kind::validation);
    if (report.certificate) {
        const Certificate& c = *report.certificate;
        const bool second_person = c.operator_person.key_id != validator_key.id;
        const bool designated = !c.validator_person || c.validator_person->key_id == validator_key.id;
        detail::set_check(
            report, Check::signer_role, second_person && designated,
            !second_person ? CheckNote::validator_is_operator
                           : (designated ? CheckNote::none : CheckNote::not_designated_validator));
    }
    detail::set_check(report, Check::chain_anchor, CheckStatus::not_checked, CheckNote::see_operator_signature);
    if (options.ledger == nullptr) {
        detail::explain_unchecked(report, CheckNote::no_ledger, Check::ledger_id);
    } else if (!ledger_prerequisites(report)) {
        detail::explain_unchecked(report, CheckNote::prerequisite_signature, Check::ledger_id);
    } else if (auto checked = detail::check_validator_in_ledger(report, *options.ledger, validator_key, options);
               !checked) {
        return checked.error();
    }
    detail::explain_unchecked(report, CheckNote::prerequisite_failed);
    return report;
}

}  // namespace sanitize::cert
