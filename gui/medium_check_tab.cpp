#include "medium_check_tab.hpp"

#include <memory>

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "error_text.hpp"
#include "helper_process.hpp"

namespace sanitize::gui {

namespace {

QString offset_text(std::uint64_t offset) {
    return QString("%1 (0x%2)").arg(offset).arg(offset, 0, 16);
}

std::uint64_t total_bytes(const std::vector<device::ByteRange>& ranges) {
    std::uint64_t total = 0;
    for (const device::ByteRange& range : ranges) total += range.length;
    return total;
}

// What was read, and how: the amount, the share of the medium, the sampling. What was read,
// not what matched (bytes_verified): a medium that differs everywhere was still read whole.
QStringList extent_lines(const wipe::VerifyResult& verification, std::uint64_t medium_bytes) {
    const std::uint64_t read = wipe::bytes_read(verification);
    const double share = medium_bytes > 0 ? 100.0 * static_cast<double>(read) / static_cast<double>(medium_bytes) : 0;
    QStringList lines{MediumCheckTab::tr("Read: %1, %2 % of the medium.").arg(Words::size(read)).arg(share, 0, 'f', 1)};
    if (verification.mode == wipe::VerifyMode::sample) {
        lines << MediumCheckTab::tr("Sampled in %1 subsections.").arg(verification.sample_subsections);
    }
    return lines;
}

QStringList report_lines(const wipe::MediaCheckReport& report) {
    const QString target = QString::fromStdString(report.device.path);
    const QString expected = "0x" + QString::fromStdString(report.expected_hex);
    const wipe::VerifyResult& v = report.verification;
    QStringList lines;
    if (report.error && report.error->code == Errc::cancelled) {
        lines << MediumCheckTab::tr("Cancelled: %1 was not checked to the end, so there is no verdict.").arg(target);
    } else if (report.matches) {
        lines << MediumCheckTab::tr("Matches: every byte read on %1 is %2.").arg(target, expected);
    } else {
        lines << MediumCheckTab::tr("Does not match: %1 does not hold only %2.").arg(target, expected);
    }
    lines << extent_lines(v, report.device.size_bytes);
    if (!v.mismatches.empty()) {
        lines << MediumCheckTab::tr("Ranges that differ: %1, the first at byte offset %2; %3 differ in all.")
                     .arg(v.mismatches.size())
                     .arg(offset_text(v.mismatches.front().offset), Words::size(total_bytes(v.mismatches)));
    }
    if (!v.unreadable.empty()) {
        lines << MediumCheckTab::tr("Ranges that could not be read: %1, the first at byte offset %2.")
                     .arg(v.unreadable.size())
                     .arg(offset_text(v.unreadable.front().offset));
    }
    if (report.error && report.error->code != Errc::cancelled) {
        lines << MediumCheckTab::tr("The check stopped: %1").arg(Words::error(*report.error));
    }
    return lines;
}

}  // namespace

QString check_verdict(const MediumCheckResult& result) {
    QStringList lines;
    if (result.error) lines << MediumCheckTab::tr("Not checked: %1").arg(Words::error(*result.error));
    if (result.report) lines << report_lines(*result.report);
    if (!result.helper_failure.empty()) lines << QString::fromStdString(result.helper_failure);
    return lines.join("\n");
}

MediumCheckTab::MediumCheckTab(const GuiSettings& settings, TargetSource target, QWidget* parent)
    : QWidget(parent), settings_(settings), target_(std::move(target)), expect_(new QComboBox), byte_(new QLineEdit),
      extent_(new QComboBox), sample_(new QSpinBox), check_(new QPushButton(tr("Check medium"))),
      cancel_(new QPushButton(tr("Cancel"))), bar_(new QProgressBar), verdict_(new QLabel) {
    connect(&runner_, &JobRunner::finished, this, &MediumCheckTab::conclude);
    helper_ = new HelperLines(
        [this](const QByteArray& line) {
            if (read_medium_line(line, helper_outcome_) && helper_outcome_.progress) show_progress(helper_outcome_.progress->progress);
        },
        [this](int exit_code, bool crashed, const QString& stderr_text) {
            helper_outcome_.exit_code = exit_code;
            helper_outcome_.crashed = crashed;
            helper_outcome_.stderr_text = stderr_text;
            show_result(check_helper_result(helper_outcome_));
        },
        this);

    expect_->addItem(tr("zeros (0x00)"), "zero");
    expect_->addItem(tr("one byte value"), "byte");
    byte_->setPlaceholderText(tr("two hexadecimal digits, e.g. A5"));
    byte_->setMaxLength(2);
    byte_->setEnabled(false);
    connect(expect_, &QComboBox::currentIndexChanged, this,
            [this] { byte_->setEnabled(expect_->currentData().toString() == "byte"); });
    extent_->addItem(tr("every byte (full read)"), "all");
    extent_->addItem(tr("sample inspection"), "sample");
    sample_->setRange(1, 100);
    sample_->setValue(10);
    sample_->setSuffix(" %");
    sample_->setEnabled(false);
    connect(extent_, &QComboBox::currentIndexChanged, this,
            [this] { sample_->setEnabled(extent_->currentData().toString() == "sample"); });
    auto* form = new QFormLayout;
    form->addRow(tr("Expected content:"), expect_);
    form->addRow(tr("Byte value:"), byte_);
    form->addRow(tr("Read:"), extent_);
    form->addRow(tr("Sample size:"), sample_);

    connect(check_, &QPushButton::clicked, this, &MediumCheckTab::start_check);
    connect(cancel_, &QPushButton::clicked, this, &MediumCheckTab::cancel);
    cancel_->setEnabled(false);
    auto* actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(check_);
    actions->addWidget(cancel_);
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    verdict_->setWordWrap(true);
    verdict_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(bar_);
    layout->addWidget(verdict_);
    layout->addStretch();
}

std::optional<MediumCheckRequest> MediumCheckTab::make_request() {
    std::optional<device::DeviceInfo> target = target_();
    if (!target) return std::nullopt;
    const std::string expect =
        expect_->currentData().toString() == "byte" ? "byte:" + byte_->text().trimmed().toStdString() : std::string("zero");
    const std::string sample =
        extent_->currentData().toString() == "sample" ? std::to_string(sample_->value()) : std::string();
    Result<MediumCheckRequest> request = medium_check_request(*target, expect, sample);
    if (!request) {
        verdict_->setText(tr("Not checked: %1").arg(Words::error(request.error())));
        return std::nullopt;
    }
    return std::move(*request);
}

void MediumCheckTab::start_check() {
    if (runner_.busy() || helper_->busy()) return;
    std::optional<MediumCheckRequest> request = make_request();
    if (!request) return;
    bar_->setValue(0);
    verdict_->setText(tr("Checking %1…").arg(QString::fromStdString(request->target.path)));
    result_.reset();
    set_running(true);
    run(std::move(*request));
}

// In process when the GUI may read the target; else through the privileged helper, which
// checks it with the same job.
void MediumCheckTab::run(MediumCheckRequest request) {
    if (helper_settings_.force || needs_read_helper(request.target)) {
        helper_outcome_ = MediumHelperOutcome{};
        helper_->start(verify_helper_argv(helper_settings_, request, effective_language(settings_)), {});
        return;
    }
    auto shared = std::make_shared<MediumCheckRequest>(std::move(request));
    runner_.start([this, shared](std::stop_token stop) {
        auto sink = [this](const wipe::Progress& progress) { post(this, [this, progress] { show_progress(progress); }); };
        auto result = std::make_shared<MediumCheckResult>(run_medium_check(*shared, sink, stop));
        post(this, [this, result] { show_result(*result); });
    });
}

void MediumCheckTab::cancel() {
    runner_.cancel();
    helper_->cancel();
}

void MediumCheckTab::set_running(bool running) {
    check_->setEnabled(!running);
    cancel_->setEnabled(running);
}

void MediumCheckTab::show_progress(const wipe::Progress& progress) {
    const double done = progress.phase_bytes_total == 0
                            ? 0.0
                            : static_cast<double>(progress.phase_bytes_done) / static_cast<double>(progress.phase_bytes_total);
    bar_->setValue(static_cast<int>(done * 1000));
    bar_->setFormat(tr("%p% read, %1").arg(Words::rate(progress.bytes_per_second)));
    emit progressed();
}

void MediumCheckTab::show_result(const MediumCheckResult& result) {
    if (result.report && result.report->matches) bar_->setValue(bar_->maximum());
    verdict_->setText(check_verdict(result));
    result_ = result;
    result_pending_ = true;
    if (!runner_.busy()) conclude();
}

// The end is announced once the worker has ended too, so that the tab can start again at once.
void MediumCheckTab::conclude() {
    set_running(false);
    if (!result_pending_) return;
    result_pending_ = false;
    emit check_finished();
}

}  // namespace sanitize::gui
