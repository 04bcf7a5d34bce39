// Texts of the shared ledger: reaching a ledger (a database server, a file that is not one, a
// read-only replica or copy), anchors of `ledger verify`, checkpoints, sync and bundles.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text access(Msg id) {
    switch (id) {
        case Msg::warning_prefix: return {"warning", "警告"};
        case Msg::ledger_unreachable:
            return {"cannot connect to the ledger database {0}: {1}", "台帳のデータベース {0} に接続できません: {1}"};
        case Msg::hint_ledger_unreachable:
            return {"check that the server is running and the URL's host, port, user and database name",
                    "サーバが動作しているか、URL のホスト・ポート・ユーザー・データベース名を確認してください"};
        case Msg::ledger_not_a_ledger:
            return {"{0} is not a ledger (an empty file, or not a SQLite database); it was left as it is",
                    "{0} は台帳ではありません（空のファイル、または SQLite データベースではない）。変更していません"};
        case Msg::hint_not_a_ledger:
            return {"name the ledger with --ledger; `sanitize ledger init` creates a new one",
                    "--ledger で台帳を指定してください。新しい台帳は `sanitize ledger init` で作成します"};
        case Msg::ledger_read_only:
            return {"the ledger is read-only here (a streaming replica, or a read-only copy): nothing was written",
                    "台帳はここでは読み取り専用です（ストリーミングレプリカ、または読み取り専用の複製）: 何も書き込んでいません"};
        case Msg::hint_ledger_read_only:
            return {"write to the primary server; verify, log, lists and reports can read from here",
                    "書き込みはプライマリサーバに対して行ってください。検証・ログ・一覧・集計はここから読めます"};
        default: return {};
    }
}

Text anchors(Msg id) {
    switch (id) {
        case Msg::warn_no_root:
            return {"no --root given: the ledger is checked against its own root key, which shows that it is "
                    "consistent, not who made it",
                    "--root の指定がありません: 台帳自身のルート鍵で検証したため、内容の整合性は確認できますが、"
                    "作成者は保証されません"};
        case Msg::warn_no_anchor:
            return {"no --head or --checkpoint given: events cut from the end of the ledger are not detected",
                    "--head も --checkpoint も指定がありません: 台帳の末尾から削除されたイベントは検出できません"};
        case Msg::bad_head: return {"invalid --head '{0}'", "--head '{0}' が不正です"};
        case Msg::hint_bad_head:
            return {"give SEQ:HASH as `sanitize ledger verify` prints it (64 hex digits)",
                    "`sanitize ledger verify` が表示する 連番:ハッシュ（16 進 64 桁）の形で指定してください"};
        case Msg::help_ledger_head:
            return {"a head seen earlier, SEQ:HASH: a ledger shorter than it or diverging from it is refused",
                    "以前に確認した最新位置（連番:ハッシュ）: これより短い台帳や食い違う台帳を拒否"};
        default: return {};
    }
}

Text commands(Msg id) {
    switch (id) {
        case Msg::problem_checkpoint_mismatch:
            return {"a checkpoint does not match: the ledger was rewritten, replaced, or the checkpoint is not signed by "
                    "a key it trusts",
                    "チェックポイントと一致しません: 台帳が書き換えられたか置き換えられたか、チェックポイントが信頼できる鍵で"
                    "署名されていません"};
        case Msg::help_ledger_checkpoint_file:
            return {"a signed checkpoint kept outside the database (repeatable): a ledger shorter than it or diverging "
                    "from it is refused",
                    "データベースの外に保管した署名付きチェックポイント（複数可）: これより短い台帳や食い違う台帳を拒否"};
        case Msg::help_ledger_print_sql:
            return {"PostgreSQL: print the SQL that creates the ledger, its roles and its first event, for a DBA to run",
                    "PostgreSQL: 台帳・ロール・最初のイベントを作成する SQL を表示（DBA が実行）"};
        case Msg::help_ledger_checkpoint:
            return {"sign the ledger's current size and Merkle root (a C2SP checkpoint) for a witness to keep",
                    "台帳の現在の件数とマークルルート（C2SP チェックポイント）に署名し、証人が保管するファイルにする"};
        case Msg::help_checkpoint_output:
            return {"the checkpoint file to write (FILE.minisig is written beside it)",
                    "書き出すチェックポイントファイル（同じ場所に FILE.minisig も書き出す）"};
        case Msg::ledger_checkpoint_written:
            return {"checkpoint of {0} events written to {1} and {1}.minisig: keep them where the ledger's administrators "
                    "cannot change them",
                    "{0} 件のイベントのチェックポイントを {1} と {1}.minisig に書き出しました: 台帳の管理者が変更できない場所に"
                    "保管してください"};
        case Msg::help_ledger_prove:
            return {"write a proof that an event is in the ledger, checkable offline against a checkpoint",
                    "イベントが台帳に含まれることの証明を書き出す（チェックポイントに対してオフラインで検証可能）"};
        case Msg::help_prove_seq: return {"the event's seq", "イベントの連番"};
        case Msg::help_prove_checkpoint:
            return {"the signed checkpoint the proof leads to", "証明の基準となる署名付きチェックポイント"};
        case Msg::ledger_proof_written:
            return {"proof of event {0} under the checkpoint of {1} events written to {2}",
                    "イベント {0} の証明（{1} 件のチェックポイントに対する）を {2} に書き出しました"};
        case Msg::help_ledger_outbox:
            return {"create an outbox for a station without network: events signed there are synced later",
                    "ネットワークのない端末用のアウトボックスを作成（そこで署名したイベントを後で同期）"};
        case Msg::help_outbox_output: return {"the outbox file to create", "作成するアウトボックスファイル"};
        case Msg::ledger_outbox_created:
            return {"outbox {0} created for ledger {1} ({2})", "台帳 {1}（{2}）用のアウトボックス {0} を作成しました"};
        case Msg::help_ledger_sync:
            return {"append an outbox's events to the ledger, each exactly once and in order",
                    "アウトボックスのイベントを台帳に追記（各イベントを 1 回だけ、順番どおり）"};
        case Msg::help_sync_from: return {"the outbox file", "アウトボックスファイル"};
        case Msg::help_sync_to:
            return {"the ledger to sync into (default: --ledger, $SANITIZE_LEDGER)", "同期先の台帳（既定: --ledger、$SANITIZE_LEDGER）"};
        case Msg::help_sync_batch:
            return {"entries appended per transaction", "1 回のトランザクションで追記する件数"};
        case Msg::ledger_synced:
            return {"{0}: {1} entries, {2} were in the ledger already, {3} appended",
                    "{0}: {1} 件中 {2} 件は同期済み、{3} 件を追記しました"};
        default: return {};
    }
}

