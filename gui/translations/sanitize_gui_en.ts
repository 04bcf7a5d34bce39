<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Preflight</name>
    <message>
        <location filename="../preflight.cpp" line="26"/>
        <source>%1 is not installed, so the privileged helper cannot be started: ask the administrator to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="30"/>
        <source>The privileged helper %1 is not installed: ask the administrator to install sanitize completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="37"/>
        <source>No signing key is set: choose your key file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="39"/>
        <source>The signing key %1 does not exist: choose your key file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="41"/>
        <source>The signing key %1 cannot be read with your rights: choose your key file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../preflight.cpp" line="49"/>
        <source>The ledger %1 does not exist: choose the office&apos;s ledger in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../main.cpp" line="61"/>
        <source>sanitize-gui does not run as root. Start it as yourself; wiping a device you cannot open goes through the privileged helper (pkexec sanitize-helper).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="31"/>
        <source>%1 (commit unknown: built without git)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="33"/>
        <source>%1 (commit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="39"/>
        <source>Verified wiping of storage media, carry-out folders, password-protected attachments and the asset ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>level %1 needs the approval of the %2: enter the id of a granted approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 has not been granted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 expired after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 was used already (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 is for asset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 is for level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 is for another purpose (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 was granted by a key that is not the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 was granted by a revoked key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="13"/>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="14"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="15"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="16"/>
        <source>In use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="17"/>
        <source>Not a disk or disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="18"/>
        <source>Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="19"/>
        <source>The device was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="20"/>
        <source>The device reports two different sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="21"/>
        <source>Refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="22"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="23"/>
        <source>Malformed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="24"/>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="25"/>
        <source>Invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="26"/>
        <source>Integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="27"/>
        <source>Conflict: the data changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="28"/>
        <location filename="../error_text.cpp" line="30"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="44"/>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="45"/>
        <source>erased with exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="46"/>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="47"/>
        <location filename="../error_text.cpp" line="49"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="55"/>
        <source>mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="56"/>
        <source>holds the running system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="57"/>
        <source>used as swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="58"/>
        <source>in use (RAID, LVM or encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="59"/>
        <source>a partition: wipe the whole disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="60"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="68"/>
        <source>Signature over the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="69"/>
        <source>Signed comment of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="70"/>
        <source>SHA-256 of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="71"/>
        <source>Certificate is well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="72"/>
        <source>Certificate ID matches the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="73"/>
        <source>Signer is the named operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="74"/>
        <source>Certificate names this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="75"/>
        <source>Key registered in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="76"/>
        <source>Signer&apos;s name and role match the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="77"/>
        <source>Key valid at the time of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="78"/>
        <source>Key not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="79"/>
        <source>Ledger records this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="80"/>
        <source>Ledger head in the certificate is in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="81"/>
        <source>Whole ledger chain verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="88"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="89"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="90"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="38"/>
        <source>%1 names the same medium again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="39"/>
        <source>holds 0 bytes: there is nothing to wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="40"/>
        <source>the medium is no longer the one confirmed: check which drive is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>already exists and is never overwritten: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="42"/>
        <source>the drive now offers its native size, but the system still sees the old size: re-plug it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="43"/>
        <source>the hidden areas were not reset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="44"/>
        <source>resetting the hidden areas failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="45"/>
        <source>asset %1 is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="46"/>
        <source>key %1 is not registered in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="47"/>
        <source>key %1 was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="48"/>
        <source>key %1 is not valid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="49"/>
        <source>the role of key %1 may not sign this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>this is not the medium that was confirmed: its %1 changed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>through the privileged helper, certificates are kept in the site&apos;s folder %1 only: choose it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="51"/>
        <source>you may not read this folder yourself, so the privileged helper does not read it either</source>
        <source>password refused: %1 characters; the policy asks for at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="53"/>
        <source>password refused: the policy asks for upper and lower case letters, digits and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="55"/>
        <source>password refused: it contains a dictionary word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="57"/>
        <source>password refused: too easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="59"/>
        <source>password refused: it holds a control character or is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the signature does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>a signature of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the signed comment is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the certificate is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>operator&apos;s key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the validator is the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not the designated validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>checked with the operator&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>no ledger given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not checked: the signature or the certificate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not checked: a check it needs failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>ledger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the certificate names no ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>key %1 is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>key %1 is registered with another public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>%1 (valid from %2 until before %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>revoked at event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>revoked at event %1, validated at event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>revoked at event %1, the validation is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>the signature names no ledger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>no event where the signature says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>no event synced from outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: of another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: recorded by another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: its content cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: another certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1: another SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>event %1 is not before the certificate&apos;s event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>broken at event %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="140"/>
        <source>auditor</source>
        <location filename="../error_text.cpp" line="146"/>
        <source>a loop device has no drive firmware to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="147"/>
        <source>a disk image has no drive firmware to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="148"/>
        <source>purges apply to whole drives, not partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="149"/>
        <source>the drive does not support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="150"/>
        <source>not a command of this drive&apos;s interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="151"/>
        <source>the drive did not answer IDENTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="152"/>
        <source>the hidden-area state could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="153"/>
        <source>the drive does not support SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="154"/>
        <source>SMART is switched off on the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="155"/>
        <source>the drive gave no SMART status or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="156"/>
        <source>the drive refused the SMART / Health log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="157"/>
        <source>the SMART / Health log could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="158"/>
        <source>the command did not reach the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="159"/>
        <source>the drive could not be opened for commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="160"/>
        <source>the drive did not state the namespace&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed, read-back not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security feature set is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sanitize is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a drive password is already set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive reported success without ever being seen at work: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completion was not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive reported the sanitize as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive rejected the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sampled ranges still hold their earlier data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device does not support discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECURITY ERASE UNIT failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected content is zeros or one byte in two hexadecimal digits, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sample is 10 to 100 percent of the medium, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AttachmentPage</name>
    <message>
        <location filename="../attachment_page.cpp" line="29"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="29"/>
        <source>Create the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="33"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="34"/>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="35"/>
        <source>Files (drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="40"/>
        <source>0 public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="41"/>
        <source>1 internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="42"/>
        <source>2 secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="44"/>
        <source>name or address of the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="46"/>
        <source>Archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="47"/>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="48"/>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="55"/>
        <source>Generate a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="61"/>
        <source>Password (tell it by another channel, never in the same mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="95"/>
        <source>Add files and generate a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="109"/>
        <source>No passphrase: nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="114"/>
        <source>Making the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="124"/>
        <source>Not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="126"/>
        <source>Archive written: %1 (%2, %3 entries, AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="130"/>
        <source>Read back with the password: %1 entries, all intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="131"/>
        <source>Disclosure recorded in the ledger (event %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="132"/>
        <source>No ledger is set in Settings: the disclosure is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AuditPage</name>
    <message>
        <location filename="../audit_page.cpp" line="41"/>
        <source>No ledger is set in Settings: the ledger checks were not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="46"/>
        <source>The ledger did not open (%1): the ledger checks were not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="56"/>
        <source>Verify the whole ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="60"/>
        <source>Open certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="62"/>
        <location filename="../audit_page.cpp" line="76"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="68"/>
        <source>or drop a certificate or a folder of certificates here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="70"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="70"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="70"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="89"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="95"/>
        <source>Show assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="97"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="99"/>
        <source>Export assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="102"/>
        <source>filter assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="104"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="139"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="166"/>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="166"/>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="170"/>
        <source>The signing key is not registered in the ledger, or a file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="209"/>
        <source>Ledger verified: %1 events, chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="211"/>
        <source>Ledger NOT verified: %1 at event %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="259"/>
        <source>Exported %1 assets to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger verification cancelled: nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger did not open (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 certificates are stored in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CarryOutPage</name>
    <message>
        <source>level 1 and 2: the id of a granted approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="30"/>
        <source>wiping the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="31"/>
        <source>issuing the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="32"/>
        <source>making the file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="33"/>
        <source>encrypting the folder onto the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="34"/>
        <source>writing the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="35"/>
        <source>reading the archive back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="36"/>
        <source>recording the carry-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="46"/>
        <source>Prepare the stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="57"/>
        <source>Folder to carry out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="63"/>
        <source>drop the folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="64"/>
        <source>age1… public keys of the recipients, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="67"/>
        <source>or a passphrase, when there is no recipient key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="68"/>
        <source>the asset&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="69"/>
        <source>0 public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="70"/>
        <source>1 internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="71"/>
        <source>2 secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="75"/>
        <source>Add image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="77"/>
        <source>Disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="84"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="85"/>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="86"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="87"/>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="88"/>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="113"/>
        <source>Choose a folder and tick exactly one stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="140"/>
        <source>A carry-out is recorded in the ledger: set the ledger in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="144"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="186"/>
        <source>Nothing was touched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="190"/>
        <source>Failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="192"/>
        <source>Wipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="193"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="195"/>
        <source>On the stick: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="197"/>
        <source>The archive was read back from the stick and is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="198"/>
        <source>Carry-out recorded in the ledger (event %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the administrator&apos;s authorisation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CertificateView</name>
    <message>
        <location filename="../certificate_view.cpp" line="24"/>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="25"/>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="26"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="27"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="28"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="29"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="30"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="31"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="32"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="33"/>
        <source>Bytes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="34"/>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="35"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="20"/>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="21"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="22"/>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="23"/>
        <source>unknown (not probed or no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="37"/>
        <source>restored to the native size before the wipe; found before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="47"/>
        <source>not applicable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="49"/>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="52"/>
        <source>read, no overall verdict given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="53"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="54"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="81"/>
        <source>Hidden areas (HPA/DCO/AMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="88"/>
        <source>Drive health before the wipe (SMART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="33"/>
        <source>HPA %1, DCO %2, AMA %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::ConfirmDialog</name>
    <message>
        <location filename="../confirm_dialog.cpp" line="18"/>
        <source>the serial number (or, without one, the device name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="19"/>
        <source>the image file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="24"/>
        <source>To confirm, type %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="22"/>
        <source>&lt;b&gt;Everything on %1 (%2) will be destroyed.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="23"/>
        <source>, </source>
        <comment>between the model and the size</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="28"/>
        <source>Confirm the wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="41"/>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::DeviceTable</name>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="11"/>
        <source>Removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="12"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="59"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="59"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="62"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="62"/>
        <source>not selectable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::EventsView</name>
    <message>
        <source>Approver titles set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledger root key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asset ID contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events shown, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate files stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost medium reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="23"/>
        <source>sanitize — media wiping and audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="32"/>
        <source>Carry-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge and verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::PassphraseDialog</name>
    <message>
        <location filename="../passphrase_dialog.cpp" line="23"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../passphrase_dialog.cpp" line="29"/>
        <source>Passphrase of the key %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::SettingsPage</name>
    <message>
        <location filename="../settings_page.cpp" line="36"/>
        <source>Configuration problem in %1, line %2 (%3: %4): the next setting down is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="21"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="38"/>
        <source>ledger.db, or postgresql://host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="39"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="45"/>
        <source>Ledger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="46"/>
        <source>Operator key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="47"/>
        <source>Department and site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="48"/>
        <source>Certificates folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="49"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="50"/>
        <source>The key&apos;s passphrase is asked for each signing and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="52"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::WipePage</name>
    <message>
        <source>Continue an interrupted wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The method and verification of the interrupted wipe are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no interrupted wipe to continue. Untick &quot;Continue an interrupted wipe&quot; to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an interrupted wipe of this medium can be continued. Tick &quot;Continue an interrupted wipe&quot; and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the saved wipe belongs to another medium (%2 differs). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the saved state of the interrupted wipe is damaged. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the wipe's state could not be saved: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="29"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="30"/>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="31"/>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="46"/>
        <source>Wipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="52"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="53"/>
        <source>Add image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="56"/>
        <source>Disk image to wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="63"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="70"/>
        <source>last pass, every byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="71"/>
        <source>every pass, every byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="72"/>
        <source>sample 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="73"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="74"/>
        <source>reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="75"/>
        <source>disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="76"/>
        <source>return to owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="89"/>
        <source>ledger asset IDs, one per ticked target in their order (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="50"/>
        <source>Restore hidden areas (HPA, AMA) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="51"/>
        <source>Also undo a DCO (resets the drive&apos;s feature settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="159"/>
        <source>Give one asset ID per ticked target, in their order, separated by commas (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="78"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="80"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="81"/>
        <source>Verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="82"/>
        <source>Afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="83"/>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="123"/>
        <source>Tick at least one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="150"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="158"/>
        <source>No passphrase: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="162"/>
        <source>No ledger is set in Settings: the wipe gets no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="204"/>
        <source>pass %1/%2 %3 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="205"/>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="214"/>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="216"/>
        <source>The GUI does not run as root. Wipe this device through the privileged helper: pkexec sanitize wipe %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="230"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="232"/>
        <source>No certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="285"/>
        <source>the wipe did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="300"/>
        <source>not erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivilegedWipe</name>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper reports a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper refused the wipe for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper found a signature or ledger that does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The wipe was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was written to the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was written to the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged helper refused the carry-out for safety (a mounted or system disk, a confirmation that does not match, or a folder too large for the stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The carry-out was interrupted: no carry-out was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp"/>
        <source>The privileged helper ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged helper refused the purge for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised: the administrator password was not given or the request was dismissed. The medium was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. The medium was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The privileged helper refused to read the medium (a mounted or system disk, or one in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk image to check or purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target (tick one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick exactly one target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumCheckTab</name>
    <message>
        <source>Read: %1, %2 % of the medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sampled in %1 subsections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 was not checked to the end, so there is no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: every byte read on %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match: %1 does not hold only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges that differ: %1, the first at byte offset %2; %3 differ in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges that could not be read: %1, the first at byte offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zeros (0x00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one byte value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two hexadecimal digits, e.g. ff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every byte (full read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byte value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% read, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::PurgeTab</name>
    <message>
        <source>%1: %2 is not available: %3. Nothing was sent to the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table lists what this target offers. A medium without a purge is erased on the Wipe page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return to owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger asset ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered by this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a purge method and a read-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger is set in Settings: the purge gets no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drive is working (poll %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
