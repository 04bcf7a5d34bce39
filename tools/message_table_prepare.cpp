// Texts of `sanitize prepare`.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text prepare_help(Msg id) {
    switch (id) {
        case Msg::help_prepare:
            return {"prepare a USB stick for carrying data out: verified wipe and certificate, FAT32, encrypted folder, read-back check, ledger record",
                    "持ち出し用 USB メモリを準備: 検証付き消去と証明書、FAT32、フォルダの暗号化、読み戻し確認、台帳への記録"};
        case Msg::help_prepare_device: return {"the stick: a whole disk such as /dev/sdb", "USB メモリ（/dev/sdb のようなディスク全体）"};
        case Msg::help_prepare_folder: return {"the folder to carry out, encrypted onto the stick", "持ち出すフォルダ（暗号化して書き込みます）"};
        case Msg::help_prepare_verify:
            return {"verification of the wipe: last, all or sample:P (never none)", "消去の検証: last、all、sample:P（none は不可）"};
        case Msg::help_prepare_file_system:
            return {"file system of the stick: fat32 (exfat is not offered yet)", "USB メモリのファイルシステム: fat32（exfat はまだ使えません）"};
        case Msg::help_prepare_label: return {"volume label (up to 11 of A-Z 0-9 _ -)", "ボリュームラベル（A-Z 0-9 _ - で 11 文字まで）"};
        case Msg::help_prepare_confirm:
            return {"with --yes: the stick's serial (or name) as `sanitize devices` shows it", "--yes と併用: `sanitize devices` が示す USB メモリのシリアル（または名前）"};
        case Msg::help_json_prepare: return {"print the result as one JSON object", "結果を JSON で出力"};
        case Msg::footer_prepare:
            return {"Example:\n"
                    "  sanitize prepare /dev/sdb --folder report/ -r age1... --asset A-001 \\\n"
                    "      --approver 'Sato' --approver-title department_head\n"
                    "The stick then holds report.tar.age and README-DECRYPT.txt; the receiver runs:\n"
                    "  age -d -i KEYFILE report.tar.age | tar -x\n"
                    "A ledger is required: the carry-out is recorded there with the wipe certificate.",
                    "例:\n"
                    "  sanitize prepare /dev/sdb --folder 報告書/ -r age1... --asset A-001 \\\n"
                    "      --approver '佐藤' --approver-title department_head\n"
                    "USB メモリには 報告書.tar.age と README-DECRYPT.txt が入ります。受信者は次で開けます:\n"
                    "  age -d -i KEYFILE 報告書.tar.age | tar -x\n"
                    "台帳が必要です。持ち出しは消去証明書とともに台帳に記録されます。"};
        default: return {};
    }
}

Text prepare_refusals(Msg id) {
    switch (id) {
        case Msg::prepare_needs_ledger:
            return {"prepare needs a ledger: the policy asks for a record of every carry-out", "prepare には台帳が必要です（規程により持ち出しはすべて記録します）"};
        case Msg::hint_prepare_needs_ledger:
            return {"name one with --ledger or SANITIZE_LEDGER, or create one with `sanitize ledger init`",
                    "--ledger か SANITIZE_LEDGER で台帳を指定するか、`sanitize ledger init` で作成してください"};
        case Msg::prepare_exfat_unsupported:
            return {"exfat is not offered: no tool can write files into exFAT without mounting it, and the stick is never mounted",
                    "exfat は使えません: マウントせずに exFAT へファイルを書き込めるツールがなく、USB メモリはマウントしません"};
        case Msg::hint_prepare_exfat:
            return {"use --file-system fat32 (files up to 4 GiB), or split the folder", "--file-system fat32（1 ファイル 4 GiB まで）を使うか、フォルダを分けてください"};
        case Msg::prepare_verify_none:
            return {"prepare always verifies the wipe: --verify none is not accepted", "prepare は必ず消去を検証します: --verify none は指定できません"};
        case Msg::prepare_missing_program: return {"{0} is not installed", "{0} がインストールされていません"};
        case Msg::hint_prepare_install: return {"install the Debian package {0} (apt-get install {0})", "Debian パッケージ {0} をインストールしてください（apt-get install {0}）"};
        case Msg::prepare_too_large_fat32:
            return {"{0}: the archive would be larger than FAT32 holds in one file (4 GiB)",
                    "{0}: 暗号化ファイルが FAT32 の 1 ファイルの上限（4 GiB）を超えます"};
        case Msg::prepare_too_large_stick:
            return {"{0}: the archive would not fit on {1} ({2})", "{0}: 暗号化ファイルが {1}（{2}）に収まりません"};
        case Msg::hint_prepare_too_large:
            return {"nothing was written; carry less data, or use a larger stick", "何も書き込んでいません。データを減らすか、より大きな USB メモリを使ってください"};
        case Msg::prepare_bad_label:
            return {"{0}: not a volume label (up to 11 of A-Z 0-9 _ -)", "{0}: ボリュームラベルとして使えません（A-Z 0-9 _ - で 11 文字まで）"};
        default: return {};
    }
}

