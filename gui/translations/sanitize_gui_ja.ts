<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Preflight</name>
    <message>
        <location filename="../preflight.cpp" line="26"/>
        <source>%1 is not installed, so the privileged helper cannot be started: ask the administrator to install it.</source>
        <translation>%1 がインストールされていないため、特権ヘルパーを起動できません。管理者にインストールを依頼してください。</translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="30"/>
        <source>The privileged helper %1 is not installed: ask the administrator to install sanitize completely.</source>
        <translation>特権ヘルパー %1 がインストールされていません。sanitize 一式のインストールを管理者に依頼してください。</translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="37"/>
        <source>No signing key is set: choose your key file in Settings.</source>
        <translation>署名鍵が設定されていません。設定で鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="39"/>
        <source>The signing key %1 does not exist: choose your key file in Settings.</source>
        <translation>署名鍵 %1 は存在しません。設定で鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="41"/>
        <source>The signing key %1 cannot be read with your rights: choose your key file in Settings.</source>
        <translation>署名鍵 %1 はあなたの権限では読めません。設定で鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="49"/>
        <source>The ledger %1 does not exist: choose the office&apos;s ledger in Settings.</source>
        <translation>台帳 %1 は存在しません。設定で事務所の台帳を選んでください。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../main.cpp" line="61"/>
        <source>sanitize-gui does not run as root. Start it as yourself; wiping a device you cannot open goes through the privileged helper (pkexec sanitize-helper).</source>
        <translation>sanitize-gui は root では動きません。一般ユーザーで起動してください。開けないデバイスの消去は特権ヘルパー (pkexec sanitize-helper) を通します。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="31"/>
        <source>%1 (commit unknown: built without git)</source>
        <translation>%1（コミット不明: git なしでビルド）</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="33"/>
        <source>%1 (commit %2)</source>
        <translation>%1（コミット %2）</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="39"/>
        <source>Verified wiping of storage media, carry-out folders, password-protected attachments and the asset ledger</source>
        <translation>記憶媒体の検証付き消去、持ち出しフォルダ、パスワード付き添付ファイル、情報資産管理台帳</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>level %1 needs the approval of the %2: enter the id of a granted approval</source>
        <translation>区分 %1 には %2 の承認が必要です。許可済みの承認 ID を入力してください</translation>
    </message>
    <message>
        <source>approval %1 is not in the ledger</source>
        <translation>承認 %1 は台帳にありません</translation>
    </message>
    <message>
        <source>approval %1 has not been granted yet</source>
        <translation>承認 %1 はまだ許可されていません</translation>
    </message>
    <message>
        <source>approval %1 was denied</source>
        <translation>承認 %1 は却下されています</translation>
    </message>
    <message>
        <source>approval %1 expired after %2</source>
        <translation>承認 %1 は期限（%2）を過ぎています</translation>
    </message>
    <message>
        <source>approval %1 was used already (event %2)</source>
        <translation>承認 %1 は使用済みです（イベント %2）</translation>
    </message>
    <message>
        <source>approval %1 is for asset %2</source>
        <translation>承認 %1 は別の資産（%2）のものです</translation>
    </message>
    <message>
        <source>approval %1 is for level %2</source>
        <translation>承認 %1 は別の区分（%2）のものです</translation>
    </message>
    <message>
        <source>approval %1 is for another purpose (%2)</source>
        <translation>承認 %1 は別の用途（%2）のものです</translation>
    </message>
    <message>
        <source>approval %1 was granted by a key that is not the %2</source>
        <translation>承認 %1 を許可した鍵は %2 ではありません</translation>
    </message>
    <message>
        <source>approval %1 was granted by a revoked key</source>
        <translation>承認 %1 を許可した鍵は失効しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="13"/>
        <source>Invalid value</source>
        <translation>不正な値</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="14"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="15"/>
        <source>Permission denied</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="16"/>
        <source>In use by another program</source>
        <translation>他のプログラムが使用中です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="17"/>
        <source>Not a disk or disk image</source>
        <translation>ディスクでもディスクイメージでもありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="18"/>
        <source>Input/output error</source>
        <translation>入出力エラー</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="19"/>
        <source>The device was removed</source>
        <translation>デバイスが取り外されました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="20"/>
        <source>The device reports two different sizes</source>
        <translation>デバイスが異なる二つのサイズを報告しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="21"/>
        <source>Refused for safety</source>
        <translation>安全のため拒否しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="22"/>
        <source>Cancelled</source>
        <translation>取り消しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="23"/>
        <source>Malformed file</source>
        <translation>ファイルの形式が不正です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="24"/>
        <source>Wrong passphrase</source>
        <translation>パスフレーズが違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="25"/>
        <source>Invalid signature</source>
        <translation>署名が不正です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="26"/>
        <source>Integrity check failed</source>
        <translation>完全性の検査に失敗しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="27"/>
        <source>Conflict: the data changed meanwhile</source>
        <translation>競合: 途中でデータが変わりました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="28"/>
        <location filename="../error_text.cpp" line="30"/>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="44"/>
        <source>erased</source>
        <translation>消去済み</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="45"/>
        <source>erased with exceptions</source>
        <translation>例外付きで消去</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="46"/>
        <source>aborted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="47"/>
        <location filename="../error_text.cpp" line="49"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="55"/>
        <source>mounted</source>
        <translation>マウント中</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="56"/>
        <source>holds the running system</source>
        <translation>稼働中のシステムを含む</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="57"/>
        <source>used as swap</source>
        <translation>スワップとして使用中</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="58"/>
        <source>in use (RAID, LVM or encryption)</source>
        <translation>使用中 (RAID・LVM・暗号化)</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="59"/>
        <source>a partition: wipe the whole disk</source>
        <translation>パーティションです: ディスク全体を消去してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="60"/>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="68"/>
        <source>Signature over the certificate</source>
        <translation>証明書の署名</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="69"/>
        <source>Signed comment of the signature</source>
        <translation>署名の信頼済みコメント</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="70"/>
        <source>SHA-256 of the certificate</source>
        <translation>証明書の SHA-256</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="71"/>
        <source>Certificate is well-formed</source>
        <translation>証明書の形式が正しい</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="72"/>
        <source>Certificate ID matches the signature</source>
        <translation>証明書 ID が署名と一致</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="73"/>
        <source>Signer is the named operator</source>
        <translation>署名者が記載の作業者</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="74"/>
        <source>Certificate names this ledger</source>
        <translation>証明書がこの台帳を指している</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="75"/>
        <source>Key registered in the ledger</source>
        <translation>鍵が台帳に登録済み</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="76"/>
        <source>Signer&apos;s name and role match the ledger</source>
        <translation>署名者の氏名と役割が台帳と一致</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="77"/>
        <source>Key valid at the time of issue</source>
        <translation>発行時点で鍵が有効</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="78"/>
        <source>Key not revoked</source>
        <translation>鍵が失効していない</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="79"/>
        <source>Ledger records this certificate</source>
        <translation>台帳にこの証明書の記録がある</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="80"/>
        <source>Ledger head in the certificate is in the chain</source>
        <translation>証明書の台帳先頭がチェーン内にある</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="81"/>
        <source>Whole ledger chain verifies</source>
        <translation>台帳のチェーン全体が検証できる</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="88"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="89"/>
        <source>FAILED</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="90"/>
        <source>not checked</source>
        <translation>未検査</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="38"/>
        <source>%1 names the same medium again</source>
        <translation>%1 は同じ媒体をもう一度指しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="39"/>
        <source>holds 0 bytes: there is nothing to wipe</source>
        <translation>容量が 0 バイトです。消去するものがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="40"/>
        <source>the medium is no longer the one confirmed: check which drive is connected</source>
        <translation>媒体が確認したものではなくなっています: 接続されているドライブを確かめてください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>already exists and is never overwritten: choose another name</source>
        <translation>既にあります。上書きはしないので、別の名前を選んでください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="42"/>
        <source>the drive now offers its native size, but the system still sees the old size: re-plug it</source>
        <translation>ドライブは本来の容量に戻りましたが、システムはまだ元の容量と見ています。挿し直してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="43"/>
        <source>the hidden areas were not reset (%1)</source>
        <translation>隠し領域は元に戻していません (%1)</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="44"/>
        <source>resetting the hidden areas failed (%1)</source>
        <translation>隠し領域を元に戻せませんでした (%1)</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="45"/>
        <source>asset %1 is not in the ledger</source>
        <translation>資産 %1 は台帳にありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="46"/>
        <source>key %1 is not registered in the ledger</source>
        <translation>鍵 %1 は台帳に登録されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="47"/>
        <source>key %1 was revoked</source>
        <translation>鍵 %1 は失効しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="48"/>
        <source>key %1 is not valid now</source>
        <translation>鍵 %1 は現在有効ではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="49"/>
        <source>the role of key %1 may not sign this</source>
        <translation>鍵 %1 の役割ではこれに署名できません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>this is not the medium that was confirmed: its %1 changed; nothing was written</source>
        <translation>確認した媒体ではありません（%1 が変わりました）。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>through the privileged helper, certificates are kept in the site&apos;s folder %1 only: choose it in Settings</source>
        <translation>特権ヘルパーを使うときは、証明書はサイトのフォルダ %1 にだけ保存されます: 設定でそのフォルダを選んでください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>you may not read this folder yourself, so the privileged helper does not read it either</source>
        <translation>ご自分で読めないフォルダは、特権ヘルパーも読みません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="52"/>
        <source>password refused: %1 characters; the policy asks for at least %2</source>
        <translation>パスワードを受け付けません: %1 文字です（規程では %2 文字以上）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="53"/>
        <source>password refused: the policy asks for upper and lower case letters, digits and symbols</source>
        <translation>パスワードを受け付けません: 規程では英大文字・英小文字・数字・記号をすべて含む必要があります</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="55"/>
        <source>password refused: it contains a dictionary word</source>
        <translation>パスワードを受け付けません: 辞書にある単語を含んでいます</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="57"/>
        <source>password refused: too easy to guess</source>
        <translation>パスワードを受け付けません: 推測されやすすぎます</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="59"/>
        <source>password refused: it holds a control character or is not UTF-8</source>
        <translation>パスワードを受け付けません: 制御文字を含むか UTF-8 ではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>key %1</source>
        <translation>鍵 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the signature does not verify (%1)</source>
        <translation>署名を検証できません（%1）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>a signature of another kind</source>
        <translation>署名の種類が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the signed comment is malformed</source>
        <translation>署名付きコメントの形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the certificate is malformed</source>
        <translation>証明書の形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>operator&apos;s key %1</source>
        <translation>操作者の鍵 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the validator is the operator</source>
        <translation>確認者が操作者と同じです</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not the designated validator</source>
        <translation>指定された確認者ではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>checked with the operator&apos;s signature</source>
        <translation>操作者の署名の検証で確認します</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>no ledger given</source>
        <translation>台帳が指定されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not checked: the signature or the certificate failed</source>
        <translation>署名または証明書の確認に失敗したため確認していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not checked: a check it needs failed</source>
        <translation>前提となる確認に失敗したため確認していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not asked</source>
        <translation>指定がないため確認していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>ledger %1</source>
        <translation>台帳 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the certificate names no ledger</source>
        <translation>証明書に台帳の記載がありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>key %1 is not registered</source>
        <translation>鍵 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>key %1 is registered with another public key</source>
        <translation>鍵 %1 には別の公開鍵が登録されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>%1 (valid from %2 until before %3)</source>
        <translation>%1（有効期間 %2 〜 %3 の前まで）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not revoked</source>
        <translation>失効していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>revoked at event %1</source>
        <translation>連番 %1 で失効</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>revoked at event %1, validated at event %2</source>
        <translation>連番 %1 で失効、確認は連番 %2</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>revoked at event %1, the validation is not in the ledger</source>
        <translation>連番 %1 で失効、確認は台帳にありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the signature names no ledger event</source>
        <translation>署名に台帳の連番がありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>no event where the signature says</source>
        <translation>署名された連番にイベントがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>no event synced from outbox entry %1</source>
        <translation>アウトボックスの項目 %1 から同期されたイベントがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1</source>
        <translation>連番 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: of another type</source>
        <translation>連番 %1: イベントの種類が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: recorded by another key</source>
        <translation>連番 %1: 記録した鍵が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: its content cannot be read</source>
        <translation>連番 %1: 内容を読み取れません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: another certificate ID</source>
        <translation>連番 %1: 証明書 ID が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: another SHA-256</source>
        <translation>連番 %1: SHA-256 が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1 is not before the certificate&apos;s event</source>
        <translation>連番 %1 が証明書のイベントより前にありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>broken at event %1 (%2)</source>
        <translation>連番 %1 で不整合（%2）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>staff</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>auditor</source>
        <translation>監査人</translation>
        <location filename="../error_text.cpp" line="146"/>
        <source>a loop device has no drive firmware to ask</source>
        <translation>ループデバイスには問い合わせるファームウェアがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="147"/>
        <source>a disk image has no drive firmware to ask</source>
        <translation>ディスクイメージには問い合わせるファームウェアがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="148"/>
        <source>purges apply to whole drives, not partitions</source>
        <translation>パージはパーティションではなくドライブ全体が対象です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="149"/>
        <source>the drive does not support it</source>
        <translation>ドライブが対応していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="150"/>
        <source>not a command of this drive&apos;s interface</source>
        <translation>このドライブのインターフェースのコマンドではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="151"/>
        <source>the drive did not answer IDENTIFY</source>
        <translation>ドライブが IDENTIFY に応答しません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="152"/>
        <source>the hidden-area state could not be read</source>
        <translation>隠し領域の状態を読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="153"/>
        <source>the drive does not support SMART</source>
        <translation>ドライブが SMART に対応していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="154"/>
        <source>SMART is switched off on the drive</source>
        <translation>ドライブの SMART が無効になっています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="155"/>
        <source>the drive gave no SMART status or attributes</source>
        <translation>ドライブが SMART の状態も属性も返しませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="156"/>
        <source>the drive refused the SMART / Health log</source>
        <translation>ドライブが SMART / Health ログの読み取りを拒否しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="157"/>
        <source>the SMART / Health log could not be read</source>
        <translation>SMART / Health ログを解釈できませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="158"/>
        <source>the command did not reach the drive</source>
        <translation>コマンドがドライブに届きませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="159"/>
        <source>the drive could not be opened for commands</source>
        <translation>ドライブをコマンド用に開けませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="160"/>
        <source>the drive did not state the namespace&apos;s id</source>
        <translation>ドライブが名前空間の ID を返しませんでした</translation>
    </message>
    <message>
        <source>purged</source>
        <translation>パージ完了</translation>
    </message>
    <message>
        <source>completed, read-back not passed</source>
        <translation>完了（読み戻し検査は不合格）</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <source>refused by the drive</source>
        <translation>ドライブが拒否</translation>
    </message>
    <message>
        <source>the security feature set is frozen</source>
        <translation>セキュリティ機能が凍結されています</translation>
    </message>
    <message>
        <source>sanitize is frozen</source>
        <translation>サニタイズが凍結されています</translation>
    </message>
    <message>
        <source>a drive password is already set</source>
        <translation>ドライブパスワードが既に設定されています</translation>
    </message>
    <message>
        <source>the drive reported success without ever being seen at work: not counted</source>
        <translation>ドライブは処理の様子を見せないまま成功を返しました（成功とはみなしません）</translation>
    </message>
    <message>
        <source>completion was not observed</source>
        <translation>完了を確認できませんでした</translation>
    </message>
    <message>
        <source>the drive reported the sanitize as failed</source>
        <translation>ドライブがサニタイズの失敗を報告しました</translation>
    </message>
    <message>
        <source>the drive rejected the command</source>
        <translation>ドライブがコマンドを拒否しました</translation>
    </message>
    <message>
        <source>sampled ranges still hold their earlier data</source>
        <translation>抜き取り検査した範囲に以前のデータが残っています</translation>
    </message>
    <message>
        <source>the device does not support discard</source>
        <translation>デバイスが discard に対応していません</translation>
    </message>
    <message>
        <source>SECURITY ERASE UNIT failed</source>
        <translation>SECURITY ERASE UNIT が失敗しました</translation>
    </message>
    <message>
        <source>the expected content is zeros or one byte in two hexadecimal digits, not &quot;%1&quot;</source>
        <translation>期待値はゼロ、または 16 進数 2 桁の 1 バイトです（「%1」は使えません）</translation>
    </message>
    <message>
        <source>a sample is 10 to 100 percent of the medium, not &quot;%1&quot;</source>
        <translation>抜き取り検査の割合は媒体の 10〜100 % です（「%1」は使えません）</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AttachmentPage</name>
    <message>
        <location filename="../attachment_page.cpp" line="29"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="29"/>
        <source>Create the attachment</source>
        <translation>添付ファイルを作成</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="33"/>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="34"/>
        <source>Files to attach</source>
        <translation>添付するファイル</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="35"/>
        <source>Files (drop them here)</source>
        <translation>ファイル（ここにドロップ）</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="40"/>
        <source>0 public</source>
        <translation>0 公開</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="41"/>
        <source>1 internal</source>
        <translation>1 社外秘</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="42"/>
        <source>2 secret</source>
        <translation>2 極秘</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="44"/>
        <source>name or address of the recipient</source>
        <translation>送付先の氏名またはアドレス</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="46"/>
        <source>Archive:</source>
        <translation>アーカイブ:</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="47"/>
        <source>Recipient:</source>
        <translation>送付先:</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="48"/>
        <source>Classification:</source>
        <translation>機密区分:</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="55"/>
        <source>Generate a password</source>
        <translation>パスワードを生成</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="61"/>
        <source>Password (tell it by another channel, never in the same mail)</source>
        <translation>パスワード（同じメールではなく別の手段で伝えてください）</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="95"/>
        <source>Add files and generate a password first.</source>
        <translation>先にファイルを追加し、パスワードを生成してください。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="109"/>
        <source>No passphrase: nothing was made.</source>
        <translation>パスフレーズがないため、何も作成していません。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="114"/>
        <source>Making the archive…</source>
        <translation>アーカイブを作成中…</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="124"/>
        <source>Not made: %1</source>
        <translation>作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="126"/>
        <source>Archive written: %1 (%2, %3 entries, AES-256)</source>
        <translation>アーカイブを書き込みました: %1 (%2、%3 項目、AES-256)</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="130"/>
        <source>Read back with the password: %1 entries, all intact.</source>
        <translation>パスワードで読み戻しました: %1 項目、すべて正常です。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="131"/>
        <source>Disclosure recorded in the ledger (event %1).</source>
        <translation>送付を台帳に記録しました (イベント %1)。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="132"/>
        <source>No ledger is set in Settings: the disclosure is not recorded.</source>
        <translation>設定に台帳がないため、送付は記録されません。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AuditPage</name>
    <message>
        <location filename="../audit_page.cpp" line="41"/>
        <source>No ledger is set in Settings: the ledger checks were not run.</source>
        <translation>設定に台帳がないため、台帳の検査は行っていません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="46"/>
        <source>The ledger did not open (%1): the ledger checks were not run.</source>
        <translation>台帳を開けませんでした (%1)。台帳の検査は行っていません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="56"/>
        <source>Verify the whole ledger</source>
        <translation>台帳全体を検証</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="60"/>
        <source>Open certificate…</source>
        <translation>証明書を開く…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="62"/>
        <location filename="../audit_page.cpp" line="76"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="68"/>
        <source>or drop a certificate or a folder of certificates here</source>
        <translation>または証明書・証明書のフォルダーをここにドロップ</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="70"/>
        <source>Check</source>
        <translation>検査項目</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="70"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="70"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="89"/>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="95"/>
        <source>Show assets</source>
        <translation>資産を表示</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="97"/>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="99"/>
        <source>Export assets</source>
        <translation>資産の書き出し</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="102"/>
        <source>filter assets</source>
        <translation>資産を絞り込む</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Asset ID</source>
        <translation>資産ID</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Name</source>
        <translation>資産名</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Classification</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="139"/>
        <source>Checking %1…</source>
        <translation>%1 を検査中…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="166"/>
        <source>VERIFIED</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="166"/>
        <source>NOT VERIFIED</source>
        <translation>検証できません</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="170"/>
        <source>The signing key is not registered in the ledger, or a file is missing: %1</source>
        <translation>署名鍵が台帳に登録されていないか、ファイルがありません: %1</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="209"/>
        <source>Ledger verified: %1 events, chain intact.</source>
        <translation>台帳を検証しました: %1 件のイベント、チェーンは完全です。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="211"/>
        <source>Ledger NOT verified: %1 at event %2 (%3)</source>
        <translation>台帳を検証できません: イベント %2 で %1 (%3)</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="259"/>
        <source>Exported %1 assets to %2</source>
        <translation>%1 件の資産を %2 に書き出しました</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Verifying the ledger…</source>
        <translation>台帳を検証しています…</translation>
    </message>
    <message>
        <source>%1 / %2 events</source>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <source>Ledger verification cancelled: nothing was concluded.</source>
        <translation>台帳の検証を中止しました。検証結果はありません。</translation>
    </message>
    <message>
        <source>Certificates in the ledger</source>
        <translation>台帳の証明書</translation>
    </message>
    <message>
        <source>The ledger did not open (%1).</source>
        <translation>台帳を開けませんでした（%1）。</translation>
    </message>
    <message>
        <source>%1 certificates are stored in the ledger.</source>
        <translation>台帳には %1 件の証明書が保存されています。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CarryOutPage</name>
    <message>
        <source>level 1 and 2: the id of a granted approval</source>
        <translation>区分 1・2: 許可済みの承認 ID</translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation>承認 ID:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="30"/>
        <source>wiping the stick</source>
        <translation>USB メモリを消去中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="31"/>
        <source>issuing the certificate</source>
        <translation>証明書を発行中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="32"/>
        <source>making the file system</source>
        <translation>ファイルシステムを作成中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="33"/>
        <source>encrypting the folder onto the stick</source>
        <translation>フォルダーを暗号化して書き込み中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="34"/>
        <source>writing the instructions</source>
        <translation>復号の手順を書き込み中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="35"/>
        <source>reading the archive back</source>
        <translation>アーカイブを読み戻し中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="36"/>
        <source>recording the carry-out</source>
        <translation>持ち出しを記録中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="46"/>
        <source>Prepare the stick…</source>
        <translation>USB メモリを準備…</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="47"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="55"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="57"/>
        <source>Folder to carry out</source>
        <translation>持ち出すフォルダー</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="63"/>
        <source>drop the folder here</source>
        <translation>フォルダーをここにドロップ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="64"/>
        <source>age1… public keys of the recipients, one per line</source>
        <translation>受取人の公開鍵 (age1…) を 1 行に 1 つ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="67"/>
        <source>or a passphrase, when there is no recipient key</source>
        <translation>受取人の鍵がない場合はパスフレーズ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="68"/>
        <source>the asset&apos;s</source>
        <translation>資産の区分</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="69"/>
        <source>0 public</source>
        <translation>0 公開</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="70"/>
        <source>1 internal</source>
        <translation>1 社外秘</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="71"/>
        <source>2 secret</source>
        <translation>2 極秘</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="75"/>
        <source>Add image file…</source>
        <translation>イメージファイルを追加…</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="77"/>
        <source>Disk image</source>
        <translation>ディスクイメージ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="84"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="85"/>
        <source>Recipients:</source>
        <translation>受取人:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="86"/>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="87"/>
        <source>Classification:</source>
        <translation>機密区分:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="88"/>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="113"/>
        <source>Choose a folder and tick exactly one stick.</source>
        <translation>フォルダーを選び、USB メモリを一つだけ選んでください。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="140"/>
        <source>A carry-out is recorded in the ledger: set the ledger in Settings first.</source>
        <translation>持ち出しは台帳に記録します。先に設定で台帳を指定してください。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="144"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation>確認されなかったため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="186"/>
        <source>Nothing was touched: %1</source>
        <translation>何も変更していません: %1</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="190"/>
        <source>Failed while %1: %2</source>
        <translation>%1 で失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="192"/>
        <source>Wipe: %1</source>
        <translation>消去: %1</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="193"/>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="195"/>
        <source>On the stick: %1 (%2)</source>
        <translation>USB メモリ上: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="197"/>
        <source>The archive was read back from the stick and is intact.</source>
        <translation>アーカイブを USB メモリから読み戻し、正常であることを確認しました。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="198"/>
        <source>Carry-out recorded in the ledger (event %1).</source>
        <translation>持ち出しを台帳に記録しました (イベント %1)。</translation>
    </message>
    <message>
        <source>Waiting for the administrator&apos;s authorisation…</source>
        <translation>管理者の認可を待っています…</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CertificateView</name>
    <message>
        <location filename="../certificate_view.cpp" line="24"/>
        <source>Certificate ID</source>
        <translation>証明書ID</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="25"/>
        <source>Issued at</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="26"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="27"/>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="28"/>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="29"/>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="30"/>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="31"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="32"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="33"/>
        <source>Bytes written</source>
        <translation>書き込みバイト数</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="34"/>
        <source>Afterwards</source>
        <translation>消去後</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="35"/>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="20"/>
        <source>detected</source>
        <translation>検出</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="21"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="22"/>
        <source>not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="23"/>
        <source>unknown (not probed or no answer)</source>
        <translation>未確認（検査なし・応答なし）</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="37"/>
        <source>restored to the native size before the wipe; found before: %1</source>
        <translation>消去前に本来のサイズへ戻しました。戻す前の状態: %1</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="47"/>
        <source>not applicable: %1</source>
        <translation>対象外: %1</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="49"/>
        <source>not available: %1</source>
        <translation>取得できず: %1</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="52"/>
        <source>read, no overall verdict given</source>
        <translation>読み取り済み・総合判定なし</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="53"/>
        <source>passed</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="54"/>
        <source>FAILED</source>
        <translation>異常</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="81"/>
        <source>Hidden areas (HPA/DCO/AMA)</source>
        <translation>隠し領域（HPA/DCO/AMA）</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="88"/>
        <source>Drive health before the wipe (SMART)</source>
        <translation>消去前のドライブの状態（SMART）</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="33"/>
        <source>HPA %1, DCO %2, AMA %3</source>
        <translation>HPA %1、DCO %2、AMA %3</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::ConfirmDialog</name>
    <message>
        <location filename="../confirm_dialog.cpp" line="18"/>
        <source>the serial number (or, without one, the device name)</source>
        <translation>シリアル番号 (ない場合はデバイス名)</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="19"/>
        <source>the image file&apos;s path</source>
        <translation>イメージファイルのパス</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="24"/>
        <source>To confirm, type %1:</source>
        <translation>確認のため、%1 を入力してください:</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="22"/>
        <source>&lt;b&gt;Everything on %1 (%2) will be destroyed.&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1（%2）の内容はすべて消去されます。&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="23"/>
        <source>, </source>
        <comment>between the model and the size</comment>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="28"/>
        <source>Confirm the wipe</source>
        <translation>消去の確認</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="41"/>
        <source>Wipe</source>
        <translation>消去</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::DeviceTable</name>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Transport</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Removable</source>
        <translation>取り外し可能</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="12"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="59"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="59"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="62"/>
        <source>ready</source>
        <translation>消去可能</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="62"/>
        <source>not selectable: %1</source>
        <translation>選択不可: %1</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::EventsView</name>
    <message>
        <source>Approver titles set</source>
        <translation>承認者の役職設定</translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation>承認申請</translation>
    </message>
    <message>
        <source>Approval granted</source>
        <translation>承認許可</translation>
    </message>
    <message>
        <source>Approval denied</source>
        <translation>承認却下</translation>
    </message>
    <message>
        <source>Asset disposed of</source>
        <translation>資産廃棄</translation>
    </message>
    <message>
        <source>Ledger created</source>
        <translation>台帳の作成</translation>
    </message>
    <message>
        <source>Key registered</source>
        <translation>鍵の登録</translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation>鍵の失効</translation>
    </message>
    <message>
        <source>Asset registered</source>
        <translation>資産の登録</translation>
    </message>
    <message>
        <source>Asset updated</source>
        <translation>資産の更新</translation>
    </message>
    <message>
        <source>Carry-out</source>
        <translation>持ち出し</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>返却</translation>
    </message>
    <message>
        <source>Wipe certificate</source>
        <translation>消去証明書</translation>
    </message>
    <message>
        <source>Attachment sent</source>
        <translation>添付ファイルの送付</translation>
    </message>
    <message>
        <source>Audit note</source>
        <translation>監査メモ</translation>
    </message>
    <message>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>日時 (現地時刻)</translation>
    </message>
    <message>
        <source>Ledger root key</source>
        <translation>台帳ルート鍵</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>asset ID contains</source>
        <translation>資産ID (部分一致)</translation>
    </message>
    <message>
        <source>search text</source>
        <translation>検索する文字列</translation>
    </message>
    <message>
        <source>Show events</source>
        <translation>イベントを表示</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>イベントの書き出し</translation>
    </message>
    <message>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>No ledger is set in Settings.</source>
        <translation>設定で台帳が指定されていません。</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <source>%1 events shown, more as you scroll</source>
        <translation>%1 件を表示中 (スクロールすると続きを読み込みます)</translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation>%1 件のイベントを %2 に書き出しました</translation>
    </message>
    <message>
        <source>Certificate validated</source>
        <translation>証明書の確認（副署）</translation>
    </message>
    <message>
        <source>Certificate files stored</source>
        <translation>証明書ファイルの保存</translation>
    </message>
    <message>
        <source>Lost medium reported</source>
        <translation>媒体紛失の報告</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="23"/>
        <source>sanitize — media wiping and audit</source>
        <translation>sanitize — 媒体の消去と監査</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Wipe</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Carry-out</source>
        <translation>持ち出し</translation>
    </message>
    <message>
        <source>Purge and verify</source>
        <translation>パージ・媒体検証</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::PassphraseDialog</name>
    <message>
        <location filename="../passphrase_dialog.cpp" line="23"/>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <location filename="../passphrase_dialog.cpp" line="29"/>
        <source>Passphrase of the key %1:</source>
        <translation>鍵 %1 のパスフレーズ:</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::SettingsPage</name>
    <message>
        <location filename="../settings_page.cpp" line="36"/>
        <source>Configuration problem in %1, line %2 (%3: %4): the next setting down is used.</source>
        <translation>設定ファイル %1 の %2 行目に問題があります（%3: %4）。次の層の値を使います。</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="21"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="38"/>
        <source>ledger.db, or postgresql://host/database</source>
        <translation>ledger.db または postgresql://ホスト/データベース</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="39"/>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="45"/>
        <source>Ledger:</source>
        <translation>台帳:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="46"/>
        <source>Operator key:</source>
        <translation>作業者の鍵:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="47"/>
        <source>Department and site:</source>
        <translation>部署・拠点:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="48"/>
        <source>Certificates folder:</source>
        <translation>証明書の保存先:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="49"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="50"/>
        <source>The key&apos;s passphrase is asked for each signing and never stored.</source>
        <translation>鍵のパスフレーズは署名のたびに尋ね、保存しません。</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="52"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::WipePage</name>
    <message>
        <source>Continue an interrupted wipe</source>
        <translation>中断した消去を続ける</translation>
    </message>
    <message>
        <source>The method and verification of the interrupted wipe are used.</source>
        <translation>中断した消去の方式と検証がそのまま使われます。</translation>
    </message>
    <message>
        <source>%1: no interrupted wipe to continue. Untick &quot;Continue an interrupted wipe&quot; to start a new one.</source>
        <translation>%1: 続けられる中断した消去はありません。新しく消去するには「中断した消去を続ける」のチェックを外してください。</translation>
    </message>
    <message>
        <source>%1: an interrupted wipe of this medium can be continued. Tick &quot;Continue an interrupted wipe&quot; and start again.</source>
        <translation>%1: この媒体には中断した消去があり、続けられます。「中断した消去を続ける」にチェックを入れて、もう一度始めてください。</translation>
    </message>
    <message>
        <source>%1: the saved wipe belongs to another medium (%2 differs). Nothing was written.</source>
        <translation>%1: 保存された消去は別の媒体のものです (%2 が異なります)。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1: the saved state of the interrupted wipe is damaged. Nothing was written.</source>
        <translation>%1: 中断した消去の保存状態が壊れています。何も書き込んでいません。</translation>
    </message>
    <message>
        <source>%1: the wipe's state could not be saved: %2. Nothing was written.</source>
        <translation>%1: 消去の状態を保存できませんでした: %2。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="29"/>
        <source>writing</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="30"/>
        <source>syncing</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="31"/>
        <source>verifying</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="46"/>
        <source>Wipe…</source>
        <translation>消去…</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="47"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="52"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="53"/>
        <source>Add image file…</source>
        <translation>イメージファイルを追加…</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="56"/>
        <source>Disk image to wipe</source>
        <translation>消去するディスクイメージ</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="63"/>
        <source>Targets</source>
        <translation>消去対象</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="70"/>
        <source>last pass, every byte</source>
        <translation>最終パスを全バイト</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="71"/>
        <source>every pass, every byte</source>
        <translation>全パスを全バイト</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="72"/>
        <source>sample 10 %</source>
        <translation>10 % を抽出</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="73"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="74"/>
        <source>reuse</source>
        <translation>再利用</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="75"/>
        <source>disposal</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="76"/>
        <source>return to owner</source>
        <translation>所有者へ返却</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="89"/>
        <source>ledger asset IDs, one per ticked target in their order (optional)</source>
        <translation>台帳の資産ID。選んだ対象ごとに順に 1 つずつ (任意)</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="50"/>
        <source>Restore hidden areas (HPA, AMA) first</source>
        <translation>先に隠し領域 (HPA・AMA) を元に戻す</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="51"/>
        <source>Also undo a DCO (resets the drive&apos;s feature settings)</source>
        <translation>DCO も元に戻す (ドライブの機能設定が初期化されます)</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="159"/>
        <source>Give one asset ID per ticked target, in their order, separated by commas (or none).</source>
        <translation>資産IDは選んだ対象ごとに順に 1 つずつ、カンマで区切って入力してください (なしでも構いません)。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="78"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="80"/>
        <source>Method:</source>
        <translation>方式:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="81"/>
        <source>Verification:</source>
        <translation>検証:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="82"/>
        <source>Afterwards:</source>
        <translation>消去後:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="83"/>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Remaining</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="123"/>
        <source>Tick at least one target.</source>
        <translation>消去対象を一つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="150"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation>確認されなかったため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="158"/>
        <source>No passphrase: nothing was erased.</source>
        <translation>パスフレーズがないため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="162"/>
        <source>No ledger is set in Settings: the wipe gets no certificate.</source>
        <translation>設定に台帳がないため、この消去には証明書が発行されません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="204"/>
        <source>pass %1/%2 %3 %p%</source>
        <translation>パス %1/%2 %3 %p%</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="205"/>
        <source>/s</source>
        <translation>/秒</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="214"/>
        <source>Nothing was erased: %1</source>
        <translation>何も消去していません: %1</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="216"/>
        <source>The GUI does not run as root. Wipe this device through the privileged helper: pkexec sanitize wipe %1</source>
        <translation>GUI は root では動きません。このデバイスは特権ヘルパーで消去してください: pkexec sanitize wipe %1</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="230"/>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="232"/>
        <source>No certificate: %1</source>
        <translation>証明書なし: %1</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="285"/>
        <source>the wipe did not start</source>
        <translation>消去は始まりませんでした</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="300"/>
        <source>not erased</source>
        <translation>未消去</translation>
    </message>
