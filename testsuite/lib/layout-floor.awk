# layout-floor.awk — how many layout assertions a translation unit calls for
# at the least, counted from gcc -E's text of it, never from kcarve.
#
#   awk -f layout-floor.awk GCC-E-OUTPUT     prints "TAGS ENUMERATORS FLOOR"
# (any POSIX awk; the runners use mawk when there: ~0.3 s on a kernel TU,
# against ~0.55 s for gawk)
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
# FLOOR = (2 * TAGS + ENUMERATORS) / 2: half of that strict minimum (the
# counts equal kcarve's own on the ABI cases and on mm/slub.c: 978 tags,
# 2,337 enumerators), a margin for what a rough tokenizer may miscount, so an
# honest file never fails on it, while a missing, empty or truncated one
# (what this guards against) stays far below.  Tags defined inside another
# record's body are file scope too but are not counted: a floor, not a census.
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
      if (kind == "enum") { in_enum = 1; enum_depth = depth + 1; want_name = 1; epdepth = 0 }
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
  # Parentheses count only at file scope (prototype scope, attributes) and in
  # an enum body (an enumerator's value); inside braces they are balanced.
  if (t == "(") { if (depth == 0) pdepth++; else if (in_enum) epdepth++; state = 0; return }
  if (t == ")") { if (depth == 0) pdepth--; else if (in_enum) epdepth--; return }
  if (in_enum && depth == enum_depth && epdepth == 0) {
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
  # Literals dropped, then every brace, parenthesis and comma a word of its
  # own and any other punctuation run one "." word (it ends a `struct TAG`
  # reading the same way), so split() does the tokenizing.
  line = $0
  gsub(/"([^"\\]|\\.)*"/, " ", line)
  gsub(/'([^'\\]|\\.)*'/, " ", line)
  # Fast path, most of a TU: inside a body (not an enum's) with no closing
  # brace on the line, only the opening ones matter.
  if (depth > 0 && !in_enum && index(line, "}") == 0) { depth += gsub(/{/, "{", line); next }
  gsub(/[{}(),]/, " & ", line)
  gsub(/[^A-Za-z0-9_ \t{}(),]+/, " . ", line)
  n = split(line, w)
  for (k = 1; k <= n; k++) tok(w[k])
}
END { printf "%d %d %d\n", tags, enumerators, int((2 * tags + enumerators) / 2) }
