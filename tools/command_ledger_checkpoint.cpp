// `sanitize ledger checkpoint` and `sanitize ledger prove`: anchors of the ledger kept outside its
// database, and proofs that an event is in it.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "command_support.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "ledger_commands.hpp"
#include "sanitize/files.hpp"
#include "sanitize/ledger.hpp"
#include "sanitize/ledger_proof.hpp"

namespace sanitize::cli {

ExitCode run_ledger_checkpoint(const LedgerArgs& args, const Context& context) {
    const std::string minisig = args.out + ".minisig";
    for (const std::string& path : {args.out, minisig}) {
        if (::access(path.c_str(), F_OK) == 0) return refuse_existing(path, context);
    }
    const std::string location = ledger_location(args.ledger, std::getenv);
    Loaded<ledger::Ledger> opened = open_ledger(location, context, LedgerUse::read);
    if (!opened) return opened.failure;
    Loaded<keys::SecretKey> key = unlock_secret_key(args.signer.key_file, args.signer.passphrase, context);
    if (!key) return key.failure;
    Result<ledger::Checkpoint> checkpoint = opened.value->checkpoint();
    if (!checkpoint) return report_error(context, checkpoint.error(), ledger::redacted_location(location));
    Result<ledger::CheckpointFiles> files = ledger::sign_checkpoint(*checkpoint, *key.value);
    if (!files) return report_error(context, files.error(), args.out);
    if (ExitCode code = write_output(args.out, files->note, 0644, context); code != ExitCode::ok) return code;
    if (ExitCode code = write_output(minisig, files->minisig, 0644, context); code != ExitCode::ok) return code;
    std::cout << context.messages.format(Msg::ledger_checkpoint_written, checkpoint->size, args.out) << "\n" << std::flush;
    return ExitCode::ok;
}

ExitCode run_ledger_prove(const LedgerArgs& args, const Context& context) {
    const std::string& checkpoint_file = args.checkpoints.front();
    Result<std::string> note = files::read_small_file(checkpoint_file, 64 * 1024);
    if (!note) return report_error(context, note.error(), checkpoint_file);
    const std::string location = ledger_location(args.ledger, std::getenv);
    Loaded<ledger::Ledger> opened = open_ledger(location, context, LedgerUse::read);
    if (!opened) return opened.failure;
    Result<ledger::InclusionProof> proof = opened.value->prove(args.seq, *note);
    if (!proof) return report_error(context, proof.error(), checkpoint_file);
    if (ExitCode code = write_output(args.out, ledger::inclusion_proof_json(*proof), 0644, context); code != ExitCode::ok) {
        return code;
    }
    if (!args.out.empty() && args.out != "-") {
        std::cout << context.messages.format(Msg::ledger_proof_written, args.seq, proof->tree_size, args.out) << "\n"
                  << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace sanitize::cli
