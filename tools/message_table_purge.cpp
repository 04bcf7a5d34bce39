// Texts of `sanitize purge` and of hidden areas, purge methods and SMART in `sanitize devices`.
#include <array>

#include "app_purge.hpp"
#include "messages.hpp"

namespace sanitize::cli {

Text purge_texts(Msg id) {
    switch (id) {
        case Msg::help_purge:
            return {"purge a drive with its own firmware command (ATA/NVMe/SCSI sanitize, secure erase, discard)",
                    "ドライブ自身のコマンドで消去する（ATA/NVMe/SCSI サニタイズ、セキュアイレース、discard）"};
        case Msg::help_purge_method:
            return {"the purge method, e.g. ata-sanitize-crypto, nvme-sanitize-block, discard",
                    "消去方式（例: ata-sanitize-crypto、nvme-sanitize-block、discard）"};
        case Msg::help_purge_verify:
            return {"the read-back afterwards: sample:P (default sample:10), all or none",
                    "消去後の読み戻し: sample:P（既定 sample:10）、all、none"};
        case Msg::help_json_purge: return {"print the purge report as JSON", "消去レポートを JSON で出力する"};
        case Msg::footer_purge:
            return {"Success needs the drive to accept the command, completion to be observed and the read-back "
                    "to pass. Loop devices and disk images offer no purge: use `sanitize wipe`.",
                    "成功とするのは、ドライブがコマンドを受け付け、完了を確認し、読み戻しに合格した場合だけです。"
                    "ループデバイスとディスクイメージにはパージ方式がありません。`sanitize wipe` を使ってください。"};
        case Msg::purge_bad_method: return {"unknown purge method '{0}'", "不明な消去方式 '{0}'"};
        case Msg::hint_purge_methods: return {"methods: {0}", "方式: {0}"};
        case Msg::hint_purge_verify:
            return {"use --verify sample:P (P from 10 to 100), all or none", "--verify sample:P（P は 10〜100）、all、none のいずれかを指定してください"};
        case Msg::purge_unavailable:
            return {"{0}: {1} is not available: {2}", "{0}: {1} は使用できません: {2}"};
        case Msg::purge_method_line: return {"  {0}: {1}", "  {0}: {1}"};
        case Msg::purge_offered: return {"available", "使用可能"};
        case Msg::hint_purge_use_wipe:
            return {"overwrite it instead: sanitize wipe {0}", "代わりに上書き消去してください: sanitize wipe {0}"};
        case Msg::hint_purge_namespace_scope:
            return {"unmount and release the other namespaces first, or overwrite this namespace only: sanitize wipe {0}",
                    "他の名前空間のマウントと使用を解除してから実行するか、この名前空間だけを上書き消去してください: "
                    "sanitize wipe {0}"};
        case Msg::purge_refused: return {"{0}: {1} refused: {2}", "{0}: {1} を実行できません: {2}"};
        case Msg::hint_security_frozen:
            return {"the drive is frozen by the firmware at power-on; suspend and resume the computer or replug "
                    "the drive, then try again",
                    "ドライブは起動時にファームウェアで凍結されています。コンピューターをスリープから復帰させるか、"
                    "ドライブを接続し直してから再実行してください"};
        case Msg::purge_failed: return {"{0}: {1} failed: {2}", "{0}: {1} は失敗しました: {2}"};
        case Msg::purge_unverified:
            return {"{0}: {1} completed, but the read-back did not pass: {2}",
                    "{0}: {1} は完了しましたが、読み戻しの検証に合格しませんでした: {2}"};
        case Msg::purge_done:
            return {"{0}: purged with {1}; completion observed and read-back passed",
                    "{0}: {1} で消去しました（完了を確認し、読み戻しに合格）"};
        case Msg::purge_progress: return {"{0}: purging, poll {1}, {2} %", "{0}: 消去中、確認 {1} 回目、{2} %"};
        case Msg::col_hidden: return {"HIDDEN", "隠し領域"};
        case Msg::help_devices_probe:
            return {"ask each drive's firmware (read-only commands) for hidden areas, SMART and purge methods",
                    "各ドライブのファームウェアに隠し領域・SMART・パージ方式を問い合わせる（読み取りのみのコマンド）"};
        case Msg::hidden_not_probed: return {"not probed", "未確認"};
        case Msg::label_health: return {"health (SMART)", "健康状態（SMART）"};
        case Msg::health_passed: return {"passed", "正常"};
        case Msg::health_failed: return {"FAILED", "異常"};
        case Msg::health_no_verdict: return {"read, no overall verdict given", "読み取り済み（総合判定なし）"};
        case Msg::health_not_applicable: return {"not applicable: {0}", "対象外: {0}"};
        case Msg::health_unavailable: return {"not available: {0}", "取得できず: {0}"};
        case Msg::help_wipe_reset_hidden:
            return {"before wiping, restore the drive's native size where an HPA or Accessible Max Address hides "
                    "sectors (ATA drives; refused when the state cannot be read)",
                    "消去の前に、HPA や Accessible Max Address で隠された領域を元のサイズに戻す（ATA ドライブ。"
                    "状態を読めない場合は実行しません）"};
        case Msg::help_wipe_restore_dco:
            return {"with --reset-hidden-areas: also undo a DCO (DEVICE CONFIGURATION RESTORE also resets the "
                    "vendor's feature settings)",
                    "--reset-hidden-areas と併用: DCO も解除する（DEVICE CONFIGURATION RESTORE はメーカーの機能設定も"
                    "初期化します）"};
        case Msg::hidden_reset_done:
            return {"{0}: hidden areas restored to the native size ({1} sectors), probed again: none",
                    "{0}: 隠し領域を解除し元のサイズ（{1} セクター）に戻しました。再確認の結果: なし"};
        case Msg::hidden_reset_not_applicable:
            return {"{0}: no hidden areas to reset ({1})", "{0}: 解除する隠し領域はありません（{1}）"};
        case Msg::hidden_reset_refused:
            return {"{0}: hidden areas not reset, nothing wiped: {1}", "{0}: 隠し領域を解除できないため消去しません: {1}"};
        case Msg::hidden_reset_failed:
            return {"{0}: resetting the hidden areas failed, nothing wiped: {1}",
                    "{0}: 隠し領域の解除に失敗したため消去しません: {1}"};
        case Msg::hint_hidden_reset_dco:
            return {"add --restore-dco to undo the DCO (this also resets the vendor's feature settings)",
                    "DCO を解除するには --restore-dco を付けてください（メーカーの機能設定も初期化されます）"};
        case Msg::hint_hidden_reset_unknown:
            return {"the drive's firmware cannot be asked through this connection; connect it by SATA, or wipe "
                    "without --reset-hidden-areas (the report then says unknown)",
                    "この接続ではドライブのファームウェアに問い合わせできません。SATA で接続するか、"
                    "--reset-hidden-areas を付けずに消去してください（レポートには unknown と記録されます）"};
        case Msg::hidden_reset_kernel_stale:
            return {"{0}: the drive now offers its native size, but the system still sees the old size; nothing "
                    "wiped",
                    "{0}: ドライブは元のサイズに戻りましたが、システムはまだ以前のサイズを認識しているため消去しません"};
        case Msg::hint_hidden_reset_replug:
            return {"re-plug the drive (or rescan it) and run the same command again",
                    "ドライブを接続し直す（または再スキャンする）と、同じコマンドを再実行できます"};
        default: return {};
    }
}

namespace {

struct Reason {
    std::string_view code;
    Text text;
};

constexpr std::array<Reason, 32> reasons{{
    {"loop_device", {"a loop device has no drive firmware to ask", "ループデバイスには問い合わせるファームウェアがありません"}},
    {"disk_image", {"a disk image has no drive firmware to ask", "ディスクイメージには問い合わせるファームウェアがありません"}},
    {"partition", {"purges apply to whole drives, not partitions", "パージはパーティションではなくドライブ全体が対象です"}},
    {"not_supported", {"the drive does not support it", "ドライブが対応していません"}},
    {"not_this_transport", {"not a command of this drive's interface", "このドライブのインターフェースのコマンドではありません"}},
    {"security_frozen", {"the security feature set is frozen", "セキュリティ機能が凍結されています"}},
    {"sanitize_frozen", {"sanitize is frozen", "サニタイズが凍結されています"}},
    {"security_password_set", {"a drive password is already set", "ドライブパスワードが既に設定されています"}},
    {"idle_status_without_progress",
     {"the drive reported success without ever being seen at work: not counted",
      "ドライブは処理の様子を見せないまま成功を返しました（成功とはみなしません）"}},
    {"completion_not_observed", {"completion was not observed", "完了を確認できませんでした"}},
    {"sanitize_failed", {"the drive reported the sanitize as failed", "ドライブがサニタイズの失敗を報告しました"}},
    {"command_rejected", {"the drive rejected the command", "ドライブがコマンドを拒否しました"}},
    {"verification_unchanged_data",
     {"sampled ranges still hold their earlier data", "抽出した範囲に以前のデータが残っています"}},
    {"discard_not_supported", {"the device does not support discard", "デバイスが discard に対応していません"}},
    {"identify_failed", {"the drive did not answer IDENTIFY", "ドライブが IDENTIFY に応答しません"}},
    {"erase_unit_failed", {"SECURITY ERASE UNIT failed", "SECURITY ERASE UNIT が失敗しました"}},
    {"dco_restore_not_requested",
     {"a DCO hides sectors and its restore was not asked for", "DCO が領域を隠していますが、解除は指定されていません"}},
    {"hidden_state_unknown",
     {"the hidden-area state could not be read", "隠し領域の状態を読み取れませんでした"}},
    {"set_max_aborted",
     {"the drive refused SET MAX ADDRESS (frozen or locked)", "ドライブが SET MAX ADDRESS を拒否しました（凍結またはロック）"}},
    {"set_accessible_max_aborted",
     {"the drive refused SET ACCESSIBLE MAX ADDRESS (frozen)", "ドライブが SET ACCESSIBLE MAX ADDRESS を拒否しました（凍結）"}},
    {"dco_restore_aborted",
     {"the drive refused DEVICE CONFIGURATION RESTORE (frozen)", "ドライブが DEVICE CONFIGURATION RESTORE を拒否しました（凍結）"}},
    {"still_detected",
     {"a hidden area is still there after the reset", "解除後も隠し領域が残っています"}},
    {"native_max_unknown", {"the drive did not give its native size", "ドライブが本来のサイズを返しませんでした"}},
    {"smart_not_supported", {"the drive does not support SMART", "ドライブが SMART に対応していません"}},
    {"smart_disabled", {"SMART is switched off on the drive", "ドライブの SMART が無効になっています"}},
    {"smart_no_answer", {"the drive gave no SMART status or attributes", "ドライブが SMART の状態も属性も返しませんでした"}},
    {"log_page_rejected", {"the drive refused the SMART / Health log", "ドライブが SMART / Health ログの読み取りを拒否しました"}},
    {"log_page_invalid", {"the SMART / Health log could not be read", "SMART / Health ログを解釈できませんでした"}},
    {"transport_error", {"the command did not reach the drive", "コマンドがドライブに届きませんでした"}},
    {"no_channel", {"the drive could not be opened for commands", "ドライブをコマンド用に開けませんでした"}},
    {"other_namespace_in_use",
     {"it erases the drive's other namespaces too, and one of them is in use",
      "ドライブの他の名前空間も消去されますが、そのうちの一つが使用中です"}},
    {"namespace_unknown", {"the drive did not state the namespace's id", "ドライブが名前空間の ID を返しませんでした"}},
}};

}  // namespace

std::string purge_reason_text(const Messages& messages, std::string_view code) {
    for (const Reason& r : reasons) {
        if (r.code == code) return std::string(messages.lang() == Lang::ja ? r.text.ja : r.text.en);
    }
    return std::string(code);
}

}  // namespace sanitize::cli
