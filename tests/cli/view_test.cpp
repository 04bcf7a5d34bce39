// The CLI's views without the binary: message tables, language choice, formatting, progress.
#include <catch2/catch.hpp>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json.hpp>

#include "app.hpp"
#include "catalogue_fields.hpp"
#include "context.hpp"
#include "diagnostics.hpp"
#include "exit_codes.hpp"
#include "failure.hpp"
#include "messages.hpp"
#include "progress_view.hpp"
#include "report_view.hpp"
#include "text_format.hpp"
#include "wipe_view.hpp"

using namespace sanitize;
using namespace sanitize::cli;
using sanitize::test::fields_of;
using sanitize::test::has_non_ascii;
using sanitize::test::named_fields_of;

namespace {

// A keyed text of the English catalogue.
std::string_view english(Section section, std::string_view key) {
    return Catalogue::compiled_in().find(Lang::en, section, key).value_or("");
}

}  // namespace

TEST_CASE("every message has English and Japanese texts with the same fields", "[cli][messages]") {
    for (int i = 0; i < static_cast<int>(Msg::count_); ++i) {
        Text text = text_of(static_cast<Msg>(i));
        INFO("message " << i << ": " << text.en);
        CHECK_FALSE(text.en.empty());
        CHECK_FALSE(text.ja.empty());
        CHECK(fields_of(text.en) == fields_of(text.ja));
        CHECK_FALSE(has_non_ascii(text.en));
    }
}

TEST_CASE("every keyed text has English and Japanese with the same named fields", "[cli][messages]") {
    // The sections addressed by a code or a reason's name: both catalogues hold the same keys.
    const nlohmann::json en = nlohmann::json::parse(cli::detail::catalogue_en_json);
    const nlohmann::json ja = nlohmann::json::parse(cli::detail::catalogue_ja_json);
    for (const char* name : {"codes", "errors", "hints", "exceptions", "drive_reasons", "fields", "check_notes", "roles", "methods"}) {
        REQUIRE(en[name].size() == ja[name].size());
        for (const auto& [key, text] : en[name].items()) {
            INFO(name << "." << key);
            REQUIRE(ja[name].contains(key));
            CHECK(named_fields_of(text.get<std::string>()) == named_fields_of(ja[name][key].get<std::string>()));
            CHECK_FALSE(has_non_ascii(text.get<std::string>()));
        }
    }
    // Every error code has words; every error's key is a reason's name, or a variant of one
    // ("mounted.partition") or of a code ("code.malformed_input.zip_archive"): no typo in a key.
    for (int i = 0; i <= static_cast<int>(Errc::internal); ++i) CHECK(english(Section::codes, errc_name(static_cast<Errc>(i))) != "");
    std::set<std::string> code_names;
    for (int i = 0; i <= static_cast<int>(Errc::internal); ++i) code_names.insert(std::string(errc_name(static_cast<Errc>(i))));
    for (const auto& [key, text] : en["errors"].items()) {
        INFO(key);
        if (key.starts_with("code.")) {
            const std::string rest = key.substr(5);
            CHECK(code_names.count(rest.substr(0, rest.find('.'))) == 1);
            CHECK(rest.find('.') != std::string::npos);
        } else {
            CHECK(parse_reason(key.substr(0, key.find('.'))).has_value());
        }
    }
}

