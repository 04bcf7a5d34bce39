// Auditors' bundles: a self-contained extract of the ledger for a period, verified on another
// machine without the database. A bundle is a POSIX tar file holding
//
//   bundle.json            format, ledger id, organisation, root key, period, tree size
//   checkpoint             a C2SP checkpoint of the whole ledger, signed by the exporter (the
//   checkpoint.minisig     root key or a witness: admin, auditor), and the same bytes signed for
//                          stock minisign: `tar -xf B checkpoint checkpoint.minisig &&
//                          minisign -Vm checkpoint -p auditor.pub`
//   hashes.bin             every event's hash, 32 bytes each, in seq order: the checkpoint's tree
//   events.jsonl           the period's events, the genesis, every key event, and the
//                          certificate.files events of the period's certificates, in full
//   certificates/ID/NAME   the stored files of the period's certificates
//
// verify_bundle() recomputes the Merkle root of hashes.bin against the signed checkpoint, each
// full event's hash against hashes.bin and its link to the one before, each signature under the
// keys the bundle's key events register (with their roles, validity and revocations), and each
// certificate file against its certificate.files event. docs/ledger.md, "Auditors' bundles".
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sanitize/keys.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/result.hpp"

namespace sanitize::ledger {

inline constexpr std::string_view bundle_format = "sanitize.bundle/1";

struct BundleOptions {
    std::string time_from;  // inclusive, time_text; empty: from the start
    std::string time_to;    // exclusive; empty: to the end
};

struct BundleSummary {
    std::int64_t events = 0;        // full events in the bundle
    std::int64_t certificates = 0;  // certificates whose files it holds
    std::int64_t tree_size = 0;     // events under its checkpoint
};

// Writes the bundle to `path`, which must not exist (Errc::conflict); the checkpoint is signed
// by `signer`, which verify_bundle() accepts only if it is the root key or a registered admin's
// or auditor's.
Result<BundleSummary> export_bundle(Ledger& ledger, const std::string& path, const keys::SecretKey& signer,
                                    const BundleOptions& options = {});

struct BundleVerifyOptions {
    std::optional<keys::PublicKey> trusted_root;  // without it, the bundle's own root key
};

struct BundleReport {
    bool ok = false;
    std::string problem;  // what failed: "checkpoint signature", "event 42 signature", ...
    std::int64_t events_checked = 0;
    std::int64_t files_checked = 0;
    std::int64_t tree_size = 0;
    std::string checkpoint_signer;  // the key id that signed the checkpoint
};

// An Error when the file cannot be read or is not a bundle (Errc::malformed_input); anything
// that does not verify is in the report.
Result<BundleReport> verify_bundle(const std::string& path, const BundleVerifyOptions& options = {});

}  // namespace sanitize::ledger
