// layout_asserts.cc — --dump-layout-asserts: kcarve's layouts and constants
// written as C11 static assertions (6.7.10) for gcc to judge.
//
// Appended to the translation unit (in practice: to gcc's own preprocessed
// text of it, so no macro can change a name), every line must hold for gcc
// with the same flags.  What is written, at the end of the translation unit
// and so in file scope (6.2.1p4):
//   * sizeof and _Alignof (6.5.3.4) of every complete struct, union and enum
//     declared with a tag at file scope, and of every file-scope typedef
//     naming a complete object type;
//   * __builtin_offsetof (gcc manual 6.53 "Support for offsetof") of every
//     non-bit-field member of those records, by name, including members
//     reached through anonymous structs and unions (6.7.2.1p13) and, by a
//     member path, the members of untagged records used as member types
//     (`struct { int x; } s;` -> `s.x`, arrays through `[0]`), which no
//     other name reaches;
//   * the value of every file-scope enumerator (6.7.2.2), exact in any width
//     up to 128 bits: a comparison alone could be fooled by the usual
//     arithmetic conversions (-1 == 0xff..ffULL), so values outside
//     [0, LLONG_MAX] also compare the sign.
// Skipped, because the name would not denote the same type at the end of the
// unit or gcc could not be asked: records and enums without a tag (unless a
// typedef or a member path reaches them), tags bound more than once at file
// scope, anything declared in block or prototype scope, variably modified
// and incomplete types, gcc's predeclared types, and types whose layout
// kcarve left unknown (the error type somewhere inside).
//
// Each line is `__extension__ _Static_assert(FACT, "FACT");` — __extension__
// keeps -std=c90 -pedantic-errors quiet — and the message is the fact, so
// gcc's "static assertion failed: ..." names it.  The order is the order of
// declaration, so the output is the same for the same input.
#include <string>
#include <vector>

#include "ast/sema_internal.h"

namespace kcarve::ast {
namespace {

void append_u128(std::string& out, UInt v) {
  char buf[48];
  int n = 0;
  do {
    buf[n++] = char('0' + int(v % 10));
    v /= 10;
  } while (v);
  while (n) out += buf[--n];
}

void append_hex64(std::string& out, uint64_t v) {
  static const char digits[] = "0123456789abcdef";
  out += "0x";
  for (int s = 60; s >= 0; s -= 4) out += digits[(v >> s) & 15];
  out += "ULL";
}

// A C expression with the value V (a signed value, or an unsigned one when
// IS_UNSIGNED), whatever its width.
void append_value(std::string& out, Int sv, bool is_unsigned) {
  const UInt llmax = UInt(~0ULL >> 1);
  if (is_unsigned || sv >= 0) {
    UInt v = UInt(sv);
    if (v <= 0x7fffffff) {
      append_u128(out, v);
    } else if (v <= llmax) {
      append_u128(out, v);
      out += "LL";
    } else if (v <= UInt(~0ULL)) {
      append_u128(out, v);
      out += "ULL";
    } else {
      out += "((unsigned __int128)";
      append_hex64(out, uint64_t(v >> 64));
      out += " << 64 | ";
      append_hex64(out, uint64_t(v));
      out += ")";
    }
    return;
  }
  UInt mag = UInt(0) - UInt(sv);
  if (mag <= 0x7fffffff) {
    out += "-";
    append_u128(out, mag);
  } else if (mag == 0x80000000) {
    out += "(-2147483647 - 1)";
  } else if (mag <= llmax) {
    out += "(-";
    append_u128(out, mag);
    out += "LL)";
  } else if (mag == llmax + 1) {
    out += "(-9223372036854775807LL - 1)";
  } else {
    UInt bits = UInt(sv);
    out += "((__int128)((unsigned __int128)";
    append_hex64(out, uint64_t(bits >> 64));
    out += " << 64 | ";
    append_hex64(out, uint64_t(bits));
    out += "))";
  }
}

class Writer {
public:
  Writer(const TranslationUnit& tu, const Semantics& sem, Sema& sizer, std::string& out)
      : sem_(sem), types_(sem.types), names_(tu.pp->strings), sizer_(sizer), out_(out),
        record_known_(types_.records.size(), 0) {}

  void run();

private:
  const Semantics& sem_;
  const TypeTable& types_;
  const pp::Interner& names_;
  Sema& sizer_;
  std::string& out_;
  std::vector<uint8_t> record_known_;  // per record: 0 unvisited, 1 visiting, 2 known, 3 unknown
  unsigned n_asserts_ = 0, n_records_ = 0, n_typedefs_ = 0, n_enumerators_ = 0;
  unsigned n_skipped_ = 0;
  std::string body_;

