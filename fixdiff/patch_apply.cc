// patch_apply.cc — applies a read patch to the files of a tree, in memory.
//
// As patch(1) does without fuzz: each hunk's old lines (context and
// removals) must match the file exactly, first at the line its header
// names (shifted by how much the earlier hunks of the file moved things),
// then at offsets 1, -1, 2, -2, ... never before the end of the previous
// hunk.  The file is split into line views once; the result is built by
// copying the untouched runs and the hunks' new lines.  A file's last line
// keeps or lacks its newline as the patch says ("\ No newline at end of
// file" on the new side), else as it was.
#include "fixdiff/fixdiff.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace kcarve::fixdiff {

namespace {

std::string join(const std::string& root, const std::string& path) {
  if (root.empty() || root == ".") return path;
  return root.back() == '/' ? root + path : root + "/" + path;
}

bool read_file(const std::string& path, std::string& out) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return false;
  if (S_ISDIR(st.st_mode)) { errno = EISDIR; return false; }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// The lines of TEXT without their newlines; LAST_NL: the last one had one.
std::vector<std::string_view> split_lines(std::string_view text, bool& last_nl) {
  std::vector<std::string_view> v;
  size_t b = 0;
  last_nl = true;
  while (b < text.size()) {
    size_t e = text.find('\n', b);
    if (e == std::string_view::npos) {
      v.push_back(text.substr(b));
      last_nl = false;
      break;
    }
    v.push_back(text.substr(b, e - b));
    b = e + 1;
  }
  return v;
}

bool matches_at(const std::vector<std::string_view>& file, size_t at, const Patch& p, const Hunk& h) {
  if (at + h.old_count > file.size()) return false;
  size_t k = at;
  for (uint32_t j = 0; j < h.count; ++j) {
    const HunkLine& l = p.lines[h.first + j];
    if (l.kind == '+') continue;
    if (file[k++] != l.text) return false;
  }
  return true;
}

// Applies FP's hunks to ORIG; false after an error.
bool apply_file(const Patch& p, const FilePatch& fp, std::string_view orig, std::string& out, FILE* err) {
  bool last_nl;
  std::vector<std::string_view> file = split_lines(orig, last_nl);
  size_t done = 0;         // lines of FILE consumed
  long shift = 0;          // new minus old line numbers so far (as the headers say vs. where they applied)
  auto put = [&](std::string_view s, bool nl) {
    out.append(s.data(), s.size());
    if (nl) out.push_back('\n');
  };
  for (uint32_t k = 0; k < fp.nhunks; ++k) {
    const Hunk& h = p.hunks[fp.first_hunk + k];
    // The line (0-based) the hunk names; a pure insertion "-L,0" goes after line L.
    long want = h.old_count == 0 ? (long)h.old_start : (long)h.old_start - 1;
    want += shift;
    long found = -1;
    long maxoff = (long)file.size() + 1;
    for (long off = 0; off <= maxoff && found < 0; ++off) {
      for (int sign = 0; sign < (off ? 2 : 1); ++sign) {
        long at = sign ? want - off : want + off;
        if (at < (long)done || at > (long)file.size()) continue;
        if (matches_at(file, (size_t)at, p, h)) { found = at; break; }
      }
    }
    if (found < 0) {
      std::fprintf(err, "%s:%u:1: error: hunk #%u of '%s' does not apply (its old lines match nowhere at or after line %zu)\n",
                   p.name.c_str(), h.line, k + 1, fp.path().c_str(), done + 1);
      return false;
    }
    shift += found - want;
    for (size_t j = done; j < (size_t)found; ++j) put(file[j], true);
    size_t at = (size_t)found;
    for (uint32_t j = 0; j < h.count; ++j) {
      const HunkLine& l = p.lines[h.first + j];
      if (l.kind == '-') { ++at; continue; }
      if (l.kind == ' ') ++at;
      put(l.text, !l.no_newline);
    }
    done = at;
  }
  for (size_t j = done; j < file.size(); ++j) put(file[j], j + 1 < file.size() || last_nl);
  return true;
}

} // namespace

bool apply_patch(const Patch& p, const std::string& root, std::vector<PatchedFile>& out, FILE* err) {
  out.clear();
  bool ok = true;
  for (const FilePatch& fp : p.files) {
    // A file patched twice in one patch: the second diff applies to the first's result.
    PatchedFile* prev = nullptr;
    for (PatchedFile& f : out)
      if (f.path == fp.path()) prev = &f;
    std::string disk = join(root, fp.path());
    std::string orig;
    bool exists = prev ? !prev->deleted : read_file(disk, orig);
    if (prev) orig = prev->content;
    if (fp.is_new && exists) {
      std::fprintf(err, "%s:%u:1: error: '%s' is created by the patch but exists already\n", p.name.c_str(),
                   fp.line, fp.path().c_str());
      ok = false;
      continue;
    }
    if (!fp.is_new && !exists) {
      std::fprintf(err, "%s:%u:1: error: '%s': %s\n", p.name.c_str(), fp.line, disk.c_str(),
                   prev ? "deleted earlier in the patch" : std::strerror(errno));
      ok = false;
      continue;
    }
    PatchedFile pf{fp.path(), std::string(), fp.is_deleted};
    if (!apply_file(p, fp, orig, pf.content, err)) { ok = false; continue; }
    if (fp.is_deleted && !pf.content.empty()) {
      std::fprintf(err, "%s:%u:1: error: '%s' is deleted by the patch but has lines the patch does not remove\n",
                   p.name.c_str(), fp.line, fp.path().c_str());
      ok = false;
      continue;
    }
    if (prev) *prev = std::move(pf);
    else out.push_back(std::move(pf));
  }
  return ok;
}

std::vector<std::pair<std::string, std::string>> overlays(const std::vector<PatchedFile>& files,
                                                          const std::string& root) {
  std::vector<std::pair<std::string, std::string>> v;
  for (const PatchedFile& f : files)
    if (!f.deleted) v.emplace_back(join(root, f.path), f.content);
  return v;
}

bool touches(const pp::PpResult& pp, const std::vector<PatchedFile>& files, const std::string& root) {
  for (const PatchedFile& f : files) {
    std::string a = pp::canonical_path(join(root, f.path));
    for (const pp::FileRecord& r : pp.files)
      if (r.realpath == a) return true;
  }
  return false;
}

} // namespace kcarve::fixdiff
