#include "purge_tab.hpp"

#include <memory>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "confirm_dialog.hpp"
#include "error_text.hpp"
#include "helper_process.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"

namespace sanitize::gui {

namespace {

QString method_name(purge::PurgeMethod method) {
    const std::string_view name = purge::purge_method_name(method);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QStringList outcome_lines(const jobs::PurgeResult& purged) {
    const purge::PurgeReport& report = purged.report;
    const QString target = QString::fromStdString(report.device.path);
    const QString method = method_name(report.method);
    QStringList lines;
    if (report.outcome == purge::PurgeOutcome::unavailable && report.commands_sent.empty()) {
        lines << PurgeTab::tr("%1: %2 is not available: %3. Nothing was sent to the drive.")
                     .arg(target, method, Words::drive_reason(report.detail));
        lines << PurgeTab::tr("The table lists what this target offers. A medium without a purge is erased on the Wipe page.");
        return lines;
    }
    QString line = PurgeTab::tr("%1: %2 with %3").arg(target, Words::purge_outcome(report.outcome), method);
    if (!report.detail.empty()) line += " (" + Words::drive_reason(report.detail) + ")";
    lines << line;
    if (report.error) lines << Words::error(*report.error);
    if (purged.certificate) lines << PurgeTab::tr("Certificate: %1").arg(QString::fromStdString(purged.certificate->files.json));
    if (purged.certificate_error) lines << PurgeTab::tr("No certificate: %1").arg(Words::error(*purged.certificate_error));
    return lines;
}

}  // namespace

QString purge_summary(const PurgeSessionResult& result) {
    QStringList lines;
    if (result.error) lines << PurgeTab::tr("Nothing was erased: %1").arg(Words::error(*result.error));
    if (result.result) lines << outcome_lines(*result.result);
    if (!result.helper_failure.empty()) lines << QString::fromStdString(result.helper_failure);
    return lines.join("\n");
}

PurgeTab::PurgeTab(const GuiSettings& settings, TargetSource target, QWidget* parent)
    : QWidget(parent), settings_(settings), target_(std::move(target)), method_(new QComboBox), verify_(new QComboBox),
      destination_(new QComboBox), asset_(new QLineEdit), purge_(new QPushButton(tr("Purge…"))),
      cancel_(new QPushButton(tr("Cancel"))), bar_(new QProgressBar), methods_(new QTableWidget(0, 2)), result_(new QLabel) {
    confirmer_ = [this](const device::DeviceInfo& info) { return ConfirmDialog(info, this).exec() == QDialog::Accepted; };
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    connect(&runner_, &JobRunner::finished, this, &PurgeTab::conclude);
    helper_ = new HelperLines([this](const QByteArray& line) { read_medium_line(line, helper_outcome_); },
                              [this](int exit_code, bool crashed, const QString& stderr_text) {
                                  helper_outcome_.exit_code = exit_code;
                                  helper_outcome_.crashed = crashed;
                                  helper_outcome_.stderr_text = stderr_text;
                                  show_result(purge_helper_result(helper_outcome_));
                              },
                              this);

    for (purge::PurgeMethod method : purge::all_purge_methods()) method_->addItem(method_name(method));
    verify_->addItem(tr("sample 10 %"), "sample:10");
    verify_->addItem(tr("every byte"), "all");
    verify_->addItem(tr("none"), "none");
    destination_->addItem(tr("reuse"), "reuse");
    destination_->addItem(tr("disposal"), "disposal");
    destination_->addItem(tr("return to owner"), "return");
    asset_->setPlaceholderText(tr("ledger asset ID (optional)"));
    auto* form = new QFormLayout;
    form->addRow(tr("Purge method:"), method_);
    form->addRow(tr("Read-back:"), verify_);
    form->addRow(tr("Afterwards:"), destination_);
    form->addRow(tr("Asset:"), asset_);

    connect(purge_, &QPushButton::clicked, this, &PurgeTab::start_purge);
    connect(cancel_, &QPushButton::clicked, this, &PurgeTab::cancel);
    cancel_->setEnabled(false);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(purge_);
    actions->addWidget(cancel_);
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    methods_->setHorizontalHeaderLabels({tr("Purge method"), tr("Offered by this target")});
    methods_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    methods_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    methods_->verticalHeader()->hide();
    methods_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(bar_);
    layout->addWidget(result_);
    layout->addWidget(methods_, 1);
}

std::optional<PurgeSessionRequest> PurgeTab::make_request(const device::DeviceInfo& target) {
    Result<purge::PurgeOptions> options =
        jobs::purge_options(method_->currentText().toStdString(), verify_->currentData().toString().toStdString());
    if (!options) {
        result_->setText(tr("Choose a purge method and a read-back."));
        return std::nullopt;
    }
    PurgeSessionRequest request;
    request.target = target;
    request.asset = asset_->text().trimmed().toStdString();
    request.options = *options;
    request.verify_spec = verify_->currentData().toString().toStdString();
    request.certificate.destination =
        cert::parse_destination(destination_->currentData().toString().toStdString()).value_or(cert::Destination::reuse);
    request.certificate.department = settings_.department.toStdString();
    request.ledger = settings_.ledger.toStdString();
    request.key_file = settings_.key_file.toStdString();
    request.certificate_dir = settings_.certificate_dir.toStdString();
    return request;
}

void PurgeTab::start_purge() {
    if (runner_.busy() || helper_->busy()) return;
    std::optional<device::DeviceInfo> target = target_();
    if (!target) return;
    std::optional<PurgeSessionRequest> request = make_request(*target);
    if (!request) return;
    // What can be checked without the person comes before their confirmation and passphrase.
    const bool through_helper = helper_settings_.force || needs_helper({request->target});
    const QString problem = preflight_problem(
        {through_helper, helper_settings_, QString::fromStdString(request->ledger), settings_.key_file});
    if (!problem.isEmpty()) {
        result_->setText(tr("Nothing was erased: %1").arg(problem));
        return;
    }
    // In process, a method the target does not offer is said first; through the helper, the
    // helper asks the drive as root, after the passphrase.
    if (!through_helper) {
        if (std::optional<PurgeSessionResult> refused = purge_refused_up_front(*request)) {
            show_result(*refused);
            return;
        }
    }
    if (!confirmer_(request->target)) {
        result_->setText(tr("Not confirmed: nothing was erased."));
        return;
    }
    std::optional<SecretBuffer> passphrase;
    if (!request->ledger.empty()) {
        passphrase = passphrase_(settings_.key_file);
        if (!passphrase) {
            result_->setText(tr("No passphrase: nothing was erased."));
            return;
        }
    }
    result_->setText(request->ledger.empty() ? tr("No ledger is set in Settings: the purge gets no certificate.")
                                             : tr("Purging %1…").arg(QString::fromStdString(request->target.path)));
    methods_->setRowCount(0);
    bar_->setValue(0);
    bar_->setFormat("%p%");
    last_.reset();
    set_running(true);
    run(std::move(*request), through_helper, std::move(passphrase));
}

// In process when the GUI can open the target; else through the privileged helper, which
// purges and certifies with the same job.
void PurgeTab::run(PurgeSessionRequest request, bool through_helper, std::optional<SecretBuffer> passphrase) {
    if (through_helper) {
        helper_outcome_ = MediumHelperOutcome{};
        std::vector<SecretBuffer> secrets;
        if (passphrase) secrets.push_back(std::move(*passphrase));
        helper_->start(purge_helper_argv(helper_settings_, request, effective_language(settings_)), std::move(secrets));
        return;
    }
    auto shared = std::make_shared<PurgeSessionRequest>(std::move(request));
    auto secret = std::make_shared<std::optional<SecretBuffer>>(std::move(passphrase));
    runner_.start([this, shared, secret](std::stop_token stop) {
        auto sink = [this](const purge::PurgeProgress& progress) { post(this, [this, progress] { show_progress(progress); }); };
        auto result = std::make_shared<PurgeSessionResult>(run_purge_session(*shared, std::move(*secret), sink, stop));
        post(this, [this, result] { show_result(*result); });
    });
}

void PurgeTab::cancel() {
    runner_.cancel();
    helper_->cancel();
}

void PurgeTab::set_running(bool running) {
    purge_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void PurgeTab::show_progress(const purge::PurgeProgress& progress) {
    // The drive's own percentage when it gives one; else the polls so far.
    if (progress.percent) {
        bar_->setValue(static_cast<int>(*progress.percent * 10));
        bar_->setFormat("%p%");
    } else {
        bar_->setFormat(tr("the drive is working (poll %1)").arg(progress.polls));
    }
}

void PurgeTab::show_result(const PurgeSessionResult& result) {
    certificates_.clear();
    if (result.result) {
        show_methods(result.result->methods);
        if (result.result->certificate) certificates_ << QString::fromStdString(result.result->certificate->files.json);
        if (result.result->report.outcome == purge::PurgeOutcome::purged) bar_->setValue(bar_->maximum());
    }
    result_->setText(purge_summary(result));
    last_ = result;
    result_pending_ = true;
    if (!runner_.busy()) conclude();
}

// The end is announced once the worker has ended too, so that the tab can start again at once.
void PurgeTab::conclude() {
    set_running(false);
    if (!result_pending_) return;
    result_pending_ = false;
    emit purge_finished(certificates_);
}

void PurgeTab::show_methods(const std::vector<purge::PurgeAvailability>& methods) {
    methods_->setRowCount(0);
    for (const purge::PurgeAvailability& offered : methods) {
        const int row = methods_->rowCount();
        methods_->insertRow(row);
        methods_->setItem(row, 0, new QTableWidgetItem(method_name(offered.method)));
        const QString why = offered.available ? tr("available") : tr("not available: %1").arg(Words::drive_reason(offered.reason));
        methods_->setItem(row, 1, new QTableWidgetItem(why));
    }
}

}  // namespace sanitize::gui
