// policy-query.cc — asks closure::Policy the questions on its command line
// and prints the typed answers: the ccp tool's policy tests (ccp/policy.exp)
// judge the policy layer through it, without a carve around it.
//
//   policy-query [--pol-cmd-KIND=COMMAND]... [--patched-functions=F,G]
//                [--eligible-dir=DIR]... [--I=DIR|--iquote=DIR|--isystem=DIR|
//                --idirafter=DIR]... [--print-eligible] [--source=FILE]
//                [--count-calls] [--keep-going]
//                QUESTION ARG... [--and QUESTION ARG...]...
//
// QUESTION and its ARGs are the protocol's words (docs/policy.md), e.g.
// `modify-externalized-sym object NAME 0`; modify-externalized-sym takes a
// last word `internal` for Facts::internal.  The default policy answers what
// no --pol-cmd-* covers.  --source=FILE preprocesses FILE so that WARNING:,
// ERROR: and failure diagnostics carry the position of the first token spelled
// like the entity (NAME, the part after `::`, or a header's basename without
// .h); else they carry none.  One line per answer goes to stdout,
// `QUESTION ARG...: ANSWER` or `...: failed`; the run stops at the first
// failure (as a carve does; --keep-going asks on, for the cache's test) and
// exits 1 if any error was reported.  --count-calls prints the
// number of questions that reached a backend at the end (the cache's test).
// The --I/--iquote/--isystem/--idirafter directories make a pp::Options whose
// closure::eligible_header_dirs join the --eligible-dir ones;
// --print-eligible prints the resulting list first, one `eligible: DIR` a line.
#include <array>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "closure/policy.h"
#include "preproc/preproc.h"

using namespace kcarve;
using closure::Question;

namespace {

bool starts_with(const std::string& s, const char* p) { return s.compare(0, std::strlen(p), p) == 0; }

int usage(const std::string& msg) {
  std::fprintf(stderr, "policy-query: error: %s\n", msg.c_str());
  return 2;
}

bool parse_uint(const std::string& s, unsigned& v) {
  if (s.empty() || s.size() > 9 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  v = unsigned(std::stoul(s));
  return true;
}

// The location of the first token of R spelled like the entity, or 0.
pp::Loc locate(const pp::PpResult* r, std::string name) {
  if (!r) return 0;
  size_t p = name.rfind("::");
  if (p != std::string::npos) name = name.substr(p + 2);
  p = name.rfind('/');
  if (p != std::string::npos) name = name.substr(p + 1);
  if (name.size() > 2 && name.compare(name.size() - 2, 2, ".h") == 0) name.resize(name.size() - 2);
  for (const pp::Token& t : r->tokens)
    if (r->strings.str(t.spelling) == name) return t.loc;
  return 0;
}

const char* linkage_word(closure::LinkageChange l) {
  switch (l) {
  case closure::LinkageChange::Keep: return "KEEP-LINKAGE";
  case closure::LinkageChange::MakeInternal: return "MAKE-INTERNAL";
  case closure::LinkageChange::MakeExternal: return "MAKE-EXTERNAL";
  }
  return "?";
}

// Asks one question; returns its printed answer, "failed", or "" with ERR set
// when the words do not form the question.
std::string ask(closure::Policy& pol, Question q, const std::vector<std::string>& a, pp::Loc where,
                std::string& err) {
  auto yn = [](std::optional<bool> b) { return !b ? "failed" : *b ? "YES" : "NO"; };
  auto sym = [](const std::optional<closure::SymbolChange>& c) {
    if (!c) return std::string("failed");
    return c->new_name + " " + linkage_word(c->linkage) + (c->make_pointer ? " MAKE-POINTER" : "");
  };
  unsigned retry = 0;
  size_t n = a.size();
  switch (q) {
  case Question::IsPatched:
    if (n != 1) break;
    return yn(pol.is_patched(a[0], where));
  case Question::MayIncludeHeader:
    if (n == 1 || (n == 2 && a[1] == "pre-include")) return yn(pol.may_include_header(a[0], n == 2, where));
    break;
  case Question::CanExternalizeFun:
    if (n == 1) return yn(pol.can_externalize_fun(a[0], false, false, "", where));
    if (n == 3 && (a[1] == "internal" || a[1] == "external"))
      return yn(pol.can_externalize_fun(a[0], true, a[1] == "internal", a[2], where));
    break;
  case Question::ShallExternalizeFun:
    if (n == 1 || (n == 2 && a[1] == "from-header")) return yn(pol.shall_externalize_fun(a[0], n == 2, where));
    break;
  case Question::ShallExternalizeObj:
    if (n != 1) break;
    return yn(pol.shall_externalize_obj(a[0], where));
  case Question::ModifyPatchedFunSym:
    if (n != 2 || !parse_uint(a[1], retry)) break;
    return sym(pol.modify_patched_fun_sym(a[0], retry, where));
  case Question::ModifyExternalizedSym:
    if ((n != 3 && !(n == 4 && a[3] == "internal")) || (a[0] != "function" && a[0] != "object") ||
        !parse_uint(a[2], retry))
      break;
    return sym(pol.modify_externalized_sym(a[0] == "function", a[1], retry, where, n == 4));
  case Question::RenameRewrittenFun: {
    if (n != 2 || !parse_uint(a[1], retry)) break;
    auto r = pol.rename_rewritten_fun(a[0], retry, where);
    return r ? *r : "failed";
  }
  }
  err = std::string("bad arguments for ") + closure::question_name(q);
  return "";
}

} // namespace

int main(int argc, char** argv) {
  closure::Backends backends;
  closure::DefaultPolicyConfig cfg;
  std::string source;
  bool count_calls = false, print_eligible = false, keep_going = false;
  pp::Options dirs;
  int i = 1;
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (!starts_with(a, "--") || a == "--and") break;
    if (a == "--count-calls") {
      count_calls = true;
    } else if (a == "--keep-going") {
      keep_going = true;
    } else if (a == "--print-eligible") {
      print_eligible = true;
    } else if (starts_with(a, "--I=")) {
      dirs.bracket_dirs.push_back(a.substr(4));
    } else if (starts_with(a, "--iquote=")) {
      dirs.quote_dirs.push_back(a.substr(9));
    } else if (starts_with(a, "--isystem=")) {
      dirs.system_dirs.push_back(a.substr(10));
    } else if (starts_with(a, "--idirafter=")) {
      dirs.after_dirs.push_back(a.substr(12));
    } else if (std::string err; closure::parse_policy_option(a, backends, err)) {
      if (!err.empty()) return usage(err);
    } else if (starts_with(a, "--patched-functions=")) {
      std::string l = a.substr(20);
      for (size_t b = 0, e; b <= l.size(); b = e + 1) {
        e = l.find(',', b);
        if (e == std::string::npos) e = l.size();
        if (e > b) cfg.patched.push_back(l.substr(b, e - b));
      }
    } else if (starts_with(a, "--eligible-dir=")) {
      cfg.eligible_dirs.push_back(a.substr(15));
    } else if (starts_with(a, "--source=")) {
      source = a.substr(9);
    } else {
      return usage("unknown option '" + a + "'");
    }
  }

