#include "device_table.hpp"

#include <linux/netlink.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <set>
#include <string_view>

#include <QHeaderView>

#include "error_text.hpp"

namespace sanitize::gui {

namespace {

// The kernel's uevent broadcast, which udev itself reads; any user may listen. -1 when the
// sandbox forbids it: the /dev watch still sees devices come and go.
int open_uevent_socket() {
    const int fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, NETLINK_KOBJECT_UEVENT);
    if (fd < 0) return -1;
    sockaddr_nl address{};
    address.nl_family = AF_NETLINK;
    address.nl_groups = 1;  // the kernel's group
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

}  // namespace

DeviceTable::DeviceTable(QWidget* parent) : QTableWidget(parent) {
    setColumnCount(7);
    setHorizontalHeaderLabels({tr("Device"), tr("Model"), tr("Serial"), tr("Size"), tr("Transport"), tr("Removable"),
                               tr("State")});
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->hide();
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    settle_.setSingleShot(true);
    settle_.setInterval(700);
    connect(&settle_, &QTimer::timeout, this, &DeviceTable::refresh);
    watcher_.addPath("/dev");
    connect(&watcher_, &QFileSystemWatcher::directoryChanged, this, [this] { settle_.start(); });
    uevent_fd_ = open_uevent_socket();
    if (uevent_fd_ >= 0) {
        uevents_ = new QSocketNotifier(uevent_fd_, QSocketNotifier::Read, this);
        connect(uevents_, &QSocketNotifier::activated, this, &DeviceTable::read_uevents);
    }
    refresh();
}

DeviceTable::~DeviceTable() {
    delete uevents_;
    if (uevent_fd_ >= 0) ::close(uevent_fd_);
}

// Each message starts "ACTION@DEVPATH"; only block devices matter here.
void DeviceTable::read_uevents() {
    char buffer[8192];
    bool block = false;
    for (;;) {
        const ssize_t got = ::recv(uevent_fd_, buffer, sizeof buffer, 0);
        if (got <= 0) break;
        const std::string_view header(buffer, ::strnlen(buffer, static_cast<std::size_t>(got)));
        block = block || header.find("/block/") != std::string_view::npos;
    }
    if (block) settle_.start();
}

void DeviceTable::refresh() {
    Result<std::vector<device::DeviceInfo>> disks = device::list_disks();
    disks_ = disks ? std::move(*disks) : std::vector<device::DeviceInfo>();
    show_all();
}

void DeviceTable::add_target(const device::DeviceInfo& info) {
    images_.push_back(info);
    show_all();
    set_checked(rowCount() - 1, true);
}

// Ticks survive a refresh: a device plugged in elsewhere must not untick the chosen targets.
void DeviceTable::show_all() {
    std::set<std::string> ticked;
    for (const device::DeviceInfo& info : checked()) ticked.insert(info.path);
    setRowCount(0);
    rows_.clear();
    for (const auto& info : disks_) add_row(info);
    for (const auto& info : images_) add_row(info);
    for (int row = 0; row < rowCount(); ++row) {
        if (ticked.contains(rows_[static_cast<std::size_t>(row)].path)) set_checked(row, true);
    }
}

void DeviceTable::add_row(const device::DeviceInfo& info) {
    const int row = rowCount();
    insertRow(row);
    rows_.push_back(info);
    const std::vector<device::Refusal> refusals = device::refusals(info);
    auto* name = new QTableWidgetItem(QString::fromStdString(info.path));
    QStringList reasons;
    for (const device::Refusal& refusal : refusals) reasons << Words::refusal(refusal);
    if (refusals.empty()) {
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Unchecked);
    } else {
        name->setFlags(Qt::NoItemFlags);  // shown, never selectable
    }
    const QString removable = !info.removable ? QString("-") : *info.removable ? tr("yes") : tr("no");
    const QStringList cells = {QString::fromStdString(info.model), QString::fromStdString(info.serial),
                               Words::size(info.size_bytes), QString::fromStdString(info.transport), removable,
                               reasons.isEmpty() ? tr("ready") : tr("not selectable: %1").arg(reasons.join(", "))};
    setItem(row, 0, name);
    for (int column = 1; column <= cells.size(); ++column) {
        auto* cell = new QTableWidgetItem(cells[column - 1]);
        if (!refusals.empty()) cell->setFlags(Qt::NoItemFlags);
        setItem(row, column, cell);
    }
}

void DeviceTable::set_checked(int row, bool checked) {
    QTableWidgetItem* name = item(row, 0);
    if (name != nullptr && (name->flags() & Qt::ItemIsUserCheckable)) name->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

std::vector<device::DeviceInfo> DeviceTable::checked() const {
    std::vector<device::DeviceInfo> targets;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem* name = item(row, 0);
        if (name != nullptr && name->checkState() == Qt::Checked) targets.push_back(rows_[static_cast<std::size_t>(row)]);
    }
    return targets;
}

}  // namespace sanitize::gui
