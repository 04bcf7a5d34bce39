#include "carry_out_page.hpp"

#include <memory>

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "carry_outs_view.hpp"
#include "confirm_dialog.hpp"
#include "device_table.hpp"
#include "error_text.hpp"
#include "helper_process.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"

namespace sanitize::gui {

namespace {

QString step_text(jobs::PrepareStep step) {
    switch (step) {
        case jobs::PrepareStep::wipe: return CarryOutPage::tr("wiping the stick");
        case jobs::PrepareStep::certify: return CarryOutPage::tr("issuing the certificate");
        case jobs::PrepareStep::format: return CarryOutPage::tr("making the file system");
        case jobs::PrepareStep::write_archive: return CarryOutPage::tr("encrypting the folder onto the stick");
        case jobs::PrepareStep::write_readme: return CarryOutPage::tr("writing the instructions");
        case jobs::PrepareStep::check_archive: return CarryOutPage::tr("reading the archive back");
        case jobs::PrepareStep::record: return CarryOutPage::tr("recording the carry-out");
    }
    return {};
}

}  // namespace

CarryOutPage::CarryOutPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), folder_(new QLineEdit), recipients_(new QPlainTextEdit),
      archive_passphrase_(new QLineEdit), classification_(new QComboBox), asset_(new QLineEdit), approval_(new QLineEdit),
      sticks_(new DeviceTable), prepare_(new QPushButton(tr("Prepare the stick…"))),
      cancel_(new QPushButton(tr("Cancel"))), progress_(new QProgressBar), step_(new QLabel), result_(new QLabel),
      tabs_(new QTabWidget), carry_outs_(new CarryOutsView(settings)) {
    setAcceptDrops(true);
    confirmer_ = [this](const device::DeviceInfo& info) { return ConfirmDialog(info, this).exec() == QDialog::Accepted; };
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    connect(&runner_, &JobRunner::finished, this, [this] { set_running(false); });
    helper_ = new HelperLines([this](const QByteArray& line) { read_helper_line(line); },
                              [this](int exit_code, bool crashed, const QString& stderr_text) {
                                  helper_outcome_.exit_code = exit_code;
                                  helper_outcome_.crashed = crashed;
                                  helper_outcome_.stderr_text = stderr_text;
                                  set_running(false);
                                  show_result(prepare_helper_result(helper_outcome_));
                              },
                              this);
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getExistingDirectory(this, tr("Folder to carry out"));
        if (!path.isEmpty()) folder_->setText(path);
    });
    auto* folder_row = new QHBoxLayout;
    folder_row->addWidget(folder_, 1);
    folder_row->addWidget(browse);
    folder_->setPlaceholderText(tr("drop the folder here"));
    // The page takes the drop: the field's own would paste the dropped text into what is there.
    folder_->setAcceptDrops(false);
    recipients_->setPlaceholderText(tr("age1… public keys of the recipients, one per line"));
    recipients_->setMaximumHeight(70);
    archive_passphrase_->setEchoMode(QLineEdit::Password);
    archive_passphrase_->setPlaceholderText(tr("or a passphrase, when there is no recipient key"));
    classification_->addItem(tr("the asset's"), -1);
    classification_->addItem(Words::classification(0), 0);
    classification_->addItem(Words::classification(1), 1);
    classification_->addItem(Words::classification(2), 2);
    // An approval is an event number the approver granted; the job checks who granted it.
    approval_->setValidator(new QRegularExpressionValidator(QRegularExpression("[1-9][0-9]{0,17}"), approval_));
    approval_->setPlaceholderText(tr("level 1 and 2: the id of a granted approval"));
    auto* add = new QPushButton(tr("Add image file…"));
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Disk image"));
        Result<device::DeviceInfo> info = path.isEmpty() ? Result<device::DeviceInfo>(make_error(Errc::cancelled, ""))
                                                         : device::inspect(path.toStdString());
        if (info) sticks_->add_target(*info);
    });
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Folder:"), folder_row);
    form->addRow(tr("Recipients:"), recipients_);
    form->addRow(tr("Passphrase:"), archive_passphrase_);
    form->addRow(tr("Classification:"), classification_);
    form->addRow(tr("Asset:"), asset_);
    form->addRow(tr("Approval:"), approval_);
    connect(prepare_, &QPushButton::clicked, this, &CarryOutPage::start);
    connect(cancel_, &QPushButton::clicked, this, &CarryOutPage::cancel);
    cancel_->setEnabled(false);
    auto* actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addStretch();
    actions->addWidget(prepare_);
    actions->addWidget(cancel_);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* prepare_tab = new QWidget;
    auto* layout = new QVBoxLayout(prepare_tab);
    layout->addLayout(form);
    layout->addWidget(sticks_, 2);
    layout->addLayout(actions);
    layout->addWidget(step_);
    layout->addWidget(progress_);
    layout->addWidget(result_, 1);
    tabs_->addTab(prepare_tab, tr("Prepare a stick"));
    tabs_->addTab(carry_outs_, tr("Carried out"));
    // The ledger is read when the list is first asked for, not when the window opens.
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (tabs_->widget(index) == carry_outs_) carry_outs_->load();
    });
    auto* page_layout = new QVBoxLayout(this);
    page_layout->setContentsMargins(0, 0, 0, 0);
    page_layout->addWidget(tabs_);
}

