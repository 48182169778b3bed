// kernel_policy.cc — the built-in kernel policy (docs/kernel-policy.md): the
// eight decisions of a carve taken from the target kernel's symbols.
//
//  - is-patched: the --patched-functions, and with an ipa-clones dump the
//    functions gcc inlined them into (transitively), since the running kernel
//    executes the old body there;
//  - can-externalize-fun: a function the running kernel has a symbol for
//    (in the TU's object, else anywhere when it is global) may be referenced;
//    one inlined everywhere, or otherwise absent, must be copied;
//  - shall-externalize-fun / -obj: yes (a header's inline definition stays
//    as it is); a block-scope static FUNCTION::NAME is the running kernel's
//    NAME.N, refused with an ERROR when that cannot be told;
//  - modify-externalized-sym: an exported symbol (Module.symvers) is a plain
//    extern under its own name; anything else is reached through a klp
//    relocation (extern klpe_NAME, resolved by the kernel through
//    .klp.sym.OBJ.NAME,POS) or, with --method=kallsyms, a pointer klpe_NAME
//    the runtime fills;
//  - the rest (header eligibility, the names of patched and copied functions)
//    as the default policy.
// KernelPolicy::place() gives the manifest's method, object and sympos for
// each externalized symbol by the same rules.
#include <algorithm>

#include "kpolicy/kpolicy.h"

namespace kcarve::kpolicy {

const char* method_name(Method m) {
  switch (m) {
  case Method::Export: return "export";
  case Method::KlpReloc: return "klp-reloc";
  case Method::Kallsyms: return "kallsyms";
  }
  return "?";
}

std::string target_object(const std::vector<std::string>& args) {
  bool module = false;
  std::string modname;
  for (size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    if (a == "-D" && i + 1 < args.size()) a = "-D" + args[++i];
    if (a == "-DMODULE" || a.compare(0, 9, "-DMODULE=") == 0) module = true;
    if (a.compare(0, 17, "-DKBUILD_MODNAME=") == 0) {
      modname = a.substr(17);
      if (modname.size() >= 2 && modname.front() == '"' && modname.back() == '"')
        modname = modname.substr(1, modname.size() - 2);
    }
    if (a == "-UMODULE") module = false;
  }
  if (!module || modname.empty()) return "vmlinux";
  for (char& c : modname) if (c == '-') c = '_';
  return modname;
}

std::string ipa_clones_dump_path(const std::vector<std::string>& args) {
  std::string out, src;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "-o" && i + 1 < args.size()) out = args[++i];
    else if (a.compare(0, 2, "-o") == 0 && a.size() > 2) out = a.substr(2);
    else if (a.size() > 2 && a[0] != '-' && a.compare(a.size() - 2, 2, ".c") == 0) src = a;
  }
  if (src.empty()) return "";
  if (out.empty()) return src.substr(src.rfind('/') + 1) + ".000i.ipa-clones";
  size_t dot = out.rfind('.'), slash = out.rfind('/');
  if (dot != std::string::npos && (slash == std::string::npos || dot > slash)) out.resize(dot);
  return out + ".c.000i.ipa-clones";
}

namespace {

// A clone's source function: its name up to the first '.' (no C identifier
// has one; gcc's suffixes .isra.N, .constprop.N, .part.N, .cold all do).
std::string source_name(std::string_view sym) { return std::string(sym.substr(0, sym.find('.'))); }

} // namespace

KernelPolicy::KernelPolicy(KernelPolicyConfig cfg, const SymbolTable& symbols, const Symvers& symvers,
                           const IpaClones* clones)
    : cfg_(std::move(cfg)), st_(symbols), sv_(symvers), ipa_(clones) {
  auto exists = [this](std::string_view n) { return this->exists(n); };
  // What stands for F in the kernel: itself, clones only, or nothing.
  auto target = [&](const std::string& f, Patched& p) {
    // A .part clone is the split-off tail of F, called only from F's head:
    // once the head (and its copies inlined into callers) is patched it is
    // dead.  Any other clone kept (isra, constprop) has callers the dump does
    // not name, which call it with a signature gcc changed: the replacement
    // cannot take it over, and patching F alone would leave them on the old
    // code.
    std::string clones;
    if (ipa_)
      for (const IpaClones::Clone& c : ipa_->clones(f))
        if (c.kind != "part" && exists(c.name)) clones += (clones.empty() ? "" : ", ") + c.name;
    bool here = exists(f);
    if (here) p.symbol = f;
    if (!clones.empty())
      p.problem = f + " exists in " + cfg_.object + (here ? " also as " : " only as ") + clones +
                  ", a clone whose signature gcc changed, called from callers the ipa-clones dump does not name: a " +
                  "replacement with " + f + "'s signature cannot stand in for it (patch its callers instead)";
    else if (here)
      return;
    else if (ipa_ && !ipa_->containing(f, exists).empty())
      p.why += ", inlined everywhere: patched through the functions it was inlined into";
    else
      p.problem = f + " is not in the symbol table of " + cfg_.object +
                  (ipa_ ? " and the ipa-clones dump does not say where gcc put it" : " (inlined everywhere? give its ipa-clones dump)");
  };
  for (const std::string& f : cfg_.base.patched) {
    Patched p{f, "", "patched", ""};
    target(f, p);
    patched_.push_back(p);
  }
  if (!ipa_) return;
  for (const std::string& f : cfg_.base.patched)
    for (const std::string& c : ipa_->containing(f, exists)) {
      std::string name = source_name(c);
      if (is_patched(name)) continue;
      Patched p{name, c, "inlined " + f, ""};
      if (c != name)  // the caller itself exists only as a clone
        p.problem = f + " was inlined into " + c + ", a clone of " + name +
                    " whose signature gcc may have changed: a replacement with " + name + "'s signature cannot stand in for it";
      patched_.push_back(p);
    }
}

