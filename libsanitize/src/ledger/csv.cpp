#include "ledger/csv.hpp"

#include <algorithm>

namespace sanitize::ledger::detail {

namespace {

class CsvReader {
public:
    explicit CsvReader(std::string_view text) : text_(text) {}

    Result<std::vector<CsvRecord>> read_all() {
        std::vector<CsvRecord> records;
        while (pos_ < text_.size()) {
            auto record = read_record(records.size() + 1);
            if (!record) return record.error();
            records.push_back(std::move(*record));
        }
        return records;
    }

private:
    // detail and expected carry the row and the column, for a front end to word in its language.
    Error error_at(std::size_t row, std::size_t column) const {
        Error error = make_error(Errc::malformed_input, "csv row " + std::to_string(row) + " column " + std::to_string(column));
        error.detail = std::to_string(row);
        error.expected = std::to_string(column);
        return error;
    }

    // Consumes a record terminator (CRLF, LF or CR) if one is next.
    bool end_of_record() {
        if (pos_ < text_.size() && text_[pos_] == '\r') {
            ++pos_;
            if (pos_ < text_.size() && text_[pos_] == '\n') ++pos_;
            return true;
        }
        if (pos_ < text_.size() && text_[pos_] == '\n') {
            ++pos_;
            return true;
        }
        return pos_ >= text_.size();
    }

    Result<std::string> read_quoted(std::size_t row, std::size_t column) {
        std::string field;
        ++pos_;  // the opening quote
        for (;;) {
            const std::size_t quote = text_.find('"', pos_);
            if (quote == std::string_view::npos) return error_at(row, column);  // unterminated
            field.append(text_.substr(pos_, quote - pos_));
            pos_ = quote + 1;
            if (pos_ < text_.size() && text_[pos_] == '"') {
                field += '"';
                ++pos_;
                continue;
            }
            return field;
        }
    }

    Result<CsvRecord> read_record(std::size_t row) {
        CsvRecord record;
        for (;;) {
            const std::size_t column = record.size() + 1;
            std::string field;
            if (pos_ < text_.size() && text_[pos_] == '"') {
                auto quoted = read_quoted(row, column);
                if (!quoted) return quoted.error();
                field = std::move(*quoted);
            } else {
                const std::size_t end = std::min(text_.find_first_of(",\r\n", pos_), text_.size());
                field = std::string(text_.substr(pos_, end - pos_));
                if (field.find('"') != std::string::npos) return error_at(row, column);  // stray quote
                pos_ = end;
            }
            record.push_back(std::move(field));
            if (pos_ < text_.size() && text_[pos_] == ',') {
                ++pos_;
                continue;
            }
            if (end_of_record()) return record;
            return error_at(row, column);  // text after a closing quote
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace

Result<std::vector<CsvRecord>> parse_csv(std::string_view text) { return CsvReader(text).read_all(); }

namespace {

bool starts_formula(char c) { return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'; }

// An apostrophe that from_spreadsheet_cell() takes off: one before a formula character or
// before another apostrophe.
bool escaped_by_apostrophe(std::string_view cell) {
    return cell.size() >= 2 && cell[0] == '\'' && (starts_formula(cell[1]) || cell[1] == '\'');
}

}  // namespace

std::string spreadsheet_cell(std::string_view value) {
    const bool needs = (!value.empty() && starts_formula(value[0])) || escaped_by_apostrophe(value);
    return needs ? "'" + std::string(value) : std::string(value);
}

std::string from_spreadsheet_cell(std::string_view cell) {
    return std::string(escaped_by_apostrophe(cell) ? cell.substr(1) : cell);
}

void append_csv_record(std::string& out, const CsvRecord& record) {
    for (std::size_t i = 0; i < record.size(); ++i) {
        if (i > 0) out += ',';
        const std::string field = spreadsheet_cell(record[i]);
        if (field.find_first_of(",\"\r\n") == std::string::npos) {
            out += field;
            continue;
        }
        out += '"';
        for (const char c : field) {
            if (c == '"') out += '"';
            out += c;
        }
        out += '"';
    }
    out += "\r\n";
}

}  // namespace sanitize::ledger::detail
