// Sending one ATA taskfile through a CommandChannel and classifying the answer: done, aborted by
// the drive, or never reached an ATA drive (a bridge or HBA that does not pass ATA through).
#pragma once

#include <optional>
#include <span>

#include "drive/ata_commands.hpp"
#include "sanitize/drive.hpp"

namespace sanitize::device::ata {

enum class Answer { done, aborted, not_passed_through };

struct Reply {
    Answer answer = Answer::not_passed_through;
    std::optional<Registers> registers;  // when the drive's registers came back
};

struct Exchange {
    Taskfile taskfile;
    Protocol protocol = Protocol::non_data;
    std::span<std::uint8_t> data_in{};
    std::span<const std::uint8_t> data_out{};
    unsigned timeout_ms = 30000;
};

// Errors are the transport's (the ioctl failed); a drive's refusal is Answer::aborted.
[[nodiscard]] Result<Reply> run(CommandChannel& channel, const Exchange& exchange);

}  // namespace sanitize::device::ata
