// Asks for a key's passphrase. The typed text goes into a SecretBuffer at once and the field is
// cleared; it is never logged and never kept in a settings file.
#pragma once

#include <optional>

#include <QDialog>

#include "sanitize/secret.hpp"

class QLineEdit;

namespace sanitize::gui {

class PassphraseDialog : public QDialog {
    Q_OBJECT

public:
    PassphraseDialog(const QString& key_file, QWidget* parent);

    // Shows the dialog; empty when the person cancelled.
    static std::optional<SecretBuffer> ask(const QString& key_file, QWidget* parent);

    // The field's text as a SecretBuffer; the field is emptied.
    SecretBuffer take_passphrase();

private:
    QLineEdit* field_;
};

// Copies UTF-8 text into secret memory and overwrites the copy it was made from.
SecretBuffer secret_from(QString& text);

}  // namespace sanitize::gui
