// tu_compare.cc — what a fix changes in one translation unit: the original
// and the patched unit compared entity by entity, after preprocessing.
//
// Functions: each file-scope definition's tokens (specifiers to closing
// brace) are compared as kind + spelling sequences; the spellings live in
// two interners, so they are compared as text.  Tokens that only reflect
// where a line is — those the __LINE__ and __COUNTER__ builtins produced,
// and what was pasted or stringified from them (the kernel's BUG/WARN
// tables pass "i" (__LINE__) to asm; __UNIQUE_ID and BUILD_BUG_ON paste
// __COUNTER__ into names) — are "line-derived": the preprocessor's
// expansion records say which, and two line-derived tokens are equal when
// they are equal with every run of digits taken as one digit.  A name one
// such token spells is line-derived wherever it occurs (a counter makes it
// unique, so each use is the same entity).
// Names: an enumerator, typedef or function prototype whose value or type
// differs between the units changes every function (and refuses every
// initializer) that names it, whatever its tokens.
// Data: a live patch replaces code, never data in place.  Every file-scope
// struct, union and enum (by tag, or by typedef name when anonymous) is
// compared by layout — size, alignment, each member's name, type, offset
// and bits; an enum's existing enumerators must keep their values — and
// every file-scope object by type and initializer tokens.  A difference is
// a refusal.  Objects only the patched unit defines are new (carried).
#include "fixdiff/fixdiff.h"

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace kcarve::fixdiff {

const char kDataChangeAdvice[] =
    "a live patch cannot change data in place; use shadow variables (klp_shadow_*) and callbacks";

namespace {

using ast::Kind;
using ast::NodeId;

// One unit's view for comparing: spellings and the line-derived marks.
struct Side {
  const Unit& u;
  std::vector<bool> derived;        // per token
  std::vector<bool> derived_name;   // per StrId: an identifier spelled by a derived token

  explicit Side(const Unit& unit) : u(unit) { mark_derived(); }
  const pp::PpResult& pp() const { return *u.pp; }
  const ast::TranslationUnit& tu() const { return *u.tu; }
  const ast::Semantics& sem() const { return *u.sem; }
  std::string_view str(pp::StrId id) const { return u.pp->strings.str(id); }
  std::string_view spell(size_t tok) const { return str(u.pp->tokens[tok].spelling); }

  void mark(size_t t) {
    derived[t] = true;
    if (u.pp->tokens[t].kind == pp::TK_IDENT) derived_name[u.pp->tokens[t].spelling] = true;
  }

  // Whether S has VALUE as a whole run of digits.
  static bool has_digit_run(std::string_view s, const std::string& value) {
    for (size_t i = 0; i < s.size();) {
      if (s[i] < '0' || s[i] > '9') { ++i; continue; }
      size_t j = i;
      while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
      if (s.substr(i, j - i) == value) return true;
      i = j;
    }
    return false;
  }

  void mark_derived() {
    const pp::PpResult& r = pp();
    size_t ntok = r.tokens.size();
    derived.assign(ntok, false);
    derived_name.assign(r.strings.size() + 1, false);
    enum : uint8_t { kNone, kLine, kCounter };
    std::vector<uint8_t> line_macro(r.macros.size(), kNone);
    for (size_t d = 0; d < r.macros.size(); ++d)
      if (r.macros[d].builtin) {
        std::string_view n = str(r.macros[d].name);
        line_macro[d] = n == "__LINE__" ? kLine : n == "__COUNTER__" ? kCounter : kNone;
      }
    uint64_t counter = 0;  // __COUNTER__ gives 0, 1, 2, ... in the order of its expansions
    for (const pp::Expansion& e : r.expansions) {
      if (e.def >= line_macro.size() || !line_macro[e.def]) continue;
      std::string value = line_macro[e.def] == kCounter ? std::to_string(counter++)
                                                        : std::to_string(r.presumed(e.name_loc).line);
      if (e.end_tok > e.first_tok) {  // its own output: the number itself
        for (size_t t = e.first_tok; t < e.end_tok && t + 1 < ntok; ++t) mark(t);
        continue;
      }
      // Its result went into an argument that was pasted or stringified:
      // the tokens that carry the value are in the nearest enclosing
      // expansion with output, and spell the value as a run of digits.
      int32_t up = e.parent;
      while (up >= 0 && r.expansions[(size_t)up].end_tok <= r.expansions[(size_t)up].first_tok)
        up = r.expansions[(size_t)up].parent;
      if (up < 0) continue;
      const pp::Expansion& a = r.expansions[(size_t)up];
      for (size_t t = a.first_tok; t < a.end_tok && t + 1 < ntok; ++t)
        if (has_digit_run(spell(t), value)) mark(t);
    }
    for (size_t t = 0; t + 1 < ntok; ++t)
      if (r.tokens[t].kind == pp::TK_IDENT && derived_name[r.tokens[t].spelling]) derived[t] = true;
  }
};

// S with every run of digits as one '#'.
std::string digits_folded(std::string_view s) {
  std::string o;
  o.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      o.push_back('#');
      while (i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') ++i;
    } else {
      o.push_back(s[i]);
    }
  }
  return o;
}

// FOLDED is set when the tokens are equal only with their digits folded.
bool same_token(const Side& a, size_t i, const Side& b, size_t j, bool& folded) {
  const pp::Token& x = a.pp().tokens[i];
  const pp::Token& y = b.pp().tokens[j];
  if (x.kind != y.kind) return false;
  std::string_view sx = a.spell(i), sy = b.spell(j);
  if (sx == sy) return true;
  folded = true;
  return a.derived[i] && b.derived[j] && digits_folded(sx) == digits_folded(sy);
}

// Tokens [a0, a1] of A against [b0, b1] of B; FOLDED as above.
bool same_tokens(const Side& a, size_t a0, size_t a1, const Side& b, size_t b0, size_t b1, bool& folded) {
  if (a1 - a0 != b1 - b0) return false;
  for (size_t k = 0; k <= a1 - a0; ++k)
    if (!same_token(a, a0 + k, b, b0 + k, folded)) return false;
  return true;
}

bool same_tokens(const Side& a, size_t a0, size_t a1, const Side& b, size_t b0, size_t b1) {
  bool folded = false;
  return same_tokens(a, a0, a1, b, b0, b1, folded);
}

// The key an entity is matched by: its name, digits folded when the name
// is line-derived (__UNIQUE_ID_license12 is __UNIQUE_ID_license15 moved).
std::string entity_key(const Side& s, pp::StrId name) {
  std::string_view n = s.str(name);
  return name < s.derived_name.size() && s.derived_name[name] ? digits_folded(n) : std::string(n);
}

// --- Functions -----------------------------------------------------------

struct Fn {
  pp::StrId name;
  NodeId node;
};

std::vector<Fn> functions(const Side& s) {
  std::vector<Fn> v;
  const ast::TranslationUnit& tu = s.tu();
  for (NodeId n = tu.decls; n; n = tu[n].next) {
    if (tu[n].kind != Kind::FunctionDef) continue;
    ast::SymId sym = n < s.sem().node_sym.size() ? s.sem().node_sym[n] : 0;
    if (!sym) continue;
    v.push_back(Fn{s.sem().symbols[sym].name, n});
  }
  return v;
}

// The location of NAME's first token in [first, last] (its declarator),
// else of FIRST.
pp::Loc name_loc(const Side& s, ast::TokIdx first, ast::TokIdx last, pp::StrId name) {
  for (ast::TokIdx t = first; t <= last; ++t)
    if (s.pp().tokens[t].kind == pp::TK_IDENT && s.pp().tokens[t].spelling == name) return s.pp().tokens[t].loc;
  return s.pp().tokens[first].loc;
}

// Pairs entities by key, the k-th of a key in A with the k-th in B.
template <class T, class KA, class KB>
std::vector<int> pair_up(const std::vector<T>& a, const std::vector<T>& b, KA key_a, KB key_b) {
  std::unordered_map<std::string, std::vector<int>> in_a;
  for (size_t i = 0; i < a.size(); ++i) in_a[key_a(a[i])].push_back((int)i);
  std::unordered_map<std::string, size_t> used;
  std::vector<int> match(b.size(), -1);  // for each of B: its A, or -1
  for (size_t j = 0; j < b.size(); ++j) {
    std::string k = key_b(b[j]);
    auto it = in_a.find(k);
    if (it == in_a.end()) continue;
    size_t& u = used[k];
    if (u < it->second.size()) match[j] = it->second[u++];
  }
  return match;
}

struct Ordered {
  ast::TokIdx tok;  // patched token index; ~0u for the original's deleted ones
  uint32_t seq;
  Finding f;
};

// KCARVE_FIXDIFF_STATS: how many functions were compared, and how many of
// them are equal only because line-derived tokens were folded.
struct Stats {
  size_t compared = 0, line_only = 0;
};

// Whether tokens [first, last] of B name one of CHANGED (B's StrIds).
bool mentions(const Side& b, size_t first, size_t last, const std::vector<bool>& changed) {
  for (size_t t = first; t <= last; ++t) {
    const pp::Token& k = b.pp().tokens[t];
    if (k.kind == pp::TK_IDENT && k.spelling < changed.size() && changed[k.spelling]) return true;
  }
  return false;
}

void compare_functions(const Side& a, const Side& b, const std::vector<bool>& changed, std::vector<Ordered>& out,
                       Stats& stats) {
  std::vector<Fn> fa = functions(a), fb = functions(b);
  auto ka = [&](const Fn& f) { return entity_key(a, f.name); };
  auto kb = [&](const Fn& f) { return entity_key(b, f.name); };
  std::vector<int> match = pair_up(fa, fb, ka, kb);
  std::vector<bool> a_matched(fa.size(), false);
  for (size_t j = 0; j < fb.size(); ++j) {
    const ast::Node& nb = b.tu()[fb[j].node];
    pp::Loc loc = name_loc(b, nb.first, nb.last, fb[j].name);
    std::string name(b.str(fb[j].name));
    if (match[j] < 0) {
      out.push_back({nb.first, 0, Finding{Finding::New, name, loc, {}}});
      continue;
    }
    a_matched[(size_t)match[j]] = true;
    const ast::Node& na = a.tu()[fa[(size_t)match[j]].node];
    bool folded = false;
    ++stats.compared;
    if (!same_tokens(a, na.first, na.last, b, nb.first, nb.last, folded) || mentions(b, nb.first, nb.last, changed))
      out.push_back({nb.first, 0, Finding{Finding::Changed, name, loc, {}}});
    else if (folded)
      ++stats.line_only;
  }
  for (size_t i = 0; i < fa.size(); ++i) {
    if (a_matched[i]) continue;
    const ast::Node& na = a.tu()[fa[i].node];
    out.push_back({~0u, (uint32_t)i, Finding{Finding::Deleted, std::string(a.str(fa[i].name)),
                                             name_loc(a, na.first, na.last, fa[i].name), {}}});
  }
}

// --- Layouts -------------------------------------------------------------

// A record's or enum's layout as text, for comparing across the two units
// (whose type tables differ).  Anonymous member records are spelled out.
void layout_sig(const Side& s, ast::TypeId t, std::string& o, int depth = 0) {
  const ast::TypeTable& tt = s.sem().types;
  const ast::Type& ty = tt[t];
  if (depth > 8) return;
  if (ty.kind == ast::TK::Record) {
    const ast::Record& r = tt.records[ty.extra];
    if (!r.complete) { o += "incomplete"; return; }
    o += std::to_string(r.size) + "/" + std::to_string(r.align) + "{";
    for (const ast::Member& m : r.members) {
      o += std::string(s.str(m.name)) + ":" + tt.spell(m.type, s.pp().strings) + "@" + std::to_string(m.offset);
      if (m.is_bitfield) o += "." + std::to_string(m.bit_offset) + ":" + std::to_string(m.bit_width);
      const ast::Type& mt = tt[m.type];
      if (mt.kind == ast::TK::Record && tt.records[mt.extra].tag == 0) layout_sig(s, m.type, o, depth + 1);
      o += ";";
    }
    o += "}";
  }
}

// What differs first between two records' layouts, for the diagnostic.
std::string record_difference(const Side& a, const ast::Record& ra, const Side& b, const ast::Record& rb) {
  if (ra.size != rb.size) return "size " + std::to_string(ra.size) + " -> " + std::to_string(rb.size) + " bytes";
  if (ra.align != rb.align) return "alignment " + std::to_string(ra.align) + " -> " + std::to_string(rb.align);
  size_t n = std::min(ra.members.size(), rb.members.size());
  for (size_t k = 0; k < n; ++k) {
    const ast::Member& x = ra.members[k];
    const ast::Member& y = rb.members[k];
    std::string nx(a.str(x.name)), ny(b.str(y.name));
    if (nx != ny) return "member " + std::to_string(k + 1) + " '" + nx + "' -> '" + ny + "'";
    std::string tx = a.sem().types.spell(x.type, a.pp().strings), ty = b.sem().types.spell(y.type, b.pp().strings);
    if (tx != ty) return "member '" + nx + "' type '" + tx + "' -> '" + ty + "'";
    if (x.offset != y.offset || x.bit_offset != y.bit_offset)
      return "member '" + nx + "' offset " + std::to_string(x.offset) + " -> " + std::to_string(y.offset);
    if (x.bit_width != y.bit_width) return "member '" + nx + "' width changes";
  }
  if (ra.members.size() != rb.members.size())
    return std::to_string(ra.members.size()) + " -> " + std::to_string(rb.members.size()) + " members";
  return "an anonymous member's layout changes";
}

// An enum's difference: an enumerator of A gone or with another value, or
// another underlying type; "" if none (new enumerators are fine).
std::string enum_difference(const Side& a, const ast::Enum& ea, const Side& b, const ast::Enum& eb) {
  const ast::TypeTable& ta = a.sem().types;
  const ast::TypeTable& tb = b.sem().types;
  std::string ua = ta.spell(ea.underlying, a.pp().strings), ub = tb.spell(eb.underlying, b.pp().strings);
  if (ua != ub) return "underlying type '" + ua + "' -> '" + ub + "'";
  std::unordered_map<std::string_view, ast::Int> vb;
  for (uint32_t k = 0; k < eb.count; ++k) {
    const ast::Symbol& s = b.sem().symbols[eb.first_enumerator + k];
    vb[b.str(s.name)] = s.value;
  }
  for (uint32_t k = 0; k < ea.count; ++k) {
    const ast::Symbol& s = a.sem().symbols[ea.first_enumerator + k];
    auto it = vb.find(a.str(s.name));
    if (it == vb.end()) return "enumerator '" + std::string(a.str(s.name)) + "' removed";
    if (it->second != s.value) return "value of enumerator '" + std::string(a.str(s.name)) + "' changes";
  }
  return "";
}

struct Tag {
  std::string key;   // "struct foo", or "typedef foo_t" for an anonymous one
  ast::TypeId type;
  NodeId decl;
};

std::vector<Tag> tags(const Side& s) {
  std::vector<Tag> v;
  const ast::TypeTable& tt = s.sem().types;
  for (ast::TypeId t : s.sem().file_tags) {
    const ast::Type& ty = tt[t];
    if (ty.kind == ast::TK::Record) {
      const ast::Record& r = tt.records[ty.extra];
      if (!r.complete || !r.tag) continue;
      v.push_back({std::string(r.is_union ? "union " : "struct ") + std::string(s.str(r.tag)), t, r.decl});
    } else if (ty.kind == ast::TK::Enum) {
      const ast::Enum& e = tt.enums[ty.extra];
      if (!e.complete || !e.tag) continue;
      v.push_back({"enum " + std::string(s.str(e.tag)), t, e.decl});
    }
  }
  for (ast::SymId sym : s.sem().file_typedefs) {
    const ast::Symbol& y = s.sem().symbols[sym];
    ast::TypeId t = y.type;
    const ast::Type& ty = tt[t];
    bool anon = (ty.kind == ast::TK::Record && tt.records[ty.extra].tag == 0 && tt.records[ty.extra].complete) ||
                (ty.kind == ast::TK::Enum && tt.enums[ty.extra].tag == 0 && tt.enums[ty.extra].complete);
    if (anon) v.push_back({"typedef " + std::string(s.str(y.name)), t, y.decl});
  }
  return v;
}

void refuse(std::vector<Ordered>& out, const Side& b, NodeId decl, std::string name, std::string what) {
  ast::TokIdx tok = decl ? b.tu()[decl].first : 0;
  Finding f{Finding::Refusal, std::move(name), b.pp().tokens[tok].loc, {}};
  f.reason = what + ": " + kDataChangeAdvice;
  out.push_back({tok, 0, std::move(f)});
}

void compare_layouts(const Side& a, const Side& b, std::vector<Ordered>& out) {
  std::vector<Tag> ta = tags(a), tb = tags(b);
  std::unordered_map<std::string_view, size_t> by_key;
  for (size_t i = 0; i < ta.size(); ++i) by_key.emplace(ta[i].key, i);
  std::unordered_map<std::string_view, bool> seen;
  for (const Tag& y : tb) {
    auto it = by_key.find(y.key);
    if (it == by_key.end() || !seen.emplace(y.key, true).second) continue;
    const Tag& x = ta[it->second];
    const ast::Type& tx = a.sem().types[x.type];
    const ast::Type& ty = b.sem().types[y.type];
    if (tx.kind != ty.kind) {
      refuse(out, b, y.decl, y.key, "'" + y.key + "' changes kind");
      continue;
    }
    if (tx.kind == ast::TK::Enum) {
      std::string d = enum_difference(a, a.sem().types.enums[tx.extra], b, b.sem().types.enums[ty.extra]);
      if (!d.empty()) refuse(out, b, y.decl, y.key, "the layout of '" + y.key + "' changes (" + d + ")");
      continue;
    }
    std::string sa, sb;
    layout_sig(a, x.type, sa);
    layout_sig(b, y.type, sb);
    if (sa != sb)
      refuse(out, b, y.decl, y.key,
             "the layout of '" + y.key + "' changes (" +
                 record_difference(a, a.sem().types.records[tx.extra], b, b.sem().types.records[ty.extra]) + ")");
  }
}

// --- Objects -------------------------------------------------------------

struct Obj {
  pp::StrId name;
  ast::TypeId type;      // of the last declaration (the composite)
  NodeId decl;           // the InitDeclarator of the last declaration
  NodeId init;           // the initializer, 0 if none
  bool defined;          // a definition (initializer, or not extern)
  bool is_static;
};

std::vector<Obj> objects(const Side& s) {
  std::vector<Obj> v;
  std::unordered_map<pp::StrId, size_t> at;
  const ast::Semantics& sem = s.sem();
  for (size_t i = 1; i < sem.symbols.size(); ++i) {
    const ast::Symbol& y = sem.symbols[i];
    if (y.kind != ast::SymKind::Object || y.scope_depth != 0 || y.is_builtin) continue;
    auto it = at.find(y.name);
    if (it == at.end()) {
      it = at.emplace(y.name, v.size()).first;
      v.push_back(Obj{y.name, y.type, y.decl, 0, false, false});
    }
    Obj& o = v[it->second];
    o.type = y.type;
    o.decl = y.decl;
    if (y.linkage == ast::Linkage::Internal) o.is_static = true;
    if (y.storage != ast::Storage::Extern || y.defined) o.defined = true;
    if (y.decl && s.tu()[y.decl].kind == Kind::InitDeclarator && s.tu()[y.decl].b) o.init = s.tu()[y.decl].b;
  }
  return v;
}

std::string object_type_sig(const Side& s, ast::TypeId t) {
  const ast::TypeTable& tt = s.sem().types;
  std::string o = tt.spell(t, s.pp().strings);
  ast::TypeId e = t;
  while (tt[e].kind == ast::TK::Array) e = tt[e].base;
  if (tt[e].kind == ast::TK::Record && tt.records[tt[e].extra].tag == 0) layout_sig(s, e, o);
  return o;
}

void compare_objects(const Side& a, const Side& b, const std::vector<bool>& changed, std::vector<Ordered>& out) {
  std::vector<Obj> oa = objects(a), ob = objects(b);
  auto ka = [&](const Obj& o) { return entity_key(a, o.name); };
  auto kb = [&](const Obj& o) { return entity_key(b, o.name); };
  std::vector<int> match = pair_up(oa, ob, ka, kb);
  for (size_t j = 0; j < ob.size(); ++j) {
    const Obj& y = ob[j];
    std::string name(b.str(y.name));
    ast::TokIdx tok = y.decl ? b.tu()[y.decl].first : 0;
    pp::Loc loc = y.decl ? name_loc(b, b.tu()[y.decl].first, b.tu()[y.decl].last, y.name) : 0;
    if (match[j] < 0) {
      if (y.defined) out.push_back({tok, 0, Finding{Finding::NewObject, name, loc, {}}});
      continue;
    }
    const Obj& x = oa[(size_t)match[j]];
    std::string tx = object_type_sig(a, x.type), ty = object_type_sig(b, y.type);
    std::string what;
    if (tx != ty) {
      std::string sx = a.sem().types.spell(x.type, a.pp().strings), sy = b.sem().types.spell(y.type, b.pp().strings);
      what = sx != sy ? "the type of '" + name + "' changes ('" + sx + "' -> '" + sy + "')"
                      : "the layout of the type of '" + name + "' ('" + sy + "') changes";
    } else if ((x.init != 0) != (y.init != 0) ||
               (x.init && !same_tokens(a, a.tu()[x.init].first, a.tu()[x.init].last, b, b.tu()[y.init].first,
                                       b.tu()[y.init].last))) {
      what = "the initializer of '" + name + "' changes";
    } else if (y.init && mentions(b, b.tu()[y.init].first, b.tu()[y.init].last, changed)) {
      what = "the value of the initializer of '" + name + "' changes (a name in it means something else)";
    }
    if (what.empty()) continue;
    Finding f{Finding::Refusal, name, loc, what + ": " + kDataChangeAdvice};
    out.push_back({tok, 0, std::move(f)});
  }
}

// --- Names whose meaning changed -----------------------------------------

// A function's tokens can stay the same while its code changes: an
// enumerator it names has another value, a typedef another type, a
// function it calls another prototype.  Each such name is marked (by the
// patched unit's StrId); a function or initializer naming one is changed.
std::string int_text(ast::Int v) {
  bool neg = v < 0;
  ast::UInt u = neg ? (ast::UInt)0 - (ast::UInt)v : (ast::UInt)v;
  std::string o;
  do { o.insert(o.begin(), char('0' + (int)(u % 10))); u /= 10; } while (u);
  return neg ? "-" + o : o;
}

// What NAME means at file scope, as text comparable across units; "" for
// symbols that are not compared so.
std::string meaning(const Side& s, const ast::Symbol& y) {
  if (y.scope_depth != 0 || y.is_builtin || y.implicit) return "";
  switch (y.kind) {
    case ast::SymKind::Enumerator: return "enumerator " + int_text(y.value);
    case ast::SymKind::Typedef: return "typedef " + object_type_sig(s, y.type);
    case ast::SymKind::Function: return "function " + s.sem().types.spell(y.type, s.pp().strings);
    default: return "";
  }
}

std::vector<bool> changed_names(const Side& a, const Side& b) {
  std::vector<bool> changed(b.pp().strings.size() + 1, false);
  std::unordered_map<std::string, std::string> in_a;  // "kind name" -> meaning (the last declaration's)
  for (size_t i = 1; i < a.sem().symbols.size(); ++i) {
    const ast::Symbol& y = a.sem().symbols[i];
    std::string m = meaning(a, y);
    if (!m.empty()) in_a[std::to_string((int)y.kind) + " " + std::string(a.str(y.name))] = std::move(m);
  }
  std::unordered_map<std::string, std::pair<pp::StrId, std::string>> in_b;
  for (size_t i = 1; i < b.sem().symbols.size(); ++i) {
    const ast::Symbol& y = b.sem().symbols[i];
    std::string m = meaning(b, y);
    if (!m.empty()) in_b[std::to_string((int)y.kind) + " " + std::string(b.str(y.name))] = {y.name, std::move(m)};
  }
  for (const auto& [key, v] : in_b) {
    auto it = in_a.find(key);
    if (it != in_a.end() && it->second != v.second && v.first < changed.size()) changed[v.first] = true;
  }
  return changed;
}

} // namespace

std::vector<Finding> compare(const Unit& orig, const Unit& patched) {
  Side a(orig), b(patched);
  std::vector<Ordered> all;
  Stats stats;
  std::vector<bool> changed = changed_names(a, b);
  compare_functions(a, b, changed, all, stats);
  if (std::getenv("KCARVE_FIXDIFF_STATS"))
    std::fprintf(stderr, "fixdiff: %zu functions in both units, %zu equal only up to line-derived tokens\n",
                 stats.compared, stats.line_only);
  compare_objects(a, b, changed, all);
  compare_layouts(a, b, all);
  std::stable_sort(all.begin(), all.end(), [](const Ordered& x, const Ordered& y) {
    return x.tok != y.tok ? x.tok < y.tok : x.seq < y.seq;
  });
  std::vector<Finding> v;
  v.reserve(all.size());
  for (Ordered& o : all) v.push_back(std::move(o.f));
  return v;
}

} // namespace kcarve::fixdiff
