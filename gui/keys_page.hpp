// Keys: the keys registered in the ledger (id, name, role, approver titles, validity,
// revocation), and the administrators' part: registering a key from its public key file,
// revoking one and giving approver titles, each signed by the organisation's root key, whose file
// is chosen here (never the signing key of Settings). The library decides (Ledger::register_key,
// revoke_key, jobs::set_key_titles, as `sanitize key register|revoke|title`).
#pragma once

#include <functional>
#include <vector>

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/jobs/registry.hpp"
#include "sanitize/jobs/signer.hpp"
#include "wipe_page.hpp"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sanitize::gui {

class KeysPage : public QWidget {
    Q_OBJECT

public:
    KeysPage(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    void load_keys();  // off the UI thread; keys_loaded when shown
    void register_key();
    void revoke_selected();
    void set_selected_titles();
    // Selects the row of a key (its id in hex); false when it is not listed.
    bool select_key(const QString& key_id);

    QTableWidget* keys_table() const { return table_; }
    QLineEdit* root_key_field() const { return root_key_; }
    QLineEdit* public_key_field() const { return public_key_; }
    QLineEdit* name_field() const { return name_; }
    QComboBox* role_box() const { return role_; }
    QDateEdit* valid_from_edit() const { return valid_from_; }
    QCheckBox* valid_until_box() const { return has_end_; }
    QDateEdit* valid_until_edit() const { return valid_until_; }
    QLineEdit* reason_field() const { return reason_; }
    QCheckBox* title_box(jobs::ApproverTitle title) const { return titles_.at(static_cast<std::size_t>(title)); }
    QLabel* result_label() const { return result_; }

signals:
    void keys_loaded(bool ok);
    void admin_done(bool ok);  // after a register, revoke or titles attempt, whatever stopped it

private:
    using Action = std::function<Result<ledger::Event>(jobs::Signer&)>;
    // Asks for the root key's passphrase, then runs `action` signed by it; `done` words the event.
    void run_admin(Action action, std::function<QString(const ledger::Event&)> done);
    void load_keys_then(const QString& message);  // `message` shown after the list, when not empty
    void show_keys(const std::vector<jobs::RegisteredKey>& keys);
    void refuse(const QString& text);
    QWidget* admin_box();
    const jobs::RegisteredKey* selected_key() const;  // the listed key of the current row, or null

    const GuiSettings& settings_;
    JobRunner runner_;
    WipePage::PassphraseSource passphrase_;
    QTableWidget* table_;
    std::vector<jobs::RegisteredKey> listed_;  // the table's rows, in order
    QLineEdit* root_key_;
    QLineEdit* public_key_;
    QLineEdit* name_;
    QComboBox* role_;
    QDateEdit* valid_from_;
    QCheckBox* has_end_;
    QDateEdit* valid_until_;
    QLineEdit* reason_;
    std::vector<QCheckBox*> titles_;
    QLabel* result_;
};

}  // namespace sanitize::gui
