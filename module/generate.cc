// generate.cc — writes a live patch module directory from carved sources and
// their manifests.
//
// The glue file (kcarve_glue.c) holds what the kernel's livepatch core needs
// (Documentation/livepatch/livepatch.rst: klp_func with old_sympos, klp_object
// with callbacks, klp_patch with replace) and what the kcarve runtime needs
// (kernel/kcarve.h: struct kcarve_update with run-pre images and kallsyms
// symbols).  Run-pre images, their skip tables and the resolution tables are
// __initconst: the runtime copies them at registration and the module loader
// frees the originals after init.  Pointers to __init data are stored into the
// update only from the __init function, so modpost sees no section mismatch.
//
// klp-reloc symbols stay plain externs in the carved sources; the Kbuild file
// compiles those with `-include kcarve_klp.h` (`#pragma weak` for each, so
// modpost lets them through), and the generated Makefile runs
// `kcarve module --klp-fixup` (klp_reloc.cc) on the linked .ko.  The glue's
// init refuses to run until the fixup has set its `.kcarve.klp` flag.
//
// The directory is first written under a temporary name and renamed into
// place, so a failed run leaves nothing behind.
#include "module/generate.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <tuple>

#include "module/elf.h"
#include "module/klp_reloc.h"
#include "module/manifest.h"

namespace kcarve::module {

namespace fs = std::filesystem;

namespace {

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::stringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

bool write_file(const fs::path& path, const std::string& text, std::string& err) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  out.close();
  if (!out) { err += "kcarve: error: cannot write " + path.string() + "\n"; return false; }
  return true;
}

std::string c_string(const std::string& s) {
  std::string o = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') o += '\\';
    o += c;
  }
  return o + "\"";
}

// Exported symbol names of a Module.symvers (CRC, name, module, export type).
std::set<std::string> read_symvers(const std::string& path) {
  std::set<std::string> names;
  std::string text;
  if (!read_file(path, text)) return names;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    size_t a = line.find('\t');
    if (a == std::string::npos) continue;
    size_t b = line.find('\t', a + 1);
    names.insert(line.substr(a + 1, b == std::string::npos ? std::string::npos : b - a - 1));
  }
  return names;
}

// Runs the original TU's compile command with its output redirected to OBJ.
bool build_original(const Manifest& m, const std::string& obj, std::string& err) {
  std::vector<std::string> args;
  const auto& cmd = m.original.command;
  bool have_o = false;
  for (size_t i = 0; i < cmd.size(); ++i) {
    if (cmd[i].rfind("-Wp,-MMD,", 0) == 0 || cmd[i].rfind("-Wp,-MD,", 0) == 0) continue;
    if (cmd[i] == "-o" && i + 1 < cmd.size()) { args.push_back("-o"); args.push_back(obj); ++i; have_o = true; continue; }
    args.push_back(cmd[i]);
  }
  if (!have_o) { args.push_back("-o"); args.push_back(obj); }
  // A relative directory is relative to the manifest.
  fs::path dir(m.original.directory);
  if (dir.is_relative()) dir = fs::absolute(fs::path(m.path)).parent_path() / dir;
  std::string dirs = dir.lexically_normal().string();
  pid_t pid = fork();
  if (pid < 0) { err += "kcarve: error: cannot fork\n"; return false; }
  if (pid == 0) {
    if (chdir(dirs.c_str()) != 0) { std::perror(dirs.c_str()); _exit(127); }
    std::vector<char*> av;
    for (auto& a : args) av.push_back(const_cast<char*>(a.c_str()));
    av.push_back(nullptr);
    execvp(av[0], av.data());
    std::perror(av[0]);
    _exit(127);
  }
  int st = 0;
  if (waitpid(pid, &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st) != 0) {
    err += m.path + ": error: the original translation unit's compile command failed\n";
    return false;
  }
  return true;
}

struct ObjectFuncs {
  std::vector<const PatchedFunction*> funcs;
  const Callbacks* cb = nullptr;
};

void emit_bytes(std::ostringstream& g, const std::vector<uint8_t>& b) {
  char buf[8];
  for (size_t i = 0; i < b.size(); ++i) {
    if (i % 12 == 0) g << (i ? "\n\t" : "\t");
    std::snprintf(buf, sizeof buf, "0x%02x,", b[i]);
    g << buf << (i % 12 == 11 || i + 1 == b.size() ? "" : " ");
  }
  g << "\n";
}

