// source_buffers.cc — files read once, translation phases 1 and 2, and the
// location services.
//
// C11 5.1.1.2 phases 1-2: trigraphs (only with -trigraphs) and line splices
// (backslash, optional blanks as gcc allows, newline) are removed in one pass
// that produces a "clean" copy of the buffer; a file with neither is lexed in
// place.  Each removal is logged as (clean offset, bytes removed so far), so
// the lexer maps a clean offset back to the raw offset the location names:
// locations always point into the file as it is on disk.  Line numbers are
// computed from a per-file table of line starts built the first time a
// diagnostic, a dump or the printer asks.
#include "preproc/internal.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kcarve::pp {

namespace detail {

namespace {

char trigraph_char(char c) {
  switch (c) {
  case '=': return '#';
  case '(': return '[';
  case '/': return '\\';
  case ')': return ']';
  case '\'': return '^';
  case '<': return '{';
  case '!': return '|';
  case '>': return '}';
  case '-': return '~';
  default: return 0;
  }
}

// Phases 1-2 over c.raw.
void clean_content(Content& c, bool trigraphs) {
  const char* p = c.raw.data();
  size_t n = c.raw.size();
  const void* z = std::memchr(p, 0, n);
  c.bad_offset = z ? (int)((const char*)z - p) : -1;
  bool need = n == 0 || p[n - 1] != '\n' || std::memchr(p, '\\', n) != nullptr ||
              (trigraphs && std::memchr(p, '?', n) != nullptr);
  if (!need) { c.use_raw = true; return; }
  c.use_raw = false;
  std::string& o = c.clean;
  o.clear();
  o.reserve(n + 2);
  uint32_t removed = 0;
  size_t i = 0;
  while (i < n) {
    char ch = p[i];
    if (trigraphs && ch == '?' && i + 2 < n && p[i + 1] == '?' && trigraph_char(p[i + 2])) {
      ch = trigraph_char(p[i + 2]);
      if (ch != '\\') {
        o.push_back(ch);
        i += 3;
        removed += 2;
        c.splices.push_back({(uint32_t)o.size(), removed});
        continue;
      }
      // ??/ is a backslash: it may start a splice.
      size_t j = i + 3;
      while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\f' || p[j] == '\v')) ++j;
      if (j < n && p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') ++j;
      if (j < n && p[j] == '\n') {
        removed += (uint32_t)(j + 1 - i);
        i = j + 1;
        c.splices.push_back({(uint32_t)o.size(), removed});
        continue;
      }
      o.push_back('\\');
      i += 3;
      removed += 2;
      c.splices.push_back({(uint32_t)o.size(), removed});
      continue;
    }
    if (ch == '\\') {
      size_t j = i + 1;
      while (j < n && (p[j] == ' ' || p[j] == '\t' || p[j] == '\f' || p[j] == '\v')) ++j;
      if (j < n && p[j] == '\r' && j + 1 < n && p[j + 1] == '\n') ++j;
      if (j < n && p[j] == '\n') {
        removed += (uint32_t)(j + 1 - i);
        i = j + 1;
        c.splices.push_back({(uint32_t)o.size(), removed});
        continue;
      }
    }
    if (ch != '\\' && ch != '?') {
      // copy the run up to the next character that may start a removal
      size_t j = i + 1;
      if (!trigraphs) {
        const void* q = std::memchr(p + j, '\\', n - j);
        j = q ? (size_t)((const char*)q - p) : n;
      } else {
        while (j < n && p[j] != '\\' && p[j] != '?') ++j;
      }
      o.append(p + i, j - i);
      i = j;
      continue;
    }
    o.push_back(ch);
    ++i;
  }
  if (o.empty() || o.back() != '\n') o.push_back('\n');
}

} // namespace

bool load_content(const std::string& path, bool trigraphs, Content& c) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode)) {
    ::close(fd);
    errno = ENOENT;
    return false;
  }
  c.dev = st.st_dev;
  c.ino = st.st_ino;
  c.mtime = (long)st.st_mtime;
  c.raw.resize((size_t)st.st_size);
  size_t got = 0;
  while (got < c.raw.size()) {
    ssize_t k = ::read(fd, &c.raw[got], c.raw.size() - got);
    if (k < 0) { if (errno == EINTR) continue; ::close(fd); return false; }
    if (k == 0) break;
    got += (size_t)k;
  }
  c.raw.resize(got);
  // A file that grew while read (or a pipe): read on.
  char tmp[65536];
  for (;;) {
    ssize_t k = ::read(fd, tmp, sizeof tmp);
    if (k <= 0) break;
    c.raw.append(tmp, (size_t)k);
  }
  ::close(fd);
  clean_content(c, trigraphs);
  return true;
}

void make_content_from_text(const std::string& text, bool trigraphs, Content& c) {
  c.raw = text;
  clean_content(c, trigraphs);
}

