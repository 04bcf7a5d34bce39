// prepare_stick: one stick, the whole policy path. The order matters: nothing is written
// before every check passed; nothing goes on the stick before its wipe was certified; nothing
// is recorded as carried out before the archive was read back from the stick and authenticated.
#include <sodium.h>

#include <array>
#include <memory>

#include "crypt/payload_check.hpp"
#include "jobs/prepare_plan.hpp"
#include "util/sodium_init.hpp"

namespace sanitize::jobs {
namespace {

constexpr std::uint64_t bytes_report_every = std::uint64_t{4} << 20;

std::string hex_of(const std::array<unsigned char, crypto_hash_sha256_BYTES>& digest) {
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> text{};
    sodium_bin2hex(text.data(), text.size(), digest.data(), digest.size());
    return text.data();
}

// SHA-256 and length of a byte stream, with a throttled progress report.
class Tally {
public:
    Tally(PrepareObserver& observer, PrepareStep step, std::uint64_t total)
        : observer_(observer), step_(step), total_(total) {
        crypto_hash_sha256_init(&state_);
    }
    void add(std::span<const std::uint8_t> bytes) {
        crypto_hash_sha256_update(&state_, bytes.data(), bytes.size());
        bytes_ += bytes.size();
        if (bytes_ - reported_ >= bytes_report_every) {
            reported_ = bytes_;
            observer_.bytes(step_, bytes_, total_);
        }
    }
    std::string finish() {
        std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
        crypto_hash_sha256_final(&state_, digest.data());
        observer_.bytes(step_, bytes_, total_);
        return hex_of(digest);
    }
    std::uint64_t bytes() const noexcept { return bytes_; }

private:
    PrepareObserver& observer_;
    PrepareStep step_;
    std::uint64_t total_;
    crypto_hash_sha256_state state_{};
    std::uint64_t bytes_ = 0;
    std::uint64_t reported_ = 0;
};

// One prepare_stick run after its checks: the steps in order, each reported and stopped at the
// first failure, which is kept in the result.
class Run {
public:
    Run(Signer& signer, const PrepareStickRequest& request, device::DeviceInfo stick, PrepareObserver& observer,
        std::stop_token stop, detail::PreparePlan plan)
        : ledger_(signer.ledger), key_(signer.key), request_(request), stick_(std::move(stick)), observer_(observer),
          stop_(std::move(stop)), plan_(std::move(plan)) {
        result_.device = stick_;
        result_.file_system = request.file_system;
        result_.label = request.label;
    }

    PreparedStick run() {
        if (!wipe_and_certify()) return std::move(result_);
        const bool written = step(PrepareStep::format, [&] { return format(); }) &&
                             step(PrepareStep::write_archive, [&] { return write_archive(); }) &&
                             step(PrepareStep::write_readme, [&] { return write_readme(); }) &&
                             step(PrepareStep::check_archive, [&] { return check_archive(); });
        if (!written) {
            empty_the_stick();
            return std::move(result_);
        }
        step(PrepareStep::record, [&] { return record(); });
        return std::move(result_);
    }

private:
    // A stop skips the steps still to come, except one that must record what already happened
    // (the certificate of a wipe that ran, even an interrupted one): that one is `unstoppable`.
    enum class Stop { skips, unstoppable };

    template <typename F>
    bool step(PrepareStep which, F&& body, Stop stop = Stop::skips) {
        observer_.step_started(which);
        const bool skipped = stop == Stop::skips && stop_.stop_requested();
        Result<void> done = skipped ? Result<void>(make_error(Errc::cancelled, "prepare")) : body();
        observer_.step_finished(which, done.has_value());
        if (!done) {
            result_.failed_step = which;
            result_.error = done.error();
        }
        return done.has_value();
    }

