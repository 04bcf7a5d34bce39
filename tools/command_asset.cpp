// `sanitize asset add|update|list|import|export`: the information-asset ledger (情報資産管理台帳)
// row by row, or as the CSV spreadsheet offices keep.
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/registry.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

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

// The retention period is a date (YYYY-MM-DD), the last day the asset is kept, so that
// `asset list --past-retention` can find what is past it; an empty value clears it.
Result<void> check_retention(const AssetFields& fields) {
    if (!fields.retention) return {};
    return jobs::check_retention_date(*fields.retention);
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
    if (Result<void> ok = check_retention(args.fields); !ok) return fail(context, ok.error());
    ledger::Asset asset;
    asset.asset_id = args.asset_id;
    apply(args.fields, asset);
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<ledger::Event> event = jobs::add_asset(signer->ledger, signer->key, asset);
    if (!event) return fail(context, event.error());
    print_written(args, *event, Msg::asset_registered, context);
    return ExitCode::ok;
}

ExitCode run_update(const AssetArgs& args, const Context& context) {
    if (!any_given(args.fields)) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::nothing_to_change, "", "sanitize asset update"));
    }
    if (Result<void> ok = check_retention(args.fields); !ok) return fail(context, ok.error());
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger_to_write(location, context);
    if (!opened) return fail(context, opened.error());
    Result<std::optional<ledger::Asset>> found = opened->find_asset(args.asset_id);
    if (!found) return fail(context, about_path(found.error(), location));
    if (!found->has_value()) return fail(context, cli_error(Errc::not_found, Reason::asset_unknown, args.asset_id));
    ledger::Asset asset = **found;
    apply(args.fields, asset);
    // The key only now: nobody types a passphrase for an asset that is not there.
    Result<keys::SecretKey> key = unlock_signer_key(args.signer, context);
    if (!key) return fail(context, key.error());
    Result<ledger::Event> event = opened->update_asset(*key, asset);
    if (!event) return fail(context, event.error());
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
                        cell(a.retention), cell(asset_status_word(messages, a.status))});
    }
    return text_table(rows);
}

ExitCode run_list(const AssetArgs& args, const Context& context) {
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<std::vector<ledger::Asset>> assets = opened->assets();
    if (!assets) return fail(context, about_path(assets.error(), location));
    if (args.past_retention) {
        *assets = jobs::past_retention(*assets, jobs::office_date(std::chrono::floor<std::chrono::seconds>(
                                                   std::chrono::system_clock::now())));
    }
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
    Result<std::string> csv = jobs::read_assets_csv(args.file);
    if (!csv) return fail(context, csv.error());
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<ledger::ImportSummary> summary = jobs::import_assets(signer->ledger, signer->key, *csv, args.file);
    if (!summary) return fail(context, summary.error());
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
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<std::vector<ledger::Asset>> assets = opened->assets();
    if (!assets) return fail(context, about_path(assets.error(), location));
    const std::string csv = ledger::assets_to_csv(*assets, {.byte_order_mark = args.byte_order_mark});
    if (Result<void> written = write_output(args.out, csv, 0600); !written) return fail(context, written.error());
    if (!args.out.empty() && args.out != "-") {
        std::cout << context.messages.format(Msg::asset_exported, assets->size(), args.out) << "\n" << std::flush;
    }
    return ExitCode::ok;
}

// Policy 002 §8-5: a medium destroyed before a witness, or erased by a vendor whose certificate
// is stored in the ledger; either with the security officer's granted approval.
ExitCode run_dispose(const AssetArgs& args, const Context& context) {
    jobs::DisposalRequest request;
    request.asset_id = args.asset_id;
    if (args.destroyed == args.vendor_erasure) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::none, "one_of", "--destroyed,--vendor-erasure"));
    }
    request.method = args.destroyed ? jobs::DisposalMethod::destroyed : jobs::DisposalMethod::vendor_erasure;
    request.destruction_method = args.destruction_method;
    request.witness = args.witness;
    request.photo = args.photo;
    request.vendor = args.vendor;
    request.vendor_certificate = args.vendor_certificate;
    request.approval = {args.approval};
    Result<jobs::Signer> signer = open_signer(ledger_location(args.ledger, context), args.signer, context);
    if (!signer) return fail(context, signer.error());
    Result<ledger::Event> event = jobs::dispose_asset(signer->ledger, signer->key, request);
    if (!event) return fail(context, event.error());
    if (args.json) {
        std::cout << event_json(*event) << "\n";
    } else {
        std::cout << context.messages.format(Msg::asset_disposed, args.asset_id,
                                             asset_status_word(context.messages, std::string(jobs::disposal_status(request.method))),
                                             event->seq)
                  << "\n";
    }
    std::cout << std::flush;
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
        case AssetAction::dispose: return run_dispose(args, context);
    }
    return ExitCode::usage;
}

}  // namespace sanitize::cli