Text certificates_and_bundles(Msg id) {
    switch (id) {
        case Msg::help_cert_get:
            return {"write a certificate's files as stored in the ledger (JSON, signatures, PDF)",
                    "台帳に保存された証明書のファイル（JSON、署名、PDF）を書き出す"};
        case Msg::help_cert_get_id: return {"the certificate id", "証明書 ID"};
        case Msg::help_cert_get_dir: return {"the directory to write into", "書き出し先のディレクトリ"};
        case Msg::cert_get_written:
            return {"{0} files of certificate {1} written to {2}", "証明書 {1} のファイル {0} 件を {2} に書き出しました"};
        case Msg::cert_get_none:
            return {"no files of certificate {0} are stored in {1}", "証明書 {0} のファイルは {1} に保存されていません"};
        case Msg::help_bundle_file:
            return {"an auditor's bundle: export writes it, verify checks it without the database",
                    "監査用バンドル: export で書き出し、verify でデータベースなしに検証"};
        case Msg::help_bundle_from: return {"the period's start (inclusive), YYYY-MM-DD or a time", "期間の開始（この時刻を含む）"};
        case Msg::help_bundle_to: return {"the period's end (exclusive)", "期間の終了（この時刻を含まない）"};
        case Msg::ledger_bundle_written:
            return {"bundle of {0} events ({1} certificates) under a checkpoint of {2} events written to {3}",
                    "{0} 件のイベント（証明書 {1} 件）を {2} 件のチェックポイントとともにバンドル {3} に書き出しました"};
        case Msg::ledger_bundle_verified:
            return {"bundle OK: {0} events and {1} certificate files checked against a checkpoint of {2} events signed by {3}",
                    "バンドルは正常です: {0} 件のイベントと証明書ファイル {1} 件を、{3} が署名した {2} 件のチェックポイントで検証しました"};
        case Msg::bundle_bad: return {"{0}: the bundle does not verify: {1}", "{0}: バンドルを検証できません: {1}"};
        case Msg::hint_bundle_bad:
            return {"keep the file as evidence and ask for a new bundle", "ファイルを証拠として保全し、バンドルを再発行してもらってください"};
        case Msg::footer_ledger_shared:
            return {"Examples:\n"
                    "  sanitize ledger checkpoint --key auditor.key -o /mnt/witness/ledger-2025-06.checkpoint\n"
                    "  sanitize ledger verify --root root.key.pub --checkpoint /mnt/witness/ledger-2025-06.checkpoint\n"
                    "  sanitize ledger sync --from /media/station/outbox.db --to postgresql://db.example/ledger\n"
                    "  sanitize ledger export --bundle audit-2025.tar --from 2025-04-01 --to 2026-04-01 --key auditor.key\n"
                    "  sanitize ledger verify --bundle audit-2025.tar --root root.key.pub\n"
                    "\n"
                    "Exit codes: 0 ok, 1 failed, 2 usage, 3 refused, 4 the ledger or bundle does not verify.",
                    "例:\n"
                    "  sanitize ledger checkpoint --key auditor.key -o /mnt/witness/ledger-2025-06.checkpoint\n"
                    "  sanitize ledger verify --root root.key.pub --checkpoint /mnt/witness/ledger-2025-06.checkpoint\n"
                    "  sanitize ledger sync --from /media/station/outbox.db --to postgresql://db.example/ledger\n"
                    "  sanitize ledger export --bundle 監査2025.tar --from 2025-04-01 --to 2026-04-01 --key auditor.key\n"
                    "  sanitize ledger verify --bundle 監査2025.tar --root root.key.pub\n"
                    "\n"
                    "終了コード: 0 成功、1 失敗、2 使い方の誤り、3 拒否、4 台帳またはバンドルの検証に失敗。"};
        default: return {};
    }
}

}  // namespace

Text shared_ledger_texts(Msg id) {
    for (auto* part : {access, anchors, commands, certificates_and_bundles}) {
        Text text = part(id);
        if (!text.en.empty()) return text;
    }
    return {};
}

}  // namespace sanitize::cli
