// Signed approvals, read back from the events: a request (its seq is the id), the approver's
// grant or deny, the record that used it, and the titles the root key gave the approver's key.
#include "sanitize/jobs/approvals.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <functional>

namespace sanitize::jobs {

namespace {

using json = nlohmann::json;

constexpr std::array<ApproverTitle, 3> all_titles{ApproverTitle::department_head, ApproverTitle::representative_director,
                                                  ApproverTitle::security_officer};

// Japan's offices decide by their own calendar: a day given as YYYY-MM-DD is a day at +09:00.
constexpr std::chrono::minutes office_utc_offset{9 * 60};

Error refused(Reason reason, std::int64_t id, std::string expected = {}) {
    Error error = make_error(Errc::refused, reason, "approval " + std::to_string(id));
    error.detail = std::to_string(id);
    error.expected = std::move(expected);
    return error;
}

// Calls `visit` with every event after `after_seq` in seq order, a page at a time.
Result<void> each_event(ledger::Ledger& ledger, std::int64_t after_seq,
                        const std::function<void(const ledger::Event&, const json&)>& visit) {
    ledger::EventQuery query;
    query.after_seq = after_seq;
    for (;;) {
        Result<std::vector<ledger::Event>> page = ledger.events(query);
        if (!page) return page.error();
        for (const ledger::Event& event : *page) {
            visit(event, json::parse(event.payload, nullptr, false));
            query.after_seq = event.seq;
        }
        if (page->size() < query.limit) return {};
    }
}

std::string text_of(const json& payload, const char* field) {
    const auto it = payload.find(field);
    return it != payload.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::int64_t approval_named(const json& payload) {
    const auto it = payload.find("approval");
    return it != payload.end() && it->is_number_integer() ? it->get<std::int64_t>() : 0;
}

// The day after `date` (YYYY-MM-DD) began, in UTC at the office's offset: when it has ended.
std::optional<std::chrono::sys_seconds> end_of_day(std::string_view date) {
    Result<std::chrono::sys_seconds> midnight = ledger::parse_time_text(std::string(date) + "T00:00:00Z");
    if (!midnight) return std::nullopt;
    return *midnight + std::chrono::days{1} - office_utc_offset;
}

bool holds_any(std::span<const ApproverTitle> held, std::span<const ApproverTitle> wanted) {
    return std::any_of(wanted.begin(), wanted.end(),
                       [&](ApproverTitle t) { return std::find(held.begin(), held.end(), t) != held.end(); });
}

std::string title_list(std::span<const ApproverTitle> titles) {
    std::string text;
    for (const ApproverTitle title : titles) {
        if (!text.empty()) text += " or ";
        text += approver_title_name(title);
    }
    return text;
}

std::optional<ApprovalStatus> status_from_request(const ledger::Event& event, const json& payload) {
    if (event.type != ledger::EventType::approval_request || !payload.is_object()) return std::nullopt;
    ApprovalStatus status;
    status.id = event.seq;
    status.time = event.time;
    status.requested_by = keys::key_id_hex(event.actor);
    status.kind = text_of(payload, "kind") == "disposal" ? ApprovalKind::disposal : ApprovalKind::carry_out;
    status.asset_id = text_of(payload, "asset_id");
    const auto level = payload.find("classification");
    if (level != payload.end() && level->is_number_integer()) status.classification = level->get<int>();
    status.purpose = text_of(payload, "purpose");
    status.medium = text_of(payload, "medium");
    status.until = text_of(payload, "until");
    return status;
}

// What an event after the request does to it: the first decision counts (decide_approval
// refuses a second; an event appended around it by hand changes nothing), the first record
// naming it uses it.
void apply_to(ApprovalStatus& status, const ledger::Event& event, const json& payload) {
    if (!payload.is_object() || approval_named(payload) != status.id) return;
    switch (event.type) {
        case ledger::EventType::approval_grant:
        case ledger::EventType::approval_deny:
            if (status.decided_seq != 0) return;
            status.state = event.type == ledger::EventType::approval_grant ? ApprovalState::granted : ApprovalState::denied;
            status.decided_by = keys::key_id_hex(event.actor);
            status.decided_seq = event.seq;
            status.remarks = text_of(payload, "remarks");
            return;
        case ledger::EventType::media_carry_out:
        case ledger::EventType::asset_dispose:
            if (status.used_by == 0) status.used_by = event.seq;
            return;
        default: return;
    }
}

}  // namespace

std::string_view approver_title_name(ApproverTitle title) noexcept {
    switch (title) {
        case ApproverTitle::department_head: return "department_head";
        case ApproverTitle::representative_director: return "representative_director";
        case ApproverTitle::security_officer: return "security_officer";
    }
    return "department_head";
}

std::optional<ApproverTitle> parse_approver_title(std::string_view name) noexcept {
    for (const ApproverTitle title : all_titles) {
        if (approver_title_name(title) == name) return title;
    }
    return std::nullopt;
}

std::string_view approval_kind_name(ApprovalKind kind) noexcept {
    return kind == ApprovalKind::disposal ? "disposal" : "carry_out";
}

std::string_view approval_state_name(ApprovalState state) noexcept {
    switch (state) {
        case ApprovalState::pending: return "pending";
        case ApprovalState::granted: return "granted";
        case ApprovalState::denied: return "denied";
    }
    return "pending";
}

std::vector<ApproverTitle> titles_that_approve(ApprovalKind kind, int classification) {
    if (kind == ApprovalKind::disposal) return {ApproverTitle::security_officer};
    switch (classification) {
        case 1: return {ApproverTitle::department_head, ApproverTitle::representative_director};
        case 2: return {ApproverTitle::representative_director};
        default: return {};
    }
}

Result<ledger::Event> set_key_titles(ledger::Ledger& ledger, const keys::SecretKey& root, const keys::KeyId& key,
                                     std::span<const ApproverTitle> titles) {
    Result<std::optional<ledger::KeyRecord>> registered = ledger.find_key(key);
    if (!registered) return registered.error();
    if (!registered->has_value()) {
        Error error = make_error(Errc::not_found, Reason::key_unknown, "key " + keys::key_id_hex(key));
        error.detail = keys::key_id_hex(key);
        return error;
    }
    json names = json::array();
    for (const ApproverTitle title : all_titles) {  // in a fixed order, each once
        if (std::find(titles.begin(), titles.end(), title) != titles.end()) names.push_back(approver_title_name(title));
    }
    const json payload = {{"key_id", keys::key_id_hex(key)}, {"titles", std::move(names)}};
    return ledger.append(root, ledger::Draft{ledger::EventType::key_title, payload.dump()});
}

Result<std::vector<ApproverTitle>> key_titles(ledger::Ledger& ledger, const keys::KeyId& key) {
    const std::string id = keys::key_id_hex(key);
    std::vector<ApproverTitle> titles;
    auto walked = each_event(ledger, 0, [&](const ledger::Event& event, const json& payload) {
        if (event.type != ledger::EventType::key_title || text_of(payload, "key_id") != id) return;
        titles.clear();
        for (const json& name : payload.value("titles", json::array())) {
            if (!name.is_string()) continue;
            if (auto title = parse_approver_title(name.get<std::string>())) titles.push_back(*title);
        }
    });
    if (!walked) return walked.error();
    return titles;
}

Result<ledger::Event> request_approval(ledger::Ledger& ledger, const keys::SecretKey& requester,
                                       const ApprovalRequest& request) {
    Result<std::optional<ledger::Asset>> asset = ledger.find_asset(request.asset_id);
    if (!asset) return asset.error();
    if (request.asset_id.empty() || !asset->has_value()) {
        Error error = make_error(Errc::not_found, Reason::asset_unknown, "asset " + request.asset_id);
        error.detail = request.asset_id;
        return error;
    }
    const auto ends = end_of_day(request.until);
    const auto now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    if (!ends || *ends <= now) {
        Error error = make_error(Errc::invalid_argument, Reason::date_spec, "until " + request.until);
        error.detail = request.until;
        error.expected = "--until";
        return error;
    }
    json payload = {{"kind", approval_kind_name(request.kind)}, {"asset_id", request.asset_id}, {"until", request.until}};
    if (request.kind == ApprovalKind::carry_out) {
        payload["classification"] = request.classification.value_or((*asset)->classification);
    }
    if (!request.purpose.empty()) payload["purpose"] = request.purpose;
    if (!request.medium.empty()) payload["medium"] = request.medium;
    return ledger.append(requester, ledger::Draft{ledger::EventType::approval_request, payload.dump()});
}

Result<ApprovalStatus> find_approval(ledger::Ledger& ledger, std::int64_t id) {
    std::optional<ApprovalStatus> status;
    if (id >= 1) {
        auto walked = each_event(ledger, id - 1, [&](const ledger::Event& event, const json& payload) {
            if (event.seq == id) {
                status = status_from_request(event, payload);
            } else if (status) {
                apply_to(*status, event, payload);
            }
        });
        if (!walked) return walked.error();
    }
    if (!status) return refused(Reason::approval_unknown, id);
    return *status;
}

Result<std::vector<ApprovalStatus>> list_approvals(ledger::Ledger& ledger) {
    std::vector<ApprovalStatus> all;
    auto walked = each_event(ledger, 0, [&](const ledger::Event& event, const json& payload) {
        if (auto status = status_from_request(event, payload)) {
            all.push_back(std::move(*status));
            return;
        }
        const std::int64_t named = payload.is_object() ? approval_named(payload) : 0;
        const auto it = std::lower_bound(all.begin(), all.end(), named,
                                         [](const ApprovalStatus& s, std::int64_t id) { return s.id < id; });
        if (it != all.end() && it->id == named) apply_to(*it, event, payload);
    });
    if (!walked) return walked.error();
    return all;
}

Result<ledger::Event> decide_approval(ledger::Ledger& ledger, const keys::SecretKey& approver,
                                      const ApprovalDecision& decision) {
    Result<ApprovalStatus> status = find_approval(ledger, decision.id);
    if (!status) return status.error();
    if (status->state != ApprovalState::pending) {
        return refused(Reason::approval_decided, decision.id, std::string(approval_state_name(status->state)));
    }
    const std::vector<ApproverTitle> wanted = titles_that_approve(status->kind, status->classification);
    Result<std::vector<ApproverTitle>> held = key_titles(ledger, approver.public_key().id);
    if (!held) return held.error();
    if (!holds_any(*held, wanted)) {
        Error error = refused(Reason::approver_without_title, decision.id, title_list(wanted));
        error.detail = keys::key_id_hex(approver.public_key().id);
        return error;
    }
    json payload = {{"approval", decision.id}};
    if (!decision.remarks.empty()) payload["remarks"] = decision.remarks;
    const auto type = decision.grant ? ledger::EventType::approval_grant : ledger::EventType::approval_deny;
    return ledger.append(approver, ledger::Draft{type, payload.dump()});
}

Result<ApprovalStatus> check_approval_use(ledger::Ledger& ledger, const ApprovalUse& use) {
    Result<ApprovalStatus> found = find_approval(ledger, use.id);
    if (!found) return found.error();
    const ApprovalStatus& status = *found;
    if (status.kind != use.kind) return refused(Reason::approval_other_purpose, use.id, std::string(approval_kind_name(status.kind)));
    if (status.asset_id != use.asset_id) return refused(Reason::approval_other_asset, use.id, status.asset_id);
    if (use.kind == ApprovalKind::carry_out && status.classification != use.classification) {
        return refused(Reason::approval_other_level, use.id, std::to_string(status.classification));
    }
    if (status.state == ApprovalState::pending) return refused(Reason::approval_pending, use.id);
    if (status.state == ApprovalState::denied) return refused(Reason::approval_denied, use.id, status.decided_by);
    const auto ends = end_of_day(status.until);
    if (!ends || use.now >= *ends) return refused(Reason::approval_expired, use.id, status.until);
    if (status.used_by != 0) return refused(Reason::approval_used, use.id, std::to_string(status.used_by));
    Result<keys::KeyId> approver = keys::parse_key_id_hex(status.decided_by);
    if (!approver) return approver.error();
    Result<std::optional<ledger::KeyRecord>> key = ledger.find_key(*approver);
    if (!key) return key.error();
    if (!key->has_value() || (*key)->revoked_seq) return refused(Reason::approval_key_revoked, use.id, status.decided_by);
    const std::vector<ApproverTitle> wanted = titles_that_approve(status.kind, status.classification);
    Result<std::vector<ApproverTitle>> held = key_titles(ledger, *approver);
    if (!held) return held.error();
    if (!holds_any(*held, wanted)) return refused(Reason::approval_title_missing, use.id, title_list(wanted));
    return status;
}

}  // namespace sanitize::jobs