TEST_CASE("certificate check notes, roles and OS errors have words in Japanese", "[cli][messages][ja]") {
    const Messages en(Lang::en);
    const Messages ja(Lang::ja);
    // Every note the library gives has a text, with the values it names; none is shown by name.
    for (int i = 1; i <= static_cast<int>(cert::CheckNote::chain_broken); ++i) {
        const auto note = static_cast<cert::CheckNote>(i);
        INFO(cert::check_note_name(note));
        CHECK(english(Section::check_notes, cert::check_note_name(note)) != "");
    }
    cert::CheckResult revoked{cert::Check::key_not_revoked, cert::CheckStatus::failed, cert::CheckNote::revoked_at,
                              {{"seq", "7"}}};
    CHECK(en.check_note(revoked) == "revoked at seq 7");  // the English of --json's "detail", as before
    CHECK(ja.check_note(revoked) == "連番 7 で失効");
    cert::CheckResult identity{cert::Check::signer_identity, cert::CheckStatus::passed, cert::CheckNote::identity,
                               {{"name", "山田 花子"}, {"role", "admin"}}};
    CHECK(en.check_note(identity) == "山田 花子 admin");
    CHECK(ja.check_note(identity) == "山田 花子（管理者）");
    CHECK(ja.check_note(cert::CheckResult{}).empty());
    CHECK(ja.role(ledger::Role::auditor) == "監査人");
    // The OS's errors by their symbolic names: each key is a real errno, and a common one is
    // Japanese while English keeps the C library's words.
    const nlohmann::json catalogue = nlohmann::json::parse(cli::detail::catalogue_ja_json);
    std::set<std::string> errno_names;
    for (int e = 1; e < 134; ++e) {
        if (const char* name = strerrorname_np(e)) errno_names.insert(name);
    }
    for (const auto& [key, text] : catalogue["errnos"].items()) {
        INFO(key);
        CHECK(errno_names.contains(key));
    }
    CHECK(ja.system_error(ENOENT) == "ファイルまたはディレクトリがありません");
    CHECK(en.system_error(ENOENT) == system_error_text(ENOENT));
    // An error's context is the library's English for developers: Japanese keeps what it names.
    const Error missing = about_device(make_error(Errc::not_found, "stat /dev/sdx", ENOENT), "/dev/sdx");
    CHECK(error_text(ja, missing) == "/dev/sdx: デバイスまたはファイルが見つかりません (/dev/sdx: ファイルまたはディレクトリがありません)");
    CHECK(names_only("Could not convert: --year = 1999x") == "--year = 1999x");
    CHECK(names_only("A subcommand is required") == "");
    CHECK(names_only("TARGET is required") == "TARGET");
    CHECK(ja.method("zero") == "ゼロ 1 パス（--method zero）");
    CHECK(ja.method("custom:00,ff") == "custom:00,ff");
}

TEST_CASE("error texts follow the house style: lowercase start, no final period", "[cli][messages]") {
    std::vector<std::string_view> texts;
    for (const char* code : {"invalid_argument", "not_found", "permission_denied", "busy", "unsupported_target", "io_error",
                             "device_vanished", "size_mismatch", "refused", "cancelled", "internal"}) {
        texts.push_back(english(Section::codes, code));
    }
    texts.push_back(english(Section::errors, "mounted"));
    texts.push_back(english(Section::errors, "confirmation_mismatch"));
    texts.push_back(english(Section::errors, "no_terminal_file"));
    texts.push_back(english(Section::hints, "no_terminal_file"));
    const nlohmann::json en = nlohmann::json::parse(cli::detail::catalogue_en_json);
    for (const auto& [key, text] : en["errors"].items()) texts.push_back(english(Section::errors, key));
    for (const auto& [key, text] : en["hints"].items()) texts.push_back(english(Section::hints, key));
    for (std::string_view en_text : texts) {
        INFO(en_text);
        REQUIRE_FALSE(en_text.empty());
        CHECK_FALSE((en_text.front() >= 'A' && en_text.front() <= 'Z'));
        CHECK(en_text.back() != '.');
    }
}

