// The library's codes in the user's language: errors, outcomes, refusals, certificate checks.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "sanitize/cert.hpp"
#include "sanitize/device.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::gui {

class Words {
    Q_DECLARE_TR_FUNCTIONS(Words)

public:
    static QString error(const Error& error);  // "Permission denied: open /dev/sdb (errno 13)"
    static QString outcome(wipe::Outcome outcome);
    static QString refusal(const device::Refusal& refusal);
    static QString check(cert::Check check);
    static QString status(cert::CheckStatus status);
    static QString size(std::uint64_t bytes);  // "16.0 GB"
    // Why the drive's firmware was not asked or did not answer, by the library's reason code
    // ("loop_device", "smart_not_supported", ...); an unknown code is shown as it is.
    static QString drive_reason(const std::string& code);
};

}  // namespace sanitize::gui
