// Wipe: pick targets, method and verification, confirm each by its serial, then one progress
// row per target and the outcome with its certificate.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QWidget>

#include "gui_settings.hpp"
#include "privileged_wipe.hpp"
#include "job_runner.hpp"
#include "preflight.hpp"
#include "wipe_session.hpp"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sanitize::gui {

class DeviceTable;
class HelperProcess;

class WipePage : public QWidget {
    Q_OBJECT

public:
    using Confirmer = std::function<bool(const device::DeviceInfo&)>;
    using PassphraseSource = gui::PassphraseSource;

    WipePage(const GuiSettings& settings, QWidget* parent = nullptr);

    // Dialogs by default; tests put their own answers here.
    void set_confirmer(Confirmer confirmer) { confirmer_ = std::move(confirmer); }
    void set_passphrase_source(PassphraseSource source) { passphrase_ = std::move(source); }
    // pkexec and the installed sanitize-helper by default; tests start the built CLI directly, or force it.
    void set_helper(HelperSettings helper) { helper_settings_ = std::move(helper); }

    // Inspects a file (a disk image) and adds it to the list, ticked; false with the reason shown.
    bool add_image(const QString& path);
    void start_wipe();
    void cancel();

    DeviceTable* devices() const { return devices_; }
    QComboBox* method_box() const { return method_; }
    QComboBox* verify_box() const { return verify_; }
    QLabel* result_label() const { return result_; }
    QPushButton* cancel_button() const { return cancel_; }
    QCheckBox* resume_box() const { return resume_; }
    QCheckBox* reset_hidden_box() const { return reset_hidden_; }
    QLineEdit* asset_field() const { return asset_; }
    QPushButton* wipe_button() const { return wipe_; }
    QTableWidget* progress_table() const { return progress_; }
    const std::vector<TargetResult>& last_results() const { return results_; }

signals:
    void progressed();                                // a progress row changed
    void wipe_finished(const QStringList& certificates);  // the JSON files issued

private:
    void show_progress(std::size_t target, const wipe::Progress& progress);
    void show_result(const WipeResult& result);
    QString refusal(const Error& error) const;
    void set_running(bool running);
    void start_session(WipeRequest request, bool through_helper, std::optional<SecretBuffer> passphrase);
    void show_not_started(int row, const QString& why);
    std::optional<WipeRequest> make_request();

    const GuiSettings& settings_;
    JobRunner runner_;
    HelperSettings helper_settings_;
    HelperProcess* helper_;
    Confirmer confirmer_;
    PassphraseSource passphrase_;
    DeviceTable* devices_;
    QComboBox* method_;
    QComboBox* verify_;
    QComboBox* destination_;
    QLineEdit* asset_;
    QCheckBox* resume_;
    QCheckBox* reset_hidden_;
    QCheckBox* restore_dco_;
    QPushButton* wipe_;
    QPushButton* cancel_;
    QTableWidget* progress_;
    QLabel* result_;
    std::vector<TargetResult> results_;
};

}  // namespace sanitize::gui