Text prepare_progress(Msg id) {
    switch (id) {
        case Msg::prepare_step_wipe: return {"wipe and verify", "消去と検証"};
        case Msg::prepare_step_certify: return {"certificate", "消去証明書"};
        case Msg::prepare_step_format: return {"file system", "ファイルシステム作成"};
        case Msg::prepare_step_write_archive: return {"encrypt onto the stick", "暗号化して書き込み"};
        case Msg::prepare_step_write_readme: return {"note for the receiver", "受信者向けの説明"};
        case Msg::prepare_step_check_archive: return {"read back and authenticate", "読み戻して認証"};
        case Msg::prepare_step_record: return {"carry-out record", "持ち出しの記録"};
        case Msg::prepare_step_line: return {"[{0}/{1}] {2}", "[{0}/{1}] {2}"};
        case Msg::prepare_step_done: return {"[{0}/{1}] {2}: done ({3})", "[{0}/{1}] {2}: 完了（{3}）"};
        case Msg::prepare_step_failed: return {"[{0}/{1}] {2}: failed ({3})", "[{0}/{1}] {2}: 失敗（{3}）"};
        default: return {};
    }
}

Text prepare_results(Msg id) {
    switch (id) {
        case Msg::prepare_failed: return {"{0} failed: {1}", "{0}に失敗しました: {1}"};
        case Msg::prepare_emptied:
            return {"the stick was wiped and certified and now holds an empty file system; nothing was recorded as carried out",
                    "USB メモリは消去・証明済みで、空のファイルシステムだけが入っています。持ち出しは記録していません"};
        case Msg::prepare_not_emptied:
            return {"the stick could not be emptied again: wipe it before use; nothing was recorded as carried out",
                    "USB メモリを空に戻せませんでした。使う前に消去してください。持ち出しは記録していません"};
        case Msg::prepare_nothing_recorded:
            return {"nothing was written to the stick after the wipe and nothing was recorded as carried out",
                    "消去の後は何も書き込まず、持ち出しも記録していません"};
        case Msg::prepare_ready: return {"{0} is ready ({1}, label {2}):", "{0} の準備ができました（{1}、ラベル {2}）:"};
        case Msg::prepare_file_line: return {"  {0}  {1}", "  {0}  {1}"};
        case Msg::prepare_checked:
            return {"  archive read back from the stick and authenticated to its end (SHA-256 {0})",
                    "  暗号化ファイルを USB メモリから読み戻し、最後まで認証しました（SHA-256 {0}）"};
        case Msg::prepare_certificate: return {"  wipe certificate: {0} (ledger event {1})", "  消去証明書: {0}（台帳イベント {1}）"};
        case Msg::prepare_recorded: return {"  carry-out recorded in the ledger (event {0})", "  持ち出しを台帳に記録しました（イベント {0}）"};
        default: return {};
    }
}

}  // namespace

Text prepare_texts(Msg id) {
    for (auto* part : {prepare_help, prepare_refusals, prepare_progress, prepare_results}) {
        Text text = part(id);
        if (!text.en.empty()) return text;
    }
    return {};
}

}  // namespace sanitize::cli
