#!/bin/sh
# fncode.sh — one function's machine code from an object file, normalized so
# that the code of a function compiled in two different translation units
# (the original TU and a carved live-patch source) compares equal exactly when
# gcc generated the same instructions with the same relocation targets.
#
#   fncode.sh OBJECT FUNCTION [STRIP-PREFIXES]
#
# Prints one line per instruction of FUNCTION (its symbol in .text, then
# after a line "cold:" its part FUNCTION.cold if gcc split one off, from
# `objdump -dr`), with:
#   - addresses and raw bytes dropped; a branch inside the function written as
#     its offset from the function's start (+0x2a), one to another function
#     as <NAME>, whether gas resolved it or left a relocation (a function
#     of the same TU in the original, an external one in the carve);
#   - every other symbol named without the prefixes in STRIP-PREFIXES
#     (space-separated, e.g. "klpp_ klpr_ klpe_": the carve's renames) and
#     without gcc's local-numbering suffix (.N of static locals and clones);
#   - a relocation into a section of per-call-site records (__dyndbg:
#     pr_debug's descriptors, __bug_table, __jump_table, __ex_table, ...,
#     and .altinstr_aux / .altinstr_replacement: the per-site code of
#     static_cpu_has() and alternatives) named by the section alone: a
#     record's offset is its rank among the unit's records, which the carve
#     has fewer of;
#   - a relocation against a section symbol (gas turns references to local
#     symbols into SECTION+ADDEND) resolved to the symbol it lands in, found
#     in the symbol table: for PC-relative relocations the target is ADDEND
#     plus the distance from the field to the instruction's end (4, 5, 6 or 8
#     bytes are tried in that order), for absolute ones ADDEND itself; string
#     literals (.rodata.str*) become STR and gcc's constant labels (.LCn)
#     LC, since pools and their numbering differ between TUs; __func__
#     (gcc's __func__.N objects) is STR too: a renamed function's carve
#     spells it as the original name's literal.
# Exits 1 (printing nothing) if FUNCTION is not defined in OBJECT.
set -eu
obj=$1 fn=$2 strip=${3:-}
OBJDUMP=${OBJDUMP:-objdump}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/fncode.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
# Symbol table: "SECTION START SIZE NAME" for objects and functions.
"$OBJDUMP" -t "$obj" | awk '$0 ~ / [FO] / { n = NF; print $(n-2), $1, $(n-1), $n }' > "$tmp/syms"
# FUNCTION must be a function symbol in a .text section.
awk -v f="$fn" '$4 == f && $1 ~ /^\.text/ { found = 1 } END { exit !found }' "$tmp/syms" || exit 1
"$OBJDUMP" -dr --no-show-raw-insn "$obj" > "$tmp/dis"
awk -v fn="$fn" -v strip="$strip" -v symfile="$tmp/syms" '
function hex(s,   v, i, c) { v = 0; s = tolower(s); sub(/^0x/, "", s)
  for (i = 1; i <= length(s); i++) { c = index("0123456789abcdef", substr(s, i, 1)) - 1; v = v * 16 + c }
  return v }
function clean(name,   i, n, p) {
  n = split(strip, p, " ")
  for (i = 1; i <= n; i++) if (p[i] != "" && index(name, p[i]) == 1) { name = substr(name, length(p[i]) + 1); break }
  sub(/\.[0-9]+$/, "", name)
  return name }
# The symbol of SECTION containing offset OFF, as NAME or NAME+0xD, or "".
# A symbol of size 0 (the __key of lockdep, off) only if no sized one
# holds OFF: it shares its address with the next object.
function lands(sec, off,   i, z) {
  z = 0
  for (i = 1; i <= nsym; i++) {
    if (ssec[i] != sec || off < sstart[i]) continue
    if (off < sstart[i] + ssize[i])
      return clean(sname[i]) (off > sstart[i] ? sprintf("+0x%x", off - sstart[i]) : "")
    if (!ssize[i] && off == sstart[i] && !z) z = i
  }
  return z ? clean(sname[z]) : "" }
# The target of a relocation of type TYPE against T; DIST: from the relocated field
# to the end of its instruction (PC-relative addends count from there).
function target(t, type, dist,   sec, sign, add, r) {
  if (match(t, /[-+]0x[0-9a-f]+$/)) { sec = substr(t, 1, RSTART - 1); sign = substr(t, RSTART, 1); add = hex(substr(t, RSTART + 1)); if (sign == "-") add = -add }
  else { sec = t; add = 0 }
  if (type ~ /PC32|PLT32|GOTPCREL/) add += dist
  # Sections of per-call-site records (the descriptors of pr_debug, ...): a
  # record offset is its place among the records of the unit, not code.
  if (sec ~ /^(__dyndbg|__bug_table|__jump_table|__ex_table|__tracepoint_str|__trace_printk_fmt|\.altinstr_aux|\.altinstr_replacement)$/) return sec
  if (sec !~ /^\./) return clean(sec) (add ? sprintf("%+d", add) : "")
  if (sec ~ /^\.rodata\.str/) return "STR"
  if (sec ~ /^\.LC[0-9]+$/) return "LC" (add ? sprintf("%+d", add) : "")
  r = lands(sec, add)
  # __func__ of a renamed function: the carve #defines it as the original
  # name, a string literal (depreproc), where the original has an object.
  if (r ~ /^__(func|FUNCTION|PRETTY_FUNCTION)__(\+0x[0-9a-f]+)?$/) return "STR"
  if (r != "") return r
  return sec sprintf("%+d", add) }
