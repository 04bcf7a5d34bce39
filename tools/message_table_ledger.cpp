// Texts of the key, ledger, asset and report commands.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text results(Msg id) {
    switch (id) {
        case Msg::key_created:
            return {"key id: {0}\nsecret key: {1}\npublic key: {2}", "鍵 ID: {0}\n秘密鍵: {1}\n公開鍵: {2}"};
        case Msg::key_no_ledger: return {"ledger: {0}", "台帳: {0}"};
        case Msg::key_not_registered: return {"not registered in {0}", "{0} に登録されていません"};
        case Msg::key_registered:
            return {"key {0} registered for {1} as {2} (event {3})", "鍵 {0} を {1}（{2}）として登録しました（イベント {3}）"};
        case Msg::key_registered_at: return {"event {0}", "イベント {0}"};
        case Msg::key_revoked: return {"key {0} revoked (event {1})", "鍵 {0} を失効させました（イベント {1}）"};
        case Msg::key_revoked_at: return {"yes, at event {0}", "はい（イベント {0}）"};
        case Msg::key_unknown: return {"key {0} is not registered in {1}", "鍵 {0} は {1} に登録されていません"};
        case Msg::key_validity: return {"{0} to {1}", "{0} から {1} まで"};
        case Msg::key_validity_open: return {"from {0}, without end", "{0} から（期限なし）"};
        case Msg::key_not_accepted:
            return {"the ledger does not accept key {0} for this: {1}", "台帳はこの操作に鍵 {0} を受け付けません: {1}"};
        case Msg::label_key_id: return {"key id", "鍵 ID"};
        case Msg::label_key_public: return {"public key", "公開鍵"};
        case Msg::label_key_file: return {"file", "ファイル"};
        case Msg::label_key_name: return {"name", "氏名"};
        case Msg::label_key_role: return {"role", "役割"};
        case Msg::label_key_valid: return {"valid", "有効期間"};
        case Msg::label_key_registered: return {"registered", "登録"};
        case Msg::label_key_revoked: return {"revoked", "失効"};
        case Msg::ledger_created:
            return {"ledger created: {0}\nledger id: {1}\nroot key: {2}", "台帳を作成しました: {0}\n台帳 ID: {1}\nルート鍵: {2}"};
        case Msg::ledger_exists: return {"a ledger already exists at {0}", "{0} には既に台帳があります"};
        case Msg::ledger_verified:
            return {"ledger OK: {0} events checked, head at event {1} (hash {2})",
                    "台帳は正常です: {0} 件のイベントを検証しました。最新はイベント {1}（ハッシュ {2}）"};
        case Msg::ledger_bad_event:
            return {"{0}: event {1} fails verification: {2}{3}", "{0}: イベント {1} の検証に失敗しました: {2}{3}"};
        case Msg::ledger_bad: return {"{0}: verification failed: {1}{2}", "{0}: 検証に失敗しました: {1}{2}"};
        case Msg::ledger_exported: return {"{0} events written to {1}", "{0} 件のイベントを {1} に書き出しました"};
        case Msg::ledger_no_events: return {"no events", "イベントはありません"};
        case Msg::ledger_verify_progress: return {"verifying: {0} / {1} events", "検証中: {0} / {1} 件のイベント"};
        case Msg::refuse_overwrite: return {"{0} already exists", "{0} は既に存在します"};
        case Msg::bad_validity_time: return {"invalid {0} '{1}'", "{0} '{1}' が不正です"};
        case Msg::bad_utc_offset: return {"invalid --utc-offset '{0}'", "--utc-offset '{0}' が不正です"};
        case Msg::my_number_in_field:
            return {"the field {0} holds a My Number (individual number): the ledger never stores one",
                    "項目 {0} にマイナンバー（個人番号）が含まれています: 台帳には保存できません"};
        case Msg::my_number_in_csv:
            return {"{0}: {1} holds a My Number (individual number): the ledger never stores one; nothing was imported",
                    "{0}: {1} にマイナンバー（個人番号）が含まれています: 台帳には保存できないため、何も取り込んでいません"};
        case Msg::asset_registered: return {"asset {0} registered (event {1})", "資産 {0} を登録しました（イベント {1}）"};
        case Msg::asset_updated: return {"asset {0} updated (event {1})", "資産 {0} を更新しました（イベント {1}）"};
        case Msg::asset_exists: return {"asset {0} is already in the ledger", "資産 {0} は既に台帳にあります"};
        case Msg::asset_unknown: return {"asset {0} is not in {1}", "資産 {0} は {1} にありません"};
        case Msg::asset_nothing_to_change:
            return {"nothing to change: give at least one field option", "変更する項目がありません: 項目のオプションを 1 つ以上指定してください"};
        case Msg::asset_none: return {"no assets", "資産はありません"};
        case Msg::asset_imported:
            return {"{0}: {1} registered, {2} updated, {3} unchanged", "{0}: 登録 {1} 件、更新 {2} 件、変更なし {3} 件"};
        case Msg::asset_exported: return {"{0} assets written to {1}", "{0} 件の資産を {1} に書き出しました"};
        default: return {};
    }
}

