#!/usr/bin/env bash
# The bash and zsh completion (tools/completion.hpp) against `--help` of every command: for each
# command, completing "-" offers exactly the options its --help lists (and the program's global
# options, which every command accepts), completing a word offers exactly its sub-commands, and
# the zsh script holds the same tables as the bash one.
#
#   completion_test.sh SANITIZE COMPLETION_DIR
set -euo pipefail

sanitize=$1
completion_dir=$2
failures=0
fail() { echo "FAILED: $*" >&2; failures=$((failures + 1)); }

# One --help per command (a sanitizer build starts slowly). "  -m,--method TEXT=random …" → -m
# and --method: option lines start with exactly two blanks; commands are listed under "Commands:".
help_text() {
  # shellcheck disable=SC2086  # the command path is several words
  "$sanitize" --lang en $1 --help
}
help_options() { sed -n 's/^  \(-[^ ]*\).*/\1/p' <<<"$1" | tr ',' '\n' | sort -u; }
help_commands() { sed -n '/^Commands:/,/^$/p' <<<"$1" | sed -n 's/^  \([a-z][a-z-]*\) .*/\1/p' | sort -u; }

# shellcheck source=/dev/null
source "$completion_dir/sanitize"
completed() {  # WORDS…: what bash offers for the last word
  COMP_WORDS=(sanitize "$@")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _sanitize
  printf '%s\n' "${COMPREPLY[@]}" | sort -u
}

global_options=$(help_options "$(help_text "")")
checked=0
check_command() {  # the command path, "" for the program
  local path=$1 help expected got
  help=$(help_text "$path")
  expected=$( (help_options "$help"; echo "$global_options") | sort -u)
  # shellcheck disable=SC2086
  got=$(completed $path -)
  [[ $got == "$expected" ]] ||
    fail "'sanitize $path -': completion and --help differ: $(diff <(echo "$expected") <(echo "$got") | grep '^[<>]' | tr '\n' ' ')"
  local commands
  commands=$(help_commands "$help")
  if [[ -n $commands ]]; then
    # shellcheck disable=SC2086
    got=$(completed $path "")
    [[ $got == "$commands" ]] || fail "'sanitize $path': commands $(echo $got) instead of $(echo $commands)"
  fi
  checked=$((checked + 1))
  local command
  for command in $commands; do check_command "${path:+$path }$command"; done
}
check_command ""

# zsh: the same tables, in a script zsh parses.
tables() { sed -n 's/^    "\([a-z -]*\)") commands=.\(.*\). options=.\(.*\). values=.\(.*\). ;;$/\1|\2|\3|\4/p' "$1"; }
[[ -n $(tables "$completion_dir/_sanitize") && $(tables "$completion_dir/_sanitize") == "$(tables "$completion_dir/sanitize")" ]] ||
  fail "the zsh completion's tables differ from bash's"
if command -v zsh >/dev/null; then
  zsh -n "$completion_dir/_sanitize" || fail "zsh does not parse _sanitize"
else
  fail "zsh is not installed (bash tools/scripts/install-deps.sh)"
fi

echo "completion: $checked commands checked against their --help"
((failures == 0))
