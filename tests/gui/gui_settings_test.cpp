// The GUI's settings come from the same resolution as the CLI's (jobs::settings_in_force): the
// site file gives the Settings page its defaults, and a bad line is shown there with its place.
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>

#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "gui_settings.hpp"
#include "gui_test_support.hpp"
#include "settings_page.hpp"
#include "temp_dir.hpp"

namespace sanitize::test {
namespace {

// A site file named by SANITIZE_SITE_CONFIG, no user file, no variable, no saved GUI settings.
struct SiteFile {
    TempDir dir{"sanitize-gui-site"};
    explicit SiteFile(const std::string& text) {
        application();
        QStandardPaths::setTestModeEnabled(true);  // QSettings under ~/.qttest: nobody's saved choices
        QSettings("sanitize", "sanitize-gui").clear();
        std::ofstream(dir.file("site.conf")) << text;
        ::setenv("SANITIZE_SITE_CONFIG", dir.file("site.conf").c_str(), 1);
        ::setenv("XDG_CONFIG_HOME", dir.file("xdg").c_str(), 1);
        for (const char* name : {"SANITIZE_LEDGER", "SANITIZE_KEY", "SANITIZE_DEPARTMENT", "SANITIZE_CERTIFICATE_DIR",
                                 "SANITIZE_LANG", "SANITIZE_CHECKPOINT_DIR"})
            ::unsetenv(name);
    }
};

}  // namespace

TEST_CASE("GUI settings: the site file gives the defaults", "[gui][config]") {
    const SiteFile site("ledger = /srv/sanitize/ledger.db\nkey = /srv/sanitize/operator.key\n"
                        "department = 総務課\ncertificate_dir = /srv/sanitize/certificates\nlanguage = ja\n");
    const gui::GuiSettings settings = gui::GuiSettings::load();
    CHECK(settings.ledger == "/srv/sanitize/ledger.db");
    CHECK(settings.key_file == "/srv/sanitize/operator.key");
    CHECK(settings.department == QString::fromUtf8("総務課"));
    CHECK(settings.certificate_dir == "/srv/sanitize/certificates");
    CHECK(settings.language == "ja");
    CHECK(settings.configuration_problems.empty());
}

TEST_CASE("GUI settings: what a person saved wins over the site file", "[gui][config]") {
    const SiteFile site("department = 総務課\n");
    QSettings("sanitize", "sanitize-gui").setValue("department", "経理課");
    CHECK(gui::GuiSettings::load().department == QString::fromUtf8("経理課"));
}

TEST_CASE("GUI settings: a bad line of the site file is shown on the Settings page", "[gui][config]") {
    const SiteFile site("department = 総務課\nverfy = all\n");
    gui::GuiSettings settings = gui::GuiSettings::load();
    REQUIRE(settings.configuration_problems.size() == 1);
    CHECK(settings.configuration_problems[0].where.line == 2);
    const gui::SettingsPage page(settings);
    const auto* warning = page.findChild<QLabel*>("configuration_problem");
    REQUIRE(warning != nullptr);
    CHECK(warning->text().contains(QString::fromStdString(site.dir.file("site.conf"))));
    CHECK(warning->text().contains("verfy"));
}

}  // namespace sanitize::test
