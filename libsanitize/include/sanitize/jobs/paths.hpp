// Where the ledger, the operator's key and the checkpoints of interrupted wipes are when nobody
// says: one rule for every front end. The library reads neither the environment nor the user
// id itself; the front end hands both in.
//
// Layers, highest first: an option given for this run, the environment ($SANITIZE_LEDGER,
// $SANITIZE_KEY, $SANITIZE_CHECKPOINT_DIR), then the built-in defaults (XDG directories, and for
// root the system's state directory). A site or user configuration file becomes one more
// PathLayer between the environment and the defaults.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <string>

namespace sanitize::jobs {

// Where a path came from: the defaults, or a layer that named it on purpose.
enum class PathSource { builtin, environment, configuration, option };

struct ResolvedPath {
    std::string value;
    PathSource source = PathSource::builtin;
    bool named() const noexcept { return source != PathSource::builtin; }
};

struct Paths {
    ResolvedPath ledger;          // a SQLite file or a postgresql:// URL
    ResolvedPath key_file;        // the operator's minisign secret key; its .pub beside it
    ResolvedPath checkpoint_dir;  // created 0700 by the first resumable wipe
};

// One layer: what it names, nothing for what it leaves to the layers below.
struct PathLayer {
    PathSource source = PathSource::option;
    std::optional<std::string> ledger;
    std::optional<std::string> key_file;
    std::optional<std::string> checkpoint_dir;
};

using Getenv = std::function<const char*(const char*)>;

// The built-in defaults for this user: root keeps checkpoints in /var/lib/sanitize/checkpoints,
// every user keeps the ledger in $XDG_DATA_HOME/sanitize/ledger.db, the key in
// $XDG_CONFIG_HOME/sanitize/operator.key and (others) checkpoints in
// $XDG_STATE_HOME/sanitize/checkpoints, with the XDG fallbacks under $HOME.
Paths builtin_paths(const Getenv& getenv, unsigned effective_uid);

// $SANITIZE_LEDGER, $SANITIZE_KEY, $SANITIZE_CHECKPOINT_DIR where set and not empty.
PathLayer environment_layer(const Getenv& getenv);

// `base` with each layer applied, highest first (the first layer naming a path wins).
Paths resolve_paths(const Paths& base, std::span<const PathLayer> layers);

// builtin_paths under environment_layer: the paths of a run that names none itself.
Paths default_paths(const Getenv& getenv, unsigned effective_uid);

// Whether a job that records its work (wipe, attach, encrypt) uses a ledger, and which: never
// when the person said so (`refuse`); always when one was named on purpose; the default ledger
// only when its file exists, so that a person without a ledger can still work (and is told).
std::optional<std::string> ledger_in_use(const ResolvedPath& ledger, bool refuse);

// "operator.key" -> "operator.key.pub"
std::string public_key_file_for(const std::string& secret_key_file);

}  // namespace sanitize::jobs
