// printer.cc — the -E text (gcc manual "Preprocessor Output"): the tokens
// with gcc's line markers `# N "file"`, newlines where the source had them
// (up to 8 blank lines, else a marker), a token's indentation, and a space
// wherever gcc prints one: where the token had white space before it, and
// where two tokens would otherwise lex as one (gcc's cpp_avoid_paste).
// #pragma lines (and _Pragma) come out on lines of their own.
#include "preproc/internal.h"

namespace kcarve::pp {

namespace {


char first_char(const Interner& s, const Token& t) {
  std::string_view v = s.str(t.spelling);
  return v.empty() ? 0 : v[0];
}

// Would PREV immediately followed by CUR lex differently?
bool avoid_paste(const Interner& s, const Token& prev, const Token& cur) {
  uint16_t a = prev.kind, b = cur.kind;
  char c = (b == TK_IDENT || b == TK_NUMBER || b == TK_STRING || b == TK_CHAR) ? 0 : first_char(s, cur);
  std::string_view ps = s.str(prev.spelling);
  char last = ps.empty() ? 0 : ps.back();
  if (c == '=' && (a == TK_ASSIGN || a == TK_EXCL || a == TK_GT || a == TK_LT || a == TK_PLUS ||
                   a == TK_MINUS || a == TK_STAR || a == TK_SLASH || a == TK_PERCENT || a == TK_AMP ||
                   a == TK_PIPE || a == TK_CARET || a == TK_SHR || a == TK_SHL))
    return true;
  switch (a) {
  case TK_GT: return c == '>';
  case TK_LT: return c == '<' || c == '%' || c == ':';
  case TK_PLUS: return c == '+';
  case TK_MINUS: return c == '-' || c == '>';
  case TK_SLASH: return c == '/' || c == '*';
  case TK_PERCENT: return c == ':' || c == '%';
  case TK_AMP: return c == '&';
  case TK_PIPE: return c == '|';
  case TK_COLON: return c == ':' || c == '>';
  case TK_ARROW: return c == '*';
  case TK_DOT: return c == '.' || c == '%' || b == TK_NUMBER;
  case TK_HASH: return c == '#' || c == '%';
  case TK_IDENT: return b == TK_NUMBER || b == TK_IDENT || b == TK_CHAR || b == TK_STRING;
  case TK_NUMBER:
    return b == TK_NUMBER || b == TK_IDENT || b == TK_CHAR || c == '.' || c == '+' || c == '-';
  case TK_OTHER: return last == '\\' && b == TK_IDENT;
  default: return false;
  }
}

} // namespace

void print_preprocessed(const PpResult& r, std::string& out) {
  out.clear();
  out.reserve(r.tokens.size() * 6 + 1024);
  std::string cur_file;
  unsigned cur_line = 0;
  bool line_start = true;
  const Token* prev = nullptr;
  bool have_file = false;
  bool after_pragma = false;
  for (size_t i = 0; i < r.tokens.size(); ++i) {
    const Token& t = r.tokens[i];
    if (t.kind == TK_EOF) break;
    if (t.kind == TK_PRAGMA) {
      if (!line_start) out.push_back('\n');
      out += r.strings.str(t.spelling);
      out.push_back(' ');
      prev = nullptr;
      line_start = false;
      after_pragma = true;
      continue;
    }
    if (t.kind == TK_PRAGMA_END) {
      out.push_back('\n');
      line_start = true;
      prev = nullptr;
      ++cur_line;
      continue;
    }
    if (after_pragma) {
      after_pragma = false;
      out += r.strings.str(t.spelling);
      prev = &t;
      continue;
    }
    if (t.flags & TF_BOL) {
      auto p = r.presumed(t.loc);
      if (!have_file || p.file != cur_file) {
        if (!line_start) out.push_back('\n');
        out += "# " + std::to_string(p.line) + " \"" + std::string(p.file) + "\"\n";
        cur_file.assign(p.file);
        have_file = true;
      } else if (p.line > cur_line && p.line - cur_line < 8) {
        if (!line_start) out.push_back('\n');
        for (unsigned k = cur_line + 1; k < p.line; ++k) out.push_back('\n');
      } else if (p.line != cur_line || !line_start) {
        if (!line_start) out.push_back('\n');
        if (p.line != cur_line + (line_start ? 0 : 1))
          out += "# " + std::to_string(p.line) + " \"" + cur_file + "\"\n";
      }
      cur_line = p.line;
      int spaces = (int)p.col - 2;
      for (int k = 0; k < spaces; ++k) out.push_back(' ');
      if (t.flags & TF_LEADING_SPACE) out.push_back(' ');
      else if (t.kind == TK_HASH) out.push_back(' ');
      line_start = false;
    } else if (prev && ((t.flags & TF_LEADING_SPACE) || avoid_paste(r.strings, *prev, t))) {
      out.push_back(' ');
    } else if (!prev && (t.flags & TF_LEADING_SPACE || t.kind == TK_HASH)) {
      out.push_back(' ');
    }
    out += r.strings.str(t.spelling);
    prev = &t;
    line_start = false;
  }
  if (!line_start) out.push_back('\n');
}

} // namespace kcarve::pp
