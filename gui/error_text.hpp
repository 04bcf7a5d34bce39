// The library's codes in the user's language: errors, outcomes, refusals, certificate checks.
#pragma once

#include <QCoreApplication>
#include <QString>

#include "sanitize/cert.hpp"
#include "sanitize/device.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/purge.hpp"
#include "sanitize/result.hpp"
#include "sanitize/wipe.hpp"

namespace sanitize::gui {

class Words {
    Q_DECLARE_TR_FUNCTIONS(Words)

public:
    static QString error(const Error& error);  // "Permission denied: open /dev/sdb (errno 13)"
    static QString outcome(wipe::Outcome outcome);
    static QString purge_outcome(purge::PurgeOutcome outcome);  // "purged", "not available", ...
    static QString refusal(const device::Refusal& refusal);
    static QString check(cert::Check check);
    static QString status(cert::CheckStatus status);
    // What a certificate check compared, or why it was not checked ("" for none).
    static QString check_note(const cert::CheckResult& check);
    static QString role(ledger::Role role);  // a word in a sentence: "管理者"
    // "2 極秘": the policy's names, shared with the CLI and the certificate
    // (cert::classification_name), in the language in use (Language::active).
    static QString classification(int level);
    static QString size(std::uint64_t bytes);         // "16.8 MB": sanitize/units.hpp, as the CLI
    static QString rate(double bytes_per_second);     // "33.5 MB/s": sanitize/units.hpp, as the CLI
    // Why the drive's firmware was not asked or did not answer, by the library's reason code
    // ("loop_device", "smart_not_supported", ...); an unknown code is shown as it is.
    static QString drive_reason(const std::string& code);
    // An approver's title (jobs::ApproverTitle) by its library name ("department_head"), or a
    // list of them as the library joins them ("department_head or representative_director").
    static QString titles(const std::string& names);
    // A ledger time (UTC, ISO 8601) as the person's local time "2025-04-01 09:30:00"; text that
    // is no time is shown as it is.
    static QString local_time(const std::string& utc_text);
};

}  // namespace sanitize::gui
