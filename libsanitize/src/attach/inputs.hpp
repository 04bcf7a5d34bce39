// The caller's files and folders as archive entries: names the recipient will see, folders
// walked in name order so that the same inputs give the same archive layout.
#pragma once

#include <cstdint>
#include <ctime>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/result.hpp"

namespace sanitize::attach::detail {

struct InputEntry {
    std::filesystem::path source;
    std::string name;  // UTF-8, '/'-separated; folders end in '/'
    bool is_directory = false;
    std::uint64_t size = 0;
    std::time_t mtime = 0;
    std::uint32_t mode = 0;  // st_mode
};

// Symbolic links and special files are Errc::unsupported_target: following a link could put a
// file into the attachment that the operator never chose. A name that is not valid UTF-8 or has
// control characters is Errc::invalid_argument (bit 11 promises UTF-8); so are two inputs
// with the same name.
Result<std::vector<InputEntry>> collect_inputs(const std::vector<std::filesystem::path>& inputs);

bool valid_utf8(std::string_view text, std::size_t* code_points = nullptr);

}  // namespace sanitize::attach::detail
