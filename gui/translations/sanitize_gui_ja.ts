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
    <name>PrivilegedWipe</name>
    <message>
        <location filename="../privileged_wipe.cpp" line="134"/>
        <source>The privileged helper stopped unexpectedly.</source>
        <translation>特権ヘルパーが予期せず終了しました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="110"/>
        <location filename="../privileged_wipe.cpp" line="121"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was erased.</source>
        <translation>認可されませんでした: 管理者パスワードが入力されなかったか、要求が閉じられました。何も消去していません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="112"/>
        <location filename="../privileged_wipe.cpp" line="122"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was erased.</source>
        <translation>特権ヘルパーを起動できませんでした: pkexec がないか、認証に失敗しました。何も消去していません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="114"/>
        <source>The privileged helper reports a failure.</source>
        <translation>特権ヘルパーが失敗を報告しました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="115"/>
        <source>The privileged helper did not accept the request.</source>
        <translation>特権ヘルパーが要求を受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="116"/>
        <source>The privileged helper refused the wipe for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation>特権ヘルパーが安全のため消去を拒否しました（マウント中またはシステムのディスク、または確認が一致しません）。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="118"/>
        <source>The privileged helper found a signature or ledger that does not verify.</source>
        <translation>特権ヘルパーが検証できない署名または台帳を見つけました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="119"/>
        <source>The wipe was interrupted.</source>
        <translation>消去は中断されました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="111"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was written to the stick.</source>
        <translation>認可されませんでした: 管理者パスワードが入力されなかったか、要求が閉じられました。USBメモリには何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="113"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was written to the stick.</source>
        <translation>特権ヘルパーを起動できませんでした: pkexec がないか、認証に失敗しました。USBメモリには何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="117"/>
        <source>The privileged helper refused the carry-out for safety (a mounted or system disk, a confirmation that does not match, or a folder too large for the stick).</source>
        <translation>特権ヘルパーが安全のため持ち出し準備を拒否しました（マウント中またはシステムのディスク、確認が一致しない、またはフォルダーがUSBメモリに入りきりません）。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="120"/>
        <source>The carry-out was interrupted: no carry-out was recorded.</source>
        <translation>持ち出し準備は中断されました。持ち出しは記録されていません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="136"/>
        <source>The privileged helper ended with exit code %1.</source>
        <translation>特権ヘルパーが終了コード %1 で終了しました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="123"/>
        <source>The privileged helper refused the purge for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation>特権ヘルパーが安全のためパージを拒否しました（マウント中またはシステムのディスク、または確認が一致しません）。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="124"/>
        <source>The purge was interrupted.</source>
        <translation>パージは中断されました。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="125"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. The medium was not checked.</source>
        <translation>認可されませんでした: 管理者パスワードが入力されなかったか、要求が閉じられました。媒体は検証していません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="126"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. The medium was not checked.</source>
        <translation>特権ヘルパーを起動できませんでした: pkexec がないか、認証に失敗しました。媒体は検証していません。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="127"/>
        <source>The privileged helper refused to read the medium (a mounted or system disk, or one in use).</source>
        <translation>特権ヘルパーが媒体の読み取りを拒否しました（マウント中、システム、または使用中のディスク）。</translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="128"/>
        <source>The check was interrupted.</source>
        <translation>検証は中断されました。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../main.cpp" line="73"/>
        <source>sanitize-gui does not run as root. Start it as yourself; wiping a device you cannot open goes through the privileged helper (pkexec sanitize-helper).</source>
        <translation>sanitize-gui は root では動きません。一般ユーザーで起動してください。開けないデバイスの消去は特権ヘルパー (pkexec sanitize-helper) を通します。</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="36"/>
        <source>%1 (commit unknown: built without git)</source>
        <translation>%1（コミット不明: git なしでビルド）</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="38"/>
        <source>%1 (commit %2)</source>
        <translation>%1（コミット %2）</translation>
    </message>
    <message>
        <location filename="../main.cpp" line="44"/>
        <source>Verified wiping of storage media, carry-out folders, password-protected attachments and the asset ledger</source>
        <translation>記憶媒体の検証付き消去、持ち出しフォルダ、パスワード付き添付ファイル、情報資産管理台帳</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../error_text.cpp" line="75"/>
        <source>level %1 needs the approval of the %2: enter the id of a granted approval</source>
        <translation>区分 %1 には %2 の承認が必要です。許可済みの承認 ID を入力してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="77"/>
        <source>approval %1 is not in the ledger</source>
        <translation>承認 %1 は台帳にありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="78"/>
        <source>approval %1 has not been granted yet</source>
        <translation>承認 %1 はまだ許可されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="79"/>
        <source>approval %1 was denied</source>
        <translation>承認 %1 は却下されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="80"/>
        <source>approval %1 expired after %2</source>
        <translation>承認 %1 は期限（%2）を過ぎています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="81"/>
        <source>approval %1 was used already (event %2)</source>
        <translation>承認 %1 は使用済みです（イベント %2）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="82"/>
        <source>approval %1 is for asset %2</source>
        <translation>承認 %1 は別の資産（%2）のものです</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="83"/>
        <source>approval %1 is for level %2</source>
        <translation>承認 %1 は別の区分（%2）のものです</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="84"/>
        <source>approval %1 is for another purpose (%2)</source>
        <translation>承認 %1 は別の用途（%2）のものです</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="86"/>
        <source>approval %1 was granted by a key that is not the %2</source>
        <translation>承認 %1 を許可した鍵は %2 ではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="87"/>
        <source>approval %1 was granted by a revoked key</source>
        <translation>承認 %1 を許可した鍵は失効しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="18"/>
        <source>Invalid value</source>
        <translation>不正な値</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="19"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="20"/>
        <source>Permission denied</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="21"/>
        <source>In use by another program</source>
        <translation>他のプログラムが使用中です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="22"/>
        <source>Not a disk or disk image</source>
        <translation>ディスクでもディスクイメージでもありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="23"/>
        <source>Input/output error</source>
        <translation>入出力エラー</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="24"/>
        <source>The device was removed</source>
        <translation>デバイスが取り外されました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="25"/>
        <source>The device reports two different sizes</source>
        <translation>デバイスが異なる二つのサイズを報告しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="26"/>
        <source>Refused for safety</source>
        <translation>安全のため拒否しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="27"/>
        <source>Cancelled</source>
        <translation>取り消しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="28"/>
        <source>Malformed file</source>
        <translation>ファイルの形式が不正です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="29"/>
        <source>Wrong passphrase</source>
        <translation>パスフレーズが違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="30"/>
        <source>Invalid signature</source>
        <translation>署名が不正です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="31"/>
        <source>Integrity check failed</source>
        <translation>完全性の検査に失敗しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="32"/>
        <source>Conflict: the data changed meanwhile</source>
        <translation>競合: 途中でデータが変わりました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="33"/>
        <location filename="../error_text.cpp" line="35"/>
        <source>Internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="131"/>
        <source>erased</source>
        <translation>消去済み</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="132"/>
        <source>erased with exceptions</source>
        <translation>例外付きで消去</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="133"/>
        <location filename="../error_text.cpp" line="146"/>
        <source>aborted</source>
        <translation>中断</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="134"/>
        <location filename="../error_text.cpp" line="136"/>
        <location filename="../error_text.cpp" line="145"/>
        <location filename="../error_text.cpp" line="148"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="154"/>
        <source>mounted</source>
        <translation>マウント中</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="155"/>
        <source>holds the running system</source>
        <translation>稼働中のシステムを含む</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="156"/>
        <source>used as swap</source>
        <translation>スワップとして使用中</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="157"/>
        <source>in use (RAID, LVM or encryption)</source>
        <translation>使用中 (RAID・LVM・暗号化)</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="158"/>
        <source>a partition: wipe the whole disk</source>
        <translation>パーティションです: ディスク全体を消去してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="159"/>
        <source>read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="167"/>
        <source>Signature over the certificate</source>
        <translation>証明書の署名</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="168"/>
        <source>Signed comment of the signature</source>
        <translation>署名の信頼済みコメント</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="169"/>
        <source>SHA-256 of the certificate</source>
        <translation>証明書の SHA-256</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="170"/>
        <source>Certificate is well-formed</source>
        <translation>証明書の形式が正しい</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="171"/>
        <source>Certificate ID matches the signature</source>
        <translation>証明書 ID が署名と一致</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="172"/>
        <source>Signer is the named operator</source>
        <translation>署名者が記載の作業者</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="173"/>
        <source>Certificate names this ledger</source>
        <translation>証明書がこの台帳を指している</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="174"/>
        <source>Key registered in the ledger</source>
        <translation>鍵が台帳に登録済み</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="175"/>
        <source>Signer&apos;s name and role match the ledger</source>
        <translation>署名者の氏名と役割が台帳と一致</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="176"/>
        <source>Key valid at the time of issue</source>
        <translation>発行時点で鍵が有効</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="177"/>
        <source>Key not revoked</source>
        <translation>鍵が失効していない</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="178"/>
        <source>Ledger records this certificate</source>
        <translation>台帳にこの証明書の記録がある</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="179"/>
        <source>Ledger head in the certificate is in the chain</source>
        <translation>証明書の台帳先頭がチェーン内にある</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="180"/>
        <source>Whole ledger chain verifies</source>
        <translation>台帳のチェーン全体が検証できる</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="187"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="188"/>
        <source>FAILED</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="189"/>
        <source>not checked</source>
        <translation>未検査</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="52"/>
        <source>%1 names the same medium again</source>
        <translation>%1 は同じ媒体をもう一度指しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="53"/>
        <source>holds 0 bytes: there is nothing to wipe</source>
        <translation>容量が 0 バイトです。消去するものがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="55"/>
        <source>the medium is no longer the one confirmed: check which drive is connected</source>
        <translation>媒体が確認したものではなくなっています: 接続されているドライブを確かめてください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="99"/>
        <source>already exists and is never overwritten: choose another name</source>
        <translation>既にあります。上書きはしないので、別の名前を選んでください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="57"/>
        <source>the drive now offers its native size, but the system still sees the old size: re-plug it</source>
        <translation>ドライブは本来の容量に戻りましたが、システムはまだ元の容量と見ています。挿し直してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="58"/>
        <source>the hidden areas were not reset (%1)</source>
        <translation>隠し領域は元に戻していません (%1)</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="59"/>
        <source>resetting the hidden areas failed (%1)</source>
        <translation>隠し領域を元に戻せませんでした (%1)</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="60"/>
        <source>asset %1 is not in the ledger</source>
        <translation>資産 %1 は台帳にありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="67"/>
        <source>key %1 is not registered in the ledger</source>
        <translation>鍵 %1 は台帳に登録されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="68"/>
        <source>key %1 was revoked</source>
        <translation>鍵 %1 は失効しています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="69"/>
        <source>key %1 is not valid now</source>
        <translation>鍵 %1 は現在有効ではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="70"/>
        <source>the role of key %1 may not sign this</source>
        <translation>鍵 %1 の役割ではこれに署名できません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="94"/>
        <source>this is not the medium that was confirmed: its %1 changed; nothing was written</source>
        <translation>確認した媒体ではありません（%1 が変わりました）。何も書き込んでいません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="96"/>
        <source>through the privileged helper, certificates are kept in the site&apos;s folder %1 only: choose it in Settings</source>
        <translation>特権ヘルパーを使うときは、証明書はサイトのフォルダ %1 にだけ保存されます: 設定でそのフォルダを選んでください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="98"/>
        <source>you may not read this folder yourself, so the privileged helper does not read it either</source>
        <translation>ご自分で読めないフォルダは、特権ヘルパーも読みません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="101"/>
        <source>password refused: %1 characters; the policy asks for at least %2</source>
        <translation>パスワードを受け付けません: %1 文字です（規程では %2 文字以上）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="103"/>
        <source>password refused: the policy asks for upper and lower case letters, digits and symbols</source>
        <translation>パスワードを受け付けません: 規程では英大文字・英小文字・数字・記号をすべて含む必要があります</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="104"/>
        <source>password refused: it contains a dictionary word</source>
        <translation>パスワードを受け付けません: 辞書にある単語を含んでいます</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="105"/>
        <source>password refused: too easy to guess</source>
        <translation>パスワードを受け付けません: 推測されやすすぎます</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="107"/>
        <source>password refused: it holds a control character or is not UTF-8</source>
        <translation>パスワードを受け付けません: 制御文字を含むか UTF-8 ではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="198"/>
        <source>key %1</source>
        <translation>鍵 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="199"/>
        <source>the signature does not verify (%1)</source>
        <translation>署名を検証できません（%1）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="200"/>
        <source>a signature of another kind</source>
        <translation>署名の種類が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="201"/>
        <source>the signed comment is malformed</source>
        <translation>署名付きコメントの形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="202"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="203"/>
        <source>the certificate is malformed</source>
        <translation>証明書の形式が正しくありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="204"/>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="205"/>
        <source>operator&apos;s key %1</source>
        <translation>操作者の鍵 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="206"/>
        <source>the validator is the operator</source>
        <translation>確認者が操作者と同じです</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="207"/>
        <source>not the designated validator</source>
        <translation>指定された確認者ではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="208"/>
        <source>checked with the operator&apos;s signature</source>
        <translation>操作者の署名の検証で確認します</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="209"/>
        <source>no ledger given</source>
        <translation>台帳が指定されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="210"/>
        <source>not checked: the signature or the certificate failed</source>
        <translation>署名または証明書の確認に失敗したため確認していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="211"/>
        <source>not checked: a check it needs failed</source>
        <translation>前提となる確認に失敗したため確認していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="212"/>
        <source>not asked</source>
        <translation>指定がないため確認していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="213"/>
        <source>ledger %1</source>
        <translation>台帳 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="214"/>
        <source>the certificate names no ledger</source>
        <translation>証明書に台帳の記載がありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="215"/>
        <source>key %1 is not registered</source>
        <translation>鍵 %1 は登録されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="217"/>
        <source>key %1 is registered with another public key</source>
        <translation>鍵 %1 には別の公開鍵が登録されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="220"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="223"/>
        <source>%1 (valid from %2 until before %3)</source>
        <translation>%1（有効期間 %2 〜 %3 の前まで）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="224"/>
        <source>not revoked</source>
        <translation>失効していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="225"/>
        <source>revoked at event %1</source>
        <translation>連番 %1 で失効</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="227"/>
        <source>revoked at event %1, validated at event %2</source>
        <translation>連番 %1 で失効、確認は連番 %2</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="229"/>
        <source>revoked at event %1, the validation is not in the ledger</source>
        <translation>連番 %1 で失効、確認は台帳にありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="230"/>
        <source>the signature names no ledger event</source>
        <translation>署名に台帳の連番がありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="231"/>
        <source>no event where the signature says</source>
        <translation>署名された連番にイベントがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="232"/>
        <source>no event synced from outbox entry %1</source>
        <translation>アウトボックスの項目 %1 から同期されたイベントがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="233"/>
        <location filename="../error_text.cpp" line="239"/>
        <source>event %1</source>
        <translation>連番 %1</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="234"/>
        <source>event %1: of another type</source>
        <translation>連番 %1: イベントの種類が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="235"/>
        <source>event %1: recorded by another key</source>
        <translation>連番 %1: 記録した鍵が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="236"/>
        <source>event %1: its content cannot be read</source>
        <translation>連番 %1: 内容を読み取れません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="237"/>
        <source>event %1: another certificate ID</source>
        <translation>連番 %1: 証明書 ID が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="238"/>
        <source>event %1: another SHA-256</source>
        <translation>連番 %1: SHA-256 が違います</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="240"/>
        <source>event %1 is not before the certificate&apos;s event</source>
        <translation>連番 %1 が証明書のイベントより前にありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="241"/>
        <source>%1 events</source>
        <translation>%1 件のイベント</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="242"/>
        <source>broken at event %1 (%2)</source>
        <translation>連番 %1 で不整合（%2）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="290"/>
        <source>staff</source>
        <translation>操作者</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="291"/>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="255"/>
        <source>a loop device has no drive firmware to ask</source>
        <translation>ループデバイスには問い合わせるファームウェアがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="256"/>
        <source>a disk image has no drive firmware to ask</source>
        <translation>ディスクイメージには問い合わせるファームウェアがありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="257"/>
        <source>purges apply to whole drives, not partitions</source>
        <translation>パージはパーティションではなくドライブ全体が対象です</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="258"/>
        <source>the drive does not support it</source>
        <translation>ドライブが対応していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="259"/>
        <source>not a command of this drive&apos;s interface</source>
        <translation>このドライブのインターフェースのコマンドではありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="260"/>
        <source>the drive did not answer IDENTIFY</source>
        <translation>ドライブが IDENTIFY に応答しません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="261"/>
        <source>the hidden-area state could not be read</source>
        <translation>隠し領域の状態を読み取れませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="262"/>
        <source>the drive does not support SMART</source>
        <translation>ドライブが SMART に対応していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="263"/>
        <source>SMART is switched off on the drive</source>
        <translation>ドライブの SMART が無効になっています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="264"/>
        <source>the drive gave no SMART status or attributes</source>
        <translation>ドライブが SMART の状態も属性も返しませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="265"/>
        <source>the drive refused the SMART / Health log</source>
        <translation>ドライブが SMART / Health ログの読み取りを拒否しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="266"/>
        <source>the SMART / Health log could not be read</source>
        <translation>SMART / Health ログを解釈できませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="267"/>
        <source>the command did not reach the drive</source>
        <translation>コマンドがドライブに届きませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="268"/>
        <source>the drive could not be opened for commands</source>
        <translation>ドライブをコマンド用に開けませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="269"/>
        <source>the drive did not state the namespace&apos;s id</source>
        <translation>ドライブが名前空間の ID を返しませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="89"/>
        <source>key %1 may not decide this approval: that takes the %2</source>
        <translation>鍵 %1 はこの承認を判断できません（%2 の役職が必要です）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="91"/>
        <source>approval %1 was denied already</source>
        <translation>申請 %1 はすでに却下されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="92"/>
        <source>approval %1 was granted already</source>
        <translation>申請 %1 はすでに承認されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="292"/>
        <source>auditor</source>
        <translation>監査人</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="312"/>
        <source>department head</source>
        <translation>部門長</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="313"/>
        <source>representative director</source>
        <translation>代表取締役</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="314"/>
        <source>security officer</source>
        <translation>情報セキュリティ責任者</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="317"/>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="62"/>
        <source>%1 is not a date: write it as YYYY-MM-DD</source>
        <translation>%1 は日付ではありません。YYYY-MM-DD の形で入力してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="73"/>
        <source>a disposal needs the security officer&apos;s granted approval: enter the id of one</source>
        <translation>廃棄には情報セキュリティ責任者の承認が必要です。承認済みの承認IDを入力してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="61"/>
        <source>asset %1 is in the ledger already: edit it instead</source>
        <translation>資産 %1 はすでに台帳にあります。編集してください</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="40"/>
        <source>how the medium was destroyed</source>
        <translation>破壊の方法</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="66"/>
        <source>key %1 was never registered in the ledger</source>
        <translation>鍵 %1 は台帳に登録されていません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="65"/>
        <source>the CSV does not read at %1</source>
        <translation>CSV の %1 を読み取れません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="63"/>
        <source>the disposal lacks %1</source>
        <translation>廃棄の記録に%1がありません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="42"/>
        <source>the vendor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="43"/>
        <source>the vendor&apos;s certificate</source>
        <translation>委託先の消去証明書</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="41"/>
        <source>the witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="141"/>
        <source>purged</source>
        <translation>パージ完了</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="142"/>
        <source>completed, read-back not passed</source>
        <translation>完了（読み戻し検査は不合格）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="143"/>
        <source>not available</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="144"/>
        <source>refused by the drive</source>
        <translation>ドライブが拒否</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="271"/>
        <source>the security feature set is frozen</source>
        <translation>セキュリティ機能が凍結されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="272"/>
        <source>sanitize is frozen</source>
        <translation>サニタイズが凍結されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="273"/>
        <source>a drive password is already set</source>
        <translation>ドライブパスワードが既に設定されています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="274"/>
        <source>the drive reported success without ever being seen at work: not counted</source>
        <translation>ドライブは処理の様子を見せないまま成功を返しました（成功とはみなしません）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="275"/>
        <source>completion was not observed</source>
        <translation>完了を確認できませんでした</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="276"/>
        <source>the drive reported the sanitize as failed</source>
        <translation>ドライブがサニタイズの失敗を報告しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="277"/>
        <source>the drive rejected the command</source>
        <translation>ドライブがコマンドを拒否しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="278"/>
        <source>sampled ranges still hold their earlier data</source>
        <translation>抜き取り検査した範囲に以前のデータが残っています</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="279"/>
        <source>the device does not support discard</source>
        <translation>デバイスが discard に対応していません</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="280"/>
        <source>SECURITY ERASE UNIT failed</source>
        <translation>SECURITY ERASE UNIT が失敗しました</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="109"/>
        <source>the expected content is zeros or one byte in two hexadecimal digits, not &quot;%1&quot;</source>
        <translation>期待値はゼロ、または 16 進数 2 桁の 1 バイトです（「%1」は使えません）</translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="110"/>
        <source>a sample is 10 to 100 percent of the medium, not &quot;%1&quot;</source>
        <translation>抜き取り検査の割合は媒体の 10〜100 % です（「%1」は使えません）</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::ApprovalsPage</name>
    <message>
        <location filename="../approvals_page.cpp" line="36"/>
        <source>disposal</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="36"/>
        <source>carry-out</source>
        <translation>持ち出し</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="41"/>
        <source>used (event %1)</source>
        <translation>使用済み（イベント %1）</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="43"/>
        <source>pending</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="44"/>
        <source>granted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="45"/>
        <source>denied</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="61"/>
        <source>Pending only</source>
        <translation>承認待ちのみ表示</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="62"/>
        <source>Grant</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="63"/>
        <source>Deny</source>
        <translation>却下</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="65"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Asked</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Asked by</source>
        <translation>申請者</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Level</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Until</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Decided by</source>
        <translation>決裁者</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="78"/>
        <source>remarks (optional), recorded with the decision</source>
        <translation>備考（任意）。判断とともに台帳に記録されます</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="86"/>
        <source>Remarks:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="90"/>
        <source>Your decision is signed with your own key (Settings); the ledger accepts it only from a key holding the title the request needs.</source>
        <translation>判断はあなた自身の鍵（設定で指定）で署名されます。台帳が受け付けるのは、申請に必要な役職を持つ鍵による判断だけです。</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="107"/>
        <source>No ledger is set in Settings.</source>
        <translation>設定で台帳が指定されていません。</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="131"/>
        <source>The approvals could not be read: %1</source>
        <translation>承認申請を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="168"/>
        <source>No approval is waiting for a decision.</source>
        <translation>判断を待っている申請はありません。</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="168"/>
        <source>No approvals yet.</source>
        <translation>承認申請はまだありません。</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="170"/>
        <source>Waiting for a decision: %1</source>
        <translation>判断待ち: %1 件</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="171"/>
        <source>Approvals: %1</source>
        <translation>承認申請: %1 件</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="202"/>
        <source>A decision is recorded in the ledger: set the ledger in Settings first.</source>
        <translation>判断は台帳に記録されます。先に設定で台帳を指定してください。</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="209"/>
        <location filename="../approvals_page.cpp" line="228"/>
        <source>Nothing was recorded: %1</source>
        <translation>何も記録されていません: %1</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="217"/>
        <source>Recording the decision…</source>
        <translation>判断を記録しています…</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="224"/>
        <source>Approval %1 granted (event %2).</source>
        <translation>申請 %1 を承認しました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="225"/>
        <source>Approval %1 denied (event %2).</source>
        <translation>申請 %1 を却下しました（イベント %2）。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AssetDialog</name>
    <message>
        <location filename="../asset_dialog.cpp" line="17"/>
        <source>Add asset</source>
        <translation>資産の登録</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="45"/>
        <source>Add</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="34"/>
        <source>Asset ID</source>
        <translation>資産ID</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="36"/>
        <source>Classification</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="37"/>
        <source>Department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="17"/>
        <source>Edit asset</source>
        <translation>資産の編集</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="40"/>
        <source>Medium and location</source>
        <translation>媒体・保存場所</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="35"/>
        <source>Name</source>
        <translation>資産名</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="38"/>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="43"/>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="41"/>
        <source>Retention until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="45"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="42"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="39"/>
        <source>Users</source>
        <translation>利用者範囲</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="19"/>
        <source>YYYY-MM-DD, the last day it is kept</source>
        <translation>YYYY-MM-DD（保存する最終日）</translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="46"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AssetsPage</name>
    <message>
        <location filename="../assets_page.cpp" line="74"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="199"/>
        <source>Asset %1 added (event %2).</source>
        <translation>資産 %1 を登録しました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="266"/>
        <source>Asset %1 recorded as erased by a vendor (event %2).</source>
        <translation>資産 %1 を外部委託消去として記録しました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="265"/>
        <source>Asset %1 recorded as physically destroyed (event %2).</source>
        <translation>資産 %1 を物理破壊として記録しました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="221"/>
        <source>Asset %1 saved (event %2).</source>
        <translation>資産 %1 を更新しました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Asset ID</source>
        <translation>資産ID</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="208"/>
        <location filename="../assets_page.cpp" line="252"/>
        <source>Choose the asset in the list first.</source>
        <translation>先に一覧から資産を選んでください。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Classification</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Department</source>
        <translation>管理部署</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="78"/>
        <source>Dispose…</source>
        <translation>廃棄…</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="76"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="64"/>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="66"/>
        <source>Export assets</source>
        <translation>資産の書き出し</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="163"/>
        <source>Exported %1 assets to %2</source>
        <translation>%1 件の資産を %2 に書き出しました</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="69"/>
        <source>Import CSV…</source>
        <translation>CSV を取り込む…</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="71"/>
        <source>Import assets</source>
        <translation>資産の取り込み</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="240"/>
        <source>Imported %1: %2 registered, %3 updated, %4 unchanged.</source>
        <translation>%1 を取り込みました: 新規登録 %2 件、更新 %3 件、変更なし %4 件。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="85"/>
        <source>Medium and location</source>
        <translation>媒体・保存場所</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Name</source>
        <translation>資産名</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="124"/>
        <source>No ledger is set in Settings.</source>
        <translation>設定に台帳がありません。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="281"/>
        <source>No passphrase: nothing was changed.</source>
        <translation>パスフレーズが入力されなかったため、何も変更していません。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="192"/>
        <location filename="../assets_page.cpp" line="201"/>
        <source>Not added: %1</source>
        <translation>登録していません: %1</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="270"/>
        <source>Not disposed of, nothing was recorded: %1</source>
        <translation>廃棄を記録していません（何も記録されていません）: %1</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="246"/>
        <source>Not imported, nothing was changed: %1</source>
        <translation>取り込んでいません（台帳は変更されていません）: %1</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="230"/>
        <source>Not imported: %1</source>
        <translation>取り込んでいません: %1</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="214"/>
        <location filename="../assets_page.cpp" line="223"/>
        <source>Not saved: %1</source>
        <translation>更新していません: %1</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Owner</source>
        <translation>管理責任者</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="49"/>
        <source>Past retention only</source>
        <translation>保存期限切れのみ</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="79"/>
        <source>Record that the selected medium was destroyed or erased by a vendor, with the security officer&apos;s approval</source>
        <translation>選んだ媒体の物理破壊または外部委託消去を、情報セキュリティ責任者の承認付きで記録します</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="284"/>
        <source>Recording in the ledger…</source>
        <translation>台帳に記録しています…</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="85"/>
        <source>Retention until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="62"/>
        <source>Show assets</source>
        <translation>資産を表示</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="85"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="125"/>
        <source>The ledger did not open (%1).</source>
        <translation>台帳を開けませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="81"/>
        <source>filter assets</source>
        <translation>資産を絞り込む</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="275"/>
        <source>no ledger is set in Settings</source>
        <translation>設定に台帳がありません</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="40"/>
        <source>physically destroyed</source>
        <translation>物理破壊済み</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="41"/>
        <source>erased by a vendor</source>
        <translation>外部委託消去済み</translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="42"/>
        <source>erased</source>
        <translation>消去済み</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AttachmentPage</name>
    <message>
        <location filename="../attachment_page.cpp" line="30"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="30"/>
        <source>Create the attachment</source>
        <translation>添付ファイルを作成</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="34"/>
        <source>Add files…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="35"/>
        <source>Files to attach</source>
        <translation>添付するファイル</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="36"/>
        <source>Files (drop them here)</source>
        <translation>ファイル（ここにドロップ）</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="45"/>
        <source>name or address of the recipient</source>
        <translation>送付先の氏名またはアドレス</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="47"/>
        <source>Archive:</source>
        <translation>アーカイブ:</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="48"/>
        <source>Recipient:</source>
        <translation>送付先:</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="49"/>
        <source>Classification:</source>
        <translation>機密区分:</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="56"/>
        <source>Generate a password</source>
        <translation>パスワードを生成</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="62"/>
        <source>Password (tell it by another channel, never in the same mail)</source>
        <translation>パスワード（同じメールではなく別の手段で伝えてください）</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="96"/>
        <source>Add files and generate a password first.</source>
        <translation>先にファイルを追加し、パスワードを生成してください。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="116"/>
        <source>No passphrase: nothing was made.</source>
        <translation>パスフレーズがないため、何も作成していません。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="121"/>
        <source>Making the archive…</source>
        <translation>アーカイブを作成中…</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="109"/>
        <location filename="../attachment_page.cpp" line="131"/>
        <source>Not made: %1</source>
        <translation>作成できませんでした: %1</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="133"/>
        <source>Archive written: %1 (%2, %3 entries, AES-256)</source>
        <translation>アーカイブを書き込みました: %1 (%2、%3 項目、AES-256)</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="137"/>
        <source>Read back with the password: %1 entries, all intact.</source>
        <translation>パスワードで読み戻しました: %1 項目、すべて正常です。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="138"/>
        <source>Disclosure recorded in the ledger (event %1).</source>
        <translation>送付を台帳に記録しました (イベント %1)。</translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="139"/>
        <source>No ledger is set in Settings: the disclosure is not recorded.</source>
        <translation>設定に台帳がないため、送付は記録されません。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AuditPage</name>
    <message>
        <location filename="../audit_page.cpp" line="49"/>
        <source>No ledger is set in Settings: the ledger checks were not run.</source>
        <translation>設定に台帳がないため、台帳の検査は行っていません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="54"/>
        <source>The ledger did not open (%1): the ledger checks were not run.</source>
        <translation>台帳を開けませんでした (%1)。台帳の検査は行っていません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="95"/>
        <source>Verify the whole ledger</source>
        <translation>台帳全体を検証</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="107"/>
        <source>Open certificate…</source>
        <translation>証明書を開く…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="109"/>
        <location filename="../audit_page.cpp" line="125"/>
        <location filename="../audit_page.cpp" line="159"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="117"/>
        <source>or drop a certificate or a folder of certificates here</source>
        <translation>または証明書・証明書のフォルダーをここにドロップ</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="119"/>
        <source>Check</source>
        <translation>検査項目</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="119"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="119"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="143"/>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="207"/>
        <source>Checking %1…</source>
        <translation>%1 を検査中…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="244"/>
        <source>VERIFIED</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="244"/>
        <source>NOT VERIFIED</source>
        <translation>検証できません</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="248"/>
        <source>The signing key is not registered in the ledger, or a file is missing: %1</source>
        <translation>署名鍵が台帳に登録されていないか、ファイルがありません: %1</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="305"/>
        <source>Ledger verified: %1 events, chain intact.</source>
        <translation>台帳を検証しました: %1 件のイベント、チェーンは完全です。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="307"/>
        <source>Ledger NOT verified: %1 at event %2 (%3)</source>
        <translation>台帳を検証できません: イベント %2 で %1 (%3)</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="96"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="160"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="281"/>
        <source>Verifying the ledger…</source>
        <translation>台帳を検証しています…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="292"/>
        <source>%1 / %2 events</source>
        <translation>%1 / %2 件</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="300"/>
        <source>Ledger verification cancelled: nothing was concluded.</source>
        <translation>台帳の検証を中止しました。検証結果はありません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="115"/>
        <source>Certificates in the ledger</source>
        <translation>台帳の証明書</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="196"/>
        <source>The ledger did not open (%1).</source>
        <translation>台帳を開けませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="200"/>
        <source>%1 certificates are stored in the ledger.</source>
        <translation>台帳には %1 件の証明書が保存されています。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="85"/>
        <source>Countersignature verified.</source>
        <translation>副署を確認しました。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="87"/>
        <source>Countersignature verified: %1 (%2, key %3)</source>
        <translation>副署を確認しました: %1（%2、鍵 %3）</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="371"/>
        <source>Countersigned: %1</source>
        <translation>副署しました: %1</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="358"/>
        <source>Countersigning…</source>
        <translation>副署しています…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="97"/>
        <source>Countersign…</source>
        <translation>副署…</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="353"/>
        <source>No passphrase: nothing was countersigned.</source>
        <translation>パスフレーズが入力されなかったため、副署していません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="83"/>
        <source>Not countersigned.</source>
        <translation>副署はありません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="339"/>
        <location filename="../audit_page.cpp" line="354"/>
        <source>Not countersigned: %1</source>
        <translation>副署していません: %1</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="347"/>
        <source>Not countersigned: no ledger is set in Settings.</source>
        <translation>設定に台帳がないため、副署していません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="338"/>
        <source>Not countersigned: the certificate does not verify.</source>
        <translation>証明書を検証できないため、副署していません。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="333"/>
        <source>Open a certificate first.</source>
        <translation>先に証明書を開いてください。</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="101"/>
        <source>Sign the certificate shown as a second person, with your key of Settings</source>
        <translation>表示中の証明書に、設定の鍵で第二者として副署します</translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="84"/>
        <source>The countersignature does NOT verify.</source>
        <translation>副署を検証できません。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CarryOutPage</name>
    <message>
        <location filename="../carry_out_page.cpp" line="89"/>
        <source>level 1 and 2: the id of a granted approval</source>
        <translation>区分 1・2: 許可済みの承認 ID</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="104"/>
        <source>Approval:</source>
        <translation>承認 ID:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="36"/>
        <source>wiping the stick</source>
        <translation>USB メモリを消去中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="37"/>
        <source>issuing the certificate</source>
        <translation>証明書を発行中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="38"/>
        <source>making the file system</source>
        <translation>ファイルシステムを作成中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="39"/>
        <source>encrypting the folder onto the stick</source>
        <translation>フォルダーを暗号化して書き込み中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="40"/>
        <source>writing the instructions</source>
        <translation>復号の手順を書き込み中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="41"/>
        <source>reading the archive back</source>
        <translation>アーカイブを読み戻し中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="42"/>
        <source>recording the carry-out</source>
        <translation>持ち出しを記録中</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="52"/>
        <source>Prepare the stick…</source>
        <translation>USB メモリを準備…</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="53"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="68"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="70"/>
        <source>Folder to carry out</source>
        <translation>持ち出すフォルダー</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="76"/>
        <source>drop the folder here</source>
        <translation>フォルダーをここにドロップ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="79"/>
        <source>age1… public keys of the recipients, one per line</source>
        <translation>受取人の公開鍵 (age1…) を 1 行に 1 つ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="82"/>
        <source>or a passphrase, when there is no recipient key</source>
        <translation>受取人の鍵がない場合はパスフレーズ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="83"/>
        <source>the asset&apos;s</source>
        <translation>資産の区分</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="90"/>
        <source>Add image file…</source>
        <translation>イメージファイルを追加…</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="92"/>
        <source>Disk image</source>
        <translation>ディスクイメージ</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="99"/>
        <source>Folder:</source>
        <translation>フォルダー:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="100"/>
        <source>Recipients:</source>
        <translation>受取人:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="101"/>
        <source>Passphrase:</source>
        <translation>パスフレーズ:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="102"/>
        <source>Classification:</source>
        <translation>機密区分:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="103"/>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="139"/>
        <source>Choose a folder and tick exactly one stick.</source>
        <translation>フォルダーを選び、USB メモリを一つだけ選んでください。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="165"/>
        <source>A carry-out is recorded in the ledger: set the ledger in Settings first.</source>
        <translation>持ち出しは台帳に記録します。先に設定で台帳を指定してください。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="177"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation>確認されなかったため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="173"/>
        <location filename="../carry_out_page.cpp" line="266"/>
        <source>Nothing was touched: %1</source>
        <translation>何も変更していません: %1</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="272"/>
        <source>Failed while %1: %2</source>
        <translation>%1 で失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="274"/>
        <source>Wipe: %1</source>
        <translation>消去: %1</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="275"/>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="277"/>
        <source>On the stick: %1 (%2)</source>
        <translation>USB メモリ上: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="279"/>
        <source>The archive was read back from the stick and is intact.</source>
        <translation>アーカイブを USB メモリから読み戻し、正常であることを確認しました。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="280"/>
        <source>Carry-out recorded in the ledger (event %1).</source>
        <translation>持ち出しを台帳に記録しました (イベント %1)。</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="222"/>
        <source>Waiting for the administrator&apos;s authorisation…</source>
        <translation>管理者の認可を待っています…</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="123"/>
        <source>Prepare a stick</source>
        <translation>USB メモリの準備</translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="124"/>
        <source>Carried out</source>
        <translation>持ち出し記録</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CarryOutsView</name>
    <message>
        <location filename="../carry_outs_view.cpp" line="38"/>
        <source>returned (event %1)</source>
        <translation>返却済み（イベント %1）</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="39"/>
        <source>lost (incident, event %1)</source>
        <translation>紛失（事故報告、イベント %1）</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="40"/>
        <source>overdue</source>
        <translation>返却期限超過</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="41"/>
        <source>still out</source>
        <translation>持ち出し中</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="48"/>
        <source>Returned…</source>
        <translation>返却を記録…</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="51"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="52"/>
        <source>Still out</source>
        <translation>持ち出し中</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="53"/>
        <source>Overdue</source>
        <translation>返却期限超過</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="56"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Carried out</source>
        <translation>持ち出し日時</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Medium serial</source>
        <translation>媒体のシリアル番号</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Level</source>
        <translation>機密区分</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Due</source>
        <translation>返却期限</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="67"/>
        <source>remarks (optional), e.g. who brought it back</source>
        <translation>備考（任意）。返却した人など</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="70"/>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="75"/>
        <source>Remarks:</source>
        <translation>備考:</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="93"/>
        <source>No ledger is set in Settings.</source>
        <translation>設定で台帳が指定されていません。</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="115"/>
        <source>The carry-outs could not be read: %1</source>
        <translation>持ち出しの記録を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="157"/>
        <source>Today (Japan): %1</source>
        <translation>本日（日本時間）: %1</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="158"/>
        <source>Today (Japan): %1 — overdue: %2</source>
        <translation>本日（日本時間）: %1 — 返却期限超過: %2 件</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="193"/>
        <source>A return is recorded in the ledger: set the ledger in Settings first.</source>
        <translation>返却は台帳に記録されます。先に設定で台帳を指定してください。</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="201"/>
        <location filename="../carry_outs_view.cpp" line="221"/>
        <source>Nothing was recorded: %1</source>
        <translation>何も記録されていません: %1</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="208"/>
        <source>Recording the return…</source>
        <translation>返却を記録しています…</translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="218"/>
        <source>Return of %1 recorded in the ledger (event %2).</source>
        <translation>%1 の返却を台帳に記録しました（イベント %2）。</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CertificateView</name>
    <message>
        <location filename="../certificate_view.cpp" line="71"/>
        <source>Certificate ID</source>
        <translation>証明書ID</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="72"/>
        <source>Issued at</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="73"/>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="74"/>
        <source>Operator</source>
        <translation>作業者</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="75"/>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="76"/>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="77"/>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="78"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="79"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="80"/>
        <source>Bytes written</source>
        <translation>書き込みバイト数</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="82"/>
        <source>Afterwards</source>
        <translation>消去後</translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="83"/>
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
        <location filename="../certificate_view.cpp" line="25"/>
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
        <location filename="../confirm_dialog.cpp" line="31"/>
        <source>the serial number (or, without one, the device name)</source>
        <translation>シリアル番号 (ない場合はデバイス名)</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="32"/>
        <source>the image file&apos;s path</source>
        <translation>イメージファイルのパス</translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="35"/>
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
        <location filename="../device_table.cpp" line="38"/>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Size</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Transport</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Removable</source>
        <translation>取り外し可能</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="39"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="115"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="115"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="118"/>
        <source>ready</source>
        <translation>消去可能</translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="118"/>
        <source>not selectable: %1</source>
        <translation>選択不可: %1</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::DisposalDialog</name>
    <message>
        <location filename="../disposal_dialog.cpp" line="19"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="56"/>
        <source>Disposal approval</source>
        <translation>廃棄の承認ID</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="36"/>
        <source>Dispose of asset %1</source>
        <translation>資産 %1 の廃棄</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="34"/>
        <source>Erased by a vendor</source>
        <translation>外部委託消去</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="44"/>
        <source>How</source>
        <translation>破壊の方法</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="46"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="33"/>
        <source>Physically destroyed</source>
        <translation>物理破壊</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="58"/>
        <source>Record the disposal</source>
        <translation>廃棄を記録</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="49"/>
        <source>Vendor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="50"/>
        <source>Vendor&apos;s certificate</source>
        <translation>委託先の消去証明書</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="45"/>
        <source>Witness</source>
        <translation>立会人</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="38"/>
        <source>e.g. shredded, drilled, crushed</source>
        <translation>例: 破砕、穿孔、圧壊</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="39"/>
        <source>optional: only its SHA-256 is recorded</source>
        <translation>任意。記録されるのは SHA-256 のみです</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="40"/>
        <source>the id of the security officer&apos;s granted disposal approval</source>
        <translation>情報セキュリティ責任者が承認した廃棄承認のID</translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="59"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::EventsView</name>
    <message>
        <location filename="../events_view.cpp" line="48"/>
        <source>Approver titles set</source>
        <translation>承認者の役職設定</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="49"/>
        <source>Approval requested</source>
        <translation>承認申請</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="50"/>
        <source>Approval granted</source>
        <translation>承認許可</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="51"/>
        <source>Approval denied</source>
        <translation>承認却下</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="52"/>
        <source>Asset disposed of</source>
        <translation>資産廃棄</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="36"/>
        <source>Ledger created</source>
        <translation>台帳の作成</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="37"/>
        <source>Key registered</source>
        <translation>鍵の登録</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="38"/>
        <source>Key revoked</source>
        <translation>鍵の失効</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="39"/>
        <source>Asset registered</source>
        <translation>資産の登録</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="40"/>
        <source>Asset updated</source>
        <translation>資産の更新</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="41"/>
        <source>Carry-out</source>
        <translation>持ち出し</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="42"/>
        <source>Return</source>
        <translation>返却</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="43"/>
        <source>Wipe certificate</source>
        <translation>消去証明書</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="44"/>
        <source>Attachment sent</source>
        <translation>添付ファイルの送付</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="45"/>
        <source>Audit note</source>
        <translation>監査メモ</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="66"/>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="112"/>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="112"/>
        <source>Local time</source>
        <translation>日時 (現地時刻)</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="102"/>
        <source>Ledger root key</source>
        <translation>台帳ルート鍵</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="112"/>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="113"/>
        <source>Asset</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="113"/>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="113"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="114"/>
        <source>Summary</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="146"/>
        <source>All types</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="150"/>
        <source>asset ID contains</source>
        <translation>資産ID (部分一致)</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="151"/>
        <source>search text</source>
        <translation>検索する文字列</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="152"/>
        <source>Show events</source>
        <translation>イベントを表示</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="153"/>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="166"/>
        <source>Export events</source>
        <translation>イベントの書き出し</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="181"/>
        <source>From</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="183"/>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="219"/>
        <source>No ledger is set in Settings.</source>
        <translation>設定で台帳が指定されていません。</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="256"/>
        <source>%1 events</source>
        <translation>%1 件</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="256"/>
        <source>%1 events shown, more as you scroll</source>
        <translation>%1 件を表示中 (スクロールすると続きを読み込みます)</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="287"/>
        <source>Exported %1 events to %2</source>
        <translation>%1 件のイベントを %2 に書き出しました</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="46"/>
        <source>Certificate validated</source>
        <translation>証明書の確認（副署）</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="47"/>
        <source>Certificate files stored</source>
        <translation>証明書ファイルの保存</translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="53"/>
        <source>Lost medium reported</source>
        <translation>媒体紛失の報告</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::KeysPage</name>
    <message>
        <location filename="../keys_page.cpp" line="211"/>
        <source>%1 keys are registered.</source>
        <translation>%1 件の鍵が登録されています。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="152"/>
        <source>Administration: signed with the organisation&apos;s root key</source>
        <translation>管理者の操作（組織のルート鍵で署名）</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="135"/>
        <source>Approver titles</source>
        <translation>承認者の役職</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="266"/>
        <source>Choose the key in the list first.</source>
        <translation>先に一覧から鍵を選んでください。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="254"/>
        <source>Choose the key to revoke in the list first.</source>
        <translation>先に一覧から失効させる鍵を選んでください。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="285"/>
        <source>Choose the organisation&apos;s root key file first.</source>
        <translation>先に組織のルート鍵ファイルを選んでください。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="52"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="248"/>
        <source>Key %1 registered (event %2).</source>
        <translation>鍵 %1 を登録しました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="260"/>
        <source>Key %1 revoked (event %2).</source>
        <translation>鍵 %1 を失効させました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <source>Key ID</source>
        <translation>鍵ID</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="114"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="176"/>
        <location filename="../keys_page.cpp" line="280"/>
        <source>No ledger is set in Settings.</source>
        <translation>設定に台帳がありません。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="290"/>
        <source>No passphrase: nothing was changed.</source>
        <translation>パスフレーズが入力されなかったため、何も変更していません。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="239"/>
        <source>Not registered: %1</source>
        <translation>登録していません: %1</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="113"/>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="138"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="302"/>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="111"/>
        <source>Register a key</source>
        <translation>鍵の登録</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="121"/>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="84"/>
        <source>Registered keys</source>
        <translation>登録済みの鍵</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="139"/>
        <source>Revoke</source>
        <translation>失効</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="115"/>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="155"/>
        <source>Root key</source>
        <translation>ルート鍵</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="133"/>
        <source>Set titles</source>
        <translation>役職を設定</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="71"/>
        <source>Show keys</source>
        <translation>鍵を表示</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="293"/>
        <source>Signing with the root key…</source>
        <translation>ルート鍵で署名しています…</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="125"/>
        <source>The key selected in the list</source>
        <translation>一覧で選んだ鍵</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="178"/>
        <source>The ledger did not open (%1).</source>
        <translation>台帳を開けませんでした（%1）。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="275"/>
        <source>Titles of key %1 set (event %2).</source>
        <translation>鍵 %1 の役職を設定しました（イベント %2）。</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <source>Titles</source>
        <translation>役職</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="116"/>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="120"/>
        <source>Valid until</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="34"/>
        <source>department head</source>
        <translation>部門長</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="195"/>
        <source>no end</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="196"/>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="35"/>
        <source>representative director</source>
        <translation>代表取締役</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="196"/>
        <source>revoked (event %1)</source>
        <translation>失効済み（イベント %1）</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="36"/>
        <source>security officer</source>
        <translation>情報セキュリティ責任者</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="108"/>
        <source>the organisation&apos;s root secret key file</source>
        <translation>組織のルート秘密鍵ファイル</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="109"/>
        <source>public key file (.pub)</source>
        <translation>公開鍵ファイル（.pub）</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="137"/>
        <source>why, e.g. the person left or the key was lost</source>
        <translation>理由（例: 退職、鍵の紛失）</translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="68"/>
        <source>on a set day</source>
        <translation>終了日を指定</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="29"/>
        <source>sanitize — media wiping and audit</source>
        <translation>sanitize — 媒体の消去と監査</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Wipe</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Attachment</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Carry-out</source>
        <translation>持ち出し</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Yearly report</source>
        <translation>年次報告</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Assets</source>
        <translation>資産</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Keys</source>
        <translation>鍵</translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Purge and verify</source>
        <translation>パージ・媒体検証</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumCheckTab</name>
    <message>
        <location filename="../medium_check_tab.cpp" line="37"/>
        <source>Read: %1, %2 % of the medium.</source>
        <translation>読み取り: %1（媒体の %2 %）。</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="39"/>
        <source>Sampled in %1 subsections.</source>
        <translation>%1 区画を抜き取り検査しました。</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="50"/>
        <source>Cancelled: %1 was not checked to the end, so there is no verdict.</source>
        <translation>キャンセルしました: %1 は最後まで検証していないため、判定はありません。</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="52"/>
        <source>Matches: every byte read on %1 is %2.</source>
        <translation>一致: %1 から読み取ったバイトはすべて %2 です。</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="54"/>
        <source>Does not match: %1 does not hold only %2.</source>
        <translation>不一致: %1 には %2 以外のデータがあります。</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="58"/>
        <source>Ranges that differ: %1, the first at byte offset %2; %3 differ in all.</source>
        <translation>異なる範囲: %1 か所、最初はバイトオフセット %2。合計 %3 が異なります。</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="63"/>
        <source>Ranges that could not be read: %1, the first at byte offset %2.</source>
        <translation>読み取れなかった範囲: %1 か所、最初はバイトオフセット %2。</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="68"/>
        <source>The check stopped: %1</source>
        <translation>検証が停止しました: %1</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="77"/>
        <location filename="../medium_check_tab.cpp" line="150"/>
        <source>Not checked: %1</source>
        <translation>検証していません: %1</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="85"/>
        <source>Check medium</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="86"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="100"/>
        <source>zeros (0x00)</source>
        <translation>ゼロ (0x00)</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="101"/>
        <source>one byte value</source>
        <translation>指定のバイト値</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="102"/>
        <source>two hexadecimal digits, e.g. A5</source>
        <translation>16 進数 2 桁（例: A5）</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="107"/>
        <source>every byte (full read)</source>
        <translation>全バイト（全数読み取り）</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="108"/>
        <source>sample inspection</source>
        <translation>抜き取り検査</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="116"/>
        <source>Expected content:</source>
        <translation>期待値:</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="117"/>
        <source>Byte value:</source>
        <translation>バイト値:</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="118"/>
        <source>Read:</source>
        <translation>読み取り:</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="119"/>
        <source>Sample size:</source>
        <translation>抜き取り割合:</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="161"/>
        <source>Checking %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="198"/>
        <source>%p% read, %1</source>
        <translation>%p% 読み取り済み、%1</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumPage</name>
    <message>
        <location filename="../medium_page.cpp" line="24"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="25"/>
        <source>Add image file…</source>
        <translation>イメージファイルを追加…</translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="28"/>
        <source>Disk image to check or purge</source>
        <translation>検証またはパージするディスクイメージ</translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="35"/>
        <source>Target (tick one)</source>
        <translation>対象（1 つ選択）</translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="41"/>
        <source>Verify medium</source>
        <translation>消去の検証</translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="42"/>
        <source>Purge</source>
        <translation>パージ</translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="71"/>
        <source>Tick exactly one target.</source>
        <translation>対象を 1 つだけ選んでください。</translation>
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
    <name>sanitize::gui::PurgeTab</name>
    <message>
        <location filename="../purge_tab.cpp" line="37"/>
        <source>%1: %2 is not available: %3. Nothing was sent to the drive.</source>
        <translation>%1: %2 は利用できません: %3。ドライブには何も送信していません。</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="39"/>
        <source>The table lists what this target offers. A medium without a purge is erased on the Wipe page.</source>
        <translation>この対象で使えるパージ方式は下の表のとおりです。パージできない媒体は「消去」ページで上書き消去してください。</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="42"/>
        <source>%1: %2 with %3</source>
        <translation>%1: %3 で%2</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="46"/>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="47"/>
        <source>No certificate: %1</source>
        <translation>証明書なし: %1</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="55"/>
        <location filename="../purge_tab.cpp" line="148"/>
        <source>Nothing was erased: %1</source>
        <translation>何も消去していません: %1</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="63"/>
        <source>Purge…</source>
        <translation>パージ…</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="64"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="78"/>
        <source>sample 10 %</source>
        <translation>10 % を抽出</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="79"/>
        <source>every byte</source>
        <translation>全バイト</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="80"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="81"/>
        <source>reuse</source>
        <translation>再利用</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="82"/>
        <source>disposal</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="83"/>
        <source>return to owner</source>
        <translation>所有者へ返却</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="84"/>
        <source>ledger asset ID (optional)</source>
        <translation>台帳の資産ID（任意）</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="86"/>
        <source>Purge method:</source>
        <translation>パージ方式:</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="87"/>
        <source>Read-back:</source>
        <translation>読み戻し検査:</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="88"/>
        <source>Afterwards:</source>
        <translation>消去後:</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="89"/>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="100"/>
        <source>Purge method</source>
        <translation>パージ方式</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="100"/>
        <source>Offered by this target</source>
        <translation>この対象での可否</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="120"/>
        <source>Choose a purge method and a read-back.</source>
        <translation>パージ方式と読み戻し検査を選んでください。</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="160"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation>確認されなかったため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="167"/>
        <source>No passphrase: nothing was erased.</source>
        <translation>パスフレーズがないため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="171"/>
        <source>No ledger is set in Settings: the purge gets no certificate.</source>
        <translation>設定に台帳がないため、このパージには証明書が発行されません。</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="172"/>
        <source>Purging %1…</source>
        <translation>%1 をパージしています…</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="216"/>
        <source>the drive is working (poll %1)</source>
        <translation>ドライブが処理中です（確認 %1 回目）</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="247"/>
        <source>available</source>
        <translation>利用できます</translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="247"/>
        <source>not available: %1</source>
        <translation>利用できません: %1</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::ReportPage</name>
    <message>
        <location filename="../report_page.cpp" line="33"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="34"/>
        <source>Certificates</source>
        <translation>消去証明書</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="35"/>
        <source>Wipes</source>
        <translation>消去</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="36"/>
        <source>Erased</source>
        <translation>消去完了</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="37"/>
        <source>Erased with
