// Signed approvals (policy 002 §3-2: carry-out of level 1 by a department head, of level 2 by the
// representative director; §8-5: disposal and return of equipment by the security officer).
// A title is an attribute of a registered key, given by the root key (key.title); a request is
// an event whose seq is the approval's id; the approver grants or denies it with their own key;
// the record that uses a granted approval names it, which uses it up. Everything is read back
// from the events, so both backends and verify() see the same approvals.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

enum class ApproverTitle { department_head, representative_director, security_officer };
std::string_view approver_title_name(ApproverTitle title) noexcept;  // "department_head"
std::optional<ApproverTitle> parse_approver_title(std::string_view name) noexcept;

// Appends key.title, signed by the root key: the titles `key_id` holds from now on (empty: none).
// Reason::key_unknown for a key the ledger never registered.
[[nodiscard]] Result<ledger::Event> set_key_titles(ledger::Ledger& ledger, const keys::SecretKey& root,
                                                   const keys::KeyId& key, std::span<const ApproverTitle> titles);
// The titles the last key.title of this key gave it (none without one).
[[nodiscard]] Result<std::vector<ApproverTitle>> key_titles(ledger::Ledger& ledger, const keys::KeyId& key);

enum class ApprovalKind { carry_out, disposal };
std::string_view approval_kind_name(ApprovalKind kind) noexcept;  // "carry_out", "disposal"

// The titles that may approve: a carry-out of level 1 the department head or the director, of
// level 2 the director; level 0 nobody needs; a disposal the security officer.
std::vector<ApproverTitle> titles_that_approve(ApprovalKind kind, int classification);

struct ApprovalRequest {
    ApprovalKind kind = ApprovalKind::carry_out;
    std::string asset_id{};                // required: an asset of the ledger
    std::optional<int> classification{};   // a carry-out's level; nullopt: the asset's
    std::string purpose{};
    std::string medium{};                  // the medium it will leave on, or the one disposed of
    std::string until{};                   // YYYY-MM-DD: the last day it may be used
};

// Appends approval.request, signed by the person asking; the event's seq is the approval's id.
// Reason::asset_unknown, date_spec (until not a date, or a day already past in Japan).
[[nodiscard]] Result<ledger::Event> request_approval(ledger::Ledger& ledger, const keys::SecretKey& requester,
                                                     const ApprovalRequest& request);

enum class ApprovalState { pending, granted, denied };
std::string_view approval_state_name(ApprovalState state) noexcept;  // "pending", "granted", "denied"

struct ApprovalStatus {
    std::int64_t id = 0;  // the request's seq
    std::string time{};     // when it was asked for
    std::string requested_by{};  // key id
    ApprovalKind kind = ApprovalKind::carry_out;
    std::string asset_id{};
    int classification = 0;
    std::string purpose{};
    std::string medium{};
    std::string until{};
    ApprovalState state = ApprovalState::pending;
    std::string decided_by{};      // key id of who granted or denied it
    std::int64_t decided_seq = 0;
    std::string remarks{};         // the approver's words
    std::int64_t used_by = 0;    // the seq of the record that used it; 0: unused
};

// The approval with this id as the events after it say. Reason::approval_unknown when that seq
// is no approval.request.
[[nodiscard]] Result<ApprovalStatus> find_approval(ledger::Ledger& ledger, std::int64_t id);
// Every approval, in id order (an approver's inbox filters the pending ones).
[[nodiscard]] Result<std::vector<ApprovalStatus>> list_approvals(ledger::Ledger& ledger);

struct ApprovalDecision {
    std::int64_t id = 0;
    bool grant = false;
    std::string remarks{};
};

// Appends approval.grant or approval.deny, signed by the approver's own key, which must hold a
// title that approves this request (Reason::approver_without_title; expected: the title needed).
// Reason::approval_unknown; approval_decided for one granted or denied already.
[[nodiscard]] Result<ledger::Event> decide_approval(ledger::Ledger& ledger, const keys::SecretKey& approver,
                                                    const ApprovalDecision& decision);

struct ApprovalUse {
    std::int64_t id = 0;
    ApprovalKind kind = ApprovalKind::carry_out;
    std::string asset_id{};
    int classification = 0;  // a carry-out's level
    std::chrono::sys_seconds now{};
};

// Whether the approval may be used now, refused (Errc::refused; detail: the id) with the first
// reason found: approval_unknown, approval_other_purpose, approval_other_asset,
// approval_other_level, approval_pending, approval_denied, approval_expired (the until day
// ended at midnight, Japan time), approval_used, approval_key_revoked (the approver's key),
// approval_title_missing (the approver's key does not hold, now, a title that approves it).
[[nodiscard]] Result<ApprovalStatus> check_approval_use(ledger::Ledger& ledger, const ApprovalUse& use);

}  // namespace sanitize::jobs
