// Texts of resumable wipes: --resume, checkpoints and their refusals.
#include "messages.hpp"

namespace sanitize::cli {

Text resume_texts(Msg id) {
    switch (id) {
        case Msg::help_wipe_resume:
            return {"continue the interrupted wipe of TARGET from its checkpoint (the method, verification and "
                    "keys come from the checkpoint)",
                    "中断された TARGET の消去をチェックポイントから再開する（消去方式・検証・鍵はチェックポイントのものを使います）"};
        case Msg::help_wipe_checkpoint_dir:
            return {"directory of the checkpoints that make wipes resumable (default: $SANITIZE_CHECKPOINT_DIR, or "
                    "/var/lib/sanitize/checkpoints for root, ~/.local/state/sanitize/checkpoints for others)",
                    "消去を再開可能にするチェックポイントの保存先（既定: $SANITIZE_CHECKPOINT_DIR、root は "
                    "/var/lib/sanitize/checkpoints、その他のユーザーは ~/.local/state/sanitize/checkpoints）"};
        case Msg::help_wipe_discard_checkpoint:
            return {"start over: remove the checkpoint of an interrupted wipe of TARGET first",
                    "最初からやり直す: 中断された TARGET の消去のチェックポイントを先に削除する"};
        case Msg::resume_no_checkpoint:
            return {"{0}: there is no interrupted wipe of this medium to resume (no checkpoint in {1})",
                    "{0}: 再開できる中断された消去がありません（{1} にチェックポイントがありません）"};
        case Msg::hint_resume_no_checkpoint:
            return {"nothing was written; start a new wipe without --resume, or name the directory with --checkpoint-dir",
                    "何も書き込んでいません。--resume なしで新しく消去するか、--checkpoint-dir で保存先を指定してください"};
        case Msg::resume_corrupt:
            return {"{0}: the checkpoint {1} is damaged and cannot be used ({2})",
                    "{0}: チェックポイント {1} が壊れているため使えません（{2}）"};
        case Msg::hint_resume_corrupt:
            return {"nothing was written; start over with --discard-checkpoint (without --resume)",
                    "何も書き込んでいません。--discard-checkpoint を付けて（--resume なしで）最初からやり直してください"};
        case Msg::resume_identity_mismatch:
            return {"{0}: the checkpoint {1} belongs to a different medium ({2} differs)",
                    "{0}: チェックポイント {1} は別の媒体のものです（{2} が一致しません）"};
        case Msg::hint_resume_identity:
            return {"nothing was written; attach the medium on which the wipe was started",
                    "何も書き込んでいません。消去を開始した媒体を接続してください"};
        case Msg::checkpoint_exists:
            return {"{0}: an interrupted wipe of this medium was not finished (checkpoint {1})",
                    "{0}: この媒体には完了していない中断された消去があります（チェックポイント {1}）"};
        case Msg::hint_checkpoint_exists:
            return {"continue it with --resume, or start over with --discard-checkpoint",
                    "--resume で再開するか、--discard-checkpoint で最初からやり直してください"};
        case Msg::checkpoint_failed:
            return {"{0}: the checkpoint cannot be kept in {1}: {2}", "{0}: チェックポイントを {1} に保存できません: {2}"};
        case Msg::hint_checkpoint_failed:
            return {"nothing was written; name a writable directory with --checkpoint-dir",
                    "何も書き込んでいません。--checkpoint-dir で書き込み可能なディレクトリを指定してください"};
        case Msg::wipe_resumable:
            return {"the wipe of {0} can be continued: sanitize wipe --resume {0}",
                    "{0} の消去は再開できます: sanitize wipe --resume {0}"};
        case Msg::label_resumed: return {"resumed", "再開"};
        case Msg::resumed_count:
            return {"after {0} interruption(s), from its checkpoints", "{0} 回の中断の後、チェックポイントから再開"};
        case Msg::hint_batch_refused:
            return {"none of the {0} targets was written to: all are checked before any is written; these could go "
                    "ahead on their own: {1}",
                    "{0} 件の対象のいずれにも書き込んでいません（すべての対象を確認してから書き込みます）。"
                    "単独でなら実行できる対象: {1}"};
        default: return {};
    }
}

}  // namespace sanitize::cli
