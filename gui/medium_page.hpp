// Purge and verify: one target (a disk from the list the Wipe page shows, or an image file),
// then two tabs: Verify medium (does it hold only the expected byte?) and Purge (the drive's
// own erase). Each tab runs its job; this page only holds the target list.
#pragma once

#include <optional>

#include <QWidget>

#include "gui_settings.hpp"
#include "privileged_wipe.hpp"
#include "sanitize/device.hpp"

class QLabel;
class QTabWidget;

namespace sanitize::gui {

class DeviceTable;
class MediumCheckTab;
class PurgeTab;

class MediumPage : public QWidget {
    Q_OBJECT

public:
    enum class Tab { verify, purge };

    explicit MediumPage(const GuiSettings& settings, QWidget* parent = nullptr);

    // Inspects a file (a disk image) and adds it to the list, ticked; false with the reason shown.
    bool add_image(const QString& path);
    void set_helper(const HelperSettings& helper);  // both tabs
    void show_tab(Tab tab);

    DeviceTable* devices() const { return devices_; }
    MediumCheckTab* check_tab() const { return check_; }
    PurgeTab* purge_tab() const { return purge_; }
    QLabel* target_label() const { return target_note_; }

private:
    // The one ticked target, or nothing with the reason shown.
    std::optional<device::DeviceInfo> chosen_target();

    DeviceTable* devices_;
    QLabel* target_note_;
    QTabWidget* tabs_;
    MediumCheckTab* check_;
    PurgeTab* purge_;
};

}  // namespace sanitize::gui
