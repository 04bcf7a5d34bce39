#include "events_view.hpp"

#include <memory>

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFileDialog>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "error_text.hpp"
#include "sanitize/files.hpp"

namespace sanitize::gui {

namespace {

constexpr ledger::EventType all_types[] = {
    ledger::EventType::ledger_init,      ledger::EventType::key_register,          ledger::EventType::key_revoke,
    ledger::EventType::asset_register,   ledger::EventType::asset_update,          ledger::EventType::media_carry_out,
    ledger::EventType::media_return,     ledger::EventType::wipe_certificate,      ledger::EventType::attachment_disclosure,
    ledger::EventType::audit_note,       ledger::EventType::certificate_validation, ledger::EventType::certificate_files,
    ledger::EventType::key_title,        ledger::EventType::approval_request,      ledger::EventType::approval_grant,
    ledger::EventType::approval_deny,    ledger::EventType::asset_dispose};

QString type_label(ledger::EventType type) {
    switch (type) {
        case ledger::EventType::ledger_init: return EventsView::tr("Ledger created");
        case ledger::EventType::key_register: return EventsView::tr("Key registered");
        case ledger::EventType::key_revoke: return EventsView::tr("Key revoked");
        case ledger::EventType::asset_register: return EventsView::tr("Asset registered");
        case ledger::EventType::asset_update: return EventsView::tr("Asset updated");
        case ledger::EventType::media_carry_out: return EventsView::tr("Carry-out");
        case ledger::EventType::media_return: return EventsView::tr("Return");
        case ledger::EventType::wipe_certificate: return EventsView::tr("Wipe certificate");
        case ledger::EventType::attachment_disclosure: return EventsView::tr("Attachment sent");
        case ledger::EventType::audit_note: return EventsView::tr("Audit note");
        case ledger::EventType::certificate_validation: return EventsView::tr("Certificate validated");
        case ledger::EventType::certificate_files: return EventsView::tr("Certificate files stored");
        case ledger::EventType::key_title: return EventsView::tr("Approver titles set");
        case ledger::EventType::approval_request: return EventsView::tr("Approval requested");
        case ledger::EventType::approval_grant: return EventsView::tr("Approval granted");
        case ledger::EventType::approval_deny: return EventsView::tr("Approval denied");
        case ledger::EventType::asset_dispose: return EventsView::tr("Asset disposed of");
    }
    return {};
}

QString text(const std::string& value) { return QString::fromStdString(value); }

// A date edit whose lowest value means "no bound".
QDateEdit* date_edit() {
    auto* edit = new QDateEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat("yyyy-MM-dd");
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(EventsView::tr("any"));
    edit->setDate(edit->minimumDate());
    return edit;
}

// The UTC bound of the start of `date` in local time, or empty for "no bound".
std::string day_start(const QDateEdit* edit, int add_days) {
    if (edit->date() == edit->minimumDate()) return {};
    const QDateTime local(edit->date().addDays(add_days), QTime(0, 0));
    return local.toUTC().toString("yyyy-MM-ddTHH:mm:ss'Z'").toStdString();
}

constexpr std::size_t page_rows = 500;

// The ledger keeps UTC; people read and filter by their own calendar day, so the table shows
// local time (the tooltip and the CSV keep the ledger's UTC text).
QString local_time(const std::string& utc_text) {
    const QDateTime utc = QDateTime::fromString(text(utc_text), Qt::ISODate);
    if (!utc.isValid()) return text(utc_text);
    return utc.toLocalTime().toString("yyyy-MM-dd HH:mm:ss");
}

}  // namespace

QVariant EventModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const ledger::EventRow& row = rows_[static_cast<std::size_t>(index.row())];
    if (role == Qt::ToolTipRole && index.column() == 4) return text(keys::key_id_hex(row.event.actor));
    if (role == Qt::ToolTipRole && index.column() == 1) return text(row.event.time);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
        case 0: return QVariant::fromValue(static_cast<qlonglong>(row.event.seq));
        case 1: return local_time(row.event.time);
        case 2: return type_label(row.event.type);
        case 3: return text(row.asset_id);
        case 4:
            if (row.actor_is_root) return EventsView::tr("Ledger root key");
            return row.actor_name.empty() ? text(keys::key_id_hex(row.event.actor)) : text(row.actor_name);
        case 5: return text(row.department);
        case 6: return text(row.summary);
    }
    return {};
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    const QString names[] = {EventsView::tr("No."),   EventsView::tr("Local time"), EventsView::tr("Type"),
                             EventsView::tr("Asset"), EventsView::tr("Actor"),      EventsView::tr("Department"),
                             EventsView::tr("Summary")};
    return section >= 0 && section < 7 ? names[section] : QVariant();
}

