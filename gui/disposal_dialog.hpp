// A disposal as `sanitize asset dispose` takes it (policy 002 §8-5): destroyed before a witness
// (how, who, optionally a photo) or erased by a vendor (who, and the certificate it issued),
// either with the id of the security officer's granted disposal approval.
#pragma once

#include <QDialog>

#include "sanitize/jobs/lifecycle.hpp"

class QLineEdit;
class QRadioButton;

namespace sanitize::gui {

class DisposalDialog : public QDialog {
    Q_OBJECT

public:
    DisposalDialog(const QString& asset_id, QWidget* parent);

    jobs::DisposalRequest request() const;  // as the fields hold it; the library checks it

    QRadioButton* destroyed_button() const { return destroyed_; }
    QRadioButton* vendor_button() const { return vendor_erasure_; }
    QLineEdit* method_field() const { return method_; }
    QLineEdit* witness_field() const { return witness_; }
    QLineEdit* photo_field() const { return photo_; }
    QLineEdit* vendor_field() const { return vendor_; }
    QLineEdit* vendor_certificate_field() const { return vendor_certificate_; }
    QLineEdit* approval_field() const { return approval_; }

private:
    QString asset_id_;
    QRadioButton* destroyed_;
    QRadioButton* vendor_erasure_;
    QLineEdit* method_;
    QLineEdit* witness_;
    QLineEdit* photo_;
    QLineEdit* vendor_;
    QLineEdit* vendor_certificate_;
    QLineEdit* approval_;
};

}  // namespace sanitize::gui
