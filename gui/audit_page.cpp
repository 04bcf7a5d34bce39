#include "audit_page.hpp"

#include <algorithm>
#include <cstdint>
#include <memory>

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "certificate_view.hpp"
#include "error_text.hpp"
#include "events_view.hpp"
#include "passphrase_dialog.hpp"
#include "preflight.hpp"
#include "sanitize/files.hpp"
#include "sanitize/jobs/countersign.hpp"
#include "sanitize/jobs/signer.hpp"

namespace sanitize::gui {

struct AuditPage::Outcome {
    QString path;      // as listed: a file, or "ledger:ID"
    std::string file;  // the JSON checked (a stored certificate's fetched copy)
    std::optional<Error> error;
    QString note;  // why the ledger checks could not run
    std::optional<jobs::CertificateVerification> verification;
};

namespace {

// The ledger of the settings, when one is set and opens.
std::optional<ledger::Ledger> open_ledger(const std::string& location, QString& note) {
    if (location.empty()) {
        note = AuditPage::tr("No ledger is set in Settings: the ledger checks were not run.");
        return std::nullopt;
    }
    Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
    if (!opened) {
        note = AuditPage::tr("The ledger did not open (%1): the ledger checks were not run.").arg(Words::error(opened.error()));
        return std::nullopt;
    }
    return std::move(*opened);
}

constexpr std::string_view stored_prefix = "ledger:";

// A certificate stored in the ledger, written into `directory` as `sanitize cert get` writes it,
// so that it is checked as any certificate file is: the path of its JSON.
Result<std::string> fetch_stored(const std::string& location, const std::string& id, const std::string& directory) {
    Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
    if (!opened) return opened.error();
    Result<std::vector<ledger::StoredFile>> files = opened->certificate_files(id);
    if (!files) return files.error();
    std::string json;
    for (const ledger::StoredFile& file : *files) {
        const std::string path = directory + "/" + file.name;
        if (!QFileInfo::exists(QString::fromStdString(path))) {
            if (Result<void> written = files::write_new_file(path, file.bytes, 0600); !written) return written.error();
        }
        if (file.name.ends_with(".json")) json = path;
    }
    if (json.empty()) return make_error(Errc::not_found, "certificate " + id);
    return json;
}

// Who countersigned, and whether that verified.
QString countersignature_text(const jobs::CertificateVerification& verification) {
    if (!verification.validation) return AuditPage::tr("Not countersigned.");
    if (!verification.validation->ok()) return AuditPage::tr("The countersignature does NOT verify.");
    if (!verification.validator) return AuditPage::tr("Countersignature verified.");
    const cert::Person& person = *verification.validator;
    return AuditPage::tr("Countersignature verified: %1 (%2, key %3)")
        .arg(QString::fromStdString(person.name), Words::role(person.role), QString::fromStdString(keys::key_id_hex(person.key_id)));
}

}  // namespace

AuditPage::AuditPage(const GuiSettings& settings, QWidget* parent)
    : QWidget(parent), settings_(settings), files_(new QListWidget), verdict_(new QLabel), checks_(new QTableWidget(0, 3)),
      certificate_(new CertificateView), verify_ledger_(new QPushButton(tr("Verify the whole ledger"))),
      cancel_verify_(new QPushButton(tr("Cancel"))), ledger_progress_(new QProgressBar), ledger_result_(new QLabel),
      countersign_(new QPushButton(tr("Countersign…"))), countersign_result_(new QLabel), events_(new EventsView(settings)),
      tabs_(new QTabWidget) {
    setAcceptDrops(true);
    passphrase_ = [this](const QString& key_file) { return PassphraseDialog::ask(key_file, this); };
    countersign_->setToolTip(tr("Sign the certificate shown as a second person, with your key of Settings"));
    countersign_->setEnabled(false);
    connect(countersign_, &QPushButton::clicked, this, &AuditPage::countersign);
    countersign_result_->setWordWrap(true);
    // A long path in a message wraps or is cut; it never widens the window.
    countersign_result_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* open = new QPushButton(tr("Open certificate…"));
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Certificate"), settings_.certificate_dir, "*.json");
        if (!path.isEmpty()) add_certificates(path);
    });
    connect(files_, &QListWidget::currentTextChanged, this, [this](const QString& path) {
        if (!path.isEmpty()) open_certificate(path);
    });
    auto* stored = new QPushButton(tr("Certificates in the ledger"));
    connect(stored, &QPushButton::clicked, this, &AuditPage::list_stored_certificates);
    auto* hint = new QLabel(tr("or drop a certificate or a folder of certificates here"));
    verdict_->setWordWrap(true);
    checks_->setHorizontalHeaderLabels({tr("Check"), tr("Result"), tr("Detail")});
    checks_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    checks_->horizontalHeader()->setStretchLastSection(true);
    checks_->verticalHeader()->hide();
    checks_->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto* certificate_box = new QGroupBox(tr("Certificate"));
    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addWidget(stored);
    top->addWidget(hint, 1);
    auto* split = new QSplitter;
    split->addWidget(checks_);
    split->addWidget(certificate_);
    auto* certificate_layout = new QVBoxLayout(certificate_box);
    certificate_layout->addLayout(top);
    certificate_layout->addWidget(files_, 1);
    certificate_layout->addWidget(verdict_);
    auto* countersign_row = new QHBoxLayout;
    countersign_row->addWidget(countersign_);
    countersign_row->addWidget(countersign_result_, 1);
    certificate_layout->addLayout(countersign_row);
    certificate_layout->addWidget(split, 4);

    auto* ledger_box = new QGroupBox(tr("Ledger"));
    ledger_progress_->setRange(0, 1);
    ledger_progress_->setValue(0);
    ledger_progress_->setTextVisible(false);
    files_->setMaximumHeight(70);
    connect(verify_ledger_, &QPushButton::clicked, this, &AuditPage::verify_ledger);
    cancel_verify_->setEnabled(false);
    connect(cancel_verify_, &QPushButton::clicked, this, &AuditPage::cancel_ledger_verification);
    auto* ledger_row = new QHBoxLayout;
    ledger_row->addWidget(verify_ledger_);
    ledger_row->addWidget(ledger_progress_, 1);
    ledger_row->addWidget(cancel_verify_);
    auto* ledger_layout = new QVBoxLayout(ledger_box);
    ledger_layout->addLayout(ledger_row);
    ledger_layout->addWidget(ledger_result_);

    tabs_->addTab(certificate_box, tr("Certificate"));
    tabs_->addTab(events_, tr("Events"));
    // The events are read when first asked for, not when the window opens.
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (tabs_->widget(index) == events_ && events_->model()->rowCount() == 0) events_->apply_filter();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs_, 1);
    layout->addWidget(ledger_box);
}

