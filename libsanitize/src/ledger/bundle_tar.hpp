// The bundle's file as a tar: members written in order, and read back whole into memory (a
// bundle is read once, and bounded: a member over max_member_bytes is malformed_input).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "sanitize/result.hpp"

namespace sanitize::ledger::detail {

inline constexpr std::size_t max_member_bytes = std::size_t{1} << 30;

class TarWriter {
public:
    static Result<TarWriter> create(const std::string& path);  // Errc::conflict when it exists
    TarWriter(TarWriter&&) noexcept;
    TarWriter& operator=(TarWriter&&) noexcept;
    ~TarWriter();
    Result<void> add(std::string_view name, std::string_view bytes);
    Result<void> close();

private:
    struct State;
    explicit TarWriter(State* state);
    State* state_;
};

// Every regular file of the tar by its name; links, devices and names with ".." are refused.
Result<std::map<std::string, std::string>> read_tar(const std::string& path);

}  // namespace sanitize::ledger::detail
