// PDF/A-3b for PDFs meant for long keeping (certificates, reports): what libharu 2.3 cannot
// write itself is added as an incremental update of the finished file (pdf_revision.hpp):
//   - the XMP metadata stream with pdfaid:part 3 and conformance B, and an Info dictionary
//     that says the same (title, creator, producer, dates);
//   - an OutputIntent (GTS_PDFA1) with the sRGB ICC profile compiled into the library, for the
//     DeviceRGB colours the pages use;
//   - the document ID in the trailer, derived from the file's bytes (the same document gives
//     the same ID);
//   - embedded files, each named in the EmbeddedFiles name tree and in the catalog's /AF array,
//     with AFRelationship, a MIME /Subtype and /Params (/Size, /ModDate).
// The fonts are the canvas's business: it embeds every font it uses (pdf_canvas.hpp).
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "sanitize/result.hpp"

namespace sanitize::cert::detail {

struct PdfAttachment {
    std::string name;            // the file's name when extracted, UTF-8, no '/'
    std::string bytes;           // byte for byte
    std::string mime_type;       // "application/json"
    std::string description;     // for the reader of the PDF, UTF-8
    std::string relationship = "Source";  // AFRelationship: Source, Data, Alternative, Supplement, Unspecified
    std::chrono::sys_seconds modified{};
};

struct ArchiveMetadata {
    std::string title;  // UTF-8
    std::chrono::sys_seconds created{};  // CreationDate and ModDate, in UTC
    std::vector<PdfAttachment> attachments;
};

// `pdf` (as libharu saved it, possibly with updates of its own) as a PDF/A-3b file.
// Errc::invalid_argument for an attachment with an empty, duplicate or path-like name, an
// unknown relationship or a MIME type that is not type/subtype; Errc::internal when the file
// cannot be read as libharu writes it (or already has metadata, intents or embedded files).
Result<std::string> as_pdf_a3(std::string pdf, const ArchiveMetadata& metadata);

}  // namespace sanitize::cert::detail
