#include "carry_outs_view.hpp"

#include <memory>
#include <optional>

#include <QBrush>
#include <QComboBox>
#include <QFont>
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
#include "sanitize/jobs/records.hpp"
#include "sanitize/jobs/signer.hpp"

namespace sanitize::gui {

struct CarryOutsView::Listing {
    std::optional<Error> error;
    std::vector<jobs::CarryOutStatus> carry_outs;
    std::string today;
};

namespace {

enum Column { seq_column, time_column, asset_column, medium_column, level_column, due_column, state_column, column_count };

QString text(const std::string& value) { return QString::fromStdString(value); }

QString state_text(const jobs::CarryOutStatus& out, const std::string& today) {
    if (out.returned_seq != 0) return CarryOutsView::tr("returned (event %1)").arg(out.returned_seq);
    if (out.lost_seq != 0) return CarryOutsView::tr("lost (incident, event %1)").arg(out.lost_seq);
    if (out.overdue(today)) return CarryOutsView::tr("overdue");
    return CarryOutsView::tr("still out");
}

}  // namespace

CarryOutsView::CarryOutsView(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), filter_(new QComboBox), summary_(new QLabel), table_(new QTableWidget(0, column_count)),
      remarks_(new QLineEdit), returned_(new QPushButton(tr("Returned…"))), result_(new QLabel) {
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    clock_ = [] { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); };
    filter_->addItem(tr("All"), static_cast<int>(Filter::all));
    filter_->addItem(tr("Still out"), static_cast<int>(Filter::still_out));
    filter_->addItem(tr("Overdue"), static_cast<int>(Filter::overdue));
    filter_->setCurrentIndex(1);
    connect(filter_, &QComboBox::currentIndexChanged, this, &CarryOutsView::show_rows);
    auto* refresh = new QPushButton(tr("Refresh"));
    connect(refresh, &QPushButton::clicked, this, &CarryOutsView::load);
    table_->setHorizontalHeaderLabels(
        {tr("No."), tr("Carried out"), tr("Asset"), tr("Medium serial"), tr("Level"), tr("Due"), tr("State")});
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &CarryOutsView::update_buttons);
    remarks_->setPlaceholderText(tr("remarks (optional), e.g. who brought it back"));
    connect(returned_, &QPushButton::clicked, this, &CarryOutsView::record_returned);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:")));
    top->addWidget(filter_);
    top->addWidget(summary_, 1);
    top->addWidget(refresh);
    auto* action = new QHBoxLayout;
    action->addWidget(new QLabel(tr("Remarks:")));
    action->addWidget(remarks_, 1);
    action->addWidget(returned_);
    result_->setWordWrap(true);
    result_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(table_, 1);
    layout->addLayout(action);
    layout->addWidget(result_);
    update_buttons();
}

void CarryOutsView::set_filter(Filter filter) { filter_->setCurrentIndex(filter_->findData(static_cast<int>(filter))); }

void CarryOutsView::load() {
    const std::string location = settings_.ledger.toStdString();
    if (location.empty()) {
        result_->setText(tr("No ledger is set in Settings."));
        emit loaded();
        return;
    }
    const std::string today = jobs::office_date(clock_());
    runner_.start([this, location, today](std::stop_token) {
        auto listing = std::make_shared<Listing>();
        listing->today = today;
        Result<ledger::Ledger> opened = jobs::open_ledger(location, {.read_only = true});
        Result<std::vector<jobs::CarryOutStatus>> all =
            opened ? jobs::list_carry_outs(*opened) : Result<std::vector<jobs::CarryOutStatus>>(opened.error());
        if (all) {
            listing->carry_outs = std::move(*all);
        } else {
            listing->error = all.error();
        }
        post(this, [this, listing] { show_listing(*listing); });
    });
}

void CarryOutsView::show_listing(const Listing& listing) {
    if (listing.error) {
        result_->setText(tr("The carry-outs could not be read: %1").arg(Words::error(*listing.error)));
    } else {
        carry_outs_ = listing.carry_outs;
        today_ = listing.today;
    }
    show_rows();
    emit loaded();
}

