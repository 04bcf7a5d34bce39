// Test seams of decrypt_to_folder at the moments another process could change the file system
// under it: tests play that process (a link in place of the staging directory, a target that
// appears before the rename).
#pragma once

#include <filesystem>
#include <functional>
#include <stop_token>

#include "sanitize/age.hpp"

namespace sanitize::crypt::detail {

struct DecryptHooks {
    std::function<void(const std::filesystem::path& staging)> staging_created;  // right after mkdtemp
    std::function<void()> before_rename;  // everything extracted and authenticated
};

Result<FolderStats> decrypt_to_folder_with(const DecryptFolderOptions& options, const DecryptHooks& hooks,
                                           std::stop_token stop);

}  // namespace sanitize::crypt::detail
