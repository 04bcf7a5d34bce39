// Yearly report: the ledger's figures of a calendar year (Ledger::year_figures, as `sanitize
// report --year Y`) for the organisation and each department, in the columns of the CSV
// (jobs::year_report_rows); exported as that CSV (jobs::write_year_report_csv) or as the signed
// PDF (jobs::write_signed_year_report, with the key of Settings). Both are new files only.
#pragma once

#include <optional>

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/ledger.hpp"
#include "wipe_page.hpp"

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sanitize::gui {

class ReportPage : public QWidget {
    Q_OBJECT

public:
    ReportPage(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    // Reads the figures of the year chosen off the UI thread; figures_loaded() when shown.
    void load();
    // The figures shown, as CSV in a new file; false (and the reason shown) otherwise.
    bool export_csv(const QString& path);
    // The figures shown, as a signed PDF and its .minisig; pdf_written() when done.
    void export_pdf(const QString& path);

    QSpinBox* year_box() const { return year_; }
    QTableWidget* table() const { return table_; }
    QLabel* period_label() const { return period_; }
    QLabel* result_label() const { return result_; }
    const std::optional<ledger::YearFigures>& figures() const { return figures_; }

signals:
    void figures_loaded(bool ok);
    void pdf_written(bool ok);

private:
    void show_figures(const Result<ledger::YearFigures>& figures);
    void set_busy(bool busy);

    const GuiSettings& settings_;
    JobRunner runner_;
    WipePage::PassphraseSource passphrase_;
    QSpinBox* year_;
    QPushButton* show_;
    QPushButton* csv_;
    QPushButton* pdf_;
    QLabel* period_;
    QTableWidget* table_;
    QLabel* result_;
    std::optional<ledger::YearFigures> figures_;
};

}  // namespace sanitize::gui
