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


namespace {

// The certificate's bytes and their hash, after the checks both ways of issuing make: the key
// signs for the certificate's operator, and the ledger reference (if any) is set first, so that
// the bytes record the head the event comes after.
Result<IssuedCertificate> serialized(Certificate certificate, const keys::SecretKey& operator_key,
                                     std::optional<LedgerReference> reference) {
    if (certificate.operator_person.key_id != operator_key.id()) {
        return make_error(Errc::invalid_argument, "certificate operator key_id");
    }
    certificate.ledger = std::move(reference);
    auto json = serialize_certificate(certificate);
    if (!json) return json.error();
    IssuedCertificate issued{std::move(certificate), std::move(*json), {}, {}, std::nullopt, std::nullopt};
    issued.sha256_hex = sha256_hex(bytes_of(issued.json));
    return issued;
}

}  // namespace

Result<IssuedCertificate> issue_certificate(Certificate certificate, const keys::SecretKey& operator_key,
                                            ledger::Ledger* ledger) {
    std::optional<LedgerReference> reference;
    if (ledger != nullptr) {
        auto head = ledger_reference(*ledger);
        if (!head) return head.error();
        reference = std::move(*head);
    } else {
        reference = std::move(certificate.ledger);
    }
    auto issued = serialized(std::move(certificate), operator_key, std::move(reference));
    if (!issued) return issued.error();
    if (ledger != nullptr) {
        auto draft = certificate_event(issued->json);
        if (!draft) return draft.error();
        auto event = ledger->append(operator_key, *draft);
        if (!event) return event.error();
        issued->ledger_event = std::move(*event);
    }
    const std::optional<std::int64_t> seq =
        issued->ledger_event ? std::optional<std::int64_t>(issued->ledger_event->seq) : std::nullopt;
    auto signature = sign_certificate(issued->json, operator_key, seq);
    if (!signature) return signature.error();
    issued->signature = std::move(*signature);
    return issued;
}

Result<IssuedCertificate> issue_certificate_offline(Certificate certificate, const keys::SecretKey& operator_key,
                                                    ledger::Ledger& ledger, ledger::Outbox& outbox) {
    if (outbox.info().ledger_id != ledger.info().ledger_id) {
        return make_error(Errc::invalid_argument, "outbox of ledger " + outbox.info().ledger_id);
    }
    // The head of the copy checked against: a sync puts the event after it in the ledger.
    auto reference = ledger_reference(ledger);
    if (!reference) return reference.error();
    auto issued = serialized(std::move(certificate), operator_key, std::move(*reference));
    if (!issued) return issued.error();
    auto draft = certificate_event(issued->json);
    if (!draft) return draft.error();
    auto entry = outbox.add(operator_key, *draft);
    if (!entry) return entry.error();
    auto signature = sign_certificate(issued->json, operator_key, std::nullopt, entry->origin);
    if (!signature) return signature.error();
    issued->outbox_entry = std::move(*entry);
    issued->signature = std::move(*signature);
    return issued;
}

}  // namespace sanitize::cert
