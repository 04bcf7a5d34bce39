// An Error as JSON: the object every report's "error" and the protocol's error line carry.
// Fields that are empty are left out; "errno_text" is strerror for people reading the JSON.
#pragma once

#include <nlohmann/json.hpp>

#include "sanitize/result.hpp"

namespace sanitize::util {

nlohmann::json error_json(const Error& error);

}  // namespace sanitize::util
