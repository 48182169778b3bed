// setup.cc — the kernel policy's command-line options and the loading of its
// tables, so that a driver wires the policy with two calls
// (parse_kernel_policy_option per argument, setup_kernel_policy once) and
// hands `make_kernel_backend(*setup->policy)` to closure::Policy.
//
// The TU's hint comes from its command line and, when given, its own object:
// the source's basename matches STT_FILE symbols of an ELF vmlinux, the
// object's defined symbols are the neighbours that locate the TU in a
// System.map, and its local NAME.N symbols name the block-scope statics.
#include <algorithm>

#include "kpolicy/kpolicy.h"

namespace kcarve::kpolicy {

namespace {

bool value(std::string_view arg, std::string_view opt, std::string& out) {
  if (arg.size() <= opt.size() || arg.compare(0, opt.size(), opt) != 0) return false;
  out = std::string(arg.substr(opt.size()));
  return true;
}

} // namespace

bool parse_kernel_policy_option(std::string_view arg, KernelPolicyOptions& o, std::string& err) {
  std::string v;
  if (arg == "--kernel-policy") o.enabled = true;
  else if (value(arg, "--symbols=", v)) {
    for (size_t p = 0; p <= v.size();) {
      size_t e = std::min(v.find(',', p), v.size());
      if (e > p) o.symbols.push_back(v.substr(p, e - p));
      p = e + 1;
    }
  } else if (value(arg, "--symvers=", v)) o.symvers = v;
  else if (value(arg, "--object=", v)) o.object = v;
  else if (value(arg, "--ipa-clones=", v)) o.ipa_clones = v;
  else if (value(arg, "--tu-object=", v)) o.tu_object = v;
  else if (value(arg, "--method=", v)) {
    if (v == "klp-reloc") o.method = Method::KlpReloc;
    else if (v == "kallsyms") o.method = Method::Kallsyms;
    else err = "--method must be klp-reloc or kallsyms, not '" + v + "'";
  } else if (arg == "--symbols=" || arg == "--symvers=" || arg == "--object=" || arg == "--ipa-clones=" ||
             arg == "--tu-object=" || arg == "--method=")
    err = std::string(arg) + " needs a value";
  else return false;
  return true;
}

std::unique_ptr<KernelPolicySetup> setup_kernel_policy(const KernelPolicyOptions& o, closure::DefaultPolicyConfig base,
                                                       const std::vector<std::string>& gcc_args, std::string& err) {
  if (o.symbols.empty()) { err = "--kernel-policy needs --symbols=FILE (System.map, kallsyms, vmlinux or .ko)"; return nullptr; }
  if (o.symvers.empty()) { err = "--kernel-policy needs --symvers=FILE (Module.symvers)"; return nullptr; }
  auto s = std::make_unique<KernelPolicySetup>();
  for (const std::string& f : o.symbols)
    if (!s->symbols.load(f, err)) return nullptr;
  if (!s->symvers.load(o.symvers, err)) return nullptr;
  if (!o.ipa_clones.empty() && !s->ipa.load(o.ipa_clones, err)) return nullptr;

  KernelPolicyConfig cfg;
  cfg.base = std::move(base);
  cfg.object = o.object.empty() ? target_object(gcc_args) : o.object;
  for (char& c : cfg.object) if (c == '-') c = '_';
  cfg.method = o.method;
  for (const std::string& a : gcc_args)
    if (a.size() > 2 && a[0] != '-' && a.compare(a.size() - 2, 2, ".c") == 0) cfg.hint.file = a.substr(a.rfind('/') + 1);
  if (!o.tu_object.empty()) {
    SymbolTable tu;
    if (!tu.load(o.tu_object, err)) return nullptr;
    cfg.tu_known = true;
    for (uint32_t i = 0; i < tu.size(); ++i) {
      cfg.tu_symbols.emplace_back(tu.name(i));  // defined or referenced
      if (!tu.in_kallsyms(i)) continue;
      std::string_view n = tu.name(i);
      char t = tu.type(i);
      size_t dot = n.find('.');
      if (dot != std::string_view::npos && !tu.is_function(i) && t >= 'a' && t <= 'z' &&
          n.find_first_not_of("0123456789", dot + 1) == std::string_view::npos)
        cfg.tu_locals.emplace_back(n);
      else
        cfg.hint.neighbours.emplace_back(n);
    }
  }
  if (!cfg.object.empty() && cfg.object != "vmlinux" && !s->symbols.has_object(cfg.object)) {
    err = "the symbol tables given hold no symbol of object " + cfg.object +
          " (give its .ko, or the kallsyms of a kernel with it loaded, to --symbols)";
    return nullptr;
  }
  std::sort(cfg.tu_symbols.begin(), cfg.tu_symbols.end());
  s->policy = std::make_unique<KernelPolicy>(std::move(cfg), s->symbols, s->symvers,
                                             o.ipa_clones.empty() ? nullptr : &s->ipa);
  return s;
}

} // namespace kcarve::kpolicy