    bool wipe_and_certify() {
        const bool wiped = step(PrepareStep::wipe, [&]() -> Result<void> {
            MediaAccess& media = request_.media != nullptr ? *request_.media : system_media();
            Result<std::unique_ptr<device::Device>> opened = media.open(stick_, device::OpenOptions{});
            if (!opened) return about_device(opened.error(), stick_.path);
            wipe::WipeOptions options = request_.wipe;
            DriveFacts facts = read_drive_facts(media, stick_);
            options.hidden_areas = std::move(facts.hidden_areas);
            options.smart = std::move(facts.smart);
            const wipe::Callbacks callbacks{[this](const wipe::Progress& p) { observer_.progress(p); }, {}};
            result_.wipe_report = wipe::run_wipe(**opened, options, callbacks, stop_);
            wipe_ran_ = true;
            return wipe_outcome_error();
        });
        if (!wipe_ran_) return false;  // the stick was never opened: nothing to certify
        // Whatever the wipe's outcome, the stick was written to: it is certified as what it was
        // (aborted, failed, …), even after a stop, and a wipe that did not erase ends the job.
        const bool certified = step(
            PrepareStep::certify,
            [&]() -> Result<void> {
                Result<CertifiedWipe> made =
                    certify_wipe(result_.wipe_report, plan_.certificate, key_, ledger_, request_.certify);
                if (!made) return made.error();
                result_.certificate = std::move(*made);
                return {};
            },
            Stop::unstoppable);
        if (!wiped) {
            // The wipe's failure is the job's, even when certifying it failed as well.
            result_.failed_step = PrepareStep::wipe;
            result_.error = wipe_outcome_error().error();
        }
        return wiped && certified;
    }

    // The wipe step's result: done only when the stick was erased.
    Result<void> wipe_outcome_error() const {
        const wipe::WipeReport& report = result_.wipe_report;
        if (report.outcome == wipe::Outcome::erased) return {};
        if (report.error) return *report.error;
        return make_error(report.outcome == wipe::Outcome::aborted ? Errc::cancelled : Errc::io_error,
                          "wipe " + std::string(wipe::to_string(report.outcome)));
    }

    Result<void> format() { return detail::make_file_system(plan_.tools, stick_.path, request_.label, stop_); }

    std::string archive_name() const { return plan_.folder_name + ".tar.age"; }

    Result<void> write_archive() {
        std::vector<const crypt::Recipient*> inner;
        for (const auto& recipient : request_.recipients) inner.push_back(&recipient);
        if (request_.passphrase != nullptr) inner.push_back(request_.passphrase);
        crypt::detail::KeyKeepingRecipient keeper(*inner.front());
        std::vector<const crypt::Recipient*> recipients = inner;
        recipients.front() = &keeper;
        Tally tally(observer_, PrepareStep::write_archive, plan_.archive_estimate);
        crypt::EncryptFolderOptions options;
        options.source = request_.folder;
        options.recipients = recipients;
        Result<void> copied = detail::copy_to_stick(
            plan_.tools, stick_.path, archive_name(),
            [&](const crypt::Sink& stick) -> Result<void> {
                crypt::Sink counted = [&](std::span<const std::uint8_t> bytes) {
                    tally.add(bytes);
                    return stick(bytes);
                };
                // On mcopy's feeder thread: the reader's rights are taken on this thread.
                return detail::read_folder(request_, [&]() -> Result<void> {
                    Result<crypt::FolderStats> stats = crypt::encrypt_folder(options, counted, stop_);
                    if (!stats) return stats.error();
                    result_.folder = *stats;
                    return {};
                });
            },
            stop_);
        file_key_ = keeper.take_key();
        if (!copied) return copied;
        result_.archive_sha256 = tally.finish();
        result_.files.push_back({archive_name(), tally.bytes()});
        return {};
    }

    Result<void> write_readme() {
        const std::string text = detail::receiver_note_text({plan_.folder_name, archive_name(), result_.files.front().bytes,
                                                             result_.archive_sha256, request_.passphrase != nullptr});
        Result<void> copied = detail::copy_to_stick(
            plan_.tools, stick_.path, request_.readme_name,
            [&](const crypt::Sink& stick) {
                return stick({reinterpret_cast<const std::uint8_t*>(text.data()), text.size()});
            },
            stop_);
        if (copied) result_.files.push_back({request_.readme_name, text.size()});
        return copied;
    }

    // The read-back must come from the medium: the device's cached pages are dropped first.
    Result<void> drop_stick_cache() {
        MediaAccess& media = request_.media != nullptr ? *request_.media : system_media();
        Result<std::unique_ptr<device::Device>> opened =
            media.open(stick_, device::OpenOptions{.writable = false, .direct_io = false});
        if (!opened) return opened.error();
        Result<bool> dropped = (*opened)->drop_cache();
        if (!dropped) return dropped.error();
        return {};
    }

