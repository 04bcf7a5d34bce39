// Auditors' findings: written only by an auditor's key, listed for everyone who reads the ledger.
#include <nlohmann/json.hpp>

#include "sanitize/jobs/audit.hpp"

namespace sanitize::jobs {

Result<ledger::Event> record_audit_note(Signer& signer, const std::string& text) {
    if (text.empty()) return make_error(Errc::invalid_argument, "audit note text");
    Result<ledger::KeyRecord> allowed = authorise_signer(signer.ledger, signer.key.public_key(), ledger::EventType::audit_note);
    if (!allowed) return allowed.error();
    const nlohmann::json payload = {{"text", text}};
    return signer.ledger.append(signer.key, {ledger::EventType::audit_note, payload.dump()});
}

Result<std::vector<AuditNote>> audit_notes(ledger::Ledger& ledger, const std::optional<ledger::ReportOptions>& year) {
    std::vector<AuditNote> notes;
    ledger::EventFilter filter;
    filter.types = {ledger::EventType::audit_note};
    if (year) {
        Result<ledger::YearBounds> bounds = ledger::year_bounds(*year);
        if (!bounds) return bounds.error();
        filter.time_from = bounds->time_from;
        filter.time_to = bounds->time_to;
    }
    ledger::EventSearch search;
    for (;;) {
        Result<ledger::EventPage> page = ledger.search_events(filter, search);
        if (!page) return page.error();
        for (const ledger::EventRow& row : page->rows) {
            const nlohmann::json payload = nlohmann::json::parse(row.event.payload, nullptr, false);
            AuditNote note;
            note.seq = row.event.seq;
            note.time = row.event.time;
            note.auditor = row.actor_name;
            note.key_id = keys::key_id_hex(row.event.actor);
            note.text = payload.is_object() ? payload.value("text", std::string{}) : std::string{};
            notes.push_back(std::move(note));
        }
        if (page->complete) break;
        search.after_seq = page->scanned_to;
    }
    return notes;
}

}  // namespace sanitize::jobs
