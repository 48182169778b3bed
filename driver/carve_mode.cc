// carve_mode.cc — see carve_mode.h.
//
// Where the patched functions come from: --patched-functions, or with --patch
// what fixdiff finds changed (new functions and objects of the fix are
// "carried": the policy is told they are the patch's own, never the running
// kernel's).  With --kernel-policy the policy is built from the target
// kernel's tables; if no ipa-clones dump or TU object is given, the unit is
// compiled once more with gcc for them (kpolicy::compile_tu_for_policy), and
// the functions gcc inlined the patched ones into are patched too.  The
// manifest then carries each symbol's real position (object, sympos, method)
// and why each function is in.
#include "driver/carve_mode.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <cstring>
#include <dirent.h>
#include <unistd.h>

#include "closure/closure.h"
#include "depreproc/depreproc.h"
#include "driver/fix_units.h"
#include "driver/output_file.h"
#include "driver/unit_build.h"

namespace kcarve::driver {

namespace {

std::string basename_of(const std::string& p) {
  size_t s = p.find_last_of('/');
  return s == std::string::npos ? p : p.substr(s + 1);
}

bool contains(const std::vector<std::string>& v, const std::string& s) {
  for (const std::string& x : v)
    if (x == s) return true;
  return false;
}

// A scratch directory for the kernel policy's compile, removed with its files.
struct ScratchDir {
  std::string path;
  ~ScratchDir() {
    if (path.empty()) return;
    if (DIR* d = opendir(path.c_str())) {  // flat: gcc's object, dump and stderr
      while (dirent* e = readdir(d))
        if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0)
          unlink((path + "/" + e->d_name).c_str());
      closedir(d);
    }
    rmdir(path.c_str());
  }
  bool make() {
    const char* t = std::getenv("TMPDIR");
    std::string tmpl = std::string(t && *t ? t : "/tmp") + "/kcarve-policy.XXXXXX";
    if (!mkdtemp(tmpl.data())) return false;
    path = tmpl;
    return true;
  }
};

// Whether the unit defines a file-scope function NAME with external linkage.
bool has_external_linkage(const BuiltUnit& u, const std::string& name) {
  for (const ast::Symbol& y : u.sem.symbols)
    if (y.kind == ast::SymKind::Function && !y.scope_depth && y.defined && y.linkage == ast::Linkage::External &&
        u.pp.strings.str(y.name) == name)
      return true;
  return false;
}

// The manifest's entries from the kernel policy: each patched function at its
// symbol's position (a function with no symbol of its own is carried), each
// externalized symbol where the policy placed it.
bool kernel_manifest_entries(const closure::OutputPlan& plan, const kpolicy::KernelPolicy& kp,
                             const std::string& why_changed, pp::Diagnostics& diag, depreproc::ManifestInfo& mi) {
  bool ok = true;
  for (const closure::PatchedEntry& p : plan.patched) {
    std::string why;
    bool symbolless = false;
    for (const kpolicy::KernelPolicy::Patched& k : kp.patched())
      if (k.name == p.name) {
        why = k.why == "patched"                   ? why_changed
              : k.why.compare(0, 7, "patched") == 0  ? why_changed + k.why.substr(7)
              : k.why.compare(0, 8, "inlined ") == 0 ? "gcc inlined " + k.why.substr(8) + " into it (" + why_changed + ")"
                                                     : k.why;
        symbolless = k.symbol.empty() && k.problem.empty();
      }
    if (symbolless) {
      mi.carried.push_back({p.name, why});
      continue;
    }
    std::string err;
    auto pl = kp.place_patched(p.name, err);
    if (!pl) {
      diag.error_at("kcarve", "cannot patch '" + p.name + "': " + err);
      ok = false;
      continue;
    }
    mi.functions.push_back({pl->original, p.new_name, pl->object, pl->sympos, why});
  }
  for (const closure::ExternEntry& x : plan.externs) {
    std::string err;
    auto pl = kp.place(x.function, x.query, err, x.name);
    if (!pl && kp.unreferenced(x.query)) continue;  // declared, never called: no place needed
    if (!pl) {
      diag.error_at("kcarve", "cannot place '" + x.query + "' in the running kernel: " + err);
      ok = false;
      continue;
    }
    const char* method = x.pointer ? "kallsyms"
                         : pl->method == kpolicy::Method::Export && x.name == pl->original ? "export"
                                                                                          : "klp-reloc";
    std::string why = pl->method == kpolicy::Method::Export ? "exported" : "not exported";
    mi.symbols.push_back({x.name, pl->original, pl->object, method, pl->sympos, why});
  }
  // What the header functions used as they are name: their uses cannot be
  // renamed, so a symbol the kernel does not export is bound under its own
  // name by a klp relocation (whatever --method says), listed as optional:
  // the carve's code may not reach it after all.  Exported ones need
  // nothing; ones the unit's own object never references are dead there.
  for (const auto& [name, function] : plan.header_refs) {
    bool listed = false;
    for (const depreproc::ManifestSymbol& s : mi.symbols) listed = listed || s.name == name;
    if (listed || kp.unreferenced(name)) continue;
    std::string err;
    auto pl = kp.place(function, name, err);
    if (!pl || pl->method == kpolicy::Method::Export) continue;
    mi.symbols.push_back({name, pl->original, pl->object, "klp-reloc", pl->sympos, "named by a header function", true});
  }
  return ok;
}

} // namespace