Text hints_and_words(Msg id) {
    switch (id) {
        case Msg::hint_refuse_overwrite:
            return {"nothing was overwritten: choose another file or move the old one away",
                    "何も上書きしていません: 別のファイルを指定するか、既存のファイルを移動してください"};
        case Msg::hint_validity_time:
            return {"use YYYY-MM-DDTHH:MM:SSZ (UTC) or YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SSZ（UTC）または YYYY-MM-DD で指定してください"};
        case Msg::hint_utc_offset:
            return {"use +HH:MM or -HH:MM between -14:00 and +14:00, or Z", "-14:00〜+14:00 の +HH:MM、-HH:MM、または Z で指定してください"};
        case Msg::hint_ledger_exists:
            return {"nothing was changed; check it with `sanitize ledger verify`, or name another with --ledger",
                    "何も変更していません: `sanitize ledger verify` で確認するか、--ledger で別の場所を指定してください"};
        case Msg::hint_ledger_bad:
            return {"{0} events verified up to event {1}; keep the file as evidence and tell the administrator",
                    "イベント {1} までの {0} 件は検証できました: ファイルを証拠として保全し、管理者に報告してください"};
        case Msg::hint_key_register:
            return {"the root key registers operator keys: `sanitize key register PUBFILE --key ROOT.key ...`",
                    "操作者の鍵はルート鍵で登録します: `sanitize key register PUBFILE --key ROOT.key ...`"};
        case Msg::hint_my_number:
            return {"remove the number, or write where the document is kept instead",
                    "番号を削除するか、代わりに書類の保管場所を記入してください"};
        case Msg::hint_asset_update:
            return {"change it with `sanitize asset update {0} ...`", "`sanitize asset update {0} ...` で変更してください"};
        case Msg::hint_asset_add: return {"register it with `sanitize asset add`", "`sanitize asset add` で登録してください"};
        case Msg::hint_csv:
            return {"the header row (row 1) needs the Japanese column names of asset id, name and classification (0-2); see the asset section of sanitize(1)",
                    "ヘッダーには 資産ID・資産名・機密区分（0〜2 または 公開・社外秘・極秘）が必要です。1 行目がヘッダーです（sanitize(1) の asset の節を参照）"};
        case Msg::asset_class_0: return {"public", "公開"};
        case Msg::asset_class_1: return {"confidential", "社外秘"};
        case Msg::asset_class_2: return {"secret", "極秘"};
        case Msg::col_event_seq: return {"SEQ", "番号"};
        case Msg::col_event_time: return {"TIME (UTC)", "時刻（UTC）"};
        case Msg::col_event_type: return {"TYPE", "種別"};
        case Msg::col_event_actor: return {"KEY", "鍵"};
        case Msg::col_event_payload: return {"PAYLOAD", "内容"};
        case Msg::col_asset_id: return {"ID", "資産ID"};
        case Msg::col_asset_name: return {"NAME", "資産名"};
        case Msg::col_asset_classification: return {"CLASS", "機密区分"};
        case Msg::col_asset_department: return {"DEPARTMENT", "管理部署"};
        case Msg::col_asset_owner: return {"OWNER", "管理責任者"};
        case Msg::col_asset_location: return {"LOCATION", "媒体・保存場所"};
        case Msg::col_asset_retention: return {"RETENTION", "保存期間"};
        case Msg::col_asset_status: return {"STATUS", "状態"};
        case Msg::figures_heading:
            return {"Figures for {0} (UTC {1} to {2})", "{0} 年の集計（UTC {1} から {2} まで）"};
        case Msg::figure_certificates: return {"deletion certificates", "消去証明書"};
        case Msg::figure_wipes: return {"media erased", "媒体の消去"};
        case Msg::figure_carry_outs: return {"media carried out", "媒体の持ち出し"};
        case Msg::figure_returns: return {"media returned", "媒体の返却"};
        case Msg::figure_disclosures: return {"attachment passwords disclosed", "添付ファイルのパスワード通知"};
        default: return {};
    }
}

