// The station's own texts in English and Japanese (the CLI's Messages word errors, refusals and
// outcomes). Format strings for fmt; both languages take the same arguments.
#pragma once

#include <string_view>

#include <fmt/format.h>

#include "messages.hpp"

namespace sanitize::station_ui {

enum class Text {
    title, pc_line, pc_uuid, no_disks, disk_header, stick_excluded, not_internal,
    no_data_partition, hint_data_partition, settings_problem, outbox_failed, disks_failed,
    unattended_start, unattended_refused_list, unattended_not_listed, unattended_no_serial, unattended_no_disks,
    passphrase_prompt, passphrase_wrong, key_failed, asset_prompt, asset_none, asset_list,
    disks_prompt, disks_bad_choice, method_line, confirm_prompt, confirm_mismatch, nothing_wiped,
    wiping, progress_line, disk_done, disk_not_started, certificate_line, certify_failed, summary_written,
    summary_failed, evidence_in, all_erased, not_all_erased, power_off_prompt, resuming, refused_by_ledger,
    count_
};

struct Pair {
    std::string_view en;
    std::string_view ja;
};
Pair text_of(Text id);

class StationMessages {
public:
    explicit StationMessages(cli::Lang lang) : lang_(lang), cli_(lang) {}
    const cli::Messages& cli() const noexcept { return cli_; }
    cli::Lang lang() const noexcept { return lang_; }
    std::string_view get(Text id) const { return lang_ == cli::Lang::ja ? text_of(id).ja : text_of(id).en; }
    template <typename... Args>
    std::string format(Text id, const Args&... args) const {
        return fmt::format(fmt::runtime(get(id)), args...);
    }

private:
    cli::Lang lang_;
    cli::Messages cli_;
};

}  // namespace sanitize::station_ui
