#include "asset_dialog.hpp"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include "error_text.hpp"

namespace sanitize::gui {

AssetDialog::AssetDialog(const std::optional<ledger::Asset>& existing, QWidget* parent)
    : QDialog(parent), id_(new QLineEdit), name_(new QLineEdit), classification_(new QComboBox), department_(new QLineEdit),
      owner_(new QLineEdit), user_scope_(new QLineEdit), location_(new QLineEdit), retention_(new QLineEdit),
      status_(new QLineEdit), remarks_(new QLineEdit) {
    setWindowTitle(existing ? tr("Edit asset") : tr("Add asset"));
    for (int level = 0; level <= 2; ++level) classification_->addItem(Words::classification(level), level);
    retention_->setPlaceholderText(tr("YYYY-MM-DD, the last day it is kept"));
    if (existing) {
        id_->setText(QString::fromStdString(existing->asset_id));
        id_->setReadOnly(true);
        name_->setText(QString::fromStdString(existing->name));
        classification_->setCurrentIndex(classification_->findData(existing->classification));
        department_->setText(QString::fromStdString(existing->department));
        owner_->setText(QString::fromStdString(existing->owner));
        user_scope_->setText(QString::fromStdString(existing->user_scope));
        location_->setText(QString::fromStdString(existing->media_location));
        retention_->setText(QString::fromStdString(existing->retention));
        status_->setText(QString::fromStdString(existing->status));
        remarks_->setText(QString::fromStdString(existing->remarks));
    }
    auto* form = new QFormLayout(this);
    form->addRow(tr("Asset ID"), id_);
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Classification"), classification_);
    form->addRow(tr("Department"), department_);
    form->addRow(tr("Owner"), owner_);
    form->addRow(tr("Users"), user_scope_);
    form->addRow(tr("Medium and location"), location_);
    form->addRow(tr("Retention until"), retention_);
    form->addRow(tr("Status"), status_);
    form->addRow(tr("Remarks"), remarks_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(existing ? tr("Save") : tr("Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    resize(520, sizeHint().height());
}

ledger::Asset AssetDialog::asset() const {
    ledger::Asset asset;
    asset.asset_id = id_->text().trimmed().toStdString();
    asset.name = name_->text().trimmed().toStdString();
    asset.classification = classification_->currentData().toInt();
    asset.department = department_->text().trimmed().toStdString();
    asset.owner = owner_->text().trimmed().toStdString();
    asset.user_scope = user_scope_->text().trimmed().toStdString();
    asset.media_location = location_->text().trimmed().toStdString();
    asset.retention = retention_->text().trimmed().toStdString();
    asset.status = status_->text().trimmed().toStdString();
    asset.remarks = remarks_->text().trimmed().toStdString();
    return asset;
}

}  // namespace sanitize::gui
