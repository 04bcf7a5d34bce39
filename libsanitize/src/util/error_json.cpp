#include "util/error_json.hpp"

#include <cstring>

namespace sanitize::util {

nlohmann::json error_json(const Error& error) {
    nlohmann::json object = {{"code", errc_name(error.code)}, {"context", error.context}, {"errno", error.sys_errno}};
    if (error.sys_errno != 0) object["errno_text"] = std::strerror(error.sys_errno);
    if (error.reason != Reason::none) object["reason"] = reason_name(error.reason);
    if (!error.device.empty()) object["device"] = error.device;
    if (!error.path.empty()) object["path"] = error.path;
    if (error.offset) object["offset"] = *error.offset;
    if (!error.detail.empty()) object["detail"] = error.detail;
    if (!error.expected.empty()) object["expected"] = error.expected;
    if (error.bytes) object["bytes"] = *error.bytes;
    if (!error.also.empty()) {
        nlohmann::json also = nlohmann::json::array();
        for (const Error& other : error.also) also.push_back(error_json(other));
        object["also"] = also;
    }
    return object;
}

}  // namespace sanitize::util
