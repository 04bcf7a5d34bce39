#include "approvals_page.hpp"

#include <memory>
#include <optional>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "error_text.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"
#include "sanitize/jobs/signer.hpp"

namespace sanitize::gui {

struct ApprovalsPage::Listing {
    std::optional<Error> error;
    std::vector<jobs::ApprovalStatus> approvals;
    std::map<std::string, std::string> names;
};

namespace {

enum Column { id_column, time_column, requester_column, kind_column, asset_column, level_column, purpose_column,
              medium_column, until_column, state_column, decider_column, column_count };

QString text(const std::string& value) { return QString::fromStdString(value); }

QString kind_text(jobs::ApprovalKind kind) {
    return kind == jobs::ApprovalKind::disposal ? ApprovalsPage::tr("disposal") : ApprovalsPage::tr("carry-out");
}

// A used approval says by which record; otherwise its state (as `sanitize approval list`).
QString state_text(const jobs::ApprovalStatus& status) {
    if (status.used_by != 0) return ApprovalsPage::tr("used (event %1)").arg(status.used_by);
    switch (status.state) {
        case jobs::ApprovalState::pending: return ApprovalsPage::tr("pending");
        case jobs::ApprovalState::granted: return ApprovalsPage::tr("granted");
        case jobs::ApprovalState::denied: return ApprovalsPage::tr("denied");
    }
    return {};
}

// "佐藤 部長 (1a2b…)": the registered name when the ledger has one, always the key id.
QString person(const std::map<std::string, std::string>& names, const std::string& key_id) {
    if (key_id.empty()) return {};
    const auto found = names.find(key_id);
    if (found == names.end() || found->second.empty()) return text(key_id);
    return QString("%1 (%2)").arg(text(found->second), text(key_id));
}

}  // namespace

ApprovalsPage::ApprovalsPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), pending_only_(new QCheckBox(tr("Pending only"))),
      table_(new QTableWidget(0, column_count)), remarks_(new QLineEdit), grant_(new QPushButton(tr("Grant"))),
      deny_(new QPushButton(tr("Deny"))), summary_(new QLabel), result_(new QLabel) {
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    auto* refresh = new QPushButton(tr("Refresh"));
    connect(refresh, &QPushButton::clicked, this, &ApprovalsPage::load);
    pending_only_->setChecked(true);
    connect(pending_only_, &QCheckBox::toggled, this, &ApprovalsPage::show_rows);
    table_->setHorizontalHeaderLabels({tr("ID"), tr("Asked"), tr("Asked by"), tr("Kind"), tr("Asset"), tr("Level"),
                                       tr("Purpose"), tr("Medium"), tr("Until"), tr("State"), tr("Decided by")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &ApprovalsPage::update_buttons);
    remarks_->setPlaceholderText(tr("remarks (optional), recorded with the decision"));
    connect(grant_, &QPushButton::clicked, this, [this] { decide(true); });
    connect(deny_, &QPushButton::clicked, this, [this] { decide(false); });
    auto* top = new QHBoxLayout;
    top->addWidget(pending_only_);
    top->addWidget(summary_, 1);
    top->addWidget(refresh);
    auto* decision = new QHBoxLayout;
    decision->addWidget(new QLabel(tr("Remarks:")));
    decision->addWidget(remarks_, 1);
    decision->addWidget(grant_);
    decision->addWidget(deny_);
    auto* hint = new QLabel(tr("Your decision is signed with your own key (Settings); the ledger accepts it only "
                               "from a key holding the title the request needs."));
    hint->setWordWrap(true);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addWidget(hint);
    layout->addLayout(decision);
    layout->addWidget(result_);
    update_buttons();
}

void ApprovalsPage::load() {
    const std::string location = settings_.ledger.toStdString();
    if (location.empty()) {
        result_->setText(tr("No ledger is set in Settings."));
        emit loaded();
        return;
    }
    runner_.start([this, location](std::stop_token) {
        auto listing = std::make_shared<Listing>();
        Result<ledger::Ledger> opened = jobs::open_ledger(location, {.read_only = true});
        Result<std::vector<jobs::ApprovalStatus>> all =
            opened ? jobs::list_approvals(*opened) : Result<std::vector<jobs::ApprovalStatus>>(opened.error());
        if (!all) {
            listing->error = all.error();
        } else {
            listing->approvals = std::move(*all);
            // The names are a help to the eye: without them the key ids are still shown.
            if (Result<std::vector<ledger::KeyRecord>> registered = opened->registered_keys(); registered) {
                for (const ledger::KeyRecord& key : *registered) listing->names[keys::key_id_hex(key.public_key.id)] = key.name;
            }
        }
        post(this, [this, listing] { show_listing(*listing); });
    });
}

void ApprovalsPage::show_listing(const Listing& listing) {
    if (listing.error) {
        result_->setText(tr("The approvals could not be read: %1").arg(Words::error(*listing.error)));
    } else {
        approvals_ = listing.approvals;
        names_ = listing.names;
    }
    show_rows();
    emit loaded();
}

void ApprovalsPage::show_rows() {
    const std::int64_t selected = selected_id();
    table_->setRowCount(0);
    for (const jobs::ApprovalStatus& status : approvals_) {
        if (pending_only_->isChecked() && status.state != jobs::ApprovalState::pending) continue;
        const int row = table_->rowCount();
        table_->insertRow(row);
        QStringList cells(column_count);
        cells[id_column] = QString::number(status.id);
        cells[time_column] = Words::local_time(status.time);
        cells[requester_column] = person(names_, status.requested_by);
        cells[kind_column] = kind_text(status.kind);
        cells[asset_column] = text(status.asset_id);
        cells[level_column] = status.kind == jobs::ApprovalKind::carry_out ? Words::classification(status.classification) : "";
        cells[purpose_column] = text(status.purpose);
        cells[medium_column] = text(status.medium);
        cells[until_column] = text(status.until);
        cells[state_column] = state_text(status);
        cells[decider_column] = person(names_, status.decided_by);
        for (int column = 0; column < column_count; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, QVariant::fromValue(static_cast<qlonglong>(status.id)));
            if (column == time_column) item->setToolTip(text(status.time));
            if (column == decider_column && !status.remarks.empty()) item->setToolTip(text(status.remarks));
            table_->setItem(row, column, item);
        }
    }
    if (table_->rowCount() == 0) {
        summary_->setText(pending_only_->isChecked() ? tr("No approval is waiting for a decision.") : tr("No approvals yet."));
    } else {
        summary_->setText(pending_only_->isChecked() ? tr("Waiting for a decision: %1").arg(table_->rowCount())
                                                     : tr("Approvals: %1").arg(table_->rowCount()));
    }
    if (selected != 0) select(selected);
    update_buttons();
}

