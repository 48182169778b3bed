// kpolicy-query.cc — runs the kernel policy's readers and decisions
// (kpolicy/kpolicy.h) on the files of its command line and prints what they
// found, one fact a line, for ccp/kpolicy.exp to hold against its oracles
// (nm, grep, hand-checked expectations).
//
//   kpolicy-query nm FILE [--object=O]     the table as `nm`: ADDR TYPE NAME
//                                          (undefined: 16 blanks), load order
//   kpolicy-query objects FILE...          OBJECT COUNT per object
//   kpolicy-query symvers FILE NAME...     NAME: OBJECT TYPE [NS] | not exported
//   kpolicy-query resolve FILE OBJ NAME [--fun|--obj] [--file=F] [--near=A,B]
//                                          NAME: sympos N (SYMBOL ADDR) | error: ...
//   kpolicy-query local FILE OBJ FUNC NAME [--exact=N.k] [--file=F] [--near=A,B]
//   kpolicy-query ipa DUMP                 per dump node: removed / clone / inlined lines
//                                          (a clone cloned again is `recloned`: a
//                                          virtual clone, no symbol of its own)
//   kpolicy-query contains DUMP SYMFILE OBJ NAME...
//                                          NAME: symbols containing its body, lost chains
//   kpolicy-query target-object ARG...     the object of a gcc command line
//   kpolicy-query dump-path ARG...         where -fdump-ipa-clones writes its dump
//   kpolicy-query ask --symbols=F[,G] --symvers=F [--object=O] [--method=M]
//                 [--ipa=DUMP] [--patched=F,G] [--file=F] [--near=A,B]
//                 [--local=FUNC::NAME=NAME.N] QUESTION ARG... [--and ...]
//                 through closure::Policy with the kernel backend: one line
//                 per answer as policy-query prints them; `place function|object
//                 NAME [NEW-NAME]` prints the manifest's method, object, sympos;
//                 `patched` lists the patched functions with why,
//                 `place-patched NAME` the manifest's functions[] entry.
//   kpolicy-query driver [--kernel-policy options] [--patched=F,G]
//                 [--compile=DIR --workdir=W] -- GCC-ARGV... -- QUESTION ... [--and ...]
//                 the same through parse_kernel_policy_option and
//                 setup_kernel_policy, first recompiling the TU in DIR with
//                 compile_tu_for_policy when --compile is given
// Exit status 1 when a file could not be read (the error on stderr).
#include <cstdio>
#include <cstring>
#include <map>
#include <string>
#include <vector>

#include "closure/policy.h"
#include "kpolicy/kpolicy.h"
#include "preproc/preproc.h"

using namespace kcarve;
using namespace kcarve::kpolicy;

namespace {

bool starts(const std::string& s, const char* p) { return s.compare(0, std::strlen(p), p) == 0; }

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  size_t p = 0;
  while (p <= s.size()) {
    size_t e = s.find(',', p);
    if (e == std::string::npos) e = s.size();
    if (e > p) out.push_back(s.substr(p, e - p));
    p = e + 1;
  }
  return out;
}

int fail(const std::string& err) {
  std::fprintf(stderr, "kpolicy-query: error: %s\n", err.c_str());
  return 1;
}

// Options --file= and --near= into a TuHint; the others stay in REST.
TuHint hint_of(std::vector<std::string>& args) {
  TuHint h;
  std::vector<std::string> rest;
  for (const std::string& a : args) {
    if (starts(a, "--file=")) h.file = a.substr(7);
    else if (starts(a, "--near=")) h.neighbours = split_commas(a.substr(7));
    else rest.push_back(a);
  }
  args = rest;
  return h;
}

void print_position(const std::string& label, const std::optional<Position>& p, const SymbolTable& st,
                    const std::string& err) {
  if (!p) std::printf("%s: error: %s\n", label.c_str(), err.c_str());
  else std::printf("%s: sympos %lu (%s %016llx %c)\n", label.c_str(), p->sympos, p->name.c_str(),
                   static_cast<unsigned long long>(st.addr(p->sym)), st.type(p->sym));
}

