// Approvals: the approver's inbox (jobs::list_approvals, as `sanitize approval list`), pending
// requests first shown, and the decision on one of them (jobs::decide_approval, as `sanitize
// approval grant|deny`), signed by the approver's own key of Settings. Who may decide is the
// library's rule; this page shows its answer.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/jobs/approvals.hpp"
#include "wipe_page.hpp"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sanitize::gui {

class ApprovalsPage : public QWidget {
    Q_OBJECT

public:
    ApprovalsPage(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    // Reads the approvals off the UI thread; loaded() when the table shows them.
    void load();
    // Grants or denies the selected approval with the remarks typed; decided() when it is done.
    void decide(bool grant);
    // Selects the row of approval `id`; false when the table does not show it.
    bool select(std::int64_t id);

    QCheckBox* pending_only_box() const { return pending_only_; }
    QTableWidget* table() const { return table_; }
    QLineEdit* remarks_field() const { return remarks_; }
    QPushButton* grant_button() const { return grant_; }
    QPushButton* deny_button() const { return deny_; }
    QLabel* result_label() const { return result_; }
    QLabel* summary_label() const { return summary_; }

signals:
    void loaded();
    void decided(bool ok);

private:
    struct Listing;
    void show_listing(const Listing& listing);
    void show_rows();
    void update_buttons();
    std::int64_t selected_id() const;

    const GuiSettings& settings_;
    JobRunner runner_;
    WipePage::PassphraseSource passphrase_;
    QCheckBox* pending_only_;
    QTableWidget* table_;
    QLineEdit* remarks_;
    QPushButton* grant_;
    QPushButton* deny_;
    QLabel* summary_;
    QLabel* result_;
    std::vector<jobs::ApprovalStatus> approvals_;
    std::map<std::string, std::string> names_;  // key id → registered name
    bool deciding_ = false;  // a decision is being recorded: one at a time
};

}  // namespace sanitize::gui
