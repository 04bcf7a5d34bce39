#include "wipe_page.hpp"

#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "confirm_dialog.hpp"
#include "device_table.hpp"
#include "error_text.hpp"
#include "helper_process.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"

namespace sanitize::gui {

namespace {

QString phase_text(wipe::Phase phase) {
    switch (phase) {
        case wipe::Phase::writing: return WipePage::tr("writing");
        case wipe::Phase::syncing: return WipePage::tr("syncing");
        case wipe::Phase::verifying: return WipePage::tr("verifying");
    }
    return {};
}

QString eta_text(const std::optional<std::chrono::seconds>& eta) {
    if (!eta) return "-";
    const auto total = eta->count();
    return QString("%1:%2:%3").arg(total / 3600).arg(total / 60 % 60, 2, 10, QChar('0')).arg(total % 60, 2, 10, QChar('0'));
}

}  // namespace

WipePage::WipePage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), devices_(new DeviceTable), method_(new QComboBox), verify_(new QComboBox),
      destination_(new QComboBox), asset_(new QLineEdit),
      resume_(new QCheckBox(tr("Continue an interrupted wipe"))),
      reset_hidden_(new QCheckBox(tr("Restore hidden areas (HPA, AMA) first"))),
      restore_dco_(new QCheckBox(tr("Also undo a DCO (resets the drive's feature settings)"))), wipe_(new QPushButton(tr("Wipe…"))),
      cancel_(new QPushButton(tr("Cancel"))), progress_(new QTableWidget(0, 5)), result_(new QLabel) {
    confirmer_ = [this](const device::DeviceInfo& info) { return ConfirmDialog(info, this).exec() == QDialog::Accepted; };
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    connect(&runner_, &JobRunner::finished, this, [this] { set_running(false); });
    helper_ = new HelperProcess(
        [this](std::size_t target, const wipe::Progress& progress) { show_progress(target, progress); },
        [this](const WipeResult& result) {
            show_result(result);
            set_running(false);
        },
        this);

    auto* refresh = new QPushButton(tr("Refresh"));
    auto* add = new QPushButton(tr("Add image file…"));
    connect(refresh, &QPushButton::clicked, devices_, &DeviceTable::refresh);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Disk image to wipe"));
        if (!path.isEmpty()) add_image(path);
    });
    auto* device_buttons = new QHBoxLayout;
    device_buttons->addWidget(refresh);
    device_buttons->addWidget(add);
    device_buttons->addStretch();
    auto* device_box = new QGroupBox(tr("Targets"));
    auto* device_layout = new QVBoxLayout(device_box);
    device_layout->addWidget(devices_);
    device_layout->addLayout(device_buttons);

    for (const std::string& name : wipe::method_names()) method_->addItem(QString::fromStdString(name));
    method_->setCurrentText("random");
    verify_->addItem(tr("last pass, every byte"), "last");
    verify_->addItem(tr("every pass, every byte"), "all");
    verify_->addItem(tr("sample 10 %"), "sample:10");
    verify_->addItem(tr("none"), "none");
    destination_->addItem(tr("reuse"), "reuse");
    destination_->addItem(tr("disposal"), "disposal");
    destination_->addItem(tr("return to owner"), "return");
    asset_->setPlaceholderText(tr("ledger asset IDs, one per ticked target in their order (optional)"));
    auto* options_box = new QGroupBox(tr("Method"));
    auto* form = new QFormLayout(options_box);
    form->addRow(tr("Method:"), method_);
    form->addRow(tr("Verification:"), verify_);
    form->addRow(tr("Afterwards:"), destination_);
    form->addRow(tr("Asset:"), asset_);
    // The saved wipe's method and verification apply: the choices above are not used then.
    resume_->setToolTip(tr("The method and verification of the interrupted wipe are used."));
    form->addRow(QString(), resume_);
    // An overwrite cannot reach what the drive hides; the certificate records what was restored.
    restore_dco_->setEnabled(false);
    connect(reset_hidden_, &QCheckBox::toggled, restore_dco_, &QCheckBox::setEnabled);
    form->addRow(QString(), reset_hidden_);
    form->addRow(QString(), restore_dco_);

    progress_->setHorizontalHeaderLabels({tr("Target"), tr("Progress"), tr("Rate"), tr("Remaining"), tr("Outcome")});
    progress_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    progress_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    progress_->verticalHeader()->hide();
    progress_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(wipe_, &QPushButton::clicked, this, &WipePage::start_wipe);
    connect(cancel_, &QPushButton::clicked, this, &WipePage::cancel);
    cancel_->setEnabled(false);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(wipe_);
    actions->addWidget(cancel_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(device_box, 3);
    layout->addWidget(options_box);
    layout->addLayout(actions);
    layout->addWidget(progress_, 2);
    layout->addWidget(result_);
}

