// Texts of `sanitize cert` and of the certificate step of `sanitize wipe`.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text checks(Msg id) {
    switch (id) {
        case Msg::check_signature: return {"signature over the file", "ファイルへの署名"};
        case Msg::check_trusted_comment: return {"signed comment", "署名付きコメント"};
        case Msg::check_sha256: return {"SHA-256 in the signature", "署名内の SHA-256"};
        case Msg::check_certificate_parses: return {"certificate format", "証明書の形式"};
        case Msg::check_certificate_id: return {"certificate id", "証明書 ID"};
        case Msg::check_signer_role: return {"signer is the named person", "署名者が記載の人物であること"};
        case Msg::check_ledger_id: return {"ledger named by the certificate", "証明書が示す台帳"};
        case Msg::check_key_registered: return {"key registered in the ledger", "台帳への鍵の登録"};
        case Msg::check_signer_identity: return {"name and role in the ledger", "台帳上の氏名と役割"};
        case Msg::check_key_valid_at_time: return {"key valid at signing time", "署名時点での鍵の有効期間"};
        case Msg::check_key_not_revoked: return {"key not revoked", "鍵が失効していないこと"};
        case Msg::check_ledger_event: return {"certificate recorded in the ledger", "台帳への証明書の記録"};
        case Msg::check_chain_anchor: return {"ledger position recorded in the certificate", "証明書に記録された台帳の位置"};
        case Msg::check_ledger_chain: return {"ledger hash chain", "台帳のハッシュチェーン"};
        case Msg::check_media: return {"medium re-read", "媒体の再読み取り"};
        case Msg::status_passed: return {"ok", "OK"};
        case Msg::status_failed: return {"FAILED", "不合格"};
        case Msg::status_not_checked: return {"not checked", "未確認"};
        default: return {};
    }
}

Text verdicts(Msg id) {
    switch (id) {
        case Msg::cert_verified: return {"{0}: VERIFIED", "{0}: 検証成功"};
        case Msg::cert_verified_partly:
            return {"{0}: signature valid; ledger checks not run", "{0}: 署名は有効です（台帳は確認していません）"};
        case Msg::cert_not_verified: return {"{0}: NOT VERIFIED", "{0}: 検証失敗"};
        case Msg::cert_operator_line: return {"signed by {0} ({1}, key {2})", "署名者: {0}（{1}、鍵 {2}）"};
        case Msg::cert_validation_line: return {"countersigned by {0} ({1}, key {2})", "確認者の副署: {0}（{1}、鍵 {2}）"};
        case Msg::cert_no_validation: return {"no countersignature", "副署なし"};
        case Msg::cert_media_no_pattern:
            return {"the method ended with a random pass: the medium cannot be compared with the certificate",
                    "最後のパスが乱数のため、媒体を証明書と照合できません"};
        case Msg::cert_media_other_medium:
            return {"{0} is not the medium of the certificate (size or serial differ)",
                    "{0} は証明書の媒体ではありません（サイズまたはシリアル番号が異なります）"};
        case Msg::cert_media_matches: return {"{0}: holds only 0x{1} where read ({2})", "{0}: 読み取った範囲はすべて 0x{1} です（{2}）"};
        case Msg::cert_media_differs: return {"{0}: does not hold only 0x{1}", "{0}: 0x{1} 以外のデータがあります"};
        case Msg::cert_key_unknown:
            return {"signature key {0}: not in the ledger and no --operator-key given",
                    "署名鍵 {0}: 台帳になく、--operator-key も指定されていません"};
        case Msg::hint_cert_key:
            return {"give the signer's public key with --operator-key FILE.pub, or the ledger with --ledger",
                    "署名者の公開鍵を --operator-key FILE.pub で、または台帳を --ledger で指定してください"};
        case Msg::cert_countersign_refused:
            return {"{0}: not countersigned: the certificate does not verify", "{0}: 証明書の検証に失敗したため副署しません"};
        case Msg::cert_countersigned: return {"countersignature written: {0}", "副署を書き込みました: {0}"};
        case Msg::cert_pdf_written: return {"PDF written: {0}", "PDF を書き込みました: {0}"};
        case Msg::cert_written: return {"certificate: {0}", "消去証明書: {0}"};
        case Msg::cert_written_seq:
            return {"signed ({0}), ledger event {1}; check with: sanitize cert verify {2}",
                    "署名済み（{0}）、台帳イベント {1}。確認: sanitize cert verify {2}"};
        case Msg::cert_pdf_failed: return {"no PDF copy: {0}", "PDF を作成できませんでした: {0}"};
        case Msg::cert_not_issued: return {"{0}: no certificate was written: {1}", "{0}: 消去証明書を作成できませんでした: {1}"};
        case Msg::hint_cert_not_issued:
            return {"the wipe itself is reported above; fix the cause and wipe again to get a certificate",
                    "消去の結果は上に表示しています。原因を取り除き、証明書のために再度消去してください"};
        case Msg::wipe_no_ledger:
            return {"no ledger: this wipe gets no certificate", "台帳がないため、この消去の証明書は作成されません"};
        case Msg::hint_wipe_no_ledger:
            return {"create one with `sanitize ledger init`, or name it with --ledger",
                    "`sanitize ledger init` で作成するか、--ledger で指定してください"};
        case Msg::bad_destination:
            return {"--destination {0}: expected reuse, disposal or return", "--destination {0}: reuse・disposal・return のいずれかを指定してください"};
        case Msg::asset_count_mismatch:
            return {"{0} targets but {1} --asset values: give one --asset per target, in the same order",
                    "対象が {0} 個で --asset が {1} 個です: 対象ごとに 1 つずつ、同じ順序で指定してください"};
        default: return {};
    }
}

