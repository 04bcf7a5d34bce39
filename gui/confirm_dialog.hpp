// The last question before a medium is erased: the person types the device's serial (else its
// kernel name, or the image's path). Whether the text matches is device::confirmation_matches'.
#pragma once

#include <QDialog>

#include "sanitize/device.hpp"

class QLineEdit;
class QPushButton;

namespace sanitize::gui {

class ConfirmDialog : public QDialog {
    Q_OBJECT

public:
    ConfirmDialog(device::DeviceInfo info, QWidget* parent);

    QLineEdit* field() const { return field_; }
    QPushButton* erase_button() const { return erase_; }
    bool matches() const;

    void accept() override;  // refused unless the typed text matches

private:
    device::DeviceInfo info_;
    QLineEdit* field_;
    QPushButton* erase_;
};

}  // namespace sanitize::gui
