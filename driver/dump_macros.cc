// dump_macros.cc — gcc's `-dM`: the macros defined at the end of the
// translation unit, one #define line each (cpp manual, "Preprocessor
// Options").  It reads only the preprocessor's records: the #define/#undef
// history (PpResult::directives) says which definition of each name is live
// at the end; the MacroDef, its parameters and body tokens give the text.
//
// Spelling follows gcc's (measured with `gcc -dM -E`): "NAME(a,b) body";
// a variadic macro's last parameter is "..." (for __VA_ARGS__) or "name...";
// body tokens keep their spelling (digraphs too) and are separated by one
// space where the source had white space or a comment; the stringify
// operator prints as '#' glued to its parameter and the paste operator as
// " ##" after its left operand; an empty body still gets its space.
// gcc lists macros in hash-table order; we list them in definition order
// (tests compare sorted).
#include <unordered_map>
#include <vector>

#include "driver/dump_macros.h"

namespace kcarve::driver {

namespace {

using pp::StrId;

void append_params(const pp::PpResult& r, const pp::MacroDef& m, std::string& out) {
  out += '(';
  for (uint32_t i = 0; i < m.nparams; ++i) {
    std::string_view p = r.strings.str(r.macro_params[m.params_begin + i]);
    if (i) out += ',';
    bool last = i + 1 == m.nparams;
    if (last && m.variadic) {
      if (p != "__VA_ARGS__") out += p;
      out += "...";
    } else {
      out += p;
    }
  }
  out += ')';
}

void append_body(const pp::PpResult& r, const pp::MacroDef& m, std::string& out) {
  bool glue_next = false;  // the previous token was a stringify '#'
  for (uint32_t i = 0; i < m.body_len; ++i) {
    const pp::Token& t = r.macro_bodies[m.body_begin + i];
    // A '##' kept in the body is printed by its left operand's flag.
    if (t.kind == pp::TK_HASHHASH && i > 0 &&
        (r.macro_bodies[m.body_begin + i - 1].flags & pp::TF_PASTE_LEFT))
      continue;
    if (i > 0 && (t.flags & pp::TF_LEADING_SPACE) && !glue_next) out += ' ';
    glue_next = false;
    if (t.flags & pp::TF_STRINGIFY_OP) {
      out += '#';
      glue_next = true;
      continue;
    }
    out += r.strings.str(t.spelling);
    if (t.flags & pp::TF_PASTE_LEFT) out += " ##";
  }
}

} // namespace

void dump_macros(const pp::PpResult& r, std::string& out) {
  // The live definition of each name: the last directive about it, if a Define.
  std::unordered_map<StrId, size_t> last;
  for (size_t i = 0; i < r.directives.size(); ++i) last[r.directives[i].name] = i;
  for (size_t i = 0; i < r.directives.size(); ++i) {
    const pp::MacroDirective& d = r.directives[i];
    if (d.kind != pp::MacroDirective::Define || last[d.name] != i) continue;
    const pp::MacroDef& m = r.macros[d.def];
    if (m.builtin) continue;
    out += "#define ";
    out += r.strings.str(m.name);
    if (m.function_like) append_params(r, m, out);
    out += ' ';
    append_body(r, m, out);
    out += '\n';
  }
}

} // namespace kcarve::driver
