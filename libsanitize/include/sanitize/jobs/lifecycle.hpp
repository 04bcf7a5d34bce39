// The medium's life after use (policy 002 §8-5 and the retention period of 002 §3-1): its
// disposal, with the security officer's approval; the assets past their retention date; the
// carry-outs still out, and those overdue. Read from and written to the ledger's events.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sanitize/cert.hpp"
#include "sanitize/jobs/records.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::jobs {

// The calendar day (YYYY-MM-DD) at `now` in Japan (+09:00), as the offices count days.
std::string office_date(std::chrono::sys_seconds now);

// The status a certificate with outcome erased gives the ledger asset it names.
inline constexpr std::string_view erased_status = "erased";

// After a wipe's certificate (not a carry-out stick's, whose asset is the data written onto it):
// with outcome erased for an asset of the ledger, appends the asset.update that moves it to
// erased_status and the certificate's classification after; any other outcome, or a medium the
// ledger does not hold, changes nothing (nullopt).
[[nodiscard]] Result<std::optional<ledger::Event>> record_erased_asset(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                                       const cert::Certificate& certificate);

// A carry-out's due date: empty, or a YYYY-MM-DD day that is today or later in Japan
// (Reason::date_spec otherwise; expected: "--due").
[[nodiscard]] Result<void> check_due_date(const std::string& due);

enum class DisposalMethod { destroyed, vendor_erasure };

struct DisposalRequest {
    std::string asset_id{};
    DisposalMethod method = DisposalMethod::destroyed;
    // destroyed: how (shredded, drilled, …), who witnessed it, optionally a photo (only its
    // SHA-256 is recorded)
    std::string destruction_method{};
    std::string witness{};
    std::filesystem::path photo{};
    // vendor_erasure: the vendor and the certificate it issued, stored in the ledger by its
    // SHA-256 as certificate files are
    std::string vendor{};
    std::filesystem::path vendor_certificate{};
    Approval approval{};  // a granted disposal approval by a security officer
};

// The asset status a disposal gives: "destroyed" or "vendor_erased".
std::string_view disposal_status(DisposalMethod method) noexcept;

// Checks everything first — the request's fields (Reason::disposal_spec; detail: the option
// missing), the asset (asset_unknown), the approval (check_approval_use for a disposal), the
// files (read before anything is written) — then stores the vendor's certificate, and appends
// asset.dispose (naming the approval, which uses it up) and the asset.update to
// disposal_status() in one transaction. Returns the asset.dispose event.
[[nodiscard]] Result<ledger::Event> dispose_asset(ledger::Ledger& ledger, const keys::SecretKey& actor,
                                                  const DisposalRequest& request);

// Assets whose retention (a YYYY-MM-DD date) is before `today`; other retention texts are not
// dates and are never past.
std::vector<ledger::Asset> past_retention(const std::vector<ledger::Asset>& assets, const std::string& today);

struct CarryOutStatus {
    std::int64_t seq = 0;  // the media.carry_out event
    std::string time{};
    std::string asset_id{};
    std::string medium_serial{};
    int classification = 0;
    std::string due{};              // YYYY-MM-DD; empty: no date given
    std::int64_t returned_seq = 0;  // the media.return that closed it; 0: not returned
    std::int64_t lost_seq = 0;      // the incident.report of its loss; 0: none reported
    // Still out: neither returned nor reported lost.
    bool open() const noexcept { return returned_seq == 0 && lost_seq == 0; }
    // Open, and its due day is before `today`.
    bool overdue(const std::string& today) const { return open() && !due.empty() && due < today; }
    // Not returned yet (a medium reported lost may still be found and returned), and of the asset
    // and medium a return names (each only when the return names it).
    bool closed_by(std::string_view return_asset_id, std::string_view return_serial) const {
        return returned_seq == 0 && (return_asset_id.empty() || asset_id == return_asset_id) &&
               (return_serial.empty() || medium_serial == return_serial);
    }
};

// Every carry-out in seq order; a media.return closes the oldest carry-out not returned that it
// names (CarryOutStatus::closed_by): the same asset id and medium serial, each when the return
// names it. An incident.report marks the carry-out it names as lost.
[[nodiscard]] Result<std::vector<CarryOutStatus>> list_carry_outs(ledger::Ledger& ledger);

}  // namespace sanitize::jobs
