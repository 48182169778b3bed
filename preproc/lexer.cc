// lexer.cc — translation phase 3 (C11 5.1.1.2, 6.4): the buffer, already
// free of line splices, is cut into preprocessing tokens.
//
// Hand-written for speed: a byte switch, identifiers hashed while scanned and
// interned in one probe sequence, punctuators spelled by pre-interned ids,
// comments skipped with memchr.  Each token gets TF_BOL when it is the first
// on its line and TF_LEADING_SPACE when white space or a comment precedes it.
// In directive mode the newline is returned as TK_EOD.  Identifiers take
// UTF-8 and UCNs (C11 6.4.2.1, 6.4.3); gcc's GNU modes also take '$'.
// Bytes that are not valid UTF-8 outside comments are an error here (a
// binary file given as source); gcc itself only warns about NUL bytes.
#include "preproc/internal.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kcarve::pp::detail {

namespace {

const char* const kPunct[TK_NUM_KINDS] = {
  nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, "#pragma", nullptr,
  "[", "]", "(", ")", "{", "}", ".", "->", "++", "--", "&", "*", "+", "-",
  "~", "!", "/", "%", "<<", ">>", "<", ">", "<=", ">=", "==", "!=", "^", "|",
  "&&", "||", "?", ":", ";", "...", "=", "*=", "/=", "%=", "+=", "-=", "<<=",
  ">>=", "&=", "^=", "|=", ",", "#", "##",
};

// Length of a valid UTF-8 sequence at p (p[0] >= 0x80), 0 if invalid.
int utf8_len(const unsigned char* p) {
  unsigned c = p[0];
  if (c >= 0xc2 && c <= 0xdf) return (p[1] & 0xc0) == 0x80 ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if ((p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80) return 0;
    if (c == 0xe0 && p[1] < 0xa0) return 0;
    if (c == 0xed && p[1] >= 0xa0) return 0;
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if ((p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80 || (p[3] & 0xc0) != 0x80) return 0;
    if (c == 0xf0 && p[1] < 0x90) return 0;
    if (c == 0xf4 && p[1] >= 0x90) return 0;
    return 4;
  }
  return 0;
}

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// A UCN \uXXXX or \UXXXXXXXX at p: its length, else 0.
int ucn_len(const char* p) {
  if (p[0] != '\\') return 0;
  int n = p[1] == 'u' ? 4 : p[1] == 'U' ? 8 : 0;
  if (!n) return 0;
  for (int i = 0; i < n; ++i)
    if (!is_hex(p[2 + i])) return 0;
  return n + 2;
}

// gcc spells an identifier's extended characters as UCNs \\UXXXXXXXX, whether
// written in UTF-8 or as \\u escapes (C11 6.4.3): both name the same identifier.
std::string canonical_ident_text(const char* s, const char* e) {
  std::string o;
  for (const char* p = s; p < e;) {
    unsigned char c = (unsigned char)*p;
    uint32_t cp;
    if (c == '\\' && ucn_len(p)) {
      int n = ucn_len(p);
      cp = (uint32_t)std::strtoul(std::string(p + 2, (size_t)(n - 2)).c_str(), nullptr, 16);
      p += n;
    } else if (c >= 0x80 && utf8_len((const unsigned char*)p)) {
      int n = utf8_len((const unsigned char*)p);
      cp = n == 2 ? (c & 0x1f) : n == 3 ? (c & 0x0f) : (c & 0x07);
      for (int i = 1; i < n; ++i) cp = (cp << 6) | ((unsigned char)p[i] & 0x3f);
      p += n;
    } else {
      o.push_back((char)c);
      ++p;
      continue;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "\\U%08x", (unsigned)cp);
    o += buf;
  }
  return o;
}

} // namespace

void Preprocessor::init_lexer_tables() {
  for (int k = 0; k < TK_NUM_KINDS; ++k)
    punct_spelling[k] = kPunct[k] ? strs.intern(kPunct[k]) : 0;
  for (int c = 0; c < 256; ++c) {
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    bool dollar = c == '$' && opt.dollars_in_identifiers;
    ident_start[c] = alpha || dollar || c >= 0x80;
    ident_cont[c] = alpha || dollar || c >= 0x80 || (c >= '0' && c <= '9');
  }
}

StrId Preprocessor::canonical_ident(const char* s, const char* e) {
  return strs.intern(canonical_ident_text(s, e));
}

// `#` keeps an identifier as it was written (gcc: "café" stays "café", not
// its \U form).  The canonical spelling is what the token carries, so find
// the text where it was spelled and check it still names the same identifier
// (it may not, e.g. when a paste made it): otherwise keep the canonical form.
std::string_view Preprocessor::written_ident(const PTok& t) {
  std::string_view canon = strs.str(t.spelling);
  std::string_view text = res.buffer_text(res.spelling_loc(t.loc), 1024);
  size_t n = 0;
  while (n < text.size()) {
    unsigned char d = (unsigned char)text[n];
    if (ident_cont[d]) { ++n; continue; }
    int u = d == '\\' ? ucn_len(text.data() + n) : 0;
    if (u && n + (size_t)u <= text.size()) { n += (size_t)u; continue; }
    break;
  }
  if (n && canonical_ident_text(text.data(), text.data() + n) == canon) return text.substr(0, n);
  return canon;
}

bool Preprocessor::lex_header_name(Lexer& lx, PTok& t) {
  const char* p = lx.cur;
  uint16_t flags = 0;
  while (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\v' || *p == '\r' ||
         (p[0] == '/' && p[1] == '*')) {
    if (*p == '/') {
      const char* q = std::strstr(p + 2, "*/");
      if (!q) return false;
      p = q + 2;
    } else {
      ++p;
    }
    flags |= TF_LEADING_SPACE;
  }
  if (*p != '<') return false;
  const char* q = p + 1;
  while (*q != '>' && *q != '\n' && q < lx.end) ++q;
  if (*q != '>') return false;
  t.loc = lx.loc_at(p);
  t.kind = TK_HEADER_NAME;
  t.flags = flags;
  t.hs = 0;
  t.spelling = strs.intern(std::string_view(p, (size_t)(q + 1 - p)));
  lx.cur = q + 1;
  lx.bol = false;
  return true;
}

void Preprocessor::skip_rest_of_line_raw(Lexer& lx) {
  PTok t;
  bool was = lx.in_directive, sk = lx.skipping;
  lx.in_directive = true;
  lx.skipping = true;
  do lex(lx, t); while (t.kind != TK_EOD && t.kind != TK_EOF);
  lx.in_directive = was;
  lx.skipping = sk;
}

bool Preprocessor::lex_single(std::string_view text, PTok& t) {
  static thread_local std::string buf;
  buf.assign(text.data(), text.size());
  buf.push_back('\n');
  Lexer lx;
  lx.begin = lx.cur = buf.data();
  lx.end = buf.data() + buf.size();
  lx.in_directive = true;
  lx.skipping = true;
  lx.bol = false;
  if (buf[0] == ' ' || buf[0] == '\t' || buf[0] == '\n') return false;
  lex(lx, t);
  if (t.kind == TK_EOD || t.kind == TK_EOF) return false;
  if (t.flags & TF_UNTERMINATED) return false;
  return *lx.cur == '\n' && lx.cur == lx.end - 1;
}

void Preprocessor::lex(Lexer& lx, PTok& t) {
  const char* p = lx.cur;
  uint16_t flags = 0;
  unsigned char c;
  for (;;) {
    c = (unsigned char)*p;
    if (c == ' ' || c == '\t') { ++p; flags |= TF_LEADING_SPACE; continue; }
    if (c == '\n') {
      if (lx.in_directive) {
        lx.cur = p;
        t.kind = TK_EOD;
        t.loc = lx.loc_at(p);
        t.spelling = 0;
        t.flags = flags;
        t.hs = 0;
        return;
      }
      ++p;
      lx.bol = true;
      flags = 0;
      continue;
    }
    if (c == '/') {
      if (p[1] == '*') {
        const char* q = p + 2;
        for (;;) {
          q = (const char*)std::memchr(q, '/', (size_t)(lx.end - q));
          if (!q) break;
          if (q[-1] == '*' && q - 1 >= p + 2) break;
          ++q;
        }
        if (!q) {
          if (!lx.skipping) diag.error(lx.loc_at(p), "unterminated comment");
          p = lx.end;
          break;
        }
        p = q + 1;
        flags |= TF_LEADING_SPACE;
        continue;
      }
      if (p[1] == '/' && line_comments) {
        p = (const char*)std::memchr(p, '\n', (size_t)(lx.end - p));
        if (!p) p = lx.end;
        flags |= TF_LEADING_SPACE;
        continue;
      }
      break;
    }
    if (c == '\r' || c == '\f' || c == '\v') { ++p; flags |= TF_LEADING_SPACE; continue; }
    break;
  }
  if (p >= lx.end) {
    lx.cur = lx.end;
    t.kind = lx.in_directive ? (uint16_t)TK_EOD : (uint16_t)TK_EOF;
    t.loc = lx.loc_at(lx.end);
    t.spelling = 0;
    t.flags = flags;
    t.hs = 0;
    return;
  }
  if (lx.bol) flags |= TF_BOL;
  lx.bol = false;
  t.flags = flags;
  t.hs = 0;
  const char* s = p;
  t.loc = lx.loc_at(s);
  const char* q = p + 1;
  uint16_t kind;

  if (ident_start[c] || (c == '\\' && ucn_len(p))) {
    uint32_t h = 2166136261u;
    h = (h ^ c) * 16777619u;
    bool high = c >= 0x80;
    if (c == '\\') { q = p + ucn_len(p); high = true; }
    for (;;) {
      unsigned char d = (unsigned char)*q;
      if (ident_cont[d]) {
        high |= d >= 0x80;
        h = (h ^ d) * 16777619u;
        ++q;
        continue;
      }
      if (d == '\\') {
        int n = ucn_len(q);
        if (n) {
          high = true;
          for (int i = 0; i < n; ++i) h = (h ^ (unsigned char)q[i]) * 16777619u;
          q += n;
          continue;
        }
      }
      break;
    }
    if (high) {
      // Validate the UTF-8 in the identifier.
      for (const char* r = s; r < q;) {
        if ((unsigned char)*r < 0x80) { ++r; continue; }
        int n = utf8_len((const unsigned char*)r);
        if (!n) {
          if (!lx.skipping) diag.error(lx.loc_at(r), "invalid UTF-8 character in source file");
          break;
        }
        r += n;
      }
    }
    size_t len = (size_t)(q - s);
    if ((*q == '"' || *q == '\'') && len <= 3) {
      bool prefix = false, raw = false;
      if (len == 1 && (c == 'L' || c == 'u' || c == 'U')) prefix = true;
      else if (len == 2 && s[0] == 'u' && s[1] == '8' && *q == '"') prefix = true;
      if (*q == '"') {
        if (len == 1 && c == 'R') raw = true;
        else if (len == 2 && s[1] == 'R' && (c == 'L' || c == 'u' || c == 'U')) raw = true;
        else if (len == 3 && s[0] == 'u' && s[1] == '8' && s[2] == 'R') raw = true;
      }
      if (raw) {
        // GNU C raw string R"delim( ... )delim".
        const char* d = q + 1;
        const char* ds = d;
        while (*d != '(' && *d != '\n' && d - ds <= 16 && *d != ' ' && *d != ')' && *d != '\\') ++d;
        if (*d == '(') {
          std::string close = ")" + std::string(ds, (size_t)(d - ds)) + "\"";
          const char* e = std::strstr(d + 1, close.c_str());
          if (e && e + close.size() <= lx.end) {
            q = e + close.size();
            t.kind = TK_STRING;
            t.spelling = strs.intern(std::string_view(s, (size_t)(q - s)));
            lx.cur = q;
            return;
          }
        }
        // not a raw string: fall through to an identifier
      } else if (prefix) {
        p = q;
        c = (unsigned char)*q;
        q = p + 1;
        goto quoted;
      }
    }
    t.kind = TK_IDENT;
    t.spelling = high ? canonical_ident(s, q) : strs.intern(s, len, h);
    lx.cur = q;
    return;
  }

  switch (c) {
  case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9':
  number:
    for (;;) {
      unsigned char d = (unsigned char)*q;
      if (ident_cont[d] || d == '.') { ++q; continue; }
      if ((d == '+' || d == '-') &&
          (q[-1] == 'e' || q[-1] == 'E' || q[-1] == 'p' || q[-1] == 'P')) { ++q; continue; }
      if (d == '\\' && ucn_len(q)) { q += ucn_len(q); continue; }
      break;
    }
    t.kind = TK_NUMBER;
    t.spelling = strs.intern(std::string_view(s, (size_t)(q - s)));
    lx.cur = q;
    return;
  case '"':
  case '\'':
  quoted: {
    char term = (char)c;
    for (;;) {
      unsigned char d = (unsigned char)*q;
      if (d == (unsigned char)term) { ++q; break; }
      if (d == '\\') {
        if (q[1] == '\n') { ++q; continue; }
        q += 2;
        continue;
      }
      if (d == '\n' || q >= lx.end) {
        if (!lx.skipping)
          diag.error(t.loc, std::string("missing terminating ") + term + " character");
        t.flags |= TF_UNTERMINATED;
        break;
      }
      if (d >= 0x80) {
        int n = utf8_len((const unsigned char*)q);
        if (!n) {
          if (!lx.skipping) diag.error(lx.loc_at(q), "invalid UTF-8 character in source file");
          n = 1;
        }
        q += n;
        continue;
      }
      ++q;
    }
    t.kind = (t.flags & TF_UNTERMINATED) ? TK_OTHER : term == '"' ? TK_STRING : TK_CHAR;
    t.spelling = strs.intern(std::string_view(s, (size_t)(q - s)));
    lx.cur = q;
    return;
  }
  case '[': kind = TK_LBRACKET; break;
  case ']': kind = TK_RBRACKET; break;
  case '(': kind = TK_LPAREN; break;
  case ')': kind = TK_RPAREN; break;
  case '{': kind = TK_LBRACE; break;
  case '}': kind = TK_RBRACE; break;
  case '~': kind = TK_TILDE; break;
  case '?': kind = TK_QUESTION; break;
  case ';': kind = TK_SEMI; break;
  case ',': kind = TK_COMMA; break;
  case '.':
    if (*q >= '0' && *q <= '9') goto number;
    if (q[0] == '.' && q[1] == '.') { q += 2; kind = TK_ELLIPSIS; }
    else kind = TK_DOT;
    break;
  case '-':
    if (*q == '>') { ++q; kind = TK_ARROW; }
    else if (*q == '-') { ++q; kind = TK_DEC; }
    else if (*q == '=') { ++q; kind = TK_SUB_ASSIGN; }
    else kind = TK_MINUS;
    break;
  case '+':
    if (*q == '+') { ++q; kind = TK_INC; }
    else if (*q == '=') { ++q; kind = TK_ADD_ASSIGN; }
    else kind = TK_PLUS;
    break;
  case '&':
    if (*q == '&') { ++q; kind = TK_ANDAND; }
    else if (*q == '=') { ++q; kind = TK_AND_ASSIGN; }
    else kind = TK_AMP;
    break;
  case '|':
    if (*q == '|') { ++q; kind = TK_OROR; }
    else if (*q == '=') { ++q; kind = TK_OR_ASSIGN; }
    else kind = TK_PIPE;
    break;
  case '*':
    if (*q == '=') { ++q; kind = TK_MUL_ASSIGN; } else kind = TK_STAR;
    break;
  case '/':
    if (*q == '=') { ++q; kind = TK_DIV_ASSIGN; } else kind = TK_SLASH;
    break;
  case '^':
    if (*q == '=') { ++q; kind = TK_XOR_ASSIGN; } else kind = TK_CARET;
    break;
  case '!':
    if (*q == '=') { ++q; kind = TK_NE; } else kind = TK_EXCL;
    break;
  case '=':
    if (*q == '=') { ++q; kind = TK_EQEQ; } else kind = TK_ASSIGN;
    break;
  case '#':
    if (*q == '#') { ++q; kind = TK_HASHHASH; } else kind = TK_HASH;
    break;
  case '<':
    if (*q == '<') {
      ++q;
      if (*q == '=') { ++q; kind = TK_SHL_ASSIGN; } else kind = TK_SHL;
    } else if (*q == '=') { ++q; kind = TK_LE; }
    else if (*q == ':') { ++q; kind = TK_LBRACKET; goto digraph; }
    else if (*q == '%') { ++q; kind = TK_LBRACE; goto digraph; }
    else kind = TK_LT;
    break;
  case '>':
    if (*q == '>') {
      ++q;
      if (*q == '=') { ++q; kind = TK_SHR_ASSIGN; } else kind = TK_SHR;
    } else if (*q == '=') { ++q; kind = TK_GE; }
    else kind = TK_GT;
    break;
  case '%':
    if (*q == '=') { ++q; kind = TK_MOD_ASSIGN; }
    else if (*q == '>') { ++q; kind = TK_RBRACE; goto digraph; }
    else if (*q == ':') {
      ++q;
      if (q[0] == '%' && q[1] == ':') { q += 2; kind = TK_HASHHASH; }
      else kind = TK_HASH;
      goto digraph;
    } else kind = TK_PERCENT;
    break;
  case ':':
    if (*q == '>') { ++q; kind = TK_RBRACKET; goto digraph; }
    kind = TK_COLON;
    break;
  default:
    // A stray character: TK_OTHER (gcc's CPP_OTHER).
    if (c < 0x20 && !lx.skipping && c != 0x1b) {
      // control characters are accepted by gcc as CPP_OTHER too
    }
    t.kind = TK_OTHER;
    t.spelling = strs.intern(std::string_view(s, 1));
    lx.cur = q;
    return;
  }
  t.kind = kind;
  t.spelling = punct_spelling[kind];
  lx.cur = q;
  return;
digraph:
  t.kind = kind;
  t.spelling = strs.intern(std::string_view(s, (size_t)(q - s)));
  lx.cur = q;
}

} // namespace kcarve::pp::detail
