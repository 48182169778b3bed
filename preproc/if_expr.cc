// if_expr.cc — the controlling expression of #if and #elif (C11 6.10.1).
//
// The line is macro-expanded (with `defined X` / `defined(X)` read before
// expansion, and __has_include & co. expanding through builtin_macros.cc),
// then parsed by precedence climbing and evaluated in intmax_t/uintmax_t:
// an operation is unsigned when either operand is (6.3.1.8 applied to
// intmax_t), comparisons and logical operators give a signed 0/1, a shift
// keeps its left operand's signedness, and remaining identifiers are 0.
// Errors use gcc's wording and make the directive false.
#include "preproc/internal.h"

namespace kcarve::pp::detail {

namespace {

struct Val {
  uint64_t v;
  bool uns;
};

struct Parser {
  Preprocessor& pp;
  std::vector<PTok> toks;
  size_t i = 0;
  bool err = false;
  int skip = 0;  // inside an unevaluated operand

  explicit Parser(Preprocessor& p) : pp(p) {}

  const PTok& peek() { return toks[i]; }
  std::string spell(const PTok& t) {
    if (t.kind == TK_EOD) return "end of line";
    return std::string(pp.strs.str(t.spelling));
  }
  void error(Loc l, const std::string& m) {
    if (!err) pp.diag.error(l, m);
    err = true;
  }

  Val number(const PTok& t) {
    std::string_view s = pp.strs.str(t.spelling);
    size_t n = s.size();
    size_t j = 0;
    unsigned base = 10;
    if (n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) { base = 16; j = 2; }
    else if (n > 1 && s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) { base = 2; j = 2; }
    else if (s[0] == '0') base = 8;
    uint64_t v = 0;
    bool overflow = false;
    size_t digits = 0;
    for (; j < n; ++j) {
      char c = s[j];
      unsigned d;
      if (c >= '0' && c <= '9') d = (unsigned)(c - '0');
      else if (base == 16 && c >= 'a' && c <= 'f') d = (unsigned)(c - 'a' + 10);
      else if (base == 16 && c >= 'A' && c <= 'F') d = (unsigned)(c - 'A' + 10);
      else break;
      if (d >= base) {
        if (c == '8' || c == '9') { error(t.loc, "invalid digit \"" + std::string(1, c) + "\" in octal constant"); return {0, false}; }
        break;
      }
      uint64_t nv = v * base + d;
      if (v > (~0ull - d) / base) overflow = true;
      v = nv;
      ++digits;
    }
    if (base == 16 && digits == 0) { error(t.loc, "invalid suffix \"" + std::string(s.substr(1)) + "\" on integer constant"); return {0, false}; }
    std::string_view suf = s.substr(j);
    bool uns = false;
    int longs = 0;
    bool bad = false;
    for (size_t k = 0; k < suf.size(); ++k) {
      char c = suf[k];
      if ((c == 'u' || c == 'U') && !uns) uns = true;
      else if ((c == 'l' || c == 'L') && longs == 0) {
        longs = 1;
        if (k + 1 < suf.size() && suf[k + 1] == c) { longs = 2; ++k; }
      } else bad = true;
    }
    if (bad) {
      bool fl = s.find('.') != std::string_view::npos ||
                (base != 16 && (s.find('e') != std::string_view::npos || s.find('E') != std::string_view::npos)) ||
                (base == 16 && (s.find('p') != std::string_view::npos || s.find('P') != std::string_view::npos));
      if (fl) error(t.loc, "floating constant in preprocessor expression");
      else error(t.loc, "invalid suffix \"" + std::string(suf) + "\" on integer constant");
      return {0, false};
    }
    if (overflow) pp.diag.warning(t.loc, "integer constant is too large for its type");
    if (!uns && v > 0x7fffffffffffffffull) {
      if (base == 10) pp.diag.warning(t.loc, "integer constant is so large that it is unsigned");
      uns = true;
    }
    return {v, uns};
  }

  Val character(const PTok& t) {
    std::string_view s = pp.strs.str(t.spelling);
    size_t q = s.find('\'');
    bool wide = q > 0;
    int width = 8;
    if (wide) width = (s[0] == 'u' && q == 1) ? 16 : 32;
    std::string_view body = s.substr(q + 1, s.size() - q - 2);
    uint64_t result = 0;
    int count = 0;
    uint64_t last = 0;
    for (size_t k = 0; k < body.size();) {
      uint64_t c;
      if (body[k] == '\\' && k + 1 < body.size()) {
        char e = body[k + 1];
        k += 2;
        switch (e) {
        case 'n': c = '\n'; break;
        case 't': c = '\t'; break;
        case 'r': c = '\r'; break;
        case 'a': c = 7; break;
        case 'b': c = 8; break;
        case 'f': c = 12; break;
        case 'v': c = 11; break;
        case 'e': case 'E': c = 27; break;
        case 'x': {
          c = 0;
          while (k < body.size() && isxdigit((unsigned char)body[k])) {
            char h = body[k++];
            c = c * 16 + (uint64_t)(h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
          }
          break;
        }
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
          c = (uint64_t)(e - '0');
          for (int m = 0; m < 2 && k < body.size() && body[k] >= '0' && body[k] <= '7'; ++m)
            c = c * 8 + (uint64_t)(body[k++] - '0');
          break;
        }
        default: c = (unsigned char)e; break;
        }
      } else {
        c = (unsigned char)body[k++];
      }
      if (width < 64) c &= (1ull << width) - 1;
      last = c;
      result = width >= 32 ? c : ((result << width) | c);
      ++count;
    }
    if (count == 0) { error(t.loc, "empty character constant"); return {0, false}; }
    if (!wide) {
      if (count == 1) return {(uint64_t)(int64_t)(int8_t)last, false};
      return {(uint64_t)(int64_t)(int32_t)(uint32_t)result, false};
    }
    if (width == 32 && s[0] == 'L') return {(uint64_t)(int64_t)(int32_t)(uint32_t)last, false};
    return {last, false};
  }

