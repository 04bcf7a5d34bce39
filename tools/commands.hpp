// The commands of the CLI; each returns the process's exit code.
#pragma once

#include "app.hpp"
#include "context.hpp"
#include "exit_codes.hpp"
#include "sanitize/jobs/certificate.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cli {

ExitCode run_devices(const DevicesArgs& args, const Context& context);
ExitCode run_wipe(const WipeArgs& args, const Context& context);
ExitCode run_verify_media(const VerifyMediaArgs& args, const Context& context);
ExitCode run_purge(const PurgeArgs& args, const Context& context);
// What the certificate of a wipe or a purge says besides the report, from the options both
// commands share; the signer is filled in later. An unknown --destination is
// Reason::destination_name.
[[nodiscard]] Result<jobs::CertificateRequest> certificate_request(const WipeArgs& args);
ExitCode run_key(const KeyArgs& args, const Context& context);
ExitCode run_ledger(const LedgerArgs& args, const Context& context);
ExitCode run_asset(const AssetArgs& args, const Context& context);
ExitCode run_report(const ReportArgs& args, const Context& context);
ExitCode run_cert(const CertArgs& args, const Context& context);
ExitCode run_cert_get(const CertArgs& args, const Context& context);  // command_cert_get.cpp
ExitCode run_attach(const AttachArgs& args, const Context& context);
ExitCode run_encrypt(const EncryptArgs& args, const Context& context);
ExitCode run_decrypt(const DecryptArgs& args, const Context& context);
ExitCode run_keygen(const KeygenArgs& args, const Context& context);
ExitCode run_carry_out(const CarryOutArgs& args, const Context& context);
ExitCode run_prepare(const PrepareArgs& args, const Context& context);
ExitCode run_config(const ConfigArgs& args, const Context& context);
ExitCode run_approval(const ApprovalArgs& args, const Context& context);  // command_approval.cpp

}  // namespace sanitize::cli
