// `sanitize report --year Y`: the ledger's figures for the yearly security report (seed 004), for
// the organisation and per department, as text, JSON, CSV or a signed PDF (jobs/year_report.hpp).
#include <chrono>
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/year_report.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

namespace {

nlohmann::json counts_json(const ledger::FigureCounts& counts) {
    const auto& by_class = counts.carry_outs_by_classification;
    return {{"certificates", counts.certificates},
            {"wipes_by_outcome", counts.wipes_by_outcome},
            {"carry_outs", counts.carry_outs},
            {"carry_outs_by_classification", {by_class[0], by_class[1], by_class[2]}},
            {"returns", counts.returns},
            {"disclosures", counts.disclosures},
            {"incidents", counts.incidents}};
}

std::string figures_json(const ledger::YearFigures& figures, int offset_minutes) {
    nlohmann::json document = counts_json(figures);
    document["year"] = figures.year;
    document["utc_offset_minutes"] = offset_minutes;
    document["time_from"] = figures.time_from;
    document["time_to"] = figures.time_to;
    document["audit_notes"] = figures.audit_notes;
    nlohmann::json departments = nlohmann::json::object();
    for (const auto& [department, counts] : figures.departments) departments[department] = counts_json(counts);
    document["departments"] = std::move(departments);
    return document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// A wipe outcome ("erased") in words; outcomes this version does not know are shown as they are.
std::string outcome_words(const Messages& messages, const std::string& outcome) {
    for (wipe::Outcome known : {wipe::Outcome::erased, wipe::Outcome::erased_with_exceptions, wipe::Outcome::aborted,
                                wipe::Outcome::failed}) {
        if (wipe::to_string(known) == outcome) return std::string(messages.outcome(known));
    }
    return outcome;
}

// One line per department: the figures an office compares between departments.
std::string departments_table(const ledger::YearFigures& figures, const Messages& messages) {
    if (figures.departments.empty()) return {};
    auto text = [&](Msg id) { return std::string(messages.get(id)); };
    std::vector<std::vector<std::string>> rows{{text(Msg::figure_department), text(Msg::figure_certificates),
                                                text(Msg::figure_carry_outs), text(Msg::figure_returns),
                                                text(Msg::figure_disclosures), text(Msg::figure_incidents)}};
    for (const auto& [department, counts] : figures.departments) {
        rows.push_back({department.empty() ? text(Msg::figure_no_department) : department, std::to_string(counts.certificates),
                        std::to_string(counts.carry_outs), std::to_string(counts.returns),
                        std::to_string(counts.disclosures), std::to_string(counts.incidents)});
    }
    return "\n" + text(Msg::figures_departments_heading) + "\n" + text_table(rows);
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
    rows.push_back({text(Msg::figure_incidents), std::to_string(figures.incidents)});
    rows.push_back({text(Msg::figure_audit_notes), std::to_string(figures.audit_notes)});
    return messages.format(Msg::figures_heading, figures.year, figures.time_from, figures.time_to) + "\n" +
           text_table(rows) + departments_table(figures, messages);
}

// The CSV to standard output, or to a new file (never over an existing one).
ExitCode write_csv(const ReportArgs& args, const ledger::YearFigures& figures, const Context& context) {
    if (args.output.empty()) {
        std::cout << jobs::year_report_csv(figures) << std::flush;
        return ExitCode::ok;
    }
    if (Result<void> written = jobs::write_year_report_csv(figures, args.output); !written) return fail(context, written.error());
    std::cout << context.messages.format(Msg::report_written, args.output) << "\n" << std::flush;
    return ExitCode::ok;
}

ExitCode write_pdf(const ReportArgs& args, const ledger::Ledger& ledger, const ledger::YearFigures& figures, int offset,
                   const std::string& location, const Context& context) {
    Result<jobs::Signer> signer = open_signer(location, args.signer, context);
    if (!signer) return fail(context, signer.error());
    jobs::YearReportPdfRequest request;
    request.figures = figures;
    request.utc_offset_minutes = offset;
    request.organisation = ledger.info().organisation;
    Result<jobs::SignedYearReport> written = jobs::write_signed_year_report(*signer, std::move(request), args.output);
    if (!written) return fail(context, written.error());
    std::cout << context.messages.format(Msg::report_written, written->pdf_path) << "\n"
              << context.messages.format(Msg::report_signed, written->signature_path, written->pdf_path) << "\n"
              << std::flush;
    return ExitCode::ok;
}

}  // namespace

ExitCode run_report(const ReportArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    std::optional<int> offset = utc_offset_minutes(args.utc_offset);
    if (!offset || *offset < -14 * 60 || *offset > 14 * 60) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::utc_offset_spec, args.utc_offset));
    }
    if (args.format == "pdf" && args.output.empty()) {
        return fail(context, cli_error(Errc::invalid_argument, Reason::report_output_missing));
    }
    // Before the ledger is read: an existing output is refused at once.
    if (!args.output.empty()) {
        if (Result<void> fresh = files::refuse_existing_output(args.output); !fresh) return fail(context, fresh.error());
    }
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    const int year =
        args.year != 0 ? args.year : jobs::report_year(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()), *offset);
    Result<ledger::YearFigures> figures = opened->year_figures({.year = year, .utc_offset_minutes = *offset});
    if (!figures) return fail(context, about_path(figures.error(), location));
    if (args.format == "csv") return write_csv(args, *figures, context);
    if (args.format == "pdf") return write_pdf(args, *opened, *figures, *offset, location, context);
    std::cout << (args.json ? figures_json(*figures, *offset) + "\n" : figures_table(*figures, messages)) << std::flush;
    return ExitCode::ok;
}

}  // namespace sanitize::cli
