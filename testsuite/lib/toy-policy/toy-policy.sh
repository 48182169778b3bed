#!/bin/sh
# toy-policy.sh — the name-based toy policy of kcarve's tests: what a carve of
# a test input decides is written in the input's own names, so a test reads
# its expected output off the source (docs/policy.md, "The toy policy").
#
# Usage, one --pol-cmd-* per question, the question as the first argument:
#   kcarve --pol-cmd-is-patched='sh .../toy-policy.sh is-patched' ...
#   toy-policy.sh QUESTION ARG...      prints "RESULT: ..." (protocol words)
#
# The rules:
#   is-patched NAME            YES iff NAME begins with pu_, ps_ or pe_.
#   modify-patched-fun-sym NAME RETRY
#                              klpp_NAME; the prefix's second letter says the
#                              linkage: u KEEP-LINKAGE, s MAKE-INTERNAL (static),
#                              e MAKE-EXTERNAL.  Other names: KEEP-LINKAGE.
#   can-externalize-fun NAME [...], shall-externalize-fun NAME [from-header],
#   shall-externalize-obj NAME
#                              YES iff NAME, after an optional p?_ prefix,
#                              begins with e[use]p?r?_ (letters in that
#                              order): eu_, es_, ee_, eup_, eur_, espr_, ...
#   modify-externalized-sym function|object NAME RETRY
#                              for such a NAME: its second letter the linkage
#                              as above, p adds MAKE-POINTER, r renames to
#                              klpe_NAME (else the name is kept).  Other
#                              names: kept, KEEP-LINKAGE.
#   may-include-header HEADER [pre-include]
#                              NO iff HEADER's basename contains "internal".
#   rename-rewritten-fun NAME RETRY
#                              klpr_NAME.
# A block-scope static FUNCTION::NAME is judged and renamed by its NAME part.
# RETRY > 0 (the name is taken in the output) appends _RETRY to a new name.
# The script writes nothing but its RESULT: line and always exits 0.
set -u

question=$1
shift

# NAME with RETRY appended when RETRY is not 0.
retried() {
    if [ "$2" = 0 ]; then printf '%s\n' "$1"; else printf '%s_%s\n' "$1" "$2"; fi
}

# The linkage word for the letter u, s or e.
linkage() {
    case $1 in
	s) echo MAKE-INTERNAL ;;
	e) echo MAKE-EXTERNAL ;;
	*) echo KEEP-LINKAGE ;;
    esac
}

# The part of NAME a rule looks at: after the last "::", if any.
local_part() {
    printf '%s\n' "${1##*::}"
}

# Prints the e[use]p?r?_ name (the optional p?_ prefix removed) and returns 0
# when NAME is externalizable, returns 1 otherwise.
ext_name() {
    n=$(local_part "$1")
    case $n in
	p?_*) n=${n#p?_} ;;
    esac
    case $n in
	e[use]_*|e[use]p_*|e[use]r_*|e[use]pr_*) printf '%s\n' "$n"; return 0 ;;
    esac
    return 1
}

yes_if() {
    if "$@" >/dev/null; then echo 'RESULT: YES'; else echo 'RESULT: NO'; fi
}

is_patched() {
    case $1 in
	p[use]_*) return 0 ;;
    esac
    return 1
}

not_internal_header() {
    case ${1##*/} in
	*internal*) return 1 ;;
    esac
    return 0
}

case $question in
    is-patched)
	yes_if is_patched "$1" ;;
    may-include-header)
	yes_if not_internal_header "$1" ;;
    can-externalize-fun|shall-externalize-fun|shall-externalize-obj)
	yes_if ext_name "$1" ;;
    modify-patched-fun-sym)
	letter=KEEP
	if is_patched "$1"; then
	    letter=${1#p}
	    letter=${letter%"${letter#?}"}
	fi
	echo "RESULT: $(retried "klpp_$1" "$2") $(linkage "$letter")" ;;
    modify-externalized-sym)
	name=$(local_part "$2")
	if e=$(ext_name "$2"); then
	    rest=${e#e?}
	    letter=${e#e}
	    letter=${letter%"$rest"}
	    pointer=
	    case $rest in
		p*) pointer=' MAKE-POINTER'; rest=${rest#p} ;;
	    esac
	    case $rest in
		r*) name=klpe_$name ;;
	    esac
	    echo "RESULT: $(retried "$name" "$3") $(linkage "$letter")$pointer"
	else
	    echo "RESULT: $(retried "$name" "$3") KEEP-LINKAGE"
	fi ;;
    rename-rewritten-fun)
	echo "RESULT: $(retried "klpr_$1" "$2")" ;;
    *)
	echo "ERROR: toy-policy.sh: unknown question '$question'"
	exit 0 ;;
esac
