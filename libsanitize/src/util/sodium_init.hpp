// libsodium must be initialised once per process before any of its functions is used.
#pragma once

namespace sanitize::util {

void ensure_sodium_initialized();

}  // namespace sanitize::util