TEST_CASE("the language comes from LC_ALL, LC_MESSAGES, LANG in that order", "[cli][messages]") {
    auto language = [](std::map<std::string, std::string> env) {
        return language_from_environment([env](const char* name) -> const char* {
            auto it = env.find(name);
            return it == env.end() ? nullptr : it->second.c_str();
        });
    };
    CHECK(language({}) == Lang::en);
    CHECK(language({{"LANG", "ja_JP.UTF-8"}}) == Lang::ja);
    CHECK(language({{"LANG", "en_US.UTF-8"}}) == Lang::en);
    CHECK(language({{"LANG", "ja_JP.UTF-8"}, {"LC_ALL", "C"}}) == Lang::en);
    CHECK(language({{"LANG", "C"}, {"LC_MESSAGES", "ja_JP.eucJP"}}) == Lang::ja);
    CHECK(language({{"LANG", "ja_JP.UTF-8"}, {"LC_ALL", ""}}) == Lang::ja);  // empty means unset
    CHECK(language({{"LC_ALL", "ja"}, {"LC_MESSAGES", "en_GB"}}) == Lang::ja);
}

TEST_CASE("option --lang is found before the full parse", "[cli][messages]") {
    const char* separate[] = {"sanitize", "--lang", "ja", "wipe", "x"};
    const char* joined[] = {"sanitize", "wipe", "--lang=en", "x"};
    const char* none[] = {"sanitize", "wipe", "--", "--lang", "ja"};
    const char* wrong[] = {"sanitize", "--lang", "fr", "devices"};
    CHECK(language_from_arguments(5, separate) == Lang::ja);
    CHECK(language_from_arguments(4, joined) == Lang::en);
    CHECK_FALSE(language_from_arguments(5, none).has_value());
    CHECK_FALSE(language_from_arguments(4, wrong).has_value());
}

TEST_CASE("library errors read as words, with the context kept verbatim", "[cli][messages]") {
    Messages en(Lang::en);
    Messages ja(Lang::ja);
    Error error = about_device(make_error(Errc::not_found, "stat /dev/sdx", ENOENT), "/dev/sdx");
    CHECK(error_text(en, error) == "/dev/sdx: no such device or file (stat /dev/sdx: " + system_error_text(ENOENT) + ")");
    CHECK(error_text(ja, error).find("見つかりません") != std::string::npos);
    CHECK(error_text(en, about_device(make_error(Errc::busy, ""), "/dev/sdb")) == "/dev/sdb: in use by another program");
    const Failure denied = describe(en, make_error(Errc::permission_denied, ""));
    REQUIRE(denied.hints.size() == 1);
    CHECK(denied.hints[0].find("root") != std::string::npos);
    CHECK(describe(en, make_error(Errc::io_error, "")).hints.empty());
    // A reason words the error and gives its own hint; the code still decides the exit code.
    Error missing = about_device(make_error(Errc::not_found, Reason::target_missing, "stat /dev/sdx"), "/dev/sdx");
    const Failure failure = describe(en, missing);
    CHECK(failure.errors == std::vector<std::string>{"/dev/sdx: no such device or file (stat /dev/sdx)"});
    CHECK(failure.hints == std::vector<std::string>{"list the disks with 'sanitize devices'"});
    CHECK(failure.exit_code == ExitCode::usage);
}

TEST_CASE("refusals name the device and the reason in both languages", "[cli][messages]") {
    Messages en(Lang::en);
    Messages ja(Lang::ja);
    const auto refusal = [](Reason reason, std::string detail) {
        Error error = make_error(Errc::refused, reason);
        error.device = "/dev/loop3";
        error.detail = std::move(detail);
        return error;
    };
    CHECK(error_text(en, refusal(Reason::mounted, "/mnt/x")) == "/dev/loop3 is mounted at /mnt/x: unmount it first");
    CHECK(error_text(en, refusal(Reason::system_disk, "/")).find("holds the running system") != std::string::npos);
    CHECK(error_text(ja, refusal(Reason::mounted, "/mnt/x")).find("マウント") != std::string::npos);
    for (auto reason : {Reason::mounted, Reason::system_disk, Reason::swap, Reason::has_holders, Reason::partition,
                        Reason::read_only}) {
        CHECK(error_text(en, refusal(reason, "x")).starts_with("/dev/loop3 "));
        CHECK(error_text(ja, refusal(reason, "x")).starts_with("/dev/loop3 "));
        CHECK(describe(en, refusal(reason, "x")).exit_code == ExitCode::refused);
    }
    // Every refusal of a batch is shown, and the hint once.
    Error first = refusal(Reason::mounted, "/mnt/x");
    first.also.push_back(refusal(Reason::swap, "/dev/loop3"));
    const Failure both = describe(en, first);
    CHECK(both.errors.size() == 2);
    CHECK(both.hints == std::vector<std::string>{"nothing was wiped"});
}

