// An incremental update of a finished PDF, as PDF allows: new objects and new revisions of old
// ones are appended after the last byte, with a cross-reference section and a trailer that
// points back to the previous one. The bytes before stay exactly as they were.
//
// It reads files with classic cross-reference tables (libharu's, and updates made by this
// class), following /Prev; cross-reference streams are not read (libharu writes none).
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "sanitize/result.hpp"

namespace sanitize::cert::detail {

class PdfRevision {
public:
    // Errc::internal when the trailer or the cross-reference table cannot be read.
    static Result<PdfRevision> open(std::string pdf);

    // The text between "N 0 obj" and "endobj" of the newest revision of an object already in
    // the file, trimmed; nullopt when there is no such object.
    std::optional<std::string_view> object(std::size_t number) const;
    // One more than the highest object number in the file so far (the trailer's /Size).
    std::size_t size() const noexcept { return next_number_; }
    // The object number a trailer entry refers to ("/Root 1 0 R" -> 1), if it is there.
    std::optional<std::size_t> trailer_reference(std::string_view key) const;

    // A new object; its number. `body` is the text that goes between "N 0 obj" and "endobj".
    std::size_t add(std::string body);
    // A new revision of an object already in the file.
    void revise(std::size_t number, std::string body);
    // A trailer entry of the update, "/Info" -> "12 0 R"; replaces the previous trailer's.
    void set_trailer(const std::string& key, std::string value);

    // The file as it is so far: the original bytes and the objects of the update, without its
    // cross-reference section (to derive a document ID from it).
    const std::string& bytes() const noexcept { return pdf_; }
    // The whole file with the update. Without any change, the file as it was.
    std::string finish() &&;

private:
    PdfRevision() = default;

    std::string pdf_;
    std::size_t original_size_ = 0;
    std::size_t last_xref_ = 0;
    std::size_t next_number_ = 0;  // the previous trailer's /Size
    std::map<std::size_t, std::size_t> offsets_;            // object number -> where it starts
    std::map<std::string, std::string> trailer_;            // the previous trailer, without /Size and /Prev
    std::map<std::size_t, std::size_t> written_;            // objects of the update -> where they start
};

}  // namespace sanitize::cert::detail
