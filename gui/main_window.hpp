// The window: a list of pages on the left, the page on the right. Switching the language
// rebuilds the pages, so every string is translated again.
#pragma once

#include <QMainWindow>

#include "gui_settings.hpp"
#include "language.hpp"

class QListWidget;
class QStackedWidget;

namespace sanitize::gui {

class ApprovalsPage;
class AssetsPage;
class AttachmentPage;
class AuditPage;
class CarryOutPage;
class KeysPage;
class MediumPage;
class ReportPage;
class SettingsPage;
class WipePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The navigation's order.
    enum class Page { wipe, medium, carry_out, attachment, audit, approvals, assets, keys, report, settings };

    explicit MainWindow(GuiSettings settings, QWidget* parent = nullptr);

    void set_language(const QString& code);  // "ja", "en", "" (the system's)
    void show_page(Page page);
    GuiSettings& settings() { return settings_; }
    WipePage* wipe_page() const { return wipe_; }
    MediumPage* medium_page() const { return medium_; }
    CarryOutPage* carry_out_page() const { return carry_out_; }
    AttachmentPage* attachment_page() const { return attachment_; }
    AuditPage* audit_page() const { return audit_; }
    ApprovalsPage* approvals_page() const { return approvals_; }
    AssetsPage* assets_page() const { return assets_; }
    KeysPage* keys_page() const { return keys_; }
    ReportPage* report_page() const { return report_; }
    SettingsPage* settings_page() const { return settings_page_; }

private:
    void build_pages();
    GuiSettings settings_;
    Language language_;
    QListWidget* navigation_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    WipePage* wipe_ = nullptr;
    MediumPage* medium_ = nullptr;
    CarryOutPage* carry_out_ = nullptr;
    AttachmentPage* attachment_ = nullptr;
    AuditPage* audit_ = nullptr;
    ApprovalsPage* approvals_ = nullptr;
    AssetsPage* assets_ = nullptr;
    KeysPage* keys_ = nullptr;
    ReportPage* report_ = nullptr;
    SettingsPage* settings_page_ = nullptr;
};

}  // namespace sanitize::gui
