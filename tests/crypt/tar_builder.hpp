// Tars in memory, written by libarchive in the pax format, for the tests of what `decrypt`
// extracts from a tar that anyone holding the recipient can write.
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <catch2/catch.hpp>

#include <string>

namespace sanitize::test {

class TarBuilder {
public:
    TarBuilder() : archive_(archive_write_new()) {
        archive_write_set_format_pax(archive_);  // pax: also GNU sparse 1.0 records for sparse entries
        REQUIRE(archive_write_open(archive_, &tar_, nullptr, append, nullptr) == ARCHIVE_OK);
    }
    ~TarBuilder() { archive_write_free(archive_); }
    TarBuilder(const TarBuilder&) = delete;
    TarBuilder& operator=(const TarBuilder&) = delete;

    // Writes the entry, whose fields the caller set, and its data.
    void add(archive_entry* entry, const std::string& data) {
        REQUIRE(archive_write_header(archive_, entry) == ARCHIVE_OK);
        if (!data.empty()) archive_write_data(archive_, data.data(), data.size());
    }
    std::string finish() {
        archive_write_close(archive_);
        return tar_;
    }

private:
    static la_ssize_t append(archive*, void* context, const void* buffer, std::size_t length) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(buffer), length);
        return static_cast<la_ssize_t>(length);
    }

    std::string tar_;
    archive* archive_;
};

}  // namespace sanitize::test