void CarryOutsView::show_rows() {
    const jobs::CarryOutStatus* chosen = selected();
    const std::int64_t selected_seq = chosen != nullptr ? chosen->seq : 0;
    const auto filter = static_cast<Filter>(filter_->currentData().toInt());
    table_->setRowCount(0);
    int overdue = 0;
    for (const jobs::CarryOutStatus& out : carry_outs_) {
        if (out.overdue(today_)) ++overdue;
        if ((filter == Filter::still_out && !out.open()) || (filter == Filter::overdue && !out.overdue(today_))) continue;
        const int row = table_->rowCount();
        table_->insertRow(row);
        QStringList cells(column_count);
        cells[seq_column] = QString::number(out.seq);
        cells[time_column] = Words::local_time(out.time);
        cells[asset_column] = text(out.asset_id);
        cells[medium_column] = text(out.medium_serial);
        cells[level_column] = Words::classification(out.classification);
        cells[due_column] = text(out.due);
        cells[state_column] = state_text(out, today_);
        for (int column = 0; column < column_count; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(Qt::UserRole, QVariant::fromValue(static_cast<qlonglong>(out.seq)));
            if (out.overdue(today_)) {
                item->setForeground(QBrush(QColor("#b00020")));
                if (column == state_column || column == due_column) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
            }
            table_->setItem(row, column, item);
        }
    }
    summary_->setText(overdue == 0 ? tr("Today (Japan): %1").arg(text(today_))
                                   : tr("Today (Japan): %1 — overdue: %2").arg(text(today_)).arg(overdue));
    if (selected_seq != 0) select(selected_seq);
    update_buttons();
}

bool CarryOutsView::select(std::int64_t seq) {
    for (int row = 0; row < table_->rowCount(); ++row) {
        if (table_->item(row, seq_column)->data(Qt::UserRole).toLongLong() == seq) {
            table_->selectRow(row);
            return true;
        }
    }
    return false;
}

const jobs::CarryOutStatus* CarryOutsView::selected() const {
    const QList<QTableWidgetItem*> items = table_->selectedItems();
    if (items.isEmpty()) return nullptr;
    const std::int64_t seq = items.front()->data(Qt::UserRole).toLongLong();
    for (const jobs::CarryOutStatus& out : carry_outs_) {
        if (out.seq == seq) return &out;
    }
    return nullptr;
}

void CarryOutsView::update_buttons() {
    const jobs::CarryOutStatus* chosen = selected();
    // A medium reported lost may be found again and returned.
    returned_->setEnabled(chosen != nullptr && chosen->returned_seq == 0 && !recording_);
}

void CarryOutsView::record_returned() {
    const jobs::CarryOutStatus* chosen = selected();
    if (chosen == nullptr || chosen->returned_seq != 0 || recording_) return;
    if (settings_.ledger.isEmpty()) {
        result_->setText(tr("A return is recorded in the ledger: set the ledger in Settings first."));
        return;
    }
    const jobs::ReturnRecord record{chosen->asset_id, chosen->medium_serial, remarks_->text().trimmed().toStdString()};
    QString problem;
    const std::optional<SigningInputs> signing = ask_to_sign(settings_.ledger, settings_.key_file, passphrase_, problem);
    if (!signing) {
        if (!problem.isEmpty()) {
            result_->setText(tr("Nothing was recorded: %1").arg(problem));
            emit returned(false);
        }
        return;
    }
    recording_ = true;
    update_buttons();
    result_->setText(tr("Recording the return…"));
    runner_.start([this, signing = *signing, record](std::stop_token) {
        Result<jobs::Signer> signer = jobs::open_signer(signing.ledger, signing.key_file, signing.passphrase->bytes());
        auto event = std::make_shared<Result<ledger::Event>>(
            signer ? jobs::record_return(signer->ledger, signer->key, record) : Result<ledger::Event>(signer.error()));
        post(this, [this, event, record] {
            const bool ok = static_cast<bool>(*event);
            recording_ = false;
            update_buttons();
            if (ok) {
                result_->setText(tr("Return of %1 recorded in the ledger (event %2).").arg(text(record.asset_id)).arg((*event)->seq));
                remarks_->clear();
            } else {
                result_->setText(tr("Nothing was recorded: %1").arg(Words::error(event->error())));
            }
            emit returned(ok);
            if (ok) load();
        });
    });
}

}  // namespace sanitize::gui
