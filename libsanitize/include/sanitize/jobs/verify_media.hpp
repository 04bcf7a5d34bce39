// Verify a medium later (`sanitize verify-media`): does it hold only the expected byte? Read
// only, so without confirmation or safety refusals: checking a mounted disk is harmless.
#pragma once

#include <stop_token>
#include <string>
#include <string_view>

#include "sanitize/device.hpp"
#include "sanitize/jobs/media.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::jobs {

// The options of a check from the words a person gives: `expect` is "zero" or "byte:HH"
// (Reason::expect_spec otherwise); `sample` is empty (read everything) or a percentage of the
// medium to sample as NIST SP 800-88r1 asks (Reason::sample_spec outside 10-100).
[[nodiscard]] Result<wipe::MediaCheckOptions> media_check_options(std::string_view expect, std::string_view sample);

struct VerifyMediaRequest {
    std::string target;
    wipe::MediaCheckOptions options;
    MediaAccess* media = nullptr;  // null: system_media()
};

class VerifyMediaObserver {
public:
    virtual ~VerifyMediaObserver() = default;
    virtual void inspected(const device::DeviceInfo& /*target*/) {}
    virtual void progress(const wipe::Progress& /*progress*/) {}
};

// An error when the target cannot be inspected or opened; a read that failed midway is the
// report's error.
[[nodiscard]] Result<wipe::MediaCheckReport> verify_media(const VerifyMediaRequest& request,
                                                          VerifyMediaObserver& observer, std::stop_token stop);

}  // namespace sanitize::jobs