int cmd_nm(std::vector<std::string> a) {
  std::string object;
  if (a.size() > 1 && starts(a[1], "--object=")) object = a[1].substr(9);
  SymbolTable st;
  std::string err;
  if (a.empty() || !st.load(a[0], err, object)) return fail(a.empty() ? "nm FILE" : err);
  for (uint32_t s = 0; s < st.size(); ++s) {
    char t = st.type(s);
    if (t == 'U' || t == 'w' || t == 'v') std::printf("%16s %c %.*s\n", "", t, int(st.name(s).size()), st.name(s).data());
    else std::printf("%016llx %c %.*s\n", static_cast<unsigned long long>(st.addr(s)), t, int(st.name(s).size()),
                     st.name(s).data());
  }
  return 0;
}

int cmd_objects(const std::vector<std::string>& a) {
  SymbolTable st;
  std::string err;
  for (const std::string& f : a)
    if (!st.load(f, err)) return fail(err);
  std::map<std::string, unsigned> n, listed;
  for (uint32_t s = 0; s < st.size(); ++s) {
    ++n[st.object(s)];
    if (st.in_kallsyms(s)) ++listed[st.object(s)];
  }
  for (const auto& [o, c] : n) std::printf("%s %u symbols, %u in kallsyms\n", o.c_str(), c, listed[o]);
  return 0;
}

int cmd_symvers(const std::vector<std::string>& a) {
  Symvers sv;
  std::string err;
  if (a.empty() || !sv.load(a[0], err)) return fail(a.empty() ? "symvers FILE NAME..." : err);
  std::printf("exports: %zu\n", sv.size());
  for (size_t i = 1; i < a.size(); ++i) {
    const Export* e = sv.find(a[i]);
    if (!e) std::printf("%s: not exported\n", a[i].c_str());
    else std::printf("%s: 0x%08x %s %.*s%s%.*s\n", a[i].c_str(), e->crc, e->object().c_str(), int(e->type.size()),
                     e->type.data(), e->ns.empty() ? "" : " ", int(e->ns.size()), e->ns.data());
  }
  return 0;
}

int cmd_resolve(std::vector<std::string> a, bool local) {
  TuHint h = hint_of(a);
  std::optional<bool> fun;
  std::string exact;
  std::vector<std::string> pos;
  for (const std::string& s : a) {
    if (s == "--fun") fun = true;
    else if (s == "--obj") fun = false;
    else if (starts(s, "--exact=")) exact = s.substr(8);
    else pos.push_back(s);
  }
  if (pos.size() != (local ? 4u : 3u)) return fail(local ? "local FILE OBJ FUNC NAME" : "resolve FILE OBJ NAME");
  SymbolTable st;
  std::string err;
  if (!st.load(pos[0], err)) return fail(err);
  if (local) {
    auto p = resolve_local_static(st, pos[2], pos[3], pos[1], exact, h, err);
    print_position(pos[2] + "::" + pos[3], p, st, err);
  } else {
    auto p = resolve(st, pos[2], pos[1], fun, h, err);
    print_position(pos[2], p, st, err);
  }
  return 0;
}

int cmd_ipa(const std::vector<std::string>& a) {
  IpaClones ipa;
  std::string err;
  if (a.size() != 1 || !ipa.load(a[0], err)) return fail(a.size() != 1 ? "ipa DUMP" : err);
  for (const std::string& n : ipa.names()) {
    if (ipa.removed(n)) std::printf("removed %s\n", n.c_str());
    for (const IpaClones::Clone& c : ipa.clones(n))
      std::printf("clone %s %s %s%s%s\n", n.c_str(), c.kind.c_str(), c.name.c_str(), ipa.removed(c.name) ? " removed" : "",
                  ipa.clones(c.name).empty() ? "" : " recloned");
    for (const std::string& c : ipa.inlined_into(n)) std::printf("inlined %s %s\n", n.c_str(), c.c_str());
  }
  return 0;
}

int cmd_contains(const std::vector<std::string>& a) {
  if (a.size() < 3) return fail("contains DUMP SYMFILE OBJ NAME...");
  IpaClones ipa;
  SymbolTable st;
  std::string err;
  if (!ipa.load(a[0], err) || !st.load(a[1], err)) return fail(err);
  auto exists = [&](std::string_view n) {
    for (uint32_t s : st.find(n, a[2]))
      if (st.is_function(s)) return true;
    return false;
  };
  for (size_t i = 3; i < a.size(); ++i) {
    std::vector<std::string> lost;
    std::vector<std::string> in = ipa.containing(a[i], exists, &lost);
    std::printf("%s:", a[i].c_str());
    for (const std::string& c : in) std::printf(" %s", c.c_str());
    for (const std::string& l : lost) std::printf(" [lost %s]", l.c_str());
    std::printf("\n");
  }
  return 0;
}

