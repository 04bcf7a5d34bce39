#include "sanitize/result.hpp"

namespace sanitize {

std::string_view errc_name(Errc code) noexcept {
    switch (code) {
        case Errc::invalid_argument: return "invalid_argument";
        case Errc::not_found: return "not_found";
        case Errc::permission_denied: return "permission_denied";
        case Errc::busy: return "busy";
        case Errc::unsupported_target: return "unsupported_target";
        case Errc::io_error: return "io_error";
        case Errc::device_vanished: return "device_vanished";
        case Errc::size_mismatch: return "size_mismatch";
        case Errc::refused: return "refused";
        case Errc::cancelled: return "cancelled";
        case Errc::malformed_input: return "malformed_input";
        case Errc::wrong_passphrase: return "wrong_passphrase";
        case Errc::signature_invalid: return "signature_invalid";
        case Errc::integrity_failure: return "integrity_failure";
        case Errc::conflict: return "conflict";
        case Errc::internal: return "internal";
    }
    return "internal";
}

}  // namespace sanitize
