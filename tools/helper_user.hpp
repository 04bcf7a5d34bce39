// The person sanitize-helper works for, and their rights where the helper reads on their behalf.
//
// pkexec starts the helper as root and names the person in PKEXEC_UID. Root's rights are for
// the device only: a folder to carry out is read with the person's file-system identity
// (fsuid, fsgid, supplementary groups), taken on the reading thread alone, so that the helper
// never reads what the person could not read themselves.
#pragma once

#include <sys/types.h>

#include <functional>
#include <string>
#include <vector>

#include "sanitize/jobs/prepare.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cli {

struct InvokingUser {
    uid_t uid = 0;
    gid_t gid = 0;
    std::vector<gid_t> groups;  // supplementary groups, as at login (getgrouplist)
    std::string name;
};

// `pkexec_uid` is PKEXEC_UID as found (null: not started by pkexec, then `real_uid`, the
// process's own). Reason::helper_invoking_user when it is not a number or names no account.
[[nodiscard]] Result<InvokingUser> invoking_user(const char* pkexec_uid, uid_t real_uid);

// Reads with `user`'s rights on the calling thread, then gives root's back. An unreadable
// folder or file below it becomes Reason::folder_not_readable.
class UserFolderReader final : public jobs::FolderReader {
public:
    explicit UserFolderReader(InvokingUser user) : user_(std::move(user)) {}
    [[nodiscard]] Result<void> read(const std::function<Result<void>()>& reading) const override;

private:
    InvokingUser user_;
};

}  // namespace sanitize::cli