    Result<void> check_archive() {
        if (!file_key_) return make_error(Errc::internal, "no file key kept");
        if (auto dropped = drop_stick_cache(); !dropped) return dropped;
        crypt::detail::PayloadCheck check(std::move(*file_key_));
        file_key_.reset();
        Tally tally(observer_, PrepareStep::check_archive, result_.files.front().bytes);
        Result<void> read = detail::copy_from_stick(
            plan_.tools, stick_.path, archive_name(),
            [&](std::span<const std::uint8_t> bytes) {
                tally.add(bytes);
                return check.write(bytes);
            },
            stop_);
        if (!read) return read;
        if (auto finished = check.finish(); !finished) return finished;
        if (tally.finish() != result_.archive_sha256 || tally.bytes() != result_.files.front().bytes) {
            return make_error(Errc::integrity_failure, Reason::read_back_differs, "read back differs from what was written");
        }
        result_.archive_checked = true;
        return {};
    }

    Result<void> record() {
        CarryOutRecord record;
        record.asset_id = request_.asset_id;
        record.classification = plan_.classification;
        record.approval = request_.approval;
        record.due = request_.due;
        record.archive_name = archive_name();
        record.archive_sha256 = result_.archive_sha256;
        for (const auto& recipient : request_.recipients) record.recipient_fingerprints.push_back(crypt::recipient_fingerprint(recipient));
        record.passphrase = request_.passphrase != nullptr;
        record.medium_serial = stick_.serial;
        if (result_.certificate) record.wipe_certificate_id = result_.certificate->issued.certificate.certificate_id;
        Result<ledger::Event> event = record_carry_out(ledger_, key_, record);
        if (!event) return event.error();
        result_.carry_out = std::move(*event);
        return {};
    }

    // After a failed write or check: a fresh empty file system, so that no half-written or
    // unchecked archive stays on a stick that might still be carried out. Not stoppable.
    void empty_the_stick() {
        if (result_.failed_step == PrepareStep::format) return;
        result_.emptied_after_failure =
            detail::make_file_system(plan_.tools, stick_.path, request_.label, std::stop_token{}).has_value();
        if (result_.emptied_after_failure) result_.files.clear();
    }

    ledger::Ledger& ledger_;
    const keys::SecretKey& key_;
    const PrepareStickRequest& request_;
    device::DeviceInfo stick_;  // as inspected and confirmed
    PrepareObserver& observer_;
    std::stop_token stop_;
    detail::PreparePlan plan_;
    PreparedStick result_;
    std::optional<SecretBuffer> file_key_;  // from encryption to the check, then wiped
    bool wipe_ran_ = false;                 // the stick was opened and written to
};

}  // namespace

std::string_view stick_file_system_name(StickFileSystem kind) noexcept {
    return kind == StickFileSystem::exfat ? "exfat" : "fat32";
}

std::optional<PrepareStep> parse_prepare_step(std::string_view name) noexcept {
    for (std::size_t i = 0; i < prepare_step_count; ++i) {
        const auto step = static_cast<PrepareStep>(i);
        if (prepare_step_name(step) == name) return step;
    }
    return std::nullopt;
}

std::string_view prepare_step_name(PrepareStep step) noexcept {
    switch (step) {
        case PrepareStep::wipe: return "wipe";
        case PrepareStep::certify: return "certify";
        case PrepareStep::format: return "format";
        case PrepareStep::write_archive: return "write_archive";
        case PrepareStep::write_readme: return "write_readme";
        case PrepareStep::check_archive: return "check_archive";
        case PrepareStep::record: return "record";
    }
    return "wipe";
}

Result<PreparedStick> prepare_stick(Signer& signer, const PrepareStickRequest& request, PrepareObserver& observer,
                                    std::stop_token stop) {
    util::ensure_sodium_initialized();
    if (request.recipients.empty() && request.passphrase == nullptr) {
        return make_error(Errc::invalid_argument, Reason::no_recipient, "no recipient");
    }
    Result<device::DeviceInfo> stick = detail::settle_stick(request);
    if (!stick) return stick.error();
    observer.inspected(*stick);
    Result<detail::PreparePlan> plan = detail::plan_prepare(signer.ledger, signer.key.public_key(), request, *stick);
    if (!plan) return plan.error();
    if (Result<void> confirmed = observer.confirm(*stick); !confirmed) return confirmed.error();
    if (stop.stop_requested()) return make_error(Errc::cancelled, Reason::stopped_before_writing, "prepare");
    return Run(signer, request, std::move(*stick), observer, std::move(stop), std::move(*plan)).run();
}

}  // namespace sanitize::jobs