bool WipePage::add_image(const QString& path) {
    Result<device::DeviceInfo> info = device::inspect(path.toStdString());
    if (!info) {
        result_->setText(Words::error(info.error()));
        return false;
    }
    devices_->add_target(*info);
    return true;
}

std::optional<WipeRequest> WipePage::make_request() {
    WipeRequest request;
    request.targets = devices_->checked();
    if (request.targets.empty()) {
        result_->setText(tr("Tick at least one target."));
        return std::nullopt;
    }
    Result<wipe::Method> method = wipe::parse_method(method_->currentText().toStdString());
    Result<wipe::VerifyPlan> plan = wipe::parse_verify(verify_->currentData().toString().toStdString());
    if (!method || !plan) {
        result_->setText(Words::error(!method ? method.error() : plan.error()));
        return std::nullopt;
    }
    request.options.method = std::move(*method);
    request.options.verify = *plan;
    request.method_spec = method_->currentText().toStdString();
    request.verify_spec = verify_->currentData().toString().toStdString();
    std::optional<std::vector<std::string>> assets =
        assets_per_target(asset_->text().toStdString(), request.targets.size());
    if (!assets) {
        result_->setText(tr("Give one asset ID per ticked target, in their order, separated by commas (or none)."));
        return std::nullopt;
    }
    request.assets = std::move(*assets);
    request.hidden_areas = {reset_hidden_->isChecked(), reset_hidden_->isChecked() && restore_dco_->isChecked()};
    request.certificate.destination =
        cert::parse_destination(destination_->currentData().toString().toStdString()).value_or(cert::Destination::reuse);
    request.certificate.department = settings_.department.toStdString();
    request.ledger = settings_.ledger.toStdString();
    request.key_file = settings_.key_file.toStdString();
    request.certificate_dir = settings_.certificate_dir.toStdString();
    request.checkpoint_dir = settings_.checkpoint_dir.toStdString();
    request.resume = resume_->isChecked();
    return request;
}

void WipePage::start_wipe() {
    if (runner_.busy() || helper_->busy()) return;
    std::optional<WipeRequest> request = make_request();
    if (!request) return;
    // Everything that can be checked without the person comes before their confirmation and
    // passphrase: a missing pkexec or key file is said at once, not after the typing.
    const bool through_helper = helper_settings_.force || needs_helper(request->targets);
    const QString problem = preflight_problem(
        {through_helper, helper_settings_, QString::fromStdString(request->ledger), settings_.key_file});
    if (!problem.isEmpty()) {
        result_->setText(tr("Nothing was erased: %1").arg(problem));
        return;
    }
    for (const device::DeviceInfo& info : request->targets) {
        if (!confirmer_(info)) {
            result_->setText(tr("Not confirmed: nothing was erased."));
            return;
        }
    }
    std::optional<SecretBuffer> passphrase;
    if (!request->ledger.empty()) {
        passphrase = passphrase_(settings_.key_file);
        if (!passphrase) {
            result_->setText(tr("No passphrase: nothing was erased."));
            return;
        }
    } else {
        result_->setText(tr("No ledger is set in Settings: the wipe gets no certificate."));
    }
    progress_->setRowCount(0);
    for (const device::DeviceInfo& info : request->targets) {
        const int row = progress_->rowCount();
        progress_->insertRow(row);
        progress_->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(info.path)));
        auto* bar = new QProgressBar;
        bar->setRange(0, 1000);
        progress_->setCellWidget(row, 1, bar);
        for (int column = 2; column < 5; ++column) progress_->setItem(row, column, new QTableWidgetItem);
    }
    results_.clear();
    set_running(true);
    start_session(std::move(*request), through_helper, std::move(passphrase));
}

// In process when the GUI can open every target; else the whole batch goes to the privileged
// helper, authorised once, which wipes and certifies exactly as in process.
void WipePage::start_session(WipeRequest request, bool through_helper, std::optional<SecretBuffer> passphrase) {
    if (through_helper) {
        helper_->start(helper_argv(helper_settings_, request, effective_language(settings_)), std::move(passphrase));
        return;
    }
    auto shared = std::make_shared<WipeRequest>(std::move(request));
    auto secret = std::make_shared<std::optional<SecretBuffer>>(std::move(passphrase));
    runner_.start([this, shared, secret](std::stop_token stop) {
        auto sink = [this](std::size_t target, const wipe::Progress& progress) {
            post(this, [this, target, progress] { show_progress(target, progress); });
        };
        auto result = std::make_shared<WipeResult>(run_wipe_session(*shared, std::move(*secret), sink, stop));
        post(this, [this, result] { show_result(*result); });
    });
}

