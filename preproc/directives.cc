// directives.cc — preprocessing directives (C11 6.10) and GNU's additions.
//
// #define/#undef (6.10.3, 6.10.3.5), conditional inclusion (6.10.1, with
// gcc 12's #elifdef/#elifndef), #line and GNU line markers (6.10.4), #error
// and #warning (6.10.5), #pragma (6.10.6) with gcc's own pragmas (once,
// push_macro/pop_macro, GCC system_header/poison/warning/error), #ident,
// the null directive (6.10.7).  #include lives in include_search.cc.
//
// Skipped groups are scanned line by line without building tokens: only a
// line whose first token is '#' is looked at, and comments and quotes are
// stepped over so that a "#" inside them is not taken for a directive.
// Include guards are detected as gcc's "multiple-include optimisation" does:
// a file whose only non-comment content is one #ifndef X ... #endif group.
#include "preproc/internal.h"

#include <cstring>

namespace kcarve::pp::detail {

namespace {

enum Dir {
  D_DEFINE, D_UNDEF, D_INCLUDE, D_INCLUDE_NEXT, D_IMPORT, D_IF, D_IFDEF, D_IFNDEF,
  D_ELIF, D_ELSE, D_ENDIF, D_ELIFDEF, D_ELIFNDEF, D_LINE, D_ERROR, D_WARNING,
  D_PRAGMA, D_IDENT, D_SCCS, D_ASSERT, D_UNASSERT,
};

const char* const kDirNames[] = {
  "define", "undef", "include", "include_next", "import", "if", "ifdef", "ifndef",
  "elif", "else", "endif", "elifdef", "elifndef", "line", "error", "warning",
  "pragma", "ident", "sccs", "assert", "unassert",
};

const char* cond_name(uint8_t k) {
  switch (k) {
  case CondRecord::If: return "if";
  case CondRecord::Ifdef: return "ifdef";
  case CondRecord::Ifndef: return "ifndef";
  case CondRecord::Elif: return "elif";
  case CondRecord::Elifdef: return "elifdef";
  case CondRecord::Elifndef: return "elifndef";
  case CondRecord::Else: return "else";
  default: return "endif";
  }
}

} // namespace

void Preprocessor::init_directives() {
  for (int i = 0; i < (int)(sizeof kDirNames / sizeof kDirNames[0]); ++i)
    directive_ids[strs.intern(kDirNames[i])] = i;
}

void Preprocessor::record_cond(CondRecord::Kind k, Loc loc, uint32_t opening, bool evaluated, bool taken) {
  CondRecord c;
  c.kind = k;
  c.loc = loc;
  c.opening = opening;
  c.evaluated = evaluated;
  c.taken = taken;
  c.out_pos = (uint32_t)res.tokens.size();
  res.conds.push_back(c);
}

void Preprocessor::lex_directive_token(PTok& t) {
  if (pending.size() > pend_floor) {
    t = pending.back();
    pending.pop_back();
    return;
  }
  lex(files.back().lx, t);
}

void Preprocessor::end_directive() {
  // Drop what is left of the line (gcc warns "extra tokens"; we stay quiet).
  while (pending.size() > pend_floor) {
    PTok& b = pending.back();
    if (b.kind == TK_EXP_END) finish_expansion(b.spelling);
    pending.pop_back();
  }
  if (!files.empty()) {
    Lexer& lx = files.back().lx;
    if (lx.in_directive) {
      bool sk = lx.skipping;
      lx.skipping = true;
      PTok t;
      do lex(lx, t); while (t.kind != TK_EOD);
      lx.skipping = sk;
      lx.in_directive = false;
    }
  }
  in_directive = false;
  pend_floor = dir_floor_save;
}

void Preprocessor::directive(const PTok& hash) {
  FileCtx& f = files.back();
  in_directive = true;
  f.lx.in_directive = true;
  dir_floor_save = pend_floor;
  pend_floor = pending.size();
  Loc hl = hash.loc;
  PTok name;
  lex(f.lx, name);
  dir_name_loc = name.loc;
  if (name.kind == TK_EOD) {  // null directive
    end_directive();
    return;
  }
  bool top_level = ifs.size() == f.if_base;
  if (name.kind == TK_NUMBER) {
    if (top_level && f.mi != FileCtx::MI_IN) f.mi = FileCtx::MI_NO;
    do_line(hl, true, &name);
    end_directive();
    return;
  }
  int d = -1;
  if (name.kind == TK_IDENT) {
    auto it = directive_ids.find(name.spelling);
    if (it != directive_ids.end()) d = it->second;
  }
  if (d != D_IF && d != D_IFDEF && d != D_IFNDEF && top_level && f.mi != FileCtx::MI_IN)
    f.mi = FileCtx::MI_NO;
  switch (d) {
  case D_DEFINE: do_define(hl); break;
  case D_UNDEF: do_undef(hl); break;
  case D_INCLUDE: do_include(hl, IncludeKind::Include); return;
  case D_IMPORT: do_include(hl, IncludeKind::Include); return;
  case D_INCLUDE_NEXT: do_include(hl, IncludeKind::IncludeNext); return;
  case D_IF: do_cond(hl, CondRecord::If); return;
  case D_IFDEF: do_cond(hl, CondRecord::Ifdef); return;
  case D_IFNDEF: do_cond(hl, CondRecord::Ifndef); return;
  case D_ELIF: do_cond(hl, CondRecord::Elif); return;
  case D_ELIFDEF: do_cond(hl, CondRecord::Elifdef); return;
  case D_ELIFNDEF: do_cond(hl, CondRecord::Elifndef); return;
  case D_ELSE: do_cond(hl, CondRecord::Else); return;
  case D_ENDIF: do_cond(hl, CondRecord::Endif); return;
  case D_LINE: do_line(hl, false, nullptr); break;
  case D_ERROR: do_diagnostic(hl, true, name.spelling); break;
  case D_WARNING: do_diagnostic(hl, false, name.spelling); break;
  case D_PRAGMA: do_pragma(hl); break;
  case D_IDENT:
  case D_SCCS: {
    PTok t;
    do next(t); while (t.kind == TK_PADDING);
    if (t.kind == TK_STRING) {
      // gcc -E prints "#ident "string"": passed through like a pragma line.
      PTok p{hl, strs.intern("#ident"), TK_PRAGMA, TF_BOL, 0};
      emit(p);
      emit(t);
      PTok e{hl, 0, TK_PRAGMA_END, 0, 0};
      emit(e);
    }
    break;
  }
  case D_ASSERT:
  case D_UNASSERT:
    break;
  default:
    if (collecting_args && name.kind != TK_IDENT) break;
    diag.error(name.loc, "invalid preprocessing directive #" + std::string(strs.str(name.spelling)));
    break;
  }
  end_directive();
}

// --- #define / #undef (6.10.3) ------------------------------------------

// The macro name of #define / #undef (C11 6.10.3, 6.10.8: `defined` may not
// be defined or undefined).  False, with gcc's diagnostic, if there is none.
bool Preprocessor::lex_macro_name(Lexer& lx, PTok& name, const char* directive) {
  lex(lx, name);
  if (name.kind != TK_IDENT) {
    if (name.kind == TK_EOD)
      diag.error(name.loc, std::string("no macro name given in #") + directive + " directive");
    else
      diag.error(name.loc, "macro names must be identifiers");
    return false;
  }
  if (name.spelling == id_defined) {
    diag.error(name.loc, "\"defined\" cannot be used as a macro name");
    return false;
  }
  return true;
}

void Preprocessor::do_define(Loc hl) {
  Lexer& lx = files.back().lx;
  PTok name;
  if (!lex_macro_name(lx, name, "define")) return;
  MacroDef m{};
  m.name = name.spelling;
  m.loc = name.loc;
  m.params_begin = (uint32_t)res.macro_params.size();
  m.body_begin = (uint32_t)res.macro_bodies.size();
  bool ok = true;
  Loc head_end = name.loc;  // gcc reports body errors at the end of the head
  if (*lx.cur == '(') {
    m.function_like = true;
    PTok t;
    lex(lx, t);  // '('
    bool expect_param = true, first = true;
    for (;;) {
      lex(lx, t);
      head_end = t.loc;
      if (t.kind == TK_RPAREN && (first || !expect_param)) break;
      if (expect_param && t.kind == TK_IDENT) {
        bool dup = false;
        for (uint32_t k = 0; k < m.nparams; ++k)
          if (res.macro_params[m.params_begin + k] == t.spelling) dup = true;
        if (dup) {
          diag.error(t.loc, "duplicate macro parameter \"" + std::string(strs.str(t.spelling)) + "\"");
          ok = false;
          break;
        }
        if (t.spelling == id_va_args) {
          diag.error(t.loc, "__VA_ARGS__ can not be used as a parameter name");
          ok = false;
          break;
        }
        res.macro_params.push_back(t.spelling);
        ++m.nparams;
        expect_param = false;
        first = false;
        continue;
      }
      if (expect_param && t.kind == TK_ELLIPSIS) {
        res.macro_params.push_back(id_va_args);
        ++m.nparams;
        m.variadic = true;
        lex(lx, t);
        if (t.kind != TK_RPAREN) {
          diag.error(t.loc, "missing ')' in macro parameter list");
          ok = false;
        }
        break;
      }
      if (!expect_param && t.kind == TK_COMMA) { expect_param = true; continue; }
      if (!expect_param && t.kind == TK_ELLIPSIS) {
        m.variadic = true;  // GNU named variadic: args...
        lex(lx, t);
        if (t.kind != TK_RPAREN) {
          diag.error(t.loc, "missing ')' in macro parameter list");
          ok = false;
        }
        break;
      }
      if (t.kind == TK_EOD) diag.error(t.loc, "missing ')' in macro parameter list");
      else if (expect_param) diag.error(t.loc, "expected parameter name, found \"" + std::string(strs.str(t.spelling)) + "\"");
      else diag.error(t.loc, "expected ',' or ')', found \"" + std::string(strs.str(t.spelling)) + "\"");
      ok = false;
      break;
    }
    if (!ok) {
      res.macro_params.resize(m.params_begin);
      return;
    }
  }
  const StrId* params = res.macro_params.data() + m.params_begin;
  for (;;) {
    PTok t;
    lex(lx, t);
    if (t.kind == TK_EOD) break;
    Token b{t.loc, t.spelling, t.kind, (uint16_t)(t.flags & TF_LEADING_SPACE)};
    if (t.kind == TK_IDENT && m.function_like) {
      for (uint32_t k = 0; k < m.nparams; ++k)
        if (params[k] == t.spelling) { b.flags |= TF_MACRO_PARAM; break; }
    }
    res.macro_bodies.push_back(b);
  }
  m.body_len = (uint32_t)(res.macro_bodies.size() - m.body_begin);
  Token* body = res.macro_bodies.data() + m.body_begin;
  if (m.body_len) body[0].flags &= (uint16_t)~TF_LEADING_SPACE;
  for (uint32_t i = 0; i < m.body_len; ++i) {
    if (body[i].kind == TK_HASHHASH) {
      if (i == 0 || i + 1 == m.body_len) {
        diag.error(head_end, "'##' cannot appear at either end of a macro expansion");
        ok = false;
        break;
      }
      body[i - 1].flags |= TF_PASTE_LEFT;
    } else if (body[i].kind == TK_HASH && m.function_like) {
      if (i + 1 < m.body_len && (body[i + 1].flags & TF_MACRO_PARAM)) {
        body[i].flags |= TF_STRINGIFY_OP;
      } else {
        diag.error(head_end, "'#' is not followed by a macro parameter");
        ok = false;
        break;
      }
    }
  }
  // A '##' after a stringified parameter pastes the string: mark the param.
  if (!ok) {
    res.macro_bodies.resize(m.body_begin);
    res.macro_params.resize(m.params_begin);
    return;
  }
  // 6.10.3p2: a redefinition must be identical; gcc warns (no column).
  if (int32_t old = macro_def(m.name); old >= 0) {
    std::string q = "\"" + std::string(strs.str(m.name)) + "\" redefined";
    if (builtin_of[old] != BI_NONE) {
      diag.warning_line(name.loc, q);
    } else if (!same_definition(res.macros[old], m)) {
      diag.warning_line(name.loc, q);
      diag.note_line(res.macros[old].loc, "this is the location of the previous definition");
    }
  }
  res.macros.push_back(m);
  builtin_of.push_back(BI_NONE);
  int32_t idx = (int32_t)res.macros.size() - 1;
  set_macro(m.name, idx);
  MacroDirective md;
  md.kind = MacroDirective::Define;
  md.name = m.name;
  md.def = (uint32_t)idx;
  md.loc = hl;
  md.out_pos = (uint32_t)res.tokens.size();
  md.include = files.back().include_rec;
  res.directives.push_back(md);
}

// 6.10.3p2: same parameters, same replacement list, same whitespace
// separation (only whether there is any).
bool Preprocessor::same_definition(const MacroDef& a, const MacroDef& b) const {
  if (a.function_like != b.function_like || a.nparams != b.nparams || a.variadic != b.variadic ||
      a.body_len != b.body_len)
    return false;
  for (uint32_t k = 0; k < a.nparams; ++k)
    if (res.macro_params[a.params_begin + k] != res.macro_params[b.params_begin + k]) return false;
  for (uint32_t i = 0; i < a.body_len; ++i) {
    const Token& x = res.macro_bodies[a.body_begin + i];
    const Token& y = res.macro_bodies[b.body_begin + i];
    if (x.spelling != y.spelling || x.kind != y.kind ||
        ((x.flags ^ y.flags) & TF_LEADING_SPACE))
      return false;
  }
  return true;
}

void Preprocessor::do_undef(Loc hl) {
  PTok name;
  if (!lex_macro_name(files.back().lx, name, "undef")) return;
  if (int32_t old = macro_def(name.spelling); old >= 0) {
    switch (builtin_of[old]) {
    case BI_FILE: case BI_LINE: case BI_COUNTER: case BI_BASE_FILE: case BI_INCLUDE_LEVEL:
    case BI_DATE: case BI_TIME: case BI_TIMESTAMP:
      diag.warning_line(name.loc, "undefining \"" + std::string(strs.str(name.spelling)) +
                                      "\" [-Wbuiltin-macro-redefined]");
      break;
    default:
      break;
    }
  }
  set_macro(name.spelling, -1);
  MacroDirective md;
  md.kind = MacroDirective::Undef;
  md.name = name.spelling;
  md.def = 0;
  md.loc = hl;
  md.out_pos = (uint32_t)res.tokens.size();
  md.include = files.back().include_rec;
  res.directives.push_back(md);
}

// --- Conditional inclusion (6.10.1) --------------------------------------

void Preprocessor::do_cond(Loc hl, CondRecord::Kind k) {
  FileCtx& f = files.back();
  bool top_level = ifs.size() == f.if_base;
  if (k == CondRecord::If || k == CondRecord::Ifdef || k == CondRecord::Ifndef) {
    bool val = false;
    StrId guard = 0;
    if (k == CondRecord::If) {
      // "#if !defined X" / "#if !defined(X)" also marks an include guard.
      Lexer save = f.lx;
      PTok a, b, c, d;
      f.lx.skipping = true;
      lex(f.lx, a);
      if (a.kind == TK_EXCL) {
        lex(f.lx, b);
        if (b.kind == TK_IDENT && b.spelling == id_defined) {
          lex(f.lx, c);
          if (c.kind == TK_LPAREN) {
            lex(f.lx, c);
            lex(f.lx, d);
            if (c.kind == TK_IDENT && d.kind == TK_RPAREN) {
              lex(f.lx, d);
              if (d.kind == TK_EOD) guard = c.spelling;
            }
          } else if (c.kind == TK_IDENT) {
            lex(f.lx, d);
            if (d.kind == TK_EOD) guard = c.spelling;
          }
        }
      }
      files.back().lx = save;
      val = eval_if(hl);
    } else {
      PTok n;
      lex(f.lx, n);
      if (n.kind != TK_IDENT) {
        diag.error(n.loc, std::string("no macro name given in #") + cond_name(k) + " directive");
      } else {
        val = macro_def(n.spelling) >= 0;
        if (k == CondRecord::Ifndef) { val = !val; guard = n.spelling; }
      }
    }
    FileCtx& g = files.back();
    if (top_level) {
      if (g.mi == FileCtx::MI_START && guard) { g.mi = FileCtx::MI_IN; g.mi_guard = guard; }
      else g.mi = FileCtx::MI_NO;
    }
    uint32_t rec = (uint32_t)res.conds.size();
    record_cond(k, hl, rec, true, val);
    ifs.push_back(IfState{rec, hl, (uint8_t)k, false, val, false});
    end_directive();
    if (!val) skip_group();
    return;
  }
  if (top_level) {
    diag.error(dir_name_loc, std::string("#") + cond_name(k) + " without #if");
    end_directive();
    return;
  }
  IfState& s = ifs.back();
  if (k == CondRecord::Endif) {
    record_cond(k, hl, s.rec, true, false);
    ifs.pop_back();
    if (ifs.size() == f.if_base && f.mi == FileCtx::MI_IN) f.mi = FileCtx::MI_AFTER;
    end_directive();
    return;
  }
  if (s.seen_else) {
    diag.error(dir_name_loc, std::string("#") + cond_name(k) + " after #else");
    diag.note_line(s.loc, "the conditional began here");
  }
  if (ifs.size() == f.if_base + 1 && f.mi == FileCtx::MI_IN) f.mi = FileCtx::MI_NO;
  // The group before was taken: every later branch is skipped unevaluated.
  record_cond(k, hl, s.rec, false, false);
  s.last = (uint8_t)k;
  if (k == CondRecord::Else) s.seen_else = true;
  end_directive();
  skip_group();
}

// Skip lines until the group ends: a #elif/#else that is taken, or the #endif.
void Preprocessor::skip_group() {
  size_t depth = 0;
  std::vector<uint32_t> nested;  // CondRecord of skipped nested #if
  for (;;) {
    if (files.empty() || fatal) return;
    FileCtx& f = files.back();
    Lexer& lx = f.lx;
    const char* p = lx.cur;
    const char* end = lx.end;
    // Find the next line whose first token is '#'.
    bool at_line_start = lx.bol;
    const char* hash = nullptr;
    while (p < end) {
      if (at_line_start) {
        // skip blanks and comments
        for (;;) {
          char c = *p;
          if (c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r') { ++p; continue; }
          if (c == '/' && p[1] == '*') {
            const char* q = p + 2;
            for (;;) {
              q = (const char*)std::memchr(q, '/', (size_t)(end - q));
              if (!q || (q[-1] == '*' && q - 1 >= p + 2)) break;
              ++q;
            }
            p = q ? q + 1 : end;
            continue;
          }
          break;
        }
        if (p >= end) break;
        if (*p == '#' || (p[0] == '%' && p[1] == ':')) { hash = p; break; }
        at_line_start = false;
      }
      // rest of the line
      for (;;) {
        char c = *p;
        if (c == '\n') { ++p; at_line_start = true; break; }
        if (c == '/' && p[1] == '*') {
          const char* q = p + 2;
          for (;;) {
            q = (const char*)std::memchr(q, '/', (size_t)(end - q));
            if (!q || (q[-1] == '*' && q - 1 >= p + 2)) break;
            ++q;
          }
          p = q ? q + 1 : end;
          if (p >= end) break;
          continue;
        }
        if (c == '/' && p[1] == '/') {
          const char* q = (const char*)std::memchr(p, '\n', (size_t)(end - p));
          p = q ? q : end;
          if (p >= end) break;
          continue;
        }
        if (c == '"' || c == '\'') {
          const char* q = p + 1;
          while (*q != c && *q != '\n') q += (*q == '\\' && q[1] != '\n') ? 2 : 1;
          p = *q == c ? q + 1 : q;
          continue;
        }
        if (p >= end) break;
        ++p;
      }
    }
    if (!hash) {
      lx.cur = end;
      lx.bol = true;
      return;  // end of file: pop_file reports the unterminated #if
    }
    lx.cur = hash;
    lx.bol = true;
    PTok ht;
    lx.skipping = true;
    lex(lx, ht);
    lx.in_directive = true;
    PTok name;
    lex(lx, name);
    lx.skipping = false;
    dir_name_loc = name.loc;
    int d = -1;
    if (name.kind == TK_IDENT) {
      auto it = directive_ids.find(name.spelling);
      if (it != directive_ids.end()) d = it->second;
    }
    Loc hl = ht.loc;
    auto finish = [&]() {
      lx.skipping = true;
      PTok t;
      do lex(lx, t); while (t.kind != TK_EOD);
      lx.skipping = false;
      lx.in_directive = false;
    };
    if (d == D_IF || d == D_IFDEF || d == D_IFNDEF) {
      ++depth;
      uint32_t rec = (uint32_t)res.conds.size();
      nested.push_back(rec);
      record_cond(d == D_IF ? CondRecord::If : d == D_IFDEF ? CondRecord::Ifdef : CondRecord::Ifndef,
                  hl, rec, false, false);
      finish();
      continue;
    }
    if (d == D_ENDIF) {
      if (depth) {
        record_cond(CondRecord::Endif, hl, nested.back(), false, false);
        nested.pop_back();
        --depth;
        finish();
        continue;
      }
      IfState& s = ifs.back();
      record_cond(CondRecord::Endif, hl, s.rec, true, false);
      ifs.pop_back();
      if (ifs.size() == f.if_base && f.mi == FileCtx::MI_IN) f.mi = FileCtx::MI_AFTER;
      finish();
      return;
    }
    if (d == D_ELSE || d == D_ELIF || d == D_ELIFDEF || d == D_ELIFNDEF) {
      CondRecord::Kind k = d == D_ELSE ? CondRecord::Else : d == D_ELIF ? CondRecord::Elif
                         : d == D_ELIFDEF ? CondRecord::Elifdef : CondRecord::Elifndef;
      if (depth) {
        record_cond(k, hl, nested.back(), false, false);
        finish();
        continue;
      }
      IfState& s = ifs.back();
      if (s.seen_else) {
        diag.error(dir_name_loc, std::string("#") + cond_name(k) + " after #else");
        diag.note_line(s.loc, "the conditional began here");
      }
      if (ifs.size() == f.if_base + 1 && f.mi == FileCtx::MI_IN) f.mi = FileCtx::MI_NO;
      s.last = (uint8_t)k;
      if (k == CondRecord::Else) s.seen_else = true;
      if (s.taken_any) {
        record_cond(k, hl, s.rec, false, false);
        finish();
        continue;
      }
      bool val;
      if (k == CondRecord::Else) {
        val = true;
      } else if (k == CondRecord::Elif) {
        in_directive = true;
        dir_floor_save = pend_floor;
        pend_floor = pending.size();
        val = eval_if(hl);
        pend_floor = dir_floor_save;
        in_directive = false;
      } else {
        PTok n;
        lex(lx, n);
        val = n.kind == TK_IDENT && macro_def(n.spelling) >= 0;
        if (k == CondRecord::Elifndef) val = n.kind == TK_IDENT && !val;
      }
      record_cond(k, hl, s.rec, true, val);
      dir_floor_save = pend_floor;
      in_directive = true;
      end_directive();
      if (val) {
        ifs.back().taken_any = true;
        return;
      }
      continue;
    }
    finish();
  }
}

// --- #line and line markers (6.10.4) -------------------------------------

void Preprocessor::do_line(Loc hl, bool gnu_marker, const PTok* first) {
  (void)hl;
  PTok t;
  if (first) t = *first;
  else next(t);
  if (t.kind != TK_NUMBER) {
    diag.error(t.loc, gnu_marker ? "invalid preprocessing directive" : "\"" + std::string(strs.str(t.spelling)) +
                                                                         "\" after #line is not a positive integer");
    return;
  }
  std::string_view ns = strs.str(t.spelling);
  unsigned long line = 0;
  for (char c : ns) {
    if (c < '0' || c > '9') {
      diag.error(t.loc, "\"" + std::string(ns) + "\" after #line is not a positive integer");
      return;
    }
    line = line * 10 + (unsigned)(c - '0');
  }
  FileCtx& f = files.back();
  auto& buf = bufs.bufs[f.buf];
  std::string name;
  PTok s;
  if (first) lex(f.lx, s);
  else next(s);
  bool named = false;
  if (s.kind == TK_STRING) {
    std::string_view sp = strs.str(s.spelling);
    if (sp.size() >= 2 && sp[0] == '"') {
      // unescape \\ and \" as gcc does for the file name
      for (size_t i = 1; i + 1 < sp.size(); ++i) {
        if (sp[i] == '\\' && i + 2 < sp.size()) ++i;
        name.push_back(sp[i]);
      }
      named = true;
    }
  }
  if (gnu_marker && named) {
    // flags: 1 enter, 2 return: gcc ignores markers that do not nest right.
    PTok fl;
    lex(f.lx, fl);
    if (fl.kind == TK_NUMBER) {
      std::string_view v = strs.str(fl.spelling);
      if (v == "1" || v == "2") {
        diag.warning(fl.loc, "file \"" + name + "\" linemarker ignored due to incorrect nesting");
        return;
      }
      if (v == "3") f.system = true;
    }
  }
  std::string cur_name = buf.linedirs.empty() ? buf.name : buf.linedirs.back().name;
  PpResult::Buffers::LineDir ld;
  // The line after this directive gets number LINE.
  const char* nl = (const char*)std::memchr(f.lx.cur, '\n', (size_t)(f.lx.end - f.lx.cur));
  Loc nloc = f.lx.loc_at(nl ? nl : f.lx.end);
  ld.off = nloc - buf.base + 1;
  ld.line = (uint32_t)line;
  ld.name = named ? name : cur_name;
  while (!buf.linedirs.empty() && buf.linedirs.back().off >= ld.off) buf.linedirs.pop_back();
  buf.linedirs.push_back(ld);
  line_changed = true;
}

// --- #error / #warning (6.10.5) ------------------------------------------

void Preprocessor::do_diagnostic(Loc hl, bool is_error, StrId name) {
  (void)hl;
  Lexer& lx = files.back().lx;
  const char* p = lx.cur;
  while (*p == ' ' || *p == '\t') ++p;
  const char* e = (const char*)std::memchr(p, '\n', (size_t)(lx.end - p));
  if (!e) e = lx.end;
  std::string text(p, (size_t)(e - p));
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) text.pop_back();
  std::string msg = "#" + std::string(strs.str(name)) + (text.empty() ? "" : " " + text);
  if (is_error) diag.error(dir_name_loc, msg);
  else diag.warning(dir_name_loc, msg + " [-Wcpp]");
  lx.cur = e;
}

// --- #pragma (6.10.6) and _Pragma (6.10.9) -------------------------------

void Preprocessor::do_pragma(Loc hl) {
  std::vector<PTok> toks;
  Lexer& lx = files.back().lx;
  bool expand = false;
  for (;;) {
    PTok t;
    if (expand) next(t);
    else lex(lx, t);
    if (t.kind == TK_PADDING) continue;
    if (t.kind == TK_EOD) break;
    // gcc -E expands the operands of the pragmas it registers with
    // expansion; of those C code meets, only redefine_extname.
    if (toks.empty() && t.kind == TK_IDENT && strs.str(t.spelling) == "redefine_extname") expand = true;
    toks.push_back(t);
  }
  do_pragma_tokens(toks, hl);
}

void Preprocessor::do_pragma_tokens(const std::vector<PTok>& toks, Loc hl) {
  auto is = [&](size_t i, StrId id) { return i < toks.size() && toks[i].kind == TK_IDENT && toks[i].spelling == id; };
  if (is(0, id_once)) {
    if (files.size() <= 1 + (size_t)0 && files.back().include_rec >= 0 &&
        res.includes[files.back().include_rec].kind == IncludeKind::Main)
      diag.warning(toks[0].loc, "#pragma once in main file");
    else if (files.back().content >= 0)
      bufs.contents[files.back().content]->once = true;
    return;
  }
  if (is(0, id_gcc) && is(1, id_system_header)) {
    files.back().system = true;
    line_changed = true;
    return;
  }
  if (is(0, id_gcc) && is(1, id_poison)) {
    return;
  }
  if (is(0, id_gcc) && (is(1, id_warning) || is(1, id_error))) {
    std::string msg;
    if (toks.size() > 2 && toks[2].kind == TK_STRING) {
      std::string_view s = strs.str(toks[2].spelling);
      msg = std::string(s.substr(1, s.size() - 2));
    }
    Loc at = toks.size() > 2 ? toks[2].loc : toks[1].loc;
    if (is(1, id_error)) diag.error(at, msg);
    else diag.warning(at, msg);
    return;
  }
  if (is(0, id_gcc) && is(1, id_dependency)) return;
  if ((is(0, id_push_macro) || is(0, id_pop_macro)) && toks.size() >= 4 &&
      toks[1].kind == TK_LPAREN && toks[2].kind == TK_STRING) {
    std::string_view s = strs.str(toks[2].spelling);
    if (s.size() >= 2 && s[0] == '"') {
      StrId n = strs.intern(s.substr(1, s.size() - 2));
      if (is(0, id_push_macro)) {
        pushed_macros[n].push_back(macro_def(n));
      } else {
        auto it = pushed_macros.find(n);
        if (it != pushed_macros.end() && !it->second.empty()) {
          int32_t d = it->second.back();
          it->second.pop_back();
          set_macro(n, d);
          MacroDirective md;
          md.kind = d >= 0 ? MacroDirective::Define : MacroDirective::Undef;
          md.name = n;
          md.def = d >= 0 ? (uint32_t)d : 0;
          md.loc = hl;
          md.out_pos = (uint32_t)res.tokens.size();
          md.include = files.back().include_rec;
          res.directives.push_back(md);
        }
      }
    }
    return;
  }
  // Anything else goes to the output as gcc -E prints it, unexpanded.
  if (files.back().discard) return;
  PTok p{hl, punct_spelling[TK_PRAGMA], TK_PRAGMA, TF_BOL, 0};
  emit(p);
  for (PTok t : toks) {
    t.flags &= (uint16_t)(TF_LEADING_SPACE);
    t.hs = 0;
    emit(t);
  }
  PTok e{hl, 0, TK_PRAGMA_END, 0, 0};
  emit(e);
}

} // namespace kcarve::pp::detail
