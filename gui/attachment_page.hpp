// Attachment: files (drag and drop) into an AES-256 ZIP, a generated password shown large and
// grouped for reading aloud, with Copy; the archive's read-back check; the disclosure record.
#pragma once

#include <memory>

#include <QWidget>

#include "attachment_session.hpp"
#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "wipe_page.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace sanitize::gui {

class AttachmentPage : public QWidget {
    Q_OBJECT

public:
    AttachmentPage(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    void add_files(const QStringList& paths);
    void set_output(const QString& path);
    void generate_password();
    void create();

    QLabel* password_label() const { return password_; }
    QLabel* result_label() const { return result_; }

signals:
    void created(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void show_result(const AttachmentResult& result);

    const GuiSettings& settings_;
    JobRunner runner_;
    WipePage::PassphraseSource passphrase_;
    std::shared_ptr<SecretBuffer> secret_;
    QListWidget* files_;
    QLineEdit* output_;
    QLineEdit* recipient_;
    QComboBox* classification_;
    QLabel* password_;
    QPushButton* copy_;
    QPushButton* create_;
    QLabel* result_;
};

}  // namespace sanitize::gui
