// Texts of --help: option descriptions, examples and CLI11's own labels.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text descriptions(Msg id) {
    switch (id) {
        case Msg::help_app:
            return {"Verified wiping of disks, USB sticks and disk images", "ディスク・USB メモリ・ディスクイメージの検証付き消去"};
        case Msg::help_lang:
            return {"language of messages: ja or en (default: from LC_ALL, LC_MESSAGES, LANG)",
                    "メッセージの言語: ja または en（既定: LC_ALL、LC_MESSAGES、LANG から判定）"};
        case Msg::help_verbose:
            return {"print diagnostics (direct I/O fallback, bad sectors, retries) on stderr",
                    "診断情報（ダイレクト I/O の切り替え、不良セクタ、再試行）を標準エラーに出力"};
        case Msg::help_version: return {"print the version and exit", "バージョンを表示して終了"};
        case Msg::version_line: return {"{0} {1} (commit {2})", "{0} {1}（コミット {2}）"};
        case Msg::version_no_commit:
            return {"{0} {1} (commit unknown: built without git)", "{0} {1}（コミット不明: git なしでビルド）"};
        case Msg::help_help: return {"print this help and exit", "このヘルプを表示して終了"};
        case Msg::help_devices:
            return {"list the disks with their identity and state", "ディスクの一覧を識別情報と状態付きで表示"};
        case Msg::help_json_devices: return {"print one JSON array instead of the table", "表の代わりに JSON 配列を出力"};
        case Msg::help_wipe:
            return {"overwrite targets completely, verify and report", "対象全体を上書きし、検証して報告"};
        case Msg::help_targets:
            return {"block devices (/dev/sdb) or disk image files; several are wiped in parallel",
                    "ブロックデバイス（/dev/sdb）またはディスクイメージファイル。複数指定すると並行して消去"};
        case Msg::help_method:
            return {"zero, random, nist-clear, dod-3, gutmann or custom:HEX[,HEX|random]...",
                    "zero、random、nist-clear、dod-3、gutmann、custom:HEX[,HEX|random]..."};
        case Msg::help_verify:
            return {"none, last, all or sample:P (P from 10 to 100)", "none、last、all、sample:P（P は 10〜100）"};
        case Msg::help_blank:
            return {"finish with a zero pass, so that anyone can re-verify the medium",
                    "最後にゼロを書き込み、誰でも媒体を再検証できるようにする"};
        case Msg::help_json_wipe:
            return {"print one JSON report per target and line on stdout", "対象ごとに 1 行の JSON レポートを標準出力に出力"};
        case Msg::help_json_progress:
            return {"with --json: also print progress objects on stdout, one per line (for a front end)",
                    "--json と併用: 進捗オブジェクトも 1 行ずつ標準出力に出力（フロントエンド用）"};
        case Msg::help_stdin_cancels:
            return {"stop as on SIGTERM when stdin is closed (for a front end running this as root)",
                    "標準入力が閉じられたら SIGTERM と同様に停止（root で起動するフロントエンド用）"};
        case Msg::help_yes:
            return {"do not ask; block devices also need --confirm", "確認を省略（ブロックデバイスには --confirm も必要）"};
        case Msg::help_confirm:
            return {"the serial (else the kernel name) of a block device; once per block device, in the order of the targets",
                    "ブロックデバイスのシリアル番号（なければカーネル名）。ブロックデバイス 1 台につき 1 回、対象と同じ順で指定"};
        case Msg::help_generator:
            return {"random data generator: auto, aes or chacha20", "乱数生成器: auto、aes、chacha20"};
        case Msg::help_workers:
            return {"I/O threads per target (0: one per core)", "対象ごとの I/O スレッド数（0: コア数）"};
        case Msg::help_verify_media:
            return {"check that a medium holds only zeros or one byte value (read-only)",
                    "媒体がゼロまたは指定した 1 バイト値だけを含むか確認（読み取り専用）"};
        case Msg::help_target: return {"block device or disk image file", "ブロックデバイスまたはディスクイメージファイル"};
        case Msg::help_expect: return {"zero or byte:HH", "zero または byte:HH"};
        case Msg::help_sample:
            return {"read a NIST SP 800-88 sample of P percent (10 to 100) instead of everything",
                    "全域ではなく NIST SP 800-88 に従い P %（10〜100）を抽出して読む"};
        case Msg::help_json_check: return {"print the result as one JSON object", "結果を JSON オブジェクトで出力"};
        default: return {};
    }
}