BEGIN { while ((getline l < symfile) > 0) { split(l, f, " "); nsym++; ssec[nsym] = f[1]; sstart[nsym] = hex(f[2]); ssize[nsym] = hex(f[3]); sname[nsym] = f[4] } }
# The function, then its .cold part (the blocks gcc moved to .text.unlikely),
# listed after a line "cold:".
/^[0-9a-f]+ <.*>:$/ { name = $2; gsub(/[<>:]/, "", name)
  infn = name == fn ? 1 : name == fn ".cold" ? 2 : 0
  if (infn == 2) { n++; kind[n] = "c"; part[n] = 2 }
  next }
/^Disassembly of section/ { infn = 0; next }
!infn || /^[[:space:]]*$/ { next }
/^[[:space:]]+[0-9a-f]+: R_X86_64_/ {
  n++; kind[n] = "r"; part[n] = infn; a = $1; sub(/:$/, "", a); at[n] = hex(a); rtype[n] = $2; rt[n] = $3; next }
{
  n++; kind[n] = "i"; part[n] = infn; a = $1; sub(/:$/, "", a); at[n] = hex(a)
  line = $0; sub(/^[[:space:]]*[0-9a-f]+:[[:space:]]*/, "", line)
  sub(/[[:space:]]*#.*$/, "", line)
  # Branch and call targets: "<NAME+0xOFF>" after an address.
  if (match(line, /[0-9a-f]+ <[^>]*>$/)) {
    t = substr(line, RSTART, RLENGTH); line = substr(line, 1, RSTART - 1)
    sub(/^[0-9a-f]+ </, "", t); sub(/>$/, "", t)
    if (match(t, /\+0x[0-9a-f]+$/)) { tn = substr(t, 1, RSTART - 1); to = substr(t, RSTART + 1) } else { tn = t; to = "0x0" }
    hastarget[n] = 1
    # An offset within the part the branch is in; a target in the other
    # part by name (FN+0x.., FN.cold+0x..).
    home = infn == 2 ? fn ".cold" : fn
    line = line (tn == home ? "+" to : "<" clean(tn) (to != "0x0" ? "+" to : "") ">")
  }
  gsub(/[[:space:]]+/, " ", line)
  text[n] = line
}
END {
  # The padding gcc leaves after the last instruction (nops, int3) is the
  # alignment of the next function, not code of this one.
  for (i = 1; i <= n; i++) {
    # The padding before the cold part belongs to no function either.
    if (kind[i] == "c" && !dropped[i]) {
      for (j = i - 1; j > 0 && kind[j] == "i" && text[j] ~ /^(cs )*(nop|xchg %ax,%ax|int3|data16)/; j--) dropped[j] = 1
    }
  }
  last = n
  while (last > 0 && kind[last] == "i" && text[last] ~ /^(cs )*(nop|xchg %ax,%ax|int3|data16)/) last--
  for (i = 1; i <= last; i++) {
    if (dropped[i]) continue
    if (kind[i] == "c") { print "cold:"; continue }
    # A branch whose displacement is relocated (jmp __x86_return_thunk, a
    # call to a function of another object) goes where its relocation says:
    # written like a branch gas resolved itself (a function of the same
    # section), <TARGET>, since objdump decodes the unrelocated field ("the
    # next instruction": the next symbol when the branch ends the function).
    if (kind[i] == "i" && (i in hastarget) && i < n && kind[i + 1] == "r" && rtype[i + 1] ~ /PC32|PLT32/) {
      t = text[i]; sub(/ ?(\+0x[0-9a-f]+|<[^>]*>)$/, "", t)
      end = -1
      for (j = i + 2; j <= n && kind[j] != "c"; j++) if (kind[j] == "i") { end = at[j]; break }
      if (end < 0) end = at[i + 1] + 4
      r = target(rt[i + 1], rtype[i + 1], end - at[i + 1])
      if (match(r, /[-+][0-9]+$/)) r = substr(r, 1, RSTART - 1) sprintf("+0x%x", substr(r, RSTART) + 0)
      # A call of the function itself (recursion): gas resolves it in a
      # static function and relocates it in a global one (klpp_F).
      if (part[i] == 1 && r == clean(fn)) print t " +0x0"
      else if (part[i] == 1 && index(r, clean(fn) "+0x") == 1) print t " " substr(r, length(clean(fn)) + 1)
      else if (part[i] == 2 && index(r, clean(fn) ".cold+0x") == 1) print t " " substr(r, length(clean(fn)) + 6)
      else print t " <" r ">"
      i++
      continue
    }
    if (kind[i] == "i") { print text[i]; continue }
    # The end of the relocated instruction: where the next one starts.
    end = -1
    for (j = i + 1; j <= n && kind[j] != "c"; j++) if (kind[j] == "i") { end = at[j]; break }
    if (end < 0) end = at[i] + 4
    print "    reloc " rtype[i] " " target(rt[i], rtype[i], end - at[i])
  }
}' "$tmp/dis"
