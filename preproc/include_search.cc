// include_search.cc — #include, #include_next, -include, -imacros (C11
// 6.10.2; gcc manual "Search Path", "Wrapper Headers", "Once-Only Headers").
//
// The search chain is gcc's: quote dirs (-iquote), then bracket dirs (-I),
// then system dirs (-isystem, the target's), then -idirafter; a directory
// that does not exist, or repeats one earlier in its chain, or (for -I)
// names a system directory, is dropped as gcc's remove_duplicates does.
// "file" looks first in the includer's directory; <file> starts at the
// bracket dirs; #include_next starts after the directory where the current
// file was found.  A path is the directory name, '/', and the header name,
// exactly as gcc forms it, since __FILE__ and the line markers show it.
// Files are opened once per path and read once per (device, inode).
#include "preproc/internal.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace kcarve::pp {

// An absolute path with "." and ".." resolved lexically (no symlinks: file
// identity uses the device and inode anyway; realpath(3) costs a syscall per
// path component).
std::string canonical_path(const std::string& path) {
  static std::string cwd;
  if (cwd.empty()) {
    char buf[PATH_MAX];
    cwd = ::getcwd(buf, sizeof buf) ? buf : "/";
  }
  std::string full = path[0] == '/' ? path : cwd + "/" + path;
  std::vector<std::string_view> parts;
  std::string_view s(full);
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find('/', i);
    if (j == std::string_view::npos) j = s.size();
    std::string_view part = s.substr(i, j - i);
    if (part == "..") { if (!parts.empty()) parts.pop_back(); }
    else if (!part.empty() && part != ".") parts.push_back(part);
    i = j + 1;
  }
  std::string o;
  for (auto p : parts) { o.push_back('/'); o.append(p); }
  return o.empty() ? "/" : o;
}

} // namespace kcarve::pp

