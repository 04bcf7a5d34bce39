// The one-page summary of a PC for the paper file: the PC as its firmware names it, then one row
// per disk with its outcome and the id of the certificate that proves it. The certificates stay
// the evidence; this page says which ones belong to the PC. Words from the certificate labels'
// data files (certs/templates/labels.*.json, "summary.*").
#include "cert/names.hpp"
#include "cert/pdf_canvas.hpp"
#include "cert/pdf_format.hpp"
#include "cert/pdf_labels.hpp"
#include "cert/pdf_layout.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

using namespace cert::detail;

constexpr int japan_offset_minutes = 9 * 60;  // the offices this serves; UTC is printed beside it

struct Column {
    const char* key;
    float width;
};
// Widths in points across the content width (515 pt).
// The certificate id is 36 characters of the monospaced face: some 152 pt at 7 pt, on one line.
constexpr Column columns[] = {{"summary.col.disk", 150}, {"summary.col.size", 55}, {"summary.col.outcome", 95},
                              {"summary.col.bad", 40},   {"summary.col.certificate", 175}};
constexpr float mono_cell_size = 7;

std::string outcome_text(const Labels& l, const DiskResult& disk) {
    const std::string key = "outcome." + std::string(outcome_name(disk.report.outcome));
    return l.ja(key) + "\n" + l.en(key);
}

std::vector<std::string> row_cells(const Labels& l, const DiskResult& disk) {
    const device::DeviceInfo& info = disk.report.device;
    std::uint64_t bytes = 0;
    for (const wipe::ByteRange& range : disk.report.bad_ranges) bytes += range.length;
    const std::string bad = grouped(bytes / info.logical_sector_bytes);
    const std::string certificate = disk.certificate ? disk.certificate->issued.certificate.certificate_id
                                                     : l.both("summary.no_certificate", "\n");
    return {info.model + " (" + info.transport + ", " + info.kernel_name + ")\n" + info.serial,
            size_text(info.size_bytes).substr(0, size_text(info.size_bytes).find(" (")), outcome_text(l, disk), bad,
            certificate};
}

// One row of the disk table; the header row in small grey labels, a disk's certificate id in the monospaced face.
void draw_row(PdfCanvas& canvas, FormWriter& form, const std::vector<std::string>& cells, bool header) {
    const float size = header ? FormStyle::label_size : 8;
    const Rgb colour = header ? label_gray : black;
    float x = FormStyle::margin;
    float lowest = form.y();
    for (std::size_t c = 0; c < cells.size(); ++c) {
        float y = form.y() - size;
        const bool id = !header && c + 1 == cells.size();
        const Face face = id ? Face::mono : Face::text;
        const float cell_size = id ? mono_cell_size : size;
        for (const std::string& line : canvas.wrap(cells[c], cell_size, columns[c].width - 6, face)) {
            canvas.text(x, y, line, cell_size, colour, face);
            y -= size + 2.5f;
        }
        lowest = std::min(lowest, y);
        x += columns[c].width;
    }
    form.skip(form.y() - lowest + 2);
    canvas.line(FormStyle::margin, form.y(), FormStyle::margin + FormStyle::content_width, form.y(), 0.4f, rule_gray);
    form.skip(5);
}

std::vector<Field> computer_fields(const Labels& l, const Summary& s) {
    const cert::Computer& pc = s.computer;
    const auto field = [&](const char* key, std::string value) { return Field{l.both(key), std::move(value)}; };
    return {field("summary.pc", pc.vendor + " " + pc.product),
            Field{l.both("summary.pc_serial"), pc.serial.empty() ? "—" : pc.serial, Face::mono},
            Field{l.both("summary.pc_uuid"), pc.uuid.empty() ? "—" : pc.uuid, Face::mono},
            field("summary.pc_asset_tag", pc.asset_tag.empty() ? "—" : pc.asset_tag),
            field("summary.organisation", s.organisation),
            field("summary.operator", s.operator_name),
            field("summary.finished", local_time_text(s.finished, japan_offset_minutes))};
}

}  // namespace

Result<std::string> summary_pdf(const Summary& summary) {
    Result<std::string> font = cert::find_japanese_font();
    if (!font) return font.error();
    Result<std::unique_ptr<PdfCanvas>> opened = PdfCanvas::open(*font);
    if (!opened) return opened.error();
    PdfCanvas& canvas = **opened;
    const Labels& l = Labels::builtin();
    canvas.set_title("PC wipe summary");
    FormWriter form(canvas, l.both("summary.footer"));
    canvas.text(FormStyle::margin, form.y() - 18, l.ja("summary.title"), 18);
    canvas.text(FormStyle::margin + canvas.width(l.ja("summary.title"), 18) + 10, form.y() - 18, l.en("summary.title"), 12);
    form.skip(32);
    form.section(l.both("summary.section.computer"));
    form.fields(computer_fields(l, summary));
    form.section(l.both("summary.section.disks"));
    std::vector<std::string> header;
    for (const Column& column : columns) header.push_back(l.both(column.key, "\n"));
    draw_row(canvas, form, header, true);
    for (const DiskResult& disk : summary.disks) draw_row(canvas, form, row_cells(l, disk), false);
    form.skip(6);
    form.paragraph(l.ja("summary.note"), 7.5f, black);
    form.paragraph(l.en("summary.note"), 7.5f, black);
    return canvas.save();
}

}  // namespace sanitize::station
