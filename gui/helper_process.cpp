#include "helper_process.hpp"

namespace sanitize::gui {

HelperLines::HelperLines(LineSink line, Ended ended, QObject* parent)
    : QObject(parent), line_(std::move(line)), ended_(std::move(ended)) {
    connect(&process_, &QProcess::readyReadStandardOutput, this, &HelperLines::read_lines);
    connect(&process_, &QProcess::finished, this,
            [this](int exit_code, QProcess::ExitStatus status) { finish(exit_code, status == QProcess::CrashExit); });
    connect(&process_, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        // Not started at all (launcher missing): as pkexec itself says when it cannot run.
        if (error == QProcess::FailedToStart) finish(127, false);
    });
}

HelperLines::~HelperLines() {
    if (process_.state() == QProcess::NotRunning) return;
    process_.disconnect(this);
    process_.closeWriteChannel();
    process_.terminate();
    process_.waitForFinished(-1);
}

void HelperLines::start(const QStringList& argv, std::vector<SecretBuffer> stdin_lines) {
    pending_.clear();
    process_.setProgram(argv.value(0));
    process_.setArguments(argv.mid(1));
    process_.setProcessChannelMode(QProcess::SeparateChannels);
    process_.start(QIODevice::ReadWrite);
    for (const SecretBuffer& secret : stdin_lines) {
        // QProcess copies the bytes into its write buffer; ours are wiped when `stdin_lines` goes.
        const auto bytes = secret.bytes();
        process_.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
        process_.write("\n", 1);
    }
}

void HelperLines::cancel() {
    if (process_.state() == QProcess::NotRunning) return;
    // The end of stdin reaches the helper as root too; SIGTERM only when it runs as ourselves
    // (the kernel refuses the signal otherwise). Either way the CLI stops between chunks.
    process_.closeWriteChannel();
    process_.terminate();
}

void HelperLines::read_lines() {
    pending_ += process_.readAllStandardOutput();
    qsizetype end = 0;
    while ((end = pending_.indexOf('\n')) >= 0) {
        const QByteArray line = pending_.left(end);
        pending_.remove(0, end + 1);
        line_(line);
    }
}

void HelperLines::finish(int exit_code, bool crashed) {
    read_lines();
    ended_(exit_code, crashed, QString::fromUtf8(process_.readAllStandardError()));
}

HelperProcess::HelperProcess(ProgressSink progress, Done done, QObject* parent)
    : QObject(parent), progress_(std::move(progress)), done_(std::move(done)),
      lines_(new HelperLines([this](const QByteArray& line) { read_line(line); },
                             [this](int exit_code, bool crashed, const QString& stderr_text) {
                                 outcome_.exit_code = exit_code;
                                 outcome_.crashed = crashed;
                                 outcome_.stderr_text = stderr_text;
                                 const WipeResult result = helper_result(outcome_);
                                 done_(result);
                             },
                             this)) {}

void HelperProcess::start(const QStringList& argv, std::optional<SecretBuffer> passphrase) {
    outcome_ = HelperOutcome{};
    std::vector<SecretBuffer> secrets;
    if (passphrase) secrets.push_back(std::move(*passphrase));
    lines_->start(argv, std::move(secrets));
}

void HelperProcess::read_line(const QByteArray& line) {
    HelperLine parsed = parse_helper_line(line);
    if (auto* progress = std::get_if<HelperProgress>(&parsed)) {
        progress_(progress->target, progress->progress);
    } else if (auto* report = std::get_if<wipe::WipeReport>(&parsed)) {
        outcome_.reports.push_back(std::move(*report));
    } else if (auto* certificate = std::get_if<HelperCertificate>(&parsed)) {
        outcome_.certificates.push_back(std::move(*certificate));
    } else if (auto* failure = std::get_if<protocol::Failure>(&parsed)) {
        outcome_.failure = std::move(*failure);
    }
}

}  // namespace sanitize::gui
