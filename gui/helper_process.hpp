// The privileged helper as a running process: started with QProcess from an argv list (no
// shell), fed the passphrase on stdin, read line by line on the UI thread. Cancel closes the
// helper's stdin (and sends SIGTERM, which reaches it only when it is not root); the CLI stops
// between chunks and still prints its reports (outcome `aborted`, exit 130).
#pragma once

#include <functional>
#include <optional>

#include <QObject>
#include <QProcess>

#include "privileged_wipe.hpp"

namespace sanitize::gui {

class HelperProcess : public QObject {
    Q_OBJECT

public:
    using ProgressSink = std::function<void(std::size_t target, const wipe::Progress& progress)>;
    using Done = std::function<void(const WipeResult& result)>;

    HelperProcess(ProgressSink progress, Done done, QObject* parent = nullptr);
    ~HelperProcess() override;  // a running helper is asked to stop and waited for

    bool busy() const { return process_.state() != QProcess::NotRunning; }
    // `argv` from helper_argv(); the passphrase (when the request has a ledger) is written to
    // the helper's stdin, one line, and wiped with the buffer.
    void start(const QStringList& argv, std::optional<SecretBuffer> passphrase);
    void cancel();

private:
    void read_lines();
    void ended(int exit_code, QProcess::ExitStatus status);

    ProgressSink progress_;
    Done done_;
    QProcess process_;
    QByteArray pending_;  // stdout bytes after the last complete line
    HelperOutcome outcome_;
};

}  // namespace sanitize::gui