// What prepare's mtools said is what support needs: a Japanese sentence keeps it (the context of
// other errors loses its English words there).
TEST_CASE("a failed program's own words are kept in both languages", "[cli][messages][ja]") {
    Error error = make_error(Errc::io_error, "mcopy exit 1: No directory slots");
    error.detail = "tool_failed";
    error.expected = "mcopy";
    CHECK(error_text(Messages(Lang::en), error) == "mcopy failed: mcopy exit 1: No directory slots");
    CHECK(error_text(Messages(Lang::ja), error) == "mcopy が失敗しました: mcopy exit 1: No directory slots");
}

TEST_CASE("outcomes and exception codes have words, unknown codes show as they are", "[cli][messages]") {
    Messages en(Lang::en);
    Messages ja(Lang::ja);
    CHECK(en.outcome(wipe::Outcome::erased) == "erased");
    CHECK(ja.outcome(wipe::Outcome::aborted) == "中断");
    CHECK(en.exception("not_verified") == "not verified");
    CHECK(ja.exception("not_verified") == "検証していません");
    CHECK(en.exception("something_new") == "something_new");
    for (const char* code : {"cancelled", "fatal_error", "sync_failed", "verification_mismatch", "unwritten_sectors",
                             "unreadable_sectors", "not_verified", "verification_not_from_medium"}) {
        CHECK(en.exception(code) != code);
        CHECK(has_non_ascii(ja.exception(code)));
    }
}

TEST_CASE("exit codes: operands usage, busy refused, cancel interrupted, signatures integrity", "[cli]") {
    CHECK(exit_code_for(Errc::not_found) == ExitCode::usage);
    CHECK(exit_code_for(Errc::unsupported_target) == ExitCode::usage);
    CHECK(exit_code_for(Errc::busy) == ExitCode::refused);
    CHECK(exit_code_for(Errc::refused) == ExitCode::refused);
    CHECK(exit_code_for(Errc::cancelled) == ExitCode::interrupted);
    CHECK(exit_code_for(Errc::io_error) == ExitCode::failed);
    CHECK(exit_code_for(Errc::permission_denied) == ExitCode::failed);
    CHECK(exit_code_for(Errc::integrity_failure) == ExitCode::integrity);
    CHECK(exit_code_for(Errc::signature_invalid) == ExitCode::integrity);
}

