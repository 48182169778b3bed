// builtin_macros.cc — the macros the preprocessor computes (C11 6.10.8,
// gcc manual "Standard Predefined Macros", "Common Predefined Macros"):
// __FILE__ (after -fmacro-prefix-map), __LINE__, __COUNTER__,
// __BASE_FILE__, __INCLUDE_LEVEL__, __DATE__/__TIME__ (SOURCE_DATE_EPOCH
// honoured as gcc does), __TIMESTAMP__, the _Pragma operator (6.10.9), and
// the __has_* operators whose tables live in has_feature.cc.
//
// __LINE__ is the line of the outermost expansion point of the token: a
// __LINE__ in a macro body reports the line of the macro name that started
// the expansion, one in an argument reports its own line (gcc 12 does so).
#include "preproc/internal.h"

#include <cstdlib>
#include <ctime>

namespace kcarve::pp::detail {

namespace {

struct BuiltinName { const char* name; BuiltinKind kind; };
const BuiltinName kBuiltins[] = {
  {"__FILE__", BI_FILE}, {"__LINE__", BI_LINE}, {"__COUNTER__", BI_COUNTER},
  {"__BASE_FILE__", BI_BASE_FILE}, {"__INCLUDE_LEVEL__", BI_INCLUDE_LEVEL},
  {"__DATE__", BI_DATE}, {"__TIME__", BI_TIME}, {"__TIMESTAMP__", BI_TIMESTAMP},
  {"_Pragma", BI_PRAGMA},
  {"__has_attribute", BI_HAS_ATTRIBUTE}, {"__has_cpp_attribute", BI_HAS_CPP_ATTRIBUTE},
  {"__has_c_attribute", BI_HAS_C_ATTRIBUTE}, {"__has_builtin", BI_HAS_BUILTIN},
  {"__has_include", BI_HAS_INCLUDE}, {"__has_include_next", BI_HAS_INCLUDE_NEXT},
};

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

void Preprocessor::define_builtins() {
  for (const auto& b : kBuiltins) {
    MacroDef m{};
    m.name = strs.intern(b.name);
    m.builtin = true;
    m.function_like = b.kind >= BI_HAS_ATTRIBUTE || b.kind == BI_PRAGMA;
    m.params_begin = (uint32_t)res.macro_params.size();
    m.body_begin = (uint32_t)res.macro_bodies.size();
    res.macros.push_back(m);
    builtin_of.push_back(b.kind);
    set_macro(m.name, (int32_t)res.macros.size() - 1);
  }
  // __DATE__ and __TIME__: SOURCE_DATE_EPOCH (UTC) if set, else local now.
  time_t now;
  struct tm tmv;
  const char* sde = std::getenv("SOURCE_DATE_EPOCH");
  if (sde && *sde) {
    now = (time_t)std::strtoll(sde, nullptr, 10);
    gmtime_r(&now, &tmv);
  } else {
    now = std::time(nullptr);
    localtime_r(&now, &tmv);
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "\"%s %2d %4d\"", kMonths[tmv.tm_mon], tmv.tm_mday, tmv.tm_year + 1900);
  date_str = buf;
  std::snprintf(buf, sizeof buf, "\"%02d:%02d:%02d\"", tmv.tm_hour, tmv.tm_min, tmv.tm_sec);
  time_str = buf;
}

std::string Preprocessor::remap_file(std::string_view name) const {
  for (const auto& [from, to] : opt.macro_prefix_map) {
    if (name.compare(0, from.size(), from) == 0)
      return to + std::string(name.substr(from.size()));
  }
  return std::string(name);
}

int Preprocessor::expand_builtin(PTok& name, BuiltinKind k, PTok& out) {
  out.kind = TK_NUMBER;
  out.flags = 0;
  out.hs = 0;
  out.loc = name.loc;
  std::string text;
  switch (k) {
  case BI_FILE: {
    auto pr = res.presumed(cur_loc());
    text = quote_string(remap_file(pr.file));
    out.kind = TK_STRING;
    break;
  }
  case BI_BASE_FILE:
    text = quote_string(remap_file(opt.base_file.empty() ? opt.main_file : opt.base_file));
    out.kind = TK_STRING;
    break;
  case BI_LINE: {
    // gcc: the token's own (outermost) expansion point when the top-most
    // macro is function-like, else where the top-most macro was invoked.
    Loc l = top_funlike ? res.expansion_loc(name.loc) : invocation_loc;
    if (l == 0) l = cur_loc();
    text = std::to_string(res.presumed(l).line);
    break;
  }
  case BI_COUNTER:
    text = std::to_string(counter++);
    break;
  case BI_INCLUDE_LEVEL:
    text = std::to_string(files.empty() ? 0 : files.size() - 1 + (size_t)depth_bias);
    break;
  case BI_DATE: text = date_str; out.kind = TK_STRING; break;
  case BI_TIME: text = time_str; out.kind = TK_STRING; break;
  case BI_TIMESTAMP: {
    long mt = files.empty() || files.back().content < 0 ? 0 : bufs.contents[files.back().content]->mtime;
    if (!mt || files.back().file < 0) { text = "\"??? ??? ?? ??:??:?? ????\""; out.kind = TK_STRING; break; }
    time_t t = (time_t)mt;
    struct tm tmv;
    localtime_r(&t, &tmv);
    char buf[64];
    std::strftime(buf, sizeof buf, "\"%a %b %e %H:%M:%S %Y\"", &tmv);
    text = buf;
    out.kind = TK_STRING;
    break;
  }
  case BI_PRAGMA: {
    // gcc leaves _Pragma alone in directives and while pre-expanding an
    // argument (it may be stringified); it runs when rescanned.
    if (in_directive || arg_depth > 0) return 0;
    PTok t;
    do next(t); while (t.kind == TK_PADDING);
    bool ok = t.kind == TK_LPAREN;
    Loc bad = t.loc;
    PTok s;
    if (ok) {
      do next(s); while (s.kind == TK_PADDING);
      ok = s.kind == TK_STRING;
      bad = s.loc;
    }
    if (ok) {
      do next(t); while (t.kind == TK_PADDING);
      ok = t.kind == TK_RPAREN;
      bad = t.loc;
    }
    if (!ok) {
      diag.error(bad, "_Pragma takes a parenthesized string literal");
      return 0;
    }
    std::string_view sp = strs.str(s.spelling);
    size_t q = sp.find('"');
    std::string body;
    for (size_t i = q + 1; i + 1 < sp.size(); ++i) {
      if (sp[i] == '\\' && (sp[i + 1] == '\\' || sp[i + 1] == '"') && i + 2 < sp.size()) ++i;
      body.push_back(sp[i]);
    }
    body.push_back('\n');
    std::vector<PTok> toks;
    Lexer lx;
    lx.begin = lx.cur = body.data();
    lx.end = body.data() + body.size();
    lx.in_directive = true;
    lx.skipping = true;
    for (;;) {
      PTok p;
      lex(lx, p);
      if (p.kind == TK_EOD || p.kind == TK_EOF) break;
      // gcc places them at their offset in the destringized text.
      p.loc = is_macro_loc(name.loc) ? name.loc : name.loc + (Loc)(p.loc);
      toks.push_back(p);
    }
    uint32_t exp = new_expansion((uint32_t)macro_def(name.spelling), name, t.loc);
    bool was = in_directive;
    do_pragma_tokens(toks, name.loc);
    in_directive = was;
    pending.push_back(PTok{0, exp, TK_EXP_END, 0, 0});
    return 2;
  }
  case BI_HAS_INCLUDE:
  case BI_HAS_INCLUDE_NEXT: {
    if (!in_directive) {
      diag.error(name.loc, std::string("\"") + std::string(strs.str(name.spelling)) +
                               "\" used outside of preprocessing directive");
    }
    PTok t;
    do next(t); while (t.kind == TK_PADDING);
    if (t.kind != TK_LPAREN) {
      diag.error(t.loc, "missing '(' before \"" + std::string(strs.str(name.spelling)) + "\" operand");
      return 0;
    }
    std::string hname;
    bool angled = false;
    Loc hl;
    bool ok = read_header_name(hname, angled, hl);
    do next(t); while (t.kind == TK_PADDING);
    if (t.kind != TK_RPAREN) {
      diag.error(t.loc, "missing ')' after \"" + std::string(strs.str(name.spelling)) + "\" operand");
      return 0;
    }
    int found = -1;
    bool nx = k == BI_HAS_INCLUDE_NEXT && !files.empty() && files.back().found_dir != -2;
    int f = ok && !hname.empty() ? search_include(hname, angled, nx, found) : -1;
    text = f >= 0 ? "1" : "0";
    break;
  }
  case BI_HAS_ATTRIBUTE:
  case BI_HAS_CPP_ATTRIBUTE:
  case BI_HAS_C_ATTRIBUTE:
  case BI_HAS_BUILTIN: {
    bool ok = true;
    long v = has_feature(name, k, ok);
    if (!ok) return 0;
    text = std::to_string(v);
    break;
  }
  default:
    return 0;
  }
  out.spelling = strs.intern(text);
  return 1;
}

long Preprocessor::has_feature(PTok& name, BuiltinKind k, bool& ok) {
  std::string nm(strs.str(name.spelling));
  PTok t;
  do next(t); while (t.kind == TK_PADDING);
  if (t.kind != TK_LPAREN) {
    diag.error(t.loc, "missing '(' after \"" + nm + "\"");
    ok = false;
    return 0;
  }
  do next(t); while (t.kind == TK_PADDING);
  std::string_view scope, attr;
  long v = 0;
  if (t.kind != TK_IDENT) {
    diag.error(t.loc, "macro \"" + nm + "\" requires an identifier");
    ok = false;
    return 0;
  }
  attr = strs.str(t.spelling);
  do next(t); while (t.kind == TK_PADDING);
  if (k != BI_HAS_BUILTIN && t.kind == TK_COLON) {
    PTok c2;
    next(c2);
    if (c2.kind == TK_COLON) {
      PTok a;
      do next(a); while (a.kind == TK_PADDING);
      scope = attr;
      attr = a.kind == TK_IDENT ? strs.str(a.spelling) : std::string_view();
      do next(t); while (t.kind == TK_PADDING);
    }
  }
  if (t.kind != TK_RPAREN) {
    diag.error(t.loc, "missing ')' after \"" + nm + "\" operand");
    ok = false;
    return 0;
  }
  if (k == BI_HAS_BUILTIN) v = has_builtin_name(attr, macro_def(strs.intern("__SSE2__")) >= 0) ? 1 : 0;
  else v = has_attribute_value(scope, attr, k);
  return v;
}

} // namespace kcarve::pp::detail