Text problems(Msg id) {
    switch (id) {
        case Msg::problem_none: return {"no problem", "問題なし"};
        case Msg::problem_hash_mismatch:
            return {"its content was changed after it was written (hash mismatch)", "記録後に内容が変更されています（ハッシュ不一致）"};
        case Msg::problem_sequence_gap:
            return {"the event before it is missing (deleted)", "直前のイベントが欠けています（削除）"};
        case Msg::problem_broken_link:
            return {"it does not follow the previous event (reordered or inserted)", "直前のイベントとつながっていません（順序の入れ替えまたは挿入）"};
        case Msg::problem_bad_signature: return {"its signature does not verify", "署名を検証できません"};
        case Msg::problem_unknown_key: return {"signed by a key the ledger never registered", "台帳に登録されていない鍵で署名されています"};
        case Msg::problem_revoked_key: return {"signed by a revoked key", "失効した鍵で署名されています"};
        case Msg::problem_key_not_valid_at_time:
            return {"signed outside its key's validity", "鍵の有効期間外に署名されています"};
        case Msg::problem_not_authorised:
            return {"its key's role may not write this event", "鍵の役割ではこのイベントを記録できません"};
        case Msg::problem_malformed_payload: return {"its content is malformed", "内容の形式が正しくありません"};
        case Msg::problem_meta_mismatch:
            return {"the ledger's identity or root key does not match its first event or the trusted root",
                    "台帳の識別情報またはルート鍵が最初のイベントまたは信頼するルート鍵と一致しません"};
        case Msg::problem_projection_mismatch:
            return {"a row of the asset or key table differs from the events", "資産表または鍵表の行がイベントの内容と一致しません"};
        case Msg::problem_head_mismatch:
            return {"the expected last event is missing (truncated)", "想定した最新イベントがありません（末尾の削除）"};
        default: return {};
    }
}

