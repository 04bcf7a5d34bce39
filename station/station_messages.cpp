#include "station_messages.hpp"

namespace sanitize::station_ui {

Pair text_of(Text id) {
    switch (id) {
        case Text::title: return {"sanitize boot-and-wipe station {0}", "sanitize 消去ステーション {0}"};
        case Text::pc_line: return {"PC: {0} {1}   serial: {2}   asset tag: {3}", "PC: {0} {1}   シリアル: {2}   資産タグ: {3}"};
        case Text::pc_uuid: return {"    UUID: {0}", "    UUID: {0}"};
        case Text::no_disks: return {"no disks found (the boot stick is not listed)", "ディスクがありません（起動用 USB メモリは表示しません）"};
        // Column titles, '|' between them: the screen pads each to its column's width.
        case Text::disk_header: return {"#|device|size|bus|model|serial|SMART|hidden", "#|デバイス|容量|接続|型番|シリアル|SMART|隠し領域"};
        case Text::stick_excluded: return {"the boot stick ({0}) is never listed or wiped", "起動用 USB メモリ（{0}）は表示も消去もしません"};
        case Text::not_internal: return {"external", "外付け"};
        case Text::no_data_partition: return {"no data partition: {0}", "データ領域がありません: {0}"};
        case Text::hint_data_partition:
            return {"the station keeps its keys, settings and evidence on the stick's data partition (docs/station.md); nothing was wiped",
                    "ステーションは鍵・設定・証拠を USB メモリのデータ領域に置きます（docs/station.md）。何も消去していません"};
        case Text::settings_problem: return {"station.conf line {0}: {1} '{2}': {3}", "station.conf {0} 行目: {1} '{2}': {3}"};
        case Text::outbox_failed: return {"the ledger outbox cannot be opened: {0}", "台帳（送信待ち）を開けません: {0}"};
        case Text::disks_failed: return {"the disks cannot be listed: {0}", "ディスク一覧を取得できません: {0}"};
        case Text::unattended_start: return {"unattended mode: PCs on the signed list are wiped without asking", "無人モード: 署名済み一覧にある PC は確認なしで消去します"};
        case Text::unattended_refused_list: return {"unattended mode refused, nothing wiped: the signed list of PCs: {0}",
                                                    "無人モードを中止し、何も消去していません: 署名済み PC 一覧: {0}"};
        case Text::unattended_not_listed: return {"this PC (serial {0}) is not on the signed list: nothing wiped", "この PC（シリアル {0}）は署名済み一覧にありません。何も消去していません"};
        case Text::unattended_no_serial: return {"this PC's firmware gives no serial number: nothing wiped", "この PC のファームウェアにシリアル番号がありません。何も消去していません"};
        case Text::unattended_no_disks: return {"this PC has no internal disk that may be wiped", "この PC には消去できる内蔵ディスクがありません"};
        case Text::passphrase_prompt: return {"passphrase of the operator key: ", "作業者鍵のパスフレーズ: "};
        case Text::passphrase_wrong: return {"wrong passphrase", "パスフレーズが違います"};
        case Text::key_failed: return {"the operator key cannot be used: {0}", "作業者鍵を使えません: {0}"};
        case Text::asset_prompt: return {"asset number of this PC (Enter: none, or a number from the list): ", "この PC の資産番号（Enter: なし、または一覧の番号）: "};
        case Text::asset_none: return {"no assets in the ledger", "台帳に資産がありません"};
        case Text::asset_list: return {"  {0}) {1}  {2}", "  {0}) {1}  {2}"};
        case Text::disks_prompt: return {"disks to wipe (Enter: {0}; or numbers separated by blanks): ", "消去するディスク（Enter: {0}、または番号を空白区切りで）: "};
        case Text::disks_bad_choice: return {"not a disk that may be wiped: {0}", "消去できるディスクではありません: {0}"};
        case Text::method_line: return {"method: {0}, verification: {1}", "方式: {0}、検証: {1}"};
        case Text::confirm_prompt: return {"type the PC's identifier '{0}' to wipe {1} disk(s): ", "{1} 台のディスクを消去するには PC の識別子 '{0}' を入力: "};
        case Text::confirm_mismatch: return {"'{0}' is not '{1}'", "'{0}' は '{1}' と一致しません"};
        case Text::nothing_wiped: return {"nothing was wiped", "何も消去していません"};
        case Text::wiping: return {"wiping {0} disk(s) in parallel", "{0} 台のディスクを並行して消去中"};
        case Text::progress_line: return {"{0:<8} pass {1}/{2} {3:<9} {4:>5.1f} %  {5}", "{0:<8} パス {1}/{2} {3:<9} {4:>5.1f} %  {5}"};
        case Text::disk_done: return {"{0}: {1}", "{0}: {1}"};
        case Text::disk_not_started: return {"{0}: not started: {1}", "{0}: 開始できません: {1}"};
        case Text::certificate_line: return {"    certificate {0}", "    証明書 {0}"};
        case Text::certify_failed: return {"    no certificate: {0}", "    証明書を発行できません: {0}"};
        case Text::summary_written: return {"summary: {0}", "一覧: {0}"};
        case Text::summary_failed: return {"the summary could not be written: {0}", "一覧を書き出せません: {0}"};
        case Text::evidence_in: return {"evidence on the stick: {0}", "証拠（USB メモリ）: {0}"};
        case Text::all_erased: return {"every disk erased", "すべてのディスクを消去しました"};
        case Text::not_all_erased: return {"not every disk was erased: see above", "消去できなかったディスクがあります（上記参照）"};
        case Text::power_off_prompt: return {"press Enter to power off", "Enter キーで電源を切ります"};
        case Text::resuming: return {"    resumed from the checkpoint of an interrupted wipe", "    中断した消去をチェックポイントから再開しました"};
        case Text::refused_by_ledger: return {"refused before any disk was touched: {0}", "ディスクに触れる前に中止しました: {0}"};
        case Text::count_: break;
    }
    return {"", ""};
}

}  // namespace sanitize::station_ui
