// Carry-out: a folder (drag and drop), recipients or a passphrase, the classification and who
// approved, the target stick; runs jobs::prepare_stick (in process, or through the privileged
// helper when the GUI cannot open the stick) and shows what ended up on the stick. A second tab
// lists the carry-outs in the ledger and records a medium's return (CarryOutsView).
#pragma once

#include <QWidget>

#include "carry_out_session.hpp"
#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "privileged_prepare.hpp"
#include "wipe_page.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace sanitize::gui {

class CarryOutsView;
class DeviceTable;
class HelperLines;

class CarryOutPage : public QWidget {
    Q_OBJECT

public:
    CarryOutPage(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_confirmer(WipePage::Confirmer confirmer) { confirmer_ = std::move(confirmer); }
    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    // pkexec and the installed sanitize-helper by default; tests start the built CLI directly, or force it.
    void set_helper(HelperSettings helper) { helper_settings_ = std::move(helper); }
    void start();
    void cancel();

    QLineEdit* folder_field() const { return folder_; }
    QLineEdit* passphrase_field() const { return archive_passphrase_; }
    QComboBox* classification_box() const { return classification_; }
    QLineEdit* asset_field() const { return asset_; }
    QLineEdit* approval_field() const { return approval_; }
    DeviceTable* sticks() const { return sticks_; }
    QLabel* result_label() const { return result_; }
    QPushButton* cancel_button() const { return cancel_; }
    QLabel* step_label() const { return step_; }
    // The second tab: the carry-outs in the ledger, those still out and overdue, and returns.
    CarryOutsView* carry_outs_view() const { return carry_outs_; }
    enum class Tab { prepare, carried_out };
    void show_tab(Tab tab);

signals:
    void progressed();  // the bar moved
    void prepared(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    std::optional<CarryOutRequest> make_request();
    void show_step(jobs::PrepareStep step);
    void show_value(int value);
    void show_result(const CarryOutResult& result);
    void set_running(bool running);
    void start_in_process(CarryOutRequest request, std::optional<SecretBuffer> archive_passphrase,
                          SecretBuffer key_passphrase);
    void start_helper(const CarryOutRequest& request, std::optional<SecretBuffer> archive_passphrase,
                      SecretBuffer key_passphrase);
    void read_helper_line(const QByteArray& line);

    const GuiSettings& settings_;
    JobRunner runner_;
    HelperSettings helper_settings_;
    HelperLines* helper_;
    PrepareOutcome helper_outcome_;
    WipePage::Confirmer confirmer_;
    WipePage::PassphraseSource passphrase_;
    QLineEdit* folder_;
    QPlainTextEdit* recipients_;
    QLineEdit* archive_passphrase_;
    QComboBox* classification_;
    QLineEdit* asset_;
    QLineEdit* approval_;  // the id of a granted approval (sanitize approval list)
    DeviceTable* sticks_;
    QPushButton* prepare_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* step_;
    QLabel* result_;
    QTabWidget* tabs_;
    CarryOutsView* carry_outs_;
};

}  // namespace sanitize::gui
