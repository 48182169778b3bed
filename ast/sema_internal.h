// sema_internal.h — the semantic analyser's state and the contract between
// its parts (internal to ast/).  One Sema object analyses one translation
// unit; its member functions are implemented across files with one job each:
//
//   sema.cc         construction, the top-level walk, diagnostics helpers
//   sema_scope.cc   ordinary / tag / label scopes (C11 6.2.1, 6.2.3)
//   sema_decl.cc    declarations: specifiers, declarators, linkage,
//                   redeclarations, composite types, attributes on decls
//   sema_tag.cc     struct/union/enum specifiers, members, enumerators
//   sema_stmt.cc    function bodies and statements
//   sema_expr.cc    expression typing and conversions (C11 6.3, 6.5)
//   sema_init.cc    initializers (6.7.9): checks and array completion
//   builtins.cc     gcc's builtin functions: names and types
//   const_eval.cc   constant expressions (6.6): integer, floating, address
//   layout.cc       record/enum layout, sizeof/alignof, mode, vector_size
//   types.cc        the type table (types.h)
//
// Conventions every part relies on:
//  * TypeId 0 is the error type: something was already diagnosed (or is
//    beyond what kcarve models).  Anything computed from an error type is the
//    error type, silently: one mistake gives one diagnostic, and an unknown
//    never turns into a false error.
//  * expr(e) types e and all its operands once, stores the result in
//    out.node_type[e] and returns it.  The returned type is the expression's
//    own type before lvalue conversion: an array stays an array, an lvalue
//    keeps its qualifiers (C11 6.3.2.1); value_type() applies the
//    conversions.
//  * Constant evaluation reads the types expr() stored; callers type an
//    expression before asking for its value.
//  * Diagnostics go through error()/warning() with the node or token they
//    are about; gcc's wording is the model.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "ast/keywords.h"
#include "ast/sema.h"
#include "ast/types.h"
#include "target/abi.h"

namespace kcarve::ast {

// A constant as const_eval.cc computes it (C11 6.6).
struct ConstValue {
  enum Kind : uint8_t { None, Integer, Floating, Address } kind = None;
  Int i = 0;              // Integer: the value, in `type`'s width; Address: byte offset
  long double f = 0;      // Floating
  SymId sym = 0;          // Address of an object or function (0: a literal below, or a null/integer address)
  NodeId lit = 0;         // Address of a string literal or compound literal node
  TypeId type = 0;
};

// Declaration specifiers, resolved (sema_decl.cc).
constexpr TokIdx kNoTok = ~TokIdx(0);

struct DeclSpecs {
  TypeId type = 0;
  Storage storage = Storage::None;
  bool is_inline = false, is_noreturn = false, is_thread_local = false;
  bool has_type = false;          // a type specifier was written (else implicit int)
  TokIdx first = kNoTok;          // the first specifier's token (gcc's position for some notes)
  bool type_seen = false;
  TokIdx type_tok = kNoTok;       // gcc's position for the type: a tag's name (else kNoTok)
  bool auto_type = false;         // __auto_type: the type comes from the initializer (decl engineer)
  uint8_t auto_quals = 0;         // qualifiers written with __auto_type
  uint32_t align = 0;             // _Alignas / aligned attribute for the declared object
  NodeId attrs = 0;               // first SpecAttribute in the list (for declaration attributes)
};

class Sema {
public:
  Sema(const TranslationUnit& tu, pp::Interner& names, const target::Target& tgt,
       pp::Diagnostics& diag, Semantics& out, const SemaOptions& opts);
  bool run();

  const TranslationUnit& tu;
  const pp::PpResult& pp;
  pp::Interner& names;            // pp.strings, writable: see analyze() in sema.h
  const target::Target& tgt;
  const target::Abi& abi;
  pp::Diagnostics& diag;
  Semantics& out;
  TypeTable& types;
  SemaOptions opts;

