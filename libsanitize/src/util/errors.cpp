#include <cerrno>

#include "sanitize/result.hpp"

namespace sanitize {

Errc errc_from_errno(int sys_errno) noexcept {
    switch (sys_errno) {
    case ENOENT:
        return Errc::not_found;
    case EACCES:
    case EPERM:
    case EROFS:  // a read-only medium refuses writes the way a permission would
        return Errc::permission_denied;
    case EBUSY:
        return Errc::busy;
    case ENODEV:
    case ENXIO:
    case ENOMEDIUM:  // the medium left the drive: for the wipe, the device is gone
        return Errc::device_vanished;
    default:
        return Errc::io_error;
    }
}

}  // namespace sanitize
