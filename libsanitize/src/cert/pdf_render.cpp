// render_pdf: the certificate as an A4 page for people. The outcome comes first and large, in
// both languages and in colour, because it is what the reader came for; then the medium, the
// method and its verification, times, people, the ledger record, and the identity of the signed
// file (id, SHA-256 and a QR code of both) that ties the paper to cert.json. The file is PDF/A-3b
// and, given the signed JSON and its signature, carries both as embedded files.
#include <algorithm>
#include <fstream>

#include "cert/names.hpp"
#include "cert/pdf_canvas.hpp"
#include "cert/pdf_layout.hpp"
#include "cert/pdf_qr.hpp"
#include "cert/pdf_sections.hpp"
#include "cert/text_rules.hpp"

namespace sanitize::cert {
namespace {

using namespace detail;

Rgb outcome_colour(wipe::Outcome outcome) {
    switch (outcome) {
        case wipe::Outcome::erased:
            return {0.11f, 0.47f, 0.24f};
        case wipe::Outcome::erased_with_exceptions:
            return {0.78f, 0.45f, 0.02f};
        case wipe::Outcome::failed:
            return {0.70f, 0.13f, 0.11f};
        case wipe::Outcome::aborted:
            return {0.45f, 0.16f, 0.16f};
    }
    return {0.70f, 0.13f, 0.11f};
}

void draw_title(PdfCanvas& canvas, FormWriter& form, const Labels& l) {
    constexpr float x = FormStyle::margin;
    const float top = form.y();
    canvas.text(x, top - 18, l.ja("title"), 18);
    canvas.text(x + canvas.width(l.ja("title"), 18) + 10, top - 18, l.en("title"), 12);
    canvas.text(x, top - 30, l.both("subtitle"), FormStyle::label_size, label_gray);
    form.skip(40);
}

// A coloured band: the outcome in large type, then what it means, in both languages.
void draw_outcome(PdfCanvas& canvas, FormWriter& form, const Labels& l, wipe::Outcome outcome) {
    const std::string key(outcome_name(outcome));
    constexpr float pad = 10;
    constexpr float inner = FormStyle::content_width - 2 * pad;
    const auto ja_note = canvas.wrap(l.ja("outcome_note." + key), 8.5f, inner);
    const auto en_note = canvas.wrap(l.en("outcome_note." + key), 8, inner);
    const float height =
        pad + 24 + 6 + static_cast<float>(ja_note.size()) * 11 + static_cast<float>(en_note.size()) * 10 + pad;
    const float top = form.y();
    const Rect band{FormStyle::margin, top - height, FormStyle::content_width, height};
    canvas.fill_rects(std::span(&band, 1), outcome_colour(outcome));
    const float x = FormStyle::margin + pad;
    float y = top - pad - 22;
    canvas.text(x, y, l.ja("outcome." + key), 24, white);
    canvas.text(x + canvas.width(l.ja("outcome." + key), 24) + 14, y, l.en("outcome." + key), 17, white);
    y -= 8;
    for (const std::string& line : ja_note) canvas.text(x, y -= 11, line, 8.5f, white);
    for (const std::string& line : en_note) canvas.text(x, y -= 10, line, 8, white);
    form.skip(height + 6);
}

void draw_exceptions(FormWriter& form, const Labels& l, const std::vector<std::string>& codes) {
    for (const std::string& code : codes) {
        const std::string key = "exception." + code;
        form.paragraph("• " + l.ja(key) + " — " + l.en(key) + " (" + code + ")", 8.5f, black);
    }
    if (!codes.empty()) form.skip(2);
}

// The ledger record and the file's identity, with the QR code of the id and hash at the right,
// then how to verify the file.
Result<void> draw_record(PdfCanvas& canvas, FormWriter& form, const Labels& l, const PageInput& in) {
    constexpr float qr_size = 84;
    constexpr float fields_width = FormStyle::content_width - qr_size - FormStyle::gutter;
    form.section(l.both("section.record"));
    const std::vector<Field> fields = record_fields(in);
    form.ensure(std::max(qr_size + 10, form.fields_height(fields, fields_width)));
    const float top = form.y();
    const std::string payload = "sanitize-certificate id=" + in.certificate.certificate_id + " sha256=" + in.sha256_hex;
    const float qr_x = PdfCanvas::page_width - FormStyle::margin - qr_size;
    if (auto drawn = draw_qr(canvas, payload, qr_x, top - qr_size, qr_size); !drawn) return drawn;
    float caption_y = top - qr_size - 7;
    for (const std::string& text : {l.ja("common.qr"), l.en("common.qr")}) {
        for (const std::string& line : canvas.wrap(text, 5.5f, qr_size)) {
            canvas.text(qr_x, caption_y, line, 5.5f, label_gray);
            caption_y -= 7;
        }
    }
    form.fields(fields, fields_width);
    if (form.y() > caption_y) form.skip(form.y() - caption_y);
    form.skip(2);
    form.paragraph(l.ja("common.verify_hint"), 7.5f, black);
    form.paragraph(l.en("common.verify_hint"), 7.5f, black);
    return {};
}

// The signed files embedded in the PDF, under the names a wipe gives them, so that stock
// minisign verifies the extracted pair as it is (`minisign -Vm certificate-<id>.json`). Both are
// what the page was rendered from: the JSON, and the signature whose trusted comment gives the
// ledger position the page shows.
Result<void> attach_signed_files(PdfCanvas& canvas, const Certificate& certificate, const PdfOptions& options) {
    if (options.signed_json.empty() != options.signature.empty() ||
        (options.signed_json.empty() && !options.countersignature.empty())) {
        return make_error(Errc::invalid_argument, "pdf embeds the certificate with its signature");
    }
    if (options.signed_json.empty()) return {};
    auto embedded = parse_certificate(options.signed_json);
    if (!embedded || embedded->certificate_id != certificate.certificate_id) {
        return make_error(Errc::invalid_argument, "pdf embedded certificate is another one");
    }
    const std::string stem = "certificate-" + certificate.certificate_id + ".json";
    canvas.attach({stem, options.signed_json, "application/json",
                   "The deletion certificate, signed: the record. 消去証明書（署名対象の記録）", "Source",
                   certificate.issued_at});
    canvas.attach({stem + std::string(signature_suffix), options.signature, "text/plain",
                   "The operator's minisign signature of the certificate. 作業者の minisign 署名", "Source",
                   certificate.issued_at});
    if (!options.countersignature.empty()) {
        const std::chrono::sys_seconds validated =
            options.validation ? options.validation->validated_at : certificate.issued_at;
        canvas.attach({stem + std::string(countersignature_suffix), options.countersignature, "text/plain",
                       "The validator's minisign countersignature. 確認者の minisign 副署", "Source", validated});
    }
    return {};
}

Result<std::string> sha256_for(const Certificate& certificate, const PdfOptions& options) {
    if (!options.signed_json.empty()) {
        const std::string embedded = sha256_hex(std::as_bytes(std::span(options.signed_json.data(), options.signed_json.size())));
        if (!options.sha256_hex.empty() && options.sha256_hex != embedded) {
            return make_error(Errc::invalid_argument, "pdf sha256 of the embedded certificate");
        }
        return embedded;
    }
    if (!options.sha256_hex.empty()) {
        if (!is_lower_hex(options.sha256_hex, 64)) return make_error(Errc::invalid_argument, "pdf sha256");
        return options.sha256_hex;
    }
    auto json = serialize_certificate(certificate);
    if (!json) return json.error();
    return sha256_hex(std::as_bytes(std::span<const char>(json->data(), json->size())));
}

}  // namespace

Result<std::string> render_pdf(const Certificate& certificate, const PdfOptions& options) {
    auto sha = sha256_for(certificate, options);
    if (!sha) return sha.error();
    auto font = options.font_path.empty() ? find_japanese_font() : Result<std::string>(options.font_path);
    if (!font) return font.error();
    auto canvas = PdfCanvas::open(*font);
    if (!canvas) return canvas.error();
    PdfCanvas& pdf = **canvas;
    const Labels& l = Labels::builtin();
    const PageInput in{certificate, options, *sha, l};
    pdf.set_title("Certificate of Data Erasure " + certificate.certificate_id);
    // Dated when the certificate was issued: rendering it again gives the same file.
    pdf.set_created(certificate.issued_at);
    if (auto attached = attach_signed_files(pdf, certificate, options); !attached) return attached.error();
    FormWriter form(pdf, l.both("field.certificate_id", " ") + " " + certificate.certificate_id);
    draw_title(pdf, form, l);
    draw_outcome(pdf, form, l, certificate.outcome);
    draw_exceptions(form, l, certificate.exceptions);
    form.section(l.both("section.medium"));
    form.fields(medium_fields(in));
    form.section(l.both("section.method"));
    form.fields(method_fields(in));
    if (certificate.firmware) {
        form.section(l.both("section.firmware"));
        form.fields(firmware_fields(in));
    }
    if (certificate.health) {
        form.section(l.both("section.health"));
        form.fields(health_fields(in));
    }
    form.section(l.both("section.times"));
    form.fields(times_fields(in));
    form.section(l.both("section.people"));
    form.fields(people_fields(in));
    if (auto drawn = draw_record(pdf, form, l, in); !drawn) return drawn.error();
    return pdf.save();
}

Result<void> write_pdf(const Certificate& certificate, const std::string& path, const PdfOptions& options) {
    auto bytes = render_pdf(certificate, options);
    if (!bytes) return bytes.error();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    out.close();
    if (!out) return make_error(Errc::io_error, "write " + path);
    return {};
}

}  // namespace sanitize::cert
