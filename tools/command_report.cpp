// `sanitize report --year Y`: the ledger's figures for the yearly security report (seed 004).
#include <cstdlib>
#include <iostream>
#include <string>

#include "failure.hpp"
#include "commands.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

std::string figures_json(const ledger::YearFigures& figures, int offset_minutes) {
    std::string outcomes;
    for (const auto& [outcome, count] : figures.wipes_by_outcome) {
        outcomes += (outcomes.empty() ? "" : ",") + json_string(outcome) + ":" + std::to_string(count);
    }
    const auto& by_class = figures.carry_outs_by_classification;
    return fmt::format(R"({{"year":{},"utc_offset_minutes":{},"time_from":{},"time_to":{},"certificates":{},)"
                       R"("wipes_by_outcome":{{{}}},"carry_outs":{},"carry_outs_by_classification":[{},{},{}],)"
                       R"("returns":{},"disclosures":{}}})",
                       figures.year, offset_minutes, json_string(figures.time_from), json_string(figures.time_to),
                       figures.certificates, outcomes, figures.carry_outs, by_class[0], by_class[1], by_class[2],
                       figures.returns, figures.disclosures);
}

// A wipe outcome ("erased") in words; outcomes this version does not know are shown as they are.
std::string outcome_words(const Messages& messages, const std::string& outcome) {
    for (wipe::Outcome known : {wipe::Outcome::erased, wipe::Outcome::erased_with_exceptions, wipe::Outcome::aborted,
                                wipe::Outcome::failed}) {
        if (wipe::to_string(known) == outcome) return std::string(messages.outcome(known));
    }
    return outcome;
}

std::string figures_table(const ledger::YearFigures& figures, const Messages& messages) {
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    std::vector<std::vector<std::string>> rows;
    rows.push_back({text(Msg::figure_certificates), std::to_string(figures.certificates)});
    std::int64_t wipes = 0;
    for (const auto& [outcome, count] : figures.wipes_by_outcome) wipes += count;
    rows.push_back({text(Msg::figure_wipes), std::to_string(wipes)});
    for (const auto& [outcome, count] : figures.wipes_by_outcome) {
        rows.push_back({"  " + outcome_words(messages, outcome), std::to_string(count)});
    }
    rows.push_back({text(Msg::figure_carry_outs), std::to_string(figures.carry_outs)});
    for (int level = 0; level < 3; ++level) {
        rows.push_back({"  " + std::to_string(level) + " " + std::string(classification_word(messages, level)),
                        std::to_string(figures.carry_outs_by_classification[static_cast<std::size_t>(level)])});
    }
    rows.push_back({text(Msg::figure_returns), std::to_string(figures.returns)});
    rows.push_back({text(Msg::figure_disclosures), std::to_string(figures.disclosures)});
    return messages.format(Msg::figures_heading, figures.year, figures.time_from, figures.time_to) + "\n" +
           text_table(rows);
}

}  // namespace

ExitCode run_report(const ReportArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    std::optional<int> offset = utc_offset_minutes(args.utc_offset);
    if (!offset || *offset < -14 * 60 || *offset > 14 * 60) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::utc_offset_spec, args.utc_offset));
    }
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<ledger::YearFigures> figures = opened->year_figures({.year = args.year, .utc_offset_minutes = *offset});
    if (!figures) return fail(context, about_path(figures.error(), location));
    std::cout << (args.json ? figures_json(*figures, *offset) + "\n" : figures_table(*figures, messages)) << std::flush;
    return ExitCode::ok;
}

}  // namespace sanitize::cli
