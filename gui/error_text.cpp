#include "error_text.hpp"

#include <cstring>

#include <QDateTime>
#include <QLocale>

#include "language.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "sanitize/units.hpp"

namespace sanitize::gui {

namespace {

QString code_text(Errc code) {
    switch (code) {
        case Errc::invalid_argument: return Words::tr("Invalid value");
        case Errc::not_found: return Words::tr("Not found");
        case Errc::permission_denied: return Words::tr("Permission denied");
        case Errc::busy: return Words::tr("In use by another program");
        case Errc::unsupported_target: return Words::tr("Not a disk or disk image");
        case Errc::io_error: return Words::tr("Input/output error");
        case Errc::device_vanished: return Words::tr("The device was removed");
        case Errc::size_mismatch: return Words::tr("The device reports two different sizes");
        case Errc::refused: return Words::tr("Refused for safety");
        case Errc::cancelled: return Words::tr("Cancelled");
        case Errc::malformed_input: return Words::tr("Malformed file");
        case Errc::wrong_passphrase: return Words::tr("Wrong passphrase");
        case Errc::signature_invalid: return Words::tr("Invalid signature");
        case Errc::integrity_failure: return Words::tr("Integrity check failed");
        case Errc::conflict: return Words::tr("Conflict: the data changed meanwhile");
        case Errc::internal: return Words::tr("Internal error");
    }
    return Words::tr("Internal error");
}

// The field of a disposal that is missing, by the library's name for it (the CLI's option).
QString disposal_field(const std::string& option) {
    if (option == "--method") return Words::tr("how the medium was destroyed");
    if (option == "--witness") return Words::tr("the witness");
    if (option == "--vendor") return Words::tr("the vendor");
    if (option == "--vendor-certificate") return Words::tr("the vendor's certificate");
    return QString::fromStdString(option);
}

// The reasons a person acts on when the GUI meets them; the others are said by their code.
QString reason_text(const Error& error) {
    const QString detail = QString::fromStdString(error.detail);
    const QString expected = QString::fromStdString(error.expected);
    switch (error.reason) {
        case Reason::same_medium: return Words::tr("%1 names the same medium again").arg(detail);
        case Reason::empty_target: return Words::tr("holds 0 bytes: there is nothing to wipe");
        case Reason::confirmation_mismatch:
            return Words::tr("the medium is no longer the one confirmed: check which drive is connected");
        case Reason::kernel_size_stale:
            return Words::tr("the drive now offers its native size, but the system still sees the old size: re-plug it");
        case Reason::hidden_reset_refused: return Words::tr("the hidden areas were not reset (%1)").arg(detail);
        case Reason::hidden_reset_failed: return Words::tr("resetting the hidden areas failed (%1)").arg(detail);
        case Reason::asset_unknown: return Words::tr("asset %1 is not in the ledger").arg(detail);
        case Reason::asset_exists: return Words::tr("asset %1 is in the ledger already: edit it instead").arg(detail);
        case Reason::date_spec: return Words::tr("%1 is not a date: write it as YYYY-MM-DD").arg(detail);
        case Reason::disposal_spec: return Words::tr("the disposal lacks %1").arg(disposal_field(error.detail));
        case Reason::csv_malformed:
            return Words::tr("the CSV does not read at %1").arg(QString::fromStdString(error.context));
        case Reason::key_unknown: return Words::tr("key %1 was never registered in the ledger").arg(detail);
        case Reason::key_not_registered: return Words::tr("key %1 is not registered in the ledger").arg(detail);
        case Reason::key_revoked: return Words::tr("key %1 was revoked").arg(detail);
        case Reason::key_not_valid_now: return Words::tr("key %1 is not valid now").arg(detail);
        case Reason::role_may_not_sign: return Words::tr("the role of key %1 may not sign this").arg(detail);
        case Reason::approval_missing:
            if (error.detail == "disposal") {
                return Words::tr("a disposal needs the security officer's granted approval: enter the id of one");
            }
            return Words::tr("level %1 needs the approval of the %2: enter the id of a granted approval")
                .arg(detail, Words::titles(error.expected));
        case Reason::approval_unknown: return Words::tr("approval %1 is not in the ledger").arg(detail);
        case Reason::approval_pending: return Words::tr("approval %1 has not been granted yet").arg(detail);
        case Reason::approval_denied: return Words::tr("approval %1 was denied").arg(detail);
        case Reason::approval_expired: return Words::tr("approval %1 expired after %2").arg(detail, expected);
        case Reason::approval_used: return Words::tr("approval %1 was used already (event %2)").arg(detail, expected);
        case Reason::approval_other_asset: return Words::tr("approval %1 is for asset %2").arg(detail, expected);
        case Reason::approval_other_level: return Words::tr("approval %1 is for level %2").arg(detail, expected);
        case Reason::approval_other_purpose: return Words::tr("approval %1 is for another purpose (%2)").arg(detail, expected);
        case Reason::approval_title_missing:
            return Words::tr("approval %1 was granted by a key that is not the %2").arg(detail, Words::titles(error.expected));
        case Reason::approval_key_revoked: return Words::tr("approval %1 was granted by a revoked key").arg(detail);
        case Reason::approver_without_title:
            return Words::tr("key %1 may not decide this approval: that takes the %2").arg(detail, Words::titles(error.expected));
        case Reason::approval_decided:
            return expected == "denied" ? Words::tr("approval %1 was denied already").arg(detail)
                                        : Words::tr("approval %1 was granted already").arg(detail);
        case Reason::medium_changed:
            return Words::tr("this is not the medium that was confirmed: its %1 changed; nothing was written").arg(detail);
        case Reason::helper_certificate_dir:
            return Words::tr("through the privileged helper, certificates are kept in the site's folder %1 only: choose it in Settings").arg(expected);
        case Reason::folder_not_readable:
            return Words::tr("you may not read this folder yourself, so the privileged helper does not read it either");
        case Reason::output_exists: return Words::tr("already exists and is never overwritten: choose another name");
        case Reason::password_too_short:
            return Words::tr("password refused: %1 characters; the policy asks for at least %2").arg(detail, expected);
        case Reason::password_missing_class:
            return Words::tr("password refused: the policy asks for upper and lower case letters, digits and symbols");
        case Reason::password_dictionary_word: return Words::tr("password refused: it contains a dictionary word");
        case Reason::password_guessable: return Words::tr("password refused: too easy to guess");
        case Reason::password_invalid_characters:
            return Words::tr("password refused: it holds a control character or is not UTF-8");
        case Reason::expect_spec:
            return Words::tr("the expected content is zeros or one byte in two hexadecimal digits, not \"%1\"").arg(detail);
        case Reason::sample_spec: return Words::tr("a sample is 10 to 100 percent of the medium, not \"%1\"").arg(detail);
        default: return {};
    }
}

}  // namespace

QString Words::error(const Error& error) {
    const std::string& subject = error.device.empty() ? error.path : error.device;
    QString text = subject.empty() ? QString() : QString::fromStdString(subject) + ": ";
    const QString reason = reason_text(error);
    if (!reason.isEmpty()) return text + reason;
    text += code_text(error.code);
    if (!error.context.empty()) text += ": " + QString::fromStdString(error.context);
    if (error.sys_errno != 0) text += QString(" (%1)").arg(QString::fromLocal8Bit(std::strerror(error.sys_errno)));
    return text;
}


QString Words::outcome(wipe::Outcome outcome) {
    switch (outcome) {
        case wipe::Outcome::erased: return tr("erased");
        case wipe::Outcome::erased_with_exceptions: return tr("erased with exceptions");
        case wipe::Outcome::aborted: return tr("aborted");
        case wipe::Outcome::failed: return tr("failed");
    }
    return tr("failed");
}

QString Words::purge_outcome(purge::PurgeOutcome outcome) {
    switch (outcome) {
        case purge::PurgeOutcome::purged: return tr("purged");
        case purge::PurgeOutcome::completed_unverified: return tr("completed, read-back not passed");
        case purge::PurgeOutcome::unavailable: return tr("not available");
        case purge::PurgeOutcome::refused: return tr("refused by the drive");
        case purge::PurgeOutcome::failed: return tr("failed");
        case purge::PurgeOutcome::aborted: return tr("aborted");
    }
    return tr("failed");
}

QString Words::refusal(const device::Refusal& refusal) {
    QString text;
    switch (refusal.reason) {
        case device::RefusalReason::mounted: text = tr("mounted"); break;
        case device::RefusalReason::system_disk: text = tr("holds the running system"); break;
        case device::RefusalReason::swap: text = tr("used as swap"); break;
        case device::RefusalReason::has_holders: text = tr("in use (RAID, LVM or encryption)"); break;
        case device::RefusalReason::partition: text = tr("a partition: wipe the whole disk"); break;
        case device::RefusalReason::read_only: text = tr("read-only"); break;
    }
    if (!refusal.detail.empty()) text += " (" + QString::fromStdString(refusal.detail) + ")";
    return text;
}

QString Words::check(cert::Check check) {
    switch (check) {
        case cert::Check::signature: return tr("Signature over the certificate");
        case cert::Check::trusted_comment: return tr("Signed comment of the signature");
        case cert::Check::sha256: return tr("SHA-256 of the certificate");
        case cert::Check::certificate_parses: return tr("Certificate is well-formed");
        case cert::Check::certificate_id: return tr("Certificate ID matches the signature");
        case cert::Check::signer_role: return tr("Signer is the named operator");
        case cert::Check::ledger_id: return tr("Certificate names this ledger");
        case cert::Check::key_registered: return tr("Key registered in the ledger");
        case cert::Check::signer_identity: return tr("Signer's name and role match the ledger");
        case cert::Check::key_valid_at_time: return tr("Key valid at the time of issue");
        case cert::Check::key_not_revoked: return tr("Key not revoked");
        case cert::Check::ledger_event: return tr("Ledger records this certificate");
        case cert::Check::chain_anchor: return tr("Ledger head in the certificate is in the chain");
        case cert::Check::ledger_chain: return tr("Whole ledger chain verifies");
    }
    return {};
}

QString Words::status(cert::CheckStatus status) {
    switch (status) {
        case cert::CheckStatus::passed: return tr("passed");
        case cert::CheckStatus::failed: return tr("FAILED");
        case cert::CheckStatus::not_checked: return tr("not checked");
    }
    return {};
}

QString Words::check_note(const cert::CheckResult& check) {
    const auto value = [&](const char* name) { return QString::fromStdString(check.value(name)); };
    switch (check.note) {
        case cert::CheckNote::none: return {};
        case cert::CheckNote::key: return tr("key %1").arg(value("key"));
        case cert::CheckNote::signature_invalid: return tr("the signature does not verify (%1)").arg(value("code"));
        case cert::CheckNote::wrong_kind: return tr("a signature of another kind");
        case cert::CheckNote::comment_malformed: return tr("the signed comment is malformed");
        case cert::CheckNote::sha256: return tr("SHA-256 %1").arg(value("sha256"));
        case cert::CheckNote::certificate_malformed: return tr("the certificate is malformed");
        case cert::CheckNote::certificate_id: return tr("ID %1").arg(value("id"));
        case cert::CheckNote::operator_key: return tr("operator's key %1").arg(value("key"));
        case cert::CheckNote::validator_is_operator: return tr("the validator is the operator");
        case cert::CheckNote::not_designated_validator: return tr("not the designated validator");
        case cert::CheckNote::see_operator_signature: return tr("checked with the operator's signature");
        case cert::CheckNote::no_ledger: return tr("no ledger given");
        case cert::CheckNote::prerequisite_signature: return tr("not checked: the signature or the certificate failed");
        case cert::CheckNote::prerequisite_failed: return tr("not checked: a check it needs failed");
        case cert::CheckNote::not_asked: return tr("not asked");
        case cert::CheckNote::ledger: return tr("ledger %1").arg(value("ledger"));
        case cert::CheckNote::no_ledger_named: return tr("the certificate names no ledger");
        case cert::CheckNote::key_not_registered: return tr("key %1 is not registered").arg(value("key"));
        case cert::CheckNote::key_other_public_key:
            return tr("key %1 is registered with another public key").arg(value("key"));
        case cert::CheckNote::identity: {
            const std::optional<ledger::Role> parsed = ledger::parse_role(check.value("role"));
            return tr("%1 (%2)").arg(value("name"), parsed ? role(*parsed) : value("role"));
        }
        case cert::CheckNote::validity:
            return tr("%1 (valid from %2 until before %3)").arg(value("time"), value("from"), value("until"));
        case cert::CheckNote::not_revoked: return tr("not revoked");
        case cert::CheckNote::revoked_at: return tr("revoked at event %1").arg(value("seq"));
        case cert::CheckNote::revoked_validated_at:
            return tr("revoked at event %1, validated at event %2").arg(value("seq"), value("validated_seq"));
        case cert::CheckNote::revoked_validation_missing:
            return tr("revoked at event %1, the validation is not in the ledger").arg(value("seq"));
        case cert::CheckNote::no_ledger_seq: return tr("the signature names no ledger event");
        case cert::CheckNote::no_event_at_seq: return tr("no event where the signature says");
        case cert::CheckNote::no_event_from_outbox: return tr("no event synced from outbox entry %1").arg(value("origin"));
        case cert::CheckNote::event: return tr("event %1").arg(value("seq"));
        case cert::CheckNote::event_wrong_type: return tr("event %1: of another type").arg(value("seq"));
        case cert::CheckNote::event_wrong_actor: return tr("event %1: recorded by another key").arg(value("seq"));
        case cert::CheckNote::event_bad_payload: return tr("event %1: its content cannot be read").arg(value("seq"));
        case cert::CheckNote::event_wrong_certificate: return tr("event %1: another certificate ID").arg(value("seq"));
        case cert::CheckNote::event_wrong_sha256: return tr("event %1: another SHA-256").arg(value("seq"));
        case cert::CheckNote::anchor: return tr("event %1").arg(value("seq"));
        case cert::CheckNote::anchor_not_before: return tr("event %1 is not before the certificate's event").arg(value("seq"));
        case cert::CheckNote::chain_events: return tr("%1 events").arg(value("count"));
        case cert::CheckNote::chain_broken: return tr("broken at event %1 (%2)").arg(value("seq"), value("problem"));
    }
    return QString::fromUtf8(cert::check_note_name(check.note));
}

QString Words::drive_reason(const std::string& code) {
    struct Known {
        const char* code;
        const char* text;
    };
    // The codes a certificate's health record and hidden-area probe carry (device::read_smart,
    // device::probe_hidden_areas), worded as the CLI's catalogue words them.
    static const Known known[] = {
        {"loop_device", QT_TR_NOOP("a loop device has no drive firmware to ask")},
        {"disk_image", QT_TR_NOOP("a disk image has no drive firmware to ask")},
        {"partition", QT_TR_NOOP("purges apply to whole drives, not partitions")},
        {"not_supported", QT_TR_NOOP("the drive does not support it")},
        {"not_this_transport", QT_TR_NOOP("not a command of this drive's interface")},
        {"identify_failed", QT_TR_NOOP("the drive did not answer IDENTIFY")},
        {"hidden_state_unknown", QT_TR_NOOP("the hidden-area state could not be read")},
        {"smart_not_supported", QT_TR_NOOP("the drive does not support SMART")},
        {"smart_disabled", QT_TR_NOOP("SMART is switched off on the drive")},
        {"smart_no_answer", QT_TR_NOOP("the drive gave no SMART status or attributes")},
        {"log_page_rejected", QT_TR_NOOP("the drive refused the SMART / Health log")},
        {"log_page_invalid", QT_TR_NOOP("the SMART / Health log could not be read")},
        {"transport_error", QT_TR_NOOP("the command did not reach the drive")},
        {"no_channel", QT_TR_NOOP("the drive could not be opened for commands")},
        {"namespace_unknown", QT_TR_NOOP("the drive did not state the namespace's id")},
        // A purge's: why a method is not offered, or what the drive made of it.
        {"security_frozen", QT_TR_NOOP("the security feature set is frozen")},
        {"sanitize_frozen", QT_TR_NOOP("sanitize is frozen")},
        {"security_password_set", QT_TR_NOOP("a drive password is already set")},
        {"idle_status_without_progress", QT_TR_NOOP("the drive reported success without ever being seen at work: not counted")},
        {"completion_not_observed", QT_TR_NOOP("completion was not observed")},
        {"sanitize_failed", QT_TR_NOOP("the drive reported the sanitize as failed")},
        {"command_rejected", QT_TR_NOOP("the drive rejected the command")},
        {"verification_unchanged_data", QT_TR_NOOP("sampled ranges still hold their earlier data")},
        {"discard_not_supported", QT_TR_NOOP("the device does not support discard")},
        {"erase_unit_failed", QT_TR_NOOP("SECURITY ERASE UNIT failed")},
    };
    for (const Known& entry : known) {
        if (code == entry.code) return tr(entry.text);
    }
    return QString::fromStdString(code);
}

QString Words::role(ledger::Role role) {
    switch (role) {
        case ledger::Role::staff: return tr("staff");
        case ledger::Role::admin: return tr("admin");
        case ledger::Role::auditor: return tr("auditor");
    }
    return QString::fromUtf8(ledger::role_name(role));
}

QString Words::classification(int level) {
    const cert::ClassificationName name = cert::classification_name(level);
    const std::string_view words = Language::active() == "ja" ? name.ja : name.en;
    return QString::number(level) + " " + QString::fromUtf8(words.data(), static_cast<qsizetype>(words.size()));
}

QString Words::titles(const std::string& names) {
    QStringList words;
    for (const QString& name : QString::fromStdString(names).split(" or ", Qt::SkipEmptyParts)) {
        const std::optional<jobs::ApproverTitle> title = jobs::parse_approver_title(name.toStdString());
        if (!title) {
            words << name;
            continue;
        }
        switch (*title) {
            case jobs::ApproverTitle::department_head: words << tr("department head"); break;
            case jobs::ApproverTitle::representative_director: words << tr("representative director"); break;
            case jobs::ApproverTitle::security_officer: words << tr("security officer"); break;
        }
    }
    return words.join(tr(" or "));
}

QString Words::local_time(const std::string& utc_text) {
    const QString text = QString::fromStdString(utc_text);
    const QDateTime utc = QDateTime::fromString(text, Qt::ISODate);
    if (!utc.isValid()) return text;
    return utc.toLocalTime().toString("yyyy-MM-dd HH:mm:ss");
}

QString Words::size(std::uint64_t bytes) { return QString::fromStdString(size_text(bytes)); }

QString Words::rate(double bytes_per_second) { return QString::fromStdString(rate_text(bytes_per_second)); }

}  // namespace sanitize::gui
