// What a page checks before it asks the person anything: whether the run could start at all.
// A passphrase typed for a key file that is not there, or for a helper that pkexec cannot
// start, is asked in vain; these checks need no one and say what to fix instead.
#pragma once

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

}  // namespace sanitize::gui
