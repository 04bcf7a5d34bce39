// Texts of `sanitize encrypt`, `decrypt` and `keygen`.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text age_help(Msg id) {
    switch (id) {
        case Msg::help_encrypt:
            return {"encrypt a folder for carrying out, in the age v1 format (opens with stock age and tar)",
                    "持ち出すフォルダを age v1 形式で暗号化（標準の age と tar で開けます）"};
        case Msg::help_encrypt_folder: return {"the folder to encrypt", "暗号化するフォルダ"};
        case Msg::help_encrypt_output: return {"the encrypted file to write (NAME.tar.age; must not exist)", "出力する暗号化ファイル（NAME.tar.age、既存不可）"};
        case Msg::help_recipient: return {"encrypt to this age public key (age1...); repeatable", "この age 公開鍵（age1...）宛てに暗号化（複数可）"};
        case Msg::help_recipients_file: return {"encrypt to every age1... line of FILE; repeatable", "FILE の各 age1... 行の宛先に暗号化（複数可）"};
        case Msg::help_encrypt_passphrase:
            return {"encrypt with a passphrase instead (typed twice; or --passphrase-file/--passphrase-fd)",
                    "パスフレーズで暗号化（2 回入力、または --passphrase-file/--passphrase-fd）"};
        case Msg::help_armor: return {"write PEM-armored text instead of binary", "バイナリではなく PEM 形式のテキストで出力"};
        case Msg::help_json_age: return {"print the result as one JSON object", "結果を JSON で出力"};
        case Msg::footer_encrypt:
            return {"Examples:\n"
                    "  sanitize encrypt report/ -o report.tar.age -r age1...\n"
                    "  sanitize encrypt report/ -o report.tar.age --passphrase\n"
                    "The receiver runs: age -d -i key.txt report.tar.age | tar -x",
                    "例:\n"
                    "  sanitize encrypt 報告書/ -o 報告書.tar.age -r age1...\n"
                    "  sanitize encrypt 報告書/ -o 報告書.tar.age --passphrase\n"
                    "受信者は age -d -i key.txt 報告書.tar.age | tar -x で開けます"};
        case Msg::help_decrypt:
            return {"decrypt an age file of a folder; nothing appears unless all of it authenticates",
                    "フォルダの age ファイルを復号（全体の認証に成功した場合のみ展開）"};
        case Msg::help_decrypt_input: return {"the age file (binary or armored)", "age ファイル（バイナリまたは PEM 形式）"};
        case Msg::help_decrypt_output: return {"the folder to create with the contents (must not exist)", "展開先として作成するフォルダ（既存不可）"};
        case Msg::help_identity: return {"an identity file (AGE-SECRET-KEY-1...); repeatable", "秘密鍵ファイル（AGE-SECRET-KEY-1...、複数可）"};
        case Msg::footer_decrypt:
            return {"Without -i the passphrase is asked for. A file that does not authenticate leaves nothing behind (exit 4).",
                    "-i がなければパスフレーズを尋ねます。認証できないファイルからは何も展開しません（終了コード 4）。"};
        case Msg::help_keygen: return {"make an age identity (key pair) file, as age-keygen does", "age-keygen と同じ形式の age 鍵ファイルを作成"};
        case Msg::help_carry_out_no_ledger:
            return {"encrypt without a carry-out record in the ledger", "台帳に持ち出し記録を残さずに暗号化"};
        case Msg::help_carry_out_asset: return {"asset ID of the data in the ledger", "台帳上の資産 ID"};
        case Msg::help_carry_out_classification:
            return {"level of the data (default: the asset's): 0 public, 1 confidential, 2 strictly confidential",
                    "データの機密区分（既定: 資産の区分）: 0 公開、1 社外秘、2 極秘"};
        case Msg::help_approver: return {"who approved the carry-out (level 1 and 2)", "持ち出しの承認者（区分 1・2）"};
        case Msg::help_approver_title:
            return {"the approver's title: department_head (enough for level 1) or representative_director (level 2)",
                    "承認者の役職: department_head（部門長、区分 1）または representative_director（代表取締役、区分 2）"};
        case Msg::help_medium_serial: return {"serial number of the medium the data leaves on", "持ち出す媒体のシリアル番号"};
        case Msg::help_carry_out: return {"record media coming back", "媒体の返却を記録"};
        case Msg::help_carry_out_return: return {"record that a carried-out medium came back", "持ち出した媒体が戻ったことを記録"};
        case Msg::help_return_remarks: return {"remarks for the record", "記録の備考"};
        case Msg::help_keygen_output: return {"the identity file to write (mode 0600; must not exist)", "作成する鍵ファイル（モード 0600、既存不可）"};
        default: return {};
    }
}

Text age_results(Msg id) {
    switch (id) {
        case Msg::age_needs_recipient:
            return {"give a recipient with -r age1... or -R FILE, or use --passphrase",
                    "-r age1... または -R FILE で宛先を指定するか、--passphrase を使ってください"};
        case Msg::age_bad_recipient: return {"{0}: not an age recipient: {1}", "{0}: age の宛先ではありません: {1}"};
        case Msg::age_passphrase_prompt: return {"passphrase for {0}: ", "{0} のパスフレーズ: "};
        case Msg::age_encrypted: return {"{0} -> {1}: {2} entries, {3}", "{0} -> {1}: {2} 項目、{3}"};
        case Msg::age_decrypted: return {"{0} -> {1}: {2} entries, {3}", "{0} -> {1}: {2} 項目、{3}"};
        case Msg::age_tampered:
            return {"{0}: the file is corrupted or was tampered with; nothing was extracted",
                    "{0}: ファイルが破損しているか改ざんされています。何も展開していません"};
        case Msg::hint_age_tampered:
            return {"ask the sender for the file again", "送信者にファイルを再送してもらってください"};
        case Msg::age_no_identity:
            return {"{0}: no identity or passphrase given opens this file", "{0}: 指定された鍵またはパスフレーズでは開けません"};
        case Msg::hint_age_identity:
            return {"give the receiver's key with -i FILE, or the passphrase", "受信者の鍵を -i FILE で、またはパスフレーズを指定してください"};
        case Msg::age_keygen_written: return {"identity written: {0}", "鍵ファイルを作成しました: {0}"};
        case Msg::age_keygen_public: return {"public key: {0}", "公開鍵: {0}"};
        case Msg::carry_out_recorded: return {"carry-out recorded in the ledger (event {0})", "持ち出しを台帳に記録しました（イベント {0}）"};
        case Msg::carry_out_not_recorded:
            return {"the carry-out could not be recorded, so the encrypted file was removed: {0}",
                    "持ち出しを台帳に記録できなかったため、暗号化ファイルを削除しました: {0}"};
        case Msg::carry_out_needs_level:
            return {"give the level with --classification 0|1|2, or the asset with --asset",
                    "--classification 0|1|2 で機密区分を、または --asset で資産を指定してください"};
        case Msg::carry_out_returned: return {"return recorded in the ledger (event {0})", "返却を台帳に記録しました（イベント {0}）"};
        default: return {};
    }
}

}  // namespace

Text age_texts(Msg id) {
    Text text = age_help(id);
    return text.en.empty() ? age_results(id) : text;
}

}  // namespace sanitize::cli
