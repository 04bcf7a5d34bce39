// Result<T>: the return type of every fallible library function.
//
// Shaped like std::expected (GCC 12 has none) so that the migration is one line. An Error
// carries a code, the errno that caused it and a short machine-readable context (a path, an
// offset); no prose: the front ends turn codes into words in the user's language.
#pragma once

#include <cerrno>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace sanitize {

enum class Errc {
    invalid_argument,     // a caller's value is malformed (method spec, sample percent, ...)
    not_found,            // the path does not exist
    permission_denied,    // open/ioctl refused by the kernel
    busy,                 // O_EXCL refused: someone else holds the device
    unsupported_target,   // not a block device or regular file (tty, FIFO, directory, ...)
    io_error,             // read/write/sync failed in a way that is not a bad sector
    device_vanished,      // ENODEV/ENXIO mid-operation: unplugged or detached
    size_mismatch,        // BLKGETSIZE64 and lseek(SEEK_END) disagree
    refused,              // a safety rule forbids the operation
    cancelled,            // a stop was requested
    malformed_input,      // outside bytes (a key file, a signature, a CSV row) do not parse
    wrong_passphrase,     // a secret key did not decrypt: its checksum does not match
    signature_invalid,    // a signature does not verify with the given key
    integrity_failure,    // a hash chain or a certificate does not match what it claims
    conflict,             // the state changed under us (a chain head moved, a duplicate id)
    internal,             // a dependency failed unexpectedly (crypto init, thread start)
};

struct Error {
    Errc code = Errc::internal;
    int sys_errno = 0;    // 0 when no system call is to blame
    std::string context;  // what was being done to what: "open /dev/sdb", "pwrite @4096"
};

inline Error make_error(Errc code, std::string context, int sys_errno = 0) {
    return Error{code, sys_errno, std::move(context)};
}

// Maps an errno from open/read/write to the error code a front end should explain.
Errc errc_from_errno(int sys_errno) noexcept;

// The code's stable name ("io_error"), as reports and JSON carry it.
std::string_view errc_name(Errc code) noexcept;

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : state_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit by design
    Result(Error error) : state_(std::in_place_index<1>, std::move(error)) {}  // NOLINT

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

    T& value() & { return checked_value(); }
    const T& value() const& { return const_cast<Result*>(this)->checked_value(); }
    T&& value() && { return std::move(checked_value()); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const {
        if (has_value()) std::abort();  // broken invariant: asked for the error of a success
        return std::get<1>(state_);
    }

private:
    T& checked_value() {
        if (!has_value()) std::abort();  // broken invariant: used a failed result's value
        return std::get<0>(state_);
    }
    std::variant<T, Error> state_;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

    bool has_value() const noexcept { return !failed_; }
    explicit operator bool() const noexcept { return has_value(); }
    const Error& error() const {
        if (!failed_) std::abort();
        return error_;
    }

private:
    Error error_{};
    bool failed_ = false;
};

}  // namespace sanitize