std::string quote_string(std::string_view s) {
  std::string o;
  o.reserve(s.size() + 2);
  o.push_back('"');
  for (char ch : s) {
    if (ch == '\\' || ch == '"') o.push_back('\\');
    if (ch == '\n') { o += "\\n"; continue; }
    o.push_back(ch);
  }
  o.push_back('"');
  return o;
}

} // namespace detail

int PpResult::Buffers::add_buf(int content, int file, const std::string& name) {
  Buf b;
  b.base = next_base;
  b.size = (uint32_t)contents[content]->raw.size() + 1;
  b.content = content;
  b.file = file;
  b.name = name;
  next_base += b.size;
  bufs.push_back(std::move(b));
  return (int)bufs.size() - 1;
}

const PpResult::Buffers::Buf* PpResult::Buffers::find(Loc l) const {
  if (l == 0 || is_macro_loc(l) || bufs.empty()) return nullptr;
  auto it = std::upper_bound(bufs.begin(), bufs.end(), l,
                             [](Loc v, const Buf& b) { return v < b.base; });
  if (it == bufs.begin()) return nullptr;
  --it;
  if (l >= it->base + it->size) return nullptr;
  return &*it;
}

unsigned PpResult::Buffers::phys_line(const Buf& b, uint32_t off) const {
  if (line_starts.size() < contents.size()) line_starts.resize(contents.size());
  auto& ls = line_starts[b.content];
  if (ls.empty()) {
    const std::string& raw = contents[b.content]->raw;
    ls.push_back(0);
    const char* p = raw.data();
    const char* e = p + raw.size();
    while (p < e) {
      const char* q = (const char*)std::memchr(p, '\n', (size_t)(e - p));
      if (!q) break;
      ls.push_back((uint32_t)(q + 1 - raw.data()));
      p = q + 1;
    }
  }
  return (unsigned)(std::upper_bound(ls.begin(), ls.end(), off) - ls.begin());
}

uint32_t PpResult::Buffers::line_start(const Buf& b, unsigned line) const {
  phys_line(b, 0);
  auto& ls = line_starts[b.content];
  if (line == 0) return 0;
  return line - 1 < ls.size() ? ls[line - 1] : ls.back();
}

PpResult::PpResult() : buffers(new Buffers) {}
PpResult::~PpResult() = default;

Loc PpResult::spelling_loc(Loc l) const {
  for (int guard = 0; is_macro_loc(l) && guard < 100000; ++guard) {
    uint32_t i = l & ~kMacroLocBit;
    if (i >= exp_locs.size()) return 0;
    l = exp_locs[i].spelling;
  }
  return l;
}

Loc PpResult::expansion_loc(Loc l) const {
  for (int guard = 0; is_macro_loc(l) && guard < 100000; ++guard) {
    uint32_t i = l & ~kMacroLocBit;
    if (i >= exp_locs.size()) return 0;
    uint32_t e = exp_locs[i].expansion;
    if (e >= expansions.size()) return 0;
    l = expansions[e].name_loc;
  }
  return l;
}

PpResult::Presumed PpResult::presumed(Loc l) const {
  l = expansion_loc(l);
  const Buffers::Buf* b = buffers->find(l);
  if (!b) return {"<unknown>", 0, 0};
  uint32_t off = l - b->base;
  unsigned line = buffers->phys_line(*b, off);
  std::string_view name = b->name;
  if (!b->linedirs.empty()) {
    auto it = std::upper_bound(b->linedirs.begin(), b->linedirs.end(), off,
                               [](uint32_t v, const Buffers::LineDir& d) { return v < d.off; });
    if (it != b->linedirs.begin()) {
      --it;
      unsigned dl = buffers->phys_line(*b, it->off);
      line = it->line + (line - dl);
      name = it->name;
    }
  }
  // Display column: tabs advance to the next multiple of 8 (gcc's default
  // -fdiagnostics-column-unit=display), UTF-8 continuation bytes take none.
  const std::string& raw = buffers->contents[b->content]->raw;
  uint32_t ls = off;
  while (ls > 0 && raw[ls - 1] != '\n') --ls;
  unsigned col = 1;
  for (uint32_t i = ls; i < off && i < raw.size(); ++i) {
    unsigned char ch = (unsigned char)raw[i];
    if (ch == '\t') col = ((col - 1) / 8 + 1) * 8 + 1;
    else if ((ch & 0xc0) != 0x80) ++col;
  }
  return {name, line, col};
}

std::string_view PpResult::buffer_text(Loc l, size_t len) const {
  const Buffers::Buf* b = buffers->find(l);
  if (!b) return {};
  const std::string& raw = buffers->contents[b->content]->raw;
  uint32_t off = l - b->base;
  if (off > raw.size()) return {};
  return std::string_view(raw).substr(off, len);
}

} // namespace kcarve::pp