void CarryOutPage::show_tab(Tab tab) { tabs_->setCurrentIndex(tab == Tab::prepare ? 0 : 1); }

std::optional<CarryOutRequest> CarryOutPage::make_request() {
    std::vector<device::DeviceInfo> sticks = sticks_->checked();
    if (sticks.size() != 1 || folder_->text().trimmed().isEmpty()) {
        result_->setText(tr("Choose a folder and tick exactly one stick."));
        return std::nullopt;
    }
    CarryOutRequest request;
    request.stick = sticks.front();
    request.folder = folder_->text().trimmed().toStdString();
    for (const QString& line : recipients_->toPlainText().split('\n', Qt::SkipEmptyParts)) {
        if (!line.trimmed().isEmpty()) request.recipients.push_back(line.trimmed().toStdString());
    }
    request.asset_id = asset_->text().trimmed().toStdString();
    const int level = classification_->currentData().toInt();
    if (level >= 0) request.classification = level;
    request.approval = jobs::Approval{approval_->text().trimmed().toLongLong()};
    request.department = settings_.department.toStdString();
    request.ledger = settings_.ledger.toStdString();
    request.key_file = settings_.key_file.toStdString();
    request.certificate_dir = settings_.certificate_dir.toStdString();
    request.auditor_recipients = settings_.auditor_recipients.toStdString();
    return request;
}

void CarryOutPage::start() {
    if (runner_.busy() || helper_->busy()) return;
    std::optional<CarryOutRequest> request = make_request();
    if (!request) return;
    if (request->ledger.empty()) {
        result_->setText(tr("A carry-out is recorded in the ledger: set the ledger in Settings first."));
        return;
    }
    // Checked before the person confirms and types a passphrase (see preflight.hpp).
    const bool through_helper = helper_settings_.force || needs_helper({request->stick});
    const QString problem = preflight_problem(
        {through_helper, helper_settings_, QString::fromStdString(request->ledger), settings_.key_file});
    if (!problem.isEmpty()) {
        result_->setText(tr("Nothing was touched: %1").arg(problem));
        return;
    }
    if (!confirmer_(request->stick)) {
        result_->setText(tr("Not confirmed: nothing was erased."));
        return;
    }
    std::optional<SecretBuffer> key_passphrase = passphrase_(settings_.key_file);
    if (!key_passphrase) return;
    std::optional<SecretBuffer> archive_passphrase;
    if (request->recipients.empty() && !archive_passphrase_->text().isEmpty()) {
        QString text = archive_passphrase_->text();
        archive_passphrase_->clear();
        archive_passphrase = secret_from(text);
    }
    set_running(true);
    result_->clear();
    if (through_helper) {
        start_helper(*request, std::move(archive_passphrase), std::move(*key_passphrase));
    } else {
        start_in_process(std::move(*request), std::move(archive_passphrase), std::move(*key_passphrase));
    }
}

void CarryOutPage::start_in_process(CarryOutRequest request, std::optional<SecretBuffer> archive_passphrase,
                                    SecretBuffer key_passphrase) {
    auto shared = std::make_shared<CarryOutRequest>(std::move(request));
    auto secrets = std::make_shared<std::pair<std::optional<SecretBuffer>, SecretBuffer>>(std::move(archive_passphrase),
                                                                                         std::move(key_passphrase));
    runner_.start([this, shared, secrets](std::stop_token stop) {
        const CarryOutProgress progress{
            [this](jobs::PrepareStep step) { post(this, [this, step] { show_step(step); }); },
            [this](int value) { post(this, [this, value] { show_value(value); }); }};
        auto result = std::make_shared<CarryOutResult>(
            run_carry_out(*shared, std::move(secrets->first), std::move(secrets->second), progress, stop));
        post(this, [this, result] { show_result(*result); });
    });
}