  int depth = 0;
  Val primary() {
    if (err) return {0, false};
    PTok t = toks[i];
    switch (t.kind) {
    case TK_NUMBER: ++i; return number(t);
    case TK_CHAR: ++i; return character(t);
    case TK_IDENT: ++i; return {0, false};
    case TK_LPAREN: {
      ++i;
      if (++depth > 500) { error(t.loc, "#if expression nested too deeply"); return {0, false}; }
      struct Dec { int& d; ~Dec() { --d; } } dec{depth};
      if (toks[i].kind == TK_RPAREN) { error(toks[i].loc, "missing expression between '(' and ')'"); return {0, false}; }
      if (toks[i].kind == TK_EOD) { error(t.loc, "missing ')' in expression"); return {0, false}; }
      Val v = expr();
      if (err) return v;
      if (toks[i].kind != TK_RPAREN) { error(t.loc, "missing ')' in expression"); return v; }
      ++i;
      return v;
    }
    case TK_EOD:
      error(t.loc, i == 0 ? "#if with no expression" : "operator '" + spell(toks[i - 1]) + "' has no right operand");
      return {0, false};
    case TK_STRING:
      error(t.loc, "token \"" + spell(t) + "\" is not valid in preprocessor expressions");
      return {0, false};
    default:
      if (t.kind == TK_RPAREN) error(t.loc, "missing expression between '(' and ')'");
      else error(t.loc, "token \"" + spell(t) + "\" is not valid in preprocessor expressions");
      return {0, false};
    }
  }

  Val unary() {
    if (err) return {0, false};
    if (++depth > 500) { error(toks[i].loc, "#if expression nested too deeply"); return {0, false}; }
    struct Dec { int& d; ~Dec() { --d; } } dec{depth};
    const PTok& t = toks[i];
    switch (t.kind) {
    case TK_PLUS: ++i; return unary();
    case TK_MINUS: { ++i; Val v = unary(); v.v = 0 - v.v; return v; }
    case TK_TILDE: { ++i; Val v = unary(); v.v = ~v.v; return v; }
    case TK_EXCL: { ++i; Val v = unary(); return {v.v == 0, false}; }
    default: return primary();
    }
  }

  static int prec(uint16_t k) {
    switch (k) {
    case TK_STAR: case TK_SLASH: case TK_PERCENT: return 10;
    case TK_PLUS: case TK_MINUS: return 9;
    case TK_SHL: case TK_SHR: return 8;
    case TK_LT: case TK_GT: case TK_LE: case TK_GE: return 7;
    case TK_EQEQ: case TK_NE: return 6;
    case TK_AMP: return 5;
    case TK_CARET: return 4;
    case TK_PIPE: return 3;
    case TK_ANDAND: return 2;
    case TK_OROR: return 1;
    default: return 0;
    }
  }

  Val binop(uint16_t op, Val a, Val b, Loc l) {
    bool uns = a.uns || b.uns;
    int64_t sa = (int64_t)a.v, sb = (int64_t)b.v;
    switch (op) {
    case TK_STAR: return {a.v * b.v, uns};
    case TK_SLASH:
    case TK_PERCENT:
      if (b.v == 0) {
        if (!skip) error(l, "division by zero in #if");
        return {0, uns};
      }
      if (uns) return {op == TK_SLASH ? a.v / b.v : a.v % b.v, true};
      if (sb == -1) return {op == TK_SLASH ? 0 - a.v : 0, false};
      return {(uint64_t)(op == TK_SLASH ? sa / sb : sa % sb), false};
    case TK_PLUS: return {a.v + b.v, uns};
    case TK_MINUS: return {a.v - b.v, uns};
    case TK_SHL:
    case TK_SHR: {
      bool left = op == TK_SHL;
      uint64_t n = b.v;
      if (!b.uns && sb < 0) { left = !left; n = 0 - b.v; }
      if (left) return {n >= 64 ? 0 : a.v << n, a.uns};
      if (a.uns) return {n >= 64 ? 0 : a.v >> n, true};
      if (n >= 64) return {sa < 0 ? ~0ull : 0, false};
      return {(uint64_t)(sa >> n), false};
    }
    case TK_LT: return {uns ? a.v < b.v : sa < sb, false};
    case TK_GT: return {uns ? a.v > b.v : sa > sb, false};
    case TK_LE: return {uns ? a.v <= b.v : sa <= sb, false};
    case TK_GE: return {uns ? a.v >= b.v : sa >= sb, false};
    case TK_EQEQ: return {a.v == b.v, false};
    case TK_NE: return {a.v != b.v, false};
    case TK_AMP: return {a.v & b.v, uns};
    case TK_CARET: return {a.v ^ b.v, uns};
    case TK_PIPE: return {a.v | b.v, uns};
    default: return {0, false};
    }
  }

