// What the Settings page edits and every page reads: where the ledger is, which key signs,
// the organisation's department as certificates print it, the language.
#pragma once

#include <QString>
#include <vector>

#include "sanitize/config.hpp"

namespace sanitize::gui {

struct GuiSettings {
    QString ledger;          // a SQLite file or a postgresql:// URL; empty: no ledger, no certificates
    QString key_file;        // the operator's minisign secret key
    QString department;      // printed on certificates ("情報システム課 本社")
    QString language;        // "ja", "en" or empty for the system's
    QString certificate_dir; // where certificates are written
    QString checkpoint_dir;  // where interrupted wipes keep their state; empty: no resume
    QString auditor_recipients;  // the site's (sanitize.conf), not edited here: carry-out manifests

    // What is wrong in the site or user sanitize.conf (file and line): the Settings page shows it.
    std::vector<config::Diagnostic> configuration_problems;

    // Stored with QSettings; defaults resolved as the CLI's (jobs/settings.hpp: the environment,
    // the user's and the site's sanitize.conf, the XDG paths).
    static GuiSettings load();
    void save() const;
};

// "ja" or "en": the language the settings ask for, else the system locale's.
QString effective_language(const GuiSettings& settings);

}  // namespace sanitize::gui
