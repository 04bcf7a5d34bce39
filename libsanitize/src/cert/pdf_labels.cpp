#include "cert/pdf_labels.hpp"

#include <string>

#include "sanitize/cert.hpp"

#include <nlohmann/json.hpp>

#include <mutex>

namespace sanitize::cert::detail {
namespace {

std::map<std::string, std::string, std::less<>> table_of(std::string_view text) {
    std::map<std::string, std::string, std::less<>> table;
    // The data is ours and compiled in; tests parse the same files, so a broken one fails there.
    const nlohmann::json labels = nlohmann::json::parse(text, nullptr, false);
    if (!labels.is_object()) return table;
    for (const auto& [key, value] : labels.items()) {
        if (value.is_string()) table.emplace(key, value.get<std::string>());
    }
    return table;
}

std::mutex missing_mutex;

}  // namespace

Labels::Labels() : ja_(table_of(labels_ja_json)), en_(table_of(labels_en_json)) {}

const Labels& Labels::builtin() {
    static const Labels labels;
    return labels;
}

const std::string& Labels::find(const std::map<std::string, std::string, std::less<>>& table,
                                std::string_view key) const {
    const auto found = table.find(key);
    if (found != table.end()) return found->second;
    const std::lock_guard lock(missing_mutex);
    return missing_.try_emplace(std::string(key), std::string(key)).first->second;
}

const std::string& Labels::ja(std::string_view key) const { return find(ja_, key); }
const std::string& Labels::en(std::string_view key) const { return find(en_, key); }

std::string Labels::both(std::string_view key, std::string_view separator) const {
    return ja(key) + std::string(separator) + en(key);
}

}  // namespace sanitize::cert::detail

namespace sanitize::cert {

ClassificationName classification_name(int level) {
    if (level < 0 || level > 2) return {};
    const std::string key = "classification." + std::to_string(level);
    const detail::Labels& labels = detail::Labels::builtin();  // lives as long as the process
    return {labels.ja(key), labels.en(key)};
}

}  // namespace sanitize::cert