Text help_options(Msg id) {
    switch (id) {
        case Msg::help_json_ledger:
            return {"print JSON (one object per line) instead of text", "テキストの代わりに JSON（1 行に 1 オブジェクト）を出力"};
        case Msg::help_export_output:
            return {"write to FILE (a new file) instead of standard output", "標準出力ではなく FILE（新しいファイル）に書き出す"};
        case Msg::help_key_out:
            return {"the new secret key file; the public key goes to FILE.pub (default: $SANITIZE_KEY, else "
                    "~/.config/sanitize/operator.key)",
                    "新しい秘密鍵ファイル。公開鍵は FILE.pub（既定: $SANITIZE_KEY、なければ ~/.config/sanitize/operator.key）"};
        case Msg::help_key_kdf:
            return {"passphrase hashing cost: sensitive (minisign's, 1 GiB) or interactive (16 MiB, for tests and throwaway keys)",
                    "パスフレーズのハッシュ強度: sensitive（minisign と同じ 1 GiB）または interactive（16 MiB、テスト・使い捨て用）"};
        case Msg::help_key_show_file:
            return {"a public key file (default: your key's .pub)", "公開鍵ファイル（既定: 自分の鍵の .pub）"};
        case Msg::help_key_register_file: return {"the operator's public key file", "操作者の公開鍵ファイル"};
        case Msg::help_key_name: return {"the person the key belongs to", "鍵の持ち主の氏名"};
        case Msg::help_key_role: return {"staff, admin or auditor", "staff、admin、auditor のいずれか"};
        case Msg::help_key_valid_from:
            return {"start of validity, YYYY-MM-DD[THH:MM:SSZ] in UTC (default: now)", "有効期間の開始（UTC の YYYY-MM-DD[THH:MM:SSZ]、既定: 現在）"};
        case Msg::help_key_valid_until:
            return {"end of validity, exclusive (default: none; revoke to end it)", "有効期間の終了（この時刻を含まない。既定: なし。失効で終了）"};
        case Msg::help_key_revoke_key: return {"a key id or a public key file", "鍵 ID または公開鍵ファイル"};
        case Msg::help_key_reason: return {"why the key is revoked (lost, left the office, ...)", "失効の理由（紛失、退職など）"};
        case Msg::help_ledger_organisation: return {"the organisation's name", "組織名"};
        case Msg::help_ledger_root:
            return {"the root public key you trust (else the ledger's own: consistency, not origin)",
                    "信頼するルート公開鍵（省略時は台帳自身の鍵: 改ざんの有無は分かるが作成元は保証しない）"};
        case Msg::help_ledger_after: return {"show events after this sequence number", "この番号より後のイベントを表示"};
        case Msg::help_ledger_limit: return {"show at most N events", "最大 N 件を表示"};
        case Msg::help_asset_id: return {"the asset number", "資産ID"};
        case Msg::help_asset_name: return {"name of the asset", "資産名"};
        case Msg::help_asset_department: return {"managing department", "管理部署"};
        case Msg::help_asset_owner: return {"responsible person", "管理責任者"};
        case Msg::help_asset_users: return {"who may access it (user scope)", "利用者範囲"};
        case Msg::help_asset_location: return {"media and storage location", "媒体・保存場所"};
        case Msg::help_asset_retention: return {"retention period", "保存期間"};
        case Msg::help_asset_remarks:
            return {"remarks: data items, purpose, disposal; never a My Number", "備考（データ項目、利用目的、廃棄状況）。マイナンバーは記入不可"};
        case Msg::help_asset_classification:
            return {"0 public, 1 confidential, 2 secret", "機密区分: 0 公開、1 社外秘、2 極秘"};
        case Msg::help_asset_status: return {"state: in use, disposed, ...", "状態（使用中、廃棄済みなど）"};
        case Msg::help_asset_csv_file: return {"a CSV file with the ledger's Japanese headers", "台帳の日本語ヘッダー付き CSV ファイル"};
        case Msg::help_asset_bom: return {"start with a UTF-8 byte order mark (for Excel)", "UTF-8 の BOM を付ける（Excel 用）"};
        case Msg::help_report_year: return {"the calendar year", "対象の年"};
        case Msg::help_report_utc_offset:
            return {"the year's time zone as +HH:MM (default: Japan)", "年の区切りのタイムゾーン（+HH:MM、既定: 日本時間）"};
        default: return {};
    }
}

Text help_commands(Msg id) {
    switch (id) {
        case Msg::help_key_command: return {"operator keys: init, show, register, revoke", "操作者の鍵: init、show、register、revoke"};
        case Msg::help_key_init:
            return {"make a new key pair, the secret key encrypted with a passphrase", "新しい鍵ペアを作成（秘密鍵はパスフレーズで暗号化）"};
        case Msg::help_key_show: return {"show a key and its registration in the ledger", "鍵と台帳での登録内容を表示"};
        case Msg::help_key_register:
            return {"register an operator's key in the ledger (signed by the root key)", "操作者の鍵を台帳に登録（ルート鍵で署名）"};
        case Msg::help_key_revoke: return {"revoke a key (signed by the root key)", "鍵を失効させる（ルート鍵で署名）"};
        case Msg::help_ledger_command:
            return {"the asset ledger: init, verify, log, export", "情報資産管理台帳: init、verify、log、export"};
        case Msg::help_ledger_init:
            return {"create a ledger signed by the root key (--key)", "ルート鍵（--key）で署名した台帳を作成"};
        case Msg::help_ledger_verify:
            return {"check every event's hash, link and signature", "全イベントのハッシュ・連鎖・署名を検証"};
        case Msg::help_ledger_log: return {"show the events", "イベントを表示"};
        case Msg::help_ledger_export:
            return {"write every event as JSON Lines, for auditors", "全イベントを JSON Lines で書き出す（監査用）"};
        case Msg::help_asset_command:
            return {"the assets in the ledger: add, update, list, import, export", "台帳の資産: add、update、list、import、export"};
        case Msg::help_asset_add: return {"register a new asset", "資産を新規登録"};
        case Msg::help_asset_update: return {"change the fields given, keep the others", "指定した項目だけを変更"};
        case Msg::help_asset_list: return {"list the assets", "資産の一覧"};
        case Msg::help_asset_import:
            return {"register or update the assets of a CSV file, all or none", "CSV ファイルの資産を登録・更新（全件成功か全件取り消し）"};
        case Msg::help_asset_export: return {"write the assets as CSV", "資産を CSV で書き出す"};
        case Msg::help_report_command:
            return {"figures of a year for the security report", "年次セキュリティ報告用の集計"};
        default: return {};
    }
}

