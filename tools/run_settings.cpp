#include "run_settings.hpp"

#include <unistd.h>

#include <cstdlib>

#include "app.hpp"
#include "config_view.hpp"

namespace sanitize::cli {

namespace {

using config::Setting;

// What the commands fall back to when nothing is configured, besides the paths (builtin_paths):
// WipeArgs' defaults and the locale's language.
std::map<Setting, std::string> front_end_defaults() {
    const WipeArgs wipe;
    const Lang locale = language_from_environment(std::getenv);
    return {{Setting::certificate_dir, wipe.cert_dir},
            {Setting::method, wipe.method},
            {Setting::verify, wipe.verify},
            {Setting::language, locale == Lang::ja ? "ja" : "en"},
            {Setting::unattended, "no"}};  // the boot-and-wipe station's; the commands ignore it
}

// The value unless nothing gives one (no organisation configured): then the option keeps its own.
void configure(std::string& option, const config::Value& value) {
    if (!value.text.empty()) option = value.text;
}

}  // namespace

jobs::SettingsInForce settings_for_run(const std::optional<Lang>& lang_option) {
    jobs::SettingsRequest request;
    request.getenv_fn = std::getenv;
    request.effective_uid = ::geteuid();
    request.built_in = front_end_defaults();
    if (lang_option) {
        request.options[Setting::language] = *lang_option == Lang::ja ? "ja" : "en";
        request.option_names[Setting::language] = "--lang";
    }
    return jobs::settings_in_force(request);
}

Lang language_in_force(const jobs::SettingsInForce& settings) {
    return parse_lang(settings.resolved.settings[Setting::language].text).value_or(Lang::en);
}

void apply_configured_defaults(const config::Settings& settings, Invocation& invocation) {
    for (WipeArgs* certificate : {&invocation.wipe, &invocation.purge.certificate}) {
        configure(certificate->cert_dir, settings[Setting::certificate_dir]);
        configure(certificate->department, settings[Setting::department]);
    }
    configure(invocation.wipe.method, settings[Setting::method]);
    configure(invocation.wipe.verify, settings[Setting::verify]);
    configure(invocation.prepare.method, settings[Setting::method]);
    configure(invocation.prepare.verify, settings[Setting::verify]);
    configure(invocation.prepare.cert_dir, settings[Setting::certificate_dir]);
    configure(invocation.encrypt.auditor_recipients, settings[Setting::auditor_recipients]);
    configure(invocation.prepare.auditor_recipients, settings[Setting::auditor_recipients]);
    configure(invocation.prepare.department, settings[Setting::department]);
    configure(invocation.ledger.organisation, settings[Setting::organisation]);
}

bool report_settings_problems(const jobs::SettingsInForce& settings, const Messages& messages) {
    for (const config::Diagnostic& problem : settings.resolved.problems) print_config_problem(problem, messages);
    return settings.ok();
}

}  // namespace sanitize::cli
