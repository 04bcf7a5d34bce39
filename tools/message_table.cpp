// The English and Japanese texts of the CLI, in switches by theme rather than one array indexed
// by Msg, so that reordering Msg cannot shift texts. A unit test walks every Msg and checks that
// both languages have a text with the same fmt fields ({0}, {1}, ...).
#include <cstdlib>

#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text errors_and_refusals(Msg id) {
    switch (id) {
        case Msg::error_prefix: return {"error", "エラー"};
        case Msg::hint_prefix: return {"hint", "ヒント"};
        case Msg::errc_invalid_argument: return {"invalid value", "値が不正です"};
        case Msg::errc_not_found: return {"no such device or file", "デバイスまたはファイルが見つかりません"};
        case Msg::errc_permission_denied: return {"permission denied", "アクセス権がありません"};
        case Msg::errc_busy: return {"in use by another program", "他のプログラムが使用中です"};
        case Msg::errc_unsupported_target:
            return {"not a block device or regular file", "ブロックデバイスでも通常ファイルでもありません"};
        case Msg::errc_io_error: return {"input/output error", "入出力エラーが発生しました"};
        case Msg::errc_device_vanished:
            return {"the device disappeared (unplugged or detached)", "デバイスが見えなくなりました（取り外されたか切り離されました）"};
        case Msg::errc_size_mismatch:
            return {"the kernel reports two different sizes", "カーネルが報告するサイズが一致しません"};
        case Msg::errc_refused: return {"refused for safety", "安全のため拒否しました"};
        case Msg::errc_cancelled: return {"cancelled", "中断されました"};
        case Msg::errc_malformed_input: return {"malformed input", "入力の形式が正しくありません"};
        case Msg::errc_wrong_passphrase: return {"wrong passphrase", "パスフレーズが違います"};
        case Msg::errc_signature_invalid: return {"the signature does not verify", "署名を検証できません"};
        case Msg::errc_integrity_failure:
            return {"integrity check failed: the data may be corrupted or tampered with", "整合性の検証に失敗しました（破損または改ざんの可能性があります）"};
        case Msg::errc_conflict:
            return {"changed by someone else meanwhile: try again", "処理中に他から変更されました: もう一度実行してください"};
        case Msg::errc_internal: return {"internal error", "内部エラーが発生しました"};
        case Msg::hint_not_found:
            return {"list the disks with 'sanitize devices'", "ディスクの一覧は 'sanitize devices' で確認できます"};
        case Msg::hint_permission_denied:
            return {"run as root (sudo)", "root 権限（sudo）で実行してください"};
        case Msg::hint_busy:
            return {"close the programs that use it (see 'fuser -vm {0}')", "使用中のプログラムを終了してください（'fuser -vm {0}' で確認できます）"};
        case Msg::hint_unsupported_target:
            return {"name a whole disk such as /dev/sdb, or a disk image file", "/dev/sdb のようなディスク全体か、ディスクイメージファイルを指定してください"};
        case Msg::refusal_mounted:
            return {"{0} is mounted at {1}: unmount it first", "{0} は {1} にマウントされています: 先にアンマウントしてください"};
        case Msg::refusal_system_disk:
            return {"{0} holds the running system ({1})", "{0} には実行中のシステムがあります（{1}）"};
        case Msg::refusal_swap:
            return {"{0} is in use as swap ({1}): run swapoff first", "{0} はスワップとして使用中です（{1}）: 先に swapoff を実行してください"};
        case Msg::refusal_has_holders:
            return {"{0} is held by {1} (LVM, RAID or device mapper): release it first", "{0} は {1}（LVM、RAID またはデバイスマッパー）が使用中です: 先に解放してください"};
        case Msg::refusal_partition:
            return {"{0} is a partition: wipe the whole disk instead", "{0} はパーティションです: ディスク全体を指定してください"};
        case Msg::refusal_read_only: return {"{0} is read-only", "{0} は読み取り専用です"};
        case Msg::hint_refused: return {"nothing was wiped", "何も消去していません"};
        default: return {};
    }
}

Text outcomes_and_usage(Msg id) {
    switch (id) {
        case Msg::outcome_erased: return {"erased", "消去済み"};
        case Msg::outcome_erased_with_exceptions: return {"erased with exceptions", "消去済み（例外あり）"};
        case Msg::outcome_aborted: return {"aborted", "中断"};
        case Msg::outcome_failed: return {"failed", "失敗"};
        case Msg::exception_cancelled: return {"stopped before the end", "完了前に中断されました"};
        case Msg::exception_fatal_error: return {"an error ended the wipe", "エラーにより消去が終了しました"};
        case Msg::exception_sync_failed:
            return {"a pass could not be flushed to the medium", "パスの内容を媒体に書き出せませんでした"};
        case Msg::exception_verification_mismatch:
            return {"read-back data differs from what was written", "読み戻したデータが書き込んだデータと一致しません"};
        case Msg::exception_unwritten_sectors: return {"some sectors could not be written", "書き込めないセクタがあります"};
        case Msg::exception_unreadable_sectors:
            return {"some sectors could not be read back", "読み戻せないセクタがあります"};
        case Msg::exception_not_verified: return {"not verified", "検証していません"};
        case Msg::exception_verification_not_from_medium:
            return {"verification may have read the page cache, not the medium", "検証が媒体ではなくページキャッシュを読んだ可能性があります"};
        case Msg::exception_unknown: return {"{0}", "{0}"};
        case Msg::usage_parse_error: return {"{0}", "{0}"};
        case Msg::hint_help: return {"see '{0} --help'", "使い方は '{0} --help' を参照してください"};
        case Msg::bad_method: return {"invalid method '{0}' ({1})", "消去方式 '{0}' が不正です（{1}）"};
        case Msg::hint_methods: return {"methods: {0}", "消去方式: {0}"};
        case Msg::bad_verify: return {"invalid verification '{0}' ({1})", "検証方法 '{0}' が不正です（{1}）"};
        case Msg::hint_verify:
            return {"use none, last, all or sample:P with P from 10 to 100", "none、last、all、または sample:P（P は 10〜100）を指定してください"};
        case Msg::bad_expect: return {"invalid --expect '{0}'", "--expect '{0}' が不正です"};
        case Msg::hint_expect: return {"use zero or byte:HH, for example byte:ff", "zero または byte:HH（例: byte:ff）を指定してください"};
        case Msg::bad_sample: return {"invalid --sample '{0}' ({1})", "--sample '{0}' が不正です（{1}）"};
        case Msg::duplicate_target: return {"{0} and {1} are the same target", "{0} と {1} は同じ対象です"};
        case Msg::interrupted: return {"interrupted", "中断しました"};
        default: return {};
    }
}

