#include "keys_page.hpp"

#include <algorithm>
#include <memory>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "error_text.hpp"
#include "passphrase_dialog.hpp"

namespace sanitize::gui {

namespace {

constexpr jobs::ApproverTitle all_titles[] = {jobs::ApproverTitle::department_head,
                                              jobs::ApproverTitle::representative_director,
                                              jobs::ApproverTitle::security_officer};

QString title_word(jobs::ApproverTitle title) {
    switch (title) {
        case jobs::ApproverTitle::department_head: return KeysPage::tr("department head");
        case jobs::ApproverTitle::representative_director: return KeysPage::tr("representative director");
        case jobs::ApproverTitle::security_officer: return KeysPage::tr("security officer");
    }
    return QString::fromUtf8(jobs::approver_title_name(title).data());
}

QString from(const std::string& text) {
    return QString::fromStdString(text);
}

// A day of the date field as the ledger keeps times: its midnight, UTC.
std::string day_start(const QDate& date) {
    return date.toString("yyyy-MM-dd").toStdString() + "T00:00:00Z";
}

// A file chooser beside `field`.
QHBoxLayout* with_chooser(QLineEdit* field, QWidget* owner, const QString& title, const QString& filter) {
    auto* choose = new QPushButton(KeysPage::tr("Choose…"));
    QObject::connect(choose, &QPushButton::clicked, owner, [field, owner, title, filter] {
        const QString path = QFileDialog::getOpenFileName(owner, title, QFileInfo(field->text()).path(), filter);
        if (!path.isEmpty()) field->setText(path);
    });
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(choose);
    return row;
}

}  // namespace

KeysPage::KeysPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), table_(new QTableWidget(0, 7)), root_key_(new QLineEdit),
      public_key_(new QLineEdit), name_(new QLineEdit), role_(new QComboBox), valid_from_(new QDateEdit(QDate::currentDate())),
      has_end_(new QCheckBox(tr("on a set day"))), valid_until_(new QDateEdit(QDate::currentDate().addYears(3))),
      reason_(new QLineEdit), result_(new QLabel) {
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    auto* reload = new QPushButton(tr("Show keys"));
    connect(reload, &QPushButton::clicked, this, &KeysPage::load_keys);
    table_->setHorizontalHeaderLabels(
        {tr("Key ID"), tr("Name"), tr("Role"), tr("Titles"), tr("Valid from"), tr("Valid until"), tr("Revoked")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* list_box = new QGroupBox(tr("Registered keys"));
    auto* list_layout = new QVBoxLayout(list_box);
    auto* top = new QHBoxLayout;
    top->addWidget(reload);
    top->addStretch(1);
    list_layout->addLayout(top);
    list_layout->addWidget(table_, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(list_box, 1);
    layout->addWidget(admin_box());
    layout->addWidget(result_);
}

QWidget* KeysPage::admin_box() {
    for (ledger::Role role : {ledger::Role::staff, ledger::Role::admin, ledger::Role::auditor}) {
        role_->addItem(Words::role(role), static_cast<int>(role));
    }
    for (QDateEdit* date : {valid_from_, valid_until_}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat("yyyy-MM-dd");
    }
    valid_until_->setEnabled(false);
    connect(has_end_, &QCheckBox::toggled, valid_until_, &QWidget::setEnabled);
    root_key_->setPlaceholderText(tr("the organisation's root secret key file"));
    public_key_->setPlaceholderText(tr("public key file (.pub)"));

    auto* register_box = new QGroupBox(tr("Register a key"));
    auto* form = new QFormLayout(register_box);
    form->addRow(tr("Public key"), with_chooser(public_key_, this, tr("Public key"), "*.pub"));
    form->addRow(tr("Name"), name_);
    form->addRow(tr("Role"), role_);
    form->addRow(tr("Valid from"), valid_from_);
    auto* until = new QHBoxLayout;
    until->addWidget(has_end_);
    until->addWidget(valid_until_, 1);
    form->addRow(tr("Valid until"), until);
    auto* register_button = new QPushButton(tr("Register"));
    connect(register_button, &QPushButton::clicked, this, &KeysPage::register_key);
    form->addRow(register_button);

    auto* selected_box = new QGroupBox(tr("The key selected in the list"));
    auto* selected = new QFormLayout(selected_box);
    auto* titles = new QHBoxLayout;
    for (jobs::ApproverTitle title : all_titles) {
        titles_.push_back(new QCheckBox(title_word(title)));
        titles->addWidget(titles_.back());
    }
    titles->addStretch(1);
    auto* set_titles = new QPushButton(tr("Set titles"));
    connect(set_titles, &QPushButton::clicked, this, &KeysPage::set_selected_titles);
    selected->addRow(tr("Approver titles"), titles);
    selected->addRow(set_titles);
    reason_->setPlaceholderText(tr("why, e.g. the person left or the key was lost"));
    selected->addRow(tr("Reason"), reason_);
    auto* revoke = new QPushButton(tr("Revoke"));
    connect(revoke, &QPushButton::clicked, this, &KeysPage::revoke_selected);
    selected->addRow(revoke);
    // The titles of the key chosen, as the list shows them, to start from.
    connect(table_, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = table_->currentRow();
        if (row < 0 || table_->item(row, 3) == nullptr) return;
        for (std::size_t i = 0; i < titles_.size(); ++i) {
            const QVariant held = table_->item(row, 3)->data(Qt::UserRole + static_cast<int>(i));
            titles_[i]->setChecked(held.toBool());
        }
    });

    auto* box = new QGroupBox(tr("Administration: signed with the organisation's root key"));
    auto* layout = new QVBoxLayout(box);
    auto* root_row = new QFormLayout;
    root_row->addRow(tr("Root key"), with_chooser(root_key_, this, tr("Root key"), "*.key"));
    layout->addLayout(root_row);
    auto* columns = new QHBoxLayout;
    columns->addWidget(register_box, 1);
    columns->addWidget(selected_box, 1);
    layout->addLayout(columns);
    return box;
}

void KeysPage::load_keys() { load_keys_then(QString()); }

void KeysPage::load_keys_then(const QString& message) {
    const std::string location = settings_.ledger.toStdString();
    runner_.start([this, location, message](std::stop_token) {
        auto keys = std::make_shared<Result<std::vector<jobs::RegisteredKey>>>(make_error(Errc::not_found, "ledger"));
        if (!location.empty()) {
            Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
            *keys = opened ? jobs::registered_keys(*opened) : Result<std::vector<jobs::RegisteredKey>>(opened.error());
        }
        post(this, [this, keys, message, no_ledger = location.empty()] {
            if (no_ledger) {
                result_->setText(tr("No ledger is set in Settings."));
            } else if (!*keys) {
                result_->setText(tr("The ledger did not open (%1).").arg(Words::error(keys->error())));
            } else {
                show_keys(**keys);
                if (!message.isEmpty()) result_->setText(message);
            }
            emit keys_loaded(!no_ledger && static_cast<bool>(*keys));
        });
    });
}

void KeysPage::show_keys(const std::vector<jobs::RegisteredKey>& keys) {
    listed_ = keys;
    table_->setRowCount(0);
    for (const jobs::RegisteredKey& key : keys) {
        const ledger::KeyRecord& record = key.record;
        QStringList titles;
        for (jobs::ApproverTitle title : key.titles) titles << title_word(title);
        const QString until = record.valid_until == jobs::open_key_validity_end ? tr("no end") : from(record.valid_until);
        const QString revoked = record.revoked_seq ? tr("revoked (event %1)").arg(*record.revoked_seq) : tr("no");
        const QStringList cells = {from(keys::key_id_hex(record.public_key.id)), from(record.name), Words::role(record.role),
                                   titles.join(", "), from(record.valid_from), until, revoked};
        const int row = table_->rowCount();
        table_->insertRow(row);
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (record.revoked_seq) item->setForeground(QColor("#b00020"));
            table_->setItem(row, column, item);
        }
        for (std::size_t i = 0; i < std::size(all_titles); ++i) {
            const bool held = std::find(key.titles.begin(), key.titles.end(), all_titles[i]) != key.titles.end();
            table_->item(row, 3)->setData(Qt::UserRole + static_cast<int>(i), held);
        }
    }
    result_->setText(tr("%1 keys are registered.").arg(keys.size()));
}

bool KeysPage::select_key(const QString& key_id) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, 0)->text() == key_id) {
            table_->selectRow(row);
            return true;
        }
    }
    return false;
}

