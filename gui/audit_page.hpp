// Audit: a certificate's verdict with every check (jobs::verify_certificate_files, as `sanitize
// cert verify`), the certificate itself, the whole ledger's verification, and the assets with a
// filter and CSV export.
#pragma once

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/jobs.hpp"

class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sanitize::gui {

class CertificateView;

class AuditPage : public QWidget {
    Q_OBJECT

public:
    AuditPage(const GuiSettings& settings, QWidget* parent = nullptr);

    // Verifies the certificate JSON at `path` (its .minisig beside it) off the UI thread.
    void open_certificate(const QString& path);
    // Adds the certificates of a folder (or one file) to the list and verifies the first.
    void add_certificates(const QString& path);
    void verify_ledger();
    void load_assets();
    bool export_assets(const QString& path);

    QLabel* verdict_label() const { return verdict_; }
    QTableWidget* checks_table() const { return checks_; }
    QLabel* ledger_label() const { return ledger_result_; }

signals:
    void certificate_checked(bool verified);
    void ledger_checked(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    struct Outcome;
    void show_outcome(const Outcome& outcome);
    void filter_assets(const QString& text);

    const GuiSettings& settings_;
    JobRunner runner_;
    QListWidget* files_;
    QLabel* verdict_;
    QTableWidget* checks_;
    CertificateView* certificate_;
    QPushButton* verify_ledger_;
    QProgressBar* ledger_progress_;
    QLabel* ledger_result_;
    QLineEdit* asset_filter_;
    QTableWidget* assets_;
    std::vector<ledger::Asset> asset_rows_;
};

}  // namespace sanitize::gui
