#include <sys/prctl.h>
#include <sys/resource.h>

#include "sanitize/secret.hpp"

namespace sanitize {

void disable_core_dumps() noexcept {
    ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    const rlimit none{0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
}

}  // namespace sanitize
