// policy_default.cc — the built-in default policy: what kcarve decides when
// no --pol-cmd-* command is given for a question (docs/policy.md, "The
// default policy").
//
// It knows only the command line: the functions of --patched-functions are
// patched and renamed klpp_NAME with external linkage (the generated glue
// refers to them from another file); a header is eligible when it lies under
// one of the kernel-style include directories of the command line
// (eligible_header_dirs), so file-local headers are re-emitted instead of
// #included; what has external linkage is externalized as a plain `extern`
// declaration under its own name; static functions are not externalized but
// copied and renamed klpr_NAME; static objects, and the block-scope statics of
// patched functions (offered as FUNCTION::NAME), are externalized as pointers
// klpe_NAME that the runtime fills through kallsyms.  A refined kernel policy
// reading the target's symbol tables replaces this one later (DESIGN.md).
#include <algorithm>
#include <climits>
#include <unistd.h>

#include "closure/policy.h"

namespace kcarve::closure {

namespace {

// The components of PATH made absolute (against the working directory when
// relative) and folded lexically: "", "." dropped, ".." pops one.
std::vector<std::string> components(std::string_view path, bool absolute) {
  std::string full;
  if (absolute && (path.empty() || path[0] != '/')) {
    char buf[PATH_MAX];
    if (getcwd(buf, sizeof buf)) full = buf;
    full += '/';
  }
  full += path;
  std::vector<std::string> c;
  size_t i = 0;
  while (i <= full.size()) {
    size_t e = full.find('/', i);
    if (e == std::string::npos) e = full.size();
    std::string part = full.substr(i, e - i);
    i = e + 1;
    if (part.empty() || part == ".") continue;
    if (part == ".." && !c.empty() && c.back() != "..") c.pop_back();
    else if (part != ".." || !absolute) c.push_back(part);
  }
  return c;
}

// Whether DIR is named like one of the kernel's header directories.
bool kernel_style_dir(std::string_view dir) {
  std::vector<std::string> c = components(dir, false);
  size_t n = c.size();
  auto tail = [&](std::initializer_list<const char*> t) {
    if (t.size() > n) return false;
    size_t k = n - t.size();
    for (const char* s : t)
      if (c[k++] != s) return false;
    return true;
  };
  return tail({"include"}) || tail({"include", "uapi"}) || tail({"include", "generated"}) ||
         tail({"include", "generated", "uapi"});
}

std::string with_retry(std::string name, const std::string& retry) {
  if (retry != "0") name += "_" + retry;
  return name;
}

// FUNCTION::NAME as an identifier: FUNCTION_NAME.
std::string flat(std::string name) {
  for (size_t p; (p = name.find("::")) != std::string::npos;) name.replace(p, 2, "_");
  return name;
}

class DefaultBackend : public Backend {
public:
  explicit DefaultBackend(DefaultPolicyConfig cfg) : cfg_(std::move(cfg)) {}

