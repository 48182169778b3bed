// kbuild_cmdline.cc — see kbuild_cmdline.h.
#include "driver/kbuild_cmdline.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unistd.h>

#include "driver/output_file.h"
#include "driver/subprocess.h"

namespace fs = std::filesystem;

namespace kcarve::driver {

namespace {

bool write_all(const std::string& path, const std::string& text, std::string& err) {
  std::ofstream o(path, std::ios::binary | std::ios::trunc);
  o << text;
  if (!o.flush()) { err = path + ": cannot write"; return false; }
  return true;
}

// A shell word for a Makefile recipe: single-quoted.
std::string sh_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// Mirrors directory D of KSRC under M: symlinks to its files, and a Kbuild
// reading the original kbuild file plus the pseudo-goal __kcmd_enabled.o.
bool mirror_dir(const std::string& ksrc, const std::string& m, const std::string& d, const std::string& enabled,
                std::string& err) {
  fs::path dst = fs::path(m) / d;
  if (fs::exists(dst / "Kbuild")) return true;
  std::error_code ec;
  fs::create_directories(dst, ec);
  if (ec) { err = dst.string() + ": " + ec.message(); return false; }
  fs::path src = fs::path(ksrc) / d;
  for (const fs::directory_entry& e : fs::directory_iterator(src, ec)) {
    std::string name = e.path().filename().string();
    if (!e.is_regular_file() || name == "Makefile" || name == "Kbuild") continue;
    fs::create_symlink(e.path(), dst / name, ec);
    if (ec) { err = (dst / name).string() + ": " + ec.message(); return false; }
  }
  if (ec) { err = src.string() + ": " + ec.message(); return false; }
  std::string kb = fs::exists(src / "Kbuild") ? (src / "Kbuild").string() : (src / "Makefile").string();
  std::string text = "include " + kb + "\n" +
                     "$(obj)/__kcmd_enabled.o: FORCE\n"
                     "\t@printf '%s\\n' $(real-obj-y) $(real-obj-m) $(lib-y) >> " + sh_quote(enabled) + "\n";
  return write_all((dst / "Kbuild").string(), text, err);
}

// The records __record-cc wrote: one file per compile, arguments NUL-separated.
std::vector<std::vector<std::string>> read_records(const std::string& dir) {
  std::vector<std::vector<std::string>> out;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::string text;
    if (!read_whole_file(f.string(), text)) continue;
    std::vector<std::string> args;
    for (size_t p = 0; p < text.size();) {
      size_t z = text.find('\0', p);
      if (z == std::string::npos) z = text.size();
      args.push_back(text.substr(p, z - p));
      p = z + 1;
    }
    out.push_back(std::move(args));
  }
  return out;
}

} // namespace

