#include "medium_page.hpp"

#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

#include "device_table.hpp"
#include "error_text.hpp"
#include "medium_check_tab.hpp"
#include "purge_tab.hpp"

namespace sanitize::gui {

MediumPage::MediumPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), devices_(new DeviceTable), target_note_(new QLabel), tabs_(new QTabWidget) {
    const auto target = [this] { return chosen_target(); };
    check_ = new MediumCheckTab(settings, target);
    purge_ = new PurgeTab(settings, target);

    auto* refresh = new QPushButton(tr("Refresh"));
    auto* add = new QPushButton(tr("Add image file…"));
    connect(refresh, &QPushButton::clicked, devices_, &DeviceTable::refresh);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Disk image to check or purge"));
        if (!path.isEmpty()) add_image(path);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refresh);
    buttons->addWidget(add);
    buttons->addWidget(target_note_, 1);
    auto* target_box = new QGroupBox(tr("Target (tick one)"));
    auto* target_layout = new QVBoxLayout(target_box);
    target_layout->addWidget(devices_);
    target_layout->addLayout(buttons);
    target_note_->setWordWrap(true);

    tabs_->addTab(check_, tr("Verify medium"));
    tabs_->addTab(purge_, tr("Purge"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(target_box, 1);
    layout->addWidget(tabs_, 2);
}

bool MediumPage::add_image(const QString& path) {
    Result<device::DeviceInfo> info = device::inspect(path.toStdString());
    if (!info) {
        target_note_->setText(Words::error(info.error()));
        return false;
    }
    // One target at a time: the image just added is the one ticked.
    for (int row = 0; row < devices_->rowCount(); ++row) devices_->set_checked(row, false);
    devices_->add_target(*info);
    target_note_->clear();
    return true;
}

void MediumPage::set_helper(const HelperSettings& helper) {
    check_->set_helper(helper);
    purge_->set_helper(helper);
}

void MediumPage::show_tab(Tab tab) { tabs_->setCurrentIndex(tab == Tab::verify ? 0 : 1); }

std::optional<device::DeviceInfo> MediumPage::chosen_target() {
    std::vector<device::DeviceInfo> ticked = devices_->checked();
    if (ticked.size() != 1) {
        target_note_->setText(tr("Tick exactly one target."));
        return std::nullopt;
    }
    target_note_->clear();
    return ticked.front();
}

}  // namespace sanitize::gui
