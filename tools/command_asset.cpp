// `sanitize asset add|update|list|import|export`: the information-asset ledger (情報資産管理台帳)
// row by row, or as the CSV spreadsheet offices keep.
#include <cstdlib>
#include <iostream>
#include <string>

#include "command_support.hpp"
#include "commands.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

constexpr std::size_t max_csv_bytes = std::size_t{64} << 20;

// The fields given on the command line over `asset`; the others stay as they are.
void apply(const AssetFields& fields, ledger::Asset& asset) {
    auto set = [](const std::optional<std::string>& given, std::string& field) {
        if (given) field = *given;
    };
    set(fields.name, asset.name);
    set(fields.remarks, asset.remarks);
    set(fields.department, asset.department);
    set(fields.owner, asset.owner);
    set(fields.user_scope, asset.user_scope);
    set(fields.media_location, asset.media_location);
    set(fields.retention, asset.retention);
    set(fields.status, asset.status);
    if (fields.classification) asset.classification = *fields.classification;
}

bool any_given(const AssetFields& f) {
    return f.name || f.remarks || f.department || f.owner || f.user_scope || f.media_location || f.retention ||
           f.status || f.classification;
}

// The ledger and the signer's key, in that order: a missing ledger is reported before a prompt.
struct Session {
    std::string location;
    Loaded<ledger::Ledger> ledger;
    Loaded<keys::SecretKey> key;
};

Loaded<keys::SecretKey> unlock_signer(const AssetArgs& args, const Context& context) {
    return unlock_signer_key(args.signer.key_file, args.signer.passphrase, context);
}

ExitCode open_session(const AssetArgs& args, const Context& context, Session& session, bool sign) {
    session.location = ledger_location(args.ledger, std::getenv);
    const bool reads_only = args.action == AssetAction::list || args.action == AssetAction::export_csv;
    session.ledger = open_ledger(session.location, context, reads_only ? LedgerUse::read : LedgerUse::write);
    if (!session.ledger) return session.ledger.failure;
    if (!sign) return ExitCode::ok;
    session.key = unlock_signer(args, context);
    return session.key ? ExitCode::ok : session.key.failure;
}

void print_written(const AssetArgs& args, const ledger::Event& event, Msg text, const Context& context) {
    if (args.json) {
        std::cout << event_json(event) << "\n";
    } else {
        std::cout << context.messages.format(text, args.asset_id, event.seq) << "\n";
    }
    std::cout << std::flush;
}

ExitCode run_add(const AssetArgs& args, const Context& context) {
    ledger::Asset asset;
    asset.asset_id = args.asset_id;
    apply(args.fields, asset);
    Session session;
    if (ExitCode code = open_session(args, context, session, true); code != ExitCode::ok) return code;
    Result<ledger::Event> event = session.ledger.value->register_asset(*session.key.value, asset);
    if (!event && event.error().code == Errc::conflict) {
        print_error(context.messages, context.messages.format(Msg::asset_exists, args.asset_id));
        print_hint(context.messages, context.messages.format(Msg::hint_asset_update, args.asset_id));
        return ExitCode::failed;
    }
    if (!event) return report_ledger_error(context, event.error(), args.asset_id);
    print_written(args, *event, Msg::asset_registered, context);
    return ExitCode::ok;
}

ExitCode run_update(const AssetArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    if (!any_given(args.fields)) {
        print_error(messages, messages.get(Msg::asset_nothing_to_change));
        print_hint(messages, messages.format(Msg::hint_help, "sanitize asset update"));
        return ExitCode::usage;
    }
    Session session;
    if (ExitCode code = open_session(args, context, session, false); code != ExitCode::ok) return code;
    Result<std::optional<ledger::Asset>> found = session.ledger.value->find_asset(args.asset_id);
    if (!found) return report_error(context, found.error(), session.location);
    if (!found->has_value()) {
        print_error(messages, messages.format(Msg::asset_unknown, args.asset_id, session.location));
        print_hint(messages, messages.get(Msg::hint_asset_add));
        return ExitCode::usage;
    }
    ledger::Asset asset = **found;
    apply(args.fields, asset);
    session.key = unlock_signer(args, context);
    if (!session.key) return session.key.failure;
    Result<ledger::Event> event = session.ledger.value->update_asset(*session.key.value, asset);
    if (!event) return report_ledger_error(context, event.error(), args.asset_id);
    print_written(args, *event, Msg::asset_updated, context);
    return ExitCode::ok;
}