void AuditPage::show_tab(Tab tab) {
    tabs_->setCurrentIndex(tab == Tab::certificate ? 0 : 1);
}

void AuditPage::add_certificates(const QString& path) {
    QStringList found;
    if (QFileInfo(path).isDir()) {
        for (const QFileInfo& file : QDir(path).entryInfoList({"*.json"}, QDir::Files, QDir::Name)) found << file.absoluteFilePath();
    } else {
        found << path;
    }
    for (const QString& file : found) files_->addItem(file);
    if (!found.isEmpty()) show_tab(Tab::certificate);
    if (!found.isEmpty()) files_->setCurrentRow(files_->count() - static_cast<int>(found.size()));
}

void AuditPage::list_stored_certificates() {
    const std::string location = settings_.ledger.toStdString();
    runner_.start([this, location](std::stop_token) {
        auto ids = std::make_shared<Result<std::vector<std::string>>>(make_error(Errc::not_found, "ledger"));
        if (!location.empty()) {
            Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
            *ids = opened ? opened->stored_certificates() : Result<std::vector<std::string>>(opened.error());
        }
        post(this, [this, ids] {
            if (!*ids) {
                verdict_->setText(tr("The ledger did not open (%1).").arg(Words::error(ids->error())));
                return;
            }
            for (const std::string& id : **ids) files_->addItem(QString::fromStdString(std::string(stored_prefix) + id));
            verdict_->setText(tr("%1 certificates are stored in the ledger.").arg((*ids)->size()));
            show_tab(Tab::certificate);
        });
    });
}

