// The carry-outs in the ledger (jobs::list_carry_outs, as `sanitize carry-out list`): all of
// them, those still out, or those past their due day in Japan (jobs::office_date), overdue ones
// marked in red; and "Returned" for one still out (jobs::record_return, as `sanitize carry-out
// return`), signed with the key of Settings. The Carry-out page shows it as its second tab.
#pragma once

#include <chrono>
#include <functional>
#include <vector>

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "wipe_page.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sanitize::gui {

class CarryOutsView : public QWidget {
    Q_OBJECT

public:
    enum class Filter { all, still_out, overdue };
    using Clock = std::function<std::chrono::sys_seconds()>;

    CarryOutsView(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    // The time "today" is taken from (the system's by default): tests move it past a due day.
    void set_clock(Clock clock) { clock_ = std::move(clock); }
    void set_filter(Filter filter);
    // Reads the carry-outs off the UI thread; loaded() when the table shows them.
    void load();
    // Records that the medium of the selected carry-out came back; returned() when it is done.
    void record_returned();
    // Selects the row of the media.carry_out event `seq`; false when the table does not show it.
    bool select(std::int64_t seq);

    QComboBox* filter_box() const { return filter_; }
    QTableWidget* table() const { return table_; }
    QLineEdit* remarks_field() const { return remarks_; }
    QPushButton* returned_button() const { return returned_; }
    QLabel* result_label() const { return result_; }

signals:
    void loaded();
    void returned(bool ok);

private:
    struct Listing;
    void show_listing(const Listing& listing);
    void show_rows();
    void update_buttons();
    const jobs::CarryOutStatus* selected() const;

    const GuiSettings& settings_;
    JobRunner runner_;
    WipePage::PassphraseSource passphrase_;
    Clock clock_;
    QComboBox* filter_;
    QLabel* summary_;
    QTableWidget* table_;
    QLineEdit* remarks_;
    QPushButton* returned_;
    QLabel* result_;
    std::vector<jobs::CarryOutStatus> carry_outs_;
    std::string today_;  // YYYY-MM-DD in Japan when the list was read
    bool recording_ = false;  // a return is being recorded: one at a time
};

}  // namespace sanitize::gui
