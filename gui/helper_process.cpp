#include "helper_process.hpp"

namespace sanitize::gui {

HelperProcess::HelperProcess(ProgressSink progress, Done done, QObject* parent)
    : QObject(parent), progress_(std::move(progress)), done_(std::move(done)) {
    connect(&process_, &QProcess::readyReadStandardOutput, this, &HelperProcess::read_lines);
    connect(&process_, &QProcess::finished, this, &HelperProcess::ended);
    connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // Not started at all (launcher missing): as pkexec itself says when it cannot run.
        if (error == QProcess::FailedToStart) ended(127, QProcess::NormalExit);
    });
}

HelperProcess::~HelperProcess() {
    if (process_.state() == QProcess::NotRunning) return;
    process_.disconnect(this);
    process_.closeWriteChannel();
    process_.terminate();
    process_.waitForFinished(-1);
}

void HelperProcess::start(const QStringList& argv, std::optional<SecretBuffer> passphrase) {
    outcome_ = HelperOutcome{};
    pending_.clear();
    process_.setProgram(argv.value(0));
    process_.setArguments(argv.mid(1));
    process_.setProcessChannelMode(QProcess::SeparateChannels);
    process_.start(QIODevice::ReadWrite);
    if (passphrase) {
        // QProcess copies the bytes into its write buffer; ours is wiped when `passphrase` goes.
        const auto bytes = passphrase->bytes();
        process_.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
        process_.write("\n", 1);
    }
    // stdin stays open: closing it is Cancel (--stdin-cancels).
}

void HelperProcess::cancel() {
    if (process_.state() == QProcess::NotRunning) return;
    // The end of stdin reaches the helper as root too; SIGTERM only when it runs as ourselves
    // (the kernel refuses the signal otherwise). Either way the CLI stops between chunks.
    process_.closeWriteChannel();
    process_.terminate();
}

void HelperProcess::read_lines() {
    pending_ += process_.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = pending_.indexOf('\n')) >= 0) {
        const QByteArray line = pending_.left(end);
        pending_.remove(0, end + 1);
        HelperLine parsed = parse_helper_line(line);
        if (auto* progress = std::get_if<HelperProgress>(&parsed)) {
            progress_(progress->target, progress->progress);
        } else if (auto* report = std::get_if<wipe::WipeReport>(&parsed)) {
            outcome_.reports.push_back(std::move(*report));
        } else if (auto* certificate = std::get_if<HelperCertificate>(&parsed)) {
            outcome_.certificates.push_back(std::move(*certificate));
        }
    }
}

void HelperProcess::ended(int exit_code, QProcess::ExitStatus status) {
    read_lines();
    outcome_.exit_code = exit_code;
    outcome_.crashed = status == QProcess::CrashExit;
    outcome_.stderr_text = QString::fromUtf8(process_.readAllStandardError());
    const WipeResult result = helper_result(outcome_);
    done_(result);
}

}  // namespace sanitize::gui
