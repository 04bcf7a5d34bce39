// Texts of reports, the devices table, progress lines and --verbose diagnostics.
#include "messages.hpp"

namespace sanitize::cli {

namespace {

Text labels_and_words(Msg id) {
    switch (id) {
        case Msg::label_device: return {"device", "デバイス"};
        case Msg::label_model: return {"model", "モデル"};
        case Msg::label_vendor: return {"vendor", "ベンダー"};
        case Msg::label_serial: return {"serial", "シリアル番号"};
        case Msg::label_size: return {"size", "容量"};
        case Msg::label_transport: return {"transport", "接続"};
        case Msg::label_method: return {"method", "消去方式"};
        case Msg::label_category: return {"NIST category", "NIST 区分"};
        case Msg::label_blank: return {"final zero pass", "最終ゼロ書き込み"};
        case Msg::label_verify: return {"verification plan", "検証計画"};
        case Msg::label_direct_io: return {"direct I/O", "ダイレクト I/O"};
        case Msg::label_pass: return {"pass {0}/{1}", "パス {0}/{1}"};
        case Msg::label_verification: return {"verification", "検証"};
        case Msg::label_bad_ranges: return {"bad ranges", "不良範囲"};
        case Msg::label_outcome: return {"outcome", "結果"};
        case Msg::label_exceptions: return {"exceptions", "例外"};
        case Msg::label_error: return {"error", "エラー"};
        case Msg::label_duration: return {"duration", "所要時間"};
        case Msg::label_expected: return {"expected", "期待値"};
        case Msg::label_result: return {"result", "判定"};
        case Msg::word_yes: return {"yes", "はい"};
        case Msg::word_no: return {"no", "いいえ"};
        case Msg::word_none: return {"none", "なし"};
        case Msg::word_unknown: return {"unknown", "不明"};
        case Msg::word_random: return {"random ({0})", "乱数（{0}）"};
        case Msg::word_pattern: return {"pattern {0}", "パターン {0}"};
        case Msg::category_clear: return {"clear", "クリア（Clear）"};
        case Msg::category_purge: return {"purge", "パージ（Purge）"};
        case Msg::verify_none: return {"none", "なし"};
        case Msg::verify_last: return {"last pass, full read-back", "最終パスを全域読み戻し"};
        case Msg::verify_all: return {"every pass, full read-back", "全パスを全域読み戻し"};
        case Msg::verify_sample: return {"sample of {0} %", "{0} % を抽出して読み戻し"};
        default: return {};
    }
}

Text report_lines(Msg id) {
    switch (id) {
        case Msg::report_pass_written: return {"{0} written in {1} ({2})", "{0} を {1} で書き込み（{2}）"};
        case Msg::report_unwritten: return {"{0} ranges could not be written", "書き込めなかった範囲: {0} 個"};
        case Msg::report_not_synced: return {"not flushed to the medium", "媒体に反映されていません"};
        case Msg::report_verified:
            return {"{0} read back ({1} %) in {2} ({3}), {4} mismatched and {5} unreadable ranges",
                    "{0}（{1} %）を {2} で読み戻し（{3}）、不一致 {4} 範囲、読み取り不能 {5} 範囲"};
        case Msg::report_cache_not_bypassed:
            return {"read back through the page cache, not from the medium", "媒体ではなくページキャッシュから読み戻し"};
        case Msg::report_sampled: return {"{0} subsections sampled", "{0} 区画を抽出"};
        case Msg::report_range: return {"{0} at offset {1}", "オフセット {1} から {0}"};
        case Msg::report_duration: return {"{0} (from {1} to {2})", "{0}（{1} 〜 {2}）"};
        case Msg::media_matches: return {"holds only {0}", "すべて {0} です"};
        case Msg::media_differs: return {"does not hold only {0}", "{0} 以外のデータがあります"};
        case Msg::col_name: return {"NAME", "名前"};
        case Msg::col_size: return {"SIZE", "容量"};
        case Msg::col_transport: return {"TRAN", "接続"};
        case Msg::col_model: return {"MODEL", "モデル"};
        case Msg::col_serial: return {"SERIAL", "シリアル番号"};
        case Msg::col_removable: return {"RM", "取外し"};
        case Msg::col_state: return {"STATE", "状態"};
        case Msg::state_ok: return {"ok", "消去可"};
        case Msg::state_mounted: return {"mounted", "マウント中"};
        case Msg::state_system: return {"system", "システム"};
        case Msg::state_in_use: return {"in use", "使用中"};
        case Msg::state_read_only: return {"read-only", "読み取り専用"};
        case Msg::no_devices: return {"no disks found", "ディスクが見つかりません"};
        default: return {};
    }
}

Text progress_and_diagnostics(Msg id) {
    switch (id) {
        case Msg::phase_writing: return {"writing", "書き込み中"};
        case Msg::phase_syncing: return {"syncing", "同期中"};
        case Msg::phase_verifying: return {"verifying", "検証中"};
        case Msg::progress_pass: return {"pass {0}/{1}", "パス {0}/{1}"};
        case Msg::progress_eta: return {"ETA {0}", "残り {0}"};
        case Msg::progress_done: return {"done: {0}", "完了: {0}"};
        case Msg::diag_direct_io_fallback:
            return {"{0}: the kernel refused O_DIRECT: using buffered I/O", "{0}: O_DIRECT が使えないため、バッファ付き I/O を使います"};
        case Msg::diag_bad_sector:
            return {"{0}: bad sector: {1} bytes at offset {2} ({3})", "{0}: 不良セクタ: オフセット {2} から {1} バイト（{3}）"};
        case Msg::diag_retry_succeeded:
            return {"{0}: retry succeeded: {1} bytes at offset {2}", "{0}: 再試行に成功: オフセット {2} から {1} バイト"};
        case Msg::diag_cache_not_bypassed:
            return {"{0}: reads may come from the page cache", "{0}: 読み取りがページキャッシュから行われる可能性があります"};
        case Msg::diag_inspected:
            return {"{0}: {1}, transport {2}, sectors {3}/{4} bytes, serial {5} ({6})",
                    "{0}: {1}、接続 {2}、セクタ {3}/{4} バイト、シリアル番号 {5}（{6}）"};
        case Msg::diag_options:
            return {"method {0} ({1} passes), verification {2}, final zero pass {3}, generator {4}, workers {5}",
                    "消去方式 {0}（{1} パス）、検証 {2}、最終ゼロ書き込み {3}、乱数生成器 {4}、ワーカー {5}"};
        default: return {};
    }
}

}  // namespace

Text report_texts(Msg id) {
    for (auto* part : {labels_and_words, report_lines, progress_and_diagnostics}) {
        Text text = part(id);
        if (!text.en.empty()) return text;
    }
    return {};
}

}  // namespace sanitize::cli
