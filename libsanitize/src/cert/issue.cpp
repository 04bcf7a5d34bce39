// Issuing: the certificate's bytes, its wipe.certificate ledger event and the operator's
// signature, in the one order that lets each name the one before: the head the certificate
// records comes before its event, and the signature names the event.
#include <nlohmann/json.hpp>

#include "cert/names.hpp"
#include "cert/text_rules.hpp"
#include "sanitize/cert.hpp"

namespace sanitize::cert {
namespace {

std::span<const std::byte> bytes_of(std::string_view text) {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

}  // namespace

Result<ledger::Draft> certificate_event(std::string_view certificate_bytes) {
    auto certificate = parse_certificate(certificate_bytes);
    if (!certificate) return make_error(Errc::invalid_argument, certificate.error().context);
    const Certificate& c = *certificate;
    const nlohmann::json payload = {
        {"certificate_id", c.certificate_id},
        {"sha256", sha256_hex(bytes_of(certificate_bytes))},
        {"outcome", detail::outcome_name(c.outcome)},
        {"asset_id", c.asset_id},
        {"destination", destination_name(c.destination)},
        {"method", c.method.name},
        {"nist_category", detail::category_name(c.method.category)},
        {"classification_before", c.classification_before},
        {"classification_after", c.classification_after},
        {"issued_at", detail::time_text(c.issued_at)},
    };
    return ledger::Draft{ledger::EventType::wipe_certificate, payload.dump()};
}


Result<IssuedCertificate> issue_certificate(Certificate certificate, const keys::SecretKey& operator_key,
                                            ledger::Ledger* ledger) {
    if (certificate.operator_person.key_id != operator_key.id()) {
        return make_error(Errc::invalid_argument, "certificate operator key_id");
    }
    if (ledger != nullptr) {
        auto reference = ledger_reference(*ledger);
        if (!reference) return reference.error();
        certificate.ledger = std::move(*reference);
    }
    auto json = serialize_certificate(certificate);
    if (!json) return json.error();
    IssuedCertificate issued{std::move(certificate), std::move(*json), {}, {}, std::nullopt};
    issued.sha256_hex = sha256_hex(bytes_of(issued.json));
    if (ledger != nullptr) {
        auto draft = certificate_event(issued.json);
        if (!draft) return draft.error();
        auto event = ledger->append(operator_key, *draft);
        if (!event) return event.error();
        issued.ledger_event = std::move(*event);
    }
    const std::optional<std::int64_t> seq =
        issued.ledger_event ? std::optional<std::int64_t>(issued.ledger_event->seq) : std::nullopt;
    auto signature = sign_certificate(issued.json, operator_key, seq);
    if (!signature) return signature.error();
    issued.signature = std::move(*signature);
    return issued;
}

}  // namespace sanitize::cert
