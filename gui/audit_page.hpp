// Audit: a certificate's verdict with every check (jobs::verify_certificate_files, as `sanitize
// cert verify`), the certificate itself and its countersignature by a second person
// (jobs::countersign_certificate, as `sanitize cert countersign`), the whole ledger's verification
// with its progress, and the events (EventsView). The assets have a page of their own (AssetsPage).
#pragma once

#include <memory>

#include <QTemporaryDir>
#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/jobs/verify_certificate.hpp"
#include "wipe_page.hpp"

class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace sanitize::gui {

class CertificateView;
class EventsView;

class AuditPage : public QWidget {
    Q_OBJECT

public:
    AuditPage(const GuiSettings& settings, QWidget* parent = nullptr);

    // Verifies the certificate JSON at `path` (its .minisig beside it) off the UI thread.
    void open_certificate(const QString& path);
    // Adds the certificates of a folder (or one file) to the list and verifies the first.
    void add_certificates(const QString& path);
    // Lists the certificates stored in the ledger ("ledger:ID"); choosing one fetches its files
    // into a private temporary folder and verifies them as any certificate.
    void list_stored_certificates();
    void verify_ledger();
    void cancel_ledger_verification();
    // Countersigns the certificate shown with the key of Settings, after the library's checks and
    // the passphrase; then checks it again, so that the countersignature is shown verified.
    void countersign();
    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }

    QLabel* verdict_label() const { return verdict_; }
    QTableWidget* checks_table() const { return checks_; }
    QLabel* ledger_label() const { return ledger_result_; }
    QProgressBar* ledger_progress() const { return ledger_progress_; }
    QPushButton* cancel_verify_button() const { return cancel_verify_; }
    EventsView* events_view() const { return events_; }
    QListWidget* certificate_list() const { return files_; }
    CertificateView* certificate_view() const { return certificate_; }
    QPushButton* countersign_button() const { return countersign_; }
    QLabel* countersign_label() const { return countersign_result_; }
    enum class Tab { certificate, events };
    void show_tab(Tab tab);

signals:
    void certificate_checked(bool verified);
    void ledger_checked(bool ok);
    void ledger_progressed(qint64 checked, qint64 total);
    void countersigned(bool ok);  // after the attempt, whatever stopped it

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Outcome;
    void show_outcome(std::shared_ptr<const Outcome> shown);
    void ledger_verified(const QString& text, bool ok);
    void countersign_refused(const QString& text);

    const GuiSettings& settings_;
    JobRunner runner_;
    JobRunner ledger_runner_;  // its own, so that Cancel never drops a queued certificate check
    WipePage::PassphraseSource passphrase_;
    std::shared_ptr<const Outcome> shown_;  // the certificate on display, as last checked
    QListWidget* files_;
    QLabel* verdict_;
    QTableWidget* checks_;
    CertificateView* certificate_;
    QPushButton* verify_ledger_;
    QPushButton* cancel_verify_;
    QProgressBar* ledger_progress_;
    QLabel* ledger_result_;
    QPushButton* countersign_;
    QLabel* countersign_result_;
    EventsView* events_;
    QTabWidget* tabs_;
    QTemporaryDir fetched_;  // certificates fetched from the ledger, removed with the page
};

}  // namespace sanitize::gui