  Val binary(int minp) {
    Val lhs = unary();
    for (;;) {
      if (err) return lhs;
      const PTok& t = toks[i];
      int p = prec(t.kind);
      if (!p) {
        if (t.kind == TK_EOD || t.kind == TK_RPAREN || t.kind == TK_QUESTION || t.kind == TK_COLON ||
            t.kind == TK_COMMA)
          return lhs;
        if (t.kind == TK_NUMBER || t.kind == TK_IDENT || t.kind == TK_CHAR || t.kind == TK_LPAREN)
          error(t.loc, "missing binary operator before token \"" + spell(t) + "\"");
        else
          error(t.loc, "token \"" + spell(t) + "\" is not valid in preprocessor expressions");
        return lhs;
      }
      if (p < minp) return lhs;
      uint16_t op = t.kind;
      Loc l = t.loc;
      ++i;
      if (op == TK_ANDAND || op == TK_OROR) {
        bool short_circuit = op == TK_ANDAND ? lhs.v == 0 : lhs.v != 0;
        if (short_circuit) ++skip;
        Val rhs = binary(p + 1);
        if (short_circuit) --skip;
        lhs = {op == TK_ANDAND ? (lhs.v && rhs.v) : (lhs.v || rhs.v), false};
        continue;
      }
      Val rhs = binary(p + 1);
      lhs = binop(op, lhs, rhs, l);
    }
  }

  Val cond() {
    Val c = binary(1);
    if (err || toks[i].kind != TK_QUESTION) return c;
    Loc ql = toks[i].loc;
    ++i;
    if (c.v == 0) ++skip;
    Val a = expr();
    if (c.v == 0) --skip;
    if (err) return a;
    if (toks[i].kind != TK_COLON) { error(ql, "'?' without following ':'"); return a; }
    ++i;
    if (c.v != 0) ++skip;
    Val b = cond();
    if (c.v != 0) --skip;
    Val r = c.v ? a : b;
    r.uns = a.uns || b.uns;
    return r;
  }

  Val expr() {
    Val v = cond();
    while (!err && toks[i].kind == TK_COMMA) {
      ++i;
      v = cond();
    }
    return v;
  }
};

} // namespace

bool Preprocessor::eval_if(Loc hl) {
  (void)hl;
  Parser ps(*this);
  // Read the line, macro-expanded; `defined` reads its operand unexpanded.
  for (;;) {
    PTok t;
    next(t);
    if (t.kind == TK_PADDING) continue;
    if (t.kind == TK_EOD || t.kind == TK_EOF) {
      t.kind = TK_EOD;
      ps.toks.push_back(t);
      break;
    }
    if (t.kind == TK_IDENT && t.spelling == id_defined) {
      ++prevent_expansion;
      PTok n;
      next(n);
      bool paren = false;
      if (n.kind == TK_LPAREN) { paren = true; next(n); }
      bool ok = n.kind == TK_IDENT;
      if (!ok) {
        ps.error(n.loc, "operator \"defined\" requires an identifier");
      } else if (paren) {
        PTok r;
        next(r);
        if (r.kind != TK_RPAREN) { ps.error(r.loc, "missing ')' after \"defined\""); ok = false; }
      }
      --prevent_expansion;
      PTok v = t;
      v.kind = TK_NUMBER;
      v.spelling = strs.intern(ok && macro_def(n.spelling) >= 0 ? "1" : "0");
      ps.toks.push_back(v);
      if (n.kind == TK_EOD) { ps.toks.push_back(n); break; }
      continue;
    }
    ps.toks.push_back(t);
  }
  if (ps.err) return false;
  if (ps.toks.size() == 1) {
    ps.error(ps.toks[0].loc, "#if with no expression");
    return false;
  }
  Val v = ps.expr();
  if (!ps.err && ps.toks[ps.i].kind != TK_EOD) {
    const PTok& t = ps.toks[ps.i];
    if (t.kind == TK_RPAREN) ps.error(t.loc, "missing '(' in expression");
    else if (t.kind == TK_COLON) ps.error(t.loc, "':' without preceding '?'");
    else ps.error(t.loc, "missing binary operator before token \"" + ps.spell(t) + "\"");
  }
  if (ps.err) return false;
  return v.v != 0;
}

} // namespace kcarve::pp::detail