  // ---- sema.cc: diagnostics and small helpers ----
  void error(NodeId at, const std::string& msg);        // at the node's first token
  void error_tok(TokIdx tok, const std::string& msg);
  // At the first token of T's line (gcc's position for storage-class errors).
  void error_line_start(TokIdx t, const std::string& msg);
  void warning(NodeId at, const std::string& msg);
  void warning_tok(TokIdx tok, const std::string& msg);
  void note(NodeId at, const std::string& msg);
  void note_tok(TokIdx tok, const std::string& msg);
  std::string str(pp::StrId id) const { return std::string(pp.strings.str(id)); }
  std::string_view tok_text(TokIdx t) const { return pp.strings.str(pp.tokens[t].spelling); }
  std::string spell(TypeId t) const { return types.spell(t, pp.strings); }
  const Node& node(NodeId n) const { return tu.nodes[n]; }
  Keyword keyword(pp::StrId id);                        // KW_NONE if not a keyword spelling
  // Well-known types of the target.
  TypeId t_int = 0, t_uint = 0, t_long = 0, t_ulong = 0, t_char = 0, t_void = 0;
  TypeId t_size = 0, t_ptrdiff = 0, t_wchar = 0, t_char16 = 0, t_char32 = 0;
  TypeId t_double = 0, t_bool = 0, t_va_list = 0;
  SymId new_symbol(pp::StrId name, SymKind kind);

  // ---- sema_scope.cc ----
  void open_scope();
  void close_scope();
  uint32_t scope_depth() const { return depth_; }
  SymId lookup(pp::StrId name) const;                   // innermost ordinary identifier
  SymId lookup_in_current(pp::StrId name) const;        // only if declared in the current scope
  SymId lookup_file_scope(pp::StrId name) const;        // the file-scope declaration, if any
  void bind(pp::StrId name, SymId sym);                 // declare in the current scope
  TypeId lookup_tag(pp::StrId tag, bool current_only) const;
  void bind_tag(pp::StrId tag, TypeId type);
  // Labels of the current function (C11 6.2.1p3): function scope.
  void begin_labels();
  void end_labels();                                    // reports labels used but not defined
  void define_label(pp::StrId name, NodeId at);
  void use_label(pp::StrId name, NodeId at);

  // ---- sema_decl.cc ----
  void external_declaration(NodeId n);
  void declaration(NodeId n);                           // Declaration or StaticAssert, any scope
  void static_assert_decl(NodeId n);
  void function_definition(NodeId n);                   // also nested functions
  // End of the translation unit: tentative definitions (6.9.2), arrays of
  // unknown size completed to one element, unused-static checks gcc makes.
  void finish_file_scope();
  DeclSpecs decl_specs(NodeId list);
  TokIdx type_position(NodeId spec) const;  // DeclSpecs::type_tok
  bool incomplete_element(TypeId t) const;       // 6.7.6.2p1: T cannot be an array's element
  bool variably_modified(TypeId t) const;        // 6.7.6p3
  void incomplete_initializer(NodeId init, TypeId t, TokIdx type_tok, pp::StrId name);  // sema_decl.cc
  // The type a declarator gives to BASE; *name gets the declared identifier
  // (0 if abstract), *name_node its DeclName.  Parameters are adjusted
  // (6.7.6.3p7-8) when in_params.
  TypeId declarator_type(TypeId base, NodeId declarator, pp::StrId* name, NodeId* name_node,
                         bool in_params = false);
  TypeId type_name(NodeId type_name_node);               // TypeName node
  // Attributes that change a type (aligned, packed, mode, vector_size,
  // transparent_union, may_alias) applied to T; attribute list chained via next.
  TypeId apply_type_attributes(TypeId t, NodeId attr_list, bool on_typedef);

  // ---- sema_tag.cc ----
  TokIdx tag_token(NodeId spec) const;               // a specifier's tag token (sema_tag.cc)
  TypeId tag_reference(NodeId spec, bool is_enum, bool is_union);  // a tag without a body
  TypeId struct_spec(NodeId spec, NodeId trailing_attrs);  // SpecStruct
  TypeId enum_spec(NodeId spec, NodeId trailing_attrs);    // SpecEnum
  uint8_t pragma_pack = 0;                              // #pragma pack in force (0 = none)
  void pragma(NodeId n);                                // Pragma node: pack(push/pop/N) etc.