  for (const std::string& d : closure::eligible_header_dirs(dirs)) cfg.eligible_dirs.push_back(d);
  if (print_eligible)
    for (const std::string& d : cfg.eligible_dirs) std::printf("eligible: %s\n", d.c_str());

  pp::Diagnostics diag(stderr);
  std::unique_ptr<pp::PpResult> result;
  if (!source.empty()) {
    pp::Options opts;
    opts.main_file = source;
    result = std::make_unique<pp::PpResult>();
    if (!pp::preprocess(opts, *result, diag)) return 2;
    diag.attach(result.get());
  }

  closure::Policy pol(std::move(backends), closure::make_default_backend(cfg), diag);
  int status = 0;
  while (i < argc && (status == 0 || keep_going)) {
    if (std::string(argv[i]) == "--and") ++i;
    if (i >= argc) return usage("a question is missing");
    auto q = closure::question_named(argv[i]);
    if (!q) return usage(std::string("unknown question '") + argv[i] + "'");
    std::string line = argv[i++];
    std::vector<std::string> args;
    for (; i < argc && std::string(argv[i]) != "--and"; ++i) {
      args.push_back(argv[i]);
      line += ' ';
      line += argv[i];
    }
    std::string err;
    size_t subject = *q == Question::ModifyExternalizedSym ? 1 : 0;
    pp::Loc where = locate(result.get(), subject < args.size() ? args[subject] : "");
    std::string answer = ask(pol, *q, args, where, err);
    if (!err.empty()) return usage(err);
    std::printf("%s: %s\n", line.c_str(), answer.c_str());
    if (answer == "failed") status = 1;
  }
  if (diag.errors()) status = 1;
  if (count_calls) std::printf("backend calls: %u\n", pol.backend_calls());
  return status;
}