bool EventModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && !complete_ && !loading_; }

void EventModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent)) emit more_wanted();
}

void EventModel::reset() {
    beginResetModel();
    rows_.clear();
    scanned_to_ = 0;
    complete_ = false;
    loading_ = false;
    endResetModel();
}

void EventModel::append(std::vector<ledger::EventRow> rows, std::int64_t scanned_to, bool complete) {
    scanned_to_ = scanned_to;
    complete_ = complete;
    if (rows.empty()) return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    for (ledger::EventRow& row : rows) rows_.push_back(std::move(row));
    endInsertRows();
}

EventsView::EventsView(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), type_(new QComboBox), asset_(new QLineEdit), from_(date_edit()),
      to_(date_edit()), text_(new QLineEdit), table_(new QTableView), model_(new EventModel(this)), status_(new QLabel) {
    type_->addItem(tr("All types"), QString());
    for (const ledger::EventType type : all_types) {
        type_->addItem(type_label(type), text(std::string(ledger::event_type_name(type))));
    }
    asset_->setPlaceholderText(tr("asset ID contains"));
    text_->setPlaceholderText(tr("search text"));
    auto* show = new QPushButton(tr("Show events"));
    auto* export_button = new QPushButton(tr("Export CSV…"));
    typing_.setSingleShot(true);
    typing_.setInterval(400);
    connect(&typing_, &QTimer::timeout, this, &EventsView::apply_filter);
    connect(show, &QPushButton::clicked, this, &EventsView::apply_filter);
    connect(type_, &QComboBox::currentIndexChanged, this, &EventsView::apply_filter);
    connect(from_, &QDateEdit::dateChanged, this, &EventsView::apply_filter);
    connect(to_, &QDateEdit::dateChanged, this, &EventsView::apply_filter);
    for (QLineEdit* field : {asset_, text_}) {
        connect(field, &QLineEdit::textEdited, &typing_, qOverload<>(&QTimer::start));
        connect(field, &QLineEdit::returnPressed, this, &EventsView::apply_filter);
    }
    connect(export_button, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export events"), QDir::homePath() + "/events.csv", "*.csv");
        if (!path.isEmpty()) export_csv(path);
    });
    connect(model_, &EventModel::more_wanted, this, &EventsView::fetch_more);
    table_->setModel(model_);
    table_->verticalHeader()->hide();
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setWordWrap(false);
    table_->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = {60, 150, 130, 90, 110, 110};
    for (int column = 0; column < 6; ++column) table_->setColumnWidth(column, widths[column]);

    auto* filters = new QHBoxLayout;
    filters->addWidget(type_);
    filters->addWidget(asset_, 1);
    filters->addWidget(new QLabel(tr("From")));
    filters->addWidget(from_);
    filters->addWidget(new QLabel(tr("to")));
    filters->addWidget(to_);
    filters->addWidget(text_, 2);
    auto* actions = new QHBoxLayout;
    actions->addWidget(show);
    actions->addWidget(status_, 1);
    actions->addWidget(export_button);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(table_, 1);
}