Text footers_and_labels(Msg id) {
    switch (id) {
        case Msg::footer_app:
            return {"Run 'sanitize COMMAND --help' for a command's options and examples.\n"
                    "Exit codes: 0 ok, 1 failed, 2 usage, 3 refused for safety, 4 integrity failure, 130 interrupted.",
                    "各コマンドのオプションと例は 'sanitize COMMAND --help' で表示されます。\n"
                    "終了コード: 0 成功、1 失敗、2 使い方の誤り、3 安全のため拒否、4 完全性の検証失敗、130 中断。"};
        case Msg::footer_devices:
            return {"Examples:\n  sanitize devices\n  sanitize devices --json",
                    "例:\n  sanitize devices\n  sanitize devices --json"};
        case Msg::footer_wipe:
            return {"Examples:\n"
                    "  sanitize wipe /dev/sdb\n"
                    "  sanitize wipe --method nist-clear --verify all /dev/sdb\n"
                    "  sanitize wipe --yes --confirm WD-WCC4E1234567 --json /dev/sdb\n"
                    "  sanitize wipe --yes --confirm SERIAL1 --confirm SERIAL2 /dev/sdb /dev/sdc\n"
                    "  sanitize wipe --yes --method zero disk.img\n"
                    "\n"
                    "Without --yes, each block device is confirmed by typing its serial (else its\n"
                    "kernel name) at the terminal. Ctrl-C stops between chunks and prints the report.\n"
                    "Exit codes: 0 all erased, 1 failed or exceptions, 2 usage, 3 refused, 130 interrupted.",
                    "例:\n"
                    "  sanitize wipe /dev/sdb\n"
                    "  sanitize wipe --method nist-clear --verify all /dev/sdb\n"
                    "  sanitize wipe --yes --confirm WD-WCC4E1234567 --json /dev/sdb\n"
                    "  sanitize wipe --yes --confirm SERIAL1 --confirm SERIAL2 /dev/sdb /dev/sdc\n"
                    "  sanitize wipe --yes --method zero disk.img\n"
                    "\n"
                    "--yes がない場合、ブロックデバイスごとに端末でシリアル番号（なければカーネル名）を\n"
                    "入力して確認します。Ctrl-C で処理を区切りの良いところで止め、レポートを表示します。\n"
                    "終了コード: 0 すべて消去、1 失敗または例外あり、2 使い方の誤り、3 拒否、130 中断。"};
        case Msg::footer_verify_media:
            return {"Examples:\n"
                    "  sanitize verify-media /dev/sdb --expect zero\n"
                    "  sanitize verify-media /dev/sdb --expect byte:ff --sample 10\n"
                    "\n"
                    "Exit codes: 0 matches, 1 does not match or failed, 2 usage, 130 interrupted.",
                    "例:\n"
                    "  sanitize verify-media /dev/sdb --expect zero\n"
                    "  sanitize verify-media /dev/sdb --expect byte:ff --sample 10\n"
                    "\n"
                    "終了コード: 0 一致、1 不一致または失敗、2 使い方の誤り、130 中断。"};
        case Msg::label_usage: return {"Usage", "使い方"};
        case Msg::label_options_upper: return {"OPTIONS", "オプション"};
        case Msg::label_positionals: return {"Positionals", "引数"};
        case Msg::label_options: return {"Options", "オプション"};
        case Msg::label_subcommands: return {"Commands", "コマンド"};
        case Msg::label_subcommand_upper: return {"COMMAND", "コマンド"};
        case Msg::label_required: return {"REQUIRED", "必須"};
        case Msg::label_needs: return {"Needs", "必要"};
        case Msg::label_excludes: return {"Excludes", "排他"};
        default: return {};
    }
}

}  // namespace

Text help_texts(Msg id) {
    Text text = descriptions(id);
    return text.en.empty() ? footers_and_labels(id) : text;
}

}  // namespace sanitize::cli
