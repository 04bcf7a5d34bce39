#include "main_window.hpp"

#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QTimer>

#include "approvals_page.hpp"
#include "assets_page.hpp"
#include "attachment_page.hpp"
#include "audit_page.hpp"
#include "carry_out_page.hpp"
#include "keys_page.hpp"
#include "medium_page.hpp"
#include "purge_tab.hpp"
#include "report_page.hpp"
#include "settings_page.hpp"
#include "wipe_page.hpp"

namespace sanitize::gui {

MainWindow::MainWindow(GuiSettings settings, QWidget* parent) : QMainWindow(parent), settings_(std::move(settings)) {
    language_.use(effective_language(settings_));
    build_pages();
    resize(1100, 760);
}

void MainWindow::build_pages() {
    setWindowTitle(tr("sanitize — media wiping and audit"));
    auto* central = new QWidget;
    navigation_ = new QListWidget;
    navigation_->setObjectName("navigation");  // found by name in tests
    stack_ = new QStackedWidget;
    wipe_ = new WipePage(settings_);
    medium_ = new MediumPage(settings_);
    carry_out_ = new CarryOutPage(settings_);
    attachment_ = new AttachmentPage(settings_);
    audit_ = new AuditPage(settings_);
    approvals_ = new ApprovalsPage(settings_);
    assets_ = new AssetsPage(settings_);
    keys_ = new KeysPage(settings_);
    report_ = new ReportPage(settings_);
    settings_page_ = new SettingsPage(settings_);
    navigation_->addItems({tr("Wipe"), tr("Purge and verify"), tr("Carry-out"), tr("Attachment"), tr("Audit"),
                           tr("Approvals"), tr("Assets"), tr("Keys"), tr("Yearly report"), tr("Settings")});
    stack_->addWidget(wipe_);
    stack_->addWidget(medium_);
    stack_->addWidget(carry_out_);
    stack_->addWidget(attachment_);
    stack_->addWidget(audit_);
    stack_->addWidget(approvals_);
    stack_->addWidget(assets_);
    stack_->addWidget(keys_);
    stack_->addWidget(report_);
    stack_->addWidget(settings_page_);
    navigation_->setFixedWidth(navigation_->sizeHintForColumn(0) + 40);
    QFont font = navigation_->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    navigation_->setFont(font);
    connect(navigation_, &QListWidget::currentRowChanged, stack_, &QStackedWidget::setCurrentIndex);
    // The inbox is read when it is first shown, not when the window opens.
    connect(navigation_, &QListWidget::currentRowChanged, this, [this](int row) {
        if (stack_->widget(row) == approvals_) approvals_->load();
    });
    navigation_->setCurrentRow(0);
    // A new certificate is opened on the Audit page, so that its verdict is one click away.
    connect(wipe_, &WipePage::wipe_finished, this, [this](const QStringList& certificates) {
        for (const QString& path : certificates) audit_->add_certificates(path);
    });
    connect(medium_->purge_tab(), &PurgeTab::purge_finished, this, [this](const QStringList& certificates) {
        for (const QString& path : certificates) audit_->add_certificates(path);
    });
    connect(settings_page_, &SettingsPage::language_changed, this, [this](const QString& code) {
        // Later: this slot runs inside the page that the rebuild deletes.
        QTimer::singleShot(0, this, [this, code] { set_language(code); });
    });
    auto* layout = new QHBoxLayout(central);
    layout->addWidget(navigation_);
    layout->addWidget(stack_, 1);
    setCentralWidget(central);  // deletes the previous pages
}

void MainWindow::set_language(const QString& code) {
    settings_.language = code;
    const int page = navigation_ != nullptr ? navigation_->currentRow() : 0;
    language_.use(effective_language(settings_));
    build_pages();
    navigation_->setCurrentRow(page);
}

void MainWindow::show_page(Page page) {
    navigation_->setCurrentRow(static_cast<int>(page));
}

}  // namespace sanitize::gui
