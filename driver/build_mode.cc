// build_mode.cc — `kcarve build`: from a fix to a built live patch module
// (docs/build.md).
//
//   kcarve build --patch=FIX.patch --ksrc=SRC --kdir=KDIR --symbols=FILE[,FILE]
//                --symvers=FILE --outdir=DIR [--method=klp-reloc|kallsyms]
//                [--moddir=DIR] [--runtime=RTDIR] [--id=ID] [--tu=PATH.c] [-j N]
//
// Steps, each of which names its cause when it fails:
//  1. read the fix; its .c files (and --tu) are the translation units;
//  2. ask Kbuild for each unit's real command line (kbuild_cmdline.h);
//  3. carve each unit with --patch and the kernel policy, -j at a time,
//     each a `kcarve` process run from SRC (diagnostics in its log, copied to
//     stderr when it fails);
//  4. `kcarve module` over all carves, then `make` in the module directory
//     (Kbuild against KDIR, and the klp-reloc fixup);
//  5. a human summary (SUMMARY and stdout) from the manifests.
// Everything is made under DIR.part and renamed to DIR only when the module
// is built: a failure leaves no half-built module (DIR.part is removed too,
// unless --keep-failed keeps it for inspection).
#include "driver/build_mode.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include "driver/kbuild_cmdline.h"
#include "driver/output_file.h"
#include "driver/subprocess.h"
#include "fixdiff/fixdiff.h"
#include "kpolicy/kpolicy.h"
#include "module/manifest.h"

namespace fs = std::filesystem;

