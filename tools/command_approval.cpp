// `sanitize approval request|grant|deny|list`: the approvals policy 002 asks for, signed in the
// ledger by the person asking and by the approver's own key (jobs/approvals.hpp).
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

void print_json(const nlohmann::json& document) {
    std::cout << document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n" << std::flush;
}

ExitCode run_request(const ApprovalArgs& args, const Context& context) {
    jobs::ApprovalRequest request;
    request.kind = args.disposal ? jobs::ApprovalKind::disposal : jobs::ApprovalKind::carry_out;
    request.asset_id = args.asset;
    if (args.classification >= 0) request.classification = args.classification;
    request.purpose = args.purpose;
    request.medium = args.medium;
    request.until = args.until;
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<ledger::Event> event = jobs::request_approval(signer->ledger, signer->key, request);
    if (!event) return fail(context, event.error());
    if (args.json) {
        print_json({{"approval", event->seq}, {"ledger_seq", event->seq}});
    } else {
        std::cout << context.messages.format(Msg::approval_requested, event->seq, args.asset) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

ExitCode run_decide(const ApprovalArgs& args, const Context& context) {
    const bool grant = args.action == ApprovalAction::grant;
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<ledger::Event> event = jobs::decide_approval(signer->ledger, signer->key, {args.id, grant, args.remarks});
    if (!event) return fail(context, event.error());
    if (args.json) {
        print_json({{"approval", args.id}, {"decision", grant ? "granted" : "denied"}, {"ledger_seq", event->seq}});
    } else {
        std::cout << context.messages.format(grant ? Msg::approval_granted : Msg::approval_denied, args.id, event->seq)
                  << "\n" << std::flush;
    }
    return ExitCode::ok;
}

// A used approval says so; a granted one that cannot be used any more is not pending either.
std::string state_word(const jobs::ApprovalStatus& status, const Messages& messages) {
    if (status.used_by != 0) return messages.format(Msg::approval_state_used, status.used_by);
    switch (status.state) {
        case jobs::ApprovalState::pending: return std::string(messages.get(Msg::approval_state_pending));
        case jobs::ApprovalState::granted: return std::string(messages.get(Msg::approval_state_granted));
        case jobs::ApprovalState::denied: return std::string(messages.get(Msg::approval_state_denied));
    }
    return {};
}

nlohmann::json status_json(const jobs::ApprovalStatus& status) {
    nlohmann::json row = {{"approval", status.id},
                          {"time", status.time},
                          {"requested_by", status.requested_by},
                          {"kind", jobs::approval_kind_name(status.kind)},
                          {"asset_id", status.asset_id},
                          {"purpose", status.purpose},
                          {"medium", status.medium},
                          {"until", status.until},
                          {"state", jobs::approval_state_name(status.state)},
                          {"decided_by", status.decided_by},
                          {"remarks", status.remarks},
                          {"used_by", status.used_by}};
    if (status.kind == jobs::ApprovalKind::carry_out) row["classification"] = status.classification;
    return row;
}

ExitCode run_list(const ApprovalArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<std::vector<jobs::ApprovalStatus>> all = jobs::list_approvals(*opened);
    if (!all) return fail(context, about_path(all.error(), location));
    std::vector<std::vector<std::string>> rows{{std::string(messages.get(Msg::label_approval_id)),
                                                std::string(messages.get(Msg::label_approval_asset)),
                                                std::string(messages.get(Msg::label_approval_kind)),
                                                std::string(messages.get(Msg::label_approval_until)),
                                                std::string(messages.get(Msg::label_approval_state)),
                                                std::string(messages.get(Msg::label_approval_purpose))}};
    std::string json_lines;
    for (const jobs::ApprovalStatus& status : *all) {
        if (args.pending && status.state != jobs::ApprovalState::pending) continue;
        json_lines += status_json(status).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
        const std::string kind = status.kind == jobs::ApprovalKind::disposal
                                     ? std::string(messages.get(Msg::approval_kind_disposal))
                                     : messages.format(Msg::approval_kind_carry_out, status.classification);
        rows.push_back({std::to_string(status.id), status.asset_id, kind, status.until, state_word(status, messages),
                        status.purpose});
    }
    if (args.json) {
        std::cout << json_lines << std::flush;
    } else if (rows.size() == 1) {
        std::cout << messages.get(args.pending ? Msg::approval_none_pending : Msg::approval_none) << "\n" << std::flush;
    } else {
        std::cout << text_table(rows) << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace

ExitCode run_approval(const ApprovalArgs& args, const Context& context) {
    switch (args.action) {
        case ApprovalAction::request: return run_request(args, context);
        case ApprovalAction::grant:
        case ApprovalAction::deny: return run_decide(args, context);
        case ApprovalAction::list: return run_list(args, context);
    }
    return ExitCode::usage;
}

}  // namespace sanitize::cli
