// The station's data partition: checked before anything else, its settings resolved as the CLI's
// and the GUI's are (jobs::settings_in_force), and a directory per PC for the evidence.
#include <sys/stat.h>

#include <filesystem>
#include <string_view>

#include "sanitize/jobs/settings.hpp"
#include "sanitize/station.hpp"

namespace sanitize::station {

namespace {

// Settings the data partition's layout fixes: a station.conf naming another ledger or key would
// send evidence where the operator will not look for it.
constexpr config::Setting fixed_by_layout[] = {config::Setting::ledger, config::Setting::key,
                                               config::Setting::certificate_dir, config::Setting::checkpoint_dir};

bool is_mount_point(const std::string& root) {
    struct stat here {};
    struct stat parent {};
    if (::stat(root.c_str(), &here) != 0 || ::stat((root + "/..").c_str(), &parent) != 0) return false;
    return here.st_dev != parent.st_dev || here.st_ino == parent.st_ino;  // the latter: "/"
}

std::string safe_name(std::string_view text) {
    std::string name;
    for (const char c : text) {
        const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                          c == '_' || c == '.';
        name.push_back(keep ? c : '_');
    }
    if (name.empty() || name.front() == '.') name.insert(name.begin(), '_');
    return name;
}

}  // namespace

Result<DataPartition> open_data_partition(const std::string& root, bool require_mount) {
    std::error_code ec;
    if (!std::filesystem::is_directory(root, ec)) {
        return about_path(make_error(Errc::not_found, Reason::data_partition_missing, "data partition"), root);
    }
    if (require_mount && !is_mount_point(root)) {
        return about_path(make_error(Errc::refused, Reason::data_partition_not_mounted, "data partition"), root);
    }
    DataPartition data{root};
    if (!std::filesystem::is_regular_file(data.path("station.conf"), ec)) {
        return about_path(make_error(Errc::not_found, Reason::data_partition_missing, "station.conf"),
                          data.path("station.conf"));
    }
    if (Result<void> writable = jobs::check_writable_directory(root); !writable) return writable.error();
    return data;
}

SettingsRead read_settings(const DataPartition& data) {
    // The station has no environment and no user of its own: the one variable it hands in names
    // station.conf as the site file, so that no other file or variable can change a setting.
    const std::string site_file = data.path("station.conf");
    jobs::SettingsRequest request;
    request.getenv_fn = [site_file](const char* name) -> const char* {
        return std::string_view(name) == "SANITIZE_SITE_CONFIG" ? site_file.c_str() : nullptr;
    };
    request.effective_uid = 0;
    request.built_in = {{config::Setting::method, "random"}, {config::Setting::verify, "last"},
                        {config::Setting::unattended, "no"}};
    const jobs::SettingsInForce in_force = jobs::settings_in_force(request);
    const config::Resolved& resolved = in_force.resolved;
    SettingsRead read;
    read.problems = resolved.problems;
    for (const config::Setting fixed : fixed_by_layout) {
        const config::Value& value = resolved.settings[fixed];
        if (value.origin.source == config::Source::site_file) {
            read.problems.push_back({config::Problem::unknown_setting, value.origin, std::string(config::key_of(fixed)),
                                     value.text, 0});
        }
    }
    const config::Settings& s = resolved.settings;
    read.settings.department = s[config::Setting::department].text;
    read.settings.language = s[config::Setting::language].text;
    read.settings.unattended = s[config::Setting::unattended].text == "yes";
    // The module checked both: a value that does not parse was a problem and fell back to the default.
    if (Result<wipe::Method> method = wipe::parse_method(s[config::Setting::method].text)) read.settings.method = *method;
    if (Result<wipe::VerifyPlan> plan = wipe::parse_verify(s[config::Setting::verify].text)) read.settings.verify = *plan;
    return read;
}

Result<std::string> evidence_directory(const DataPartition& data, const cert::Computer& pc) {
    const std::string& name = !pc.serial.empty() ? pc.serial : !pc.uuid.empty() ? pc.uuid : std::string("unknown-pc");
    const std::string directory = data.path("evidence/" + safe_name(name));
    std::error_code ec;
    std::filesystem::create_directories(directory, ec);
    if (ec) return make_error(errc_from_errno(ec.value()), directory, ec.value());
    return directory;
}

}  // namespace sanitize::station
