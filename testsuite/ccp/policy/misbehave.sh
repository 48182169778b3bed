#!/bin/sh
# misbehave.sh — policy commands that break the protocol (or stretch it), for
# ccp/policy.exp's failure cases: each MODE is one way a --pol-cmd-* command
# can answer, right or wrong (docs/policy.md, "The protocol").
#
#   misbehave.sh MODE [MODE-ARG] QUESTION-ARG...
#
#   exit3        a good RESULT: YES, then exit status 3
#   stderr       a good RESULT: YES and a line on stderr
#   garbage      a line that is not RESULT:/WARNING:/ERROR:, then RESULT: YES
#   silent       prints nothing
#   two          two RESULT: lines
#   answer WORDS prints "RESULT: WORDS" (one argument: the answer to give)
#   error        ERROR: line and RESULT: YES
#   warning      two WARNING: lines and RESULT: YES
#   args         a WARNING: per argument showing it between [], RESULT: YES
#   log FILE     appends the arguments to FILE, warns "call N" (N = lines in
#                FILE), RESULT: YES: shows how often a question was forked
#   kill         kills itself with SIGTERM
#   flood        1000 lines of 100 x on stderr, then as many on stdout
#                (more than a pipe holds, on both streams), exit 0
set -u
mode=$1
shift
case $mode in
    exit3) echo 'RESULT: YES'; exit 3 ;;
    stderr) echo 'RESULT: YES'; echo 'something went wrong' >&2 ;;
    garbage) echo 'the answer is:'; echo 'RESULT: YES' ;;
    silent) ;;
    two) echo 'RESULT: YES'; echo 'RESULT: NO' ;;
    answer) echo "RESULT: $1" ;;
    error) echo "ERROR: $1 may not be touched"; echo 'RESULT: YES' ;;
    warning) echo "WARNING: $1 looks odd"; echo 'WARNING: second thoughts'; echo 'RESULT: YES' ;;
    args)
	n=0
	for a in "$@"; do
	    n=$((n + 1))
	    printf 'WARNING: argument %d: [%s]\n' "$n" "$a"
	done
	echo 'RESULT: YES' ;;
    log)
	file=$1
	shift
	printf '%s\n' "$*" >> "$file"
	echo "WARNING: call $(wc -l < "$file" | tr -d ' ')"
	echo 'RESULT: YES' ;;
    kill) kill -TERM $$ ;;
    flood)
	line=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
	i=0
	while [ $i -lt 1000 ]; do echo "$line" >&2; i=$((i + 1)); done
	i=0
	while [ $i -lt 1000 ]; do echo "$line"; i=$((i + 1)); done ;;
    *) echo "misbehave.sh: unknown mode $mode" >&2; exit 2 ;;
esac
exit 0