Text help(Msg id) {
    switch (id) {
        case Msg::help_cert: return {"verify, countersign or print deletion certificates", "消去証明書の検証・副署・PDF 出力"};
        case Msg::help_cert_verify:
            return {"check a certificate: signature, key in the ledger, ledger record (exit 4 if not verified)",
                    "証明書を検証: 署名、台帳の鍵、台帳の記録（検証失敗は終了コード 4）"};
        case Msg::help_cert_countersign:
            return {"add your validation signature to a verified certificate (FILE.validator.minisig)",
                    "検証済みの証明書に確認者として副署（FILE.validator.minisig）"};
        case Msg::help_cert_pdf: return {"render a verified certificate as an A4 PDF", "検証済みの証明書を A4 の PDF に出力"};
        case Msg::help_cert_file: return {"the certificate (certificate-ID.json)", "証明書ファイル（certificate-ID.json）"};
        case Msg::help_cert_signature:
            return {"the operator's signature file (default: FILE.minisig)", "作業者の署名ファイル（既定: FILE.minisig）"};
        case Msg::help_operator_key:
            return {"the signer's public key (default: from the ledger)", "署名者の公開鍵（既定: 台帳から取得）"};
        case Msg::help_no_ledger_verify:
            return {"check the signature only (needs --operator-key)", "署名のみを確認（--operator-key が必要）"};
        case Msg::help_trusted_root:
            return {"the organisation's root public key the ledger must start from",
                    "台帳の起点として信頼する組織のルート公開鍵"};
        case Msg::help_cert_media:
            return {"also re-read this medium and compare it with the certificate's final pattern",
                    "この媒体を再読み取りし、証明書の最終パターンと照合"};
        case Msg::help_cert_sample:
            return {"with --media: percent to sample (default 10; 100 reads everything)",
                    "--media 使用時の抽出率（%、既定 10、100 で全体）"};
        case Msg::help_json_cert: return {"print the checks as one JSON document", "検証結果を JSON で出力"};
        case Msg::help_cert_output: return {"where to write the PDF (default: FILE with .pdf)", "PDF の出力先（既定: FILE の拡張子を .pdf に）"};
        case Msg::footer_cert:
            return {"Without this tool: minisign -Vm certificate-ID.json -p operator.pub\n"
                    "Exit codes: 0 verified, 1 error, 2 usage, 4 not verified.",
                    "本ツールなしでも検証可能: minisign -Vm certificate-ID.json -p operator.pub\n"
                    "終了コード: 0 検証成功、1 エラー、2 使い方の誤り、4 検証失敗"};
        case Msg::help_wipe_asset:
            return {"asset ID of the target in the ledger (once per target)", "対象の台帳上の資産 ID（対象ごとに 1 つ）"};
        case Msg::help_wipe_destination:
            return {"what happens to the medium next: reuse, disposal or return", "媒体のその後: reuse（再利用）・disposal（廃棄）・return（返却）"};
        case Msg::help_wipe_destination_detail: return {"details of the destination", "行き先の詳細"};
        case Msg::help_wipe_customer: return {"whom the wipe is done for", "依頼元"};
        case Msg::help_wipe_comments: return {"remarks printed on the certificate", "証明書に記載する備考"};
        case Msg::help_wipe_department: return {"your department, as printed", "証明書に記載する部署"};
        case Msg::help_wipe_location: return {"site of the wipe, as printed", "証明書に記載する作業場所"};
        case Msg::help_wipe_cert_dir:
            return {"directory for the certificate files (default: current)", "証明書ファイルの出力先（既定: カレントディレクトリ）"};
        case Msg::help_wipe_no_pdf: return {"write no PDF copy of the certificate", "証明書の PDF を作成しない"};
        case Msg::help_wipe_no_ledger:
            return {"wipe without a ledger: no certificate is written", "台帳を使わずに消去（証明書は作成されない）"};
        default: return {};
    }
}

}  // namespace

Text cert_texts(Msg id) {
    for (auto* part : {checks, verdicts, help}) {
        Text text = part(id);
        if (!text.en.empty()) return text;
    }
    return {};
}

}  // namespace sanitize::cli
