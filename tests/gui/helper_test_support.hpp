// The privileged helper in tests: pkexec cannot authenticate here, so the built CLI is started
// directly in its place, and a stand-in launcher plays pkexec's refusals.
#pragma once

#include <sys/stat.h>

#include <string>

#include "gui_test_support.hpp"
#include "privileged_wipe.hpp"

namespace sanitize::test {

// The real CLI without a launcher, forced even where the GUI could open the target itself.
inline gui::HelperSettings direct_helper() {
    gui::HelperSettings helper;
    helper.launcher.clear();
    helper.program = SANITIZE_CLI_PATH;
    helper.force = true;
    return helper;
}

// A launcher that exits with `exit_code` without starting anything, as pkexec does when the
// person dismisses the request (126) or it cannot run (127).
inline gui::HelperSettings launcher_exiting(const GuiOffice& fixture, int exit_code) {
    const std::string launcher = fixture.office.dir.file("fake-pkexec");
    create_file(launcher, "#!/bin/sh\nexit " + std::to_string(exit_code) + "\n");
    if (::chmod(launcher.c_str(), 0755) != 0) throw std::runtime_error("chmod " + launcher);
    gui::HelperSettings helper = direct_helper();
    helper.launcher = QStringList{QString::fromStdString(launcher)};
    return helper;
}

}  // namespace sanitize::test
