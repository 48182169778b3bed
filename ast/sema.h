// sema.h — the public interface of kcarve's semantic analysis.
//
// analyze() walks a parsed translation unit in source order, as gcc's C front
// end does, and builds beside the tree (never inside it):
//   * symbols: every declared object, function, typedef and enumerator, with
//     linkage and the chain of its redeclarations (C11 6.2.2, 6.7p4, 6.9);
//   * scopes: ordinary identifiers, tags and labels (C11 6.2.1, 6.2.3),
//     so every identifier use is resolved to its symbol;
//   * types: interned (types.h), composite across redeclarations (6.2.7),
//     records and enums laid out with the target's ABI (target/abi.h);
//   * constants: integer constant expressions in target widths, enumerator
//     values, array lengths, bit-field widths.
// Errors are reported in gcc's form through the preprocessor's Diagnostics;
// analysis goes on after an error where it safely can.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "ast/types.h"
#include "preproc/preproc.h"

namespace kcarve::target { struct Target; struct Abi; }

namespace kcarve::ast {

using SymId = uint32_t;  // index into Semantics::symbols; 0 = none

enum class SymKind : uint8_t { None, Object, Function, Typedef, Enumerator, Param };
enum class Linkage : uint8_t { None, Internal, External };
enum class Storage : uint8_t { None, Extern, Static, Auto, Register, Typedef };

struct Symbol {
  pp::StrId name;
  SymKind kind;
  Linkage linkage;
  Storage storage;        // as written on this declaration
  bool defined;           // function with body, object with initializer / tentative at end
  bool is_builtin;        // a __builtin_* or library builtin gcc knows (no declaration in the source)
  bool implicit;          // implicitly declared function (C90 call of an undeclared name)
  bool thread_local_;
  TypeId type;            // composite of all declarations seen so far
  NodeId decl;            // the declarator (DeclName's enclosing InitDeclarator/ParamDecl/FunctionDef/Enumerator)
  SymId prev;             // previous declaration of the same entity (0 = first)
  uint32_t scope_depth;   // 0 = file scope
  Int value;              // Enumerator: its value
  uint32_t owner_enum;    // Enumerator: its Enum index
  uint32_t align;         // Object: alignment from _Alignas / aligned on this declaration (bytes; 0 = the type's)
};

struct Semantics {
  TypeTable types;
  std::vector<Symbol> symbols;        // symbols[0] unused
  // Side tables indexed by NodeId (sized to the tree):
  std::vector<TypeId> node_type;      // expressions: their type; TypeName / declarators: the type they denote
  std::vector<SymId> node_sym;        // Ident / DeclName / Enumerator / FunctionDef: the symbol it names or declares;
                                      // SpecTypedefName: the typedef it names
  // File-scope typedefs and tags in declaration order, for --dump-layout-asserts
  // and later stages (closure/).
  std::vector<SymId> file_typedefs;
  std::vector<TypeId> file_tags;      // record and enum types declared with a tag or a body at file scope
};

struct SemaOptions {
  bool gnu89_inline = false;    // -std=gnu89 / -fgnu89-inline
  bool c99_or_later = true;     // implicit function declarations are a warning (C99+) or silent (C90)
  bool werror_implicit = false; // -Werror=implicit-function-declaration
  // Layout model for the command line's -m/-f options (target::abi(t, flags):
  // -mavx, -fshort-enums, -fshort-wchar, ...); null: the target's defaults.
  const target::Abi* abi = nullptr;
  // builtins.cc: which library names are implicit builtins (gcc manual,
  // "Other Builtins"; "C Dialect Options" -fno-builtin, -ffreestanding).
  bool builtin_library = true;  // false: -fno-builtin / -ffreestanding (only __builtin_ forms)
  bool strict_iso = false;      // -std=c90/c99/c11/...: no GNU library names (index, bzero, ...)
  std::vector<std::string> no_builtin;  // -fno-builtin-NAME
};

// Returns false if any error was diagnosed.  NAMES is the translation unit's
// name table (the preprocessor's interner, TU.pp->strings, handed over by the
// driver): analysis only appends to it, the spellings of the predeclared
// types' tags and members (__va_list_tag, gp_offset, ...), which the source
// need not mention; ids already given out never change.
bool analyze(const TranslationUnit& tu, pp::Interner& names, const target::Target& tgt,
             pp::Diagnostics& diag, Semantics& out, const SemaOptions& opts = SemaOptions());

// --dump-layout-asserts: appends to OUT one _Static_assert per fact gcc must
// agree with: sizeof and _Alignof of every complete file-scope struct, union
// and typedef'd type, offsetof of every non-bit-field member (through
// anonymous members), and the value of every file-scope enumerator.
// TGT and OPTS are those analyze() ran with (the sizes come from OPTS.abi, or
// TGT's ABI).
void dump_layout_asserts(const TranslationUnit& tu, const target::Target& tgt, const Semantics& sem,
                         std::string& out, const SemaOptions& opts = SemaOptions());

} // namespace kcarve::ast
