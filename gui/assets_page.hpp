// Assets: the ledger's asset list (情報資産管理台帳) with a filter, the assets past their retention
// date, CSV export and import, and the changes the CLI makes (`sanitize asset add|update|import|
// dispose`): an asset added or edited in a form, a CSV imported, an asset disposed of with the
// security officer's approval. Each is signed with the key of Settings; the library decides
// (jobs::add_asset, edit_asset, import_assets, dispose_asset).
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/jobs/lifecycle.hpp"
#include "sanitize/jobs/signer.hpp"
#include "wipe_page.hpp"

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sanitize::gui {

class AssetsPage : public QWidget {
    Q_OBJECT

public:
    // The form of an asset (empty: a new one); empty when the person cancelled.
    using AssetEditor = std::function<std::optional<ledger::Asset>(const std::optional<ledger::Asset>& existing)>;
    // The disposal of an asset; empty when the person cancelled.
    using DisposalEditor = std::function<std::optional<jobs::DisposalRequest>(const QString& asset_id)>;

    AssetsPage(const GuiSettings& settings, QWidget* parent = nullptr);

    void set_passphrase_source(WipePage::PassphraseSource source) { passphrase_ = std::move(source); }
    void set_asset_editor(AssetEditor editor) { editor_ = std::move(editor); }
    void set_disposal_editor(DisposalEditor editor) { disposal_ = std::move(editor); }

    void load_assets();  // off the UI thread; loaded when shown
    bool export_assets(const QString& path);  // the assets listed
    void add_asset();
    void edit_selected();
    void dispose_selected();
    void import_csv(const QString& path);
    bool select_asset(const QString& asset_id);

    QTableWidget* assets_table() const { return assets_; }
    QLineEdit* filter_field() const { return filter_; }
    QCheckBox* past_retention_box() const { return past_retention_; }
    QLabel* result_label() const { return result_; }

signals:
    void loaded(bool ok);
    void changed(bool ok);  // after an add, edit, import or disposal attempt, whatever stopped it

private:
    using Action = std::function<QString(jobs::Signer&, std::optional<Error>&)>;
    // Asks for the passphrase of the key of Settings, then runs `action` signed by it; the text
    // it returns is shown (an error it sets is shown instead, as `refused` words it).
    void run_signed(Action action, QString refused);
    void show_assets();
    void filter_assets(const QString& text);
    void refuse(const QString& text);
    QString selected_id() const;

    const GuiSettings& settings_;
    JobRunner runner_;
    WipePage::PassphraseSource passphrase_;
    AssetEditor editor_;
    DisposalEditor disposal_;
    QLineEdit* filter_;
    QCheckBox* past_retention_;
    QTableWidget* assets_;
    QLabel* result_;
    std::vector<ledger::Asset> all_;     // as the ledger holds them
    std::vector<ledger::Asset> listed_;  // those shown (past their retention, when asked)
};

}  // namespace sanitize::gui
