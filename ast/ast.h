// ast.h — the syntax tree of one translation unit (first layer: syntax only).
//
// The parser builds the tree bottom-up into one arena per translation unit: a
// contiguous vector of fixed-size Nodes addressed by 32-bit NodeIds (0 is "no
// node").  Lists are chained through Node::next, in source order.  Every node
// records the first and last index of the preprocessor tokens it covers
// (PpResult::tokens), which is how later stages find the original text,
// macro expansions and line numbers; names are interned StrIds, never copies.
//
// The meaning of the four child slots a..d and of `op` depends on the kind; it
// is written beside each kind below.  "tok" means a token index, "id" a StrId,
// "list" the first node of a chain.  Semantic analysis (types, layouts,
// constants) adds side tables indexed by NodeId rather than growing Node.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "preproc/preproc.h"

namespace kcarve::ast {

using NodeId = uint32_t;  // 0 = none
using TokIdx = uint32_t;  // index into PpResult::tokens

enum class Kind : uint8_t {
  None,
  // --- External and block-level declarations (C11 6.7, 6.9) ---
  Declaration,     // a=specifier list, b=InitDeclarator list; op=DF_* flags
  InitDeclarator,  // a=declarator, b=initializer (or 0), c=AsmLabel (or 0), d=attribute list after
  FunctionDef,     // a=specifier list, b=declarator, c=K&R declaration list, d=body (Compound)
  StaticAssert,    // a=expression, b=message (StringLit or 0)
  TopAsm,          // a=StringLit: asm("...") at file scope (gcc 6.47.4 Basic Asm)
  Pragma,          // #pragma or _Pragma: the tokens first..last, kept for later stages
  EmptyDecl,       // a stray ';' at file scope or in a struct
  LocalLabels,     // __label__ a, b;  a=list of Name
  // --- Declaration specifiers (6.7.1 - 6.7.5) ---
  SpecKeyword,     // op=keyword token (int, static, const, inline, __seg_gs, ...)
  SpecTypedefName, // a=id of the typedef name
  SpecStruct,      // op=STRUCT/UNION token; a=id tag (0 anonymous), b=member list, c=attrs, d=1 if it has a body
  SpecEnum,        // a=id tag, b=Enumerator list, c=attrs, d=1 if it has a body
  SpecTypeof,      // op=keyword (typeof, __typeof__, typeof_unqual); a=expression or TypeName
  SpecAtomic,      // _Atomic ( type-name ): a=TypeName
  SpecAlignas,     // _Alignas: a=expression or TypeName
  SpecBitInt,      // _BitInt ( N ): a=expression; op=1 if unsigned seen is separate
  SpecAttribute,   // __attribute__((...)) among specifiers: a=Attribute list
  Enumerator,      // a=id, b=value expression (or 0), c=attrs
  StructMember,    // a=specifier list, b=MemberDeclarator list (0: anonymous struct/union member)
  MemberDeclarator,// a=declarator (or 0), b=bit-field width (or 0), c=attrs
  // --- Declarators (6.7.6), nested from the outside in ---
  DeclName,        // a=id (0 for an abstract declarator's empty core)
  DeclPointer,     // a=qualifier/attribute list, b=inner declarator
  DeclArray,       // a=inner, b=size expression (0 for []), c=qualifier list; op=AF_* flags
  DeclFunction,    // a=inner, b=ParamDecl list or Name list (K&R); op=FF_* flags
  DeclParen,       // a=attribute list, b=inner: ( attrs declarator )
  ParamDecl,       // a=specifier list, b=declarator (or 0), c=attrs after it
  TypeName,        // a=specifier list, b=abstract declarator (or 0)
  AsmLabel,        // a=StringLit: int x asm("name")
  Attribute,       // a=id of the attribute name (0 for an empty one), b=argument Expr list; tokens are kept
  Name,            // a=id: an identifier in a list (K&R parameters, __label__, offsetof members)
  // --- Expressions (6.5) ---
  Ident,           // a=id
  Number,          // the pp-number token first (integer or floating, classified later)
  CharConst,       // the token first
  StringLit,       // tokens first..last, adjacent literals to concatenate
  FuncName,        // __func__, __FUNCTION__, __PRETTY_FUNCTION__: a=id
  Paren,           // ( a )
  Binary,          // op=TokKind of the operator, a, b
  Assign,          // op=TokKind (TK_ASSIGN, TK_ADD_ASSIGN, ...), a, b
  Comma,           // a, b
  Cond,            // a ? b : c  (b=0 for the GNU a ?: c)
  Unary,           // op=TokKind (& * + - ~ !), or UO_* below; a
  PreIncDec,       // op=TK_INC/TK_DEC, a
  PostIncDec,      // op=TK_INC/TK_DEC, a
  Cast,            // a=TypeName, b=operand
  SizeofExpr,      // a
  SizeofType,      // a=TypeName
  AlignofExpr,     // op=keyword, a
  AlignofType,     // op=keyword, a=TypeName
  Index,           // a[b]
  Call,            // a=callee, b=argument list
  Member,          // op=TK_DOT/TK_ARROW, a=object, b=id
  CompoundLit,     // a=TypeName, b=InitList
  StmtExpr,        // ({ ... }): a=Compound
  Generic,         // _Generic: a=controlling expression, b=GenericAssoc list
  GenericAssoc,    // a=TypeName (0 = default), b=expression
  Offsetof,        // __builtin_offsetof: a=TypeName, b=designator list (Name / Index nodes)
  VaArg,           // __builtin_va_arg: a=expression, b=TypeName
  TypesCompatible, // __builtin_types_compatible_p: a, b TypeNames
  ConvertVector,   // __builtin_convertvector: a=expression, b=TypeName
  HasAttribute,    // __builtin_has_attribute (gcc 6.59): a=expression or TypeName, b=Attribute
  LabelAddr,       // &&label: a=id
  // --- Initializers (6.7.9) ---
  InitList,        // { a=InitItem list }
  InitItem,        // a=designator list (or 0), b=initializer
  DesigField,      // .a=id (also GNU `a:`)
  DesigIndex,      // [a] or GNU [a ... b]: b=upper bound or 0
  // --- Statements (6.8) ---
  Compound,        // a=block item list
  ExprStmt,        // a=expression (0 for ';')
  If,              // a=cond, b=then, c=else (or 0)
  Switch,          // a=cond, b=body
  While,           // a=cond, b=body
  DoWhile,         // a=body, b=cond
  For,             // a=init (Declaration or ExprStmt), b=cond, c=step, d=body
  Goto,            // a=id
  GotoComputed,    // goto *a;
  Continue, Break,
  Return,          // a=expression (or 0)
  Label,           // a=id, b=the statement it labels; 0 for a label that is a block item (C23 6.8.2)
  Case,            // a=value, b=upper bound (GNU case range) or 0, c=statement (0 as a block item)
  Default,         // c=statement (0 as a block item)
  AttrStmt,        // __attribute__((fallthrough)); a=attribute list
  AsmStmt,         // op=AQ_* qualifiers, a=template, b=AsmTail (or 0 for basic asm)
  AsmTail,         // a=output list, b=input list, c=clobber StringLit list, d=label Name list
  AsmOperand,      // a=id of [symbolic name] or 0, b=constraint StringLit, c=expression
  NumKinds
};

// Declaration flags (Declaration::op).
enum : uint16_t { DF_TYPEDEF = 1, DF_EXTENSION = 2 };
// Array declarator flags.
enum : uint16_t { AF_STATIC = 1, AF_STAR = 2 };
// Function declarator flags.
enum : uint16_t { FF_VARIADIC = 1, FF_KR = 2, FF_NOPARAMS = 4 };
// Asm qualifiers.
enum : uint16_t { AQ_VOLATILE = 1, AQ_INLINE = 2, AQ_GOTO = 4 };
// Unary operators that are not punctuators.
enum : uint16_t { UO_REAL = 0x1000, UO_IMAG, UO_EXTENSION };

// 32 bytes.  Slot meanings per kind are listed above.
struct Node {
  Kind kind;
  uint8_t pad;
  uint16_t op;
  TokIdx first, last;
  uint32_t a, b, c, d;
  NodeId next;
};

// One translation unit: the arena and the top-level declaration list.
struct TranslationUnit {
  const pp::PpResult* pp = nullptr;
  std::vector<Node> nodes;   // nodes[0] is the null node
  NodeId decls = 0;          // first external declaration

  TranslationUnit() { nodes.push_back(Node{}); }
  const Node& operator[](NodeId n) const { return nodes[n]; }
  Node& operator[](NodeId n) { return nodes[n]; }
};

// A short name for a kind, for dumps and diagnostics.
const char* kind_name(Kind k);
// Bit i set when slot i (a, b, c, d) of this kind holds a child NodeId.
uint8_t child_slots(Kind k);

// Writes the tree as an indented listing (debug, --dump-ast).  Iterative, so
// any depth of nesting is fine.
void dump(const TranslationUnit& tu, std::string& out);

} // namespace kcarve::ast
