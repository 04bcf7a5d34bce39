// Verify medium: does the chosen medium hold only the expected byte, read in full or sampled?
// The check is jobs::verify_media (as `sanitize verify-media`), off the UI thread, or through
// the privileged helper for a disk the GUI may not read; the verdict in the person's language.
#pragma once

#include <functional>
#include <optional>

#include <QWidget>

#include "gui_settings.hpp"
#include "job_runner.hpp"
#include "medium_session.hpp"
#include "privileged_medium.hpp"

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace sanitize::gui {

class HelperLines;

class MediumCheckTab : public QWidget {
    Q_OBJECT

public:
    // The one target chosen on the page, or nothing (the page says why).
    using TargetSource = std::function<std::optional<device::DeviceInfo>()>;

    MediumCheckTab(const GuiSettings& settings, TargetSource target, QWidget* parent = nullptr);

    // pkexec and the installed sanitize-helper by default; tests start the built CLI, or force it.
    void set_helper(HelperSettings helper) { helper_settings_ = std::move(helper); }
    void start_check();
    void cancel();

    QComboBox* expect_box() const { return expect_; }
    QLineEdit* byte_field() const { return byte_; }
    QComboBox* extent_box() const { return extent_; }
    QSpinBox* sample_box() const { return sample_; }
    QPushButton* check_button() const { return check_; }
    QPushButton* cancel_button() const { return cancel_; }
    QProgressBar* progress_bar() const { return bar_; }
    QLabel* verdict_label() const { return verdict_; }
    const std::optional<MediumCheckResult>& last_result() const { return result_; }

signals:
    void progressed();
    void check_finished();  // last_result() holds what came of it

private:
    std::optional<MediumCheckRequest> make_request();
    void run(MediumCheckRequest request);
    void show_progress(const wipe::Progress& progress);
    void show_result(const MediumCheckResult& result);
    void set_running(bool running);
    void conclude();

    const GuiSettings& settings_;
    TargetSource target_;
    JobRunner runner_;
    HelperSettings helper_settings_;
    HelperLines* helper_;
    MediumHelperOutcome helper_outcome_;
    QComboBox* expect_;
    QLineEdit* byte_;
    QComboBox* extent_;
    QSpinBox* sample_;
    QPushButton* check_;
    QPushButton* cancel_;
    QProgressBar* bar_;
    QLabel* verdict_;
    std::optional<MediumCheckResult> result_;
    bool result_pending_ = false;  // shown, but the worker thread has not ended yet
};

// The verdict of a check as the page shows it: matches or not, the first mismatch's offset and
// the counts the report has, or why there is no verdict.
QString check_verdict(const MediumCheckResult& result);

}  // namespace sanitize::gui
