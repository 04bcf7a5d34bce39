#include "confirm_dialog.hpp"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

#include "error_text.hpp"

namespace sanitize::gui {

// The medium as the person knows it: its path, then what the system says of it in brackets.
// An image file or a stick that reports no model has only its size there: no empty part, no
// stray comma.
QString ConfirmDialog::warning_text(const device::DeviceInfo& info) {
    QStringList known;
    const QString model = QString::fromStdString(info.model).trimmed();
    if (!model.isEmpty()) known << model.toHtmlEscaped();
    known << Words::size(info.size_bytes);
    return tr("<b>Everything on %1 (%2) will be destroyed.</b>")
        .arg(QString::fromStdString(info.path).toHtmlEscaped(), known.join(tr(", ", "between the model and the size")));
}

ConfirmDialog::ConfirmDialog(device::DeviceInfo info, QWidget* parent)
    : QDialog(parent), info_(std::move(info)), field_(new QLineEdit), erase_(nullptr), warning_(nullptr) {
    setWindowTitle(tr("Confirm the wipe"));
    const QString token = QString::fromStdString(device::confirmation_token(info_));
    const QString what = info_.kind == device::TargetKind::block_device
                             ? tr("the serial number (or, without one, the device name)")
                             : tr("the image file's path");
    warning_ = new QLabel(warning_text(info_));
    warning_->setWordWrap(true);
    auto* ask = new QLabel(tr("To confirm, type %1:").arg(what));
    ask->setWordWrap(true);
    auto* token_label = new QLabel("<tt>" + token.toHtmlEscaped() + "</tt>");
    token_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    // The verb of the page's own button ("Wipe…"): the person is asked about the act they chose.
    erase_ = buttons->addButton(tr("Wipe"), QDialogButtonBox::AcceptRole);
    erase_->setEnabled(false);
    connect(field_, &QLineEdit::textChanged, this, [this] { erase_->setEnabled(matches()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfirmDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(warning_);
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
