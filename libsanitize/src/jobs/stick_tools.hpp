// The stick's file system, written without mounting it: mkfs.vfat makes it, mcopy (mtools)
// streams files in and out through pipes. And the note that tells the receiver how to open
// the archive.
#pragma once

#include <cstdint>
#include <functional>
#include <stop_token>
#include <string>

#include "sanitize/age.hpp"
#include "sanitize/jobs/prepare.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs::detail {

struct StickTools {
    std::string mkfs;
    std::string mcopy;
};

// Errc::not_found with context "program NAME (package PKG)" for the first one missing.
[[nodiscard]] Result<StickTools> find_stick_tools();

// A fresh, empty FAT32 file system over the whole device (no partition table, as mkfs -I).
[[nodiscard]] Result<void> make_file_system(const StickTools& tools, const std::string& device,
                                            const std::string& label, std::stop_token stop);

// Runs `produce` with a sink whose bytes become the file ::name on the stick.
[[nodiscard]] Result<void> copy_to_stick(const StickTools& tools, const std::string& device, const std::string& name,
                                         const std::function<Result<void>(const crypt::Sink&)>& produce,
                                         std::stop_token stop);

// The file ::name on the stick, handed to `consume` piece by piece as mcopy reads it.
[[nodiscard]] Result<void> copy_from_stick(const StickTools& tools, const std::string& device, const std::string& name,
                                           const crypt::Sink& consume, std::stop_token stop);

struct ReceiverNote {
    std::string folder_name;
    std::string archive_name;
    std::uint64_t archive_bytes = 0;
    std::string archive_sha256;
    bool passphrase = false;
};

// UTF-8 with a byte order mark and CRLF line ends, so that Windows' Notepad shows it right;
// Japanese first, then English. Names the archive and the commands; holds no secret.
std::string receiver_note_text(const ReceiverNote& note);

}  // namespace sanitize::jobs::detail