const jobs::RegisteredKey* KeysPage::selected_key() const {
    const int row = table_->currentRow();
    return row >= 0 && static_cast<std::size_t>(row) < listed_.size() ? &listed_[static_cast<std::size_t>(row)] : nullptr;
}

void KeysPage::refuse(const QString& text) {
    result_->setText(text);
    emit admin_done(false);
}

void KeysPage::register_key() {
    const std::string path = public_key_->text().trimmed().toStdString();
    // The key file is read before the root key's passphrase is asked: nobody types it in vain.
    Result<keys::PublicKey> key = jobs::read_public_key_file(path);
    if (!key) {
        refuse(tr("Not registered: %1").arg(Words::error(key.error())));
        return;
    }
    const auto role = static_cast<ledger::Role>(role_->currentData().toInt());
    ledger::KeyRegistration registration{*key, name_->text().trimmed().toStdString(), role, day_start(valid_from_->date()),
                                         has_end_->isChecked() ? day_start(valid_until_->date())
                                                               : std::string(jobs::open_key_validity_end)};
    const QString id = from(keys::key_id_hex(key->id));
    run_admin([registration](jobs::Signer& root) { return root.ledger.register_key(root.key, registration); },
              [id](const ledger::Event& event) { return tr("Key %1 registered (event %2).").arg(id).arg(event.seq); });
}

