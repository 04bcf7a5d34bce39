#include "certificate_setup.hpp"

#include <cstdlib>
#include <string>

#include "command_support.hpp"
#include "sanitize/jobs.hpp"

namespace sanitize::cli {

Loaded<std::optional<CertificateSetup>> prepare_certificates(const WipeArgs& args, const Context& context) {
    const Messages& messages = context.messages;
    std::optional<cert::Destination> destination = cert::parse_destination(args.destination);
    if (!destination) {
        print_error(messages, messages.format(Msg::bad_destination, args.destination));
        return {std::nullopt, ExitCode::usage};
    }
    if (!args.assets.empty() && args.assets.size() != args.targets.size()) {
        print_error(messages, messages.format(Msg::asset_count_mismatch, args.targets.size(), args.assets.size()));
        return {std::nullopt, ExitCode::usage};
    }
    std::optional<std::string> location = ledger_in_use(args.ledger, args.no_ledger, std::getenv);
    if (!location) {
        // Not an error: wiping without a ledger is allowed, but the person should know.
        if (!args.no_ledger) {
            print_hint(messages, std::string(messages.get(Msg::wipe_no_ledger)) + "; " +
                                     std::string(messages.get(Msg::hint_wipe_no_ledger)));
        }
        return {std::optional<CertificateSetup>(), ExitCode::ok};
    }
    Loaded<ledger::Ledger> ledger = open_ledger(*location, context);
    if (!ledger) return {std::nullopt, ledger.failure};
    Loaded<keys::SecretKey> key = unlock_signer_key(args.signer.key_file, args.signer.passphrase, context);
    if (!key) return {std::nullopt, key.failure};
    std::vector<cert::CertificateContext> contexts;
    for (std::size_t i = 0; i < args.targets.size(); ++i) {
        jobs::CertificateRequest request{
            .asset_id = args.assets.empty() ? std::string() : args.assets[i],
            .destination = *destination,
            .destination_detail = args.destination_detail,
            .customer = args.customer,
            .comments = args.comments,
            .department = args.department,
            .location = args.location,
        };
        Result<cert::CertificateContext> made = jobs::certificate_context(*ledger.value, key.value->public_key(), request);
        if (!made) return {std::nullopt, report_error(context, made.error(), *location)};
        contexts.push_back(std::move(*made));
    }
    return {CertificateSetup{std::move(*ledger.value), std::move(*key.value), std::move(contexts)}, ExitCode::ok};
}

}  // namespace sanitize::cli
