#include "signer.hpp"

#include "sanitize/files.hpp"

namespace sanitize::gui {

Result<Signer> open_signer(const std::string& ledger, const std::string& key_file, const SecretBuffer& passphrase) {
    Result<ledger::Ledger> opened = ledger::Ledger::open(ledger);
    if (!opened) return opened.error();
    // The key file is encrypted (scrypt); only the passphrase is secret here.
    Result<std::string> text = files::read_small_file(key_file, 64 * 1024);
    if (!text) return text.error();
    Result<keys::SecretKey> key = keys::decode_secret_key(*text, passphrase.bytes());
    if (!key) return key.error();
    return Signer{std::move(*opened), std::move(*key)};
}

}  // namespace sanitize::gui
