#include "passphrase_dialog.hpp"

#include <algorithm>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sanitize::gui {

SecretBuffer secret_from(QString& text) {
    QByteArray utf8 = text.toUtf8();
    SecretBuffer secret(static_cast<std::size_t>(utf8.size()));
    std::copy(utf8.cbegin(), utf8.cend(), reinterpret_cast<char*>(secret.bytes().data()));
    utf8.fill('\0');
    text.fill(QChar(u'\0'));
    text.clear();
    return secret;
}

PassphraseDialog::PassphraseDialog(const QString& key_file, QWidget* parent) : QDialog(parent), field_(new QLineEdit) {
    setWindowTitle(tr("Passphrase"));
    field_->setEchoMode(QLineEdit::Password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("Passphrase of the key %1:").arg(key_file));
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(field_);
    layout->addWidget(buttons);
}

SecretBuffer PassphraseDialog::take_passphrase() {
    QString text = field_->text();
    field_->clear();
    return secret_from(text);
}

std::optional<SecretBuffer> PassphraseDialog::ask(const QString& key_file, QWidget* parent) {
    PassphraseDialog dialog(key_file, parent);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    SecretBuffer passphrase = dialog.take_passphrase();
    if (!accepted) return std::nullopt;
    return passphrase;
}

}  // namespace sanitize::gui