namespace kcarve::driver {

namespace {

const char kBuildUsage[] =
    "usage: kcarve build --patch=FIX.patch --ksrc=SRC --kdir=KDIR --symbols=FILE[,FILE...]\n"
    "                    --symvers=FILE --outdir=DIR [OPTIONS]\n"
    "  --patch=FIX.patch   the fix (unified diff, -p1 from the kernel tree)\n"
    "  --ksrc=SRC          the unpatched kernel source, configured (.config, include/generated)\n"
    "  --kdir=KDIR         the tree external modules build against (linux-headers)\n"
    "  --symbols=FILE      the running kernel's symbols: System.map, /proc/kallsyms, vmlinux, .ko\n"
    "  --symvers=FILE      its Module.symvers\n"
    "  --outdir=DIR        the module directory to make (must not exist)\n"
    "  --method=M          klp-reloc (default) or kallsyms, for symbols not exported\n"
    "  --moddir=DIR        the kernel's modules (lib/modules/VERSION): a fix in a module\n"
    "                      reads that module's .ko for its symbols\n"
    "  --runtime=RTDIR     the built kcarve runtime (kcarve.h, Module.symvers)\n"
    "  --id=ID             the update id (default: klp_ + the patch's name)\n"
    "  --tu=PATH.c         also carve this unit (a fix of a header only)\n"
    "  --cc=GCC            the compiler that built the kernel (default gcc)\n"
    "  -j N                carve N units at a time (default 1)\n"
    "  --keep-failed       keep DIR.part after a failure\n"
    "\n"
    "       kcarve build --ksrc=SRC --print-cmdlines PATH.c...\n"
    "  print each unit's Kbuild gcc command line (PATH ARGS, shell-quoted), as\n"
    "  testsuite/kernel/derive-cmdlines.sh does; run from SRC\n";

struct BuildOptions {
  std::string patch, ksrc, kdir, symvers, outdir, method, moddir, runtime, id, cc = "gcc";
  std::vector<std::string> symbols, tus;
  int jobs = 1;
  bool keep_failed = false;
  bool print_cmdlines = false;
};

int usage_error(const std::string& msg) {
  std::fprintf(stderr, "kcarve build: error: %s\n", msg.c_str());
  std::fprintf(stderr, "kcarve build: note: run 'kcarve build --help' for usage\n");
  return 2;
}

int fail(const std::string& msg) {
  std::fprintf(stderr, "kcarve build: error: %s\n", msg.c_str());
  return 1;
}

bool value(const std::string& a, const char* opt, std::string& out) {
  size_t n = std::strlen(opt);
  if (a.compare(0, n, opt) != 0) return false;
  out = a.substr(n);
  return true;
}

std::string ident_of(std::string s) {
  for (char& c : s)
    if (!isalnum((unsigned char)c)) c = '_';
  return s;
}

std::string self_exe() {
  std::error_code ec;
  fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string("kcarve") : p.string();
}

// The target module's .ko under MODDIR (any compression), or "".
std::string find_module(const std::string& moddir, const std::string& object) {
  std::error_code ec;
  for (fs::recursive_directory_iterator it(moddir, ec), end; !ec && it != end; it.increment(ec)) {
    if (!it->is_regular_file()) continue;
    std::string n = it->path().filename().string();
    size_t ko = n.find(".ko");
    if (ko == std::string::npos) continue;
    std::string base = n.substr(0, ko), rest = n.substr(ko);
    if (rest != ".ko" && rest != ".ko.xz" && rest != ".ko.zst" && rest != ".ko.gz") continue;
    std::replace(base.begin(), base.end(), '-', '_');
    if (base == object) return it->path().string();
  }
  return "";
}

// A configured tree: Kbuild must see the same configuration the headers have.
bool check_trees(const BuildOptions& o, std::string& err) {
  for (const char* f : {"/Kbuild", "/Makefile"})
    if (!fs::exists(o.ksrc + f)) { err = o.ksrc + " is not a kernel source tree (no " + std::string(f + 1) + ")"; return false; }
  if (!fs::exists(o.ksrc + "/.config") || !fs::exists(o.ksrc + "/include/generated/autoconf.h")) {
    err = o.ksrc + " is not configured: copy .config, include/config, include/generated and "
          "arch/x86/include/generated from " + o.kdir + " into it";
    return false;
  }
  std::string a, b;
  if (!read_whole_file(o.kdir + "/.config", b)) { err = o.kdir + "/.config: cannot read (not a kernel headers tree?)"; return false; }
  read_whole_file(o.ksrc + "/.config", a);
  if (a != b) {
    err = o.ksrc + "/.config differs from " + o.kdir + "/.config: the source is configured for another kernel";
    return false;
  }
  return true;
}

std::string count_lines(const std::string& file) {
  std::string t;
  read_whole_file(file, t);
  return std::to_string(std::count(t.begin(), t.end(), '\n'));
}

// A shell word as derive-cmdlines.sh writes it: bare when made of
// [A-Za-z0-9_./=,+:@%-] only, else single-quoted.
std::string shell_word(const std::string& a) {
  bool plain = !a.empty();
  for (char c : a)
    plain = plain && (isalnum((unsigned char)c) || std::strchr("_./=,+:@%-", c));
  if (plain) return a;
  std::string q = "'";
  for (char c : a) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

int print_cmdlines(const BuildOptions& o) {
  if (o.ksrc.empty()) return usage_error("--print-cmdlines needs --ksrc");
  if (o.tus.empty()) return usage_error("--print-cmdlines needs the units (PATH.c)");
  std::string tmpl = (std::getenv("TMPDIR") ? std::string(std::getenv("TMPDIR")) : std::string("/tmp")) + "/kcarve-kbuild.XXXXXX";
  if (!mkdtemp(tmpl.data())) return fail("cannot make a scratch directory");
  KbuildRequest kr;
  kr.ksrc = fs::absolute(o.ksrc).lexically_normal().string();
  kr.units = o.tus;
  kr.workdir = tmpl;
  kr.self = self_exe();
  kr.cc = o.cc;
  kr.jobs = std::max(2, o.jobs);
  std::map<std::string, std::vector<std::string>> cmdlines;
  std::string err;
  bool ok = derive_kbuild_cmdlines(kr, cmdlines, err);
  std::error_code ec;
  fs::remove_all(tmpl, ec);
  if (!ok) return fail(err);
  for (const std::string& u : o.tus) {
    std::string line = u;
    for (const std::string& a : cmdlines[u]) line += " " + shell_word(a);
    std::printf("%s\n", line.c_str());
  }
  return 0;
}

} // namespace

int build_main(int argc, char** argv) {
  BuildOptions o;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i], v;
    if (a == "--help") { std::fputs(kBuildUsage, stdout); return 0; }
    if (value(a, "--patch=", o.patch) || value(a, "--ksrc=", o.ksrc) || value(a, "--kdir=", o.kdir) ||
        value(a, "--symvers=", o.symvers) || value(a, "--outdir=", o.outdir) || value(a, "--moddir=", o.moddir) ||
        value(a, "--runtime=", o.runtime) || value(a, "--id=", o.id) || value(a, "--cc=", o.cc))
      continue;
    if (value(a, "--method=", o.method)) {
      if (o.method != "klp-reloc" && o.method != "kallsyms")
        return usage_error("--method must be klp-reloc or kallsyms, not '" + o.method + "'");
    } else if (value(a, "--symbols=", v)) {
      for (size_t p = 0; p <= v.size();) {
        size_t e = std::min(v.find(',', p), v.size());
        if (e > p) o.symbols.push_back(v.substr(p, e - p));
        p = e + 1;
      }
    } else if (value(a, "--tu=", v)) o.tus.push_back(v);
    else if (a == "--keep-failed") o.keep_failed = true;
    else if (a == "--print-cmdlines") o.print_cmdlines = true;
    else if (o.print_cmdlines && !a.empty() && a[0] != '-') o.tus.push_back(a);
    else if (a == "-j" || value(a, "-j", v)) {
      if (a == "-j") {
        if (++i == argc) return usage_error("-j needs a number");
        v = argv[i];
      }
      char* end = nullptr;
      long n = std::strtol(v.c_str(), &end, 10);
      if (v.empty() || *end || n < 1 || n > 256) return usage_error("-j needs a number from 1 to 256, not '" + v + "'");
      o.jobs = int(n);
    } else return usage_error("unrecognized option '" + a + "'");
  }
  if (o.print_cmdlines) return print_cmdlines(o);
  struct { const std::string* v; const char* name; } need[] = {
      {&o.patch, "--patch"}, {&o.ksrc, "--ksrc"}, {&o.kdir, "--kdir"}, {&o.symvers, "--symvers"}, {&o.outdir, "--outdir"}};
  for (auto& n : need)
    if (n.v->empty()) return usage_error(std::string(n.name) + " is required");
  if (o.symbols.empty()) return usage_error("--symbols is required (System.map, /proc/kallsyms, vmlinux or .ko)");
  for (std::string* p : {&o.patch, &o.ksrc, &o.kdir, &o.symvers, &o.moddir, &o.runtime})
    if (!p->empty()) *p = fs::absolute(*p).lexically_normal().string();
  for (std::string& s : o.symbols) s = fs::absolute(s).lexically_normal().string();
  while (o.outdir.size() > 1 && o.outdir.back() == '/') o.outdir.pop_back();
  for (const std::string* p : {&o.patch, &o.symvers})
    if (!fs::exists(*p)) return fail(*p + ": no such file");
  for (const std::string& s : o.symbols)
    if (!fs::exists(s)) return fail(s + ": no such file");
  std::error_code ec;
  if (fs::exists(o.outdir, ec)) return fail(o.outdir + " exists: kcarve build makes a new directory (remove it first)");

