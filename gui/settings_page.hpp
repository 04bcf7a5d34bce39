// Settings: the ledger (a file or a postgresql:// URL), the operator key, the department as
// certificates print it, where certificates go, and the language.
#pragma once

#include <QWidget>

#include "gui_settings.hpp"

class QComboBox;
class QLineEdit;

namespace sanitize::gui {

class SettingsPage : public QWidget {
    Q_OBJECT

public:
    SettingsPage(GuiSettings& settings, QWidget* parent = nullptr);

signals:
    void language_changed(const QString& code);  // "ja", "en" or "" for the system's

private:
    void store();
    GuiSettings& settings_;
    QLineEdit* ledger_;
    QLineEdit* key_;
    QLineEdit* department_;
    QLineEdit* certificate_dir_;
    QComboBox* language_;
};

}  // namespace sanitize::gui
