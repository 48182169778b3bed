// tokcmp.cc — compares two preprocessed files token by token.
//
//   tokcmp EXPECTED ACTUAL
//
// The test oracle for `kcarve -E`: EXPECTED is what `gcc -E` wrote, ACTUAL is
// kcarve's.  Both are split into preprocessing tokens (C11 6.4) and compared by
// spelling and order; white space and line markers (`# N "file" flags`,
// `#line N`) are not compared, since they carry no tokens.  #pragma lines are
// tokens and are compared.  Because the split is done on the printed text,
// a missing "avoid paste" space (`- -` printed as `--`) shows as a difference,
// as it should: the output would mean something else to the compiler.
//
// This tokenizer is deliberately independent of kcarve's own lexer, so the
// test does not check kcarve against itself.
//
// Exit status: 0 equal, 1 different (first difference on stdout), 2 trouble.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Tok {
  std::string_view text;
  unsigned line;
};

bool read_file(const char* path, std::string& out) {
  FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

bool is_ident_start(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' || c >= 0x80;
}
bool is_ident_char(unsigned char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }
bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Punctuators of C11 6.4.6 (and digraphs), longest first within each length.
const char* const kPunct[] = {
    "%:%:", "...", "<<=", ">>=", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&",
    "||",   "*=",  "/=",  "%=",  "+=", "-=", "&=", "^=", "|=", "##", "<:", ":>", "<%", "%>",
    "%:",
};

size_t punct_len(std::string_view s) {
  for (const char* p : kPunct) {
    size_t n = std::strlen(p);
    if (s.size() >= n && s.compare(0, n, p) == 0) return n;
  }
  return 1;
}

// Length of a quoted literal starting at s[i] (the quote), honouring escapes.
size_t quoted_len(std::string_view s, size_t i) {
  char q = s[i];
  size_t j = i + 1;
  while (j < s.size() && s[j] != q && s[j] != '\n') {
    if (s[j] == '\\' && j + 1 < s.size()) ++j;
    ++j;
  }
  return (j < s.size() && s[j] == q) ? j + 1 - i : j - i;
}

// A line marker is `# <digits> ...` or `#line <digits>` at the start of a line.
bool is_line_marker(std::string_view s, size_t i) {
  size_t j = i + 1;
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
  if (s.compare(j, 4, "line") == 0) j += 4;
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
  return j < s.size() && is_digit(s[j]);
}

void tokenize(std::string_view s, std::vector<Tok>& out) {
  unsigned line = 1;
  bool bol = true;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c == '\n') { ++line; bol = true; ++i; continue; }
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') { ++i; continue; }
    if (bol && c == '#' && is_line_marker(s, i)) {
      while (i < s.size() && s[i] != '\n') ++i;
      continue;
    }
    bol = false;
    size_t n;
    if (c == '"' || c == '\'') {
      n = quoted_len(s, i);
    } else if (is_digit(c) || (c == '.' && i + 1 < s.size() && is_digit(s[i + 1]))) {
      // pp-number (6.4.8): digits, letters, _, ., and e+ e- E+ E- p+ p- P+ P-.
      n = 1;
      while (i + n < s.size()) {
        unsigned char d = s[i + n];
        if ((d == '+' || d == '-') && strchr("eEpP", s[i + n - 1])) { ++n; continue; }
        if (is_ident_char(d) || d == '.') { ++n; continue; }
        break;
      }
    } else if (is_ident_start(c) || (c == '\\' && i + 1 < s.size() && (s[i + 1] == 'u' || s[i + 1] == 'U'))) {
      n = (c == '\\') ? 2 : 1;
      while (i + n < s.size()) {
        unsigned char d = s[i + n];
        if (is_ident_char(d)) { ++n; continue; }
        if (d == '\\' && i + n + 1 < s.size() && (s[i + n + 1] == 'u' || s[i + n + 1] == 'U')) { n += 2; continue; }
        break;
      }
      // An encoding prefix glued to a literal belongs to it: L"x", u8'c'.
      std::string_view id = s.substr(i, n);
      if (i + n < s.size() && (s[i + n] == '"' || s[i + n] == '\'') &&
          (id == "L" || id == "u" || id == "U" || id == "u8"))
        n += quoted_len(s, i + n);
    } else {
      n = punct_len(s.substr(i));
    }
    out.push_back({s.substr(i, n), line});
    i += n;
  }
}

void show_context(const char* label, const std::vector<Tok>& t, size_t at) {
  size_t from = at >= 4 ? at - 4 : 0, to = std::min(t.size(), at + 5);
  std::printf("  %s", label);
  for (size_t k = from; k < to; ++k)
    std::printf(k == at ? " [[%.*s]]" : " %.*s", (int)t[k].text.size(), t[k].text.data());
  if (at >= t.size()) std::printf(" [[<end of file>]]");
  std::printf("\n");
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: tokcmp EXPECTED ACTUAL\n");
    return 2;
  }
  std::string a, b;
  if (!read_file(argv[1], a)) { std::fprintf(stderr, "tokcmp: cannot read %s\n", argv[1]); return 2; }
  if (!read_file(argv[2], b)) { std::fprintf(stderr, "tokcmp: cannot read %s\n", argv[2]); return 2; }
  std::vector<Tok> ta, tb;
  ta.reserve(a.size() / 4);
  tb.reserve(b.size() / 4);
  tokenize(a, ta);
  tokenize(b, tb);
  size_t n = std::min(ta.size(), tb.size());
  size_t i = 0;
  while (i < n && ta[i].text == tb[i].text) ++i;
  if (i == n && ta.size() == tb.size()) return 0;
  std::printf("tokcmp: first difference at token %zu (expected line %u, actual line %u); %zu vs %zu tokens\n", i,
              i < ta.size() ? ta[i].line : 0, i < tb.size() ? tb[i].line : 0, ta.size(), tb.size());
  show_context("expected:", ta, i);
  show_context("actual:  ", tb, i);
  return 1;
}
