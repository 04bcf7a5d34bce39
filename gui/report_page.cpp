#include "report_page.hpp"

#include <chrono>
#include <memory>

#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "error_text.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"
#include "sanitize/jobs/year_report.hpp"

namespace sanitize::gui {

namespace {

// The offset of the office's calendar year from UTC: Japan's, as the CLI's default.
constexpr int office_utc_offset_minutes = 9 * 60;

QStringList column_names() {
    // In the order of jobs::year_report_rows and the CSV; long names on two lines, so that the
    // fifteen columns fit the window.
    return {ReportPage::tr("Department"),
            ReportPage::tr("Certificates"),
            ReportPage::tr("Wipes"),
            ReportPage::tr("Erased"),
            ReportPage::tr("Erased with\nexceptions"),
            ReportPage::tr("Failed"),
            ReportPage::tr("Aborted"),
            ReportPage::tr("Carry-outs"),
            ReportPage::tr("Carry-outs\n%1").arg(Words::classification(0)),
            ReportPage::tr("Carry-outs\n%1").arg(Words::classification(1)),
            ReportPage::tr("Carry-outs\n%1").arg(Words::classification(2)),
            ReportPage::tr("Returns"),
            ReportPage::tr("Password\nnotices"),
            ReportPage::tr("Lost\nmedia"),
            ReportPage::tr("Audit\nnotes")};
}

// A header wider than `widest` broken into lines at its spaces, so that the columns stay narrow.
QString wrapped(const QString& header, const QFontMetrics& metrics, int widest) {
    QStringList lines;
    for (const QString& given : header.split('\n')) {
        QString line;
        for (const QString& word : given.split(' ', Qt::SkipEmptyParts)) {
            const QString longer = line.isEmpty() ? word : line + ' ' + word;
            if (!line.isEmpty() && metrics.horizontalAdvance(longer) > widest) {
                lines << line;
                line = word;
            } else {
                line = longer;
            }
        }
        lines << line;
    }
    return lines.join('\n');
}

QString row_name(const jobs::YearReportRow& row) {
    switch (row.kind) {
        case jobs::YearReportRowKind::department: return QString::fromStdString(row.department);
        case jobs::YearReportRowKind::no_department: return ReportPage::tr("No department");
        case jobs::YearReportRowKind::organisation: return ReportPage::tr("Total");
    }
    return {};
}

}  // namespace

ReportPage::ReportPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), year_(new QSpinBox), show_(new QPushButton(tr("Show figures"))),
      csv_(new QPushButton(tr("Export CSV…"))), pdf_(new QPushButton(tr("Export signed PDF…"))), period_(new QLabel),
      table_(new QTableWidget(0, static_cast<int>(jobs::year_report_count_columns) + 2)), result_(new QLabel) {
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    connect(&runner_, &JobRunner::finished, this, [this] { set_busy(false); });
    year_->setRange(2000, 2999);
    year_->setValue(jobs::report_year(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()),
                                      office_utc_offset_minutes));
    connect(show_, &QPushButton::clicked, this, &ReportPage::load);
    connect(csv_, &QPushButton::clicked, this, [this] {
        const QString name = QDir::homePath() + QString("/report-%1.csv").arg(year_->value());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as CSV"), name, "*.csv", nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) export_csv(path);
    });
    connect(pdf_, &QPushButton::clicked, this, [this] {
        const QString name = QDir::homePath() + QString("/report-%1.pdf").arg(year_->value());
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the signed report"), name, "*.pdf", nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty()) export_pdf(path);
    });
    // Fifteen columns of counts: a little smaller than the text around them, so that they fit
    // the window in both languages.
    QFont dense = table_->font();
    dense.setPointSizeF(dense.pointSizeF() * 0.9);
    table_->setFont(dense);
    table_->horizontalHeader()->setFont(dense);
    QStringList headers = column_names();
    const QFontMetrics metrics(table_->horizontalHeader()->font());
    for (QString& header : headers) header = wrapped(header, metrics, metrics.horizontalAdvance("0000000000"));
    table_->setHorizontalHeaderLabels(headers);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setWordWrap(false);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Year:")));
    top->addWidget(year_);
    top->addWidget(show_);
    top->addStretch();
    top->addWidget(csv_);
    top->addWidget(pdf_);
    auto* hint = new QLabel(tr("The year runs from 1 January to 31 December, Japan time. The CSV opens in Excel; the PDF "
                               "is signed with your key (Settings) and its signature is written beside it (.minisig)."));
    hint->setWordWrap(true);
    period_->setWordWrap(true);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(period_);
    layout->addWidget(table_, 1);
    layout->addWidget(result_);
    set_busy(false);
}