std::string glue(const std::string& id, bool replace, bool klp, const std::vector<Manifest>& ms,
                 const std::vector<std::pair<const PatchedFunction*, RunpreImage>>& images,
                 const std::vector<std::string>& sources) {
  std::ostringstream g;
  g << "// SPDX-License-Identifier: GPL-2.0\n"
       "/*\n * Generated by `kcarve module` from";
  for (const auto& s : sources) g << " " << s;
  g << ".\n * Do not edit: regenerate instead.\n */\n"
       "#include <linux/module.h>\n#include <linux/kernel.h>\n#include <linux/init.h>\n"
       "#include <linux/livepatch.h>\n#include \"kcarve.h\"\n\n";

  // Declarations of what the carved sources define.
  g << "/* Replacement functions, defined in the carved sources. */\n";
  std::set<std::string> declared;
  for (const auto& m : ms)
    for (const auto& f : m.functions)
      if (declared.insert(f.new_name).second) g << "extern void " << f.new_name << "(void);\n";
  bool any_cb = false;
  for (const auto& m : ms)
    for (const auto& c : m.callbacks) {
      if (!any_cb) g << "\n/* Callbacks, defined in the carved sources. */\n";
      any_cb = true;
      for (const std::string* n : {&c.pre_patch})
        if (!n->empty() && declared.insert(*n).second) g << "extern int " << *n << "(struct klp_object *obj);\n";
      for (const std::string* n : {&c.post_patch, &c.pre_unpatch, &c.post_unpatch})
        if (!n->empty() && declared.insert(*n).second) g << "extern void " << *n << "(struct klp_object *obj);\n";
    }

  // kallsyms-method symbols: pointer variables the runtime fills.
  std::vector<const ExternSymbol*> ksyms;
  for (const auto& m : ms)
    for (const auto& s : m.symbols)
      if (s.method == Method::Kallsyms) ksyms.push_back(&s);
  if (!ksyms.empty()) {
    g << "\n/* Symbols reached through kallsyms: the carved sources declare these\n"
         " * pointers extern; the runtime sets them before the update is applied. */\n";
    for (auto* s : ksyms) g << "void *" << s->name << ";\n";
  }

  // Objects in order of first appearance, vmlinux first.
  std::vector<std::string> order;
  std::map<std::string, ObjectFuncs> objs;
  auto touch = [&](const std::string& o) -> ObjectFuncs& {
    if (!objs.count(o)) order.push_back(o);
    return objs[o];
  };
  for (const auto& m : ms) {
    for (const auto& f : m.functions) touch(f.object).funcs.push_back(&f);
    for (const auto& c : m.callbacks) touch(c.object).cb = &c;
  }
  std::stable_partition(order.begin(), order.end(), [](const std::string& o) { return o == "vmlinux"; });

  g << "\n/* The live patch (Documentation/livepatch/livepatch.rst). */\n";
  for (size_t i = 0; i < order.size(); ++i) {
    g << "static struct klp_func kcarve_funcs_" << i << "[] = {\n";
    for (auto* f : objs[order[i]].funcs)
      g << "\t{\n\t\t.old_name = " << c_string(f->name) << ",\n\t\t.new_func = " << f->new_name
        << ",\n\t\t.old_sympos = " << f->sympos << ",\n\t},\n";
    g << "\t{ }\n};\n\n";
  }
  g << "static struct klp_object kcarve_objs[] = {\n";
  for (size_t i = 0; i < order.size(); ++i) {
    const ObjectFuncs& of = objs[order[i]];
    g << "\t{\n\t\t.name = " << (order[i] == "vmlinux" ? std::string("NULL") : c_string(order[i]))
      << ",\n\t\t.funcs = kcarve_funcs_" << i << ",\n";
    if (of.cb) {
      g << "\t\t.callbacks = {\n";
      if (!of.cb->pre_patch.empty()) g << "\t\t\t.pre_patch = " << of.cb->pre_patch << ",\n";
      if (!of.cb->post_patch.empty()) g << "\t\t\t.post_patch = " << of.cb->post_patch << ",\n";
      if (!of.cb->pre_unpatch.empty()) g << "\t\t\t.pre_unpatch = " << of.cb->pre_unpatch << ",\n";
      if (!of.cb->post_unpatch.empty()) g << "\t\t\t.post_unpatch = " << of.cb->post_unpatch << ",\n";
      g << "\t\t},\n";
    }
    g << "\t},\n";
  }
  g << "\t{ }\n};\n\n"
       "static struct klp_patch kcarve_patch = {\n\t.mod = THIS_MODULE,\n\t.objs = kcarve_objs,\n"
    << "\t.replace = " << (replace ? "true" : "false") << ",\n};\n";

  // Run-pre images.
  if (!images.empty())
    g << "\n/* Run-pre images: each patched function's object code as compiled from\n"
         " * the original translation unit, and the byte ranges not compared\n"
         " * (relocations, the __fentry__ call, run-time patch sites). */\n";
  for (size_t i = 0; i < images.size(); ++i) {
    const RunpreImage& im = images[i].second;
    g << "\n/* " << im.name << ": " << im.bytes.size() << " bytes at " << im.section << "+0x" << std::hex
      << im.section_offset << std::dec << " */\n";
    g << "static const u8 kcarve_rp_bytes_" << i << "[] __initconst = {\n";
    emit_bytes(g, im.bytes);
    g << "};\n";
    g << "static const struct kcarve_skip kcarve_rp_skip_" << i << "[] __initconst = {\n";
    for (const auto& s : im.skip) g << "\t{ " << s.offset << ", " << s.len << " },\t/* " << s.why << " */\n";
    if (im.skip.empty()) g << "\t{ 0, 0 }\n";
    g << "};\n";
  }
  if (!images.empty()) {
    g << "\nstatic const struct kcarve_runpre kcarve_runpre[] __initconst = {\n";
    for (size_t i = 0; i < images.size(); ++i) {
      const PatchedFunction* f = images[i].first;
      g << "\t{\n\t\t.name = " << c_string(f->name) << ",\n\t\t.objname = "
        << (f->object == "vmlinux" ? std::string("NULL") : c_string(f->object)) << ",\n\t\t.sympos = " << f->sympos
        << ",\n\t\t.bytes = kcarve_rp_bytes_" << i << ",\n\t\t.size = sizeof(kcarve_rp_bytes_" << i
        << "),\n\t\t.skip = kcarve_rp_skip_" << i << ",\n\t\t.nskip = " << images[i].second.skip.size()
        << ",\n\t},\n";
    }
    g << "};\n";
  }
  if (!ksyms.empty()) {
    g << "\nstatic const struct kcarve_ksym kcarve_ksyms[] __initconst = {\n";
    for (auto* s : ksyms)
      g << "\t{\n\t\t.name = " << c_string(s->original) << ",\n\t\t.objname = "
        << (s->object == "vmlinux" ? std::string("NULL") : c_string(s->object)) << ",\n\t\t.sympos = " << s->sympos
        << ",\n\t\t.addr = &" << s->name << ",\n\t},\n";
    g << "};\n";
  }

  if (klp)
    g << "\n/* Set to 1 by `kcarve module --klp-fixup` once the livepatch relocations\n"
         " * are in place; until then the klp-reloc symbols are unresolved. */\n"
         "static volatile unsigned char kcarve_klp_done\n"
         "\t__attribute__((__section__(\"" << kKlpDoneSection << "\"), __used__)) = 0;\n";
  g << "\nstatic struct kcarve_update kcarve_update = {\n\t.abi_version = KCARVE_ABI_VERSION,\n\t.id = "
    << c_string(id) << ",\n\t.owner = THIS_MODULE,\n\t.patch = &kcarve_patch,\n};\n\n"
       "static int __init kcarve_patch_init(void)\n{\n";
  if (klp)
    g << "\tif (!kcarve_klp_done) {\n\t\tpr_err(\"kcarve: %s: livepatch relocations not written "
         "(run kcarve module --klp-fixup)\\n\",\n\t\t       kcarve_update.id);\n\t\treturn -ENOEXEC;\n\t}\n";
  if (!images.empty())
    g << "\tkcarve_update.runpre = kcarve_runpre;\n\tkcarve_update.nrunpre = ARRAY_SIZE(kcarve_runpre);\n";
  if (!ksyms.empty())
    g << "\tkcarve_update.ksyms = kcarve_ksyms;\n\tkcarve_update.nksyms = ARRAY_SIZE(kcarve_ksyms);\n";
  g << "\treturn kcarve_register_update(&kcarve_update);\n}\n\n"
       "static void __exit kcarve_patch_exit(void)\n{\n\tkcarve_unregister_update(&kcarve_update);\n}\n\n"
       "module_init(kcarve_patch_init);\nmodule_exit(kcarve_patch_exit);\n"
       "MODULE_LICENSE(\"GPL\");\nMODULE_INFO(livepatch, \"Y\");\n"
       "MODULE_DESCRIPTION(\"kcarve live patch "
    << id << "\");\n";
  return g.str();
}

} // namespace