  Answer ask(Question q, const std::vector<std::string>& args, const Facts& facts) override {
    Answer a;
    auto yes_no = [&](bool yes) { a.result = {yes ? "YES" : "NO"}; };
    auto arg = [&](size_t i) { return i < args.size() ? args[i] : std::string(); };
    switch (q) {
    case Question::IsPatched:
      yes_no(std::find(cfg_.patched.begin(), cfg_.patched.end(), arg(0)) != cfg_.patched.end());
      break;
    case Question::MayIncludeHeader:
      // A header the patch changes is read from the patched text here, but the
      // module is built against the unpatched headers: never #included.
      yes_no(std::any_of(cfg_.eligible_dirs.begin(), cfg_.eligible_dirs.end(),
                         [&](const std::string& d) { return path_is_under(arg(0), d); }) &&
             std::find(cfg_.changed_files.begin(), cfg_.changed_files.end(), pp::canonical_path(arg(0))) ==
                 cfg_.changed_files.end());
      break;
    case Question::CanExternalizeFun:  // only declared, or external: yes; static: copy it
      yes_no(arg(1) != "internal" && !carried(arg(0)));
      break;
    case Question::ShallExternalizeFun:  // a header's (inline) definition is used as it is
      yes_no(arg(1) != "from-header");
      break;
    case Question::ShallExternalizeObj:  // a new object of the patch: its own instance
      // A static local a macro declares (WARN_ONCE's __already_done,
      // printk_ratelimited's state): gcc names the kernel's NAME.N, and
      // nothing the default knows tells which one is this function's.  The
      // patch gets its own, as under the kernel policy.
      if (facts.from_macro && !carried(arg(0))) {
        a.warnings.push_back("the patch gets a fresh '" + arg(0).substr(arg(0).find("::") + 2) +
                             "' (declared by a macro: which of the kernel's instances is this one's is unknown)");
        yes_no(false);
        break;
      }
      yes_no(!carried(arg(0)));
      break;
    case Question::ModifyPatchedFunSym:
      a.result = {with_retry(cfg_.rename_prefix + arg(0), arg(1)), "MAKE-EXTERNAL"};
      break;
    case Question::ModifyExternalizedSym: {
      // An external symbol keeps its name as a plain extern; one with internal
      // linkage, or one whose name is taken in the output (RETRY > 0), is
      // reached through a kallsyms pointer, which may have any name.
      const std::string& name = arg(1);
      bool internal = facts.internal || name.find("::") != std::string::npos;
      if (facts.constant_address && (internal || arg(2) != "0")) {
        // A jump label's key: its address must be a link-time constant, which
        // a pointer is not; a renamed plain extern is bound by a klp
        // relocation instead (manifest method klp-reloc), which the kernel
        // applies to vmlinux before the patch's jump labels are set up.
        if (cfg_.object != "vmlinux") a.errors.push_back(module_constant_address_error(name, cfg_.object));
        else a.result = {with_retry(cfg_.extern_prefix + flat(name), arg(2)), "MAKE-EXTERNAL"};
        break;
      }
      if (!internal && arg(2) == "0")
        a.result = {name, "KEEP-LINKAGE"};
      else
        a.result = {with_retry(cfg_.extern_prefix + flat(name), arg(2)), "MAKE-EXTERNAL", "MAKE-POINTER"};
      break;
    }
    case Question::RenameRewrittenFun:
      a.result = {with_retry(cfg_.copy_prefix + arg(0), arg(1))};
      break;
    }
    return a;
  }

  std::string describe() const override { return "the default policy"; }

private:
  bool carried(const std::string& name) const {
    return std::find(cfg_.carried.begin(), cfg_.carried.end(), name) != cfg_.carried.end();
  }
  DefaultPolicyConfig cfg_;
};

} // namespace

std::string module_constant_address_error(std::string_view name, std::string_view object) {
  return "'" + std::string(name) + "' is a jump label's key (an asm \"i\" operand) in module '" +
         std::string(object) +
         "': a kallsyms pointer is no link-time constant, and the kernel binds a live patch's "
         "klp relocations to a module only after the patch's jump labels are set up; "
         "patch its uses with static_key_enabled()";
}

bool path_is_under(std::string_view path, std::string_view dir) {
  std::vector<std::string> p = components(path, true), d = components(dir, true);
  return p.size() > d.size() && std::equal(d.begin(), d.end(), p.begin());
}

std::vector<std::string> eligible_header_dirs(const pp::Options& opts) {
  std::vector<std::string> out;
  auto add = [&](const std::string& d) {
    if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
  };
  for (const auto* list : {&opts.quote_dirs, &opts.bracket_dirs, &opts.after_dirs})
    for (const std::string& d : *list)
      if (kernel_style_dir(d)) add(d);
  for (const std::string& d : opts.system_dirs) add(d);
  return out;
}

std::unique_ptr<Backend> make_default_backend(const DefaultPolicyConfig& cfg) {
  return std::make_unique<DefaultBackend>(cfg);
}

} // namespace kcarve::closure