ledger::EventFilter EventsView::filter() const {
    ledger::EventFilter filter;
    if (const auto type = ledger::parse_event_type(type_->currentData().toString().toStdString())) filter.types = {*type};
    filter.asset_id = asset_->text().trimmed().toStdString();
    filter.text = text_->text().trimmed().toStdString();
    filter.time_from = day_start(from_, 0);
    filter.time_to = day_start(to_, 1);  // the whole "to" day
    return filter;
}

void EventsView::apply_filter() {
    typing_.stop();
    runner_.cancel();
    ++generation_;
    active_ = filter();
    model_->reset();
    fetch_more();
}

// One page of matches, read off the UI thread. A filter that matches rarely may scan many
// bounded pages before the first match; each stop_token check lets a new filter replace it.
void EventsView::fetch_more() {
    if (settings_.ledger.isEmpty()) {
        show_status(tr("No ledger is set in Settings."));
        return;
    }
    model_->set_loading(true);
    show_status();
    const std::string location = settings_.ledger.toStdString();
    const ledger::EventFilter filter = active_;
    const std::int64_t after = model_->scanned_to();
    const int generation = generation_;
    runner_.start([this, location, filter, after, generation](std::stop_token stop) {
        Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
        Result<ledger::EventPage> page = opened ? Result<ledger::EventPage>(ledger::EventPage{.rows = {}, .scanned_to = after, .complete = false})
                                                : Result<ledger::EventPage>(opened.error());
        while (page && page->rows.empty() && !page->complete && !stop.stop_requested()) {
            page = opened->search_events(filter, {.after_seq = page->scanned_to, .max_rows = page_rows, .max_scanned = 5000});
        }
        auto result = std::make_shared<Result<ledger::EventPage>>(std::move(page));
        post(this, [this, result, generation] {
            if (generation != generation_) return;
            model_->set_loading(false);
            if (!*result) {
                show_status(Words::error(result->error()));
                return;
            }
            model_->append(std::move((*result)->rows), (*result)->scanned_to, (*result)->complete);
            show_status();
            emit loaded(model_->rowCount(), model_->complete());
        });
    });
}

void EventsView::show_status(const QString& error) {
    if (!error.isEmpty()) {
        status_->setText(error);
        return;
    }
    const int rows = model_->rowCount();
    status_->setText(model_->complete() ? tr("%1 events").arg(rows) : tr("%1 events shown, more as you scroll").arg(rows));
}

void EventsView::export_csv(const QString& path) {
    const std::string location = settings_.ledger.toStdString();
    const ledger::EventFilter filter = this->filter();
    runner_.start([this, location, filter, path](std::stop_token stop) {
        Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
        std::vector<ledger::EventRow> rows;
        Result<void> written = opened ? Result<void>() : Result<void>(opened.error());
        for (ledger::EventSearch search{.after_seq = 0, .max_rows = 5000, .max_scanned = 5000}; written;) {
            if (stop.stop_requested()) {
                written = make_error(Errc::cancelled, "export events");
                break;
            }
            Result<ledger::EventPage> page = opened->search_events(filter, search);
            if (!page) {
                written = page.error();
                break;
            }
            for (ledger::EventRow& row : page->rows) rows.push_back(std::move(row));
            search.after_seq = page->scanned_to;
            if (page->complete) break;
        }
        if (written) {
            const std::string csv = ledger::event_rows_to_csv(rows, ledger::CsvOptions{.byte_order_mark = true});
            written = files::write_new_file(path.toStdString(), csv, 0644);
        }
        const int count = static_cast<int>(rows.size());
        auto outcome = std::make_shared<Result<void>>(std::move(written));
        post(this, [this, outcome, count, path] {
            status_->setText(*outcome ? tr("Exported %1 events to %2").arg(count).arg(path) : Words::error(outcome->error()));
            emit exported(static_cast<bool>(*outcome), count);
        });
    });
}

}  // namespace sanitize::gui
