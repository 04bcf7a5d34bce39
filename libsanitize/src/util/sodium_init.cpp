#include "util/sodium_init.hpp"

#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace sanitize::util {

void ensure_sodium_initialized() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) std::abort();  // no CSPRNG: nothing secure can be done
    });
}

}  // namespace sanitize::util
