#include "attachment_page.hpp"

#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

#include "error_text.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"
#include "sanitize/attach.hpp"

namespace sanitize::gui {

AttachmentPage::AttachmentPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), files_(new QListWidget), output_(new QLineEdit(QDir::homePath() + "/attachment.zip")),
      recipient_(new QLineEdit), classification_(new QComboBox), password_(new QLabel),
      copy_(new QPushButton(tr("Copy"))), create_(new QPushButton(tr("Create the attachment"))), result_(new QLabel) {
    setAcceptDrops(true);
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    connect(&runner_, &JobRunner::finished, this, [this] { create_->setEnabled(true); });
    auto* add = new QPushButton(tr("Add files…"));
    connect(add, &QPushButton::clicked, this, [this] { add_files(QFileDialog::getOpenFileNames(this, tr("Files to attach"))); });
    auto* files_box = new QGroupBox(tr("Files (drop them here)"));
    auto* files_layout = new QVBoxLayout(files_box);
    files_layout->addWidget(files_);
    files_layout->addWidget(add, 0, Qt::AlignLeft);

    classification_->addItem(Words::classification(0), 0);
    classification_->addItem(Words::classification(1), 1);
    classification_->addItem(Words::classification(2), 2);
    classification_->setCurrentIndex(1);
    recipient_->setPlaceholderText(tr("name or address of the recipient"));
    auto* form = new QFormLayout;
    form->addRow(tr("Archive:"), output_);
    form->addRow(tr("Recipient:"), recipient_);
    form->addRow(tr("Classification:"), classification_);

    QFont big = password_->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setFamily("monospace");
    password_->setFont(big);
    password_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* generate = new QPushButton(tr("Generate a password"));
    connect(generate, &QPushButton::clicked, this, &AttachmentPage::generate_password);
    connect(copy_, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(password_->text()); });
    copy_->setEnabled(false);
    create_->setEnabled(false);
    connect(create_, &QPushButton::clicked, this, &AttachmentPage::create);
    auto* password_box = new QGroupBox(tr("Password (tell it by another channel, never in the same mail)"));
    auto* password_layout = new QHBoxLayout(password_box);
    password_layout->addWidget(password_, 1);
    password_layout->addWidget(generate);
    password_layout->addWidget(copy_);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(files_box, 2);
    layout->addLayout(form);
    layout->addWidget(password_box);
    layout->addWidget(create_, 0, Qt::AlignRight);
    layout->addWidget(result_, 1);
}

void AttachmentPage::add_files(const QStringList& paths) {
    for (const QString& path : paths) files_->addItem(path);
}

void AttachmentPage::set_output(const QString& path) {
    output_->setText(path);
}

void AttachmentPage::generate_password() {
    secret_ = std::make_shared<SecretBuffer>(attach::generate_password());
    const auto bytes = secret_->bytes();
    password_->setText(QString::fromUtf8(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())));
    copy_->setEnabled(true);
    create_->setEnabled(true);
}

void AttachmentPage::create() {
    if (runner_.busy() || !secret_ || files_->count() == 0) {
        result_->setText(tr("Add files and generate a password first."));
        return;
    }
    AttachmentRequest request;
    for (int row = 0; row < files_->count(); ++row) request.inputs.emplace_back(files_->item(row)->text().toStdString());
    request.output = output_->text().trimmed().toStdString();
    request.recipient = recipient_->text().trimmed().toStdString();
    request.classification = classification_->currentData().toInt();
    request.ledger = settings_.ledger.toStdString();
    request.key_file = settings_.key_file.toStdString();
    // The key file and ledger are checked before the passphrase is asked (see preflight.hpp).
    const QString problem = preflight_problem({false, HelperSettings{}, settings_.ledger, settings_.key_file});
    if (!problem.isEmpty()) {
        result_->setText(tr("Not made: %1").arg(problem));
        return;
    }
    std::optional<SecretBuffer> passphrase;
    if (!request.ledger.empty()) {
        passphrase = passphrase_(settings_.key_file);
        if (!passphrase) {
            result_->setText(tr("No passphrase: nothing was made."));
            return;
        }
    }
    create_->setEnabled(false);
    result_->setText(tr("Making the archive…"));
    auto shared = std::make_shared<std::pair<AttachmentRequest, std::optional<SecretBuffer>>>(std::move(request), std::move(passphrase));
    runner_.start([this, shared, secret = secret_](std::stop_token stop) {
        auto result = std::make_shared<AttachmentResult>(make_attachment(shared->first, *secret, std::move(shared->second), stop));
        post(this, [this, result] { show_result(*result); });
    });
}

void AttachmentPage::show_result(const AttachmentResult& result) {
    QStringList lines;
    if (result.error) lines << tr("Not made: %1").arg(Words::error(*result.error));
    if (result.disclosure) {
        lines << tr("Archive written: %1 (%2, %3 entries, AES-256)")
                     .arg(output_->text(), Words::size(result.disclosure->archive_bytes))
                     .arg(result.disclosure->entry_count);
    }
    if (result.checked_entries > 0) lines << tr("Read back with the password: %1 entries, all intact.").arg(result.checked_entries);
    if (result.ledger_seq) lines << tr("Disclosure recorded in the ledger (event %1).").arg(*result.ledger_seq);
    if (!result.error && !result.ledger_seq) lines << tr("No ledger is set in Settings: the disclosure is not recorded.");
    result_->setText(lines.join("\n"));
    emit created(!result.error);
}

void AttachmentPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void AttachmentPage::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) paths << url.toLocalFile();
    }
    add_files(paths);
}

}  // namespace sanitize::gui
