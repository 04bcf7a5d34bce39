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
    <name>PrivilegedWipe</name>
    <message>
        <location filename="../privileged_wipe.cpp" line="134"/>
        <source>The privileged helper stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="110"/>
        <location filename="../privileged_wipe.cpp" line="121"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="112"/>
        <location filename="../privileged_wipe.cpp" line="122"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="114"/>
        <source>The privileged helper reports a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="115"/>
        <source>The privileged helper did not accept the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="116"/>
        <source>The privileged helper refused the wipe for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="118"/>
        <source>The privileged helper found a signature or ledger that does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="119"/>
        <source>The wipe was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="111"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. Nothing was written to the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="113"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. Nothing was written to the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="117"/>
        <source>The privileged helper refused the carry-out for safety (a mounted or system disk, a confirmation that does not match, or a folder too large for the stick).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="120"/>
        <source>The carry-out was interrupted: no carry-out was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="136"/>
        <source>The privileged helper ended with exit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="123"/>
        <source>The privileged helper refused the purge for safety (a mounted or system disk, or a confirmation that does not match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="124"/>
        <source>The purge was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="125"/>
        <source>Not authorised: the administrator password was not given or the request was dismissed. The medium was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="126"/>
        <source>The privileged helper could not be started: pkexec is missing or the authentication failed. The medium was not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="127"/>
        <source>The privileged helper refused to read the medium (a mounted or system disk, or one in use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../privileged_wipe.cpp" line="128"/>
        <source>The check was interrupted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../main.cpp" line="36"/>
        <source>%1 (commit unknown: built without git)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="38"/>
        <source>%1 (commit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="44"/>
        <source>Verified wiping of storage media, carry-out folders, password-protected attachments and the asset ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main.cpp" line="73"/>
        <source>sanitize-gui does not run as root. Start it as yourself; wiping a device you cannot open goes through the privileged helper (pkexec sanitize-helper).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../error_text.cpp" line="75"/>
        <source>level %1 needs the approval of the %2: enter the id of a granted approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="77"/>
        <source>approval %1 is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="78"/>
        <source>approval %1 has not been granted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="79"/>
        <source>approval %1 was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="80"/>
        <source>approval %1 expired after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="81"/>
        <source>approval %1 was used already (event %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="82"/>
        <source>approval %1 is for asset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="83"/>
        <source>approval %1 is for level %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="84"/>
        <source>approval %1 is for another purpose (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="86"/>
        <source>approval %1 was granted by a key that is not the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="87"/>
        <source>approval %1 was granted by a revoked key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="18"/>
        <source>Invalid value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="19"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="20"/>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="21"/>
        <source>In use by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="22"/>
        <source>Not a disk or disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="23"/>
        <source>Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="24"/>
        <source>The device was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="25"/>
        <source>The device reports two different sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="26"/>
        <source>Refused for safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="27"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="28"/>
        <source>Malformed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="29"/>
        <source>Wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="30"/>
        <source>Invalid signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="31"/>
        <source>Integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="32"/>
        <source>Conflict: the data changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="33"/>
        <location filename="../error_text.cpp" line="35"/>
        <source>Internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="131"/>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="132"/>
        <source>erased with exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="133"/>
        <location filename="../error_text.cpp" line="146"/>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="134"/>
        <location filename="../error_text.cpp" line="136"/>
        <location filename="../error_text.cpp" line="145"/>
        <location filename="../error_text.cpp" line="148"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="154"/>
        <source>mounted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="155"/>
        <source>holds the running system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="156"/>
        <source>used as swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="157"/>
        <source>in use (RAID, LVM or encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="158"/>
        <source>a partition: wipe the whole disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="159"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="167"/>
        <source>Signature over the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="168"/>
        <source>Signed comment of the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="169"/>
        <source>SHA-256 of the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="170"/>
        <source>Certificate is well-formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="171"/>
        <source>Certificate ID matches the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="172"/>
        <source>Signer is the named operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="173"/>
        <source>Certificate names this ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="174"/>
        <source>Key registered in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="175"/>
        <source>Signer&apos;s name and role match the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="176"/>
        <source>Key valid at the time of issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="177"/>
        <source>Key not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="178"/>
        <source>Ledger records this certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="179"/>
        <source>Ledger head in the certificate is in the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="180"/>
        <source>Whole ledger chain verifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="187"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="188"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="189"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="52"/>
        <source>%1 names the same medium again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="53"/>
        <source>holds 0 bytes: there is nothing to wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="55"/>
        <source>the medium is no longer the one confirmed: check which drive is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="99"/>
        <source>already exists and is never overwritten: choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="57"/>
        <source>the drive now offers its native size, but the system still sees the old size: re-plug it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="58"/>
        <source>the hidden areas were not reset (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="59"/>
        <source>resetting the hidden areas failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="60"/>
        <source>asset %1 is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="67"/>
        <source>key %1 is not registered in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="68"/>
        <source>key %1 was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="69"/>
        <source>key %1 is not valid now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="70"/>
        <source>the role of key %1 may not sign this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="94"/>
        <source>this is not the medium that was confirmed: its %1 changed; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="96"/>
        <source>through the privileged helper, certificates are kept in the site&apos;s folder %1 only: choose it in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="98"/>
        <source>you may not read this folder yourself, so the privileged helper does not read it either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="101"/>
        <source>password refused: %1 characters; the policy asks for at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="103"/>
        <source>password refused: the policy asks for upper and lower case letters, digits and symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="104"/>
        <source>password refused: it contains a dictionary word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="105"/>
        <source>password refused: too easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="107"/>
        <source>password refused: it holds a control character or is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="198"/>
        <source>key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="199"/>
        <source>the signature does not verify (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="200"/>
        <source>a signature of another kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="201"/>
        <source>the signed comment is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="202"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="203"/>
        <source>the certificate is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="204"/>
        <source>ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="205"/>
        <source>operator&apos;s key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="206"/>
        <source>the validator is the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="207"/>
        <source>not the designated validator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="208"/>
        <source>checked with the operator&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="209"/>
        <source>no ledger given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="210"/>
        <source>not checked: the signature or the certificate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="211"/>
        <source>not checked: a check it needs failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="212"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="213"/>
        <source>ledger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="214"/>
        <source>the certificate names no ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="215"/>
        <source>key %1 is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="217"/>
        <source>key %1 is registered with another public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="220"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="223"/>
        <source>%1 (valid from %2 until before %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="224"/>
        <source>not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="225"/>
        <source>revoked at event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="227"/>
        <source>revoked at event %1, validated at event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="229"/>
        <source>revoked at event %1, the validation is not in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="230"/>
        <source>the signature names no ledger event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="231"/>
        <source>no event where the signature says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="232"/>
        <source>no event synced from outbox entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="233"/>
        <location filename="../error_text.cpp" line="239"/>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="234"/>
        <source>event %1: of another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="235"/>
        <source>event %1: recorded by another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="236"/>
        <source>event %1: its content cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="237"/>
        <source>event %1: another certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="238"/>
        <source>event %1: another SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="240"/>
        <source>event %1 is not before the certificate&apos;s event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="241"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="242"/>
        <source>broken at event %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="290"/>
        <source>staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="291"/>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="255"/>
        <source>a loop device has no drive firmware to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="256"/>
        <source>a disk image has no drive firmware to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="257"/>
        <source>purges apply to whole drives, not partitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="258"/>
        <source>the drive does not support it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="259"/>
        <source>not a command of this drive&apos;s interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="260"/>
        <source>the drive did not answer IDENTIFY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="261"/>
        <source>the hidden-area state could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="262"/>
        <source>the drive does not support SMART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="263"/>
        <source>SMART is switched off on the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="264"/>
        <source>the drive gave no SMART status or attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="265"/>
        <source>the drive refused the SMART / Health log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="266"/>
        <source>the SMART / Health log could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="267"/>
        <source>the command did not reach the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="268"/>
        <source>the drive could not be opened for commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="269"/>
        <source>the drive did not state the namespace&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="89"/>
        <source>key %1 may not decide this approval: that takes the %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="91"/>
        <source>approval %1 was denied already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="92"/>
        <source>approval %1 was granted already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="292"/>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="312"/>
        <source>department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="313"/>
        <source>representative director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="314"/>
        <source>security officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="317"/>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="62"/>
        <source>%1 is not a date: write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="73"/>
        <source>a disposal needs the security officer&apos;s granted approval: enter the id of one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="61"/>
        <source>asset %1 is in the ledger already: edit it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="40"/>
        <source>how the medium was destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="66"/>
        <source>key %1 was never registered in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="65"/>
        <source>the CSV does not read at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="63"/>
        <source>the disposal lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="42"/>
        <source>the vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="43"/>
        <source>the vendor&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="41"/>
        <source>the witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="141"/>
        <source>purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="142"/>
        <source>completed, read-back not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="143"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="144"/>
        <source>refused by the drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="271"/>
        <source>the security feature set is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="272"/>
        <source>sanitize is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="273"/>
        <source>a drive password is already set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="274"/>
        <source>the drive reported success without ever being seen at work: not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="275"/>
        <source>completion was not observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="276"/>
        <source>the drive reported the sanitize as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="277"/>
        <source>the drive rejected the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="278"/>
        <source>sampled ranges still hold their earlier data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="279"/>
        <source>the device does not support discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="280"/>
        <source>SECURITY ERASE UNIT failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="109"/>
        <source>the expected content is zeros or one byte in two hexadecimal digits, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../error_text.cpp" line="110"/>
        <source>a sample is 10 to 100 percent of the medium, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::ApprovalsPage</name>
    <message>
        <location filename="../approvals_page.cpp" line="36"/>
        <source>disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="36"/>
        <source>carry-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="41"/>
        <source>used (event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="43"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="44"/>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="45"/>
        <source>denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="61"/>
        <source>Pending only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="62"/>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="63"/>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="65"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="69"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="70"/>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="78"/>
        <source>remarks (optional), recorded with the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="86"/>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="90"/>
        <source>Your decision is signed with your own key (Settings); the ledger accepts it only from a key holding the title the request needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="107"/>
        <source>No ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="131"/>
        <source>The approvals could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="168"/>
        <source>No approval is waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="168"/>
        <source>No approvals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="170"/>
        <source>Waiting for a decision: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="171"/>
        <source>Approvals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="202"/>
        <source>A decision is recorded in the ledger: set the ledger in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="209"/>
        <location filename="../approvals_page.cpp" line="228"/>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="217"/>
        <source>Recording the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="224"/>
        <source>Approval %1 granted (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../approvals_page.cpp" line="225"/>
        <source>Approval %1 denied (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AssetDialog</name>
    <message>
        <location filename="../asset_dialog.cpp" line="17"/>
        <source>Add asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="45"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="34"/>
        <source>Asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="36"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="37"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="17"/>
        <source>Edit asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="40"/>
        <source>Medium and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="38"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="43"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="41"/>
        <source>Retention until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="45"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="42"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="39"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="19"/>
        <source>YYYY-MM-DD, the last day it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../asset_dialog.cpp" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AssetsPage</name>
    <message>
        <location filename="../assets_page.cpp" line="74"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="199"/>
        <source>Asset %1 added (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="266"/>
        <source>Asset %1 recorded as erased by a vendor (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="265"/>
        <source>Asset %1 recorded as physically destroyed (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="221"/>
        <source>Asset %1 saved (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Asset ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="208"/>
        <location filename="../assets_page.cpp" line="252"/>
        <source>Choose the asset in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="78"/>
        <source>Dispose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="76"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="64"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="66"/>
        <source>Export assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="163"/>
        <source>Exported %1 assets to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="69"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="71"/>
        <source>Import assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="240"/>
        <source>Imported %1: %2 registered, %3 updated, %4 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="85"/>
        <source>Medium and location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="124"/>
        <source>No ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="281"/>
        <source>No passphrase: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="192"/>
        <location filename="../assets_page.cpp" line="201"/>
        <source>Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="270"/>
        <source>Not disposed of, nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="246"/>
        <source>Not imported, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="230"/>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="214"/>
        <location filename="../assets_page.cpp" line="223"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="84"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="49"/>
        <source>Past retention only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="79"/>
        <source>Record that the selected medium was destroyed or erased by a vendor, with the security officer&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="284"/>
        <source>Recording in the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="85"/>
        <source>Retention until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="62"/>
        <source>Show assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="85"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="125"/>
        <source>The ledger did not open (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="81"/>
        <source>filter assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="275"/>
        <source>no ledger is set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="40"/>
        <source>physically destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="41"/>
        <source>erased by a vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../assets_page.cpp" line="42"/>
        <source>erased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AttachmentPage</name>
    <message>
        <location filename="../attachment_page.cpp" line="30"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="30"/>
        <source>Create the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="34"/>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="35"/>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="36"/>
        <source>Files (drop them here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="45"/>
        <source>name or address of the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="47"/>
        <source>Archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="48"/>
        <source>Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="49"/>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="56"/>
        <source>Generate a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="62"/>
        <source>Password (tell it by another channel, never in the same mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="96"/>
        <source>Add files and generate a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="116"/>
        <source>No passphrase: nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="121"/>
        <source>Making the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="109"/>
        <location filename="../attachment_page.cpp" line="131"/>
        <source>Not made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="133"/>
        <source>Archive written: %1 (%2, %3 entries, AES-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="137"/>
        <source>Read back with the password: %1 entries, all intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="138"/>
        <source>Disclosure recorded in the ledger (event %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../attachment_page.cpp" line="139"/>
        <source>No ledger is set in Settings: the disclosure is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::AuditPage</name>
    <message>
        <location filename="../audit_page.cpp" line="49"/>
        <source>No ledger is set in Settings: the ledger checks were not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="54"/>
        <source>The ledger did not open (%1): the ledger checks were not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="95"/>
        <source>Verify the whole ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="107"/>
        <source>Open certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="109"/>
        <location filename="../audit_page.cpp" line="125"/>
        <location filename="../audit_page.cpp" line="159"/>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="117"/>
        <source>or drop a certificate or a folder of certificates here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="119"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="119"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="119"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="143"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="207"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="244"/>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="244"/>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="248"/>
        <source>The signing key is not registered in the ledger, or a file is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="305"/>
        <source>Ledger verified: %1 events, chain intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="307"/>
        <source>Ledger NOT verified: %1 at event %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="160"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="281"/>
        <source>Verifying the ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="292"/>
        <source>%1 / %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="300"/>
        <source>Ledger verification cancelled: nothing was concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="115"/>
        <source>Certificates in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="196"/>
        <source>The ledger did not open (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="200"/>
        <source>%1 certificates are stored in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="85"/>
        <source>Countersignature verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="87"/>
        <source>Countersignature verified: %1 (%2, key %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="371"/>
        <source>Countersigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="358"/>
        <source>Countersigning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="97"/>
        <source>Countersign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="353"/>
        <source>No passphrase: nothing was countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="83"/>
        <source>Not countersigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="339"/>
        <location filename="../audit_page.cpp" line="354"/>
        <source>Not countersigned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="347"/>
        <source>Not countersigned: no ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="338"/>
        <source>Not countersigned: the certificate does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="333"/>
        <source>Open a certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="101"/>
        <source>Sign the certificate shown as a second person, with your key of Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../audit_page.cpp" line="84"/>
        <source>The countersignature does NOT verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CarryOutPage</name>
    <message>
        <location filename="../carry_out_page.cpp" line="89"/>
        <source>level 1 and 2: the id of a granted approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="104"/>
        <source>Approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="36"/>
        <source>wiping the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="37"/>
        <source>issuing the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="38"/>
        <source>making the file system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="39"/>
        <source>encrypting the folder onto the stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="40"/>
        <source>writing the instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="41"/>
        <source>reading the archive back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="42"/>
        <source>recording the carry-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="52"/>
        <source>Prepare the stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="68"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="70"/>
        <source>Folder to carry out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="76"/>
        <source>drop the folder here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="79"/>
        <source>age1… public keys of the recipients, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="82"/>
        <source>or a passphrase, when there is no recipient key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="83"/>
        <source>the asset&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="90"/>
        <source>Add image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="92"/>
        <source>Disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="99"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="100"/>
        <source>Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="101"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="102"/>
        <source>Classification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="103"/>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="139"/>
        <source>Choose a folder and tick exactly one stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="165"/>
        <source>A carry-out is recorded in the ledger: set the ledger in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="177"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="173"/>
        <location filename="../carry_out_page.cpp" line="266"/>
        <source>Nothing was touched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="272"/>
        <source>Failed while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="274"/>
        <source>Wipe: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="275"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="277"/>
        <source>On the stick: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="279"/>
        <source>The archive was read back from the stick and is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="280"/>
        <source>Carry-out recorded in the ledger (event %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="222"/>
        <source>Waiting for the administrator&apos;s authorisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="123"/>
        <source>Prepare a stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_out_page.cpp" line="124"/>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CarryOutsView</name>
    <message>
        <location filename="../carry_outs_view.cpp" line="38"/>
        <source>returned (event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="39"/>
        <source>lost (incident, event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="40"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="41"/>
        <source>still out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="48"/>
        <source>Returned…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="51"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="52"/>
        <source>Still out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="53"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="56"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Medium serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="59"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="67"/>
        <source>remarks (optional), e.g. who brought it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="70"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="75"/>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="93"/>
        <source>No ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="115"/>
        <source>The carry-outs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="157"/>
        <source>Today (Japan): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="158"/>
        <source>Today (Japan): %1 — overdue: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="193"/>
        <source>A return is recorded in the ledger: set the ledger in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="201"/>
        <location filename="../carry_outs_view.cpp" line="221"/>
        <source>Nothing was recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="208"/>
        <source>Recording the return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../carry_outs_view.cpp" line="218"/>
        <source>Return of %1 recorded in the ledger (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::CertificateView</name>
    <message>
        <location filename="../certificate_view.cpp" line="71"/>
        <source>Certificate ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="72"/>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="73"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="74"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="75"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="76"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="77"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="78"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="79"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="80"/>
        <source>Bytes written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="82"/>
        <source>Afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../certificate_view.cpp" line="83"/>
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
        <location filename="../certificate_view.cpp" line="25"/>
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
        <location filename="../confirm_dialog.cpp" line="31"/>
        <source>the serial number (or, without one, the device name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="32"/>
        <source>the image file&apos;s path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../confirm_dialog.cpp" line="35"/>
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
        <location filename="../device_table.cpp" line="38"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="38"/>
        <source>Removable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="39"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="115"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="115"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="118"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../device_table.cpp" line="118"/>
        <source>not selectable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::DisposalDialog</name>
    <message>
        <location filename="../disposal_dialog.cpp" line="19"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="56"/>
        <source>Disposal approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="36"/>
        <source>Dispose of asset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="34"/>
        <source>Erased by a vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="44"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="46"/>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="33"/>
        <source>Physically destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="58"/>
        <source>Record the disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="49"/>
        <source>Vendor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="50"/>
        <source>Vendor&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="45"/>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="38"/>
        <source>e.g. shredded, drilled, crushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="39"/>
        <source>optional: only its SHA-256 is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="40"/>
        <source>the id of the security officer&apos;s granted disposal approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../disposal_dialog.cpp" line="59"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::EventsView</name>
    <message>
        <location filename="../events_view.cpp" line="48"/>
        <source>Approver titles set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="49"/>
        <source>Approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="50"/>
        <source>Approval granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="51"/>
        <source>Approval denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="52"/>
        <source>Asset disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="36"/>
        <source>Ledger created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="37"/>
        <source>Key registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="38"/>
        <source>Key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="39"/>
        <source>Asset registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="40"/>
        <source>Asset updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="41"/>
        <source>Carry-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="42"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="43"/>
        <source>Wipe certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="44"/>
        <source>Attachment sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="45"/>
        <source>Audit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="66"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="112"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="112"/>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="102"/>
        <source>Ledger root key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="112"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="113"/>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="113"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="113"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="114"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="146"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="150"/>
        <source>asset ID contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="151"/>
        <source>search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="152"/>
        <source>Show events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="153"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="166"/>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="181"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="183"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="219"/>
        <source>No ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="256"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="256"/>
        <source>%1 events shown, more as you scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="287"/>
        <source>Exported %1 events to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="46"/>
        <source>Certificate validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="47"/>
        <source>Certificate files stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../events_view.cpp" line="53"/>
        <source>Lost medium reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::KeysPage</name>
    <message>
        <location filename="../keys_page.cpp" line="211"/>
        <source>%1 keys are registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="152"/>
        <source>Administration: signed with the organisation&apos;s root key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="135"/>
        <source>Approver titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="266"/>
        <source>Choose the key in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="254"/>
        <source>Choose the key to revoke in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="285"/>
        <source>Choose the organisation&apos;s root key file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="52"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="248"/>
        <source>Key %1 registered (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="260"/>
        <source>Key %1 revoked (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <source>Key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="114"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="176"/>
        <location filename="../keys_page.cpp" line="280"/>
        <source>No ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="290"/>
        <source>No passphrase: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="239"/>
        <source>Not registered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="113"/>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="138"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="302"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="111"/>
        <source>Register a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="121"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="84"/>
        <source>Registered keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="139"/>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="115"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="155"/>
        <source>Root key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="133"/>
        <source>Set titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="71"/>
        <source>Show keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="293"/>
        <source>Signing with the root key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="125"/>
        <source>The key selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="178"/>
        <source>The ledger did not open (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="275"/>
        <source>Titles of key %1 set (event %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="116"/>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="74"/>
        <location filename="../keys_page.cpp" line="120"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="34"/>
        <source>department head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="195"/>
        <source>no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="196"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="35"/>
        <source>representative director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="196"/>
        <source>revoked (event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="36"/>
        <source>security officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="108"/>
        <source>the organisation&apos;s root secret key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="109"/>
        <source>public key file (.pub)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="137"/>
        <source>why, e.g. the person left or the key was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../keys_page.cpp" line="68"/>
        <source>on a set day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MainWindow</name>
    <message>
        <location filename="../main_window.cpp" line="29"/>
        <source>sanitize — media wiping and audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Carry-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Yearly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Assets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="45"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../main_window.cpp" line="44"/>
        <source>Purge and verify</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumCheckTab</name>
    <message>
        <location filename="../medium_check_tab.cpp" line="37"/>
        <source>Read: %1, %2 % of the medium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="39"/>
        <source>Sampled in %1 subsections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="50"/>
        <source>Cancelled: %1 was not checked to the end, so there is no verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="52"/>
        <source>Matches: every byte read on %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="54"/>
        <source>Does not match: %1 does not hold only %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="58"/>
        <source>Ranges that differ: %1, the first at byte offset %2; %3 differ in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="63"/>
        <source>Ranges that could not be read: %1, the first at byte offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="68"/>
        <source>The check stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="77"/>
        <location filename="../medium_check_tab.cpp" line="150"/>
        <source>Not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="85"/>
        <source>Check medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="100"/>
        <source>zeros (0x00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="101"/>
        <source>one byte value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="102"/>
        <source>two hexadecimal digits, e.g. A5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="107"/>
        <source>every byte (full read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="108"/>
        <source>sample inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="116"/>
        <source>Expected content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="117"/>
        <source>Byte value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="118"/>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="119"/>
        <source>Sample size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="161"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_check_tab.cpp" line="198"/>
        <source>%p% read, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::MediumPage</name>
    <message>
        <location filename="../medium_page.cpp" line="24"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="25"/>
        <source>Add image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="28"/>
        <source>Disk image to check or purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="35"/>
        <source>Target (tick one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="41"/>
        <source>Verify medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="42"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../medium_page.cpp" line="71"/>
        <source>Tick exactly one target.</source>
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
    <name>sanitize::gui::PurgeTab</name>
    <message>
        <location filename="../purge_tab.cpp" line="37"/>
        <source>%1: %2 is not available: %3. Nothing was sent to the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="39"/>
        <source>The table lists what this target offers. A medium without a purge is erased on the Wipe page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="42"/>
        <source>%1: %2 with %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="46"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="47"/>
        <source>No certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="55"/>
        <location filename="../purge_tab.cpp" line="148"/>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="63"/>
        <source>Purge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="64"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="78"/>
        <source>sample 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="79"/>
        <source>every byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="80"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="81"/>
        <source>reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="82"/>
        <source>disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="83"/>
        <source>return to owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="84"/>
        <source>ledger asset ID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="86"/>
        <source>Purge method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="87"/>
        <source>Read-back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="88"/>
        <source>Afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="89"/>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="100"/>
        <source>Purge method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="100"/>
        <source>Offered by this target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="120"/>
        <source>Choose a purge method and a read-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="160"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="167"/>
        <source>No passphrase: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="171"/>
        <source>No ledger is set in Settings: the purge gets no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="172"/>
        <source>Purging %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="216"/>
        <source>the drive is working (poll %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="247"/>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../purge_tab.cpp" line="247"/>
        <source>not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::ReportPage</name>
    <message>
        <location filename="../report_page.cpp" line="33"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="34"/>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="35"/>
        <source>Wipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="36"/>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="37"/>
        <source>Erased with
exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="38"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="39"/>
        <source>Aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="40"/>
        <source>Carry-outs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="41"/>
        <location filename="../report_page.cpp" line="42"/>
        <location filename="../report_page.cpp" line="43"/>
        <source>Carry-outs
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="44"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="45"/>
        <source>Password
notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="46"/>
        <source>Lost
media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="47"/>
        <source>Audit
notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="72"/>
        <source>No department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="73"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="81"/>
        <source>Show figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="82"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="82"/>
        <source>Export signed PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="92"/>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="98"/>
        <source>Export the signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="117"/>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="123"/>
        <source>The year runs from 1 January to 31 December, Japan time. The CSV opens in Excel; the PDF is signed with your key (Settings) and its signature is written beside it (.minisig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="147"/>
        <source>No ledger is set in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="153"/>
        <source>Counting the year&apos;s events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="167"/>
        <source>The figures could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="173"/>
        <source>Figures of %1: events from %2 until before %3 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="203"/>
        <location filename="../report_page.cpp" line="214"/>
        <source>Show the figures of a year first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="207"/>
        <source>The report of %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="208"/>
        <location filename="../report_page.cpp" line="222"/>
        <location filename="../report_page.cpp" line="244"/>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="232"/>
        <source>Writing the signed report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../report_page.cpp" line="241"/>
        <source>The signed report was written to %1, its signature to %2.</source>
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
        <location filename="../settings_page.cpp" line="54"/>
        <source>ledger.db, or postgresql://host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="55"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="61"/>
        <source>Ledger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="62"/>
        <source>Operator key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="63"/>
        <source>Department and site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="64"/>
        <source>Certificates folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="65"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="66"/>
        <source>The key&apos;s passphrase is asked for each signing and never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../settings_page.cpp" line="68"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sanitize::gui::WipePage</name>
    <message>
        <location filename="../wipe_page.cpp" line="50"/>
        <source>Continue an interrupted wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="98"/>
        <source>The method and verification of the interrupted wipe are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="309"/>
        <source>%1: no interrupted wipe to continue. Untick &quot;Continue an interrupted wipe&quot; to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="312"/>
        <source>%1: an interrupted wipe of this medium can be continued. Tick &quot;Continue an interrupted wipe&quot; and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="316"/>
        <source>%1: the saved wipe belongs to another medium (%2 differs). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="319"/>
        <source>%1: the saved state of the interrupted wipe is damaged. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="321"/>
        <source>%1: the wipe&apos;s state could not be saved: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="32"/>
        <source>writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="33"/>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="34"/>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="52"/>
        <source>Wipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="65"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="66"/>
        <source>Add image file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="69"/>
        <source>Disk image to wipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="76"/>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="83"/>
        <source>last pass, every byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="84"/>
        <source>every pass, every byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="85"/>
        <source>sample 10 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="86"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="87"/>
        <source>reuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="88"/>
        <source>disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="89"/>
        <source>return to owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="90"/>
        <source>ledger asset IDs, one per ticked target in their order (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="51"/>
        <source>Restore hidden areas (HPA, AMA) first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="52"/>
        <source>Also undo a DCO (resets the drive&apos;s feature settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="160"/>
        <source>Give one asset ID per ticked target, in their order, separated by commas (or none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="91"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="93"/>
        <source>Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="94"/>
        <source>Verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="95"/>
        <source>Afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="96"/>
        <source>Asset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="106"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="144"/>
        <source>Tick at least one target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="191"/>
        <source>Not confirmed: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="199"/>
        <source>No passphrase: nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="203"/>
        <source>No ledger is set in Settings: the wipe gets no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="257"/>
        <source>pass %1/%2 %3 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="186"/>
        <location filename="../wipe_page.cpp" line="322"/>
        <source>Nothing was erased: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="277"/>
        <source>Certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wipe_page.cpp" line="279"/>
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
</TS>