bool ApprovalsPage::select(std::int64_t id) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, id_column)->data(Qt::UserRole).toLongLong() == id) {
            table_->selectRow(row);
            return true;
        }
    }
    return false;
}

std::int64_t ApprovalsPage::selected_id() const {
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    return items.isEmpty() ? 0 : items.front()->data(Qt::UserRole).toLongLong();
}

void ApprovalsPage::update_buttons() {
    const bool can = selected_id() != 0 && !deciding_;
    grant_->setEnabled(can);
    deny_->setEnabled(can);
}

void ApprovalsPage::decide(bool grant) {
    const std::int64_t id = selected_id();
    if (id == 0 || deciding_) return;
    if (settings_.ledger.isEmpty()) {
        result_->setText(tr("A decision is recorded in the ledger: set the ledger in Settings first."));
        return;
    }
    QString problem;
    const std::optional<SigningInputs> signing = ask_to_sign(settings_.ledger, settings_.key_file, passphrase_, problem);
    if (!signing) {
        if (!problem.isEmpty()) {
            result_->setText(tr("Nothing was recorded: %1").arg(problem));
            emit decided(false);
        }
        return;
    }
    jobs::ApprovalDecision decision{id, grant, remarks_->text().trimmed().toStdString()};
    deciding_ = true;
    update_buttons();
    result_->setText(tr("Recording the decision…"));
    runner_.start([this, signing = *signing, decision](std::stop_token) {
        Result<jobs::Signer> signer = jobs::open_signer(signing.ledger, signing.key_file, signing.passphrase->bytes());
        auto event = std::make_shared<Result<ledger::Event>>(
            signer ? jobs::decide_approval(signer->ledger, signer->key, decision) : Result<ledger::Event>(signer.error()));
        post(this, [this, event, decision] {
            if (*event) {
                result_->setText(decision.grant ? tr("Approval %1 granted (event %2).").arg(decision.id).arg((*event)->seq)
                                                : tr("Approval %1 denied (event %2).").arg(decision.id).arg((*event)->seq));
                remarks_->clear();
            } else {
                result_->setText(tr("Nothing was recorded: %1").arg(Words::error(event->error())));
            }
            const bool ok = static_cast<bool>(*event);
            deciding_ = false;
            update_buttons();
            emit decided(ok);
            if (ok) load();
        });
    });
}

}  // namespace sanitize::gui