void KeysPage::revoke_selected() {
    const jobs::RegisteredKey* selected = selected_key();
    if (selected == nullptr) {
        refuse(tr("Choose the key to revoke in the list first."));
        return;
    }
    const QString id = table_->item(table_->currentRow(), 0)->text();
    const std::string reason = reason_->text().trimmed().toStdString();
    run_admin([key = selected->record.public_key.id, reason](jobs::Signer& root) { return root.ledger.revoke_key(root.key, key, reason); },
              [id](const ledger::Event& event) { return tr("Key %1 revoked (event %2).").arg(id).arg(event.seq); });
}

void KeysPage::set_selected_titles() {
    const jobs::RegisteredKey* selected = selected_key();
    if (selected == nullptr) {
        refuse(tr("Choose the key in the list first."));
        return;
    }
    const QString id = table_->item(table_->currentRow(), 0)->text();
    std::vector<jobs::ApproverTitle> titles;
    for (std::size_t i = 0; i < titles_.size(); ++i) {
        if (titles_[i]->isChecked()) titles.push_back(all_titles[i]);
    }
    run_admin([key = selected->record.public_key.id, titles](jobs::Signer& root) { return jobs::set_key_titles(root.ledger, root.key, key, titles); },
              [id](const ledger::Event& event) { return tr("Titles of key %1 set (event %2).").arg(id).arg(event.seq); });
}

void KeysPage::run_admin(Action action, std::function<QString(const ledger::Event&)> done) {
    if (settings_.ledger.isEmpty()) {
        refuse(tr("No ledger is set in Settings."));
        return;
    }
    const QString root_file = root_key_->text().trimmed();
    if (root_file.isEmpty() || !QFileInfo(root_file).isFile()) {
        refuse(tr("Choose the organisation's root key file first."));
        return;
    }
    std::optional<SecretBuffer> passphrase = passphrase_(root_file);
    if (!passphrase) {
        refuse(tr("No passphrase: nothing was changed."));
        return;
    }
    result_->setText(tr("Signing with the root key…"));
    auto secret = std::make_shared<SecretBuffer>(std::move(*passphrase));
    const std::string location = settings_.ledger.toStdString();
    runner_.start([this, secret, location, root = root_file.toStdString(), action, done](std::stop_token) {
        Result<jobs::Signer> signer = jobs::open_signer(location, root, secret->bytes());
        *secret = SecretBuffer();
        auto event = std::make_shared<Result<ledger::Event>>(signer ? action(*signer) : Result<ledger::Event>(signer.error()));
        post(this, [this, event, done] {
            if (!*event) {
                refuse(tr("Refused: %1").arg(Words::error(event->error())));
                return;
            }
            const QString text = done(**event);
            result_->setText(text);
            emit admin_done(true);
            load_keys_then(text);
        });
    });
}

}  // namespace sanitize::gui
