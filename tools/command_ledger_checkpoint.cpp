// `sanitize ledger checkpoint` and `sanitize ledger prove`: anchors of the ledger kept outside its
// database, and proofs that an event is in it.
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "failure.hpp"
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
        if (::access(path.c_str(), F_OK) == 0) return fail(context, output_exists(path));
    }
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<keys::SecretKey> key = unlock_secret_key(args.signer.key_file, args.signer.passphrase, context);
    if (!key) return fail(context, key.error());
    Result<ledger::Checkpoint> checkpoint = opened->checkpoint();
    if (!checkpoint) return fail(context, about_path(checkpoint.error(), ledger::redacted_location(location)));
    Result<ledger::CheckpointFiles> files = ledger::sign_checkpoint(*checkpoint, *key);
    if (!files) return fail(context, about_path(files.error(), args.out));
    if (Result<void> written = write_output(args.out, files->note, 0644); !written) return fail(context, written.error());
    if (Result<void> written = write_output(minisig, files->minisig, 0644); !written) return fail(context, written.error());
    std::cout << context.messages.format(Msg::ledger_checkpoint_written, checkpoint->size, args.out) << "\n" << std::flush;
    return ExitCode::ok;
}

ExitCode run_ledger_prove(const LedgerArgs& args, const Context& context) {
    const std::string& checkpoint_file = args.checkpoints.front();
    Result<std::string> note = files::read_small_file(checkpoint_file, 64 * 1024);
    if (!note) return fail(context, about_path(note.error(), checkpoint_file));
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<ledger::InclusionProof> proof = opened->prove(args.seq, *note);
    if (!proof) return fail(context, about_path(proof.error(), checkpoint_file));
    if (Result<void> written = write_output(args.out, ledger::inclusion_proof_json(*proof), 0644); !written) {
        return fail(context, written.error());
    }
    if (!args.out.empty() && args.out != "-") {
        std::cout << context.messages.format(Msg::ledger_proof_written, args.seq, proof->tree_size, args.out) << "\n"
                  << std::flush;
    }
    return ExitCode::ok;
}

}  // namespace sanitize::cli
