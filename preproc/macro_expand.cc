// macro_expand.cc — macro replacement (C11 6.10.3) as gcc 12 performs it.
//
// Tokens to read next sit on one stack, `pending` (its back is the next
// token); below it is the lexer of the current file.  Expanding a macro
// pushes its replacement, followed by a TK_EXP_END marker that closes the
// Expansion record when read.  6.10.3.4 (no re-expansion of a macro in its
// own replacement) is implemented with gcc's rule rather than Prosser's
// hidesets: a macro is disabled from the push of its replacement until its
// TK_EXP_END is read, and a name read while its macro is disabled is painted
// blue (TF_NO_EXPAND) for good.  The two differ on the "deferred
// expansion" idiom (EVAL/DEFER/OBSTRUCT), where gcc -E is the oracle.
//
// Arguments are collected unexpanded; an argument is macro-expanded on its
// own (6.10.3.1) only where the body uses it outside # and ##.  gcc's
// padding tokens are modelled exactly (TK_PADDING): they decide the spaces
// that # puts in a string (6.10.3.2) and that -E prints, so that
// __stringify(...) in kernel asm strings comes out byte-equal to gcc's.
#include "preproc/internal.h"

#include <cstring>

namespace kcarve::pp::detail {

namespace {

PTok make_pad(bool null_src, bool white) {
  PTok p;
  p.loc = 0;
  p.spelling = 0;
  p.kind = TK_PADDING;
  p.flags = null_src ? TF_PAD_NULL : (white ? TF_LEADING_SPACE : 0);
  p.hs = 0;
  return p;
}

// gcc's rule for keeping the most significant of several paddings met while
// looking for a function-like macro's '('.
void condense(PTok& pad, bool& have, const PTok& tok) {
  if (!have || (pad.flags & TF_PAD_NULL) ||
      (!(pad.flags & TF_LEADING_SPACE) && (tok.flags & TF_PAD_NULL))) {
    pad = tok;
    have = true;
  }
}

} // namespace

void Preprocessor::set_macro(StrId name, int32_t def) {
  if (name >= macro_of.size()) macro_of.resize(name + 1024 + name / 2, -1);
  macro_of[name] = def;
}

Loc Preprocessor::new_exp_loc(Loc spelling, uint32_t exp, ExpLoc::Role role, uint16_t index) {
  ExpLoc e;
  e.spelling = spelling;
  e.expansion = exp;
  e.role = role;
  e.index = index;
  res.exp_locs.push_back(e);
  return kMacroLocBit | (Loc)(res.exp_locs.size() - 1);
}

int32_t Preprocessor::expansion_of(Loc l) const {
  if (!is_macro_loc(l)) return -1;
  return (int32_t)res.exp_locs[l & ~kMacroLocBit].expansion;
}

uint32_t Preprocessor::new_expansion(uint32_t def, const PTok& name, Loc end_loc) {
  Expansion e;
  e.def = def;
  e.name_loc = name.loc;
  e.end_loc = end_loc;
  e.parent = expansion_of(name.loc);
  e.first_tok = e.end_tok = (uint32_t)res.tokens.size();
  res.expansions.push_back(e);
  return (uint32_t)res.expansions.size() - 1;
}

void Preprocessor::finish_expansion(uint32_t exp) {
  Expansion& e = res.expansions[exp];
  e.end_tok = (uint32_t)res.tokens.size();
  const MacroDef& m = res.macros[e.def];
  if (!m.builtin && m.name < disabled.size()) disabled[m.name] = 0;
}

void Preprocessor::get_raw(PTok& t) {
  for (;;) {
    from_lexer = false;
    if (pending.size() > pend_floor) {
      t = pending.back();
      pending.pop_back();
      return;
    }
    if (files.empty() || fatal) {
      t = PTok{0, 0, TK_EOF, 0, 0};
      return;
    }
    FileCtx& f = files.back();
    lex(f.lx, t);
    from_lexer = true;
    if (t.kind == TK_HASH && (t.flags & TF_BOL) && !in_directive) {
      directive(t);
      continue;
    }
    if (t.kind != TK_EOF && t.kind != TK_EOD && ifs.size() == f.if_base) f.mi = FileCtx::MI_NO;
    return;
  }
}

void Preprocessor::next(PTok& t) {
  for (;;) {
    get_raw(t);
    if (t.kind == TK_EXP_END) {
      finish_expansion(t.spelling);
      if (in_directive) continue;
      t = make_pad(true, false);
      return;
    }
    if (t.kind != TK_IDENT || (t.flags & TF_NO_EXPAND) || prevent_expansion) return;
    int32_t d = macro_def(t.spelling);
    if (d < 0) return;
    if (t.spelling < disabled.size() && disabled[t.spelling]) {
      t.flags |= TF_NO_EXPAND;
      return;
    }
    PTok name = t;
    if (from_lexer && arg_depth == 0 && !collecting_args) {
      // gcc's "top-most macro": the expansion started from the file text.
      top_funlike = res.macros[d].function_like && !res.macros[d].builtin;
      invocation_loc = name.loc;
    }
    if (enter_macro(name, d)) {
      if (name.flags & TF_BOL) bol_pending = true;
      if (in_directive) continue;
      t = make_pad(false, name.flags & TF_LEADING_SPACE);
      return;
    }
    return;
  }
}

bool Preprocessor::peek_lparen(PTok& pad, bool& have) {
  for (;;) {
    if (pending.size() > pend_floor) {
      PTok& b = pending.back();
      if (b.kind == TK_EXP_END) {
        uint32_t e = b.spelling;
        pending.pop_back();
        finish_expansion(e);
        if (!in_directive) condense(pad, have, make_pad(true, false));
        continue;
      }
      if (b.kind == TK_PADDING) {
        PTok p = b;
        pending.pop_back();
        condense(pad, have, p);
        continue;
      }
      if (b.kind == TK_LPAREN) {
        pending.pop_back();
        return true;
      }
      return false;
    }
    if (files.empty() || fatal) return false;
    FileCtx& f = files.back();
    Lexer save = f.lx;
    PTok t;
    f.lx.skipping = true;  // diagnostics come when it is lexed for real
    lex(f.lx, t);
    f.lx.skipping = save.skipping;
    if (t.kind == TK_LPAREN) {
      if (ifs.size() == f.if_base) f.mi = FileCtx::MI_NO;
      return true;
    }
    f.lx = save;
    return false;
  }
}

bool Preprocessor::collect_args(const PTok& name, const MacroDef& m, std::vector<std::pair<uint32_t, uint32_t>>& args,
                                PTok& rparen) {
  uint32_t nparams = m.nparams;
  bool variadic = m.variadic;
  va_omitted = false;
  int depth = 0;
  uint32_t start = (uint32_t)arena.size();
  bool was = collecting_args;
  collecting_args = true;
  for (;;) {
    PTok t;
    get_raw(t);
    if (t.kind == TK_EXP_END) {
      finish_expansion(t.spelling);
      if (in_directive) continue;
      t = make_pad(true, false);
    }
    if (t.kind == TK_PADDING) {
      if (arena.size() != start) arena.push_back(t);
      continue;
    }
    if (t.kind == TK_EOF || t.kind == TK_EOD || t.kind == TK_ARG_END) {
      Loc where = t.loc;
      if (t.kind == TK_EOF && where > 1) where -= 1;
      if (t.kind == TK_ARG_END) where = name.loc;
      diag.error(where, "unterminated argument list invoking macro \"" +
                            std::string(strs.str(name.spelling)) + "\"");
      if (t.kind != TK_EOF) pending.push_back(t);
      collecting_args = was;
      return false;
    }
    if (t.flags & TF_BOL) t.flags = (uint16_t)((t.flags & ~TF_BOL) | TF_LEADING_SPACE);
    // gcc paints a name read while its macro is disabled, even here.
    if (t.kind == TK_IDENT && t.spelling < disabled.size() && disabled[t.spelling] && macro_def(t.spelling) >= 0)
      t.flags |= TF_NO_EXPAND;
    if (t.kind == TK_LPAREN) {
      ++depth;
    } else if (t.kind == TK_RPAREN) {
      if (depth == 0) {
        while (arena.size() > start && arena.back().kind == TK_PADDING) arena.pop_back();
        args.push_back({start, (uint32_t)arena.size()});
        rparen = t;
        break;
      }
      --depth;
    } else if (t.kind == TK_COMMA && depth == 0 && !(variadic && args.size() + 1 >= nparams)) {
      while (arena.size() > start && arena.back().kind == TK_PADDING) arena.pop_back();
      args.push_back({start, (uint32_t)arena.size()});
      start = (uint32_t)arena.size();
      continue;
    }
    arena.push_back(t);
  }
  collecting_args = was;
  std::string nm(strs.str(name.spelling));
  if (nparams == 0) {
    if (args.size() == 1 && args[0].first == args[0].second) { args.clear(); return true; }
    diag.error(name.loc, "macro \"" + nm + "\" passed " + std::to_string(args.size()) +
                             " arguments, but takes just 0");
    return false;
  }
  if (args.size() < nparams) {
    if (variadic && args.size() + 1 == nparams) {
      va_omitted = true;
      args.push_back({(uint32_t)arena.size(), (uint32_t)arena.size()});
      return true;
    }
    diag.error(rparen.loc, "macro \"" + nm + "\" requires " + std::to_string(nparams) +
                               " arguments, but only " + std::to_string(args.size()) + " given");
    return false;
  }
  if (args.size() > nparams) {
    diag.error(rparen.loc, "macro \"" + nm + "\" passed " + std::to_string(args.size()) +
                               " arguments, but takes just " + std::to_string(nparams));
    return false;
  }
  return true;
}

void Preprocessor::expand_arg(uint32_t b, uint32_t e, std::pair<uint32_t, uint32_t>& out) {
  if (++arg_depth > 1000) {
    diag.error(arena[b].loc, "macro arguments nested too deeply");
    fatal = true;
    --arg_depth;
    out = {(uint32_t)arena.size(), (uint32_t)arena.size()};
    return;
  }
  size_t floor_before = pend_floor;
  size_t base = pending.size();
  pending.push_back(PTok{0, 0, TK_ARG_END, 0, 0});
  for (uint32_t i = e; i > b; --i) pending.push_back(arena[i - 1]);
  pend_floor = base;
  out.first = (uint32_t)arena.size();
  for (;;) {
    PTok t;
    next(t);
    if (t.kind == TK_ARG_END || t.kind == TK_EOF) break;
    arena.push_back(t);
  }
  // Drop anything left above the sentinel (after an error).
  pending.resize(base);
  pend_floor = floor_before;
  out.second = (uint32_t)arena.size();
  --arg_depth;
}

StrId Preprocessor::stringify(uint32_t b, uint32_t e) {
  std::string s = "\"";
  int src = 0;  // 0 NULL, 1 plain, 2 white
  bool any = false;
  for (uint32_t i = b; i < e; ++i) {
    const PTok& t = arena[i];
    if (t.kind == TK_PADDING) {
      if (src == 0 || (src == 1 && (t.flags & TF_PAD_NULL)))
        src = (t.flags & TF_PAD_NULL) ? 0 : (t.flags & TF_LEADING_SPACE) ? 2 : 1;
      continue;
    }
    if (any) {
      int eff = src ? src : (t.flags & TF_LEADING_SPACE) ? 2 : 1;
      if (eff == 2) s.push_back(' ');
    }
    src = 0;
    std::string_view sp = strs.str(t.spelling);
    if (t.kind == TK_IDENT && sp.find("\\U") != std::string_view::npos) sp = written_ident(t);
    if (t.kind == TK_STRING || t.kind == TK_CHAR) {
      for (char c : sp) {
        if (c == '\\' || c == '"') s.push_back('\\');
        s.push_back(c);
      }
    } else {
      s.append(sp.data(), sp.size());
    }
    any = true;
  }
  // A trailing odd backslash would escape the closing quote: gcc drops it.
  size_t bs = 0;
  while (bs + 1 < s.size() && s[s.size() - 1 - bs] == '\\') ++bs;
  if (bs % 2) s.pop_back();
  s.push_back('"');
  return strs.intern(s);
}

bool Preprocessor::paste(PTok& lhs, const PTok& rhs, Loc where) {
  std::string buf;
  if (lhs.kind != TK_PADDING) buf.assign(strs.str(lhs.spelling));
  if (lhs.kind == TK_SLASH && rhs.kind != TK_ASSIGN) buf.push_back(' ');
  std::string_view rs = rhs.kind == TK_PADDING ? std::string_view() : strs.str(rhs.spelling);
  buf.append(rs.data(), rs.size());
  if (buf.empty()) {
    lhs = make_pad(true, false);
    return true;
  }
  PTok r;
  if (!lex_single(buf, r)) {
    diag.error(res.spelling_loc(where),
               "pasting \"" + std::string(strs.str(lhs.spelling)) + "\" and \"" +
                   std::string(rs) + "\" does not give a valid preprocessing token");
    return false;
  }
  r.flags = (uint16_t)(lhs.flags & TF_LEADING_SPACE);
  r.loc = lhs.loc;
  r.hs = 0;
  lhs = r;
  return true;
}

// Push arena[b, e) (the finished replacement of expansion EXP) so that it is
// read next, with the TK_EXP_END marker after it.
void Preprocessor::push_result(uint32_t exp, uint32_t b, uint32_t e) {
  StrId name = res.macros[res.expansions[exp].def].name;
  if (name >= disabled.size()) disabled.resize(name + 1024 + name / 2, 0);
  disabled[name] = 1;  // until its TK_EXP_END is read
  pending.push_back(PTok{0, exp, TK_EXP_END, 0, 0});
  for (uint32_t i = e; i > b; --i) pending.push_back(arena[i - 1]);
}

bool Preprocessor::enter_macro(PTok& name, int32_t d) {
  const MacroDef m = res.macros[d];
  if (m.builtin) {
    PTok out;
    int r = expand_builtin(name, (BuiltinKind)builtin_of[d], out);
    if (r == 0) return false;
    if (r == 2) return true;
    uint32_t exp = new_expansion((uint32_t)d, name, name.loc);
    out.loc = new_exp_loc(name.loc, exp, ExpLoc::Builtin, 0);
    out.flags = 0;
    out.hs = 0;
    pending.push_back(PTok{0, exp, TK_EXP_END, 0, 0});
    pending.push_back(out);
    return true;
  }
  uint32_t mark = (uint32_t)arena.size();
  std::vector<std::pair<uint32_t, uint32_t>> args;
  Loc end_loc = name.loc;
  if (m.function_like) {
    PTok pad;
    bool have = false;
    if (!peek_lparen(pad, have)) {
      if (have && !in_directive) {
        pending.push_back(make_pad(true, false));
        pending.push_back(pad);
      }
      return false;
    }
    PTok rparen;
    if (!collect_args(name, m, args, rparen)) {
      arena.resize(mark);
      return true;  // diagnosed; the call is dropped
    }
    end_loc = rparen.loc;
    // gcc: ", ## b" loses the comma when b was omitted entirely, or when
    // b is the only parameter and empty (GNU modes only).
    if (m.variadic && m.nparams == 1 && args[0].first == args[0].second && !strict_ansi) va_omitted = true;
  }
  const bool omitted = m.function_like && va_omitted;
  uint32_t exp = new_expansion((uint32_t)d, name, end_loc);
  const Token* body = res.macro_bodies.data() + m.body_begin;
  const StrId* params = res.macro_params.data() + m.params_begin;
  auto param_index = [&](StrId s) -> uint32_t {
    for (uint32_t k = 0; k < m.nparams; ++k)
      if (params[k] == s) return k;
    return 0;
  };

  // Pre-expand the arguments used outside # and ## (6.10.3.1).
  std::vector<std::pair<uint32_t, uint32_t>> expanded(args.size(), {0xffffffffu, 0});
  bool va_nonempty = false;
  if (m.function_like) {
    for (uint32_t i = 0; i < m.body_len; ++i) {
      const Token& bt = body[i];
      if (!(bt.flags & TF_MACRO_PARAM)) continue;
      if (i > 0 && (body[i - 1].flags & TF_STRINGIFY_OP)) continue;
      bool prev_paste = i > 0 && body[i - 1].kind == TK_HASHHASH;
      if ((bt.flags & TF_PASTE_LEFT) || prev_paste) continue;
      uint32_t k = param_index(bt.spelling);
      if (expanded[k].first == 0xffffffffu) {
        auto r = args[k];
        std::pair<uint32_t, uint32_t> out;
        expand_arg(r.first, r.second, out);
        expanded[k] = out;
      }
    }
    if (m.variadic && !args.empty()) {
      // __VA_OPT__ looks at the variable arguments after expansion.
      uint32_t k = (uint32_t)args.size() - 1;
      bool uses_opt = false;
      for (uint32_t i = 0; i < m.body_len; ++i)
        if (body[i].kind == TK_IDENT && body[i].spelling == id_va_opt) uses_opt = true;
      if (uses_opt && expanded[k].first == 0xffffffffu) {
        std::pair<uint32_t, uint32_t> out;
        expand_arg(args[k].first, args[k].second, out);
        expanded[k] = out;
      }
      auto r = uses_opt ? expanded[k] : args[k];
      for (uint32_t i = r.first; i < r.second; ++i)
        if (arena[i].kind != TK_PADDING) { va_nonempty = true; break; }
    }
  }

  // Substitute (gcc's replace_args).
  uint32_t rb = (uint32_t)arena.size();
  int vaopt_depth = -1;       // paren depth inside a __VA_OPT__ being kept
  for (uint32_t i = 0; i < m.body_len; ++i) {
    Token bt = body[i];
    if (bt.kind == TK_HASHHASH) continue;
    if (m.variadic && bt.kind == TK_IDENT && bt.spelling == id_va_opt && !(bt.flags & TF_MACRO_PARAM)) {
      // __VA_OPT__ ( content ): keep content when the variable arguments
      // are present, drop it otherwise.
      uint32_t j = i + 1;
      if (j < m.body_len && body[j].kind == TK_LPAREN) {
        int dp = 0;
        uint32_t k = j;
        for (; k < m.body_len; ++k) {
          if (body[k].kind == TK_LPAREN) ++dp;
          else if (body[k].kind == TK_RPAREN && --dp == 0) break;
        }
        if (va_nonempty) {
          vaopt_depth = (int)k;  // index of the closing paren to skip
          i = j;
        } else {
          i = k;
        }
        continue;
      }
    }
    if (vaopt_depth >= 0 && (int)i == vaopt_depth) { vaopt_depth = -1; continue; }
    bool prev_paste = i > 0 && body[i - 1].kind == TK_HASHHASH;
    if (bt.flags & TF_STRINGIFY_OP && i + 1 < m.body_len) {
      const Token& pt = body[i + 1];
      uint32_t k = param_index(pt.spelling);
      PTok s;
      s.kind = TK_STRING;
      s.spelling = stringify(args[k].first, args[k].second);
      s.loc = new_exp_loc(bt.loc, exp, ExpLoc::Stringify, (uint16_t)k);
      s.flags = (uint16_t)(bt.flags & TF_LEADING_SPACE);
      s.hs = 0;
      if ((!in_directive || directive_wants_padding) && i != 0 && !prev_paste)
        arena.push_back(make_pad(false, bt.flags & TF_LEADING_SPACE));
      if (prev_paste && arena.size() > rb) {
        // nothing to remove: a string is never empty
      }
      if (pt.flags & TF_PASTE_LEFT) s.flags |= TF_PASTE_LEFT;
      arena.push_back(s);
      if (!in_directive && !(pt.flags & TF_PASTE_LEFT)) arena.push_back(make_pad(true, false));
      ++i;
      continue;
    }
    if (bt.flags & TF_MACRO_PARAM) {
      uint32_t k = param_index(bt.spelling);
      bool paste_left = bt.flags & TF_PASTE_LEFT;
      bool use_raw = paste_left || prev_paste;
      std::pair<uint32_t, uint32_t> r = use_raw ? args[k] : expanded[k];
      uint32_t count = 0;
      for (uint32_t x = r.first; x < r.second; ++x)
        if (arena[x].kind != TK_PADDING) ++count;
      if ((!in_directive || directive_wants_padding) && i != 0 && !prev_paste)
        arena.push_back(make_pad(false, bt.flags & TF_LEADING_SPACE));
      if (prev_paste && arena.size() > rb) {
        PTok& last = arena.back();
        if (last.kind == TK_COMMA && m.variadic && k == m.nparams - 1) {
          // GNU ", ## __VA_ARGS__": drop the comma when the arguments are empty.
          if (omitted) arena.pop_back();
          else last.flags &= (uint16_t)~TF_PASTE_LEFT;
        } else if (count == 0) {
          if (paste_left) last.flags |= TF_PASTE_LEFT;
          else last.flags &= (uint16_t)~TF_PASTE_LEFT;
        }
      }
      uint32_t last_copied = 0xffffffffu;
      for (uint32_t x = r.first; x < r.second; ++x) {
        PTok a = arena[x];
        if (a.kind != TK_PADDING) {
          a.loc = new_exp_loc(a.loc, exp, use_raw ? ExpLoc::ArgRaw : ExpLoc::Arg, (uint16_t)k);
          a.flags &= (uint16_t)~(TF_PASTE_LEFT | TF_BOL);
          last_copied = (uint32_t)arena.size();
        }
        arena.push_back(a);
      }
      if (count && paste_left && last_copied != 0xffffffffu) arena[last_copied].flags |= TF_PASTE_LEFT;
      if (!in_directive && !paste_left) arena.push_back(make_pad(true, false));
      continue;
    }
    PTok o;
    o.loc = new_exp_loc(bt.loc, exp, ExpLoc::Body, (uint16_t)i);
    o.spelling = bt.spelling;
    o.kind = bt.kind;
    o.flags = (uint16_t)(bt.flags & (TF_LEADING_SPACE | TF_PASTE_LEFT));
    o.hs = 0;
    arena.push_back(o);
  }
  uint32_t re = (uint32_t)arena.size();

  // Paste (6.10.3.3).
  uint32_t fb = re;
  for (uint32_t i = rb; i < re; ++i) {
    PTok t = arena[i];
    if (t.flags & TF_PASTE_LEFT) {
      Loc where = t.loc;
      bool pasted = false;
      while (t.flags & TF_PASTE_LEFT) {
        uint32_t j = i + 1;
        while (j < re && arena[j].kind == TK_PADDING && (arena[j].flags & TF_PAD_NULL)) ++j;
        if (j >= re) { t.flags &= (uint16_t)~TF_PASTE_LEFT; break; }
        PTok rhs = arena[j];
        i = j;
        uint16_t rl = rhs.flags & TF_PASTE_LEFT;
        if (!paste(t, rhs, where)) {
          t.flags &= (uint16_t)~TF_PASTE_LEFT;
          arena.push_back(t);
          t = rhs;
          t.flags &= (uint16_t)~TF_PASTE_LEFT;
          pasted = false;
          break;
        }
        pasted = true;
        t.flags = (uint16_t)((t.flags & ~TF_PASTE_LEFT) | rl);
      }
      if (pasted && t.kind != TK_PADDING) {
        t.loc = new_exp_loc(where, exp, ExpLoc::Paste, 0);
        if (!in_directive) arena.push_back(make_pad(false, t.flags & TF_LEADING_SPACE));
        arena.push_back(t);
        if (!in_directive) arena.push_back(make_pad(true, false));
        continue;
      }
    }
    arena.push_back(t);
  }
  push_result(exp, fb, (uint32_t)arena.size());
  arena.resize(mark);
  return true;
}

} // namespace kcarve::pp::detail
