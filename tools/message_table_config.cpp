// Texts of `sanitize config show` and of the problems of configuration files, variables and
// options. Every problem's text is given the same three arguments, and uses those it needs:
// {0} the setting as written, {1} the value, {2} the system's reason (unreadable files only).
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text problem_texts(Msg id) {
    switch (id) {
        case Msg::config_file_unreadable:
            return {"cannot read the file: {2}", "ファイルを読み込めません: {2}"};
        case Msg::config_file_too_large:
            return {"larger than 64 KiB: not a configuration file", "64 KiB を超えています: 設定ファイルではありません"};
        case Msg::config_not_utf8: return {"the line is not UTF-8 text", "行が UTF-8 のテキストではありません"};
        case Msg::config_missing_equals:
            return {"expected 'key = value' or a comment, found '{1}'", "'キー = 値' かコメントが必要です（'{1}'）"};
        case Msg::config_unknown_setting: return {"unknown setting '{0}'", "不明な設定 '{0}'"};
        case Msg::config_repeated_setting:
            return {"'{0}' is set twice in this file", "'{0}' がこのファイルで 2 回設定されています"};
        case Msg::config_empty_value:
            return {"'{0}' has no value: remove the line to use the default", "'{0}' に値がありません: 既定値を使うには行を削除してください"};
        case Msg::config_control_character:
            return {"'{0}' holds a control character: '{1}'", "'{0}' に制御文字が含まれています: '{1}'"};
        case Msg::config_not_absolute:
            return {"'{0}': the path '{1}' must be absolute or start with ~/",
                    "'{0}': パス '{1}' は絶対パスか ~/ で始まるパスにしてください"};
        case Msg::config_no_home:
            return {"'{0}': '{1}' starts with ~/ but HOME is not set", "'{0}': '{1}' は ~/ で始まりますが HOME が設定されていません"};
        case Msg::config_bad_ledger:
            return {"'{0}': '{1}' is neither a file nor a postgresql:// URL", "'{0}': '{1}' はファイルでも postgresql:// の URL でもありません"};
        case Msg::config_password_in_file:
            return {"'{0}': the URL holds a password, which every user can read in this file: '{1}'",
                    "'{0}': URL にパスワードが含まれており、このファイルは全ユーザーが読めます: '{1}'"};
        case Msg::config_bad_method: return {"'{0}': unknown wipe method '{1}'", "'{0}': 不明な消去方式 '{1}'"};
        case Msg::config_bad_verify: return {"'{0}': '{1}' is not a verification", "'{0}': '{1}' は検証方法ではありません"};
        case Msg::config_bad_language: return {"'{0}': '{1}' is not a language (ja or en)", "'{0}': '{1}' は言語ではありません（ja か en）"};
        case Msg::config_bad_unattended: return {"'{0}': '{1}' is neither yes nor no", "'{0}': '{1}' は yes でも no でもありません"};
        case Msg::hint_config_settings: return {"settings: {0}", "設定: {0}"};
        case Msg::hint_config_password:
            return {"keep the password in ~/.pgpass (or the file $PGPASSFILE names) instead",
                    "パスワードは ~/.pgpass（または $PGPASSFILE が指すファイル）に置いてください"};
        case Msg::hint_config_fix:
            return {"correct the setting, or see sanitize.conf(5)", "設定を修正してください（sanitize.conf(5) を参照）"};
        default: return {};
    }
}

}  // namespace

Text config_texts(Msg id) {
    switch (id) {
        case Msg::help_config: return {"show the site and user configuration", "サイト設定とユーザー設定を表示する"};
        case Msg::help_config_show:
            return {"print each effective setting and where it came from", "有効な設定とその設定元を表示する"};
        case Msg::help_json_config: return {"print the settings as one JSON object", "設定を 1 つの JSON オブジェクトで出力する"};
        case Msg::footer_config:
            return {"Precedence: option > environment > user file (~/.config/sanitize/sanitize.conf) > site file "
                    "(/etc/sanitize/sanitize.conf) > built-in default. The format: sanitize.conf(5).",
                    "優先順位: オプション > 環境変数 > ユーザー設定（~/.config/sanitize/sanitize.conf）> サイト設定"
                    "（/etc/sanitize/sanitize.conf）> 既定値。書式は sanitize.conf(5) を参照してください。"};
        case Msg::col_setting: return {"SETTING", "設定"};
        case Msg::col_value: return {"VALUE", "値"};
        case Msg::col_source: return {"SOURCE", "設定元"};
        case Msg::config_built_in: return {"built-in default", "既定値"};
        case Msg::config_site_file: return {"site file {0}", "サイト設定 {0}"};
        case Msg::config_user_file: return {"user file {0}", "ユーザー設定 {0}"};
        case Msg::config_environment: return {"environment {0}", "環境変数 {0}"};
        case Msg::config_option: return {"option {0}", "オプション {0}"};
        case Msg::config_not_set: return {"(not set)", "（未設定）"};
        case Msg::config_site_path: return {"site file: {0}", "サイト設定ファイル: {0}"};
        case Msg::config_user_path: return {"user file: {0}", "ユーザー設定ファイル: {0}"};
        case Msg::config_user_path_none:
            return {"user file: none (neither HOME nor XDG_CONFIG_HOME is set)", "ユーザー設定ファイル: なし（HOME も XDG_CONFIG_HOME も未設定）"};
        case Msg::config_at_line: return {"{0}:{1}", "{0}:{1}"};
        default: return problem_texts(id);
    }
}

}  // namespace sanitize::cli
