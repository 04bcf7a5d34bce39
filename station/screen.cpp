#include "screen.hpp"

#include "sanitize/version.hpp"
#include "text_format.hpp"

namespace sanitize::station_ui {

namespace {

constexpr std::size_t screen_width = 80;

std::string column(std::string_view text, std::size_t width) {
    return cli::pad_right(cli::truncate_to_width(text, width), width) + " ";
}

std::string or_dash(const std::string& text) { return text.empty() ? "-" : text; }

// The widths of the disk table's columns; the last one takes what is left.
constexpr std::size_t widths[] = {2, 8, 10, 5, 20, 15, 6};

std::string table_row(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) line += i < std::size(widths) ? column(cells[i], widths[i]) : cells[i];
    return cli::truncate_to_width(line, screen_width);
}

std::string header_row(std::string_view titles) {
    std::vector<std::string> cells;
    for (std::size_t at = 0; at <= titles.size();) {
        const std::size_t bar = std::min(titles.find('|', at), titles.size());
        cells.emplace_back(titles.substr(at, bar - at));
        at = bar + 1;
    }
    return table_row(cells);
}

std::string smart_word(const device::SmartSummary& smart) {
    if (smart.state != device::SmartState::read) return "n/a";
    if (!smart.passed) return "?";
    return *smart.passed ? "OK" : "FAIL";
}

std::string hidden_word(const device::HiddenAreaReport& report) {
    const device::HiddenState states[] = {report.hpa.state, report.dco.state, report.ama.state};
    for (const device::HiddenState state : states) {
        if (state == device::HiddenState::detected) return "FOUND";
    }
    for (const device::HiddenState state : states) {
        if (state == device::HiddenState::unknown) return "?";
    }
    return "none";
}

std::string disk_line(std::size_t number, const station::Disk& disk, const StationMessages& m) {
    const device::DeviceInfo& d = disk.info;
    std::string hidden = hidden_word(disk.hidden_areas);
    if (!disk.internal) hidden += " " + std::string(m.get(Text::not_internal));
    return table_row({std::to_string(number), d.kernel_name, cli::human_size(d.size_bytes), or_dash(d.transport),
                      or_dash(d.model), or_dash(d.serial), smart_word(disk.smart), hidden});
}

}  // namespace

std::vector<std::string> overview(const StationMessages& m, const cert::Computer& pc,
                                  const std::vector<station::Disk>& disks, const std::string& stick) {
    std::vector<std::string> lines{m.format(Text::title, build_info().version), std::string(screen_width - 1, '-'),
                                   m.format(Text::pc_line, or_dash(pc.vendor), or_dash(pc.product), or_dash(pc.serial),
                                            or_dash(pc.asset_tag)),
                                   m.format(Text::pc_uuid, or_dash(pc.uuid)), ""};
    if (disks.empty()) lines.emplace_back(m.get(Text::no_disks));
    if (!disks.empty()) lines.push_back(header_row(m.get(Text::disk_header)));
    for (std::size_t i = 0; i < disks.size(); ++i) {
        lines.push_back(disk_line(i + 1, disks[i], m));
        for (const Error& refusal : disks[i].refusals) {
            lines.push_back(cli::truncate_to_width(m.format(Text::refusal_line, m.error(refusal)), screen_width));
        }
    }
    if (!stick.empty()) lines.push_back(m.format(Text::stick_excluded, stick));
    return lines;
}

std::vector<std::string> results(const StationMessages& m, const station::PcWipe& done) {
    std::vector<std::string> lines;
    for (const station::DiskResult& disk : done.disks) {
        std::string outcome(m.cli().outcome(disk.report.outcome));
        for (const std::string& code : disk.report.exceptions) outcome += "; " + m.cli().exception(code);
        lines.push_back(m.format(Text::disk_done, disk.report.device.kernel_name, outcome));
        if (disk.resumed()) lines.emplace_back(m.get(Text::resuming));
        if (const auto& certified = disk.certificate) {
            lines.push_back(m.format(Text::certificate_line, certified->issued.certificate.certificate_id));
            if (certified->issued.outbox_entry) lines.push_back(m.format(Text::outbox_line, certified->issued.outbox_entry->origin));
        }
        if (disk.certify_error) lines.push_back(m.format(Text::certify_failed, m.error(*disk.certify_error)));
    }
    if (done.summary) lines.push_back(m.format(Text::summary_written, done.summary->pdf.empty() ? done.summary->json : done.summary->pdf));
    if (done.summary_error) lines.push_back(m.format(Text::summary_failed, m.error(*done.summary_error)));
    lines.push_back(m.format(Text::evidence_in, done.evidence_dir));
    lines.emplace_back(m.get(done.all_erased() ? Text::all_erased : Text::not_all_erased));
    return lines;
}

void print_lines(std::ostream& out, const std::vector<std::string>& lines) {
    for (const std::string& line : lines) out << line << "\n";
    out << std::flush;
}

ProgressLines::ProgressLines(std::ostream& out, const StationMessages& m, std::vector<std::string> labels, bool redraw)
    : out_(out), m_(m), labels_(std::move(labels)), lines_(labels_.size()), last_percent_(labels_.size(), -1),
      redraw_(redraw) {}

void ProgressLines::update(std::size_t disk, const wipe::Progress& p) {
    const double percent = p.phase_bytes_total ? 100.0 * static_cast<double>(p.phase_bytes_done) / static_cast<double>(p.phase_bytes_total) : 0;
    const std::lock_guard lock(mutex_);
    lines_[disk] = m_.format(Text::progress_line, labels_[disk], p.pass_index + 1, p.pass_count, m_.cli().phase(p.phase),
                             percent, cli::human_rate(p.bytes_per_second));
    if (!redraw_) {
        // Plain lines: one per disk and tenth of a phase, so that a log stays readable.
        const int tenth = static_cast<int>(percent / 10) + static_cast<int>(p.phase) * 11 + static_cast<int>(p.pass_index) * 33;
        if (tenth == last_percent_[disk]) return;
        last_percent_[disk] = tenth;
        out_ << lines_[disk] << "\n" << std::flush;
        return;
    }
    if (drawn_) out_ << "\x1b[" << lines_.size() << "A";
    for (const std::string& line : lines_) out_ << "\r\x1b[2K" << line << "\n";
    out_ << std::flush;
    drawn_ = true;
}

void ProgressLines::finish() { out_ << std::flush; }

}  // namespace sanitize::station_ui