Text confirmation(Msg id) {
    switch (id) {
        case Msg::confirm_header_block:
            return {"ALL DATA on {0} will be destroyed:", "{0} のすべてのデータが消去されます:"};
        case Msg::confirm_prompt_token:
            return {"type {0} to confirm, anything else to cancel: ", "続行するには {0} と入力してください（それ以外で取り消し）: "};
        case Msg::confirm_header_file:
            return {"the file {0} ({1}) will be overwritten", "ファイル {0}（{1}）を上書きします"};
        case Msg::confirm_prompt_yes:
            return {"type yes to confirm, anything else to cancel: ", "続行するには yes と入力してください（それ以外で取り消し）: "};
        case Msg::confirm_typed_mismatch:
            return {"confirmation for {0} does not match: expected {1}", "{0} の確認入力が一致しません: {1} と入力してください"};
        case Msg::confirm_flag_mismatch:
            return {"--confirm {1} does not match {0}: expected --confirm {2}", "--confirm {1} は {0} と一致しません: --confirm {2} を指定してください"};
        case Msg::confirm_count_mismatch:
            return {"{0} block devices need one --confirm each, in order, but --confirm was given {1} times", "ブロックデバイス {0} 台には、順番どおり 1 台につき 1 回の --confirm が必要ですが、{1} 回指定されています"};
        case Msg::hint_confirm_all: return {"pass {0}", "{0} を指定してください"};
        case Msg::confirm_yes_needs_token:
            return {"--yes needs --confirm {1} to wipe the block device {0}", "ブロックデバイス {0} を消去するには --yes と一緒に --confirm {1} が必要です"};
        case Msg::no_terminal_block:
            return {"wiping {0} needs a confirmation, and there is no terminal to ask on", "{0} の消去には確認が必要ですが、確認する端末がありません"};
        case Msg::hint_yes_confirm: return {"pass --yes {0}", "--yes {0} を指定してください"};
        case Msg::no_terminal_file:
            return {"overwriting the file {0} needs a confirmation, and there is no terminal to ask on", "ファイル {0} の上書きには確認が必要ですが、確認する端末がありません"};
        case Msg::hint_yes: return {"pass --yes", "--yes を指定してください"};
        case Msg::confirm_declined: return {"not confirmed", "確認されませんでした"};
        case Msg::nothing_wiped: return {"nothing was wiped", "何も消去していません"};
        case Msg::wipe_failed: return {"{0}: wipe failed: {1}", "{0}: 消去に失敗しました: {1}"};
        case Msg::wipe_aborted:
            return {"{0}: wipe interrupted: the medium is only partly overwritten", "{0}: 消去を中断しました: 媒体は一部しか上書きされていません"};
        case Msg::hint_wipe_again: return {"run the wipe again to erase it", "消去するには再度実行してください"};
        case Msg::wipe_exceptions: return {"{0}: erased with exceptions: {1}", "{0}: 消去しましたが例外があります: {1}"};
        default: return {};
    }
}

}  // namespace

Text report_texts(Msg id);  // message_table_report.cpp
Text help_texts(Msg id);    // message_table_help.cpp
Text access_texts(Msg id);  // message_table_access.cpp
Text ledger_texts(Msg id);  // message_table_ledger.cpp
Text cert_texts(Msg id);    // message_table_cert.cpp
Text attach_texts(Msg id);  // message_table_attach.cpp
Text age_texts(Msg id);     // message_table_age.cpp
Text prepare_texts(Msg id); // message_table_prepare.cpp
Text purge_texts(Msg id);   // message_table_purge.cpp
Text resume_texts(Msg id);  // message_table_resume.cpp
Text config_texts(Msg id);  // message_table_config.cpp
Text shared_ledger_texts(Msg id);  // message_table_shared_ledger.cpp

Text text_of(Msg id) {
    for (auto* part : {errors_and_refusals, outcomes_and_usage, confirmation, report_texts, help_texts, access_texts, cert_texts, attach_texts, age_texts, prepare_texts, ledger_texts, purge_texts, resume_texts, config_texts, shared_ledger_texts}) {
        Text text = part(id);
        if (!text.en.empty()) return text;
    }
    std::abort();  // broken invariant: a Msg without a text
}

}  // namespace sanitize::cli
