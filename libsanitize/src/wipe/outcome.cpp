#include "wipe/outcome.hpp"

#include <algorithm>

namespace sanitize::wipe {
namespace {

void add_once(std::vector<std::string>& codes, const char* code) {
    if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.emplace_back(code);
}

}  // namespace

std::string_view to_string(Outcome outcome) noexcept {
    switch (outcome) {
        case Outcome::erased: return "erased";
        case Outcome::erased_with_exceptions: return "erased_with_exceptions";
        case Outcome::aborted: return "aborted";
        case Outcome::failed: return "failed";
    }
    return "failed";
}

void decide_outcome(WipeReport& report, Ending ending) {
    const bool stopped = ending.stopped;
    auto& codes = report.exceptions;
    bool failed = false;
    bool verified_any = false;
    if (stopped) add_once(codes, exception_code::cancelled);
    if (report.error) {
        add_once(codes, exception_code::fatal_error);
        failed = true;
    }
    if (ending.sync_failed) {
        add_once(codes, exception_code::sync_failed);
        failed = true;
    }
    for (const PassReport& pass : report.passes) {
        if (!pass.unwritten.empty()) add_once(codes, exception_code::unwritten_sectors);
        // Only the last pass can be unsynced, cut short by a stop, an error or its sync: never erased.
        if (!pass.synced && !stopped) failed = true;
        if (!pass.verification) continue;
        verified_any = true;
        const VerifyResult& v = *pass.verification;
        if (!v.mismatches.empty()) {
            // The medium returned something other than what it acknowledged: it cannot be trusted.
            add_once(codes, exception_code::verification_mismatch);
            failed = true;
        }
        if (!v.unreadable.empty()) add_once(codes, exception_code::unreadable_sectors);
        if (!v.cache_bypassed) add_once(codes, exception_code::verification_not_from_medium);
    }
    if (!verified_any && !stopped && !failed) add_once(codes, exception_code::not_verified);

    if (stopped) report.outcome = Outcome::aborted;
    else if (failed) report.outcome = Outcome::failed;
    else if (!codes.empty()) report.outcome = Outcome::erased_with_exceptions;
    else report.outcome = Outcome::erased;
}

}  // namespace sanitize::wipe