</context>
<context>
    <name>PrivilegedWipe</name>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper stopped unexpectedly.</source>
        <translation>特権ヘルパーが予期せず終了しました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was erased.</source>
        <translation>認可されませんでした: 管理者パスワードが入力されなかったか、要求が閉じられました。何も消去していません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was erased.</source>
        <translation>特権ヘルパーを起動できませんでした: pkexec がないか、認証に失敗しました。何も消去していません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper reports a failure.</source>
        <translation>特権ヘルパーが失敗を報告しました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper did not accept the request.</source>
        <translation>特権ヘルパーが要求を受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper refused the wipe for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation>特権ヘルパーが安全のため消去を拒否しました（マウント中またはシステムのディスク、または確認が一致しません）。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper found a signature or ledger that does not verify.</source>
        <translation>特権ヘルパーが検証できない署名または台帳を見つけました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The wipe was interrupted.</source>
        <translation>消去は中断されました。</translation>
    </message>
    <message>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was written to the stick.</source>
        <translation>認可されませんでした: 管理者パスワードが入力されなかったか、要求が閉じられました。USBメモリには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was written to the stick.</source>
        <translation>特権ヘルパーを起動できませんでした: pkexec がないか、認証に失敗しました。USBメモリには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>The privileged helper refused the carry-out for safety (a mounted or system disk, a confirmation that does not match, or a folder too large for the stick).</source>
        <translation>特権ヘルパーが安全のため持ち出し準備を拒否しました（マウント中またはシステムのディスク、確認が一致しない、またはフォルダーがUSBメモリに入りきりません）。</translation>
    </message>
    <message>
        <source>The carry-out was interrupted: no carry-out was recorded.</source>
        <translation>持ち出し準備は中断されました。持ち出しは記録されていません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper ended with exit code %1.</source>
        <translation>特権ヘルパーが終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <source>The privileged helper refused the purge for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation>特権ヘルパーが安全のためパージを拒否しました（マウント中またはシステムのディスク、または確認が一致しません）。</translation>
    </message>
    <message>
        <source>The purge was interrupted.</source>
        <translation>パージは中断されました。</translation>
    </message>
    <message>
        <source>Not authorised: the administrator password was not given or the request was dismissed. The medium was not checked.</source>
        <translation>認可されませんでした: 管理者パスワードが入力されなかったか、要求が閉じられました。媒体は検証していません。</translation>
    </message>
    <message>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. The medium was not checked.</source>
        <translation>特権ヘルパーを起動できませんでした: pkexec がないか、認証に失敗しました。媒体は検証していません。</translation>
    </message>
    <message>
        <source>The privileged helper refused to read the medium (a mounted or system disk, or one in use).</source>
        <translation>特権ヘルパーが媒体の読み取りを拒否しました（マウント中、システム、または使用中のディスク）。</translation>
    </message>
    <message>
        <source>The check was interrupted.</source>
        <translation>検証は中断されました。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumPage</name>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Add image file…</source>
        <translation>イメージファイルを追加…</translation>
    </message>
    <message>
        <source>Disk image to check or purge</source>
        <translation>検証またはパージするディスクイメージ</translation>
    </message>
    <message>
        <source>Target (tick one)</source>
        <translation>対象（1 つ選択）</translation>
    </message>
    <message>
        <source>Verify medium</source>
        <translation>消去の検証</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>パージ</translation>
    </message>
    <message>
        <source>Tick exactly one target.</source>
        <translation>対象を 1 つだけ選んでください。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumCheckTab</name>
    <message>
        <source>Read: %1, %2 % of the medium.</source>
        <translation>読み取り: %1（媒体の %2 %）。</translation>
    </message>
    <message>
        <source>Sampled in %1 subsections.</source>
        <translation>%1 区画を抜き取り検査しました。</translation>
    </message>
    <message>
        <source>Cancelled: %1 was not checked to the end, so there is no verdict.</source>
        <translation>キャンセルしました: %1 は最後まで検証していないため、判定はありません。</translation>
    </message>
    <message>
        <source>Matches: every byte read on %1 is %2.</source>
        <translation>一致: %1 から読み取ったバイトはすべて %2 です。</translation>
    </message>
    <message>
        <source>Does not match: %1 does not hold only %2.</source>
        <translation>不一致: %1 には %2 以外のデータがあります。</translation>
    </message>
    <message>
        <source>Ranges that differ: %1, the first at byte offset %2; %3 differ in all.</source>
        <translation>異なる範囲: %1 か所、最初はバイトオフセット %2。合計 %3 が異なります。</translation>
    </message>
    <message>
        <source>Ranges that could not be read: %1, the first at byte offset %2.</source>
        <translation>読み取れなかった範囲: %1 か所、最初はバイトオフセット %2。</translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation>検証が停止しました: %1</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>検証していません: %1</translation>
    </message>
    <message>
        <source>Check medium</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>zeros (0x00)</source>
        <translation>ゼロ (0x00)</translation>
    </message>
    <message>
        <source>one byte value</source>
        <translation>指定のバイト値</translation>
    </message>
    <message>
        <source>two hexadecimal digits, e.g. ff</source>
        <translation>16 進数 2 桁（例: ff）</translation>
    </message>
    <message>
        <source>every byte (full read)</source>
        <translation>全バイト（全数読み取り）</translation>
    </message>
    <message>
        <source>sample inspection</source>
        <translation>抜き取り検査</translation>
    </message>
    <message>
        <source>Expected content:</source>
        <translation>期待値:</translation>
    </message>
    <message>
        <source>Byte value:</source>
        <translation>バイト値:</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>読み取り:</translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation>抜き取り割合:</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <source>%p% read, %1</source>
        <translation>%p% 読み取り済み、%1</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::PurgeTab</name>
    <message>
        <source>%1: %2 is not available: %3. Nothing was sent to the drive.</source>
        <translation>%1: %2 は利用できません: %3。ドライブには何も送信していません。</translation>
    </message>
    <message>
        <source>The table lists what this target offers. A medium without a purge is erased on the Wipe page.</source>
        <translation>この対象で使えるパージ方式は下の表のとおりです。パージできない媒体は「消去」ページで上書き消去してください。</translation>
    </message>
    <message>
        <source>%1: %2 with %3</source>
        <translation>%1: %3 で%2</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation>証明書なし: %1</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>何も消去していません: %1</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>パージ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>sample 10 %</source>
        <translation>10 % を抽出</translation>
    </message>
    <message>
        <source>every byte</source>
        <translation>全バイト</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>reuse</source>
        <translation>再利用</translation>
    </message>
    <message>
        <source>disposal</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <source>return to owner</source>
        <translation>所有者へ返却</translation>
    </message>
    <message>
        <source>ledger asset ID (optional)</source>
        <translation>台帳の資産ID（任意）</translation>
    </message>
    <message>
        <source>Purge method:</source>
        <translation>パージ方式:</translation>
    </message>
    <message>
        <source>Read-back:</source>
        <translation>読み戻し検査:</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>消去後:</translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <source>Purge method</source>
        <translation>パージ方式</translation>
    </message>
    <message>
        <source>Offered by this target</source>
        <translation>この対象での可否</translation>
    </message>
    <message>
        <source>Choose a purge method and a read-back.</source>
        <translation>パージ方式と読み戻し検査を選んでください。</translation>
    </message>
    <message>
        <source>Not confirmed: nothing was erased.</source>
        <translation>確認されなかったため、何も消去していません。</translation>
    </message>
    <message>
        <source>No passphrase: nothing was erased.</source>
        <translation>パスフレーズがないため、何も消去していません。</translation>
    </message>
    <message>
        <source>No ledger is set in Settings: the purge gets no certificate.</source>
        <translation>設定に台帳がないため、このパージには証明書が発行されません。</translation>
    </message>
    <message>
        <source>Purging %1…</source>
        <translation>%1 をパージしています…</translation>
    </message>
    <message>
        <source>the drive is working (poll %1)</source>
        <translation>ドライブが処理中です（確認 %1 回目）</translation>
    </message>
    <message>
        <source>available</source>
        <translation>利用できます</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>利用できません: %1</translation>
    </message>
</context>
</TS>
