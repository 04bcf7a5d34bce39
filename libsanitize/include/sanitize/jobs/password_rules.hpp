// The policy's password rules (POLICY "Accounts and passwords": length, the four character
// classes, no dictionary words, a zxcvbn floor) for every secret a person chooses: attachment
// passwords, age carry-out passphrases and operator key passphrases. One checker
// (attach::check_password) decides; this turns its verdict into the structured refusal that both
// front ends word.
#pragma once

#include <memory>
#include <span>

#include "sanitize/age.hpp"
#include "sanitize/attach.hpp"
#include "sanitize/result.hpp"
#include "sanitize/secret.hpp"

namespace sanitize::jobs {

// The policy's refusal of a password as an error (Errc::refused, Reason::password_*; detail and
// expected: the counts compared, or the missing classes), or nothing when it is acceptable.
[[nodiscard]] Result<void> password_acceptable(std::span<const unsigned char> password,
                                               attach::PasswordUse use = attach::PasswordUse::ordinary);

// A key's role is given after the key is made (by the root key, `key register`), so its
// passphrase is held to the privileged rule (12 characters) whatever role it will get: a key
// made for staff can later be registered as an administrator's without a new passphrase.
[[nodiscard]] Result<void> key_passphrase_acceptable(std::span<const unsigned char> passphrase);

// The age passphrase of a carry-out, held to the ordinary rule before anything is written, as
// the recipient the encryption jobs take. A refused passphrase is wiped with its buffer.
[[nodiscard]] Result<std::unique_ptr<crypt::ScryptRecipient>> carry_out_passphrase(SecretBuffer passphrase);

}  // namespace sanitize::jobs