// The questions of A from I on (QUESTION ARG... [--and ...]) asked of KP
// through closure::Policy; one line per answer.
int ask_questions(const KernelPolicy& kp, const std::vector<std::string>& a, size_t i) {
  std::string err;
  pp::Diagnostics diag(stderr);
  closure::Policy pol(closure::Backends{}, make_kernel_backend(kp), diag);
  int status = 0;
  while (i < a.size()) {
    std::vector<std::string> q;
    for (; i < a.size() && a[i] != "--and"; ++i) q.push_back(a[i]);
    ++i;
    if (q.empty()) continue;
    std::string line;
    for (const std::string& w : q) line += (line.empty() ? "" : " ") + w;
    auto arg = [&](size_t k) { return k < q.size() ? q[k] : std::string(); };
    auto num = [&](size_t k) { return unsigned(std::strtoul(arg(k).c_str(), nullptr, 10)); };
    std::string ans = "failed";
    auto yn = [&](std::optional<bool> b) { if (b) ans = *b ? "YES" : "NO"; };
    auto change = [&](const std::optional<closure::SymbolChange>& c) {
      if (!c) return;
      ans = c->new_name + (c->linkage == closure::LinkageChange::Keep ? " KEEP-LINKAGE"
                           : c->linkage == closure::LinkageChange::MakeInternal ? " MAKE-INTERNAL" : " MAKE-EXTERNAL") +
            (c->make_pointer ? " MAKE-POINTER" : "");
    };
    const std::string& w = q[0];
    if (w == "patched") {
      ans.clear();
      for (const auto& p : kp.patched())
        ans += (ans.empty() ? "" : ", ") + p.name + (p.symbol.empty() || p.symbol == p.name ? "" : " as " + p.symbol) +
               " (" + p.why + (p.problem.empty() ? "" : "; refused: " + p.problem) + ")";
    } else if (w == "place-patched") {
      auto pl = kp.place_patched(arg(1), err);
      ans = pl ? pl->original + " " + pl->object + " sympos " + std::to_string(pl->sympos) : "error: " + err;
    } else if (w == "place") {
      auto pl = kp.place(arg(1) == "function", arg(2), err, arg(3));
      ans = pl ? std::string(method_name(pl->method)) + " " + pl->original + " " + pl->object + " sympos " +
                     std::to_string(pl->sympos)
               : "error: " + err;
    } else if (w == "symbols-for") {
      ans.clear();
      for (const std::string& s : kp.symbols_for(arg(1))) ans += (ans.empty() ? "" : " ") + s;
    } else if (w == "is-patched") yn(pol.is_patched(arg(1), 0));
    else if (w == "can-externalize-fun") yn(pol.can_externalize_fun(arg(1), !arg(2).empty(), arg(2) == "internal", arg(3), 0));
    else if (w == "shall-externalize-fun") yn(pol.shall_externalize_fun(arg(1), arg(2) == "from-header", 0));
    else if (w == "shall-externalize-obj") yn(pol.shall_externalize_obj(arg(1), 0));
    else if (w == "modify-externalized-sym")  // [internal] [constant]: closure::Facts
      change(pol.modify_externalized_sym(arg(1) == "function", arg(2), num(3), 0, arg(4) == "internal",
                                         arg(4) == "constant" || arg(5) == "constant"));
    else if (w == "modify-patched-fun-sym") change(pol.modify_patched_fun_sym(arg(1), num(2), 0));
    else if (w == "rename-rewritten-fun") { if (auto r = pol.rename_rewritten_fun(arg(1), num(2), 0)) ans = *r; }
    else { std::fprintf(stderr, "kpolicy-query: error: unknown question %s\n", w.c_str()); return 2; }
    if (ans == "failed") status = 1;
    std::printf("%s: %s\n", line.c_str(), ans.c_str());
  }
  return status;
}

