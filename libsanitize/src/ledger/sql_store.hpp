// The tables' reads and writes, written once in the SQL both backends accept ($1-style
// parameters: PostgreSQL's own, and a named parameter to SQLite). A backend supplies the
// transactions, the schema and one primitive: run a statement and hand each row to a callback.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string_view>
#include <variant>

#include "ledger/store.hpp"

namespace sanitize::ledger::detail {

using SqlParam = std::variant<std::nullptr_t, std::int64_t, std::string_view>;

class SqlRow {
public:
    virtual ~SqlRow() = default;
    virtual std::string text(int column) const = 0;
    virtual std::int64_t integer(int column) const = 0;
    virtual bool is_null(int column) const = 0;
};

using RowSink = std::function<void(const SqlRow&)>;

class SqlStore : public Store {
public:
    Result<std::optional<MetaRow>> read_meta() override;
    Result<void> insert_meta(const MetaRow& meta) override;
    Result<std::optional<StoredEvent>> last_event() override;
    Result<void> insert_event(const StoredEvent& event) override;
    Result<std::vector<StoredEvent>> read_events(const EventQuery& query) override;
    Result<std::optional<Asset>> find_asset(std::string_view asset_id) override;
    Result<void> put_asset(const Asset& asset) override;
    Result<std::vector<Asset>> read_assets(std::string_view after_id, std::size_t limit) override;
    Result<std::optional<KeyRow>> find_key(std::string_view key_id) override;
    Result<void> insert_key(const KeyRow& key) override;
    Result<void> set_key_revoked(std::string_view key_id, std::int64_t seq) override;
    Result<std::vector<KeyRow>> read_keys() override;
    Result<bool> origin_exists(std::string_view origin) override;
    Result<std::optional<StoredEvent>> event_with_origin(std::string_view origin) override;
    Result<void> insert_certificate_file(const CertificateFileRow& row) override;
    Result<std::vector<CertificateFileRow>> read_certificate_files(std::string_view certificate_id) override;

protected:
    // Runs one statement; `what` names it in an error's context.
    [[nodiscard]] virtual Result<void> run(std::string_view what, const char* sql, std::initializer_list<SqlParam> params,
                                           const RowSink& sink) = 0;
};

}  // namespace sanitize::ledger::detail