void AuditPage::open_certificate(const QString& path) {
    verdict_->setText(tr("Checking %1…").arg(path));
    const std::string ledger_location = settings_.ledger.toStdString();
    const std::string fetch_dir = fetched_.path().toStdString();
    runner_.start([this, path, ledger_location, fetch_dir](std::stop_token) {
        auto outcome = std::make_shared<Outcome>();
        outcome->path = path;
        // A certificate stored in the ledger is fetched first, then checked like a file.
        Result<std::string> file = path.toStdString();
        if (path.startsWith(QString::fromUtf8(stored_prefix.data(), static_cast<int>(stored_prefix.size())))) {
            file = fetch_stored(ledger_location, path.mid(static_cast<int>(stored_prefix.size())).toStdString(), fetch_dir);
        }
        if (file) outcome->file = *file;
        Result<jobs::CertificateFileSet> read = file ? jobs::read_certificate_files(*file) : Result<jobs::CertificateFileSet>(file.error());
        if (!read) {
            outcome->error = read.error();
        } else {
            std::optional<ledger::Ledger> ledger = open_ledger(ledger_location, outcome->note);
            jobs::CertificateCheckOptions options;
            options.ledger = ledger ? &*ledger : nullptr;
            Result<jobs::CertificateVerification> verified = jobs::verify_certificate_files(*read, options);
            if (verified) {
                outcome->verification = std::move(*verified);
            } else {
                outcome->error = verified.error();
            }
        }
        post(this, [this, outcome] { show_outcome(outcome); });
    });
}

void AuditPage::show_outcome(std::shared_ptr<const Outcome> shown) {
    shown_ = std::move(shown);
    const Outcome& outcome = *shown_;
    countersign_->setEnabled(outcome.verification.has_value() && !outcome.file.empty());
    checks_->setRowCount(0);
    certificate_->clear();
    const bool ok = outcome.verification && outcome.verification->ok();
    QString text = ok ? tr("VERIFIED") : tr("NOT VERIFIED");
    const QString colour = ok ? "#1b7f2a" : "#b00020";
    QString detail = outcome.error ? Words::error(*outcome.error) : outcome.note;
    if (outcome.error && outcome.error->code == Errc::not_found && !outcome.verification) {
        detail = tr("The signing key is not registered in the ledger, or a file is missing: %1").arg(Words::error(*outcome.error));
    }
    QString countersignature;
    if (outcome.verification) countersignature = "<br>" + countersignature_text(*outcome.verification).toHtmlEscaped();
    verdict_->setText(QString("<span style='font-size:18pt; color:%1'><b>%2</b></span><br>%3<br>%4%5")
                          .arg(colour, text, outcome.path.toHtmlEscaped(), detail.toHtmlEscaped(), countersignature));
    if (outcome.verification) {
        const jobs::CertificateVerification& verification = *outcome.verification;
        std::vector<cert::CheckResult> checks = verification.operator_report.checks;
        if (verification.validation) {
            for (const cert::CheckResult& check : verification.validation->checks) {
                if (check.status == cert::CheckStatus::failed) checks.push_back(check);
            }
        }
        for (const cert::CheckResult& check : checks) {
            const int row = checks_->rowCount();
            checks_->insertRow(row);
            checks_->setItem(row, 0, new QTableWidgetItem(Words::check(check.check)));
            auto* status = new QTableWidgetItem(Words::status(check.status));
            if (check.status == cert::CheckStatus::failed) status->setForeground(QColor("#b00020"));
            checks_->setItem(row, 1, status);
            checks_->setItem(row, 2, new QTableWidgetItem(Words::check_note(check)));
        }
        if (verification.operator_report.certificate) certificate_->show_certificate(*verification.operator_report.certificate);
    }
    emit certificate_checked(ok);
}

