// policy.cc — Policy: the eight questions of a carve, typed, cached, and
// their problems reported in gcc's form.
//
// Each question is built into its protocol words (docs/policy.md), asked of
// the backend for its kind (a --pol-cmd-* command, else the default policy)
// the first time, and remembered by (kind, words): a command is forked once
// per distinct question however often the closure needs the answer.  The
// answer's WARNING: and ERROR: lines are reported at the entity's location
// when it is first given; a failure (of the command, or an answer that does
// not parse as the question's type) is reported once, as an error followed
// by notes naming the command line and everything it printed, and later
// asks of the same question return "failed" silently.
#include <cctype>
#include <cstring>

#include "closure/policy.h"

namespace kcarve::closure {

namespace {

const char* const kQuestionNames[kNumQuestions] = {
    "is-patched",          "may-include-header",  "can-externalize-fun",     "shall-externalize-fun",
    "shall-externalize-obj", "modify-patched-fun-sym", "modify-externalized-sym", "rename-rewritten-fun",
};

// C17 6.4.1 keywords and the GNU spellings gcc reserves in gnu11 mode: a
// policy may not rename a symbol to one of them.
const char* const kKeywords[] = {
    "_Alignas", "_Alignof", "_Atomic", "_Bool", "_Complex", "_Generic", "_Imaginary", "_Noreturn",
    "_Static_assert", "_Thread_local", "__alignof", "__alignof__", "__asm", "__asm__", "__attribute",
    "__attribute__", "__auto_type", "__builtin_offsetof", "__builtin_va_arg", "__complex", "__complex__",
    "__const", "__const__", "__extension__", "__imag", "__imag__", "__inline", "__inline__", "__int128",
    "__label__", "__real", "__real__", "__restrict", "__restrict__", "__signed", "__signed__",
    "__thread", "__typeof", "__typeof__", "__volatile", "__volatile__", "asm", "auto", "break", "case",
    "char", "const", "continue", "default", "do", "double", "else", "enum", "extern", "float", "for",
    "goto", "if", "inline", "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "typeof", "union", "unsigned", "void",
    "volatile", "while",
};

// An argument as a shell would need it typed: bare when it is made of
// harmless characters, else single-quoted.
std::string shell_word(const std::string& s) {
  bool plain = !s.empty();
  for (char c : s)
    if (!(std::isalnum((unsigned char)c) || std::strchr("_./:=+,-@%", c))) plain = false;
  if (plain) return s;
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

std::string join(const std::vector<std::string>& w) {
  std::string s;
  for (const std::string& x : w) {
    if (!s.empty()) s += ' ';
    s += x;
  }
  return s;
}

// How many printed lines of each stream a failure diagnostic shows (the rest
// are counted), and how much of each line.
constexpr unsigned kMaxTranscriptLines = 20;
constexpr size_t kMaxLineChars = 200;

} // namespace

const char* question_name(Question q) { return kQuestionNames[size_t(q)]; }

std::optional<Question> question_named(std::string_view name) {
  for (size_t i = 0; i < kNumQuestions; ++i)
    if (name == kQuestionNames[i]) return Question(i);
  return std::nullopt;
}

bool parse_policy_option(std::string_view arg, Backends& backends, std::string& error) {
  constexpr std::string_view prefix = "--pol-cmd-";
  if (arg.substr(0, prefix.size()) != prefix) return false;
  size_t eq = arg.find('=');
  std::string_view kind = arg.substr(prefix.size(), eq == std::string_view::npos ? eq : eq - prefix.size());
  auto q = question_named(kind);
  if (!q)
    error = "unknown policy question '" + std::string(kind) + "' in '" + std::string(arg) + "'";
  else if (eq == std::string_view::npos || eq + 1 == arg.size())
    error = std::string(arg.substr(0, eq)) + " needs =COMMAND";
  else
    backends[size_t(*q)] = make_command_backend(std::string(arg.substr(eq + 1)));
  return true;
}

std::string local_static_name(std::string_view function, std::string_view name) {
  std::string s(function);
  s += "::";
  s += name;
  return s;
}

bool is_c_identifier(std::string_view s) {
  if (s.empty() || std::isdigit((unsigned char)s[0])) return false;
  for (char c : s)
    if (!(std::isalnum((unsigned char)c) || c == '_')) return false;
  for (const char* k : kKeywords)
    if (s == k) return false;
  return true;
}

Policy::Policy(Backends backends, std::unique_ptr<Backend> default_backend, pp::Diagnostics& diag)
    : backends_(std::move(backends)), default_(std::move(default_backend)), diag_(diag) {}

Policy::~Policy() = default;

Backend* Policy::backend(Question q) const {
  Backend* b = backends_[size_t(q)].get();
  return b ? b : default_.get();
}

void Policy::fail(const Key& key, Answer& a, const std::string& failure, pp::Loc where) {
  Question q = Question(key.first);
  Backend* b = backend(q);
  bool command = backends_[size_t(q)] != nullptr;
  a.failure = failure;
  diag_.error(where, std::string(command ? "policy command" : "default policy") + " for " + question_name(q) +
                         " failed: " + failure);
  std::string cmdline = b ? b->describe() : std::string("(none)");
  for (const std::string& w : key.second) cmdline += ' ' + shell_word(w);
  diag_.note(where, (command ? "command: " : "question: ") + cmdline);
  if (a.transcript.empty()) {
    diag_.note(where, "it printed nothing");
    return;
  }
  // Up to kMaxTranscriptLines of each stream, each cut at kMaxLineChars.
  unsigned shown[2] = {0, 0}, more[2] = {0, 0};
  size_t i = 0;
  while (i < a.transcript.size()) {
    size_t nl = a.transcript.find('\n', i);
    if (nl == std::string::npos) nl = a.transcript.size();
    std::string line = a.transcript.substr(i, nl - i);
    i = nl + 1;
    int s = line.compare(0, 7, "stderr:") == 0;
    if (shown[s] == kMaxTranscriptLines) {
      ++more[s];
      continue;
    }
    ++shown[s];
    if (line.size() > kMaxLineChars) line = line.substr(0, kMaxLineChars) + "...";
    diag_.note(where, line);
  }
  for (int s = 0; s < 2; ++s)
    if (more[s])
      diag_.note(where, "... and " + std::to_string(more[s]) + " more lines on " + (s ? "stderr" : "stdout"));
}

const Answer* Policy::ask(Question q, std::vector<std::string> args, pp::Loc where, const Facts& facts) {
  Key key(uint8_t(q), std::move(args));
  auto it = cache_.find(key);
  if (it != cache_.end()) return it->second.failure.empty() && it->second.errors.empty() ? &it->second : nullptr;
  Backend* b = backend(q);
  Answer a;
  if (b) {
    ++backend_calls_;
    a = b->ask(q, key.second, facts);
  } else {
    a.failure = "no policy answers it";
  }
  Answer& stored = cache_.emplace(key, std::move(a)).first->second;
  if (!stored.failure.empty()) {
    fail(key, stored, stored.failure, where);
    return nullptr;
  }
  std::string what = std::string("policy (") + question_name(q);
  for (const std::string& w : key.second) what += ' ' + w;
  what += "): ";
  for (const std::string& w : stored.warnings) diag_.warning(where, what + w);
  for (const std::string& e : stored.errors) diag_.error(where, what + e);
  return stored.errors.empty() ? &stored : nullptr;
}

std::optional<bool> Policy::yes_no(Question q, std::vector<std::string> args, pp::Loc where, const Facts& facts) {
  const Answer* a = ask(q, args, where, facts);
  if (!a) return std::nullopt;
  if (a->result.size() == 1 && (a->result[0] == "YES" || a->result[0] == "NO")) return a->result[0] == "YES";
  Key key(uint8_t(q), std::move(args));
  fail(key, cache_[key], "answer '" + join(a->result) + "' is not YES or NO", where);
  return std::nullopt;
}

std::optional<SymbolChange> Policy::symbol_change(Question q, std::vector<std::string> args, pp::Loc where,
                                                  const Facts& facts) {
  const Answer* a = ask(q, args, where, facts);
  if (!a) return std::nullopt;
  const std::vector<std::string>& r = a->result;
  std::string bad;
  SymbolChange c;
  bool pointer_allowed = q == Question::ModifyExternalizedSym;
  if (r.size() < 2 || r.size() > (pointer_allowed ? 3u : 2u)) {
    bad = std::string("answer '") + join(r) + "' is not NEW-NAME KEEP-LINKAGE|MAKE-INTERNAL|MAKE-EXTERNAL" +
          (pointer_allowed ? " [MAKE-POINTER]" : "");
  } else if (!is_c_identifier(r[0])) {
    bad = "NEW-NAME '" + r[0] + "' is not a C identifier";
  } else if (r[1] != "KEEP-LINKAGE" && r[1] != "MAKE-INTERNAL" && r[1] != "MAKE-EXTERNAL") {
    bad = "'" + r[1] + "' is not KEEP-LINKAGE, MAKE-INTERNAL or MAKE-EXTERNAL";
  } else if (r.size() == 3 && r[2] != "MAKE-POINTER") {
    bad = "'" + r[2] + "' is not MAKE-POINTER";
  }
  if (!bad.empty()) {
    Key key(uint8_t(q), std::move(args));
    fail(key, cache_[key], bad, where);
    return std::nullopt;
  }
  c.new_name = r[0];
  c.linkage = r[1] == "KEEP-LINKAGE"    ? LinkageChange::Keep
              : r[1] == "MAKE-INTERNAL" ? LinkageChange::MakeInternal
                                        : LinkageChange::MakeExternal;
  c.make_pointer = r.size() == 3;
  return c;
}

std::optional<bool> Policy::is_patched(std::string_view name, pp::Loc where) {
  return yes_no(Question::IsPatched, {std::string(name)}, where);
}

std::optional<bool> Policy::may_include_header(std::string_view header, bool pre_include, pp::Loc where) {
  std::vector<std::string> args = {std::string(header)};
  if (pre_include) args.emplace_back("pre-include");
  return yes_no(Question::MayIncludeHeader, std::move(args), where);
}

std::optional<bool> Policy::can_externalize_fun(std::string_view name, bool has_def, bool internal,
                                                std::string_view def_loc, pp::Loc where) {
  std::vector<std::string> args = {std::string(name)};
  if (has_def) {
    args.emplace_back(internal ? "internal" : "external");
    args.emplace_back(def_loc);
  }
  return yes_no(Question::CanExternalizeFun, std::move(args), where);
}

std::optional<bool> Policy::shall_externalize_fun(std::string_view name, bool from_header, pp::Loc where) {
  std::vector<std::string> args = {std::string(name)};
  if (from_header) args.emplace_back("from-header");
  return yes_no(Question::ShallExternalizeFun, std::move(args), where);
}

std::optional<bool> Policy::shall_externalize_obj(std::string_view name, pp::Loc where, bool from_macro) {
  Facts facts;
  facts.from_macro = from_macro;
  return yes_no(Question::ShallExternalizeObj, {std::string(name)}, where, facts);
}

std::optional<SymbolChange> Policy::modify_patched_fun_sym(std::string_view name, unsigned retry, pp::Loc where) {
  return symbol_change(Question::ModifyPatchedFunSym, {std::string(name), std::to_string(retry)}, where, {});
}

std::optional<SymbolChange> Policy::modify_externalized_sym(bool function, std::string_view name, unsigned retry,
                                                            pp::Loc where, bool internal, bool constant_address) {
  Facts facts;
  facts.internal = internal;
  facts.constant_address = constant_address;
  return symbol_change(Question::ModifyExternalizedSym,
                       {function ? "function" : "object", std::string(name), std::to_string(retry)}, where, facts);
}

std::optional<std::string> Policy::rename_rewritten_fun(std::string_view name, unsigned retry, pp::Loc where) {
  std::vector<std::string> args = {std::string(name), std::to_string(retry)};
  const Answer* a = ask(Question::RenameRewrittenFun, args, where);
  if (!a) return std::nullopt;
  std::string bad;
  if (a->result.size() != 1) bad = "answer '" + join(a->result) + "' is not one NEW-NAME";
  else if (!is_c_identifier(a->result[0])) bad = "NEW-NAME '" + a->result[0] + "' is not a C identifier";
  if (!bad.empty()) {
    Key key(uint8_t(Question::RenameRewrittenFun), std::move(args));
    fail(key, cache_[key], bad, where);
    return std::nullopt;
  }
  return a->result[0];
}

} // namespace kcarve::closure