namespace kcarve::pp::detail {

namespace {

std::string strip_slashes(std::string s) {
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}


std::string dir_of(const std::string& path) {
  size_t k = path.rfind('/');
  return k == std::string::npos ? std::string() : path.substr(0, k + 1);
}

} // namespace

void Preprocessor::setup_search_path() {
  struct D { std::string name; bool sys; dev_t dev; ino_t ino; };
  auto stat_dirs = [](const std::vector<std::string>& names, bool sys, std::vector<D>& out) {
    for (const auto& n : names) {
      std::string s = strip_slashes(n);
      struct stat st;
      if (::stat(s.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) continue;
      out.push_back({s, sys, st.st_dev, st.st_ino});
    }
  };
  std::vector<D> quote, bracket, system;
  stat_dirs(opt.quote_dirs, false, quote);
  stat_dirs(opt.bracket_dirs, false, bracket);
  stat_dirs(opt.system_dirs, true, system);
  stat_dirs(opt.after_dirs, true, system);
  auto same = [](const D& a, const D& b) { return a.dev == b.dev && a.ino == b.ino; };
  auto dedup = [&](std::vector<D>& v, const std::vector<D>* sys) {
    std::vector<D> o;
    for (auto& d : v) {
      bool drop = false;
      for (auto& e : o) if (same(d, e)) { drop = true; break; }
      if (!drop && sys)
        for (auto& e : *sys) if (same(d, e)) { drop = true; break; }
      if (!drop) o.push_back(d);
    }
    v.swap(o);
  };
  dedup(system, nullptr);
  dedup(bracket, &system);
  dedup(quote, &system);
  chain.clear();
  for (auto& d : quote) chain.push_back({d.name, false});
  bracket_start = chain.size();
  for (auto& d : bracket) chain.push_back({d.name, false});
  for (auto& d : system) chain.push_back({d.name, true});
  after_start = chain.size();
}

int Preprocessor::open_file(const std::string& path, bool sys) {
  auto it = path_cache.find(path);
  if (it != path_cache.end()) return it->second;
  auto c = std::make_unique<Content>();
  std::string real;  // canonical path, computed here only when overlays are asked for
  const std::string* overlay = nullptr;  // Options::file_overlays: read this text, not the disk
  size_t overlay_idx = 0;
  if (!opt.file_overlays.empty()) {
    real = canonical_path(path);
    for (; overlay_idx < opt.file_overlays.size(); ++overlay_idx)
      if (canonical_path(opt.file_overlays[overlay_idx].first) == real) {
        overlay = &opt.file_overlays[overlay_idx].second;
        break;
      }
  }
  struct stat st;
  bool on_disk = ::stat(path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode);
  if (!on_disk && !overlay) {
    path_cache.emplace(path, -1);
    return -1;
  }
  // An overlay's contents are its own, whatever inode the path has on disk.
  uint64_t key = overlay ? ~(uint64_t)overlay_idx : ((uint64_t)st.st_dev << 40) ^ (uint64_t)st.st_ino;
  int content;
  auto ci = content_by_inode.find(key);
  if (ci != content_by_inode.end()) {
    content = ci->second;
  } else if (overlay) {
    make_content_from_text(*overlay, opt.trigraphs, *c);
    if (on_disk) { c->dev = st.st_dev; c->ino = st.st_ino; c->mtime = (long)st.st_mtime; }
    bufs.contents.push_back(std::move(c));
    content = (int)bufs.contents.size() - 1;
    content_by_inode.emplace(key, content);
  } else {
    if (!load_content(path, opt.trigraphs, *c)) {
      path_cache.emplace(path, -1);
      return -1;
    }
    bufs.contents.push_back(std::move(c));
    content = (int)bufs.contents.size() - 1;
    content_by_inode.emplace(key, content);
  }
  FileRecord fr;
  fr.path = path;
  fr.realpath = real.empty() ? canonical_path(path) : real;
  fr.system = sys;
  res.files.push_back(fr);
  int idx = (int)res.files.size() - 1;
  file_content.push_back(content);
  file_buf.push_back(bufs.add_buf(content, idx, path));
  path_cache.emplace(path, idx);
  return idx;
}

int Preprocessor::search_include(std::string_view name, bool angled, bool next, int& found_dir, bool cmdline) {
  std::string n(name);
  if (!n.empty() && n[0] == '/') {
    found_dir = -2;  // gcc: no search path; #include_next there searches anew
    return open_file(n, false);
  }
  size_t start;
  FileCtx* cur = top();
  if (next && cur && cur->found_dir >= 0) {
    start = (size_t)cur->found_dir + 1;
  } else if (next && cur && cur->found_dir == -1 && !angled) {
    start = 0;  // found in the includer's directory: continue with the quote chain
  } else if (angled) {
    start = bracket_start;
  } else {
    // "file": the includer's directory (the working directory for -include).
    std::string dir = cmdline ? std::string("./") : (cur ? cur->dir : std::string());
    int f = open_file(dir + n, cur ? cur->system : false);
    if (f >= 0) {
      found_dir = -1;
      return f;
    }
    start = 0;
  }
  for (size_t i = start; i < chain.size(); ++i) {
    std::string path = chain[i].name;
    if (!path.empty() && path.back() != '/') path.push_back('/');
    path += n;
    int f = open_file(path, chain[i].sys);
    if (f >= 0) {
      found_dir = (int)i;
      if (chain[i].sys) res.files[f].system = true;
      return f;
    }
  }
  return -1;
}

// Enter FILE.  Returns false when it was skipped (#pragma once, guard).
bool Preprocessor::push_file(int file, int found_dir, IncludeKind kind, Loc directive, bool system) {
  int content = file_content[file];
  Content& c = *bufs.contents[content];
  IncludeRecord ir{};
  ir.file = (uint32_t)file;
  ir.parent = files.empty() ? -1 : files.back().include_rec;
  ir.directive = directive;
  int b = file_buf[file];
  ir.base = bufs.bufs[b].base;
  ir.kind = kind;
  ir.first_tok = ir.end_tok = (uint32_t)res.tokens.size();
  bool skip = false;
  if (c.once && kind != IncludeKind::Main) skip = true;
  if (c.guard_known && c.guard && macro_def(c.guard) >= 0) {
    skip = true;
    ir.guard = c.guard;
  }
  if (skip) {
    ir.skipped = true;
    res.includes.push_back(ir);
    return false;
  }
  if (c.bad_offset >= 0) {
    res.includes.push_back(ir);
    diag.error(ir.base + (Loc)c.bad_offset, "null character in source file (a binary file?)");
    fatal = true;
    return false;
  }
  res.includes.push_back(ir);
  FileCtx f;
  f.lx.begin = f.lx.cur = c.text();
  f.lx.end = c.text() + c.text_len();
  f.lx.base = ir.base;
  f.lx.sp = c.splices.data();
  f.lx.sp_end = c.splices.data() + c.splices.size();
  f.buf = b;
  f.content = content;
  f.file = file;
  f.include_rec = (int)res.includes.size() - 1;
  f.found_dir = found_dir;
  f.dir = dir_of(res.files[file].path);
  f.if_base = ifs.size();
  f.system = system || res.files[file].system;
  f.discard = kind == IncludeKind::Imacros;
  files.push_back(std::move(f));
  line_changed = true;
  return true;
}

void Preprocessor::push_text(const std::string& name, const std::string& text, IncludeKind kind) {
  auto c = std::make_unique<Content>();
  make_content_from_text(text, false, *c);
  bufs.contents.push_back(std::move(c));
  int content = (int)bufs.contents.size() - 1;
  int b = bufs.add_buf(content, -1, name);
  Content& cc = *bufs.contents[content];
  IncludeRecord ir{};
  ir.file = 0;
  ir.parent = -1;
  ir.base = bufs.bufs[b].base;
  ir.kind = kind;
  ir.first_tok = ir.end_tok = (uint32_t)res.tokens.size();
  res.includes.push_back(ir);
  FileCtx f;
  f.lx.begin = f.lx.cur = cc.text();
  f.lx.end = cc.text() + cc.text_len();
  f.lx.base = ir.base;
  f.lx.sp = cc.splices.data();
  f.lx.sp_end = cc.splices.data() + cc.splices.size();
  f.buf = b;
  f.content = content;
  f.file = -1;
  f.include_rec = (int)res.includes.size() - 1;
  f.found_dir = -2;
  f.if_base = ifs.size();
  f.system = false;
  f.discard = false;
  files.push_back(std::move(f));
  line_changed = true;
}

void Preprocessor::pop_file() {
  FileCtx& f = files.back();
  while (ifs.size() > f.if_base) {
    IfState& s = ifs.back();
    diag.error(s.loc + 1, std::string("unterminated #") +
                               (s.last == CondRecord::If ? "if" : s.last == CondRecord::Ifdef ? "ifdef"
                                : s.last == CondRecord::Ifndef ? "ifndef" : s.last == CondRecord::Else ? "else"
                                : s.last == CondRecord::Elif ? "elif" : s.last == CondRecord::Elifdef ? "elifdef"
                                : "elifndef"));
    ifs.pop_back();
  }
  IncludeRecord& ir = res.includes[f.include_rec];
  ir.end_tok = (uint32_t)res.tokens.size();
  if (f.content >= 0 && f.file >= 0) {
    Content& c = *bufs.contents[f.content];
    if (f.mi == FileCtx::MI_AFTER) {
      c.guard_known = true;
      c.guard = f.mi_guard;
      ir.guard = f.mi_guard;
    }
  }
  files.pop_back();
  line_changed = true;
}

bool Preprocessor::read_header_name(std::string& name, bool& angled, Loc& loc) {
  Lexer& lx = files.back().lx;
  PTok t;
  if (pending.size() == pend_floor && lex_header_name(lx, t)) {
    std::string_view s = strs.str(t.spelling);
    name.assign(s.substr(1, s.size() - 2));
    angled = true;
    loc = t.loc;
    return true;
  }
  lex_directive_token(t);
  if (t.kind == TK_STRING) {
    std::string_view s = strs.str(t.spelling);
    if (s[0] == '"') {
      name.assign(s.substr(1, s.size() - 2));
      angled = false;
      loc = t.loc;
      return true;
    }
  }
  // Macro-expanded form (6.10.2p4).
  pending.push_back(t);
  PTok a;
  do next(a); while (a.kind == TK_PADDING);
  loc = a.loc;
  if (a.kind == TK_STRING) {
    std::string_view s = strs.str(a.spelling);
    if (s[0] == '"') {
      name.assign(s.substr(1, s.size() - 2));
      angled = false;
      return true;
    }
  }
  if (a.kind == TK_LT) {
    name.clear();
    for (;;) {
      PTok b;
      next(b);
      if (b.kind == TK_PADDING) continue;
      if (b.kind == TK_EOD || b.kind == TK_EOF) {
        diag.error(loc, "missing terminating > character");
        return false;
      }
      if (b.kind == TK_GT) break;
      if ((b.flags & TF_LEADING_SPACE) && !name.empty()) name.push_back(' ');
      name.append(strs.str(b.spelling));
    }
    angled = true;
    return true;
  }
  diag.error(a.loc, "#include expects \"FILENAME\" or <FILENAME>");
  return false;
}

void Preprocessor::do_include(Loc hl, IncludeKind kind) {
  std::string name;
  bool angled = false;
  Loc loc = hl;
  directive_wants_padding = true;
  bool ok = read_header_name(name, angled, loc);
  directive_wants_padding = false;
  Loc eol = hl;
  if (!files.empty()) {
    // consume the rest; remember where the line ends for diagnostics
    end_directive();
    eol = files.back().lx.loc_at(files.back().lx.cur);
  } else {
    end_directive();
  }
  if (!ok || fatal) return;
  if (name.empty()) {
    diag.error(loc, "empty filename in #include");
    return;
  }
  bool next = kind == IncludeKind::IncludeNext;
  if (next && files.back().found_dir == -2) next = false;  // in the main file
  int found_dir = -1;
  int f = search_include(name, angled, next, found_dir);
  if (f < 0) {
    diag.fatal(loc, name + ": No such file or directory");
    fatal = true;
    return;
  }
  if (files.size() + (size_t)depth_bias >= opt.max_include_depth) {
    diag.error(eol, "#include nested depth " + std::to_string(files.size() + depth_bias) +
                        " exceeds maximum of " + std::to_string(opt.max_include_depth) +
                        " (use -fmax-include-depth=DEPTH to increase the maximum)");
    return;
  }
  push_file(f, found_dir, kind, hl, false);
}

} // namespace kcarve::pp::detail
