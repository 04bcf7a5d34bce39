#include "cert/pdf_archive.hpp"

#include <hpdf_version.h>
#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

#include "cert/pdf_revision.hpp"
#include "cert/pdf_srgb.hpp"
#include "sanitize/cert.hpp"

namespace sanitize::cert::detail {
namespace {

constexpr std::string_view producer = "sanitize (libharu " HPDF_VERSION_TEXT ")";
constexpr std::string_view creator = "sanitize";

std::string hex(std::span<const unsigned char> bytes) {
    static constexpr char digits[] = "0123456789ABCDEF";
    std::string text;
    for (const unsigned char b : bytes) {
        text += digits[b >> 4];
        text += digits[b & 0xF];
    }
    return text;
}

// UTF-8 to code points; a malformed byte becomes U+FFFD.
std::vector<char32_t> code_points(std::string_view utf8) {
    std::vector<char32_t> points;
    for (std::size_t at = 0; at < utf8.size();) {
        const auto lead = static_cast<unsigned char>(utf8[at]);
        const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : (lead >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || at + length > utf8.size()) {
            points.push_back(0xFFFD);
            ++at;
            continue;
        }
        char32_t point = length == 1 ? char32_t{lead} : static_cast<char32_t>(lead & (0x7FU >> length));
        bool valid = true;
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[at + k]);
            valid = valid && (next & 0xC0) == 0x80;
            point = (point << 6) | static_cast<char32_t>(next & 0x3FU);
        }
        points.push_back(valid && point <= 0x10FFFF ? point : 0xFFFD);
        at += valid ? length : 1;
    }
    return points;
}

// A PDF text string: printable ASCII as a literal string, anything else as UTF-16BE with its
// byte order mark.
std::string text_string(std::string_view utf8) {
    const bool printable = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7F; });
    if (printable) {
        std::string literal = "(";
        for (const char c : utf8) {
            if (c == '(' || c == ')' || c == '\\') literal += '\\';
            literal += c;
        }
        return literal + ")";
    }
    std::vector<unsigned char> utf16{0xFE, 0xFF};
    const auto unit = [&](unsigned value) {
        utf16.push_back(static_cast<unsigned char>(value >> 8));
        utf16.push_back(static_cast<unsigned char>(value & 0xFF));
    };
    for (char32_t point : code_points(utf8)) {
        if (point >= 0x10000) {
            point -= 0x10000;
            unit(0xD800 + static_cast<unsigned>(point >> 10));
            unit(0xDC00 + static_cast<unsigned>(point & 0x3FF));
        } else {
            unit(static_cast<unsigned>(point));
        }
    }
    return "<" + hex(utf16) + ">";
}

// A PDF name: "application/json" -> "/application#2Fjson".
std::string name_object(std::string_view text) {
    std::string name = "/";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte > 0x20 && byte < 0x7F && std::string_view("#/()<>[]{}%").find(c) == std::string_view::npos) {
            name += c;
        } else {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "#%02X", byte);
            name += escaped;
        }
    }
    return name;
}

std::string xml_escaped(std::string_view text) {
    std::string escaped;
    for (const char c : text) {
        switch (c) {
            case '&': escaped += "&amp;"; break;
            case '<': escaped += "&lt;"; break;
            case '>': escaped += "&gt;"; break;
            case '"': escaped += "&quot;"; break;
            default: escaped += c;
        }
    }
    return escaped;
}

struct DateParts {
    int year;
    unsigned month, day;
    long hours, minutes, seconds;
};

DateParts parts_of(std::chrono::sys_seconds time) {
    using namespace std::chrono;
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss clock{time - day};
    return {static_cast<int>(date.year()), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
            static_cast<long>(clock.hours().count()), static_cast<long>(clock.minutes().count()),
            static_cast<long>(clock.seconds().count())};
}

// The same instant in the two notations PDF/A requires to agree: the Info dictionary's and XMP's.
std::string pdf_date(std::chrono::sys_seconds time) {
    const DateParts p = parts_of(time);
    char text[40];
    std::snprintf(text, sizeof text, "(D:%04d%02u%02u%02ld%02ld%02ld+00'00')", p.year, p.month, p.day, p.hours, p.minutes,
                  p.seconds);
    return text;
}

std::string xmp_date(std::chrono::sys_seconds time) {
    const DateParts p = parts_of(time);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ld+00:00", p.year, p.month, p.day, p.hours, p.minutes,
                  p.seconds);
    return text;
}

std::string stream_object(const std::string& dictionary_entries, std::string_view data) {
    return "<< " + dictionary_entries + " /Length " + std::to_string(data.size()) + " >>\nstream\n" + std::string(data) +
           "\nendstream";
}

// The XMP packet: PDF/A identification, and the Info dictionary's entries again.
std::string xmp_packet(const ArchiveMetadata& metadata) {
    const std::string date = xmp_date(metadata.created);
    return "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
           "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
           "<pdfaid:part>3</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
           "<dc:format>application/pdf</dc:format>\n"
           "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
           xml_escaped(metadata.title) +
           "</rdf:li></rdf:Alt></dc:title>\n</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
           "<xmp:CreatorTool>" + std::string(creator) + "</xmp:CreatorTool>\n"
           "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
           "</rdf:Description>\n"
           "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
           "<pdf:Producer>" + xml_escaped(producer) + "</pdf:Producer>\n</rdf:Description>\n"
           "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
}

