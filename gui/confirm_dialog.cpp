#include "confirm_dialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "error_text.hpp"

namespace sanitize::gui {

ConfirmDialog::ConfirmDialog(device::DeviceInfo info, QWidget* parent)
    : QDialog(parent), info_(std::move(info)), field_(new QLineEdit), erase_(nullptr) {
    setWindowTitle(tr("Confirm erasure"));
    const QString token = QString::fromStdString(device::confirmation_token(info_));
    const QString what = info_.kind == device::TargetKind::block_device
                             ? tr("the serial number (or, without one, the device name)")
                             : tr("the image file's path");
    auto* warning = new QLabel(tr("<b>Everything on %1 (%2, %3) will be destroyed.</b>")
                                   .arg(QString::fromStdString(info_.path).toHtmlEscaped(),
                                        QString::fromStdString(info_.model).toHtmlEscaped(), Words::size(info_.size_bytes)));
    warning->setWordWrap(true);
    auto* ask = new QLabel(tr("To confirm, type %1:").arg(what));
    ask->setWordWrap(true);
    auto* token_label = new QLabel("<tt>" + token.toHtmlEscaped() + "</tt>");
    token_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    erase_ = buttons->addButton(tr("Erase"), QDialogButtonBox::AcceptRole);
    erase_->setEnabled(false);
    connect(field_, &QLineEdit::textChanged, this, [this] { erase_->setEnabled(matches()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addWidget(ask);
    layout->addWidget(token_label);
    layout->addWidget(field_);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

bool ConfirmDialog::matches() const {
    return device::confirmation_matches(info_, field_->text().toStdString());
}

void ConfirmDialog::accept() {
    if (matches()) QDialog::accept();
}

}  // namespace sanitize::gui
