// Rendering of reports: one "label: value" line per fact, aligned for both languages.
#include "report_view.hpp"

#include <algorithm>
#include <chrono>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "failure.hpp"
#include "text_format.hpp"

namespace sanitize::cli {

namespace {

// Rows of label and value; the labels are padded to one column when rendered.
class Rows {
public:
    void add(std::string label, std::string value, std::size_t indent = 0) {
        rows_.push_back({std::move(label), std::move(value), indent});
    }

    std::string render() const {
        std::size_t width = 0;
        for (const Row& row : rows_) width = std::max(width, row.indent + display_width(row.label));
        std::string text;
        for (const Row& row : rows_) {
            std::string label = std::string(row.indent, ' ') + row.label + ":";
            text += row.value.empty() ? label + "\n" : pad_right(label, width + 3) + row.value + "\n";
        }
        return text;
    }

private:
    struct Row {
        std::string label;
        std::string value;
        std::size_t indent;
    };
    std::vector<Row> rows_;
};

std::string or_word(const Messages& messages, const std::string& value, Msg word) {
    return value.empty() ? std::string(messages.get(word)) : value;
}

std::string device_line(const device::DeviceInfo& info, const Messages& messages) {
    std::string text = info.path;
    if (!info.canonical_path.empty() && info.canonical_path != info.path) text += " -> " + info.canonical_path;
    text += fmt::format(" ({}, {}", or_word(messages, info.transport, Msg::word_unknown), human_size(info.size_bytes));
    if (!info.model.empty()) text += ", " + info.model;
    if (!info.serial.empty()) text += ", " + std::string(messages.get(Msg::label_serial)) + " " + info.serial;
    return text + ")";
}

std::string range_text(const wipe::ByteRange& range, const Messages& messages) {
    return messages.format(Msg::report_range, fmt::format("{} B", range.length), range.offset);
}

void add_ranges(Rows& rows, const std::vector<wipe::ByteRange>& ranges, const Messages& messages,
                std::size_t indent) {
    constexpr std::size_t shown = 10;  // the JSON report lists all of them
    for (std::size_t i = 0; i < ranges.size() && i < shown; ++i) rows.add("-", range_text(ranges[i], messages), indent);
    if (ranges.size() > shown) rows.add("-", fmt::format("… (+{})", ranges.size() - shown), indent);
}

void add_verification(Rows& rows, const wipe::VerifyResult& result, const Messages& messages, std::size_t indent) {
    const std::uint64_t read = wipe::bytes_read(result);
    // Where bytes differ, what was read and what held the pattern are two measures: a medium
    // read whole that differs everywhere must not look as if nothing had been read.
    std::string text =
        read == result.bytes_verified
            ? messages.format(Msg::report_verified, human_size(result.bytes_verified),
                              fmt::format("{:.1f}", result.coverage_percent), human_duration(result.seconds),
                              human_rate(result.bytes_per_second), result.mismatches.size(), result.unreadable.size())
            : messages.format(Msg::report_read_differing, human_size(read), human_duration(result.seconds),
                              human_rate(result.seconds > 0 ? static_cast<double>(read) / result.seconds : 0),
                              human_size(result.bytes_verified), fmt::format("{:.1f}", result.coverage_percent),
                              result.mismatches.size(), result.unreadable.size());
    if (result.mode == wipe::VerifyMode::sample) text += ", " + messages.format(Msg::report_sampled, result.sample_subsections);
    if (!result.cache_bypassed) text += ", " + std::string(messages.get(Msg::report_cache_not_bypassed));
    rows.add(std::string(messages.get(Msg::label_verification)), text, indent);
}

void add_pass(Rows& rows, const wipe::PassReport& pass, std::size_t count, const Messages& messages) {
    std::string kind = pass.kind == wipe::PassKind::random ? messages.format(Msg::word_random, pass.generator)
                                                           : messages.format(Msg::word_pattern, pass.pattern_hex);
    std::string written = messages.format(Msg::report_pass_written, human_size(pass.bytes_written),
                                          human_duration(pass.seconds), human_rate(pass.write_bytes_per_second));
    std::string value = kind + ", " + written;
    if (!pass.synced) value += ", " + std::string(messages.get(Msg::report_not_synced));
    rows.add(messages.format(Msg::label_pass, pass.index + 1, count), value);
    if (!pass.unwritten.empty()) {
        rows.add(messages.format(Msg::report_unwritten, pass.unwritten.size()), "", 2);
        add_ranges(rows, pass.unwritten, messages, 4);
    }
    if (pass.verification) add_verification(rows, *pass.verification, messages, 2);
}

std::string duration_text(std::chrono::system_clock::time_point started, std::chrono::system_clock::time_point finished,
                          const Messages& messages) {
    double seconds = std::chrono::duration<double>(finished - started).count();
    return messages.format(Msg::report_duration, human_duration(seconds), local_time(started), local_time(finished));
}

std::string category_text(wipe::NistCategory category, const Messages& messages) {
    return std::string(messages.get(category == wipe::NistCategory::purge ? Msg::category_purge : Msg::category_clear));
}

// What the drive said before the wipe, or why it was not asked; never a verdict it did not give.
std::string health_text(const device::SmartSummary& smart, const Messages& messages) {
    using device::SmartState;
    if (smart.state == SmartState::not_applicable)
        return messages.format(Msg::health_not_applicable, messages.drive_reason(smart.reason));
    if (smart.state == SmartState::unavailable)
        return messages.format(Msg::health_unavailable, messages.drive_reason(smart.reason));
    std::string text(messages.get(!smart.passed ? Msg::health_no_verdict
                                                : *smart.passed ? Msg::health_passed : Msg::health_failed));
    std::string attributes;
    for (const device::SmartAttribute& a : smart.attributes)
        attributes += (attributes.empty() ? "" : ", ") + a.name + " " + std::to_string(a.value);
    return attributes.empty() ? text : text + " (" + attributes + ")";
}

std::string yes_no(bool value, const Messages& messages) {
    return std::string(messages.get(value ? Msg::word_yes : Msg::word_no));
}

}  // namespace

std::string render_wipe_report(const wipe::WipeReport& report, const Messages& messages) {
    auto label = [&](Msg id) { return std::string(messages.get(id)); };
    Rows rows;
    rows.add(label(Msg::label_device), device_line(report.device, messages));
    if (report.smart) rows.add(label(Msg::label_health), health_text(*report.smart, messages));
    rows.add(label(Msg::label_method), messages.method(report.method) + " (" + label(Msg::label_category) + ": " +
                                           category_text(report.category, messages) + ")");
    rows.add(label(Msg::label_blank), yes_no(report.blank, messages));
    rows.add(label(Msg::label_verify), messages.verify_plan(report.verify));
    rows.add(label(Msg::label_direct_io), yes_no(report.direct_io, messages));
    for (const wipe::PassReport& pass : report.passes) add_pass(rows, pass, report.passes.size(), messages);
    if (report.bad_ranges.empty()) {
        rows.add(label(Msg::label_bad_ranges), label(Msg::word_none));
    } else {
        rows.add(label(Msg::label_bad_ranges), std::to_string(report.bad_ranges.size()));
        add_ranges(rows, report.bad_ranges, messages, 2);
    }
    rows.add(label(Msg::label_outcome), std::string(messages.outcome(report.outcome)));
    if (!report.exceptions.empty()) {
        std::string text;
        for (const std::string& code : report.exceptions) text += (text.empty() ? "" : ", ") + messages.exception(code);
        rows.add(label(Msg::label_exceptions), text);
    }
    if (report.error) rows.add(label(Msg::label_error), error_text(messages, *report.error));
    if (!report.interruptions.empty())
        rows.add(label(Msg::label_resumed), messages.format(Msg::resumed_count, report.interruptions.size()));
    rows.add(label(Msg::label_duration), duration_text(report.started, report.finished, messages));
    return rows.render();
}

std::string render_media_check(const wipe::MediaCheckReport& report, const Messages& messages) {
    auto label = [&](Msg id) { return std::string(messages.get(id)); };
    std::string expected = "0x" + report.expected_hex;
    Rows rows;
    rows.add(label(Msg::label_device), device_line(report.device, messages));
    rows.add(label(Msg::label_expected), expected);
    add_verification(rows, report.verification, messages, 0);
    // Each list of ranges under a line that says what they are.
    if (!report.verification.mismatches.empty()) {
        rows.add(messages.format(Msg::report_mismatched_ranges, report.verification.mismatches.size()), "", 2);
        add_ranges(rows, report.verification.mismatches, messages, 4);
    }
    if (!report.verification.unreadable.empty()) {
        rows.add(messages.format(Msg::report_unreadable_ranges, report.verification.unreadable.size()), "", 2);
        add_ranges(rows, report.verification.unreadable, messages, 4);
    }
    if (report.error) rows.add(label(Msg::label_error), error_text(messages, *report.error));
    rows.add(label(Msg::label_result),
             messages.format(report.matches ? Msg::media_matches : Msg::media_differs, expected));
    rows.add(label(Msg::label_duration), duration_text(report.started, report.finished, messages));
    return rows.render();
}

std::string render_purge_report(const purge::PurgeReport& report, std::string_view method, const Messages& messages) {
    auto label = [&](Msg id) { return std::string(messages.get(id)); };
    Rows rows;
    rows.add(label(Msg::label_device), device_line(report.device, messages));
    if (report.smart) rows.add(label(Msg::label_health), health_text(*report.smart, messages));
    rows.add(label(Msg::label_method), std::string(method));
    if (report.verification) add_verification(rows, *report.verification, messages, 0);
    rows.add(label(Msg::label_duration), duration_text(report.started, report.finished, messages));
    return rows.render();
}

}  // namespace sanitize::cli
