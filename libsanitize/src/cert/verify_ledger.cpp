// What the ledger says about a signed certificate: that the key was registered to the person the
// certificate names, valid and not revoked when it signed, and (for the operator) that the
// certificate's own wipe.certificate event is in the chain where the signature says.
#include <nlohmann/json.hpp>

#include "cert/names.hpp"
#include "cert/text_rules.hpp"
#include "cert/verify_report.hpp"

namespace sanitize::cert::detail {
namespace {

CheckValue seq_value(std::int64_t seq, std::string name = "seq") { return {std::move(name), std::to_string(seq)}; }

Result<std::optional<ledger::Event>> event_at(ledger::Ledger& ledger, std::int64_t seq) {
    ledger::EventQuery query;
    query.after_seq = seq - 1;
    query.limit = 1;
    auto events = ledger.events(query);
    if (!events) return events.error();
    if (events->empty() || events->front().seq != seq) return std::optional<ledger::Event>{};
    return std::optional<ledger::Event>{std::move(events->front())};
}

// key_registered; the record when it is this very public key.
Result<std::optional<ledger::KeyRecord>> registered_key(VerifyReport& report, ledger::Ledger& ledger,
                                                        const keys::PublicKey& key) {
    auto found = ledger.find_key(key.id);
    if (!found) return found.error();
    const CheckValue id{"key", keys::key_id_hex(key.id)};
    if (!*found) {
        set_check(report, Check::key_registered, false, CheckNote::key_not_registered, {id});
        return std::optional<ledger::KeyRecord>{};
    }
    const bool same = (*found)->public_key == key;
    set_check(report, Check::key_registered, same, same ? CheckNote::key : CheckNote::key_other_public_key, {id});
    if (!same) return std::optional<ledger::KeyRecord>{};
    return std::move(*found);
}

void check_validity(VerifyReport& report, const ledger::KeyRecord& record, std::chrono::sys_seconds at) {
    const std::string when = time_text(at);
    const bool valid = record.valid_from <= when && when < record.valid_until;
    set_check(report, Check::key_valid_at_time, valid, CheckNote::validity,
              {{"time", when}, {"from", record.valid_from}, {"until", record.valid_until}});
}

void check_ledger_id(VerifyReport& report, const ledger::Ledger& ledger) {
    const auto& reference = report.certificate->ledger;
    if (!reference) return set_check(report, Check::ledger_id, false, CheckNote::no_ledger_named);
    set_check(report, Check::ledger_id, reference->ledger_id == ledger.info().ledger_id, CheckNote::ledger,
              {{"ledger", reference->ledger_id}});
}

void check_event(VerifyReport& report, const std::optional<ledger::Event>& event, const keys::KeyId& signer,
                 ledger::EventType type) {
    if (!event) {
        const std::string& origin = report.trusted_comment->origin;
        if (origin.empty()) return set_check(report, Check::ledger_event, false, CheckNote::no_event_at_seq);
        return set_check(report, Check::ledger_event, false, CheckNote::no_event_from_outbox, {{"origin", origin}});
    }
    CheckNote problem = CheckNote::event;
    if (event->type != type)
        problem = CheckNote::event_wrong_type;
    else if (event->actor != signer)
        problem = CheckNote::event_wrong_actor;
    nlohmann::json payload;
    try {
        payload = nlohmann::json::parse(event->payload);
    } catch (const nlohmann::json::exception&) {
        if (problem == CheckNote::event) problem = CheckNote::event_bad_payload;
    }
    const auto text_of = [&](const char* key) {
        return payload.is_object() && payload.contains(key) && payload[key].is_string()
                   ? payload[key].get<std::string>()
                   : std::string();
    };
    if (problem == CheckNote::event && text_of("certificate_id") != report.certificate->certificate_id)
        problem = CheckNote::event_wrong_certificate;
    if (problem == CheckNote::event && text_of("sha256") != report.trusted_comment->sha256_hex)
        problem = CheckNote::event_wrong_sha256;
    set_check(report, Check::ledger_event, problem == CheckNote::event, problem, {seq_value(event->seq)});
}

// The operator's event: at the seq the signature names, or, for a certificate issued offline, the
// one synced from the outbox entry it names (nothing before the outbox is synced).
Result<std::optional<ledger::Event>> operator_event(ledger::Ledger& ledger, const TrustedComment& comment) {
    if (!comment.origin.empty()) return ledger.event_with_origin(comment.origin);
    if (!comment.ledger_seq) return std::optional<ledger::Event>{};
    return event_at(ledger, *comment.ledger_seq);
}

Result<void> check_anchor(VerifyReport& report, ledger::Ledger& ledger, std::int64_t event_seq) {
    const auto& reference = *report.certificate->ledger;
    if (reference.head_seq >= event_seq) {
        set_check(report, Check::chain_anchor, false, CheckNote::anchor_not_before, {seq_value(reference.head_seq)});
        return {};
    }
    auto anchor = event_at(ledger, reference.head_seq);
    if (!anchor) return anchor.error();
    const bool same = *anchor && (*anchor)->hash == reference.head_hash;
    set_check(report, Check::chain_anchor, same, CheckNote::anchor, {seq_value(reference.head_seq)});
    return {};
}

Result<void> check_chain(VerifyReport& report, ledger::Ledger& ledger, const VerifyOptions& options,
                         std::optional<ledger::ChainHead> head) {
    if (!options.verify_chain) {
        set_check(report, Check::ledger_chain, CheckStatus::not_checked, CheckNote::not_asked);
        return {};
    }
    ledger::VerifyOptions verify_options;
    verify_options.trusted_root = options.trusted_root;
    verify_options.expected_head = head;
    auto verified = ledger.verify(verify_options);
    if (!verified) return verified.error();
    if (verified->ok()) {
        set_check(report, Check::ledger_chain, true, CheckNote::chain_events,
                  {{"count", std::to_string(verified->events_checked)}});
    } else {
        set_check(report, Check::ledger_chain, false, CheckNote::chain_broken,
                  {{"problem", std::string(ledger::problem_name(verified->problem))}, seq_value(verified->first_bad_seq)});
    }
    return {};
}

}  // namespace

Result<void> check_operator_in_ledger(VerifyReport& report, ledger::Ledger& ledger, const keys::PublicKey& key,
                                      const VerifyOptions& options) {
    const Certificate& c = *report.certificate;
    check_ledger_id(report, ledger);
    auto record = registered_key(report, ledger, key);
    if (!record) return record.error();
    auto event = operator_event(ledger, *report.trusted_comment);
    if (!event) return event.error();
    const std::optional<std::int64_t> seq =
        *event ? std::optional<std::int64_t>((*event)->seq) : report.trusted_comment->ledger_seq;
    if (*record) {
        const auto& r = **record;
        const bool same = r.name == c.operator_person.name && r.role == c.operator_person.role;
        set_check(report, Check::signer_identity, same, CheckNote::identity,
                  {{"name", r.name}, {"role", std::string(role_text(r.role))}});
        check_validity(report, r, c.issued_at);
        const bool revoked_before = r.revoked_seq && (!seq || *r.revoked_seq <= *seq);
        if (r.revoked_seq) {
            set_check(report, Check::key_not_revoked, !revoked_before, CheckNote::revoked_at, {seq_value(*r.revoked_seq)});
        } else {
            set_check(report, Check::key_not_revoked, true, CheckNote::not_revoked);
        }
    }
    if (!seq && report.trusted_comment->origin.empty()) {
        set_check(report, Check::ledger_event, false, CheckNote::no_ledger_seq);
        return check_chain(report, ledger, options, std::nullopt);
    }
    check_event(report, *event, key.id, ledger::EventType::wipe_certificate);
    if (c.ledger && *event) {
        if (auto anchored = check_anchor(report, ledger, (*event)->seq); !anchored) return anchored;
    }
    const auto head = *event ? std::optional<ledger::ChainHead>({(*event)->seq, (*event)->hash}) : std::nullopt;
    return check_chain(report, ledger, options, head);
}

Result<void> check_validator_in_ledger(VerifyReport& report, ledger::Ledger& ledger, const keys::PublicKey& key,
                                       const VerifyOptions& options) {
    const Certificate& c = *report.certificate;
    const auto validated_at = *report.trusted_comment->validated_at;
    check_ledger_id(report, ledger);
    auto record = registered_key(report, ledger, key);
    if (!record) return record.error();
    if (*record) {
        const auto& r = **record;
        // Validation is a second person's check: an admin or an auditor, and the one the
        // certificate designated, if it did.
        bool same = r.role == ledger::Role::admin || r.role == ledger::Role::auditor;
        if (c.validator_person) same = same && r.name == c.validator_person->name && r.role == c.validator_person->role;
        set_check(report, Check::signer_identity, same, CheckNote::identity,
                  {{"name", r.name}, {"role", std::string(role_text(r.role))}});
        check_validity(report, r, validated_at);
    }
    // The validation's place in the chain, not its signer's clock: a revoked key can write any
    // validated_at, but cannot put an event before its own revocation.
    const std::optional<std::int64_t> seq = report.trusted_comment->ledger_seq;
    std::optional<ledger::Event> event;
    if (seq) {
        auto found = event_at(ledger, *seq);
        if (!found) return found.error();
        event = std::move(*found);
        check_event(report, event, key.id, ledger::EventType::certificate_validation);
    } else {
        set_check(report, Check::ledger_event, CheckStatus::not_checked, CheckNote::no_ledger_seq);
    }
    if (*record) {
        const auto& revoked = (**record).revoked_seq;
        const bool in_chain = report.result(Check::ledger_event).status == CheckStatus::passed;
        const bool before_revocation = !revoked || (in_chain && *seq < *revoked);
        if (!revoked) {
            set_check(report, Check::key_not_revoked, true, CheckNote::not_revoked);
        } else if (in_chain) {
            set_check(report, Check::key_not_revoked, before_revocation, CheckNote::revoked_validated_at,
                      {seq_value(*revoked), seq_value(*seq, "validated_seq")});
        } else {
            set_check(report, Check::key_not_revoked, false, CheckNote::revoked_validation_missing,
                      {seq_value(*revoked)});
        }
    }
    const auto head = event ? std::optional<ledger::ChainHead>({event->seq, event->hash}) : std::nullopt;
    return check_chain(report, ledger, options, head);
}

VerifyReport empty_report() {
    VerifyReport report;
    for (int i = 0; i <= static_cast<int>(Check::ledger_chain); ++i) {
        report.checks.push_back(CheckResult{static_cast<Check>(i), CheckStatus::not_checked, CheckNote::none, {}});
    }
    return report;
}

void set_check(VerifyReport& report, Check check, CheckStatus status, CheckNote note, std::vector<CheckValue> values) {
    for (CheckResult& c : report.checks) {
        if (c.check == check) {
            c.status = status;
            c.note = note;
            c.values = std::move(values);
        }
    }
}

void explain_unchecked(VerifyReport& report, CheckNote why, Check first) {
    for (CheckResult& c : report.checks) {
        if (c.check < first) continue;
        if (c.status == CheckStatus::not_checked && c.note == CheckNote::none) c.note = why;
    }
}

}  // namespace sanitize::cert::detail
