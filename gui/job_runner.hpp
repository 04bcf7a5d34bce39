// Runs long jobs one at a time, in order, on a worker thread, with a stop_source for Cancel. The job talks
// back to the UI only through post(), which queues a call onto the thread of a QObject.
#pragma once

#include <deque>
#include <functional>
#include <stop_token>

#include <QMetaObject>
#include <QObject>
#include <QThread>

namespace sanitize::gui {

class JobRunner : public QObject {
    Q_OBJECT

public:
    using Work = std::function<void(std::stop_token)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;  // asks a running job to stop and waits for it
    JobRunner(const JobRunner&) = delete;
    JobRunner& operator=(const JobRunner&) = delete;

    bool busy() const noexcept { return thread_ != nullptr; }
    // Starts `work` on a new thread, or after the running job when there is one.
    void start(Work work);
    // Asks the running job to stop; it ends at its next cancellation point.
    void cancel();

signals:
    void finished();  // on the UI thread, after the job returned

private:
    void joined();
    void launch(Work work);
    QThread* thread_ = nullptr;
    std::deque<Work> queued_;
    std::stop_source stop_;
};

// Queues `call` onto the thread that owns `receiver` (the UI thread for widgets). Dropped if
// the receiver is gone by then.
template <typename Call>
void post(QObject* receiver, Call&& call) {
    QMetaObject::invokeMethod(receiver, std::forward<Call>(call), Qt::QueuedConnection);
}

}  // namespace sanitize::gui
