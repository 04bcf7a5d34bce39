// Texts of the steps every ledger command shares: passphrases, keys, the ledger's location.
#include "messages.hpp"

namespace sanitize::cli {

Text access_texts(Msg id) {
    switch (id) {
        case Msg::passphrase_prompt: return {"passphrase for {0}: ", "{0} のパスフレーズ: "};
        case Msg::passphrase_prompt_again: return {"the same passphrase again: ", "確認のためもう一度: "};
        case Msg::passphrase_too_long:
            return {"passphrase from {0}: longer than {1} bytes", "{0} のパスフレーズ: {1} バイトを超えています"};
        case Msg::passphrase_unreadable:
            return {"cannot read the passphrase from {0} ({1})", "{0} からパスフレーズを読めません（{1}）"};
        case Msg::passphrase_empty:
            return {"passphrase from {0}: empty", "{0} のパスフレーズ: 空です"};
        case Msg::passphrase_no_terminal:
            return {"no terminal to ask for the passphrase", "パスフレーズを尋ねる端末がありません"};
        case Msg::hint_passphrase_sources:
            return {"give it with --passphrase-file FILE or --passphrase-fd N (never on the command line)",
                    "--passphrase-file FILE または --passphrase-fd N で渡してください（コマンドラインには書かない）"};
        case Msg::passphrase_not_given: return {"no passphrase was typed", "パスフレーズが入力されませんでした"};
        case Msg::passphrase_mismatch:
            return {"the two passphrases differ", "2 回入力したパスフレーズが一致しません"};
        case Msg::hint_ledger_init:
            return {"create the ledger with `sanitize ledger init`, or name it with --ledger",
                    "`sanitize ledger init` で台帳を作成するか、--ledger で指定してください"};
        case Msg::hint_key_init:
            return {"make a key with `sanitize key init`, or name it with --key",
                    "`sanitize key init` で鍵を作成するか、--key で指定してください"};
        case Msg::help_ledger_location:
            return {"the ledger: a SQLite file or a postgresql:// URL (default: $SANITIZE_LEDGER, else "
                    "~/.local/share/sanitize/ledger.db)",
                    "台帳: SQLite ファイルまたは postgresql:// URL（既定: $SANITIZE_LEDGER、なければ "
                    "~/.local/share/sanitize/ledger.db）"};
        case Msg::help_key_file:
            return {"your secret key file (default: $SANITIZE_KEY, else ~/.config/sanitize/operator.key)",
                    "自分の秘密鍵ファイル（既定: $SANITIZE_KEY、なければ ~/.config/sanitize/operator.key）"};
        case Msg::help_passphrase_file:
            return {"read the key's passphrase from the first line of FILE", "鍵のパスフレーズを FILE の 1 行目から読む"};
        case Msg::help_passphrase_fd:
            return {"read the key's passphrase as one line from descriptor N", "鍵のパスフレーズをファイル記述子 N から 1 行読む"};
        default: return {};
    }
}

}  // namespace sanitize::cli