bool KernelPolicy::unreferenced(std::string_view name) const {
  return cfg_.tu_known && !std::binary_search(cfg_.tu_symbols.begin(), cfg_.tu_symbols.end(), name);
}

bool KernelPolicy::is_patched(std::string_view name) const {
  return std::any_of(patched_.begin(), patched_.end(), [&](const Patched& p) { return p.name == name; });
}

std::optional<Placement> KernelPolicy::place_patched(std::string_view name, std::string& err) const {
  for (const Patched& p : patched_) {
    if (p.name != name) continue;
    if (!p.problem.empty()) { err = p.problem; return std::nullopt; }
    if (p.symbol.empty()) { err = p.name + " has no symbol of its own (" + p.why + ")"; return std::nullopt; }
    auto pos = resolve(st_, p.symbol, cfg_.object, true, cfg_.hint, err);
    if (!pos) return std::nullopt;
    Placement pl;
    pl.original = p.symbol;
    pl.object = pos->object;
    pl.sympos = pos->sympos;
    return pl;
  }
  err = std::string(name) + " is not a patched function";
  return std::nullopt;
}

bool KernelPolicy::exists(std::string_view name) const {
  for (uint32_t s : st_.find(name, cfg_.object))
    if (st_.is_function(s)) return true;
  return false;
}

std::vector<std::string> KernelPolicy::symbols_for(std::string_view name) const {
  std::vector<std::string> out;
  if (exists(name)) out.emplace_back(name);
  else if (ipa_)
    for (const IpaClones::Clone& c : ipa_->clones(name))
      if (exists(c.name)) out.push_back(c.name);
  std::string cold = std::string(name) + ".cold";
  if (exists(cold)) out.push_back(cold);
  return out;
}

std::optional<Placement> KernelPolicy::place(bool function, std::string_view name, std::string& err,
                                             std::string_view new_name) const {
  Placement pl;
  size_t sep = name.find("::");
  if (sep != std::string_view::npos) {  // a block-scope static: never exported
    auto ex = cfg_.local_symbols.find(std::string(name));
    std::string_view exact = ex == cfg_.local_symbols.end() ? std::string_view() : std::string_view(ex->second);
    std::string_view base = name.substr(sep + 2);
    if (exact.empty()) {  // the TU's own object's NAME.N, when it has only one
      unsigned n = 0;
      for (const std::string& l : cfg_.tu_locals)
        if (l.size() > base.size() + 1 && l.compare(0, base.size(), base) == 0 && l[base.size()] == '.' &&
            l.find_first_not_of("0123456789", base.size() + 1) == std::string::npos)
          exact = l, ++n;
      if (n != 1) exact = {};
    }
    auto p = resolve_local_static(st_, name.substr(0, sep), base, cfg_.object, exact, cfg_.hint, err);
    if (!p) return std::nullopt;
    pl.method = cfg_.method;
    pl.original = p->name;
    pl.object = p->object;
    pl.sympos = p->sympos;
    return pl;
  }
  pl.original = std::string(name);
  // The TU's own object first: a static of this TU is there, and a name its
  // object defines shadows another object's export for this TU.
  std::string why;
  auto p = resolve(st_, name, cfg_.object, function, cfg_.hint, why);
  const Export* ex = sv_.find(name);
  if (p && st_.type(p->sym) >= 'a' && st_.type(p->sym) <= 'z') {  // a local of the object: never the export
    pl.method = cfg_.method;
    pl.object = p->object;
    pl.sympos = p->sympos;
    return pl;
  }
  if (ex) {
    pl.method = new_name.empty() || new_name == name ? Method::Export : cfg_.method;
    pl.object = ex->object();
    return pl;  // an export is a unique global: sympos 0
  }
  if (p) {
    pl.method = cfg_.method;
    pl.object = p->object;
    pl.sympos = p->sympos;
    return pl;
  }
  // A global of another object (a module TU referring to vmlinux).
  if (cfg_.object != "vmlinux") {
    std::string why2;
    if (auto q = resolve(st_, name, "vmlinux", function, {}, why2)) {
      pl.method = cfg_.method;
      pl.object = "vmlinux";
      pl.sympos = q->sympos;
      return pl;
    }
  }
  err = why;
  return std::nullopt;
}

