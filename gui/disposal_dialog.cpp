#include "disposal_dialog.hpp"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sanitize::gui {

namespace {

QHBoxLayout* with_chooser(QLineEdit* field, QWidget* owner, const QString& title) {
    auto* choose = new QPushButton(DisposalDialog::tr("Choose…"));
    QObject::connect(choose, &QPushButton::clicked, owner, [field, owner, title] {
        const QString path = QFileDialog::getOpenFileName(owner, title);
        if (!path.isEmpty()) field->setText(path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(choose);
    return row;
}

}  // namespace

DisposalDialog::DisposalDialog(const QString& asset_id, QWidget* parent)
    : QDialog(parent), asset_id_(asset_id), destroyed_(new QRadioButton(tr("Physically destroyed"))),
      vendor_erasure_(new QRadioButton(tr("Erased by a vendor"))), method_(new QLineEdit), witness_(new QLineEdit),
      photo_(new QLineEdit), vendor_(new QLineEdit), vendor_certificate_(new QLineEdit), approval_(new QLineEdit) {
    setWindowTitle(tr("Dispose of asset %1").arg(asset_id));
    destroyed_->setChecked(true);
    method_->setPlaceholderText(tr("e.g. shredded, drilled, crushed"));
    photo_->setPlaceholderText(tr("optional: only its SHA-256 is recorded"));
    approval_->setPlaceholderText(tr("the id of the security officer's granted disposal approval"));

    auto* destroyed_box = new QGroupBox;
    auto* destroyed_form = new QFormLayout(destroyed_box);
    destroyed_form->addRow(tr("How"), method_);
    destroyed_form->addRow(tr("Witness"), witness_);
    destroyed_form->addRow(tr("Photo"), with_chooser(photo_, this, tr("Photo")));
    auto* vendor_box = new QGroupBox;
    auto* vendor_form = new QFormLayout(vendor_box);
    vendor_form->addRow(tr("Vendor"), vendor_);
    vendor_form->addRow(tr("Vendor's certificate"), with_chooser(vendor_certificate_, this, tr("Vendor's certificate")));
    vendor_box->setEnabled(false);
    connect(destroyed_, &QRadioButton::toggled, destroyed_box, &QWidget::setEnabled);
    connect(vendor_erasure_, &QRadioButton::toggled, vendor_box, &QWidget::setEnabled);

    auto* approval = new QFormLayout;
    approval->addRow(tr("Disposal approval"), approval_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record the disposal"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(destroyed_);
    layout->addWidget(destroyed_box);
    layout->addWidget(vendor_erasure_);
    layout->addWidget(vendor_box);
    layout->addLayout(approval);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

jobs::DisposalRequest DisposalDialog::request() const {
    jobs::DisposalRequest request;
    request.asset_id = asset_id_.toStdString();
    request.approval = {approval_->text().trimmed().toLongLong()};  // not a number: 0, none given
    if (destroyed_->isChecked()) {
        request.method = jobs::DisposalMethod::destroyed;
        request.destruction_method = method_->text().trimmed().toStdString();
        request.witness = witness_->text().trimmed().toStdString();
        request.photo = photo_->text().trimmed().toStdString();
    } else {
        request.method = jobs::DisposalMethod::vendor_erasure;
        request.vendor = vendor_->text().trimmed().toStdString();
        request.vendor_certificate = vendor_certificate_->text().trimmed().toStdString();
    }
    return request;
}

}  // namespace sanitize::gui
