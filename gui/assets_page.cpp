#include "assets_page.hpp"

#include <algorithm>
#include <chrono>
#include <memory>

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "asset_dialog.hpp"
#include "disposal_dialog.hpp"
#include "error_text.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/registry.hpp"

namespace sanitize::gui {

namespace {

std::string today() {
    return jobs::office_date(std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
}

QString from(const std::string& text) {
    return QString::fromStdString(text);
}

// The states the library gives an asset, in words; any other state as the ledger holds it.
QString status_word(const std::string& status) {
    if (status == jobs::disposal_status(jobs::DisposalMethod::destroyed)) return AssetsPage::tr("physically destroyed");
    if (status == jobs::disposal_status(jobs::DisposalMethod::vendor_erasure)) return AssetsPage::tr("erased by a vendor");
    if (status == jobs::erased_status) return AssetsPage::tr("erased");
    return from(status);
}

}  // namespace

AssetsPage::AssetsPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), filter_(new QLineEdit), past_retention_(new QCheckBox(tr("Past retention only"))),
      assets_(new QTableWidget(0, 8)), result_(new QLabel) {
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    editor_ = [this](const std::optional<ledger::Asset>& existing) -> std::optional<ledger::Asset> {
        AssetDialog dialog(existing, this);
        if (dialog.exec() != QDialog::Accepted) return std::nullopt;
        return dialog.asset();
    };
    disposal_ = [this](const QString& asset_id) -> std::optional<jobs::DisposalRequest> {
        DisposalDialog dialog(asset_id, this);
        if (dialog.exec() != QDialog::Accepted) return std::nullopt;
        return dialog.request();
    };
    auto* reload = new QPushButton(tr("Show assets"));
    connect(reload, &QPushButton::clicked, this, &AssetsPage::load_assets);
    auto* export_csv = new QPushButton(tr("Export CSV…"));
    connect(export_csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export assets"), QDir::homePath() + "/assets.csv", "*.csv");
        if (!path.isEmpty()) export_assets(path);
    });
    auto* import = new QPushButton(tr("Import CSV…"));
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import assets"), QDir::homePath(), "*.csv");
        if (!path.isEmpty()) import_csv(path);
    });
    auto* add = new QPushButton(tr("Add…"));
    connect(add, &QPushButton::clicked, this, &AssetsPage::add_asset);
    auto* edit = new QPushButton(tr("Edit…"));
    connect(edit, &QPushButton::clicked, this, &AssetsPage::edit_selected);
    auto* dispose = new QPushButton(tr("Dispose…"));
    dispose->setToolTip(tr("Record that the selected medium was destroyed or erased by a vendor, with the security officer's approval"));
    connect(dispose, &QPushButton::clicked, this, &AssetsPage::dispose_selected);
    filter_->setPlaceholderText(tr("filter assets"));
    connect(filter_, &QLineEdit::textChanged, this, &AssetsPage::filter_assets);
    connect(past_retention_, &QCheckBox::toggled, this, &AssetsPage::show_assets);
    assets_->setHorizontalHeaderLabels({tr("Asset ID"), tr("Name"), tr("Classification"), tr("Department"), tr("Owner"),
                                        tr("Medium and location"), tr("Retention until"), tr("State")});
    assets_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    assets_->horizontalHeader()->setStretchLastSection(true);
    assets_->verticalHeader()->hide();
    assets_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    assets_->setSelectionBehavior(QAbstractItemView::SelectRows);
    assets_->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(assets_, &QTableWidget::cellDoubleClicked, this, &AssetsPage::edit_selected);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* list_row = new QHBoxLayout;
    list_row->addWidget(reload);
    list_row->addWidget(filter_, 1);
    list_row->addWidget(past_retention_);
    list_row->addWidget(export_csv);
    auto* change_row = new QHBoxLayout;
    change_row->addWidget(add);
    change_row->addWidget(edit);
    change_row->addWidget(import);
    change_row->addStretch(1);
    change_row->addWidget(dispose);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(list_row);
    layout->addWidget(assets_, 1);
    layout->addLayout(change_row);
    layout->addWidget(result_);
}