namespace {

std::string flat(std::string name) {
  for (size_t p; (p = name.find("::")) != std::string::npos;) name.replace(p, 2, "_");
  return name;
}

class KernelBackend : public closure::Backend {
public:
  explicit KernelBackend(const KernelPolicy& kp) : kp_(kp), base_(closure::make_default_backend(kp.config().base)) {}

  closure::Answer ask(closure::Question q, const std::vector<std::string>& args, const closure::Facts& facts) override {
    using closure::Question;
    closure::Answer a;
    auto yes_no = [&](bool yes) { a.result = {yes ? "YES" : "NO"}; };
    auto arg = [&](size_t i) { return i < args.size() ? args[i] : std::string(); };
    const std::string& obj = kp_.config().object;
    switch (q) {
    case Question::IsPatched:
      yes_no(kp_.is_patched(arg(0)));
      return a;
    case Question::CanExternalizeFun: {
      if (carried(arg(0))) { yes_no(false); return a; }  // new in the patch: its own
      std::string err;
      if (kp_.place(true, arg(0), err)) { yes_no(true); return a; }
      // Absent from the symbol table (inlined everywhere, or a name no object
      // has): copy the definition if there is one.
      if (arg(1).empty()) {
        // Never reached by the original code: its declaration is kept as it is.
        if (!kp_.unreferenced(arg(0))) a.warnings.push_back(err + "; it has no definition here to copy");
        yes_no(true);
      } else {
        if (err.find("occurs") != std::string::npos) a.warnings.push_back(err + "; copying it");
        yes_no(false);
      }
      return a;
    }
    case Question::ShallExternalizeFun:
      yes_no(arg(1) != "from-header");
      return a;
    case Question::ShallExternalizeObj: {
      if (carried(arg(0))) { yes_no(false); return a; }
      std::string err;
      if (arg(0).find("::") != std::string::npos && !kp_.place(false, arg(0), err)) {
        // A macro's once-flag (WARN_ONCE's __already_done: its .data.once
        // section is linked apart from the unit's other symbols, so which
        // NAME.N is the unit's cannot be told): the patch gets its own, and
        // the warning may be printed once more.  A static the function's own
        // text declares is refused instead: its value matters.
        if (facts.from_macro) {
          a.warnings.push_back(err + "; the patch gets a fresh '" + arg(0).substr(arg(0).find("::") + 2) +
                               "' (declared by a macro)");
          yes_no(false);
          return a;
        }
        a.errors.push_back(err);
        yes_no(false);
        return a;
      }
      yes_no(true);
      return a;
    }
    case Question::ModifyExternalizedSym: {
      bool function = arg(0) == "function";
      const std::string& name = arg(1);
      std::string err;
      auto pl = kp_.place(function, name, err);
      if (!pl && kp_.unreferenced(name)) {  // kept as declared: see CanExternalizeFun
        a.result = {name, "KEEP-LINKAGE"};
        return a;
      }
      if (!pl) {
        a.errors.push_back(err + " (object " + obj + ")");
        return a;
      }
      std::string retry = arg(2);
      if (pl->method == Method::Export && retry == "0" && !facts.internal && pl->original == name) {
        a.result = {name, "KEEP-LINKAGE"};
        return a;
      }
      std::string nn = kp_.config().base.extern_prefix + flat(name);
      if (retry != "0") nn += "_" + retry;
      Method m = pl->method == Method::Export ? kp_.config().method : pl->method;  // renamed: not by export
      if (facts.constant_address) {  // a jump label's key: never a pointer (closure::Facts)
        if (pl->object != "vmlinux") {
          a.errors.push_back(closure::module_constant_address_error(name, pl->object));
          return a;
        }
        m = Method::KlpReloc;
      }
      if (m == Method::KlpReloc) a.result = {nn, "MAKE-EXTERNAL"};
      else a.result = {nn, "MAKE-EXTERNAL", "MAKE-POINTER"};
      return a;
    }
    default:
      return base_->ask(q, args, facts);
    }
  }

  std::string describe() const override { return "the kernel policy"; }

private:
  bool carried(const std::string& name) const {
    const std::vector<std::string>& c = kp_.config().base.carried;
    return std::find(c.begin(), c.end(), name) != c.end();
  }
  const KernelPolicy& kp_;
  std::unique_ptr<closure::Backend> base_;
};

} // namespace

std::unique_ptr<closure::Backend> make_kernel_backend(const KernelPolicy& kp) {
  return std::make_unique<KernelBackend>(kp);
}

} // namespace kcarve::kpolicy