bool generate(const GenerateOptions& o, std::string& err) {
  // Manifests.
  std::vector<Manifest> ms(o.pairs.size());
  for (size_t i = 0; i < o.pairs.size(); ++i)
    if (!read_manifest(o.pairs[i].second, ms[i], err)) return false;
  const std::string& id = ms[0].id;
  bool replace = o.replace;
  std::set<std::string> new_names, basenames;
  std::set<std::tuple<std::string, std::string, unsigned long>> patched;
  for (const auto& m : ms) {
    if (m.id != id) { err = m.path + ": error: update id '" + m.id + "' differs from '" + id + "' of " + ms[0].path; return false; }
    replace = replace || m.replace;
    for (const auto& f : m.functions) {
      if (!patched.insert({f.name, f.object, f.sympos}).second) {
        err = m.path + ": error: function '" + f.name + "' is patched by two manifests";
        return false;
      }
      if (!new_names.insert(f.new_name).second) {
        err = m.path + ": error: replacement name '" + f.new_name + "' used twice";
        return false;
      }
    }
  }
  // klp-reloc symbols: one target per name across the manifests.
  std::map<std::string, const ExternSymbol*> klp;
  for (const auto& m : ms)
    for (const auto& s : m.symbols) {
      if (s.method != Method::KlpReloc) continue;
      auto [it, fresh] = klp.emplace(s.name, &s);
      const ExternSymbol& t = *it->second;
      if (!fresh && (t.original != s.original || t.object != s.object || t.sympos != s.sympos)) {
        err = s.where + ": error: klp-reloc symbol '" + s.name + "' names another target than at " + t.where;
        return false;
      }
    }
  for (const auto& p : o.pairs) {
    std::string base = fs::path(p.first).filename().string();
    std::string stem = base.substr(0, base.size() - 2);
    if (stem == id || stem == "kcarve_glue" || !basenames.insert(base).second) {
      err = p.first + ": error: carved source name '" + base + "' clashes with the module's other files";
      return false;
    }
    if (!fs::is_regular_file(p.first)) { err = p.first + ": error: cannot read carved source"; return false; }
  }

  // Export-method symbols must be exported by the target kernel.
  if (!o.kdir.empty()) {
    std::set<std::string> exported = read_symvers(o.kdir + "/Module.symvers");
    if (exported.empty()) { err = o.kdir + "/Module.symvers: error: cannot read exports"; return false; }
    for (const auto& m : ms)
      for (const auto& s : m.symbols)
        if (s.method == Method::Export && !exported.count(s.original)) {
          err = m.path + ": error: symbol '" + s.original + "' has method \"export\" but " + o.kdir +
                "/Module.symvers does not export it";
          return false;
        }
  }

  // Temporary output directory beside the final one.
  fs::path out(o.outdir);
  fs::path parent = out.has_parent_path() ? out.parent_path() : fs::path(".");
  std::string tmpl = (parent / (out.filename().string() + ".tmpXXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  if (!mkdtemp(buf.data())) { err = "kcarve: error: cannot create a directory beside " + o.outdir; return false; }
  fs::path tmp = fs::absolute(fs::path(buf.data()));
  // mkdtemp creates 0700; the module directory gets the usual mode.
  mode_t mask = umask(0);
  umask(mask);
  chmod(tmp.c_str(), 0777 & ~mask);
  auto fail = [&]() {
    std::error_code ec;
    fs::remove_all(tmp, ec);
    return false;
  };

  // Original objects: given, or built from the manifests' commands.
  std::vector<std::string> objpaths = o.runpre;
  if (objpaths.empty()) {
    for (size_t i = 0; i < ms.size(); ++i) {
      if (!ms[i].has_original) continue;
      std::string obj = (tmp / ("orig" + std::to_string(i) + ".o")).string();
      if (!build_original(ms[i], obj, err)) return fail();
      objpaths.push_back(obj);
    }
  }
  std::vector<std::unique_ptr<ElfObject>> objs;
  for (const auto& p : objpaths) {
    objs.push_back(std::make_unique<ElfObject>());
    if (!objs.back()->load(p, err)) return fail();
  }
  std::vector<std::pair<const PatchedFunction*, RunpreImage>> images;
  if (!objs.empty()) {
    for (const auto& m : ms)
      for (const auto& f : m.functions) {
        const ElfObject* src = nullptr;
        for (const auto& e : objs)
          if (e->defines(f.name)) {
            if (src) {
              err = m.path + ": error: function '" + f.name + "' is defined in both " + src->path() + " and " + e->path();
              return fail();
            }
            src = e.get();
          }
        if (!src) {
          err = m.path + ": error: no original object defines function '" + f.name + "' (run-pre image)";
          return fail();
        }
        images.emplace_back(&f, RunpreImage{});
        if (!src->extract(f.name, images.back().second, err)) return fail();
      }
    for (size_t i = 0; i < objs.size(); ++i)
      if (objpaths[i].rfind(tmp.string(), 0) == 0) fs::remove(objpaths[i]);
  } else {
    std::fprintf(stderr, "kcarve: warning: no original object: the update has no run-pre images\n");
  }

  // Sources, header, glue, Kbuild, Makefile.
  std::vector<std::string> stems;
  std::string text;
  for (const auto& p : o.pairs) {
    if (!read_file(p.first, text)) { err = p.first + ": error: cannot read carved source"; return fail(); }
    std::string base = fs::path(p.first).filename().string();
    if (!write_file(tmp / base, text, err)) return fail();
    stems.push_back(base.substr(0, base.size() - 2));
    // With klp-reloc symbols the manifests travel with the module: the
    // fixup after the link reads them.
    if (!klp.empty()) {
      if (!read_file(p.second, text)) { err = p.second + ": error: cannot read manifest"; return fail(); }
      if (!write_file(tmp / (stems.back() + ".json"), text, err)) return fail();
    }
  }
  std::string hdr_dir = o.runtime.empty() ? std::string(KCARVE_KERNEL_SRCDIR) : o.runtime;
  if (!read_file(hdr_dir + "/kcarve.h", text)) { err = hdr_dir + "/kcarve.h: error: cannot read the runtime interface"; return fail(); }
  if (!write_file(tmp / "kcarve.h", text, err)) return fail();
  std::vector<std::string> srcnames;
  for (const auto& p : o.pairs) srcnames.push_back(fs::path(p.first).filename().string());
  if (!write_file(tmp / "kcarve_glue.c", glue(id, replace, !klp.empty(), ms, images, srcnames), err)) return fail();

  std::ostringstream kb;
  kb << "# Generated by `kcarve module`: the live patch module " << id << ".\n"
     << "obj-m := " << id << ".o\n" << id << "-y := kcarve_glue.o";
  for (const auto& s : stems) kb << " " << s << ".o";
  kb << "\n";
  if (!klp.empty()) {
    // Weak references pass modpost; --klp-fixup turns them into livepatch
    // symbols after the link (docs/manifest.md, "klp-reloc").
    std::ostringstream h;
    h << "/* Generated by `kcarve module`: the klp-reloc symbols, weak until\n"
         " * `kcarve module --klp-fixup` makes them livepatch symbols. */\n";
    for (const auto& [name, s] : klp) h << "#pragma weak " << name << "\n";
    if (!write_file(tmp / "kcarve_klp.h", h.str(), err)) return fail();
    for (const auto& s : stems) kb << "CFLAGS_" << s << ".o += -include $(src)/kcarve_klp.h\n";
  }
  if (!o.runtime.empty())
    kb << "KBUILD_EXTRA_SYMBOLS := " << fs::absolute(o.runtime).lexically_normal().string() << "/Module.symvers\n";
  if (!write_file(tmp / "Kbuild", kb.str(), err)) return fail();
  std::ostringstream mk;
  mk << "# Generated by `kcarve module`.  `make` builds " << id << ".ko against KDIR.\n"
     << "KDIR ?= " << (o.kdir.empty() ? std::string("/lib/modules/$(shell uname -r)/build") : fs::absolute(o.kdir).string())
     << "\n";
  if (!klp.empty()) {
    // The livepatch relocations are written into the linked .ko: after
    // Kbuild's last step, which no Kbuild file can extend.
    std::error_code ec;
    fs::path self = fs::read_symlink("/proc/self/exe", ec);
    mk << "KCARVE ?= " << (ec ? std::string("kcarve") : self.string()) << "\nall:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\n"
       << "\t$(KCARVE) module --klp-fixup=$(CURDIR)/" << id << ".ko";
    for (const auto& s : stems) mk << " $(CURDIR)/" << s << ".json";
    mk << "\n";
  } else {
    mk << "all:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) modules\n";
  }
  mk << "clean:\n\t$(MAKE) -C $(KDIR) M=$(CURDIR) clean\n";
  if (!write_file(tmp / "Makefile", mk.str(), err)) return fail();

  // Into place.
  std::error_code ec;
  if (fs::exists(out, ec)) fs::remove_all(out, ec);
  if (ec) { err = o.outdir + ": error: cannot replace: " + ec.message(); return fail(); }
  fs::rename(tmp, out, ec);
  if (ec) { err = o.outdir + ": error: cannot create: " + ec.message(); return fail(); }
  return true;
}

} // namespace kcarve::module