  std::string err;
  if (!check_trees(o, err)) return fail(err);

  // 1. The fix and its units.
  fixdiff::Patch patch;
  if (!fixdiff::read_patch_file(o.patch, patch, stderr)) return 1;
  std::vector<std::string> units = o.tus;
  for (const fixdiff::FilePatch& f : patch.files) {
    const std::string& p = f.path();
    if (p.size() > 2 && p.compare(p.size() - 2, 2, ".c") == 0 && !f.is_deleted &&
        std::find(units.begin(), units.end(), p) == units.end())
      units.push_back(p);
  }
  if (units.empty())
    return fail(o.patch + " changes no .c file: name the translation units that include the changed headers with --tu=PATH.c");
  std::string patch_name = fs::path(o.patch).filename().string();
  std::string stem = patch_name.size() > 6 && patch_name.compare(patch_name.size() - 6, 6, ".patch") == 0
                         ? patch_name.substr(0, patch_name.size() - 6) : patch_name;
  std::string id = o.id.empty() ? "klp_" + ident_of(stem) : o.id;
  if (id.size() > 55) id.resize(55);

  std::string stage = fs::absolute(o.outdir).string() + ".part";
  fs::remove_all(stage, ec);
  fs::create_directories(stage + "/work", ec);
  fs::create_directories(stage + "/carve", ec);
  if (ec) return fail(stage + ": " + ec.message());
  auto give_up = [&](const std::string& msg) {
    std::fprintf(stderr, "kcarve build: error: %s\n", msg.c_str());
    if (o.keep_failed) std::fprintf(stderr, "kcarve build: note: the work is kept in %s\n", stage.c_str());
    else fs::remove_all(stage, ec);
    return 1;
  };

