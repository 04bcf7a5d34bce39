#include "job_runner.hpp"

#include <utility>

namespace sanitize::gui {

JobRunner::JobRunner(QObject* parent) : QObject(parent) {}

JobRunner::~JobRunner() {
    if (thread_ == nullptr) return;
    stop_.request_stop();
    thread_->wait();
    delete thread_;
}

void JobRunner::start(Work work) {
    if (thread_ != nullptr) {
        queued_.push_back(std::move(work));
        return;
    }
    launch(std::move(work));
}

void JobRunner::launch(Work work) {
    stop_ = std::stop_source();
    thread_ = QThread::create([work = std::move(work), token = stop_.get_token()] { work(token); });
    connect(thread_, &QThread::finished, this, &JobRunner::joined, Qt::QueuedConnection);
    thread_->start();
}

void JobRunner::cancel() {
    queued_.clear();
    if (thread_ != nullptr) stop_.request_stop();
}

void JobRunner::joined() {
    if (thread_ == nullptr) return;
    thread_->wait();
    delete thread_;
    thread_ = nullptr;
    if (!queued_.empty()) {
        Work next = std::move(queued_.front());
        queued_.pop_front();
        launch(std::move(next));
        return;
    }
    emit finished();
}

}  // namespace sanitize::gui