Text footers(Msg id) {
    switch (id) {
        case Msg::footer_key:
            return {"Examples:\n"
                    "  sanitize key init\n"
                    "  sanitize key show\n"
                    "  sanitize key register alice.pub --name 'Alice' --role staff --key root.key\n"
                    "  sanitize key revoke alice.pub --reason lost --key root.key\n"
                    "\n"
                    "Passphrases are typed at the terminal, or read with --passphrase-file or --passphrase-fd.\n"
                    "Exit codes: 0 ok, 1 failed (e.g. wrong passphrase), 2 usage, 3 refused.",
                    "例:\n"
                    "  sanitize key init\n"
                    "  sanitize key show\n"
                    "  sanitize key register alice.pub --name '山田 花子' --role staff --key root.key\n"
                    "  sanitize key revoke alice.pub --reason 紛失 --key root.key\n"
                    "\n"
                    "パスフレーズは端末で入力するか、--passphrase-file または --passphrase-fd で渡します。\n"
                    "終了コード: 0 成功、1 失敗（パスフレーズの誤りなど）、2 使い方の誤り、3 拒否。"};
        case Msg::footer_ledger:
            return {"Examples:\n"
                    "  sanitize ledger init --organisation 'Example Co.' --key root.key\n"
                    "  sanitize ledger verify --root root.key.pub\n"
                    "  sanitize ledger log --after 100 --limit 20\n"
                    "  sanitize ledger export -o events.jsonl\n"
                    "\n"
                    "Exit codes: 0 ok, 1 failed, 2 usage, 3 refused, 4 the ledger does not verify.",
                    "例:\n"
                    "  sanitize ledger init --organisation '株式会社サンプル' --key root.key\n"
                    "  sanitize ledger verify --root root.key.pub\n"
                    "  sanitize ledger log --after 100 --limit 20\n"
                    "  sanitize ledger export -o events.jsonl\n"
                    "\n"
                    "終了コード: 0 成功、1 失敗、2 使い方の誤り、3 拒否、4 台帳の検証に失敗。"};
        case Msg::footer_asset:
            return {"Examples:\n"
                    "  sanitize asset add --id A-001 --name 'Customer list' --classification 1\n"
                    "  sanitize asset update A-001 --status disposed\n"
                    "  sanitize asset list\n"
                    "  sanitize asset import ledger.csv\n"
                    "  sanitize asset export --bom -o ledger.csv\n"
                    "\n"
                    "The ledger never stores a My Number: a field holding one is refused (exit code 3).\n"
                    "Exit codes: 0 ok, 1 failed, 2 usage, 3 refused.",
                    "例:\n"
                    "  sanitize asset add --id A-001 --name 顧客名簿 --classification 1\n"
                    "  sanitize asset update A-001 --status 廃棄済み\n"
                    "  sanitize asset list\n"
                    "  sanitize asset import 台帳.csv\n"
                    "  sanitize asset export --bom -o 台帳.csv\n"
                    "\n"
                    "台帳にはマイナンバーを保存しません: 含まれる項目は拒否します（終了コード 3）。\n"
                    "終了コード: 0 成功、1 失敗、2 使い方の誤り、3 拒否。"};
        case Msg::footer_report:
            return {"Examples:\n"
                    "  sanitize report --year 2025\n"
                    "  sanitize report --year 2025 --utc-offset +00:00 --json\n"
                    "\n"
                    "A year runs from 1 January 00:00 to 1 January 00:00 at the offset (default +09:00).\n"
                    "Exit codes: 0 ok, 1 failed, 2 usage.",
                    "例:\n"
                    "  sanitize report --year 2025\n"
                    "  sanitize report --year 2025 --utc-offset +00:00 --json\n"
                    "\n"
                    "1 年は指定した時差（既定 +09:00）での 1 月 1 日 0 時から翌年 1 月 1 日 0 時までです。\n"
                    "終了コード: 0 成功、1 失敗、2 使い方の誤り。"};
        default: return {};
    }
}

}  // namespace

Text ledger_texts(Msg id) {
    for (auto* part : {results, hints_and_words, problems, help_options, help_commands, footers}) {
        Text text = part(id);
        if (!text.en.empty()) return text;
    }
    return {};
}

}  // namespace sanitize::cli