void AuditPage::verify_ledger() {
    ledger_progress_->setRange(0, 0);  // busy until the first count arrives
    ledger_progress_->setTextVisible(false);
    verify_ledger_->setEnabled(false);
    cancel_verify_->setEnabled(true);
    ledger_result_->setText(tr("Verifying the ledger…"));
    const std::string location = settings_.ledger.toStdString();
    ledger_runner_.start([this, location](std::stop_token stop) {
        auto text = std::make_shared<QString>();
        bool ok = false;
        ledger::VerifyOptions options;
        options.stop = stop;
        options.progress = [this](std::int64_t checked, std::int64_t total) {
            post(this, [this, checked, total] {
                ledger_progress_->setRange(0, static_cast<int>(std::min<std::int64_t>(total, INT32_MAX)));
                ledger_progress_->setValue(static_cast<int>(std::min<std::int64_t>(checked, INT32_MAX)));
                ledger_progress_->setFormat(tr("%1 / %2 events").arg(checked).arg(total));
                ledger_progress_->setTextVisible(true);
                emit ledger_progressed(checked, total);
            });
        };
        Result<ledger::Ledger> opened = ledger::Ledger::open(location, {.read_only = true});
        Result<ledger::VerifyReport> report = opened ? opened->verify(options) : Result<ledger::VerifyReport>(opened.error());
        if (!report && report.error().code == Errc::cancelled) {
            *text = tr("Ledger verification cancelled: nothing was concluded.");
        } else if (!report) {
            *text = Words::error(report.error());
        } else if (report->ok()) {
            ok = true;
            *text = tr("Ledger verified: %1 events, chain intact.").arg(report->events_checked);
        } else {
            *text = tr("Ledger NOT verified: %1 at event %2 (%3)")
                        .arg(QString::fromStdString(std::string(ledger::problem_name(report->problem))))
                        .arg(report->first_bad_seq)
                        .arg(QString::fromStdString(report->detail));
        }
        post(this, [this, text, ok] { ledger_verified(*text, ok); });
    });
}

void AuditPage::ledger_verified(const QString& text, bool ok) {
    if (ledger_progress_->maximum() == 0) ledger_progress_->setRange(0, 1);
    verify_ledger_->setEnabled(true);
    cancel_verify_->setEnabled(false);
    ledger_result_->setText(text);
    emit ledger_checked(ok);
}

void AuditPage::cancel_ledger_verification() { ledger_runner_.cancel(); }

void AuditPage::countersign_refused(const QString& text) {
    countersign_result_->setText(text);
    emit countersigned(false);
}

void AuditPage::countersign() {
    if (!shown_ || !shown_->verification || shown_->file.empty()) {
        countersign_refused(tr("Open a certificate first."));
        return;
    }
    const std::shared_ptr<const Outcome> shown = shown_;
    const auto refused = [](const Error& error) {
        return error.code == Errc::integrity_failure ? tr("Not countersigned: the certificate does not verify.")
                                                     : tr("Not countersigned: %1").arg(Words::error(error));
    };
    // The library's checks first, so that nobody types a passphrase in vain.
    if (Result<void> allowed = jobs::check_countersign(shown->file, *shown->verification); !allowed) {
        countersign_refused(refused(allowed.error()));
        return;
    }
    if (settings_.ledger.isEmpty()) {
        countersign_refused(tr("Not countersigned: no ledger is set in Settings."));
        return;
    }
    QString problem;
    const std::optional<SigningInputs> signing = ask_to_sign(settings_.ledger, settings_.key_file, passphrase_, problem);
    if (!signing) {
        countersign_refused(problem.isEmpty() ? tr("No passphrase: nothing was countersigned.")
                                              : tr("Not countersigned: %1").arg(problem));
        return;
    }
    countersign_->setEnabled(false);
    countersign_result_->setText(tr("Countersigning…"));
    runner_.start([this, shown, signing = *signing, refused](std::stop_token) {
        Result<jobs::Signer> signer = jobs::open_signer(signing.ledger, signing.key_file, signing.passphrase->bytes());
        *signing.passphrase = SecretBuffer();
        auto written = std::make_shared<Result<std::string>>(
            signer ? jobs::countersign_certificate_file(shown->file, signer->ledger, signer->key)
                   : Result<std::string>(signer.error()));
        post(this, [this, shown, written, refused] {
            if (!*written) {
                countersign_->setEnabled(true);
                countersign_refused(refused(written->error()));
                return;
            }
            countersign_result_->setText(tr("Countersigned: %1").arg(QFileInfo(QString::fromStdString(**written)).fileName()));
            emit countersigned(true);
            open_certificate(shown->path);  // checked again: the countersignature is shown verified
        });
    });
}

void AuditPage::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void AuditPage::dropEvent(QDropEvent* event) {
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile()) add_certificates(url.toLocalFile());
    }
}

}  // namespace sanitize::gui