  // ---- sema_stmt.cc ----
  void statement(NodeId s);                             // any statement or block item
  void compound(NodeId c, bool new_scope = true);
  void condition(NodeId e);                             // controlling expression of if/while/do/for
  TypeId current_return = 0;                            // return type of the function being analysed
  SymId current_function = 0;

  // ---- sema_expr.cc ----
  TypeId expr(NodeId e);
  TypeId value_type(TypeId t);                          // lvalue conversion, array/function decay (6.3.2.1)
  TypeId promote(TypeId t);                             // integer promotions (6.3.1.1)
  TypeId usual_arith(TypeId a, TypeId b);               // usual arithmetic conversions (6.3.1.8)
  bool is_lvalue(NodeId e) const;
  bool is_null_pointer_constant(NodeId e);
  // Member NAME of record type REC, searching anonymous members; fills the
  // byte offset and the Member; false if there is none.
  bool find_member(TypeId rec, pp::StrId name, uint64_t* offset, const Member** m);
  // Checks that a value of type FROM (expression E) may be assigned to TO (6.5.16.1).
  void check_assignable(TypeId to, NodeId e, const char* context);
  // E (typed) used as a truth value (6.5.3.3, 6.5.13-15, 6.8.4-5): gcc's error
  // for a void value at VOID_AT (kAtValue: where gcc locates E's value, silent
  // when unsure), for a struct/union/vector at AGG_AT (kNoCheck: the caller's
  // business).  False when E is no truth value (error given, or error type).
  static constexpr TokIdx kAtValue = ~TokIdx(0), kNoCheck = ~TokIdx(0) - 1;
  bool truth_value(NodeId e, TokIdx void_at, TokIdx agg_at);

  // ---- sema_init.cc ----
  // Checks INIT (an expression or InitList) against T and returns T, completed
  // when T is an array of unknown length (6.7.9p22).
  TypeId initializer(NodeId init, TypeId t, bool static_storage, pp::StrId name = 0);

  // ---- builtins.cc ----
  // The symbol of gcc's builtin function NAME (__builtin_*, __atomic_*,
  // __sync_*, and the library functions gcc knows, like memcpy), declared on
  // first use at file scope; 0 if NAME is not one.
  SymId builtin(pp::StrId name);
  // Type-generic builtins (their result type depends on the arguments, or
  // their arguments are not ordinary values): types the call and its
  // arguments.  Returns false if NAME is no such builtin.
  bool generic_builtin_call(NodeId call, pp::StrId name, TypeId* result);
  // gcc's predeclared types (ast/keywords.h kBuiltinTypedefs): __builtin_va_list
  // (target::VaList), __int128_t, __uint128_t, __float128, ...; sets t_va_list.
  void declare_builtin_types();
  // The type an implicit declaration of library builtin B gets (a call of an
  // undeclared memcpy; gcc's implicitly_declare): `int ()` when the
  // builtin's type is compatible with it (abs, putchar, fputs: no warning
  // beyond the implicit declaration), else the builtin's own type with
  // *incompatible set: gcc then warns "incompatible implicit declaration of
  // built-in function 'NAME'" [-Wbuiltin-declaration-mismatch] at the name.
  TypeId implicit_builtin_type(SymId b, bool* incompatible);

