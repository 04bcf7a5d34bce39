// The one way the CLI tells a person that something went wrong: every error, from the library
// or from the command line, becomes its message, its hint and the exit code, here.
//
// The message is the catalogue's "errors" entry of the error's reason, else the words of its
// code: "{subject}: {words} ({context}: {strerror})". Templates name the error's fields:
//   {subject} the device, else the path       {device} {path} {detail} {expected} {context}
//   {errno}   strerror of sys_errno, or ""    {error}  the code's words with context and errno
//   {size}    bytes as a size                 {drive_reason} the detail as a drive's reason
//   {field}   the detail as the option that sets it      {classes} the detail's character classes
//   {methods}, {purge_methods}: the methods the library offers
//   {titles}  the expected approver titles ("a or b") as words   {options} the expected options ("a,b") as a choice
//   {tool_output} the context as it is: a program's own words
// A reason's variant ("reason.VARIANT", or "code.<code>.VARIANT" without a reason) is its detail,
// or for some reasons the field that decides its sentence (failure.cpp, wording_variant).
// The hint is the "hints" entry of the variant, else of the reason, else of "code.<code>".
// Other problems found by the same check (Error::also) are printed too; each hint once.
#pragma once

#include <string>
#include <vector>

#include "context.hpp"
#include "exit_codes.hpp"
#include "messages.hpp"
#include "sanitize/result.hpp"

namespace sanitize::cli {

struct Failure {
    std::vector<std::string> errors;  // the error first, then the others found with it
    std::vector<std::string> hints;   // each once, in the order found
    ExitCode exit_code = ExitCode::failed;
};

Failure describe(const Messages& messages, const Error& error);

// The message of one error alone (no hint, no others): for a line that reports a failure
// among results ("certificate not issued: …").
std::string error_text(const Messages& messages, const Error& error);

// A template of the form above filled with the error's fields, for a front end whose own
// catalogue words some reasons (the station's): its errors then read as the CLI's do.
std::string fill_error_template(const Messages& messages, std::string_view text, const Error& error);

// What the error means for the caller of the command: the code's exit code, except where a
// reason says more (a missing program is a failure, not a usage error; a checkpoint that
// refuses a wipe is a refusal like the other safety rules).
ExitCode exit_code_for(const Error& error);

// Prints describe(error) on stderr and returns its exit code.
ExitCode fail(const Context& context, const Error& error);

// An error made by the CLI itself (a usage problem), with the reason and the value it names.
Error cli_error(Errc code, Reason reason, std::string detail = {}, std::string expected = {});

// A value the library's parser refused (a method, a verification plan): Errc::invalid_argument
// with the value as given and the parser's context.
Error spec_error(Reason reason, const std::string& given, const Error& parsed);

}  // namespace sanitize::cli
