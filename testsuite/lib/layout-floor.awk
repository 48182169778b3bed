# layout-floor.awk — how many layout assertions a translation unit calls for
# at the least, counted from gcc -E's text of it, never from kcarve.
#
#   awk -f layout-floor.awk GCC-E-OUTPUT     prints "TAGS ENUMERATORS FLOOR"
#
# The layout checks append kcarve --dump-layout-asserts to gcc's own text and
# let gcc judge it; gcc can only judge what is there, so an assertion file
# that says nothing passes.  This gives the count an honest file cannot go
# under: a rough tokenizer (line markers, string and character literals
# dropped; __attribute__ groups skipped) that counts, outside every brace and
# parenthesis (so file scope, not block or prototype scope):
#   TAGS         `struct|union|enum TAG {` definitions, each one owing at
#                least sizeof and _Alignof assertions (2)
#   ENUMERATORS  the enumerators of `enum [TAG] {` bodies met there, one
#                value assertion each (6.7.2.2)
# FLOOR = (2 * TAGS + ENUMERATORS) / 2: half of the strict minimum, so what
# the rough tokenizer miscounts (a tag defined inside another record's body
# is file scope too, and is not counted; a tag defined in both branches of a
# typedef trick is counted twice) cannot fail an honest file, while an empty
# or truncated file (the failure this guards against) stays far below it.
function tok(t) {
  if (skip_attr) {                # inside __attribute__ (( ... ))
    if (t == "(") adepth++
    else if (t == ")" && --adepth == 0) skip_attr = 0
    return
  }
  if (t == "__attribute__" || t == "__attribute" || t == "__declspec" || t == "_Alignas") {
    skip_attr = 1; adepth = 0; return
  }
  if (t == "{") {
    if (state == 2 || state == 1) {
      if (state == 2) tags++
      if (kind == "enum") { in_enum = 1; enum_depth = depth + 1; want_name = 1 }
    }
    state = 0
    depth++
    return
  }
  if (t == "}") {
    depth--
    if (in_enum && depth < enum_depth) in_enum = 0
    state = 0
    return
  }
  if (t == "(") { pdepth++; state = 0; return }
  if (t == ")") { pdepth--; return }
  if (in_enum && depth == enum_depth && pdepth == 0) {
    if (t == ",") { want_name = 1; return }
    if (want_name && t ~ /^[A-Za-z_]/) { enumerators++; want_name = 0 }
    return
  }
  if (depth == 0 && pdepth == 0 && (t == "struct" || t == "union" || t == "enum")) {
    kind = t; state = 1; return        # expecting a tag or `{`
  }
  if (state == 1 && t ~ /^[A-Za-z_]/) { state = 2; return }   # tag seen
  state = 0
}
/^#/ { next }
{
  line = $0
  gsub(/"([^"\\]|\\.)*"/, " ", line)
  gsub(/'([^'\\]|\\.)*'/, " ", line)
  while (line != "") {
    if (match(line, /^[ \t]+/)) { line = substr(line, RLENGTH + 1); continue }
    if (match(line, /^[A-Za-z_][A-Za-z_0-9]*/) || match(line, /^[0-9][A-Za-z_0-9.]*/)) {
      tok(substr(line, 1, RLENGTH)); line = substr(line, RLENGTH + 1); continue
    }
    tok(substr(line, 1, 1)); line = substr(line, 2)
  }
}
END { printf "%d %d %d\n", tags, enumerators, int((2 * tags + enumerators) / 2) }