int cmd_ask(std::vector<std::string> a) {
  TuHint h = hint_of(a);
  KernelPolicyConfig cfg;
  cfg.hint = h;
  std::vector<std::string> symfiles;
  std::string symvers, ipafile;
  size_t i = 0;
  for (; i < a.size() && starts(a[i], "--"); ++i) {
    const std::string& o = a[i];
    if (starts(o, "--symbols=")) symfiles = split_commas(o.substr(10));
    else if (starts(o, "--symvers=")) symvers = o.substr(10);
    else if (starts(o, "--object=")) cfg.object = o.substr(9);
    else if (o == "--method=kallsyms") cfg.method = Method::Kallsyms;
    else if (o == "--method=klp-reloc") cfg.method = Method::KlpReloc;
    else if (starts(o, "--ipa=")) ipafile = o.substr(6);
    else if (starts(o, "--patched=")) cfg.base.patched = split_commas(o.substr(10));
    else if (starts(o, "--local=")) {
      std::string v = o.substr(8);
      size_t eq = v.rfind('=');
      if (eq == std::string::npos) return fail("--local=FUNC::NAME=NAME.N");
      cfg.local_symbols[v.substr(0, eq)] = v.substr(eq + 1);
    } else return fail("unknown option " + o);
  }
  SymbolTable st;
  Symvers sv;
  IpaClones ipa;
  std::string err;
  for (const std::string& f : symfiles)
    if (!st.load(f, err)) return fail(err);
  if (!symvers.empty() && !sv.load(symvers, err)) return fail(err);
  if (!ipafile.empty() && !ipa.load(ipafile, err)) return fail(err);
  KernelPolicy kp(cfg, st, sv, ipafile.empty() ? nullptr : &ipa);
  return ask_questions(kp, a, i);
}

// `driver`: the options as kcarve takes them, through parse_kernel_policy_option
// and setup_kernel_policy; --compile=DIR recompiles the TU there first
// (compile_tu_for_policy into --workdir=W) for its dump and object.
int cmd_driver(const std::vector<std::string>& a) {
  KernelPolicyOptions o;
  closure::DefaultPolicyConfig base;
  std::string err, compile_dir, workdir = ".";
  size_t i = 0;
  for (; i < a.size() && a[i] != "--"; ++i) {
    if (starts(a[i], "--patched=")) base.patched = split_commas(a[i].substr(10));
    else if (starts(a[i], "--compile=")) compile_dir = a[i].substr(10);
    else if (starts(a[i], "--workdir=")) workdir = a[i].substr(10);
    else if (!parse_kernel_policy_option(a[i], o, err)) return fail("not a kernel policy option: " + a[i]);
    else if (!err.empty()) return fail(err);
  }
  std::vector<std::string> gcc;
  for (++i; i < a.size() && a[i] != "--"; ++i) gcc.push_back(a[i]);
  ++i;
  if (!compile_dir.empty()) {
    std::string obj, dump;
    if (!compile_tu_for_policy(gcc, compile_dir, workdir, obj, dump, err)) return fail(err);
    o.tu_object = obj;
    o.ipa_clones = dump;
  }
  auto setup = setup_kernel_policy(o, base, gcc, err);
  if (!setup) return fail(err);
  std::printf("object %s, method %s, %zu TU neighbours\n", setup->policy->config().object.c_str(),
              method_name(setup->policy->config().method), setup->policy->config().hint.neighbours.size());
  return ask_questions(*setup->policy, a, i);
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 2) return fail("usage: kpolicy-query COMMAND ARG...");
  std::string cmd = argv[1];
  std::vector<std::string> a(argv + 2, argv + argc);
  if (cmd == "nm") return cmd_nm(a);
  if (cmd == "objects") return cmd_objects(a);
  if (cmd == "symvers") return cmd_symvers(a);
  if (cmd == "resolve") return cmd_resolve(a, false);
  if (cmd == "local") return cmd_resolve(a, true);
  if (cmd == "ipa") return cmd_ipa(a);
  if (cmd == "contains") return cmd_contains(a);
  if (cmd == "target-object") { std::printf("%s\n", target_object(a).c_str()); return 0; }
  if (cmd == "dump-path") { std::printf("%s\n", ipa_clones_dump_path(a).c_str()); return 0; }
  if (cmd == "ask") return cmd_ask(a);
  if (cmd == "driver") return cmd_driver(a);
  return fail("unknown command " + cmd);
}
