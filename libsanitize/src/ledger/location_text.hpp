// A ledger's location as text: which backend it names, and the secrets a PostgreSQL URL may carry
// (postgresql://user:PASSWORD@host/db, or ?password=PASSWORD), which must never be shown.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanitize::ledger::detail {

// Every password the URL carries, as written in it: the user part's and each password= value.
std::vector<std::string> url_passwords(std::string_view url);

}  // namespace sanitize::ledger::detail