  // ---- const_eval.cc ----
  // An integer constant expression as gcc's c_fully_fold reduces it (6.6p6
  // plus what gcc folds: __builtin_constant_p, __builtin_choose_expr, casts
  // of floating constants, sizeof, offsetof and the null-pointer offsetof
  // idiom, `0 && x`, `&x != 0`; signed overflow wraps).  This is what static
  // assertions, enumerators, case labels, bit-field widths and designators
  // accept.  Returns false (no diagnostic) if E is not one.
  bool int_const(NodeId e, Int& v);
  // gcc's stricter notion: E is an integer constant as the parser builds it,
  // before c_fully_fold (C11 6.6p6 exactly, plus gcc's builtins; no
  // overflow, no shift of a negative value or into the sign bit, no pointer
  // casts, floating constants only as a cast's immediate operand, every
  // operand of ?: && || constant).  It decides null pointer constants
  // (6.3.2.3p3, the kernel's __is_constexpr) and whether an array is
  // variably modified: gcc gives `int a[0 && x]` at file scope only the
  // pedwarn "variably modified 'a' at file scope" (a VLA that folds).
  bool int_const_strict(NodeId e, Int& v);
  // As int_const, but reports gcc's error when E is not one.  WHAT names the
  // context: "static assertion", "enumerator value", "bit-field width",
  // "case label", "designator", "array size" (only the non-integer-type
  // error; a non-constant size is a VLA, the caller's business), anything
  // else gives "WHAT is not an integer constant".  AT is the node gcc points
  // at for enumerators (the Enumerator), bit-fields (the node whose first
  // token is the member name, or the struct tag for an unnamed one) and case
  // labels (the Case node); NAME the enumerator / member / array name (0:
  // '<anonymous>').  Without AT the position is guessed from E's tokens.
  // Silent when E's type is the error type.
  bool require_int_const(NodeId e, Int& v, const char* what, NodeId at = 0, pp::StrId name = 0);
  ConstValue eval(NodeId e);                            // any constant (initializers of static storage)
  Int convert_int(Int v, TypeId to) const;              // truncate / sign-extend to TO's width

