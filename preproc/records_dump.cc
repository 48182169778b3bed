// records_dump.cc — the --dump-pp-records listing: the preprocessor's side
// tables in a stable, line-oriented text form, for directed tests and for
// people debugging the depreprocessor.
//
// Format (one record per line, fields separated by one space; a location
// is FILE:LINE:COL of the presumed position, "-" when there is none; names
// of built-in things such as <built-in> appear as gcc names them):
//
//   file F PATH system=0|1
//   include I KIND file=F|- parent=P at=LOC skipped=0|1 guard=NAME|- tokens=A..B
//   define NAME at=LOC object|function(P1,P2,...) [variadic] body=TOKENS
//   undef NAME at=LOC
//   (each define/undef line also carries out=N include=I: N output tokens
//    came before it, I is the include record it was seen in)
//   cond C KIND at=LOC opening=O evaluated=0|1 taken=0|1 out=N
//   expansion E NAME at=LOC end=LOC parent=P|- tokens=A..B
//   token T SPELLING at=LOC [< exp=E ROLE INDEX]... [< LOC] [blue]
//
// A token from a macro lists its origin chain: the expansion that produced
// it, its role there (and body token or parameter index), then, for an
// argument token that itself came from an expansion, that one, and so on,
// ending with the location of the text it was spelled from.  An
// expansion's tokens=A..B spans the output tokens whose chain names it
// (for one met inside an argument, where its tokens landed).
//
// KIND of an include: main, include, include_next, cmdline-include, imacros,
// built-in, command-line.  ROLE: body, arg, arg-raw, stringify, paste,
// builtin.  Records from <built-in> (the target's predefined macros) and the
// builtins themselves are left out: they are the same in every dump and are
// checked by the target tests.  The TOKENS of a body are its spellings as
// written, joined by single spaces.
#include "preproc/internal.h"

namespace kcarve::pp {

namespace {

const char* include_kind(IncludeKind k) {
  switch (k) {
  case IncludeKind::Main: return "main";
  case IncludeKind::Include: return "include";
  case IncludeKind::IncludeNext: return "include_next";
  case IncludeKind::CmdlineInclude: return "cmdline-include";
  case IncludeKind::Imacros: return "imacros";
  case IncludeKind::Builtin: return "built-in";
  case IncludeKind::CommandLine: return "command-line";
  }
  return "?";
}

const char* cond_kind(uint8_t k) {
  static const char* const n[] = {"if", "ifdef", "ifndef", "elif", "elifdef", "elifndef", "else", "endif"};
  return k < 8 ? n[k] : "?";
}

const char* role_name(uint8_t r) {
  static const char* const n[] = {"body", "arg", "arg-raw", "stringify", "paste", "builtin"};
  return r < 6 ? n[r] : "?";
}

struct Dumper {
  const PpResult& r;
  std::string& out;

  std::string loc(Loc l) {
    if (l == 0) return "-";
    auto p = r.presumed(l);
    if (p.line == 0) return "-";
    return std::string(p.file) + ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
  }
  bool builtin_text(Loc l) {
    l = r.expansion_loc(l);
    if (l == 0) return true;
    auto p = r.presumed(l);
    return p.file == "<built-in>";
  }
};

} // namespace

void dump_records(const PpResult& r, std::string& out) {
  out.clear();
  Dumper d{r, out};
  out += "# kcarve preprocessor records, format 1\n";
  for (size_t i = 0; i < r.files.size(); ++i)
    out += "file " + std::to_string(i) + " " + r.files[i].path + " system=" +
           (r.files[i].system ? "1" : "0") + "\n";
  for (size_t i = 0; i < r.includes.size(); ++i) {
    const IncludeRecord& ir = r.includes[i];
    bool has_file = ir.kind != IncludeKind::Builtin && ir.kind != IncludeKind::CommandLine;
    out += "include " + std::to_string(i) + " " + include_kind(ir.kind) + " file=" +
           (has_file ? std::to_string(ir.file) : "-") + " parent=" +
           (ir.parent < 0 ? "-" : std::to_string(ir.parent)) + " at=" + d.loc(ir.directive) +
           " skipped=" + (ir.skipped ? "1" : "0") + " guard=" +
           (ir.guard ? std::string(r.strings.str(ir.guard)) : "-") + " tokens=" +
           std::to_string(ir.first_tok) + ".." + std::to_string(ir.end_tok) + "\n";
  }
  for (const MacroDirective& md : r.directives) {
    if (d.builtin_text(md.loc)) continue;
    std::string name(r.strings.str(md.name));
    if (md.kind == MacroDirective::Undef) {
      out += "undef " + name + " at=" + d.loc(md.loc);
    } else {
      const MacroDef& m = r.macros[md.def];
      out += "define " + name + " at=" + d.loc(m.loc) + " ";
      if (m.function_like) {
        out += "function(";
        for (uint32_t k = 0; k < m.nparams; ++k) {
          if (k) out += ",";
          out += r.strings.str(r.macro_params[m.params_begin + k]);
        }
        out += ")";
        if (m.variadic) out += " variadic";
      } else {
        out += "object";
      }
      out += " body=";
      for (uint32_t k = 0; k < m.body_len; ++k) {
        if (k) out += " ";
        out += r.strings.str(r.macro_bodies[m.body_begin + k].spelling);
      }
    }
    out += " out=" + std::to_string(md.out_pos) + " include=" + std::to_string(md.include) + "\n";
  }
  for (size_t i = 0; i < r.conds.size(); ++i) {
    const CondRecord& c = r.conds[i];
    if (d.builtin_text(c.loc)) continue;
    out += "cond " + std::to_string(i) + " " + cond_kind(c.kind) + " at=" + d.loc(c.loc) +
           " opening=" + std::to_string(c.opening) + " evaluated=" + (c.evaluated ? "1" : "0") +
           " taken=" + (c.taken ? "1" : "0") + " out=" + std::to_string(c.out_pos) + "\n";
  }
  for (size_t i = 0; i < r.expansions.size(); ++i) {
    const Expansion& e = r.expansions[i];
    if (d.builtin_text(e.name_loc)) continue;
    out += "expansion " + std::to_string(i) + " " + std::string(r.strings.str(r.macros[e.def].name)) +
           " at=" + d.loc(e.name_loc) + " end=" + d.loc(e.end_loc) + " parent=" +
           (e.parent < 0 ? "-" : std::to_string(e.parent)) + " tokens=" + std::to_string(e.first_tok) +
           ".." + std::to_string(e.end_tok) + "\n";
  }
  for (size_t i = 0; i < r.tokens.size(); ++i) {
    const Token& t = r.tokens[i];
    if (t.kind == TK_EOF) break;
    out += "token " + std::to_string(i) + " ";
    if (t.kind == TK_PRAGMA_END) out += "<pragma-end>";
    else out += r.strings.str(t.spelling);
    out += " at=" + d.loc(t.loc);
    // The origin chain: each step is an expansion, the role the token had
    // in it and its index, then where its text came from.
    Loc l = t.loc;
    for (int guard = 0; is_macro_loc(l) && guard < 1000; ++guard) {
      const ExpLoc& el = r.exp_locs[l & ~kMacroLocBit];
      out += " < exp=" + std::to_string(el.expansion) + " " + role_name(el.role) + " " +
             std::to_string(el.index);
      l = el.spelling;
    }
    if (is_macro_loc(t.loc)) out += " < " + d.loc(l);
    if (t.flags & TF_NO_EXPAND) out += " blue";
    out += "\n";
  }
}

} // namespace kcarve::pp
