// Texts of `sanitize attach`.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text attach_help(Msg id) {
    switch (id) {
        case Msg::help_attach:
            return {"make a password-protected ZIP (AES-256) for an e-mail attachment, or --check one",
                    "メール添付用のパスワード付き ZIP（AES-256）を作成、または --check で確認"};
        case Msg::help_attach_inputs: return {"files and folders to put in the archive", "格納するファイルとフォルダ"};
        case Msg::help_attach_output: return {"the archive to write (must not exist)", "作成する ZIP（既存のファイルは不可）"};
        case Msg::help_attach_check:
            return {"check that every entry of this ZIP is AES-256 encrypted and opens with the password",
                    "この ZIP のすべての項目が AES-256 で暗号化され、パスワードで開けることを確認"};
        case Msg::help_password_file:
            return {"use the password in the first line of FILE (default: a generated one)",
                    "FILE の 1 行目のパスワードを使う（既定: 自動生成）"};
        case Msg::help_password_fd:
            return {"use the password read as one line from descriptor N", "ファイル記述子 N から 1 行読んだパスワードを使う"};
        case Msg::help_ask_password:
            return {"type the password at the terminal instead of generating one", "パスワードを生成せず端末で入力する"};
        case Msg::help_hide_names:
            return {"hide file names and sizes too (one inner archive inside the encrypted one)",
                    "ファイル名とサイズも隠す（暗号化 ZIP の中に内側の ZIP を 1 つ格納）"};
        case Msg::help_attach_to: return {"whom the attachment is for (recorded in the ledger)", "送付先（台帳に記録）"};
        case Msg::help_attach_classification:
            return {"classification of the contents: 0 public, 1 confidential, 2 strictly confidential",
                    "内容の機密区分: 0 公開、1 社外秘、2 極秘"};
        case Msg::help_attach_asset: return {"asset ID of the contents in the ledger", "内容の台帳上の資産 ID"};
        case Msg::help_attach_compression:
            return {"auto (deflate, except data already compressed), deflate or store",
                    "auto（圧縮済みデータ以外を deflate）、deflate、store"};
        case Msg::help_legacy_zipcrypto:
            return {"use the broken traditional ZIP encryption (only for a receiver who cannot open AES; recorded)",
                    "脆弱な従来型 ZIP 暗号を使う（AES を開けない受信者向けのみ。台帳に記録）"};
        case Msg::help_attach_no_ledger:
            return {"make the archive without a disclosure record", "台帳に送付記録を残さずに作成"};
        case Msg::help_json_attach: return {"print the result as one JSON object", "結果を JSON で出力"};
        case Msg::footer_attach:
            return {"Examples:\n"
                    "  sanitize attach quote.pdf documents/ -o quote.zip --to \"Sato, A Corp.\" --classification 1\n"
                    "  sanitize attach --check quote.zip --password-file pw.txt\n"
                    "Tell the password by phone, never in a second e-mail. Better still, when the receiver has\n"
                    "age: sanitize encrypt FOLDER -r age1... (no password to pass on at all).",
                    "例:\n"
                    "  sanitize attach 見積書.pdf 資料/ -o 見積書.zip --to \"A社 佐藤様\" --classification 1\n"
                    "  sanitize attach --check 見積書.zip --password-file pw.txt\n"
                    "パスワードは電話で伝え、別のメールでは送らないでください。受信者が age を使えるなら\n"
                    "sanitize encrypt FOLDER -r age1... の方が安全です（パスワードの受け渡しが不要）。"};
        default: return {};
    }
}

Text attach_results(Msg id) {
    switch (id) {
        case Msg::attach_needs_output: return {"give the archive to write with -o OUT.zip", "作成する ZIP を -o OUT.zip で指定してください"};
        case Msg::attach_needs_inputs: return {"give the files or folders to put in the archive", "格納するファイルまたはフォルダを指定してください"};
        case Msg::password_prompt: return {"password for {0}: ", "{0} のパスワード: "};
        case Msg::password_refused_short:
            return {"password refused: {0} characters; the policy asks for at least {1}",
                    "パスワードを受け付けません: {0} 文字です（規程では {1} 文字以上）"};
        case Msg::password_refused_classes:
            return {"password refused: it has no {0}; the policy asks for upper and lower case letters, digits and symbols",
                    "パスワードを受け付けません: {0}がありません（規程では英大文字・英小文字・数字・記号をすべて含む）"};
        case Msg::password_refused_dictionary:
            return {"password refused: it contains a dictionary word ({0} characters long)",
                    "パスワードを受け付けません: 辞書にある単語（{0} 文字）を含んでいます"};
        case Msg::password_refused_guessable:
            return {"password refused: too easy to guess (about {0} bits; at least {1} needed)",
                    "パスワードを受け付けません: 推測されやすすぎます（約 {0} ビット、{1} ビット以上が必要）"};
        case Msg::password_refused_characters:
            return {"password refused: it holds a control character or is not UTF-8",
                    "パスワードを受け付けません: 制御文字を含むか UTF-8 ではありません"};
        case Msg::hint_password_generated:
            return {"leave out --password-file to get a generated password that meets the policy",
                    "--password-file を省くと規程を満たすパスワードを自動生成します"};
        case Msg::class_upper: return {"upper-case letter", "英大文字"};
        case Msg::class_lower: return {"lower-case letter", "英小文字"};
        case Msg::class_digit: return {"digit", "数字"};
        case Msg::class_symbol: return {"symbol", "記号"};
        case Msg::attach_legacy_warning:
            return {"traditional ZIP encryption is broken: anyone who knows part of a file (a PDF header is enough) "
                    "can read the whole archive; this is recorded",
                    "従来型 ZIP 暗号は破られています: ファイルの一部（PDF のヘッダーで十分）を知る人は全体を読めます。"
                    "この使用は記録されます"};
        case Msg::attach_written:
            return {"{0}: {1} entries, {2}, AES-256 (AE-2), checked: every entry opens with the password",
                    "{0}: {1} 項目、{2}、AES-256（AE-2）。全項目がパスワードで開けることを確認しました"};
        case Msg::attach_password_header: return {"password (shown once):", "パスワード（一度だけ表示）:"};
        case Msg::attach_password_note:
            return {"tell it to the receiver by phone; it is not stored anywhere",
                    "受信者に電話で伝えてください。どこにも保存されません"};
        case Msg::attach_recorded:
            return {"disclosure recorded in the ledger (event {0})", "送付記録を台帳に記録しました（イベント {0}）"};
        case Msg::attach_checked:
            return {"{0}: {1} entries, every one AES-256 (AE-2) without CRC, and opens with the password",
                    "{0}: {1} 項目。すべて CRC なしの AES-256（AE-2）で、パスワードで開けます"};
        case Msg::attach_not_recorded:
            return {"the archive was made but not recorded in the ledger: {0}",
                    "ZIP は作成しましたが、台帳に記録できませんでした: {0}"};
        default: return {};
    }
}

}  // namespace

Text attach_texts(Msg id) {
    Text text = attach_help(id);
    return text.en.empty() ? attach_results(id) : text;
}

}  // namespace sanitize::cli