bool derive_kbuild_cmdlines(const KbuildRequest& req, std::map<std::string, std::vector<std::string>>& out,
                            std::string& err) {
  std::string m = fs::absolute(req.workdir).string() + "/m";
  std::string recs = fs::absolute(req.workdir).string() + "/records";
  std::string enabled = fs::absolute(req.workdir).string() + "/enabled";
  std::string makelog = fs::absolute(req.workdir).string() + "/make.log";
  std::error_code ec;
  fs::create_directories(m, ec);
  fs::create_directories(recs, ec);
  if (ec) { err = req.workdir + ": " + ec.message(); return false; }
  if (!write_all(enabled, "", err)) return false;

  // The root: the kernel's top-level object list, with what the top Makefile
  // and arch/x86/Makefile add as ARCH_CORE, ARCH_LIB and ARCH_DRIVERS.
  std::string top;
  if (!read_whole_file(req.ksrc + "/Kbuild", top)) { err = req.ksrc + "/Kbuild: cannot read (not a kernel tree?)"; return false; }
  std::string root =
      "ARCH_CORE :=\nARCH_LIB := lib/ arch/x86/lib/\nARCH_DRIVERS :=\n"
      "ARCH_DRIVERS += $(if $(filter y,$(CONFIG_MATH_EMULATION)),arch/x86/math-emu/)\n"
      "ARCH_DRIVERS += $(if $(filter y,$(CONFIG_PCI)),arch/x86/pci/)\n"
      "ARCH_DRIVERS += $(if $(filter y,$(CONFIG_PM)),arch/x86/power/)\n"
      "ARCH_DRIVERS += $(if $(filter y,$(CONFIG_FB)),arch/x86/video/)\n";
  std::istringstream tl(top);
  for (std::string l; std::getline(tl, l);)
    if (l.compare(0, 4, "obj-") == 0) root += l + "\n";
  if (!write_all(m + "/Kbuild", root, err)) return false;

  std::vector<std::string> goals;
  std::set<std::string> dirs_done;
  for (const std::string& u : req.units) {
    if (u.size() < 3 || u.compare(u.size() - 2, 2, ".c") != 0 || u.find('/') == std::string::npos) {
      err = u + ": not a kernel source file (DIR/FILE.c)";
      return false;
    }
    std::string d = u.substr(0, u.rfind('/'));
    for (std::string p = d;;) {
      if (!mirror_dir(req.ksrc, m, p, enabled, err)) return false;
      size_t s = p.rfind('/');
      if (s == std::string::npos) break;
      p.resize(s);
    }
    goals.push_back(u.substr(0, u.size() - 2) + ".o");
    if (dirs_done.insert(d).second) goals.push_back(d + "/__kcmd_enabled.o");
  }

  // The recorder, as one program name for Kbuild's $(CC).
  std::string wrapper = fs::absolute(req.workdir).string() + "/cc";
  std::string w = "#!/bin/sh\nexec " + sh_quote(req.self) + " __record-cc " + sh_quote(recs) + " " + sh_quote(m) +
                  " " + sh_quote(req.cc) + " \"$@\"\n";
  if (!write_all(wrapper, w, err)) return false;
  fs::permissions(wrapper, fs::perms::owner_all, fs::perm_options::add, ec);

  Command mk;
  mk.argv = {"make", "-k", "-j" + std::to_string(req.jobs < 1 ? 1 : req.jobs), "-C", req.ksrc, "M=" + m, "CC=" + wrapper};
  mk.argv.insert(mk.argv.end(), goals.begin(), goals.end());
  mk.log = makelog;
  int st = run_command(mk, err);
  if (st < 0) return false;
  if (st == 127) { err = "cannot run make"; return false; }
  // make -k fails by design (the recorder fails every compile): the records
  // and the enabled list say what happened.

  std::string en;
  read_whole_file(enabled, en);
  std::set<std::string> built;
  std::istringstream el(en);
  for (std::string l; std::getline(el, l);) built.insert(l);
  std::vector<std::vector<std::string>> records = read_records(recs);
  for (const std::string& u : req.units) {
    std::string obj = u.substr(0, u.size() - 2) + ".o";
    if (!built.count(m + "/" + obj)) {
      err = u + ": not built by this kernel's configuration (" + req.ksrc + "/.config)";
      if (en.empty()) err += "; make said:\n" + tail_lines(makelog, 8);
      return false;
    }
    const std::vector<std::string>* found = nullptr;
    for (const auto& r : records)
      for (size_t i = 0; i + 2 < r.size(); ++i)
        if (r[i] == "-o" && r[i + 1] == obj && r.back() == u) found = &r;
    if (!found) {
      err = u + ": Kbuild ran no compile for it; make said:\n" + tail_lines(makelog, 8);
      return false;
    }
    out[u] = *found;
  }
  return true;
}

int record_cc_main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "kcarve: error: __record-cc needs LOGDIR MIRROR REALCC\n");
    return 2;
  }
  std::string recs = argv[1], m = argv[2];
  std::vector<std::string> args(argv + 4, argv + argc);
  bool compile = false, mirrored = false;
  for (const std::string& a : args) {
    if (a == "-c") compile = true;
    if (a.size() > m.size() + 3 && a.compare(0, m.size() + 1, m + "/") == 0 && a.compare(a.size() - 2, 2, ".c") == 0)
      mirrored = true;
  }
  if (compile && mirrored) {
    std::string rec;
    for (size_t i = 0; i < args.size(); ++i) {
      std::string a = args[i];
      for (size_t p; (p = a.find(m + "/")) != std::string::npos;) a.erase(p, m.size() + 1);
      for (size_t p; (p = a.find(m)) != std::string::npos;) a.replace(p, m.size(), ".");
      if (i) rec += '\0';
      rec += a;
    }
    std::string tmpl = recs + "/rec.XXXXXX";
    int fd = mkstemp(tmpl.data());
    if (fd < 0 || write(fd, rec.data(), rec.size()) != ssize_t(rec.size())) {
      std::fprintf(stderr, "kcarve __record-cc: cannot write %s: %s\n", tmpl.c_str(), std::strerror(errno));
      return 2;
    }
    close(fd);
    return 1;  // recorded, not compiled
  }
  std::vector<char*> av{argv[3]};
  for (int i = 4; i < argc; ++i) av.push_back(argv[i]);
  av.push_back(nullptr);
  execvp(av[0], av.data());
  std::fprintf(stderr, "kcarve __record-cc: cannot run %s: %s\n", argv[3], std::strerror(errno));
  return 127;
}

} // namespace kcarve::driver
