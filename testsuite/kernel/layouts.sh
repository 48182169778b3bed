#!/bin/sh
# layouts.sh — the layout of every named struct and union in an object's
# DWARF (gcc -g), one line each: "NAME SIZE MEMBER@OFFSET ...", sorted.
# A name defined more than once in the object (block-scope tags) is left
# out: which definition is which cannot be told.
#
#   layouts.sh OBJECT
#
# testsuite/kernel/carve-tu.sh compares the carve's lines with the
# original's: a struct the carve writes must be laid out as the kernel's
# (a lost `#pragma pack`, a member under a conditional judged by the wrong
# reading of a header, would move every later field).
set -eu
READELF=${READELF:-readelf}
"$READELF" --debug-dump=info "$1" 2>/dev/null | awk '
function flush() { if (cur != "") { line[cur] = line[cur] "\n" ; count[name[cur]]++ } cur = "" }
/^ *<[0-9]+><[0-9a-f]+>: Abbrev Number/ {
  depth = $1; gsub(/[<>]/, " ", depth); split(depth, dd, " "); d = dd[1] + 0
  tag = ""; if (match($0, /DW_TAG_[a-z_]+/)) tag = substr($0, RSTART, RLENGTH)
  if (cur != "" && d <= sdepth) flush()
  entry = tag; edepth = d; ename = ""; esize = ""; eloc = ""
  pname = ""
  if ((tag == "DW_TAG_structure_type" || tag == "DW_TAG_union_type")) { pending = 1; pdepth = d } else pending = 0
  inmember = (cur != "" && tag == "DW_TAG_member" && d == sdepth + 1)
  if (inmember) mname = "?"  # an anonymous member has no DW_AT_name
  next
}
/DW_AT_name/ { v = $0; sub(/.*: /, "", v); if (pending) pname = v; if (inmember) mname = v; next }
/DW_AT_byte_size/ && pending && pname == "" { pending = 0; next }
/DW_AT_byte_size/ && pending { v = $NF; n++; cur = n; name[cur] = pname; line[cur] = pname " " v; sdepth = pdepth; pending = 0; next }
/DW_AT_declaration/ && pending { pending = 0; next }
/DW_AT_data_member_location/ && inmember { v = $NF; line[cur] = line[cur] " " mname "@" v; mname = "?"; next }
END {
  flush()
  for (k = 1; k <= n; k++) { split(line[k], p, " "); if (count[p[1]] == 1) printf "%s", line[k] }
}' | sed '/^$/d' | sort