// The GUI cannot open the stick: sanitize-helper's `prepare` runs it as root, authorised through
// pkexec, and reads the folder with the person's rights.
// The secrets go on its stdin, the key's line first (the order the CLI reads them).
void CarryOutPage::start_helper(const CarryOutRequest& request, std::optional<SecretBuffer> archive_passphrase,
                                SecretBuffer key_passphrase) {
    helper_outcome_ = PrepareOutcome{};
    const bool with_archive_passphrase = archive_passphrase.has_value();
    std::vector<SecretBuffer> secrets;
    secrets.push_back(std::move(key_passphrase));
    if (archive_passphrase) secrets.push_back(std::move(*archive_passphrase));
    if (!helper_settings_.launcher.isEmpty()) step_->setText(tr("Waiting for the administrator's authorisation…"));
    helper_->start(prepare_helper_argv(helper_settings_, request, with_archive_passphrase, effective_language(settings_)),
                   std::move(secrets));
}

void CarryOutPage::read_helper_line(const QByteArray& line) {
    PrepareLine parsed = parse_prepare_line(line);
    if (const auto* step = std::get_if<PrepareStepLine>(&parsed)) {
        if (step->started) show_step(step->step);
    } else if (const auto* progress = std::get_if<HelperProgress>(&parsed)) {
        const wipe::Progress& p = progress->progress;
        show_value(p.phase_bytes_total == 0 ? 0 : static_cast<int>(p.phase_bytes_done * 1000 / p.phase_bytes_total));
    } else if (const auto* bytes = std::get_if<PrepareBytesLine>(&parsed)) {
        show_value(bytes->total == 0 ? 0 : static_cast<int>(bytes->done * 1000 / bytes->total));
    } else if (auto* prepared = std::get_if<PreparedByHelper>(&parsed)) {
        helper_outcome_.prepared = std::move(*prepared);
    } else if (auto* failure = std::get_if<protocol::Failure>(&parsed)) {
        helper_outcome_.failure = std::move(*failure);
    }
}

void CarryOutPage::cancel() {
    runner_.cancel();
    helper_->cancel();
}

void CarryOutPage::set_running(bool running) {
    prepare_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void CarryOutPage::show_value(int value) {
    progress_->setValue(value);
    emit progressed();
}

void CarryOutPage::show_step(jobs::PrepareStep step) {
    progress_->setRange(0, 1000);
    progress_->setValue(0);
    step_->setText(step_text(step));
}

void CarryOutPage::show_result(const CarryOutResult& result) {
    QStringList lines;
    if (result.error) lines << tr("Nothing was touched: %1").arg(Words::error(*result.error));
    if (!result.helper_failure.empty()) lines << QString::fromStdString(result.helper_failure);
    if (result.stick) {
        const jobs::PreparedStick& stick = *result.stick;
        if (stick.error) {
            const QString why = result.failure_text.empty() ? Words::error(*stick.error) : QString::fromStdString(result.failure_text);
            lines << tr("Failed while %1: %2").arg(step_text(stick.failed_step.value_or(jobs::PrepareStep::wipe)), why);
        }
        lines << tr("Wipe: %1").arg(Words::outcome(stick.wipe_report.outcome));
        if (stick.certificate) lines << tr("Certificate: %1").arg(QString::fromStdString(stick.certificate->files.json));
        for (const jobs::StickFile& file : stick.files) {
            lines << tr("On the stick: %1 (%2)").arg(QString::fromStdString(file.name), Words::size(file.bytes));
        }
        if (stick.archive_checked) lines << tr("The archive was read back from the stick and is intact.");
        if (stick.carry_out) lines << tr("Carry-out recorded in the ledger (event %1).").arg(stick.carry_out->seq);
    }
    step_->clear();
    result_->setText(lines.join("\n"));
    emit prepared(result.stick && result.stick->ok());
}

void CarryOutPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void CarryOutPage::dropEvent(QDropEvent* event) {
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile()) folder_->setText(urls.front().toLocalFile());
}

}  // namespace sanitize::gui
