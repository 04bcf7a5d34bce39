// The last question before a medium is erased: the person types the device's serial (else its
// kernel name, or the image's path). Whether the text matches is device::confirmation_matches'.
#pragma once

#include <QDialog>

#include "sanitize/device.hpp"

class QLabel;
class QLineEdit;
class QPushButton;

namespace sanitize::gui {

class ConfirmDialog : public QDialog {
    Q_OBJECT

public:
    ConfirmDialog(device::DeviceInfo info, QWidget* parent);

    QLineEdit* field() const { return field_; }
    QPushButton* erase_button() const { return erase_; }
    QLabel* warning_label() const { return warning_; }
    // "Everything on PATH (MODEL, SIZE) will be destroyed.", without the parts the medium lacks.
    static QString warning_text(const device::DeviceInfo& info);
    bool matches() const;

    void accept() override;  // refused unless the typed text matches

private:
    device::DeviceInfo info_;
    QLineEdit* field_;
    QPushButton* erase_;
    QLabel* warning_;
};

}  // namespace sanitize::gui
