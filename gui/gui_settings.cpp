#include "gui_settings.hpp"

#include <unistd.h>

#include <QDir>
#include <QLocale>
#include <QSettings>
#include <cstdlib>

#include "sanitize/jobs/settings.hpp"

namespace sanitize::gui {

namespace {

using config::Setting;

// The CLI's resolution (jobs/settings.hpp: the environment, the user's and the site's
// sanitize.conf, then the XDG directories), so that both front ends find the same ledger, key,
// certificate directory and checkpoints. The GUI's own default certificate directory is the
// home folder (a person has no meaningful current directory), and the language the system's.
jobs::SettingsInForce settings_in_force() {
    jobs::SettingsRequest request;
    request.getenv_fn = std::getenv;
    request.effective_uid = ::geteuid();
    request.built_in = {{Setting::certificate_dir, QDir::homePath().toStdString()}};
    return jobs::settings_in_force(request);
}

QString text_of(const jobs::SettingsInForce& site, Setting setting) {
    return QString::fromStdString(site.resolved.settings[setting].text);
}

}  // namespace

GuiSettings GuiSettings::load() {
    // What the person saved on the Settings page wins; the configuration gives the rest.
    QSettings stored("sanitize", "sanitize-gui");
    const jobs::SettingsInForce site = settings_in_force();
    GuiSettings settings;
    settings.ledger = stored.value("ledger", QString::fromStdString(site.paths.ledger.value)).toString();
    settings.key_file = stored.value("key_file", QString::fromStdString(site.paths.key_file.value)).toString();
    settings.department = stored.value("department", text_of(site, Setting::department)).toString();
    settings.language = stored.value("language", text_of(site, Setting::language)).toString();
    settings.certificate_dir = stored.value("certificate_dir", text_of(site, Setting::certificate_dir)).toString();
    settings.checkpoint_dir = QString::fromStdString(site.paths.checkpoint_dir.value);  // not a setting a person edits
    settings.auditor_recipients = text_of(site, Setting::auditor_recipients);           // nor this: the office's auditors
    for (const config::Diagnostic& problem : site.resolved.problems)
        settings.configuration_problems.push_back(problem);
    return settings;
}

void GuiSettings::save() const {
    QSettings stored("sanitize", "sanitize-gui");
    stored.setValue("ledger", ledger);
    stored.setValue("key_file", key_file);
    stored.setValue("department", department);
    stored.setValue("language", language);
    stored.setValue("certificate_dir", certificate_dir);
}

QString effective_language(const GuiSettings& settings) {
    if (settings.language == "ja" || settings.language == "en") return settings.language;
    return QLocale::system().language() == QLocale::Japanese ? QString("ja") : QString("en");
}

}  // namespace sanitize::gui