  std::string_view name(pp::StrId id) const { return names_.str(id); }
  bool known(TypeId t);
  bool has_vla(TypeId t) const;
  void fact(const std::string& expr, const std::string& value_expr);
  void size_align(const std::string& type_name, TypeId t);
  void members(const std::string& type_name, const Record& r, uint64_t base, const std::string& path);
  void enumerators();
  void skip(std::string_view what, const char* why) {
    skipped_ += "/* skipped: ";
    skipped_ += what;
    skipped_ += ": ";
    skipped_ += why;
    skipped_ += " */\n";
    ++n_skipped_;
  }
  std::string skipped_;
};

// Whether kcarve knows T's layout: no error type anywhere inside it.
bool Writer::known(TypeId t) {
  for (;;) {
    if (!t) return false;
    const Type& ty = types_[t];
    switch (ty.kind) {
    case TK::Error:
      return false;
    case TK::Array: case TK::Complex: case TK::Vector:
      t = ty.base;
      continue;
    case TK::Enum: {
      const Enum& e = types_.enums[ty.extra];
      return e.complete && e.underlying;
    }
    case TK::Record: {
      uint8_t& st = record_known_[ty.extra];
      if (st == 2) return true;
      if (st) return false;  // 1: contains itself (already diagnosed); 3: unknown
      st = 1;
      const Record& r = types_.records[ty.extra];
      bool ok = r.complete;
      for (size_t i = 0; ok && i < r.members.size(); ++i) ok = known(r.members[i].type);
      record_known_[ty.extra] = ok ? 2 : 3;
      return ok;
    }
    default:
      return true;
    }
  }
}

bool Writer::has_vla(TypeId t) const {
  for (; t && types_[t].kind == TK::Array; t = types_[t].base)
    if (types_[t].flags & (TF_ARR_VLA | TF_ARR_STAR)) return true;
  return false;
}

void Writer::fact(const std::string& expr, const std::string& value_expr) {
  body_ += "__extension__ _Static_assert(";
  body_ += expr;
  body_ += " == ";
  body_ += value_expr;
  body_ += ", \"";
  body_ += expr;
  body_ += " == ";
  body_ += value_expr;
  body_ += "\");\n";
  ++n_asserts_;
}

void Writer::size_align(const std::string& type_name, TypeId t) {
  fact("sizeof(" + type_name + ")", std::to_string(sizer_.size_of(t)));
  // _Alignof caps at BIGGEST_ALIGNMENT where __alignof__ does not (vectors):
  // both are facts gcc must agree with.
  fact("_Alignof(" + type_name + ")", std::to_string(sizer_.c11_align_of(t)));
  fact("__alignof__(" + type_name + ")", std::to_string(sizer_.align_of(t)));
}

// The members of R, named from TYPE_NAME by PATH (empty at the top, else
// "s." or "arr[0]."), at BASE bytes from the start of the named type.
void Writer::members(const std::string& type_name, const Record& r, uint64_t base,
                     const std::string& path) {
  for (const Member& m : r.members) {
    if (m.is_bitfield) continue;
    uint64_t off = base + m.offset;
    TypeId mt = m.type;
    if (!m.name) {
      if (types_[mt].kind == TK::Record) members(type_name, types_.record(mt), off, path);
      continue;
    }
    std::string p = path + std::string(name(m.name));
    fact("__builtin_offsetof(" + type_name + ", " + p + ")", std::to_string(off));
    // An untagged record as the member's type (or its arrays' elements):
    // its members have no other name.
    std::string sub = p;
    TypeId et = mt;
    while (types_[et].kind == TK::Array) {
      et = types_[et].base;
      sub += "[0]";
    }
    if (types_[et].kind == TK::Record && !types_.record(et).tag) {
      if (types_.is_complete(mt))  // not a flexible array member
        fact("sizeof(((" + type_name + " *)0)->" + p + ")", std::to_string(sizer_.size_of(mt)));
      members(type_name, types_.record(et), off, sub + ".");
    }
  }
}

void Writer::enumerators() {
  // File-scope enumerators, each name once (a second binding of a name at
  // file scope is an error gcc reports; then neither is written).
  std::vector<uint32_t> seen(names_.size() + 1, 0);
  const auto& syms = sem_.symbols;
  for (SymId s = 1; s < syms.size(); ++s)
    if (syms[s].kind == SymKind::Enumerator && syms[s].scope_depth == 0 && syms[s].name < seen.size())
      ++seen[syms[s].name];
  for (SymId s = 1; s < syms.size(); ++s) {
    const Symbol& sym = syms[s];
    if (sym.kind != SymKind::Enumerator || sym.scope_depth != 0) continue;
    if (seen[sym.name] != 1 || !sym.type || !types_.is_integer(sym.type)) {
      skip(name(sym.name), seen[sym.name] != 1 ? "bound twice" : "value unknown");
      continue;
    }
    std::string e(name(sym.name));
    bool uns = types_.is_unsigned(sym.type);
    std::string v;
    append_value(v, sym.value, uns);
    bool exact = sym.value >= 0 && sym.value <= Int(~0ULL >> 1);
    if (exact) {
      fact(e, v);
    } else {
      // The sign too, or the usual arithmetic conversions could make -1
      // equal to the largest unsigned value.
      std::string expr = e + " == " + v + " && ((" + e + ") < 0) == (" + v + " < 0)";
      body_ += "__extension__ _Static_assert(" + expr + ", \"" + e + " == " + v + "\");\n";
      ++n_asserts_;
    }
    ++n_enumerators_;
  }
}

void Writer::run() {
  // Tags: each record or enum once, only if its tag is bound once at file scope.
  std::vector<TypeId> tags;
  std::vector<uint32_t> tag_count(names_.size() + 1, 0);
  std::vector<uint8_t> rec_done(types_.records.size(), 0), enum_done(types_.enums.size(), 0);
  for (TypeId t : sem_.file_tags) {
    if (!t) continue;
    const Type& ty = types_[t];
    pp::StrId tag = 0;
    if (ty.kind == TK::Record) {
      const Record& r = types_.records[ty.extra];
      if (rec_done[ty.extra]++ || r.scope_depth != 0 || !r.decl) continue;
      tag = r.tag;
    } else if (ty.kind == TK::Enum) {
      const Enum& e = types_.enums[ty.extra];
      if (enum_done[ty.extra]++ || e.scope_depth != 0 || !e.decl) continue;
      tag = e.tag;
    } else {
      continue;
    }
    if (!tag || tag >= tag_count.size()) continue;
    ++tag_count[tag];
    tags.push_back(t);
  }
  // Records reached by a tag have their members written under it.
  std::vector<uint8_t> members_written(types_.records.size(), 0);
  for (TypeId t : tags) {
    const Type& ty = types_[t];
    bool is_record = ty.kind == TK::Record;
    pp::StrId tag = is_record ? types_.records[ty.extra].tag : types_.enums[ty.extra].tag;
    std::string tn;
    if (is_record) tn = types_.records[ty.extra].is_union ? "union " : "struct ";
    else tn = "enum ";
    tn += name(tag);
    if (!types_.is_complete(t)) continue;  // declared only: no facts
    if (tag_count[tag] != 1 || !known(t)) {
      skip(tn, tag_count[tag] != 1 ? "tag bound twice" : "layout unknown");
      continue;
    }
    size_align(tn, t);
    if (is_record) {
      members(tn, types_.records[ty.extra], 0, "");
      members_written[ty.extra] = 1;
    }
    ++n_records_;
  }
  // Typedefs: the last binding of each name (a typedef may be redefined to
  // the same type, C11 6.7p3).
  std::vector<SymId> last(names_.size() + 1, 0);
  for (SymId s : sem_.file_typedefs)
    if (s && s < sem_.symbols.size() && sem_.symbols[s].name < last.size())
      last[sem_.symbols[s].name] = s;
  for (SymId s : sem_.file_typedefs) {
    if (!s || s >= sem_.symbols.size()) continue;
    const Symbol& sym = sem_.symbols[s];
    if (sym.name >= last.size() || last[sym.name] != s) continue;
    last[sym.name] = 0;  // once, even if listed twice
    TypeId t = sym.type;
    if (sym.kind != SymKind::Typedef || sym.scope_depth != 0 || sym.is_builtin || !sym.decl) continue;
    if (t && !types_.is_complete(t)) continue;  // void, function, incomplete: no facts
    if (!t || has_vla(t) || !known(t)) {
      skip(name(sym.name), !t ? "type unknown" : has_vla(t) ? "variably modified" : "layout unknown");
      continue;
    }
    std::string tn(name(sym.name));
    size_align(tn, t);
    if (types_[t].kind == TK::Record && !members_written[types_[t].extra]) {
      members_written[types_[t].extra] = 1;
      members(tn, types_.record(t), 0, "");
    }
    ++n_typedefs_;
  }
  enumerators();
  out_ += "/* kcarve --dump-layout-asserts: " + std::to_string(n_asserts_) + " asserts: " +
          std::to_string(n_records_) + " tags, " + std::to_string(n_typedefs_) + " typedefs, " +
          std::to_string(n_enumerators_) + " enumerators; " + std::to_string(n_skipped_) +
          " skipped */\n";
  out_ += body_;
  out_ += skipped_;
}

} // namespace

void dump_layout_asserts(const TranslationUnit& tu, const target::Target& tgt, const Semantics& sem,
                         std::string& out, const SemaOptions& opts) {
  // Sizes and alignments come from layout.cc (Sema::size_of / align_of), the
  // same code that answers sizeof in the program.  Sema needs a Semantics to
  // write into: a scratch one holding a copy of the type table, so the
  // analysed result stays untouched.
  Semantics scratch;
  scratch.types = sem.types;
  pp::Diagnostics quiet(stderr);
  quiet.attach(tu.pp);
  pp::Interner no_new_names;  // the sizer never runs the analysis, which alone adds names
  Sema sizer(tu, no_new_names, tgt, quiet, scratch, opts);
  Writer w(tu, sem, sizer, out);
  w.run();
}

} // namespace kcarve::ast
