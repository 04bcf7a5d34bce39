// The wipe targets: every whole disk the library lists, plus the image files the person added.
// A target the library refuses (mounted, system disk, swap, ...) is shown with the reason and
// cannot be ticked. Refreshed when a device node appears or disappears under /dev, and on the
// kernel's block-device events (a loop device attached, a medium inserted: /dev stays the same).
#pragma once

#include <vector>

#include <QFileSystemWatcher>
#include <QSocketNotifier>
#include <QTableWidget>
#include <QTimer>

#include "sanitize/device.hpp"

namespace sanitize::gui {

class DeviceTable : public QTableWidget {
    Q_OBJECT

public:
    explicit DeviceTable(QWidget* parent = nullptr);
    ~DeviceTable() override;
    DeviceTable(const DeviceTable&) = delete;
    DeviceTable& operator=(const DeviceTable&) = delete;

    void refresh();                                  // list_disks() again, images kept
    void add_target(const device::DeviceInfo& info);  // an image file (or any inspected target)
    std::vector<device::DeviceInfo> checked() const;
    void set_checked(int row, bool checked);

private:
    void show_all();
    void add_row(const device::DeviceInfo& info);
    void read_uevents();
    std::vector<device::DeviceInfo> disks_;
    std::vector<device::DeviceInfo> images_;
    std::vector<device::DeviceInfo> rows_;
    QFileSystemWatcher watcher_;
    QTimer settle_;  // hot-plug brings a burst of /dev changes: list once they settle
    int uevent_fd_ = -1;
    QSocketNotifier* uevents_ = nullptr;
};

}  // namespace sanitize::gui