std::string update_id(const std::string& outfile) {
  std::string base = basename_of(outfile);
  if (base.size() > 2 && base.compare(base.size() - 2, 2, ".c") == 0) base.resize(base.size() - 2);
  std::string id;
  for (char c : base) id += std::isalnum((unsigned char)c) ? c : '_';
  id = "klp_" + id;  // the module's own object: never the carved source's name
  if (id.size() > 55) id.resize(55);
  return id;
}

int carve_main(const CarveOptions& o, const GccCommand& cmd, const target::Target& tgt) {
  target::Abi abi = target::abi(tgt, cmd.target_flags);
  std::vector<std::string> patched = o.patched, carried, new_globals;
  FixUnits fx;
  BuiltUnit single;
  const BuiltUnit* unit = &single;
  std::string why_changed = "patched";
  if (!o.patch.empty()) {
    if (!build_fix_units(o.patch, cmd, tgt, abi, fx)) return 1;
    unit = fx.patched.get();
    why_changed = "changed by " + basename_of(o.patch);
    for (const fixdiff::Finding& f : fx.found) {
      if (f.kind == fixdiff::Finding::Changed && !contains(patched, f.name)) patched.push_back(f.name);
      if (f.kind == fixdiff::Finding::New || f.kind == fixdiff::Finding::NewObject) carried.push_back(f.name);
      if (f.kind == fixdiff::Finding::New && has_external_linkage(*fx.patched, f.name)) new_globals.push_back(f.name);
      if (f.kind == fixdiff::Finding::Deleted)
        fx.orig->diag->warning(f.loc, "the patch deletes '" + f.name +
                                          "'; the running kernel keeps it, only the patched callers stop calling it");
    }
    if (patched.empty()) {
      std::fprintf(stderr, "%s: error: the patch changes no function of %s (only declarations, comments or "
                   "line numbers)\n", o.patch.c_str(), cmd.input.c_str());
      return 1;
    }
  } else if (!build_unit(cmd, cmd.pp, tgt, abi, single)) {
    return 1;
  }
  pp::Diagnostics& diag = *unit->diag;

  closure::DefaultPolicyConfig cfg;
  cfg.patched = patched;
  cfg.eligible_dirs = closure::eligible_header_dirs(cmd.pp);
  cfg.carried = carried;
  cfg.changed_files = fx.changed_files;
  cfg.object = kpolicy::target_object(cmd.args);
  std::unique_ptr<kpolicy::KernelPolicySetup> kps;
  if (o.kernel.enabled) {
    kpolicy::KernelPolicyOptions ko = o.kernel;
    ScratchDir scratch;
    std::string err;
    if (ko.ipa_clones.empty() || ko.tu_object.empty()) {
      // The unit as the running kernel was built from it: the original on
      // disk, never the patched one.
      std::vector<std::string> argv{o.cc};
      argv.insert(argv.end(), cmd.args.begin(), cmd.args.end());
      std::string object, dump;
      if (!scratch.make()) {
        std::fprintf(stderr, "kcarve: error: cannot make a scratch directory for the kernel policy\n");
        return 1;
      }
      if (!kpolicy::compile_tu_for_policy(argv, "", scratch.path, object, dump, err)) {
        std::fprintf(stderr, "kcarve: error: %s\n", err.c_str());
        return 1;
      }
      if (ko.ipa_clones.empty()) ko.ipa_clones = dump;
      if (ko.tu_object.empty()) ko.tu_object = object;
    }
    kps = kpolicy::setup_kernel_policy(ko, cfg, cmd.args, err);
    if (!kps) {
      std::fprintf(stderr, "kcarve: error: %s\n", err.c_str());
      return 1;
    }
    bool refused = false;
    for (const kpolicy::KernelPolicy::Patched& p : kps->policy->patched())
      if (!p.problem.empty()) {
        diag.error_at("kcarve", "cannot patch '" + p.name + "': " + p.problem);
        refused = true;
      }
    if (refused) return 1;
    patched.clear();
    for (const kpolicy::KernelPolicy::Patched& p : kps->policy->patched()) patched.push_back(p.name);
  }

  closure::Backends backends;
  for (size_t k = 0; k < closure::kNumQuestions; ++k)
    if (!o.pol_cmd[k].empty()) backends[k] = closure::make_command_backend(o.pol_cmd[k]);
  closure::Policy policy(std::move(backends),
                         kps ? kpolicy::make_kernel_backend(*kps->policy) : closure::make_default_backend(cfg), diag);

  closure::SourceMap sm(unit->pp);
  // gcc's inlining decisions for the copies (docs/closure.md, "Inlining
  // fidelity"): the kernel policy's dump, else one given with --ipa-clones.
  closure::InliningFacts inlining;
  kpolicy::IpaClones given;
  if (kps) {
    inlining = kps->ipa.inlining_facts();
  } else if (!o.kernel.ipa_clones.empty()) {
    std::string err;
    if (!given.load(o.kernel.ipa_clones, err)) {
      std::fprintf(stderr, "kcarve: error: %s\n", err.c_str());
      return 1;
    }
    inlining = given.inlining_facts();
  }
  closure::ClosureInput in{&unit->tu, &unit->sem, patched, new_globals};
  if (kps || !o.kernel.ipa_clones.empty()) in.inlining = &inlining;
  bool protos = false, decls = false;  // the last of each pair decides, as in gcc
  for (const std::string& a : cmd.args) {
    if (a == "-Wmissing-prototypes" || a == "-Wno-missing-prototypes") protos = a[2] != 'n';
    if (a == "-Wmissing-declarations" || a == "-Wno-missing-declarations") decls = a[2] != 'n';
  }
  in.prototypes = protos || decls;
  closure::OutputPlan plan;
  if (!closure::compute_closure(in, sm, policy, diag, plan)) return 1;
  std::string text;
  if (!depreproc::write_carve(unit->tu, sm, plan, diag, text) || diag.errors()) return 1;

  std::string manifest;
  if (!o.manifest.empty()) {
    depreproc::ManifestInfo mi;
    mi.id = o.id.empty() ? update_id(o.outfile) : o.id;
    mi.source = basename_of(o.outfile);
    mi.original_file = cmd.input;
    char buf[4096];
    if (getcwd(buf, sizeof buf)) mi.directory = buf;
    mi.command.push_back("gcc");
    for (const std::string& a : cmd.args) mi.command.push_back(a);
    if (kps) {
      if (!kernel_manifest_entries(plan, *kps->policy, why_changed, diag, mi)) return 1;
    } else {
      depreproc::plan_manifest_entries(plan, kpolicy::target_object(cmd.args), mi);
      for (depreproc::ManifestFunction& f : mi.functions) f.why = why_changed;
    }
    if (mi.functions.empty()) {
      diag.error_at("kcarve", "no patched function has a symbol of its own in the running kernel: nothing to patch");
      return 1;
    }
    depreproc::write_manifest(mi, manifest);
  }
  if (!write_output(o.outfile, text)) return 1;
  if (!o.manifest.empty() && !write_output(o.manifest, manifest)) {
    std::remove(o.outfile.c_str());
    return 1;
  }
  if (!o.explain.empty() && !write_output(o.explain, plan.explain)) return 1;
  return 0;
}

} // namespace kcarve::driver