exceptions</source>
        <translation>例外付き
消去</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="38"/>
        <source>Failed</source>
        <translation>消去失敗</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="39"/>
        <source>Aborted</source>
        <translation>消去中断</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="40"/>
        <source>Carry-outs</source>
        <translation>持ち出し</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="41"/>
        <location filename="../report_page.cpp" line="42"/>
        <location filename="../report_page.cpp" line="43"/>
        <source>Carry-outs
%1</source>
        <translation>持ち出し
%1</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="44"/>
        <source>Returns</source>
        <translation>返却</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="45"/>
        <source>Password
notices</source>
        <translation>パスワード
通知</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="46"/>
        <source>Lost
media</source>
        <translation>紛失
事故</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="47"/>
        <source>Audit
notes</source>
        <translation>監査
所見</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="72"/>
        <source>No department</source>
        <translation>部署なし</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="73"/>
        <source>Total</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="81"/>
        <source>Show figures</source>
        <translation>集計を表示</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="82"/>
        <source>Export CSV…</source>
        <translation>CSV に書き出す…</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="82"/>
        <source>Export signed PDF…</source>
        <translation>署名付き PDF に書き出す…</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="92"/>
        <source>Export the report as CSV</source>
        <translation>年次報告を CSV に書き出す</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="98"/>
        <source>Export the signed report</source>
        <translation>署名付きの年次報告を書き出す</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="117"/>
        <source>Year:</source>
        <translation>対象年:</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="123"/>
        <source>The year runs from 1 January to 31 December, Japan time. The CSV opens in Excel; the PDF is signed with your key (Settings) and its signature is written beside it (.minisig).</source>
        <translation>対象期間は日本時間の 1 月 1 日から 12 月 31 日までです。CSV は Excel で開けます。PDF はあなたの鍵（設定で指定）で署名され、署名は同じフォルダーに .minisig として書き出されます。</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="147"/>
        <source>No ledger is set in Settings.</source>
        <translation>設定で台帳が指定されていません。</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="153"/>
        <source>Counting the year&apos;s events…</source>
        <translation>その年のイベントを集計しています…</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="167"/>
        <source>The figures could not be read: %1</source>
        <translation>集計を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="173"/>
        <source>Figures of %1: events from %2 until before %3 (UTC)</source>
        <translation>%1 年の集計: %2 から %3 の直前までのイベント（UTC）</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="203"/>
        <location filename="../report_page.cpp" line="214"/>
        <source>Show the figures of a year first.</source>
        <translation>先に対象年の集計を表示してください。</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="207"/>
        <source>The report of %1 was written to %2.</source>
        <translation>%1 年の報告を %2 に書き出しました。</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="208"/>
        <location filename="../report_page.cpp" line="222"/>
        <location filename="../report_page.cpp" line="244"/>
        <source>Nothing was written: %1</source>
        <translation>何も書き出していません: %1</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="232"/>
        <source>Writing the signed report…</source>
        <translation>署名付きの報告を書き出しています…</translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="241"/>
        <source>The signed report was written to %1, its signature to %2.</source>
        <translation>署名付きの報告を %1 に、署名を %2 に書き出しました。</translation>
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
        <location filename="../settings_page.cpp" line="54"/>
        <source>ledger.db, or postgresql://host/database</source>
        <translation>ledger.db または postgresql://ホスト/データベース</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="55"/>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="61"/>
        <source>Ledger:</source>
        <translation>台帳:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="62"/>
        <source>Operator key:</source>
        <translation>作業者の鍵:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="63"/>
        <source>Department and site:</source>
        <translation>部署・拠点:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="64"/>
        <source>Certificates folder:</source>
        <translation>証明書の保存先:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="65"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="66"/>
        <source>The key&apos;s passphrase is asked for each signing and never stored.</source>
        <translation>鍵のパスフレーズは署名のたびに尋ね、保存しません。</translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="68"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>sanitize::gui::WipePage</name>
    <message>
        <location filename="../wipe_page.cpp" line="50"/>
        <source>Continue an interrupted wipe</source>
        <translation>中断した消去を続ける</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="98"/>
        <source>The method and verification of the interrupted wipe are used.</source>
        <translation>中断した消去の方式と検証がそのまま使われます。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="309"/>
        <source>%1: no interrupted wipe to continue. Untick &quot;Continue an interrupted wipe&quot; to start a new one.</source>
        <translation>%1: 続けられる中断した消去はありません。新しく消去するには「中断した消去を続ける」のチェックを外してください。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="312"/>
        <source>%1: an interrupted wipe of this medium can be continued. Tick &quot;Continue an interrupted wipe&quot; and start again.</source>
        <translation>%1: この媒体には中断した消去があり、続けられます。「中断した消去を続ける」にチェックを入れて、もう一度始めてください。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="316"/>
        <source>%1: the saved wipe belongs to another medium (%2 differs). Nothing was written.</source>
        <translation>%1: 保存された消去は別の媒体のものです (%2 が異なります)。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="319"/>
        <source>%1: the saved state of the interrupted wipe is damaged. Nothing was written.</source>
        <translation>%1: 中断した消去の保存状態が壊れています。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="321"/>
        <source>%1: the wipe&apos;s state could not be saved: %2. Nothing was written.</source>
        <translation>%1: 消去の状態を保存できませんでした: %2。何も書き込んでいません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="32"/>
        <source>writing</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="33"/>
        <source>syncing</source>
        <translation>同期</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="34"/>
        <source>verifying</source>
        <translation>検証</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="52"/>
        <source>Wipe…</source>
        <translation>消去…</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="53"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="65"/>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="66"/>
        <source>Add image file…</source>
        <translation>イメージファイルを追加…</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="69"/>
        <source>Disk image to wipe</source>
        <translation>消去するディスクイメージ</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="76"/>
        <source>Targets</source>
        <translation>消去対象</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="83"/>
        <source>last pass, every byte</source>
        <translation>最終パスを全バイト</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="84"/>
        <source>every pass, every byte</source>
        <translation>全パスを全バイト</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>sample 10 %</source>
        <translation>10 % を抽出</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="86"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="87"/>
        <source>reuse</source>
        <translation>再利用</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="88"/>
        <source>disposal</source>
        <translation>廃棄</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="89"/>
        <source>return to owner</source>
        <translation>所有者へ返却</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="90"/>
        <source>ledger asset IDs, one per ticked target in their order (optional)</source>
        <translation>台帳の資産ID。選んだ対象ごとに順に 1 つずつ (任意)</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="51"/>
        <source>Restore hidden areas (HPA, AMA) first</source>
        <translation>先に隠し領域 (HPA・AMA) を元に戻す</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="52"/>
        <source>Also undo a DCO (resets the drive&apos;s feature settings)</source>
        <translation>DCO も元に戻す (ドライブの機能設定が初期化されます)</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="160"/>
        <source>Give one asset ID per ticked target, in their order, separated by commas (or none).</source>
        <translation>資産IDは選んだ対象ごとに順に 1 つずつ、カンマで区切って入力してください (なしでも構いません)。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="91"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="93"/>
        <source>Method:</source>
        <translation>方式:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="94"/>
        <source>Verification:</source>
        <translation>検証:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="95"/>
        <source>Afterwards:</source>
        <translation>消去後:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="96"/>
        <source>Asset:</source>
        <translation>資産:</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Rate</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Remaining</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="144"/>
        <source>Tick at least one target.</source>
        <translation>消去対象を一つ以上選んでください。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="191"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation>確認されなかったため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="199"/>
        <source>No passphrase: nothing was erased.</source>
        <translation>パスフレーズがないため、何も消去していません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="203"/>
        <source>No ledger is set in Settings: the wipe gets no certificate.</source>
        <translation>設定に台帳がないため、この消去には証明書が発行されません。</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="257"/>
        <source>pass %1/%2 %3 %p%</source>
        <translation>パス %1/%2 %3 %p%</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="186"/>
        <location filename="../wipe_page.cpp" line="322"/>
        <source>Nothing was erased: %1</source>
        <translation>何も消去していません: %1</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="277"/>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="279"/>
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
</TS>
