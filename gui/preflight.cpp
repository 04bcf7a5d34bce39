#include "preflight.hpp"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include "sanitize/ledger.hpp"

namespace sanitize::gui {

namespace {

// The translation context of the sentences below.
class Preflight {
    Q_DECLARE_TR_FUNCTIONS(Preflight)
};

// A launcher named without a slash is looked up in PATH, as QProcess starts it.
bool launcher_installed(const QString& launcher) {
    if (launcher.contains('/')) return QFileInfo(launcher).isExecutable();
    return !QStandardPaths::findExecutable(launcher).isEmpty();
}

QString helper_problem(const HelperSettings& helper) {
    if (!helper.launcher.isEmpty() && !launcher_installed(helper.launcher.front())) {
        return Preflight::tr("%1 is not installed, so the privileged helper cannot be started: ask the administrator to install it.")
            .arg(helper.launcher.front());
    }
    if (!QFileInfo(helper.program).isExecutable()) {
        return Preflight::tr("The privileged helper %1 is not installed: ask the administrator to install sanitize completely.")
            .arg(helper.program);
    }
    return {};
}

QString key_problem(const QString& key_file) {
    if (key_file.isEmpty()) return Preflight::tr("No signing key is set: choose your key file in Settings.");
    const QFileInfo key(key_file);
    if (!key.exists()) return Preflight::tr("The signing key %1 does not exist: choose your key file in Settings.").arg(key_file);
    if (!key.isFile() || !key.isReadable()) {
        return Preflight::tr("The signing key %1 cannot be read with your rights: choose your key file in Settings.").arg(key_file);
    }
    return {};
}

QString ledger_problem(const QString& ledger) {
    if (ledger::is_database_url(ledger.toStdString())) return {};
    if (!QFileInfo(ledger).isFile()) {
        return Preflight::tr("The ledger %1 does not exist: choose the office's ledger in Settings.").arg(ledger);
    }
    return {};
}

}  // namespace

QString preflight_problem(const PreflightInput& input) {
    if (input.through_helper) {
        if (QString problem = helper_problem(input.helper); !problem.isEmpty()) return problem;
    }
    if (input.ledger.isEmpty()) return {};
    if (QString problem = key_problem(input.key_file); !problem.isEmpty()) return problem;
    return ledger_problem(input.ledger);
}

std::optional<SigningInputs> ask_to_sign(const QString& ledger, const QString& key_file, const PassphraseSource& ask,
                                         QString& problem) {
    problem = preflight_problem({false, HelperSettings{}, ledger, key_file});
    if (!problem.isEmpty()) return std::nullopt;
    std::optional<SecretBuffer> passphrase = ask(key_file);
    if (!passphrase) return std::nullopt;
    return SigningInputs{ledger.toStdString(), key_file.toStdString(), std::make_shared<SecretBuffer>(std::move(*passphrase))};
}

}  // namespace sanitize::gui
