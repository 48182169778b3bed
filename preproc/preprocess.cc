// preprocess.cc — the entry point: runs a translation unit through the
// preprocessor in gcc's order and fills PpResult.
//
// Order (gcc manual "Invocation", -include/-imacros): the <built-in>
// predefines, the <command-line> -D/-U text, every -imacros file (its output
// discarded, its macros kept), every -include file (found first in the
// working directory, then on the "..." chain), then the main file.  Each
// output token's TF_LEADING_SPACE follows gcc -E's rule for padding tokens,
// so the printer and the depreprocessor see the spacing gcc would print.
#include "preproc/internal.h"

#include <cstring>

namespace kcarve::pp {

namespace detail {

Preprocessor::Preprocessor(const Options& o, PpResult& r, Diagnostics& d)
    : opt(o), res(r), diag(d), strs(r.strings), bufs(*r.buffers) {
  init_lexer_tables();
  init_directives();
  id_defined = strs.intern("defined");
  id_va_args = strs.intern("__VA_ARGS__");
  id_va_opt = strs.intern("__VA_OPT__");
  id_once = strs.intern("once");
  id_gcc = strs.intern("GCC");
  id_system_header = strs.intern("system_header");
  id_poison = strs.intern("poison");
  id_push_macro = strs.intern("push_macro");
  id_pop_macro = strs.intern("pop_macro");
  id_warning = strs.intern("warning");
  id_error = strs.intern("error");
  id_dependency = strs.intern("dependency");
  macro_of.assign(1 << 16, -1);
  // The token vectors start modest and grow by doubling (a kernel TU makes
  // ~1M tokens and ~4M expansion locations): reserving the worst case up
  // front costs nothing natively but makes ASan poison hundreds of MiB of
  // shadow on every run, a half second per small file.  Macro bodies and
  // definitions stay reserved: expansion keeps pointers into them.
  res.tokens.reserve(1u << 16);
  res.exp_locs.reserve(1u << 17);
  res.expansions.reserve(1u << 14);
  res.macro_bodies.reserve(1u << 20);
  res.macros.reserve(1u << 17);
  res.directives.reserve(1u << 17);
  pending.reserve(4096);
  arena.reserve(1 << 16);
}

void Preprocessor::emit(const PTok& t) {
  if (t.kind == TK_PADDING) {
    if (src_state == 0 || (src_state == 1 && (t.flags & TF_PAD_NULL)))
      src_state = (t.flags & TF_PAD_NULL) ? 0 : (t.flags & TF_LEADING_SPACE) ? 2 : 1;
    pad_seen = true;
    return;
  }
  if (t.kind >= TK_NUM_KINDS || t.kind == TK_EOF) return;
  Token o{t.loc, t.spelling, t.kind, 0};
  bool white = t.flags & TF_LEADING_SPACE;
  if (t.flags & TF_BOL) {
    o.flags |= TF_BOL;
  } else if (pad_seen) {
    if (src_state) white = src_state == 2;
    o.flags |= TF_AVOID_PASTE;
    if (bol_pending) o.flags |= TF_BOL;
  } else if (bol_pending) {
    o.flags |= TF_BOL;
  }
  if (white) o.flags |= TF_LEADING_SPACE;
  if (t.flags & TF_NO_EXPAND) o.flags |= TF_NO_EXPAND;
  res.tokens.push_back(o);
  src_state = 0;
  pad_seen = false;
  bol_pending = false;
}

bool Preprocessor::run() {
  setup_search_path();
  define_builtins();
  // <built-in> and <command-line>.
  push_text("<built-in>", opt.predefines, IncludeKind::Builtin);
  auto drain = [&](bool discard) {
    while (!files.empty() && !fatal) {
      PTok t;
      if (discard) get_raw(t);
      else next(t);
      if (t.kind == TK_EOF) {
        if (fatal) break;
        pop_file();
        continue;
      }
      if (!discard) emit(t);
    }
  };
  drain(false);
  push_text("<command-line>", opt.command_line, IncludeKind::CommandLine);
  drain(false);
  // The language mode shows in the predefined macros.
  strict_ansi = macro_def(strs.intern("__STRICT_ANSI__")) >= 0;
  line_comments = !(strict_ansi && macro_def(strs.intern("__STDC_VERSION__")) < 0);
  depth_bias = 1;
  // -imacros files keep only their macros (output discarded), then the
  // -include files, in command-line order (cpp manual, "Invocation").
  auto command_line_files = [&](const std::vector<std::string>& names, IncludeKind kind, bool discard) {
    for (const auto& name : names) {
      if (fatal) return;
      int found = -1;
      int f = search_include(name, false, false, found, true);
      if (f < 0) {
        diag.fatal(0, name + ": No such file or directory");
        fatal = true;
        return;
      }
      if (push_file(f, found, kind, 0, false)) drain(discard);
    }
  };
  command_line_files(opt.imacros, IncludeKind::Imacros, true);
  command_line_files(opt.includes, IncludeKind::CmdlineInclude, false);
  depth_bias = 0;
  if (!fatal) {
    int f = open_file(opt.main_file, false);
    if (f < 0) {
      diag.fatal(0, opt.main_file + ": No such file or directory");
      fatal = true;
    } else if (push_file(f, -2, IncludeKind::Main, 0, false)) {
      drain(false);
    }
  }
  // An expansion met while pre-expanding an argument produced no output
  // in place: give it the range of the output tokens that came from it,
  // found by following each token's ExpLoc chain.
  for (uint32_t i = 0; i < res.tokens.size(); ++i) {
    Loc l = res.tokens[i].loc;
    for (int guard = 0; is_macro_loc(l) && guard < 1000; ++guard) {
      const ExpLoc& el = res.exp_locs[l & ~kMacroLocBit];
      Expansion& e = res.expansions[el.expansion];
      if (e.first_tok == e.end_tok) { e.first_tok = i; e.end_tok = i + 1; }
      else if (i >= e.end_tok) e.end_tok = i + 1;
      else if (i < e.first_tok) e.first_tok = i;
      l = el.spelling;
    }
  }
  if (getenv("KCARVE_PP_STATS")) fprintf(stderr, "tokens %zu exp_locs %zu expansions %zu macros %zu files %zu\n", res.tokens.size(), res.exp_locs.size(), res.expansions.size(), res.macros.size(), res.files.size());
  PTok eof{0, 0, TK_EOF, 0, 0};
  res.tokens.push_back(Token{eof.loc, 0, TK_EOF, 0});
  return !fatal && diag.errors() == 0;
}

} // namespace detail

bool preprocess(const Options& opts, PpResult& out, Diagnostics& diag) {
  detail::Preprocessor pp(opts, out, diag);
  return pp.run();
}

} // namespace kcarve::pp
