// The default paths: XDG for people, /var/lib for root's checkpoints, the environment above both.
#include "sanitize/jobs/paths.hpp"

#include <sys/stat.h>

namespace sanitize::jobs {
namespace {

std::string from_environment(const Getenv& getenv, const char* name) {
    const char* value = getenv(name);
    return value == nullptr ? std::string() : std::string(value);
}

// $XDG_…_HOME, else $HOME/<fallback>, joined with "sanitize/<file>".
std::string xdg_path(const Getenv& getenv, const char* xdg_variable, const char* home_fallback, const char* file) {
    std::string base = from_environment(getenv, xdg_variable);
    if (base.empty() || base.front() != '/') {  // the XDG spec says relative values are ignored
        const std::string home = from_environment(getenv, "HOME");
        base = (home.empty() ? std::string(".") : home) + "/" + home_fallback;
    }
    return base + "/sanitize/" + file;
}

void apply(ResolvedPath& path, const std::optional<std::string>& value, PathSource source) {
    if (value && !value->empty() && !path.named()) path = ResolvedPath{*value, source};
}

std::optional<std::string> non_empty(const Getenv& getenv, const char* name) {
    std::string value = from_environment(getenv, name);
    if (value.empty()) return std::nullopt;
    return value;
}

}  // namespace

Paths builtin_paths(const Getenv& getenv, unsigned effective_uid) {
    Paths paths;
    paths.ledger.value = xdg_path(getenv, "XDG_DATA_HOME", ".local/share", "ledger.db");
    paths.key_file.value = xdg_path(getenv, "XDG_CONFIG_HOME", ".config", "operator.key");
    // Root's wipes (the privileged helper, the station) keep their state where a reboot finds it.
    paths.checkpoint_dir.value = effective_uid == 0 ? std::string("/var/lib/sanitize/checkpoints")
                                                    : xdg_path(getenv, "XDG_STATE_HOME", ".local/state", "checkpoints");
    return paths;
}

PathLayer environment_layer(const Getenv& getenv) {
    return PathLayer{PathSource::environment, non_empty(getenv, "SANITIZE_LEDGER"), non_empty(getenv, "SANITIZE_KEY"),
                     non_empty(getenv, "SANITIZE_CHECKPOINT_DIR")};
}

Paths resolve_paths(const Paths& base, std::span<const PathLayer> layers) {
    Paths paths;
    for (const PathLayer& layer : layers) {
        apply(paths.ledger, layer.ledger, layer.source);
        apply(paths.key_file, layer.key_file, layer.source);
        apply(paths.checkpoint_dir, layer.checkpoint_dir, layer.source);
    }
    if (!paths.ledger.named()) paths.ledger = base.ledger;
    if (!paths.key_file.named()) paths.key_file = base.key_file;
    if (!paths.checkpoint_dir.named()) paths.checkpoint_dir = base.checkpoint_dir;
    return paths;
}

Paths default_paths(const Getenv& getenv, unsigned effective_uid) {
    const PathLayer environment = environment_layer(getenv);
    return resolve_paths(builtin_paths(getenv, effective_uid), std::span(&environment, 1));
}

std::optional<std::string> ledger_in_use(const ResolvedPath& ledger, bool refuse) {
    if (refuse) return std::nullopt;
    struct stat status {};
    if (!ledger.named() && ::stat(ledger.value.c_str(), &status) != 0) return std::nullopt;
    return ledger.value;
}

std::string public_key_file_for(const std::string& secret_key_file) {
    return secret_key_file + ".pub";
}

}  // namespace sanitize::jobs
