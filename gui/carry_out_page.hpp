// Carry-out: a folder (drag and drop), recipients or a passphrase, the classification and who
// approved, the target stick; runs jobs::prepare_stick and shows what ended up on the stick.
#pragma once

#include <QWidget>

#include "carry_out_session.hpp"
#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "wipe_page.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace sanitize::gui {

class DeviceTable;

class CarryOutPage : public QWidget {
    Q_OBJECT

public:
    CarryOutPage(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_confirmer(WipePage::Confirmer confirmer) { confirmer_ = std::move(confirmer); }
    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    void start();

    QLineEdit* folder_field() const { return folder_; }
    QLineEdit* passphrase_field() const { return archive_passphrase_; }
    QComboBox* classification_box() const { return classification_; }
    QLineEdit* approver_field() const { return approver_; }
    QComboBox* approver_title_box() const { return approver_title_; }
    DeviceTable* sticks() const { return sticks_; }
    QLabel* result_label() const { return result_; }

signals:
    void prepared(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    std::optional<CarryOutRequest> make_request();
    void show_step(jobs::PrepareStep step);
    void show_result(const CarryOutResult& result);

    const GuiSettings& settings_;
    JobRunner runner_;
    WipePage::Confirmer confirmer_;
    WipePage::PassphraseSource passphrase_;
    QLineEdit* folder_;
    QPlainTextEdit* recipients_;
    QLineEdit* archive_passphrase_;
    QComboBox* classification_;
    QLineEdit* asset_;
    QLineEdit* approver_;
    QComboBox* approver_title_;
    DeviceTable* sticks_;
    QPushButton* prepare_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* step_;
    QLabel* result_;
};

}  // namespace sanitize::gui