void ReportPage::set_busy(bool busy) {
    show_->setEnabled(!busy);
    csv_->setEnabled(!busy && figures_.has_value());
    pdf_->setEnabled(!busy && figures_.has_value());
}

void ReportPage::load() {
    const std::string location = settings_.ledger.toStdString();
    if (location.empty()) {
        result_->setText(tr("No ledger is set in Settings."));
        emit figures_loaded(false);
        return;
    }
    const ledger::ReportOptions options{.year = year_->value(), .utc_offset_minutes = office_utc_offset_minutes};
    set_busy(true);
    result_->setText(tr("Counting the year's events…"));
    runner_.start([this, location, options](std::stop_token) {
        Result<ledger::Ledger> opened = jobs::open_ledger(location, {.read_only = true});
        auto figures = std::make_shared<Result<ledger::YearFigures>>(
            opened ? opened->year_figures(options) : Result<ledger::YearFigures>(opened.error()));
        post(this, [this, figures] { show_figures(*figures); });
    });
}

void ReportPage::show_figures(const Result<ledger::YearFigures>& figures) {
    table_->setRowCount(0);
    if (!figures) {
        figures_.reset();
        period_->clear();
        result_->setText(tr("The figures could not be read: %1").arg(Words::error(figures.error())));
        set_busy(runner_.busy());
        emit figures_loaded(false);
        return;
    }
    figures_ = *figures;
    period_->setText(tr("Figures of %1: events from %2 until before %3 (UTC)")
                         .arg(figures->year)
                         .arg(QString::fromStdString(figures->time_from), QString::fromStdString(figures->time_to)));
    for (const jobs::YearReportRow& row : jobs::year_report_rows(*figures)) {
        const int at = table_->rowCount();
        table_->insertRow(at);
        auto* name = new QTableWidgetItem(row_name(row));
        if (row.kind == jobs::YearReportRowKind::organisation) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        table_->setItem(at, 0, name);
        int column = 1;
        for (const std::int64_t count : row.counts) {
            auto* item = new QTableWidgetItem(QString::number(count));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(at, column++, item);
        }
        auto* notes = new QTableWidgetItem(row.audit_notes ? QString::number(*row.audit_notes) : QString());
        notes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table_->setItem(at, column, notes);
    }
    result_->clear();
    set_busy(runner_.busy());
    emit figures_loaded(true);
}

bool ReportPage::export_csv(const QString& path) {
    if (!figures_) {
        result_->setText(tr("Show the figures of a year first."));
        return false;
    }
    Result<void> written = jobs::write_year_report_csv(*figures_, path.toStdString());
    result_->setText(written ? tr("The report of %1 was written to %2.").arg(figures_->year).arg(path)
                             : tr("Nothing was written: %1").arg(Words::error(written.error())));
    return static_cast<bool>(written);
}

void ReportPage::export_pdf(const QString& path) {
    if (!figures_) {
        result_->setText(tr("Show the figures of a year first."));
        emit pdf_written(false);
        return;
    }
    QString problem;
    const std::optional<SigningInputs> signing = ask_to_sign(settings_.ledger, settings_.key_file, passphrase_, problem);
    if (!signing) {
        if (!problem.isEmpty()) {
            result_->setText(tr("Nothing was written: %1").arg(problem));
            emit pdf_written(false);
        }
        return;
    }
    const std::string output = path.toStdString();
    jobs::YearReportPdfRequest request;
    request.figures = *figures_;
    request.utc_offset_minutes = office_utc_offset_minutes;
    set_busy(true);
    result_->setText(tr("Writing the signed report…"));
    runner_.start([this, signing = *signing, output, request](std::stop_token) mutable {
        Result<jobs::Signer> signer = jobs::open_signer(signing.ledger, signing.key_file, signing.passphrase->bytes());
        if (signer) request.organisation = signer->ledger.info().organisation;
        auto written = std::make_shared<Result<jobs::SignedYearReport>>(
            signer ? jobs::write_signed_year_report(*signer, std::move(request), output)
                   : Result<jobs::SignedYearReport>(signer.error()));
        post(this, [this, written] {
            if (*written) {
                result_->setText(tr("The signed report was written to %1, its signature to %2.")
                                     .arg(QString::fromStdString((*written)->pdf_path), QString::fromStdString((*written)->signature_path)));
            } else {
                result_->setText(tr("Nothing was written: %1").arg(Words::error(written->error())));
            }
            emit pdf_written(static_cast<bool>(*written));
        });
    });
}

}  // namespace sanitize::gui
