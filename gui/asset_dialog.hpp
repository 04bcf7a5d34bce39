// The form of one asset as `sanitize asset add|update` takes it: id, name, classification,
// department, owner, user scope, medium and place, retention date, status, remarks. Editing an
// asset keeps its id.
#pragma once

#include <optional>

#include <QDialog>

#include "sanitize/ledger.hpp"

class QComboBox;
class QLineEdit;

namespace sanitize::gui {

class AssetDialog : public QDialog {
    Q_OBJECT

public:
    // Empty `existing`: a new asset.
    AssetDialog(const std::optional<ledger::Asset>& existing, QWidget* parent);

    ledger::Asset asset() const;  // as the fields hold it

    QLineEdit* id_field() const { return id_; }
    QLineEdit* name_field() const { return name_; }
    QComboBox* classification_box() const { return classification_; }
    QLineEdit* department_field() const { return department_; }
    QLineEdit* owner_field() const { return owner_; }
    QLineEdit* user_scope_field() const { return user_scope_; }
    QLineEdit* location_field() const { return location_; }
    QLineEdit* retention_field() const { return retention_; }
    QLineEdit* status_field() const { return status_; }
    QLineEdit* remarks_field() const { return remarks_; }

private:
    QLineEdit* id_;
    QLineEdit* name_;
    QComboBox* classification_;
    QLineEdit* department_;
    QLineEdit* owner_;
    QLineEdit* user_scope_;
    QLineEdit* location_;
    QLineEdit* retention_;
    QLineEdit* status_;
    QLineEdit* remarks_;
};

}  // namespace sanitize::gui