  // ---- layout.cc ----
  void layout_record(Record& r);                        // offsets, size, alignment; r.complete = true
  // Picks the enum's underlying type from its enumerators' values (gcc's rules,
  // packed included); sets en.underlying and en.complete.
  void layout_enum(Enum& en);
  uint64_t size_of(TypeId t);                           // complete types; 1 for void and functions (gcc)
  // __alignof__ (gcc's TYPE_ALIGN): what members and objects are aligned to.
  uint32_t align_of(TypeId t);
  // C11 _Alignof (gcc's min_align_of_type): align_of capped at the target's
  // BIGGEST_ALIGNMENT unless an aligned attribute set it.  Differs from
  // __alignof__ only for big vectors and records holding them (x86_64:
  // _Alignof of a 32-byte vector is 16, __alignof__ 32; s390x: 8 vs 16).
  uint32_t c11_align_of(TypeId t);
  // __attribute__((mode(M))) on integer/float type T; 0 with an error if M is unknown.
  TypeId mode_type(TypeId t, std::string_view mode, NodeId at);
  // The size of integer mode M (QI..TI, byte, word, pointer, __M__ forms), 0
  // if M is none; for mode on an enum definition (Enum::mode_bytes), which
  // layout_enum() then follows as gcc's finish_enum does.
  uint32_t mode_int_bytes(std::string_view mode);
  // __attribute__((vector_size(BYTES))) on T (a scalar, or an array/pointer/function
  // whose innermost element it applies to); 0 with an error if invalid.
  TypeId vector_type(TypeId t, uint64_t bytes, NodeId at);

private:
  // Scopes (sema_scope.cc): one slot per StrId holding the innermost binding,
  // an undo log replayed when a scope closes (as parser/scope.h).
  struct Binding { SymId sym; uint32_t depth; };
  struct TagBinding { TypeId type; uint32_t depth; };
  struct Undo { pp::StrId name; uint32_t old; bool tag; };
  std::vector<uint32_t> ordinary_;     // per StrId: index into bindings_ + 1 (0: none)
  std::vector<uint32_t> tags_;
  std::vector<Binding> bindings_;
  std::vector<TagBinding> tag_bindings_;
  std::vector<Undo> undo_;
  std::vector<size_t> marks_;
  uint32_t depth_ = 0;
  struct LabelInfo { pp::StrId name; NodeId defined, used; };
  std::vector<LabelInfo> labels_;
  std::vector<uint8_t> kw_cache_;
  // ---- expressions engineer (sema_expr.cc, sema_literal.cc) private state ----
  TypeId number_type(NodeId e);                 // sema_literal.cc: 6.4.4.1-2
  TypeId char_const_type(NodeId e);             // 6.4.4.4
  TypeId string_type(NodeId e);                 // 6.4.5
  TypeId ident(NodeId e, bool callee);
  TypeId call(NodeId e);
  TypeId member(NodeId e);
  TypeId binary(NodeId e);
  TypeId cond(NodeId e);
  TypeId unary(NodeId e);
  TypeId generic(NodeId e);
  TypeId offsetof_expr(NodeId e);
  TypeId promote_expr(NodeId e, TypeId t);      // promotions, bit-fields by their width
  const Member* bitfield_of(NodeId e);          // the bit-field E designates, if any
  TokIdx op_token(NodeId e) const;              // a binary/assignment node's operator token
  struct ExprName { uint32_t undeclared_in; SymId implicit; };
  std::vector<ExprName> expr_names_;            // per StrId
  bool undeclared_note_ = false;
  // ---- builtins engineer (builtins.cc) private state ----
  std::vector<SymId> builtin_cache_;   // per StrId: builtin symbol + 1 looked up (1: not a builtin; 0: not asked)
  TypeId builtin_code_type(const char*& p, uint8_t variant);  // one type of a signature string
  TypeId builtin_fn_type(const char* sig, uint8_t variant);   // a whole signature
  // ---- declarations engineer (sema_scope/decl/tag/stmt.cc) private state ----
  std::vector<SymId> file_syms_;       // per StrId: its file-scope binding
  std::vector<SymId> linkage_syms_;    // per StrId: latest declaration with linkage, any scope (6.2.2p4)
  std::vector<uint32_t> label_idx_;    // per StrId: index into labels_ + 1
  struct LabelUndo { pp::StrId name; uint32_t old; };
  std::vector<LabelUndo> label_undo_;
  struct LabelFrame { size_t labels, undo; };
  std::vector<LabelFrame> label_frames_;
  std::vector<uint8_t> sym_flags_;     // per SymId: SF_* (sema_decl.cc)
  std::vector<uint8_t> record_busy_;   // per Record: its body is being analysed
  std::vector<uint32_t> member_stamp_; // per StrId: duplicate-member check generation
  uint32_t member_gen_ = 0;
  NodeId standalone_tag_ = 0;          // the SpecStruct/SpecEnum of a `struct s;` declaration
  std::vector<uint8_t> pack_stack_;    // #pragma pack(push)
  struct SwitchCtx { TypeId type; NodeId default_; std::vector<NodeId> cases; std::vector<Int> lo, hi; };
  std::vector<SwitchCtx> switches_;
  uint32_t loop_depth_ = 0;
  std::vector<SymId> file_objects_;    // file-scope objects, for tentative definitions (6.9.2)
  std::vector<TypeId> scratch_types_;  // parameter types being collected (a stack)
  std::vector<NodeId> sym_name_node_;  // per SymId: the DeclName it was declared by (for notes)
  void local_labels(NodeId list, std::vector<LabelUndo>& undo);
  void end_local_labels(std::vector<LabelUndo>& undo, size_t mark);
  void declare_symbol(NodeId decl_node, NodeId name_node, pp::StrId name, TypeId t, const DeclSpecs& ds,
                      bool is_definition, bool has_init, SymId* out_sym);
  const char* unprototyped_mismatch(TypeId a, TypeId b) const;
  bool transparent_compatible(TypeId a, TypeId b) const;
  NodeId attr_at_ = 0;                 // the declaration gcc reports a type attribute's errors at
  NodeId def_fn_decl_ = 0;             // the DeclFunction of the definition being declared
  struct ProtoTag { pp::StrId tag; TypeId type; };
  std::vector<ProtoTag> proto_tags_;   // tags declared in that parameter list (visible in the body)
};

} // namespace kcarve::ast
