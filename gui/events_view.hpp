// The ledger's events on the Audit page: a table filtered by type, asset, dates and free text,
// loaded page by page as the table is scrolled (the library's search_events), so that a ledger of
// 100k events opens at once; CSV export of everything the filter matches.
#pragma once

#include <QAbstractTableModel>
#include <QTimer>
#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "sanitize/ledger.hpp"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace sanitize::gui {

class EventModel : public QAbstractTableModel {
    Q_OBJECT

public:
    explicit EventModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}
    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
    int columnCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : 7; }
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void reset();
    void append(std::vector<ledger::EventRow> rows, std::int64_t scanned_to, bool complete);
    const std::vector<ledger::EventRow>& rows() const { return rows_; }
    std::int64_t scanned_to() const { return scanned_to_; }
    bool complete() const { return complete_; }
    void set_loading(bool loading) { loading_ = loading; }

signals:
    void more_wanted();

private:
    std::vector<ledger::EventRow> rows_;
    std::int64_t scanned_to_ = 0;
    bool complete_ = false;
    bool loading_ = false;
};

class EventsView : public QWidget {
    Q_OBJECT

public:
    EventsView(const GuiSettings& settings, QWidget* parent = nullptr);

    // Reads the filter fields and loads the first page of matches.
    void apply_filter();
    ledger::EventFilter filter() const;
    // Writes every event the filter matches (not only the loaded ones) as CSV with a BOM; the
    // result comes with exported().
    void export_csv(const QString& path);

    QComboBox* type_box() const { return type_; }
    QLineEdit* asset_field() const { return asset_; }
    QLineEdit* text_field() const { return text_; }
    QDateEdit* from_edit() const { return from_; }
    QDateEdit* to_edit() const { return to_; }
    QTableView* table() const { return table_; }
    EventModel* model() const { return model_; }
    QLabel* status_label() const { return status_; }

signals:
    void loaded(int rows, bool complete);  // after each page
    void exported(bool ok, int rows);

private:
    void fetch_more();
    void show_status(const QString& error = {});

    const GuiSettings& settings_;
    JobRunner runner_;
    QComboBox* type_;
    QLineEdit* asset_;
    QDateEdit* from_;
    QDateEdit* to_;
    QLineEdit* text_;
    QTableView* table_;
    EventModel* model_;
    QLabel* status_;
    QTimer typing_;                  // applies the filter once the user stops typing
    ledger::EventFilter active_;     // the filter the model shows
    int generation_ = 0;             // pages of an older filter are dropped
};

}  // namespace sanitize::gui
