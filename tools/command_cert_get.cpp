// `sanitize cert get ID -o DIR`: a certificate's files as the ledger keeps them, byte for byte,
// so that an auditor needs no one's desk to find them.
#include <sys/stat.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "failure.hpp"
#include "ledger_access.hpp"
#include "ledger_command_support.hpp"
#include "sanitize/ledger.hpp"

namespace sanitize::cli {

ExitCode run_cert_get(const CertArgs& args, const Context& context) {
    const std::string location = ledger_location(args.ledger, context);
    Result<ledger::Ledger> opened = open_ledger(location, LedgerUse::read);
    if (!opened) return fail(context, opened.error());
    Result<std::vector<ledger::StoredFile>> files = opened->certificate_files(args.file);
    if (!files) return fail(context, about_path(files.error(), args.file));
    if (files->empty()) {
        print_error(context.messages, context.messages.format(Msg::cert_get_none, args.file, ledger::redacted_location(location)));
        return ExitCode::usage;
    }
    const std::string directory = args.output.empty() ? "." : args.output;
    // make_parent_directory makes the directories above a file: here, above the files to come.
    if (auto made = make_parent_directory(directory + "/file", 0755); !made) return fail(context, about_path(made.error(), directory));
    // Nothing is overwritten: every name is checked before the first is written.
    for (const ledger::StoredFile& file : *files) {
        struct stat existing {};
        if (::stat((directory + "/" + file.name).c_str(), &existing) == 0) return fail(context, output_exists(directory + "/" + file.name));
    }
    for (const ledger::StoredFile& file : *files) {
        if (Result<void> written = write_output(directory + "/" + file.name, file.bytes, 0644); !written) return fail(context, written.error());
    }
    std::cout << context.messages.format(Msg::cert_get_written, files->size(), args.file, directory) << "\n" << std::flush;
    return ExitCode::ok;
}

}  // namespace sanitize::cli