std::string md5_hex(std::string_view bytes) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_md5(), nullptr) != 1) return {};
    return hex(std::span(digest.data(), length));
}

Result<void> check_attachments(const std::vector<PdfAttachment>& attachments) {
    static const std::set<std::string, std::less<>> relationships{"Source", "Data", "Alternative", "Supplement",
                                                                  "Unspecified"};
    std::set<std::string, std::less<>> names;
    for (const PdfAttachment& a : attachments) {
        if (a.name.empty() || a.name.find('/') != std::string::npos || a.name == "." || a.name == ".." ||
            !names.insert(a.name).second) {
            return make_error(Errc::invalid_argument, "pdf attachment name " + a.name);
        }
        if (!relationships.contains(a.relationship)) return make_error(Errc::invalid_argument, "pdf attachment relationship");
        const std::size_t slash = a.mime_type.find('/');
        const bool mime_ok = slash != std::string::npos && slash > 0 && slash + 1 < a.mime_type.size() &&
                             a.mime_type.find('/', slash + 1) == std::string::npos &&
                             std::all_of(a.mime_type.begin(), a.mime_type.end(),
                                         [](char c) { return c > 0x20 && c < 0x7F && c != '#'; });
        if (!mime_ok) return make_error(Errc::invalid_argument, "pdf attachment type " + a.mime_type);
    }
    return {};
}

// The file specification of one attachment (with its embedded stream); its object number.
std::size_t add_attachment(PdfRevision& pdf, const PdfAttachment& a) {
    std::string params = "/Size " + std::to_string(a.bytes.size()) + " /ModDate " + pdf_date(a.modified);
    if (const std::string md5 = md5_hex(a.bytes); !md5.empty()) params += " /CheckSum <" + md5 + ">";
    const std::size_t stream = pdf.add(stream_object(
        "/Type /EmbeddedFile /Subtype " + name_object(a.mime_type) + " /Params << " + params + " >>", a.bytes));
    const std::string name = text_string(a.name);
    const std::string reference = std::to_string(stream) + " 0 R";
    return pdf.add("<< /Type /Filespec /F " + name + " /UF " + name + " /Desc " + text_string(a.description) +
                   " /AFRelationship /" + a.relationship + " /EF << /F " + reference + " /UF " + reference + " >> >>");
}

}  // namespace

Result<std::string> as_pdf_a3(std::string bytes, const ArchiveMetadata& metadata) {
    if (Result<void> checked = check_attachments(metadata.attachments); !checked) return checked.error();
    Result<PdfRevision> opened = PdfRevision::open(std::move(bytes));
    if (!opened) return opened.error();
    PdfRevision& pdf = *opened;
    const std::optional<std::size_t> root = pdf.trailer_reference("/Root");
    const std::optional<std::string_view> catalog = root ? pdf.object(*root) : std::nullopt;
    if (!catalog || !catalog->starts_with("<<") || !catalog->ends_with(">>")) return make_error(Errc::internal, "pdf catalog");
    for (const std::string_view taken : {"/Metadata", "/OutputIntents", "/Names", "/AF", "/Version"}) {
        if (catalog->find(taken) != std::string_view::npos) return make_error(Errc::internal, "pdf catalog has " + std::string(taken));
    }
    std::string revised(catalog->substr(0, catalog->size() - 2));

    const std::size_t xmp = pdf.add(stream_object("/Type /Metadata /Subtype /XML", xmp_packet(metadata)));
    const std::size_t profile = pdf.add(stream_object("/N 3", srgb_icc_profile()));
    const std::size_t intent = pdf.add("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                                       "/Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) /DestOutputProfile " +
                                       std::to_string(profile) + " 0 R >>");
    // PDF 1.7 features (embedded file relationships, /UF) in a file libharu heads "%PDF-1.3".
    revised += "/Version /1.7\n/Metadata " + std::to_string(xmp) + " 0 R\n/OutputIntents [" + std::to_string(intent) + " 0 R]\n";
    if (!metadata.attachments.empty()) {
        std::vector<const PdfAttachment*> sorted;  // a name tree's keys are in byte order
        for (const PdfAttachment& a : metadata.attachments) sorted.push_back(&a);
        std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->name < b->name; });
        std::string names;
        std::string files;
        for (const PdfAttachment* a : sorted) {
            const std::string reference = std::to_string(add_attachment(pdf, *a)) + " 0 R";
            names += " " + text_string(a->name) + " " + reference;
            files += " " + reference;
        }
        revised += "/Names << /EmbeddedFiles << /Names [" + names + " ] >> >>\n/AF [" + files + " ]\n";
    }
    pdf.revise(*root, revised + ">>");
    const std::string date = pdf_date(metadata.created);
    const std::size_t info = pdf.add("<< /Title " + text_string(metadata.title) + " /Creator " + text_string(creator) +
                                     " /Producer " + text_string(producer) + " /CreationDate " + date + " /ModDate " +
                                     date + " >>");
    pdf.set_trailer("/Info", std::to_string(info) + " 0 R");
    // The same bytes give the same ID: it names this document, not the moment it was made.
    const std::string digest = sha256_hex(std::as_bytes(std::span(pdf.bytes().data(), pdf.bytes().size())));
    const std::string id = "<" + digest.substr(0, 32) + ">";
    pdf.set_trailer("/ID", "[" + id + id + "]");
    return std::move(pdf).finish();
}

}  // namespace sanitize::cert::detail
