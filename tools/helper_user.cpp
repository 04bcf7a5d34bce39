#include "helper_user.hpp"

#include <grp.h>
#include <pwd.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace sanitize::cli {
namespace {

Error unknown_user(std::string given) {
    Error error = make_error(Errc::refused, Reason::helper_invoking_user, "PKEXEC_UID");
    error.detail = std::move(given);
    return error;
}

Result<uid_t> parse_uid(std::string_view text) {
    unsigned long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value >= static_cast<uid_t>(-1)) {
        return unknown_user(std::string(text));
    }
    return static_cast<uid_t>(value);
}

Result<std::vector<gid_t>> login_groups(const std::string& name, gid_t gid) {
    int count = 32;
    std::vector<gid_t> groups(static_cast<std::size_t>(count));
    while (::getgrouplist(name.c_str(), gid, groups.data(), &count) < 0) {
        if (count <= static_cast<int>(groups.size())) return make_error(Errc::internal, "getgrouplist " + name);
        groups.resize(static_cast<std::size_t>(count));
    }
    groups.resize(static_cast<std::size_t>(count));
    return groups;
}

// The file-system identity of one thread. The C library's setgroups, setuid and friends change
// every thread of the process (POSIX semantics); the raw system calls change the caller's only,
// which is what lets mcopy's feeder thread read as the person while the wipe stays root.
class ThreadIdentity {
public:
    // Becomes `user`; false (and nothing changed) when the kernel refuses.
    bool become(const InvokingUser& user) {
        const int saved_count = ::getgroups(0, nullptr);
        if (saved_count < 0) return false;
        saved_groups_.resize(static_cast<std::size_t>(saved_count));
        if (::getgroups(saved_count, saved_groups_.data()) != saved_count) return false;
        saved_uid_ = static_cast<uid_t>(::syscall(SYS_setfsuid, -1));
        saved_gid_ = static_cast<gid_t>(::syscall(SYS_setfsgid, -1));
        if (::syscall(SYS_setgroups, user.groups.size(), user.groups.data()) != 0) return false;
        changed_ = true;
        ::syscall(SYS_setfsgid, user.gid);
        ::syscall(SYS_setfsuid, user.uid);
        // setfsuid reports no error: asking again (with an impossible id) returns the current one.
        return static_cast<uid_t>(::syscall(SYS_setfsuid, -1)) == user.uid &&
               static_cast<gid_t>(::syscall(SYS_setfsgid, -1)) == user.gid;
    }

    // Root's identity back (fsuid 0 also restores the file capabilities the kernel dropped).
    // A thread that cannot get it back would go on with the wrong rights: that is a bug, not a
    // result, and the process stops.
    ~ThreadIdentity() {
        if (!changed_) return;
        ::syscall(SYS_setfsuid, saved_uid_);
        ::syscall(SYS_setfsgid, saved_gid_);
        if (::syscall(SYS_setgroups, saved_groups_.size(), saved_groups_.data()) != 0 ||
            static_cast<uid_t>(::syscall(SYS_setfsuid, -1)) != saved_uid_) {
            std::abort();
        }
    }

private:
    bool changed_ = false;
    uid_t saved_uid_ = 0;
    gid_t saved_gid_ = 0;
    std::vector<gid_t> saved_groups_;
};

}  // namespace

Result<InvokingUser> invoking_user(const char* pkexec_uid, uid_t real_uid) {
    Result<uid_t> uid = pkexec_uid != nullptr ? parse_uid(pkexec_uid) : Result<uid_t>(real_uid);
    if (!uid) return uid.error();
    passwd entry{};
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwuid_r(*uid, &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr) {
        return unknown_user(std::to_string(*uid));
    }
    InvokingUser user{*uid, entry.pw_gid, {}, entry.pw_name};
    Result<std::vector<gid_t>> groups = login_groups(user.name, user.gid);
    if (!groups) return groups.error();
    user.groups = std::move(*groups);
    return user;
}

Result<void> UserFolderReader::read(const std::function<Result<void>()>& reading) const {
    ThreadIdentity identity;
    if (!identity.become(user_)) return make_error(Errc::internal, "take the file-system identity of uid " + std::to_string(user_.uid), errno);
    Result<void> outcome = reading();
    if (!outcome && outcome.error().code == Errc::permission_denied) {
        Error error = outcome.error();
        error.code = Errc::refused;
        error.reason = Reason::folder_not_readable;
        return error;
    }
    return outcome;
}

}  // namespace sanitize::cli