void AssetsPage::load_assets() {
    const std::string location = settings_.ledger.toStdString();
    runner_.start([this, location](std::stop_token) {
        auto assets = std::make_shared<Result<std::vector<ledger::Asset>>>(make_error(Errc::not_found, "ledger"));
        if (!location.empty()) {
            Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
            *assets = opened ? opened->assets() : Result<std::vector<ledger::Asset>>(opened.error());
        }
        post(this, [this, assets, no_ledger = location.empty()] {
            if (no_ledger || !*assets) {
                result_->setText(no_ledger ? tr("No ledger is set in Settings.")
                                           : tr("The ledger did not open (%1).").arg(Words::error(assets->error())));
                emit loaded(false);
                return;
            }
            all_ = std::move(**assets);
            show_assets();
            emit loaded(true);
        });
    });
}

void AssetsPage::show_assets() {
    listed_ = past_retention_->isChecked() ? jobs::past_retention(all_, today()) : all_;
    assets_->setRowCount(0);
    for (const ledger::Asset& asset : listed_) {
        const int row = assets_->rowCount();
        assets_->insertRow(row);
        const QStringList cells = {from(asset.asset_id),   from(asset.name),           Words::classification(asset.classification),
                                   from(asset.department), from(asset.owner),          from(asset.media_location),
                                   from(asset.retention),  status_word(asset.status)};
        for (int column = 0; column < cells.size(); ++column) assets_->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    filter_assets(filter_->text());
}

void AssetsPage::filter_assets(const QString& text) {
    for (int row = 0; row < assets_->rowCount(); ++row) {
        bool match = text.isEmpty();
        for (int column = 0; column < assets_->columnCount() && !match; ++column) {
            match = assets_->item(row, column)->text().contains(text, Qt::CaseInsensitive);
        }
        assets_->setRowHidden(row, !match);
    }
}

bool AssetsPage::export_assets(const QString& path) {
    const std::string csv = ledger::assets_to_csv(listed_, ledger::CsvOptions{.byte_order_mark = true});
    Result<void> written = files::write_new_file(path.toStdString(), csv, 0644);
    result_->setText(written ? tr("Exported %1 assets to %2").arg(listed_.size()).arg(path) : Words::error(written.error()));
    return static_cast<bool>(written);
}

bool AssetsPage::select_asset(const QString& asset_id) {
    for (int row = 0; row < assets_->rowCount(); ++row) {
        if (assets_->item(row, 0)->text() == asset_id) {
            assets_->selectRow(row);
            return true;
        }
    }
    return false;
}

QString AssetsPage::selected_id() const {
    const int row = assets_->currentRow();
    return row >= 0 && assets_->item(row, 0) != nullptr ? assets_->item(row, 0)->text() : QString();
}

void AssetsPage::refuse(const QString& text) {
    result_->setText(text);
    emit changed(false);
}

void AssetsPage::add_asset() {
    std::optional<ledger::Asset> asset = editor_(std::nullopt);
    if (!asset) return;
    // The form's date is checked before the passphrase: nobody types it in vain.
    if (Result<void> date = jobs::check_retention_date(asset->retention); !date) {
        refuse(tr("Not added: %1").arg(Words::error(date.error())));
        return;
    }
    run_signed(
        [asset = *asset](jobs::Signer& signer, std::optional<Error>& error) {
            Result<ledger::Event> event = jobs::add_asset(signer.ledger, signer.key, asset);
            if (!event) error = event.error();
            return event ? tr("Asset %1 added (event %2).").arg(from(asset.asset_id)).arg(event->seq) : QString();
        },
        tr("Not added: %1"));
}

void AssetsPage::edit_selected() {
    const QString id = selected_id();
    const auto found = std::find_if(listed_.begin(), listed_.end(), [&](const ledger::Asset& a) { return from(a.asset_id) == id; });
    if (id.isEmpty() || found == listed_.end()) {
        refuse(tr("Choose the asset in the list first."));
        return;
    }
    std::optional<ledger::Asset> asset = editor_(*found);
    if (!asset) return;
    if (Result<void> date = jobs::check_retention_date(asset->retention); !date) {
        refuse(tr("Not saved: %1").arg(Words::error(date.error())));
        return;
    }
    run_signed(
        [asset = *asset](jobs::Signer& signer, std::optional<Error>& error) {
            Result<ledger::Event> event = jobs::edit_asset(signer.ledger, signer.key, asset);
            if (!event) error = event.error();
            return event ? tr("Asset %1 saved (event %2).").arg(from(asset.asset_id)).arg(event->seq) : QString();
        },
        tr("Not saved: %1"));
}

void AssetsPage::import_csv(const QString& path) {
    const std::string file = path.toStdString();
    Result<std::string> csv = jobs::read_assets_csv(file);
    if (!csv) {
        refuse(tr("Not imported: %1").arg(Words::error(csv.error())));
        return;
    }
    run_signed(
        [csv = std::move(*csv), file, path](jobs::Signer& signer, std::optional<Error>& error) {
            Result<ledger::ImportSummary> summary = jobs::import_assets(signer.ledger, signer.key, csv, file);
            if (!summary) {
                error = summary.error();
                return QString();
            }
            return tr("Imported %1: %2 registered, %3 updated, %4 unchanged.")
                .arg(path)
                .arg(summary->registered)
                .arg(summary->updated)
                .arg(summary->unchanged);
        },
        tr("Not imported, nothing was changed: %1"));
}

void AssetsPage::dispose_selected() {
    const QString id = selected_id();
    if (id.isEmpty()) {
        refuse(tr("Choose the asset in the list first."));
        return;
    }
    std::optional<jobs::DisposalRequest> request = disposal_(id);
    if (!request) return;
    run_signed(
        [request = *request](jobs::Signer& signer, std::optional<Error>& error) {
            Result<ledger::Event> event = jobs::dispose_asset(signer.ledger, signer.key, request);
            if (!event) {
                error = event.error();
                return QString();
            }
            const bool destroyed = request.method == jobs::DisposalMethod::destroyed;
            return (destroyed ? tr("Asset %1 recorded as physically destroyed (event %2).")
                              : tr("Asset %1 recorded as erased by a vendor (event %2)."))
                .arg(from(request.asset_id))
                .arg(event->seq);
        },
        tr("Not disposed of, nothing was recorded: %1"));
}

void AssetsPage::run_signed(Action action, QString refused) {
    if (settings_.ledger.isEmpty()) {
        refuse(refused.arg(tr("no ledger is set in Settings")));
        return;
    }
    QString problem;
    const std::optional<SigningInputs> signing = ask_to_sign(settings_.ledger, settings_.key_file, passphrase_, problem);
    if (!signing) {
        refuse(problem.isEmpty() ? tr("No passphrase: nothing was changed.") : refused.arg(problem));
        return;
    }
    result_->setText(tr("Recording in the ledger…"));
    runner_.start([this, signing = *signing, action, refused](std::stop_token) {
        Result<jobs::Signer> signer = jobs::open_signer(signing.ledger, signing.key_file, signing.passphrase->bytes());
        *signing.passphrase = SecretBuffer();
        auto error = std::make_shared<std::optional<Error>>();
        auto text = std::make_shared<QString>();
        if (signer) {
            *text = action(*signer, *error);
        } else {
            *error = signer.error();
        }
        post(this, [this, error, text, refused] {
            if (*error) {
                refuse(refused.arg(Words::error(**error)));
                return;
            }
            result_->setText(*text);
            emit changed(true);
            load_assets();
        });
    });
}

}  // namespace sanitize::gui
