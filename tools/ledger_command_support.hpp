// Steps shared by the key, ledger, asset and report commands: JSON lines of ledger data, tables,
// output files, option values that the CLI turns into library values, and the wording of the
// ledger's refusals. No rule about the ledger lives here: the library decides, this only shows.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "messages.hpp"
#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cli {

// Lower-case hex, as the ledger stores hashes and signatures.
std::string hex_text(std::span<const std::uint8_t> bytes);
// A JSON string literal with its quotes.
std::string json_string(std::string_view text);
// The base64 line of a minisign public key (the second line of its file).
std::string public_key_line(const keys::PublicKey& key);

// One JSON object per event or asset, on one line, without the line break. The payload is the
// event's canonical JSON, embedded as an object.
std::string event_json(const ledger::Event& event);
std::string asset_json(const ledger::Asset& asset);

// Left-aligned columns, sized by terminal width (Japanese takes two columns per character).
std::string text_table(const std::vector<std::vector<std::string>>& rows);

using ledger::is_database_url;
// Creates the missing directories above `file` (the last one with `mode`): for a new key or ledger.
Result<void> make_parent_directory(const std::string& file, unsigned mode);

// `bytes` to stdout (empty path) or to a new file that must not exist yet (Reason::output_exists).
[[nodiscard]] Result<void> write_output(const std::string& path, std::string_view bytes, unsigned mode);
// That `path` exists and nothing was overwritten.
Error output_exists(const std::string& path);

// --valid-from, --valid-until: "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DD" (00:00 UTC);
// Reason::time_spec when the text is neither.
[[nodiscard]] Result<std::string> time_option(std::string_view option, const std::string& text);
// --utc-offset: "+09:00", "-05:30", "Z" → minutes east of UTC.
std::optional<int> utc_offset_minutes(std::string_view text);

// A verify() problem in words.
std::string problem_message(const Messages& messages, ledger::Problem problem);

std::string_view classification_word(const Messages& messages, int level);

// An asset's state in words: the states the library itself gives (erased, destroyed, erased by a
// vendor); any other state as the ledger holds it, since a person wrote it.
std::string asset_status_word(const Messages& messages, const std::string& status);

}  // namespace sanitize::cli
