// Purge: the drive erases itself (firmware sanitize commands, discards). The person picks a
// method; jobs::purge_and_certify (as `sanitize purge`) asks the target what it offers first, so
// a method it does not offer comes back `unavailable` with every method and the reason, shown
// in a table, and nothing sent. Else the confirmation of a wipe, the key's passphrase when a
// ledger is set, the drive's progress and the outcome with its certificate.
#pragma once

#include <functional>
#include <optional>

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "medium_session.hpp"
#include "preflight.hpp"
#include "privileged_medium.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sanitize::gui {

class HelperLines;

class PurgeTab : public QWidget {
    Q_OBJECT

public:
    using TargetSource = std::function<std::optional<device::DeviceInfo>()>;
    using Confirmer = std::function<bool(const device::DeviceInfo&)>;
    using PassphraseSource = gui::PassphraseSource;

    PurgeTab(const GuiSettings& settings, TargetSource target, QWidget* parent = nullptr);

    // Dialogs by default; tests put their own answers here.
    void set_confirmer(Confirmer confirmer) { confirmer_ = std::move(confirmer); }
    void set_passphrase_source(PassphraseSource source) { passphrase_ = std::move(source); }
    void set_helper(HelperSettings helper) { helper_settings_ = std::move(helper); }
    void start_purge();
    void cancel();

    QComboBox* method_box() const { return method_; }
    QComboBox* verify_box() const { return verify_; }
    QLineEdit* asset_field() const { return asset_; }
    QPushButton* purge_button() const { return purge_; }
    QPushButton* cancel_button() const { return cancel_; }
    QTableWidget* methods_table() const { return methods_; }
    QLabel* result_label() const { return result_; }
    const std::optional<PurgeSessionResult>& last_result() const { return last_; }

signals:
    void purge_finished(const QStringList& certificates);  // the JSON files issued

private:
    std::optional<PurgeSessionRequest> make_request(const device::DeviceInfo& target);
    void run(PurgeSessionRequest request, bool through_helper, std::optional<SecretBuffer> passphrase);
    void show_progress(const purge::PurgeProgress& progress);
    void show_result(const PurgeSessionResult& result);
    void show_methods(const std::vector<purge::PurgeAvailability>& methods);
    void set_running(bool running);
    void conclude();

    const GuiSettings& settings_;
    TargetSource target_;
    JobRunner runner_;
    HelperSettings helper_settings_;
    HelperLines* helper_;
    MediumHelperOutcome helper_outcome_;
    Confirmer confirmer_;
    PassphraseSource passphrase_;
    QComboBox* method_;
    QComboBox* verify_;
    QComboBox* destination_;
    QLineEdit* asset_;
    QPushButton* purge_;
    QPushButton* cancel_;
    QProgressBar* bar_;
    QTableWidget* methods_;
    QLabel* result_;
    std::optional<PurgeSessionResult> last_;
    QStringList certificates_;     // of the result shown
    bool result_pending_ = false;  // shown, but the worker thread has not ended yet
};

// What came of a purge, as the page says it (the methods go to the table).
QString purge_summary(const PurgeSessionResult& result);

}  // namespace sanitize::gui