std::string asset_table(const std::vector<ledger::Asset>& assets, const Messages& messages) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    std::vector<std::vector<std::string>> rows = {
        {text(Msg::col_asset_id), text(Msg::col_asset_name), text(Msg::col_asset_classification),
         text(Msg::col_asset_department), text(Msg::col_asset_owner), text(Msg::col_asset_location),
         text(Msg::col_asset_retention), text(Msg::col_asset_status)}};
    auto cell = [](const std::string& value) { return value.empty() ? std::string("-") : value; };
    for (const ledger::Asset& a : assets) {
        const std::string level = std::to_string(a.classification) + " " +
                                  std::string(classification_word(messages, a.classification));
        rows.push_back({a.asset_id, cell(a.name), level, cell(a.department), cell(a.owner), cell(a.media_location),
                        cell(a.retention), cell(a.status)});
    }
    return text_table(rows);
}

ExitCode run_list(const AssetArgs& args, const Context& context) {
    Session session;
    if (ExitCode code = open_session(args, context, session, false); code != ExitCode::ok) return code;
    Result<std::vector<ledger::Asset>> assets = session.ledger.value->assets();
    if (!assets) return report_error(context, assets.error(), session.location);
    std::string out;
    if (args.json) {
        for (const ledger::Asset& asset : *assets) out += asset_json(asset) + "\n";
    } else if (assets->empty()) {
        out = std::string(context.messages.get(Msg::asset_none)) + "\n";
    } else {
        out = asset_table(*assets, context.messages);
    }
    std::cout << out << std::flush;
    return ExitCode::ok;
}

ExitCode run_import(const AssetArgs& args, const Context& context) {
    Result<std::string> csv = read_small_file(args.file, max_csv_bytes);
    if (!csv) return report_error(context, csv.error(), args.file);
    Session session;
    if (ExitCode code = open_session(args, context, session, true); code != ExitCode::ok) return code;
    Result<ledger::ImportSummary> summary = session.ledger.value->import_assets_csv(*session.key.value, *csv);
    if (!summary) {
        ExitCode code = report_ledger_error(context, summary.error(), args.file);
        if (summary.error().code == Errc::malformed_input) {
            print_hint(context.messages, context.messages.get(Msg::hint_csv));
        }
        return code;
    }
    if (args.json) {
        std::cout << fmt::format(R"({{"registered":{},"updated":{},"unchanged":{}}})", summary->registered,
                                 summary->updated, summary->unchanged)
                  << "\n";
    } else {
        std::cout << context.messages.format(Msg::asset_imported, args.file, summary->registered, summary->updated,
                                             summary->unchanged)
                  << "\n";
    }
    std::cout << std::flush;
    return ExitCode::ok;
}

ExitCode run_export(const AssetArgs& args, const Context& context) {
    Session session;
    if (ExitCode code = open_session(args, context, session, false); code != ExitCode::ok) return code;
    Result<std::vector<ledger::Asset>> assets = session.ledger.value->assets();
    if (!assets) return report_error(context, assets.error(), session.location);
    const std::string csv = ledger::assets_to_csv(*assets, {.byte_order_mark = args.byte_order_mark});
    if (ExitCode code = write_output(args.out, csv, 0600, context); code != ExitCode::ok) return code;
    if (!args.out.empty() && args.out != "-") {
        std::cout << context.messages.format(Msg::asset_exported, assets->size(), args.out) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace

ExitCode run_asset(const AssetArgs& args, const Context& context) {
    switch (args.action) {
        case AssetAction::add: return run_add(args, context);
        case AssetAction::update: return run_update(args, context);
        case AssetAction::list: return run_list(args, context);
        case AssetAction::import_csv: return run_import(args, context);
        case AssetAction::export_csv: return run_export(args, context);
    }
    return ExitCode::usage;
}

}  // namespace sanitize::cli
