// The privileged helper as a running process: started with QProcess from an argv list (no
// shell), fed its secrets on stdin, read line by line on the UI thread. Cancel closes the
// helper's stdin (and sends SIGTERM, which reaches it only when it is not root); the CLI stops
// between chunks and still prints its results (exit 130).
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QObject>
#include <QProcess>

#include "privileged_wipe.hpp"

namespace sanitize::gui {

// Any helper command: stdout as complete lines, then the end. Knows nothing of what the lines
// mean (privileged_wipe.hpp and privileged_prepare.hpp read them).
class HelperLines : public QObject {
    Q_OBJECT

public:
    using LineSink = std::function<void(const QByteArray& line)>;
    // `exit_code` is the helper's, or 127 when the launcher could not be started at all.
    using Ended = std::function<void(int exit_code, bool crashed, const QString& stderr_text)>;

    HelperLines(LineSink line, Ended ended, QObject* parent = nullptr);
    ~HelperLines() override;  // a running helper is asked to stop and waited for

    bool busy() const { return process_.state() != QProcess::NotRunning; }
    // Each secret is written to the helper's stdin as one line, in the order given (the order
    // the CLI reads them), and wiped with its buffer. stdin stays open: closing it is Cancel.
    void start(const QStringList& argv, std::vector<SecretBuffer> stdin_lines);
    void cancel();

private:
    void read_lines();
    void finish(int exit_code, bool crashed);

    LineSink line_;
    Ended ended_;
    QProcess process_;
    QByteArray pending_;  // stdout bytes after the last complete line
};

// The Wipe page's helper: the lines read into the results of an in-process wipe.
class HelperProcess : public QObject {
    Q_OBJECT

public:
    using ProgressSink = std::function<void(std::size_t target, const wipe::Progress& progress)>;
    using Done = std::function<void(const WipeResult& result)>;

    HelperProcess(ProgressSink progress, Done done, QObject* parent = nullptr);

    bool busy() const { return lines_->busy(); }
    // `argv` from helper_argv(); the passphrase (when the request has a ledger) is written to
    // the helper's stdin, one line, and wiped with the buffer.
    void start(const QStringList& argv, std::optional<SecretBuffer> passphrase);
    void cancel() { lines_->cancel(); }

private:
    void read_line(const QByteArray& line);

    ProgressSink progress_;
    Done done_;
    HelperLines* lines_;
    HelperOutcome outcome_;
};

}  // namespace sanitize::gui