  // 2. Command lines.
  KbuildRequest kr;
  kr.ksrc = o.ksrc;
  kr.units = units;
  kr.workdir = stage + "/work/kbuild";
  kr.self = self_exe();
  kr.cc = o.cc;
  kr.jobs = std::max(2, o.jobs);
  std::map<std::string, std::vector<std::string>> cmdlines;
  if (!derive_kbuild_cmdlines(kr, cmdlines, err)) return give_up("cannot get the Kbuild command line: " + err);

  // 3. Carves, o.jobs at a time.
  struct Job { std::string unit, name, log; pid_t pid = -1; int status = -1; };
  std::vector<Job> jobs;
  for (const std::string& u : units) {
    Job j;
    j.unit = u;
    j.name = ident_of(u.substr(0, u.size() - 2));
    j.log = stage + "/work/" + j.name + ".log";
    jobs.push_back(j);
  }
  size_t next = 0, running = 0;
  auto start = [&](Job& j) -> bool {
    std::vector<std::string> symbols = o.symbols;
    std::string object = kpolicy::target_object(cmdlines[j.unit]);
    if (object != "vmlinux") {
      std::string ko = o.moddir.empty() ? "" : find_module(o.moddir, object);
      if (!ko.empty()) symbols.push_back(ko);
      else if (o.moddir.empty()) std::fprintf(stderr, "kcarve build: note: %s is part of module %s; without --moddir "
                                              "its symbols must be in --symbols\n", j.unit.c_str(), object.c_str());
      else { err = j.unit + " is part of module " + object + ", which " + o.moddir + " does not have"; return false; }
    }
    Command c;
    c.argv = {kr.self, "--outfile=" + stage + "/carve/" + j.name + ".c", "--manifest=" + stage + "/carve/" + j.name + ".json",
              "--patch=" + o.patch, "--kernel-policy", "--symvers=" + o.symvers, "--cc=" + o.cc, "--id=" + id};
    std::string syms;
    for (const std::string& s : symbols) syms += (syms.empty() ? "" : ",") + s;
    c.argv.push_back("--symbols=" + syms);
    if (!o.method.empty()) c.argv.push_back("--method=" + o.method);
    c.argv.push_back("--");
    c.argv.insert(c.argv.end(), cmdlines[j.unit].begin(), cmdlines[j.unit].end());
    c.cwd = o.ksrc;
    c.log = j.log;
    j.pid = spawn(c, err);
    return j.pid >= 0;
  };
  bool failed = false;
  while (next < jobs.size() || running) {
    while (!failed && running < size_t(o.jobs) && next < jobs.size()) {
      if (!start(jobs[next])) { failed = true; break; }
      ++next;
      ++running;
    }
    if (!running) break;
    int status = 0;
    pid_t pid = wait(&status);
    if (pid < 0) break;
    for (Job& j : jobs)
      if (j.pid == pid) {
        j.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
        --running;
      }
  }
  if (failed) {
    for (Job& j : jobs) if (j.pid > 0 && j.status < 0) wait_for(j.pid);
    return give_up(err);
  }
  for (const Job& j : jobs) {
    std::string log;
    read_whole_file(j.log, log);
    if (j.status != 0) {
      std::fputs(log.c_str(), stderr);
      return give_up("carving " + j.unit + " failed" + (j.status > 128 ? " (killed by signal " + std::to_string(j.status - 128) + ")" : ""));
    }
  }

