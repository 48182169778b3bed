// parse_ctx.h — the state one parse of one translation unit carries (internal
// to parser/): the token cursor the bison lexer reads, the scopes for typedef
// feedback, the stack of "is this declaration a typedef" flags, and the node
// builders the grammar's actions call.  No global state: bison is pure and
// gets this object as its parameter.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "ast/keywords.h"
#include "parser/parser.h"
#include "parser/scope.h"
#include "preproc/preproc.h"

namespace kcarve::parser {

// Bison's location: the inclusive range of token indexes a symbol covers.
// An empty rule gets first = last + 1.
struct TokRange {
  TokRange() = default;
  // Bison's trivial-location initializer passes four values ({1, 1, 1, 1}).
  TokRange(uint32_t f, uint32_t l, uint32_t = 0, uint32_t = 0) : first(f), last(l) {}
  uint32_t first, last;
};

// A list under construction: chained through Node::next.
struct List {
  ast::NodeId head, tail;
};

struct ParseCtx {
  ParseCtx(const pp::PpResult& pp, ast::TranslationUnit& tu, pp::Diagnostics& diag);

  const pp::PpResult& pp;
  ast::TranslationUnit& tu;
  pp::Diagnostics& diag;
  Scopes scopes;
  Options opts;

  // Token source (token_source.cc).
  uint32_t pos = 0;                  // next token to read
  unsigned bracket_depth = 0;
  bool fatal = false;                // an error the lexer already reported
  std::vector<uint8_t> kw_cache;     // per StrId: 0 unknown, 1 none, else Keyword+1
  ast::Keyword keyword(pp::StrId id);
  // C2x attributes: the `(` of each attribute whose arguments gcc skips as
  // a balanced token sequence (or refuses: no_args), sorted by token index.
  struct AttrParen { uint32_t open, close; bool no_args; };
  std::vector<AttrParen> attr_parens;
  size_t attr_paren_next = 0;
  void scan_std_attrs(uint32_t first);

  // Declaration flags: pushed when a declaration's specifiers are complete,
  // popped when the declaration ends (nested ones come from statement
  // expressions in initializers and typeof).
  std::vector<uint16_t> decl_flags;

  // Top-level list.
  List top{0, 0};

  // --- node builders ---
  ast::NodeId mk(ast::Kind k, const TokRange& r, uint32_t a = 0, uint32_t b = 0,
                 uint32_t c = 0, uint32_t d = 0, uint16_t op = 0) {
    ast::Node n{};
    n.kind = k;
    n.op = op;
    n.first = r.first;
    n.last = r.last;
    n.a = a; n.b = b; n.c = c; n.d = d;
    tu.nodes.push_back(n);
    return static_cast<ast::NodeId>(tu.nodes.size() - 1);
  }
  List list1(ast::NodeId n) { return List{n, n}; }
  List append(List l, ast::NodeId n) {
    if (!n) return l;
    if (!l.head) return List{n, n};
    tu.nodes[l.tail].next = n;
    return List{l.head, n};
  }
  List concat(List a, List b) {
    if (!a.head) return b;
    if (!b.head) return a;
    tu.nodes[a.tail].next = b.head;
    return List{a.head, b.tail};
  }
  pp::StrId spelling(uint32_t tok) const { return pp.tokens[tok].spelling; }

  // --- typedef feedback (decls.cc) ---
  void push_decl_specs(ast::NodeId specs);
  void pop_decl_specs() { if (!decl_flags.empty()) decl_flags.pop_back(); }
  bool in_typedef() const { return !decl_flags.empty() && (decl_flags.back() & ast::DF_TYPEDEF); }
  // The identifier a declarator declares (0 if abstract); iterative.
  pp::StrId declarator_name(ast::NodeId d) const;
  void declare(ast::NodeId declarator, Scopes::Meaning m);
  void declare_init_declarator(ast::NodeId declarator) {
    declare(declarator, in_typedef() ? Scopes::Typedef : Scopes::Object);
  }
  // Opens the function body's scope and declares the parameters of the
  // function declarator that applies to the name.
  void begin_function(ast::NodeId declarator);
  // Links a pointer chain (outermost first) to the declarator it applies to.
  ast::NodeId attach_pointers(List ptrs, ast::NodeId inner);
  // `__extension__ declaration` (gcc 6.48 Alternate Keywords): flag it.
  ast::NodeId mark_extension(ast::NodeId n, uint32_t first) {
    ast::Node& d = tu.nodes[n];
    if (d.kind == ast::Kind::Declaration) d.op |= ast::DF_EXTENSION;
    d.first = first;
    return n;
  }
  // Gives a Label / Case / Default its statement (or declaration).
  ast::NodeId attach_labeled(ast::NodeId label, ast::NodeId what, uint32_t last) {
    ast::Node& n = tu.nodes[label];
    if (n.kind == ast::Kind::Label) n.b = what; else n.c = what;
    n.last = last;
    return label;
  }
  // --- C2x attributes (std_attrs.cc) ---
  // The node of one `[[ns::name(args)]]` attribute, or 0 when gcc ignores it.
  ast::NodeId std_attribute(pp::StrId ns, pp::StrId name, const TokRange& r, ast::NodeId args);
  // Reports `gnu: :x` (colons not adjacent) as gcc does.
  void check_scope_colons(uint32_t colon_tok);
  // Reports "expected WHAT before TOKEN" at token TOK (once), for
  // constructs the grammar takes but gcc refuses.
  void syntax_error_at(uint32_t tok, const char* what) {
    if (error_reported) return;
    diag.error(tok_loc(tok), std::string(what) + " before " + describe_token(tok));
    error_reported = true;
  }
  // The last `]` of the latest `[[...]]`: a syntax error right after it is
  // reported at the next token, not just past the `]`.
  uint32_t std_attr_end = ~0u;
  // Marks a SpecAttribute as written `[[...]]` (its op).
  static constexpr uint16_t kStdAttrSyntax = 1;

  // A declarator that declares no function (gcc's function_declarator_p:
  // a function declarator applied to the name itself) cannot start a
  // definition: when old-style parameter declarations seem to follow
  // (lookahead LA, grammar symbol LA_SYM, not `{`), gcc says "expected ';'"
  // just past the declarator.
  void check_fndef_declarator(ast::NodeId declarator, int la_sym, uint32_t la);
  // gcc: no attributes or asm label between a definition's declarator and body.
  void check_fn_tail(ast::NodeId asm_label, ast::NodeId attrs, ast::NodeId kr_decls);

  // --- diagnostics (syntax_error.cc) ---
  pp::Loc tok_loc(uint32_t tok) const;
  // Where gcc reports "at end of input": the first token of the last line.
  pp::Loc eof_loc() const;
  // Just past a token written in a file (0 if it came from a macro).
  pp::Loc loc_after(uint32_t tok) const;
  std::string describe_token(uint32_t tok) const;   // "'}' token", "'x'", "numeric constant"
  bool error_reported = false;
};

// C2x attribute arguments (gcc 12 c_parser_std_attribute; std_attrs.cc): a
// known gnu:: attribute's and [[deprecated]] / [[nodiscard]]'s are GNU
// attribute arguments; [[fallthrough]] and [[maybe_unused]] take none; any
// other attribute's are a balanced token sequence gcc skips (and the
// attribute is ignored).
enum class AttrArgs : uint8_t { Gnu, None, Skip };
AttrArgs std_attr_args(std::string_view ns, std::string_view name, bool scoped);

// The bison entry point (c_grammar.cc).
int run_grammar(ParseCtx& ctx);

} // namespace kcarve::parser
