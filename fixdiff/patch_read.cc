// patch_read.cc — reads a unified diff (GNU diffutils manual, "Detailed
// Description of Unified Format"; git-diff(1), "Generating patches") as a
// kernel fix comes: a mail or `git format-patch` text whose commentary is
// skipped, then per file an optional `diff --git a/X b/X` line with its
// extended headers (index, modes, new/deleted file), the `--- a/X` and
// `+++ b/X` lines, and hunks `@@ -l,c +l,c @@` whose counts say where each
// ends, so a removed line that reads "--- x" is never taken for a header.
// Paths are taken as patch -p1 takes them.  Every line is a view into the
// patch text: nothing is copied per line.  Malformed input is an error at
// its line and column of the patch file, in gcc's form.
#include "fixdiff/fixdiff.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kcarve::fixdiff {

namespace {

struct Reader {
  Patch& p;
  FILE* err;
  std::vector<std::string_view> lines;  // the patch's lines, without '\n'
  size_t i = 0;                         // the next line to read
  bool failed = false;

  void error(size_t line, size_t col, const std::string& msg) {
    std::fprintf(err, "%s:%zu:%zu: error: %s\n", p.name.c_str(), line + 1, col, msg.c_str());
    failed = true;
  }
  bool at_end() const { return i >= lines.size(); }
  std::string_view cur() const { return lines[i]; }
};

bool starts(std::string_view s, std::string_view pre) { return s.substr(0, pre.size()) == pre; }

// The path of a "--- " / "+++ " line (after the 4 characters), up to a tab
// (a timestamp follows) or the end; git's C-quoted form unquoted.
std::string header_path(std::string_view s) {
  size_t tab = s.find('\t');
  if (tab != std::string_view::npos) s = s.substr(0, tab);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') {
    std::string o;
    for (size_t k = 1; k + 1 < s.size(); ++k) {
      char c = s[k];
      if (c == '\\' && k + 2 < s.size()) {
        char e = s[++k];
        if (e == 'n') c = '\n';
        else if (e == 't') c = '\t';
        else if (e >= '0' && e <= '7') {  // \ooo
          int v = 0, n = 0;
          while (n < 3 && k < s.size() - 1 && s[k] >= '0' && s[k] <= '7') v = v * 8 + (s[k++] - '0'), ++n;
          --k;
          c = (char)v;
        } else c = e;
      }
      o.push_back(c);
    }
    return o;
  }
  return std::string(s);
}

// -p1: drop the first path component ("a/", "b/").  False if there is none.
bool strip_one(std::string& path) {
  if (path == "/dev/null") { path.clear(); return true; }
  size_t k = path.find('/');
  if (k == std::string::npos || k + 1 >= path.size()) return false;
  path.erase(0, k + 1);
  return true;
}

// Reads an unsigned decimal at s[k]; false if there is no digit.
bool read_num(std::string_view s, size_t& k, uint32_t& v) {
  size_t start = k;
  uint64_t x = 0;
  while (k < s.size() && s[k] >= '0' && s[k] <= '9') {
    x = x * 10 + (uint64_t)(s[k++] - '0');
    if (x > 0xffffffu) return false;
  }
  v = (uint32_t)x;
  return k > start;
}

// "@@ -l[,c] +l[,c] @@[ section]"; on failure sets COL (1-based) to blame.
bool parse_hunk_header(std::string_view s, Hunk& h, size_t& col) {
  size_t k = 2;
  auto fail = [&](size_t at) { col = at + 1; return false; };
  if (k >= s.size() || s[k] != ' ') return fail(k);
  ++k;
  if (k >= s.size() || s[k] != '-') return fail(k);
  ++k;
  if (!read_num(s, k, h.old_start)) return fail(k);
  h.old_count = 1;
  if (k < s.size() && s[k] == ',') {
    ++k;
    if (!read_num(s, k, h.old_count)) return fail(k);
  }
  if (k >= s.size() || s[k] != ' ') return fail(k);
  ++k;
  if (k >= s.size() || s[k] != '+') return fail(k);
  ++k;
  if (!read_num(s, k, h.new_start)) return fail(k);
  h.new_count = 1;
  if (k < s.size() && s[k] == ',') {
    ++k;
    if (!read_num(s, k, h.new_count)) return fail(k);
  }
  if (s.substr(k, 3) != " @@") return fail(k);
  return true;
}

