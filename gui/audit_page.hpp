// Audit: a certificate's verdict with every check (jobs::verify_certificate_files, as `sanitize
// cert verify`), the certificate itself, the whole ledger's verification with its progress, the
// assets with a filter and CSV export, and the events (EventsView).
#pragma once

#include <QTemporaryDir>
#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/jobs/verify_certificate.hpp"

class QLabel;
class QLineEdit;
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
    void load_assets();
    bool export_assets(const QString& path);

    QLabel* verdict_label() const { return verdict_; }
    QTableWidget* checks_table() const { return checks_; }
    QLabel* ledger_label() const { return ledger_result_; }
    QProgressBar* ledger_progress() const { return ledger_progress_; }
    QPushButton* cancel_verify_button() const { return cancel_verify_; }
    EventsView* events_view() const { return events_; }
    QListWidget* certificate_list() const { return files_; }
    CertificateView* certificate_view() const { return certificate_; }
    enum class Tab { certificate, assets, events };
    void show_tab(Tab tab);

signals:
    void certificate_checked(bool verified);
    void ledger_checked(bool ok);
    void ledger_progressed(qint64 checked, qint64 total);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Outcome;
    void show_outcome(const Outcome& outcome);
    void filter_assets(const QString& text);
    void ledger_verified(const QString& text, bool ok);
    QWidget* assets_tab();

    const GuiSettings& settings_;
    JobRunner runner_;
    JobRunner ledger_runner_;  // its own, so that Cancel never drops a queued certificate check
    QListWidget* files_;
    QLabel* verdict_;
    QTableWidget* checks_;
    CertificateView* certificate_;
    QPushButton* verify_ledger_;
    QPushButton* cancel_verify_;
    QProgressBar* ledger_progress_;
    QLabel* ledger_result_;
    QLineEdit* asset_filter_;
    QTableWidget* assets_;
    std::vector<ledger::Asset> asset_rows_;
    EventsView* events_;
    QTabWidget* tabs_;
    QTemporaryDir fetched_;  // certificates fetched from the ledger, removed with the page
};

}  // namespace sanitize::gui
