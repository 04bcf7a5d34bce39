// libFuzzer target: the asset ledger's CSV importer over arbitrary bytes (an office's spreadsheet
// export is outside input). It may refuse, with one of its documented codes, but never crash;
// whatever it accepts must write back and read back as the same rows.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "sanitize/ledger.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace sanitize::ledger;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto assets = assets_from_csv(text);
    if (!assets) {
        const sanitize::Errc code = assets.error().code;
        if (code != sanitize::Errc::malformed_input && code != sanitize::Errc::conflict &&
            code != sanitize::Errc::refused) {
            std::abort();
        }
        return 0;
    }
    for (bool bom : {false, true}) {
        auto reread = assets_from_csv(assets_to_csv(*assets, CsvOptions{.byte_order_mark = bom}));
        if (!reread || !(*reread == *assets)) std::abort();
    }
    return 0;
}