// The hunks after a file's "+++" line.
void read_hunks(Reader& r, FilePatch& fp) {
  fp.first_hunk = (uint32_t)r.p.hunks.size();
  fp.nhunks = 0;
  if (r.at_end() || !starts(r.cur(), "@@")) {
    r.error(r.at_end() ? r.lines.size() - 1 : r.i, 1, "expected a hunk header ('@@ -L,N +L,N @@') after '+++'");
    return;
  }
  while (!r.at_end() && starts(r.cur(), "@@")) {
    Hunk h{};
    size_t col = 1;
    if (!parse_hunk_header(r.cur(), h, col)) {
      r.error(r.i, col, "malformed hunk header '" + std::string(r.cur()) + "'");
      return;
    }
    if ((h.old_count > 0 && h.old_start == 0) || (h.new_count > 0 && h.new_start == 0)) {
      r.error(r.i, 4, "hunk header has line 0 with lines to read");
      return;
    }
    if (fp.is_new && h.old_count != 0) {
      r.error(r.i, 4, "hunk of a new file has old lines");
      return;
    }
    h.line = (uint32_t)r.i + 1;
    h.first = (uint32_t)r.p.lines.size();
    ++r.i;
    uint32_t old_left = h.old_count, new_left = h.new_count;
    while (old_left || new_left) {
      if (r.at_end()) {
        r.error(h.line - 1, 1, "patch ends inside this hunk (" + std::to_string(old_left) + " old and " +
                                   std::to_string(new_left) + " new lines missing)");
        return;
      }
      std::string_view s = r.cur();
      char kind = s.empty() ? ' ' : s[0];  // an empty line: context whose blank was stripped
      if (kind == '\\') {
        if (r.p.lines.size() == h.first) {
          r.error(r.i, 1, "'\\ No newline at end of file' before any line of the hunk");
          return;
        }
        r.p.lines.back().no_newline = true;
        ++r.i;
        continue;
      }
      if (kind != ' ' && kind != '-' && kind != '+') {
        r.error(r.i, 1, "malformed line in hunk (expected ' ', '-', '+' or '\\'; " + std::to_string(old_left) +
                             " old and " + std::to_string(new_left) + " new lines still to come)");
        return;
      }
      if ((kind != '+' && old_left == 0) || (kind != '-' && new_left == 0)) {
        r.error(r.i, 1, "hunk has more lines than its header at line " + std::to_string(h.line) + " says");
        return;
      }
      if (kind != '+') --old_left;
      if (kind != '-') --new_left;
      r.p.lines.push_back(HunkLine{kind, false, s.empty() ? s : s.substr(1)});
      ++r.i;
    }
    if (!r.at_end() && starts(r.cur(), "\\")) {  // after the hunk's last line
      r.p.lines.back().no_newline = true;
      ++r.i;
    }
    h.count = (uint32_t)r.p.lines.size() - h.first;
    r.p.hunks.push_back(h);
    ++fp.nhunks;
  }
}

void read_all(Reader& r) {
  size_t git_line = 0;   // the pending "diff --git" line, or 0
  bool git_new = false, git_deleted = false;
  while (!r.at_end() && !r.failed) {
    std::string_view s = r.cur();
    if (starts(s, "diff --git ")) {
      git_line = r.i + 1;
      git_new = git_deleted = false;
      ++r.i;
      continue;
    }
    if (git_line) {
      if (starts(s, "new file mode")) git_new = true;
      else if (starts(s, "deleted file mode")) git_deleted = true;
      else if (starts(s, "rename from") || starts(s, "copy from")) {
        r.error(r.i, 1, "renamed and copied files are not supported");
        return;
      } else if (starts(s, "Binary files") || starts(s, "GIT binary patch")) {
        r.error(r.i, 1, "binary patches are not supported");
        return;
      }
    }
    if (!starts(s, "--- ") || r.i + 1 >= r.lines.size() || !starts(r.lines[r.i + 1], "+++ ")) {
      if (starts(s, "--- ") && git_line) {
        r.error(r.i + 1, 1, "expected '+++ ' after '---'");
        return;
      }
      if (starts(s, "@@ ") && git_line) {
        r.error(r.i, 1, "hunk header without '---' and '+++' lines");
        return;
      }
      ++r.i;  // commentary: mail headers, the commit message, a diffstat
      continue;
    }
    FilePatch fp{};
    fp.line = (uint32_t)r.i + 1;
    fp.old_path = header_path(s.substr(4));
    fp.new_path = header_path(r.lines[r.i + 1].substr(4));
    if (!strip_one(fp.old_path)) {
      r.error(r.i, 5, "cannot strip a leading directory (-p1) from '" + fp.old_path + "'");
      return;
    }
    if (!strip_one(fp.new_path)) {
      r.error(r.i + 1, 5, "cannot strip a leading directory (-p1) from '" + fp.new_path + "'");
      return;
    }
    fp.is_new = fp.old_path.empty() || git_new;
    fp.is_deleted = fp.new_path.empty() || git_deleted;
    if (fp.is_new && fp.is_deleted) {
      r.error(r.i, 5, "both sides of the file are /dev/null");
      return;
    }
    if (!fp.is_new && !fp.is_deleted && fp.old_path != fp.new_path) {
      r.error(r.i + 1, 5, "'" + fp.new_path + "' is not '" + fp.old_path + "' (renames are not supported)");
      return;
    }
    git_line = 0;
    r.i += 2;
    read_hunks(r, fp);
    if (r.failed) return;
    r.p.files.push_back(std::move(fp));
  }
}

} // namespace

bool parse_patch(std::string name, std::string text, Patch& out, FILE* err) {
  out = Patch();
  out.name = std::move(name);
  out.text = std::move(text);
  Reader r{out, err, {}};
  std::string_view t(out.text);
  size_t b = 0;
  while (b < t.size()) {
    size_t e = t.find('\n', b);
    if (e == std::string_view::npos) e = t.size();
    std::string_view line = t.substr(b, e - b);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    r.lines.push_back(line);
    b = e + 1;
  }
  read_all(r);
  if (!r.failed && out.files.empty()) r.error(0, 1, "no file header ('--- a/FILE', '+++ b/FILE') in the patch");
  return !r.failed;
}

bool read_patch_file(const std::string& path, Patch& out, FILE* err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(err, "kcarve: error: %s: %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_patch(path, ss.str(), out, err);
}

} // namespace kcarve::fixdiff
