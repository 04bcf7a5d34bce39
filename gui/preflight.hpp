// What a page checks before it asks the person anything: whether the run could start at all.
// A passphrase typed for a key file that is not there, or for a helper that pkexec cannot
// start, is asked in vain; these checks need no one and say what to fix instead.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <QString>

#include "privileged_wipe.hpp"

namespace sanitize::gui {

struct PreflightInput {
    bool through_helper = false;  // the run goes to the privileged helper (needs_helper or forced)
    HelperSettings helper;
    QString ledger;    // empty: the run has no ledger, so neither a key nor a passphrase
    QString key_file;  // the signing key of Settings
};

// The first thing that stops the run, worded for the person; empty when every check holds.
// Checked: the launcher (pkexec) and the helper program are installed; the key file exists and
// the person may read it; a ledger file exists (a PostgreSQL URL is reached by the run itself:
// a connection from the UI thread could hang the window).
QString preflight_problem(const PreflightInput& input);

// How a page asks for the key's passphrase: the dialog by default, a test's answer in tests.
using PassphraseSource = std::function<std::optional<SecretBuffer>(const QString& key_file)>;

// What a job signed with the key of Settings needs off the UI thread: the ledger and the key
// file, and the passphrase in a buffer the job holds (wiped when the last holder lets go).
struct SigningInputs {
    std::string ledger;
    std::string key_file;
    std::shared_ptr<SecretBuffer> passphrase;
};

// The pages that record in the ledger in process (no helper): the preflight of the ledger and
// the key of Settings, then the passphrase. Empty when the run cannot start: `problem` then says
// why, in the preflight's words, or stays empty when the person cancelled the passphrase.
std::optional<SigningInputs> ask_to_sign(const QString& ledger, const QString& key_file, const PassphraseSource& ask,
                                         QString& problem);

}  // namespace sanitize::gui