TEST_CASE("sizes, rates, durations and JSON are formatted for people and scripts", "[cli][format]") {
    CHECK(human_size(512) == "512 B");
    CHECK(human_size(16u << 20) == "16.8 MB");
    CHECK(human_size(999) == "999 B");
    CHECK(human_size(999'999) == "1.0 MB");  // not "1000.0 kB"
    CHECK(human_size(16'000'000'000) == "16.0 GB");  // as the stick is labelled
    CHECK(human_size(std::uint64_t{1} << 40) == "1.1 TB");  // 1 TiB in decimal units, as drives are sold
    CHECK(human_rate(512.3e6) == "512.3 MB/s");
    CHECK(human_duration(0.44) == "0.4 s");
    CHECK(human_duration(3723) == "1:02:03");
    CHECK(clock_duration(59) == "0:00:59");
    CHECK(compact_json("{\n  \"a b\": [1, 2],\n  \"c\": \"x\\\" y\"\n}") == R"({"a b":[1,2],"c":"x\" y"})");
    CHECK(display_width("abc") == 3);
    CHECK(display_width("容量") == 4);
    CHECK(pad_right("容量", 6) == "容量  ");
    CHECK(truncate_to_width("ab容量", 4) == "ab容");
    CHECK(truncate_to_width("abc", 10) == "abc");
}

namespace {

struct FakeClock {
    std::chrono::steady_clock::time_point now{};
    void advance(std::chrono::milliseconds by) { now += by; }
};

wipe::Progress progress(std::size_t pass, wipe::Phase phase, std::uint64_t done) {
    wipe::Progress p;
    p.pass_index = pass;
    p.pass_count = 2;
    p.phase = phase;
    p.phase_bytes_done = done;
    p.phase_bytes_total = 100;
    p.bytes_per_second = 50e6;
    p.eta = std::chrono::seconds(83);
    return p;
}

std::size_t count_lines(const std::string& text) {
    return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE("plain progress lines: one per 5 s per target plus one per step", "[cli][progress]") {
    FakeClock clock;
    std::ostringstream out;
    Messages messages(Lang::en);
    ProgressViewOptions options;
    options.style = ProgressStyle::lines;
    options.clock = [&clock] { return clock.now; };
    ProgressView view(out, messages, {"/dev/loop1", "/dev/loop2"}, options);

    view.update(0, progress(0, wipe::Phase::writing, 10));
    CHECK(out.str() == "/dev/loop1: pass 1/2, writing, 10.0 %, 50.0 MB/s, ETA 0:01:23\n");
    for (int i = 0; i < 40; ++i) {  // 4 s of updates every 100 ms: nothing new
        clock.advance(std::chrono::milliseconds(100));
        view.update(0, progress(0, wipe::Phase::writing, 20));
    }
    CHECK(count_lines(out.str()) == 1);
    view.update(1, progress(0, wipe::Phase::writing, 5));  // the other target has its own line
    CHECK(count_lines(out.str()) == 2);
    clock.advance(std::chrono::milliseconds(1000));
    view.update(0, progress(0, wipe::Phase::writing, 30));  // 5 s after the first line
    CHECK(count_lines(out.str()) == 3);
    view.update(0, progress(0, wipe::Phase::syncing, 0));  // a new phase at once
    view.update(0, progress(1, wipe::Phase::writing, 0));  // a new pass at once
    CHECK(count_lines(out.str()) == 5);
    view.finish(0, "erased");
    CHECK(out.str().ends_with("/dev/loop1: done: erased\n"));
    view.update(0, progress(1, wipe::Phase::writing, 50));  // nothing after finish
    CHECK(out.str().ends_with("/dev/loop1: done: erased\n"));
}

TEST_CASE("plain progress lines on a fast medium: each step's end at 100 %, nothing unmeasured", "[cli][progress]") {
    // The whole wipe takes less than the line interval: the steps' ends were never printed, and
    // every step showed "0.0 %, 0.0 MB/s" (issue 20, item 14).
    FakeClock clock;
    std::ostringstream out;
    Messages messages(Lang::en);
    ProgressViewOptions options;
    options.style = ProgressStyle::lines;
    options.clock = [&clock] { return clock.now; };
    ProgressView view(out, messages, {"/dev/sda"}, options);
    auto at = [](wipe::Phase phase, std::uint64_t done, double rate, std::optional<std::chrono::seconds> eta) {
        wipe::Progress p = progress(0, phase, done);
        p.pass_count = 1;
        p.phase_bytes_total = phase == wipe::Phase::syncing ? 0 : 100;
        p.bytes_per_second = rate;
        p.eta = eta;
        return p;
    };
    view.update(0, at(wipe::Phase::writing, 0, 0, std::nullopt));
    view.update(0, at(wipe::Phase::writing, 100, 200e6, std::chrono::seconds(0)));
    view.update(0, at(wipe::Phase::syncing, 0, 0, std::chrono::seconds(0)));
    view.update(0, at(wipe::Phase::verifying, 0, 0, std::chrono::seconds(0)));
    view.update(0, at(wipe::Phase::verifying, 100, 400e6, std::chrono::seconds(0)));
    view.finish(0, "erased");
    CHECK(out.str() ==
          "/dev/sda: pass 1/1, writing\n"
          "/dev/sda: pass 1/1, writing, 100.0 %, 200.0 MB/s\n"
          "/dev/sda: pass 1/1, syncing\n"
          "/dev/sda: pass 1/1, verifying\n"
          "/dev/sda: pass 1/1, verifying, 100.0 %, 400.0 MB/s\n"
          "/dev/sda: done: erased\n");
}

TEST_CASE("progress bars keep their length whatever numbers are known", "[cli][progress]") {
    Messages messages(Lang::ja);
    ProgressViewOptions options;
    options.style = ProgressStyle::bars;
    options.width = 100;
    std::vector<std::size_t> widths;
    for (const auto& [phase, done, rate, eta] :
         {std::tuple{wipe::Phase::writing, 0, 0.0, false}, std::tuple{wipe::Phase::writing, 50, 5e6, true},
          std::tuple{wipe::Phase::syncing, 0, 0.0, false}, std::tuple{wipe::Phase::verifying, 99, 1.5e9, true}}) {
        std::ostringstream out;
        ProgressView view(out, messages, {"/dev/sdb"}, options);
        wipe::Progress p = progress(0, phase, static_cast<std::uint64_t>(done));
        p.bytes_per_second = rate;
        if (!eta) p.eta.reset();
        view.update(0, p);
        const std::string line = out.str().substr(out.str().find("\x1b[2K") + 4);
        INFO(line);
        const std::size_t open = line.find('[');
        const std::size_t close = line.find(']');
        REQUIRE(open != std::string::npos);
        REQUIRE(close != std::string::npos);
        widths.push_back(close - open);
        CHECK(line.find("0:00:00") == std::string::npos);  // no ETA before one was measured
    }
    CHECK(std::set<std::size_t>(widths.begin(), widths.end()).size() == 1);
}

TEST_CASE("progress bars: one line per target, redrawn in place, notes above", "[cli][progress]") {
    FakeClock clock;
    std::ostringstream out;
    Messages messages(Lang::en);
    ProgressViewOptions options;
    options.style = ProgressStyle::bars;
    options.width = 100;
    options.clock = [&clock] { return clock.now; };
    ProgressView view(out, messages, {"a.img", "/dev/loop2"}, options);

    view.update(0, progress(0, wipe::Phase::writing, 50));
    std::string first = out.str();
    CHECK(first.find("a.img") != std::string::npos);
    CHECK(first.find("[####") != std::string::npos);
    CHECK(first.find(" 50.0 %") != std::string::npos);
    CHECK(first.find("ETA 0:01:23") != std::string::npos);
    CHECK(count_lines(first) == 2);
    view.update(0, progress(0, wipe::Phase::writing, 60));  // within 100 ms: no redraw
    CHECK(out.str() == first);
    clock.advance(std::chrono::milliseconds(150));
    view.update(1, progress(0, wipe::Phase::writing, 60));
    CHECK(out.str().substr(first.size()).starts_with("\x1b[2A"));  // back up over both bars
    view.note("sanitize: a note");
    CHECK(out.str().find("\r\x1b[Jsanitize: a note\n") != std::string::npos);
    view.finish(0, "erased");
    view.finish(1, "aborted");
    view.close();
    CHECK(out.str().find("done: aborted") != std::string::npos);
}

TEST_CASE("silent progress shows diagnostics but no progress", "[cli][progress]") {
    std::ostringstream out;
    Messages messages(Lang::en);
    ProgressViewOptions options;
    options.style = ProgressStyle::silent;
    ProgressView view(out, messages, {"a.img"}, options);
    view.update(0, progress(0, wipe::Phase::writing, 50));
    view.finish(0, "erased");
    CHECK(out.str().empty());
    view.note("sanitize: a note");
    CHECK(out.str() == "sanitize: a note\n");
}

namespace {

wipe::WipeReport sample_report() {
    wipe::WipeReport report;
    report.device.path = "/dev/loop3";
    report.device.transport = "loop";
    report.device.size_bytes = 16u << 20;
    report.method = "random";
    report.verify = {wipe::VerifyMode::last, 0};
    report.direct_io = true;
    wipe::PassReport pass;
    pass.kind = wipe::PassKind::random;
    pass.generator = "aes-256-ctr";
    pass.bytes_written = 16u << 20;
    pass.synced = true;
    pass.seconds = 0.5;
    pass.write_bytes_per_second = 33.5e6;
    wipe::VerifyResult verified;
    verified.mode = wipe::VerifyMode::last;
    verified.bytes_verified = 16u << 20;
    verified.coverage_percent = 100;
    verified.cache_bypassed = true;
    pass.verification = verified;
    report.passes = {pass};
    report.bad_ranges = {{4096, 512}};
    report.outcome = wipe::Outcome::erased_with_exceptions;
    report.exceptions = {"unwritten_sectors"};
    return report;
}

}  // namespace

TEST_CASE("the human wipe report names every fact of the report", "[cli][report]") {
    std::string text = render_wipe_report(sample_report(), Messages(Lang::en));
    INFO(text);
    CHECK(text.find("device:") == 0);
    CHECK(text.find("/dev/loop3 (loop, 16.8 MB)") != std::string::npos);
    CHECK(text.find("random (NIST category: clear)") != std::string::npos);
    CHECK(text.find("pass 1/1:") != std::string::npos);
    CHECK(text.find("random (aes-256-ctr), 16.8 MB written in 0.5 s (33.5 MB/s)") != std::string::npos);
    CHECK(text.find("16.8 MB read back (100.0 %)") != std::string::npos);
    CHECK(text.find("512 B at offset 4096") != std::string::npos);
    CHECK(text.find("outcome:            erased with exceptions") != std::string::npos);
    CHECK(text.find("some sectors could not be written") != std::string::npos);
    CHECK(text.find("duration:") != std::string::npos);
}

TEST_CASE("the human wipe report gives the drive's health as read, or why it was not", "[cli][report]") {
    wipe::WipeReport report = sample_report();
    CHECK(render_wipe_report(report, Messages(Lang::en)).find("health") == std::string::npos);  // no read ran
    const auto line = [&](const device::SmartSummary& smart, Lang lang = Lang::en) {
        report.smart = smart;
        const std::string text = render_wipe_report(report, Messages(lang));
        const std::size_t start = text.find(lang == Lang::en ? "health (SMART):" : "健康状態（SMART）:");
        return start == std::string::npos ? std::string() : text.substr(start, text.find('\n', start) - start);
    };
    device::SmartSummary smart;
    smart.state = device::SmartState::read;
    smart.passed = true;
    smart.attributes = {{"reallocated_sectors", 8}, {"power_on_hours", 12345}};
    CHECK(line(smart).ends_with("passed (reallocated_sectors 8, power_on_hours 12345)"));
    CHECK(line(smart, Lang::ja).ends_with("正常 (reallocated_sectors 8, power_on_hours 12345)"));
    smart.passed = false;
    CHECK(line(smart).ends_with("FAILED (reallocated_sectors 8, power_on_hours 12345)"));
    smart.passed.reset();
    CHECK(line(smart).ends_with("read, no overall verdict given (reallocated_sectors 8, power_on_hours 12345)"));
    device::SmartSummary loop;
    loop.state = device::SmartState::not_applicable;
    loop.reason = "loop_device";
    CHECK(line(loop).ends_with("not applicable: a loop device has no drive firmware to ask"));
    CHECK(line(loop, Lang::ja).find("対象外: ") != std::string::npos);
    device::SmartSummary silent;
    silent.reason = "smart_not_supported";
    CHECK(line(silent).ends_with("not available: the drive does not support SMART"));
    CHECK(line(silent).find("passed") == std::string::npos);
}

TEST_CASE("the human purge report gives the drive's health its certificate gives", "[cli][report]") {
    // purge printed only its outcome line; the certificate said the health (issue 20, item 3).
    purge::PurgeReport report;
    report.device.path = "/dev/nvme0n1";
    report.device.transport = "nvme";
    report.method = purge::PurgeMethod::nvme_format_user_data;
    report.verification = wipe::VerifyResult{wipe::VerifyMode::sample, 4096, 10.0, 1000, {}, {}, true, 0, 0};
    device::SmartSummary smart;
    smart.state = device::SmartState::read;
    smart.passed = true;
    smart.attributes = {{"power_on_hours", 12345}};
    report.smart = smart;
    const std::string en = render_purge_report(report, "nvme-format-user-data", Messages(Lang::en));
    INFO(en);
    CHECK(en.find("/dev/nvme0n1") != std::string::npos);
    CHECK(en.find("health (SMART):") != std::string::npos);
    CHECK(en.find("passed (power_on_hours 12345)") != std::string::npos);
    CHECK(en.find("nvme-format") != std::string::npos);
    const std::string ja = render_purge_report(report, "nvme-format-user-data", Messages(Lang::ja));
    CHECK(ja.find("健康状態（SMART）:") != std::string::npos);
    report.smart.reset();
    CHECK(render_purge_report(report, "nvme-format-user-data", Messages(Lang::en)).find("health") == std::string::npos);
}

TEST_CASE("the Japanese wipe report aligns its values despite wide labels", "[cli][report]") {
    std::string text = render_wipe_report(sample_report(), Messages(Lang::ja));
    INFO(text);
    CHECK(text.find("消去方式:") != std::string::npos);
    CHECK(text.find("消去済み（例外あり）") != std::string::npos);
    std::istringstream lines(text);
    std::set<std::size_t> value_columns;
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with(" ") || line.find(": ") == std::string::npos) continue;
        std::size_t colon = line.find(':');
        std::size_t value = line.find_first_not_of(' ', colon + 1);
        value_columns.insert(display_width(line.substr(0, value)));
    }
    CHECK(value_columns.size() == 1);
}

TEST_CASE("a wipe that failed its read-back says why in both languages, not 'failed: failed'", "[cli][view]") {
    for (const Lang lang : {Lang::en, Lang::ja}) {
        const Messages messages(lang);
        Diagnostics diagnostics(false);
        const jobs::SettingsInForce settings;
        const SystemLog journal(nullptr);
        const Context context{messages, diagnostics, {}, false, settings, journal};
        jobs::WipeResult result;
        wipe::WipeReport report = sample_report();
        report.bad_ranges.clear();
        report.passes[0].verification->mismatches = {{0, 4096}};
        report.outcome = wipe::Outcome::failed;
        report.exceptions = {"verification_mismatch"};
        result.targets.push_back({report, std::nullopt, std::nullopt});
        std::ostringstream err;
        std::ostringstream out;
        std::streambuf* const old_err = std::cerr.rdbuf(err.rdbuf());
        std::streambuf* const old_out = std::cout.rdbuf(out.rdbuf());
        const ExitCode code = render_wipe(result, WipeArgs{}, context);
        std::cerr.rdbuf(old_err);
        std::cout.rdbuf(old_out);
        INFO(err.str());
        CHECK(code == ExitCode::failed);
        const std::string why(messages.exception("verification_mismatch"));
        CHECK(err.str().find(std::string(messages.format(Msg::wipe_failed, "/dev/loop3", why))) != std::string::npos);
        CHECK(err.str().find(std::string(messages.outcome(wipe::Outcome::failed)) + "\n") == std::string::npos);
    }
}