void WipePage::cancel() {
    runner_.cancel();
    helper_->cancel();
}

void WipePage::set_running(bool running) {
    wipe_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void WipePage::show_progress(std::size_t target, const wipe::Progress& progress) {
    const int row = static_cast<int>(target);
    if (row >= progress_->rowCount()) return;
    auto* bar = qobject_cast<QProgressBar*>(progress_->cellWidget(row, 1));
    if (bar == nullptr) return;  // the row already says why its target was not wiped
    const double done = progress.phase_bytes_total == 0
                            ? 0.0
                            : static_cast<double>(progress.phase_bytes_done) / static_cast<double>(progress.phase_bytes_total);
    bar->setValue(static_cast<int>(done * 1000));
    bar->setFormat(tr("pass %1/%2 %3 %p%").arg(progress.pass_index + 1).arg(progress.pass_count).arg(phase_text(progress.phase)));
    progress_->item(row, 2)->setText(Words::rate(progress.bytes_per_second));
    progress_->item(row, 3)->setText(eta_text(progress.eta));
    emit progressed();
}

void WipePage::show_result(const WipeResult& result) {
    QStringList lines;
    QStringList certificates;
    if (result.error) lines << refusal(*result.error);
    if (!result.helper_failure.empty()) lines << QString::fromStdString(result.helper_failure);
    for (std::size_t i = 0; i < result.targets.size(); ++i) {
        const TargetResult& target = result.targets[i];
        const QString outcome = Words::outcome(target.report.outcome);
        progress_->item(static_cast<int>(i), 4)->setText(outcome);
        QString line = QString::fromStdString(target.report.device.path) + ": " + outcome;
        if (target.report.error) line += " (" + Words::error(*target.report.error) + ")";
        lines << line;
        if (target.certified) {
            certificates << QString::fromStdString(target.certified->files.json);
            lines << tr("Certificate: %1").arg(QString::fromStdString(target.certified->files.json));
        }
        if (target.certify_error) lines << tr("No certificate: %1").arg(Words::error(*target.certify_error));
    }
    // A target the run never reached (a helper that did not start, a refusal before any write)
    // keeps its row, which says why instead of an empty bar.
    if (result.targets.size() < static_cast<std::size_t>(progress_->rowCount())) {
        QString why = result.error ? refusal(*result.error) : QString::fromStdString(result.helper_failure);
        if (why.isEmpty()) why = tr("the wipe did not start");
        for (int row = static_cast<int>(result.targets.size()); row < progress_->rowCount(); ++row) show_not_started(row, why);
    }
    result_->setText(lines.join("\n"));
    results_ = result.targets;
    emit wipe_finished(certificates);
}

// The bar of a target that was not wiped gives way to the reason (its first line; the whole
// text as the tooltip), and the outcome column says so.
void WipePage::show_not_started(int row, const QString& why) {
    progress_->removeCellWidget(row, 1);
    auto* reason = new QTableWidgetItem(why.section('\n', 0, 0));
    reason->setToolTip(why);
    progress_->setItem(row, 1, reason);
    progress_->item(row, 4)->setText(tr("not erased"));
}

// Why nothing was written in this run: the job's refusal, worded for the page. The reasons
// about a target's saved state say what to tick instead.
QString WipePage::refusal(const Error& error) const {
    const QString target = QString::fromStdString(error.device);
    switch (error.reason) {
        case Reason::checkpoint_missing:
            return tr("%1: no interrupted wipe to continue. Untick \"Continue an interrupted wipe\" to start a new one.")
                .arg(target);
        case Reason::checkpoint_exists:
            return tr("%1: an interrupted wipe of this medium can be continued. Tick \"Continue an interrupted "
                      "wipe\" and start again.")
                .arg(target);
        case Reason::checkpoint_other_medium:
            return tr("%1: the saved wipe belongs to another medium (%2 differs). Nothing was written.")
                .arg(target, QString::fromStdString(error.context));
        case Reason::checkpoint_corrupt:
            return tr("%1: the saved state of the interrupted wipe is damaged. Nothing was written.").arg(target);
        case Reason::checkpoint_unusable:
            return tr("%1: the wipe's state could not be saved: %2. Nothing was written.").arg(target, Words::error(error));
        default: return tr("Nothing was erased: %1").arg(Words::error(error));
    }
}

}  // namespace sanitize::gui
