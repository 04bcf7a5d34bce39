#include "settings_page.hpp"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sanitize::gui {

namespace {

// A line edit with a "…" button that picks a file or a folder.
QWidget* with_browse(QLineEdit* field, bool folder, QWidget* parent) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* browse = new QPushButton(SettingsPage::tr("Browse…"));
    QObject::connect(browse, &QPushButton::clicked, parent, [field, folder, parent] {
        const QString path = folder ? QFileDialog::getExistingDirectory(parent, QString(), field->text())
                                    : QFileDialog::getOpenFileName(parent, QString(), field->text());
        if (!path.isEmpty()) field->setText(path);
    });
    layout->addWidget(field, 1);
    layout->addWidget(browse);
    return row;
}

// A bad line of sanitize.conf is shown where the settings are, with its file and line, as the
// CLI refuses it; the value comes from the next layer down meanwhile.
void add_configuration_problems(const GuiSettings& settings, QVBoxLayout* layout) {
    for (const config::Diagnostic& problem : settings.configuration_problems) {
        auto* warning = new QLabel(SettingsPage::tr("Configuration problem in %1, line %2 (%3: %4): the next setting down is used.")
                                       .arg(QString::fromStdString(problem.where.name))
                                       .arg(problem.where.line)
                                       .arg(QString::fromStdString(problem.key))
                                       .arg(QString::fromUtf8(config::problem_name(problem.problem).data(),
                                                              static_cast<qsizetype>(config::problem_name(problem.problem).size()))));
        warning->setObjectName("configuration_problem");
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
}

}  // namespace

SettingsPage::SettingsPage(GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), ledger_(new QLineEdit(settings.ledger)), key_(new QLineEdit(settings.key_file)),
      department_(new QLineEdit(settings.department)), certificate_dir_(new QLineEdit(settings.certificate_dir)),
      language_(new QComboBox) {
    ledger_->setPlaceholderText(tr("ledger.db, or postgresql://host/database"));
    language_->addItem(tr("System default"), "");
    language_->addItem("日本語", "ja");
    language_->addItem("English", "en");
    language_->setCurrentIndex(language_->findData(settings.language));
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Ledger:"), with_browse(ledger_, false, this));
    form->addRow(tr("Operator key:"), with_browse(key_, false, this));
    form->addRow(tr("Department and site:"), department_);
    form->addRow(tr("Certificates folder:"), with_browse(certificate_dir_, true, this));
    form->addRow(tr("Language:"), language_);
    auto* note = new QLabel(tr("The key's passphrase is asked for each signing and never stored."));
    note->setWordWrap(true);
    auto* save = new QPushButton(tr("Save"));
    auto* layout = new QVBoxLayout(this);
    add_configuration_problems(settings, layout);
    connect(save, &QPushButton::clicked, this, &SettingsPage::store);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(save, 0, Qt::AlignRight);
    layout->addStretch();
}

void SettingsPage::store() {
    const QString language = language_->currentData().toString();
    const bool language_changed_now = language != settings_.language;
    settings_.ledger = ledger_->text().trimmed();
    settings_.key_file = key_->text().trimmed();
    settings_.department = department_->text().trimmed();
    settings_.certificate_dir = certificate_dir_->text().trimmed();
    settings_.language = language;
    settings_.save();
    if (language_changed_now) emit language_changed(language);
}

}  // namespace sanitize::gui