  // 4. The module.
  std::string out = stage + "/module";
  Command mod;
  mod.argv = {kr.self, "module", "--outdir=" + out, "--kdir=" + o.kdir};
  if (!o.runtime.empty()) mod.argv.push_back("--runtime=" + o.runtime);
  for (const Job& j : jobs) {
    mod.argv.push_back(stage + "/carve/" + j.name + ".c");
    mod.argv.push_back(stage + "/carve/" + j.name + ".json");
  }
  mod.log = stage + "/work/module.log";
  int st = run_command(mod, err);
  if (st != 0) {
    std::string log;
    read_whole_file(mod.log, log);
    std::fputs(log.c_str(), stderr);
    return give_up(st < 0 ? err : "kcarve module failed");
  }
  Command mk;
  mk.argv = {"make", "-C", out, "KDIR=" + o.kdir, "KCARVE=" + kr.self};
  mk.log = stage + "/work/make.log";
  st = run_command(mk, err);
  if (st != 0 || !fs::exists(out + "/" + id + ".ko")) {
    std::string log;
    read_whole_file(mk.log, log);
    std::fputs(log.c_str(), stderr);
    return give_up(st < 0 ? err : "building the module failed (make -C " + out + ", status " + std::to_string(st) + ")");
  }

  // 5. The summary.
  std::ostringstream sum;
  sum << "kcarve build: " << id << ".ko from " << patch_name << "\n"
      << "  kernel: " << o.kdir << "; method for unexported symbols: " << (o.method.empty() ? "klp-reloc" : o.method) << "\n";
  size_t nwarn = 0;
  for (const Job& j : jobs) {
    module::Manifest m;
    if (!module::read_manifest(stage + "/carve/" + j.name + ".json", m, err)) return give_up(err);
    sum << "\n" << j.unit << " -> " << j.name << ".c (" << count_lines(stage + "/carve/" + j.name + ".c") << " lines)\n";
    for (const module::PatchedFunction& f : m.functions)
      sum << "  patched   " << f.name << " (" << f.object << (f.sympos ? ", sympos " + std::to_string(f.sympos) : "")
          << ") as " << f.new_name << ": " << (f.why.empty() ? "patched" : f.why) << "\n";
    for (const auto& c : m.carried) sum << "  carried   " << c.first << ": " << c.second << "\n";
    std::map<std::string, std::vector<const module::ExternSymbol*>> by;
    for (const module::ExternSymbol& s : m.symbols)
      by[s.method == module::Method::Export ? "export" : s.method == module::Method::KlpReloc ? "klp-reloc" : "kallsyms"]
          .push_back(&s);
    for (const auto& [method, list] : by) {
      sum << "  " << method << " (" << list.size() << "):";
      for (const module::ExternSymbol* s : list) {
        sum << " " << s->original;
        if (s->object != "vmlinux" || s->sympos) sum << "[" << s->object << (s->sympos ? "," + std::to_string(s->sympos) : "") << "]";
      }
      sum << "\n";
    }
    std::string log;
    read_whole_file(j.log, log);
    std::istringstream ll(log);
    for (std::string l; std::getline(ll, l);)
      if (l.find("warning:") != std::string::npos) { sum << "  " << l << "\n"; ++nwarn; }
  }
  sum << "\n" << nwarn << " warning" << (nwarn == 1 ? "" : "s") << "\n";
  {
    std::ofstream f(out + "/SUMMARY");
    f << sum.str();
  }
  for (const char* l : {"module.log", "make.log"}) fs::copy_file(stage + "/work/" + l, out + "/" + l, ec);
  fs::rename(out, o.outdir, ec);
  if (ec) return give_up("cannot create " + o.outdir + ": " + ec.message());
  fs::remove_all(stage, ec);
  std::fputs(sum.str().c_str(), stdout);
  return 0;
}

} // namespace kcarve::driver
