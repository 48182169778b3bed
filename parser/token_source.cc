// token_source.cc — bison's yylex over PpResult::tokens: no re-lexing.
//
// Each call returns the next token's grammar symbol and its index as the
// location.  Punctuators map one-to-one from TokKind.  An identifier is a
// keyword (C11 6.4.1, gcc's alternate spellings), a TYPEDEF_NAME when the
// scopes say its innermost declaration is a typedef (the typedef feedback),
// or an IDENTIFIER.  Keyword identity is cached per interned StrId, so each
// distinct spelling is looked up in the keyword hash once per translation
// unit.  A #pragma (TK_PRAGMA .. TK_PRAGMA_END) becomes one PRAGMA token
// covering its whole range.  Bracket nesting is bounded, so no later stage
// walking the tree needs unbounded recursion.
#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "parser/parse_ctx.h"
#include "c_grammar.hh"

namespace kcarve::parser {

namespace {

// gcc accepts 10,000 levels (gcc.c-torture limits-exprparen.c) and crashes on
// 100,000; this limit keeps every later recursive walk shallow enough.
constexpr unsigned kMaxBracketDepth = 32768;

int punct_token(uint16_t k) {
  switch (k) {
    case pp::TK_LBRACKET: return T_LBRACKET;   case pp::TK_RBRACKET: return T_RBRACKET;
    case pp::TK_LPAREN: return T_LPAREN;       case pp::TK_RPAREN: return T_RPAREN;
    case pp::TK_LBRACE: return T_LBRACE;       case pp::TK_RBRACE: return T_RBRACE;
    case pp::TK_DOT: return T_DOT;             case pp::TK_ARROW: return T_ARROW;
    case pp::TK_INC: return T_INC;             case pp::TK_DEC: return T_DEC;
    case pp::TK_AMP: return T_AMP;             case pp::TK_STAR: return T_STAR;
    case pp::TK_PLUS: return T_PLUS;           case pp::TK_MINUS: return T_MINUS;
    case pp::TK_TILDE: return T_TILDE;         case pp::TK_EXCL: return T_EXCL;
    case pp::TK_SLASH: return T_SLASH;         case pp::TK_PERCENT: return T_PERCENT;
    case pp::TK_SHL: return T_SHL;             case pp::TK_SHR: return T_SHR;
    case pp::TK_LT: return T_LT;               case pp::TK_GT: return T_GT;
    case pp::TK_LE: return T_LE;               case pp::TK_GE: return T_GE;
    case pp::TK_EQEQ: return T_EQEQ;           case pp::TK_NE: return T_NE;
    case pp::TK_CARET: return T_CARET;         case pp::TK_PIPE: return T_PIPE;
    case pp::TK_ANDAND: return T_ANDAND;       case pp::TK_OROR: return T_OROR;
    case pp::TK_QUESTION: return T_QUESTION;   case pp::TK_COLON: return T_COLON;
    case pp::TK_SEMI: return T_SEMI;           case pp::TK_ELLIPSIS: return T_ELLIPSIS;
    case pp::TK_ASSIGN: return T_ASSIGN;       case pp::TK_MUL_ASSIGN: return T_MUL_ASSIGN;
    case pp::TK_DIV_ASSIGN: return T_DIV_ASSIGN; case pp::TK_MOD_ASSIGN: return T_MOD_ASSIGN;
    case pp::TK_ADD_ASSIGN: return T_ADD_ASSIGN; case pp::TK_SUB_ASSIGN: return T_SUB_ASSIGN;
    case pp::TK_SHL_ASSIGN: return T_SHL_ASSIGN; case pp::TK_SHR_ASSIGN: return T_SHR_ASSIGN;
    case pp::TK_AND_ASSIGN: return T_AND_ASSIGN; case pp::TK_XOR_ASSIGN: return T_XOR_ASSIGN;
    case pp::TK_OR_ASSIGN: return T_OR_ASSIGN; case pp::TK_COMMA: return T_COMMA;
    default: return -1;
  }
}

// Grammar symbol of each Keyword (index = ast::Keyword).
int keyword_token(ast::Keyword kw) {
  using namespace ast;
  switch (kw) {
    case KW_AUTO: return T_AUTO; case KW_BREAK: return T_BREAK; case KW_CASE: return T_CASE;
    case KW_CHAR: return T_CHAR; case KW_CONST: return T_CONST; case KW_CONTINUE: return T_CONTINUE;
    case KW_DEFAULT: return T_DEFAULT; case KW_DO: return T_DO; case KW_DOUBLE: return T_DOUBLE;
    case KW_ELSE: return T_ELSE; case KW_ENUM: return T_ENUM; case KW_EXTERN: return T_EXTERN;
    case KW_FLOAT: return T_FLOAT; case KW_FOR: return T_FOR; case KW_GOTO: return T_GOTO;
    case KW_IF: return T_IF; case KW_INLINE: return T_INLINE; case KW_INT: return T_INT;
    case KW_LONG: return T_LONG; case KW_REGISTER: return T_REGISTER; case KW_RESTRICT: return T_RESTRICT;
    case KW_RETURN: return T_RETURN; case KW_SHORT: return T_SHORT; case KW_SIGNED: return T_SIGNED;
    case KW_SIZEOF: return T_SIZEOF; case KW_STATIC: return T_STATIC; case KW_STRUCT: return T_STRUCT;
    case KW_SWITCH: return T_SWITCH; case KW_TYPEDEF: return T_TYPEDEF; case KW_UNION: return T_UNION;
    case KW_UNSIGNED: return T_UNSIGNED; case KW_VOID: return T_VOID; case KW_VOLATILE: return T_VOLATILE;
    case KW_WHILE: return T_WHILE; case KW_ALIGNAS: return T_ALIGNAS; case KW_ALIGNOF: return T_ALIGNOF;
    case KW_ATOMIC: return T_ATOMIC; case KW_BOOL: return T_BOOL; case KW_COMPLEX: return T_COMPLEX;
    case KW_GENERIC: return T_GENERIC; case KW_IMAGINARY: return T_IMAGINARY;
    case KW_NORETURN: return T_NORETURN; case KW_STATIC_ASSERT: return T_STATIC_ASSERT;
    case KW_THREAD_LOCAL: return T_THREAD_LOCAL; case KW_ASM: return T_ASM;
    case KW_ATTRIBUTE: return T_ATTRIBUTE; case KW_AUTO_TYPE: return T_AUTO_TYPE;
    case KW_EXTENSION: return T_EXTENSION; case KW_REAL: return T_REAL; case KW_IMAG: return T_IMAG;
    case KW_INT128: return T_INT128; case KW_LABEL: return T_LABEL; case KW_TYPEOF: return T_TYPEOF;
    case KW_TYPEOF_UNQUAL: return T_TYPEOF_UNQUAL; case KW_FLOAT16: return T_FLOAT16;
    case KW_FLOAT32: return T_FLOAT32; case KW_FLOAT64: return T_FLOAT64;
    case KW_FLOAT128: return T_FLOAT128; case KW_FLOAT32X: return T_FLOAT32X;
    case KW_FLOAT64X: return T_FLOAT64X; case KW_FLOAT128X: return T_FLOAT128X;
    case KW_DECIMAL32: return T_DECIMAL32; case KW_DECIMAL64: return T_DECIMAL64;
    case KW_DECIMAL128: return T_DECIMAL128; case KW_BITINT: return T_BITINT;
    case KW_SEG_FS: return T_SEG_FS; case KW_SEG_GS: return T_SEG_GS;
    case KW_BUILTIN_OFFSETOF: return T_BUILTIN_OFFSETOF;
    case KW_BUILTIN_VA_ARG: return T_BUILTIN_VA_ARG;
    case KW_BUILTIN_TYPES_COMPATIBLE_P: return T_BUILTIN_TYPES_COMPATIBLE_P;
    case KW_BUILTIN_CONVERTVECTOR: return T_BUILTIN_CONVERTVECTOR;
    case KW_BUILTIN_HAS_ATTRIBUTE: return T_BUILTIN_HAS_ATTRIBUTE;
    case KW_FUNC_NAME: return T_FUNC_NAME;
    default: return T_IDENTIFIER;
  }
}

bool builtin_typedef(std::string_view s) {
  for (const char* const* p = ast::kBuiltinTypedefs; *p; ++p)
    if (s == *p) return true;
  return false;
}

const std::unordered_map<std::string_view, ast::Keyword>& keyword_map() {
  static const auto* m = [] {
    auto* map = new std::unordered_map<std::string_view, ast::Keyword>;
    for (const ast::KeywordSpelling* k = ast::kKeywordSpellings; k->text; ++k)
      map->emplace(k->text, k->kw);
    return map;
  }();
  return *m;
}

} // namespace

ast::Keyword ParseCtx::keyword(pp::StrId id) {
  if (id >= kw_cache.size()) kw_cache.resize(pp.strings.size() > id ? pp.strings.size() : id + 1, 0);
  uint8_t c = kw_cache[id];
  if (c == 0) {
    const auto& m = keyword_map();
    std::string_view sp = pp.strings.str(id);
    auto it = m.find(sp);
    c = it == m.end() ? 1 : static_cast<uint8_t>(it->second + 1);
    // Plain spellings the dialect does not reserve are identifiers.
    if ((!opts.asm_typeof && (sp == "asm" || sp == "typeof")) ||
        (!opts.inline_kw && sp == "inline") || (!opts.restrict_kw && sp == "restrict"))
      c = 1;
    if (c == 1 && builtin_typedef(pp.strings.str(id)))
      scopes.predeclare_typedef(id);  // first sight: nothing can shadow it yet
    kw_cache[id] = c;
  }
  return static_cast<ast::Keyword>(c - 1);
}

// At `[[` (token I): finds the `(` of each attribute in the list whose
// arguments are not GNU attribute arguments, so the lexer can hand the
// grammar one token for a skipped balanced sequence, or flag a `(` where
// none may be.  Entries stay sorted by token index.
void ParseCtx::scan_std_attrs(uint32_t i) {
  const std::vector<pp::Token>& toks = pp.tokens;
  const size_t n = toks.size();
  auto kind = [&](size_t j) { return j < n ? toks[j].kind : uint16_t(pp::TK_EOF); };
  size_t j = i + 2;
  while (kind(j) == pp::TK_IDENT || kind(j) == pp::TK_COMMA) {
    if (kind(j) == pp::TK_COMMA) { ++j; continue; }
    std::string_view ns, name = pp.strings.str(toks[j].spelling);
    bool scoped = false;
    ++j;
    if (kind(j) == pp::TK_COLON && kind(j + 1) == pp::TK_COLON && kind(j + 2) == pp::TK_IDENT) {
      ns = name;
      name = pp.strings.str(toks[j + 2].spelling);
      scoped = true;
      j += 3;
    }
    if (kind(j) != pp::TK_LPAREN) continue;
    size_t k = j;
    unsigned depth = 0;
    for (; k < n && toks[k].kind != pp::TK_EOF; ++k) {
      uint16_t c = toks[k].kind;
      if (c == pp::TK_LPAREN || c == pp::TK_LBRACKET || c == pp::TK_LBRACE) ++depth;
      else if ((c == pp::TK_RPAREN || c == pp::TK_RBRACKET || c == pp::TK_RBRACE) && --depth == 0) break;
    }
    if (k >= n || toks[k].kind == pp::TK_EOF) return;  // unbalanced: the grammar reports it
    AttrArgs a = std_attr_args(ns, name, scoped);
    if (a != AttrArgs::Gnu) {
      AttrParen e{uint32_t(j), uint32_t(k), a == AttrArgs::None};
      auto at = std::lower_bound(attr_parens.begin() + attr_paren_next, attr_parens.end(), e,
                                 [](const AttrParen& x, const AttrParen& y) { return x.open < y.open; });
      if (at == attr_parens.end() || at->open != e.open) attr_parens.insert(at, e);
    }
    j = k + 1;
  }
}

int cgram_lex(CGRAM_STYPE* lval, TokRange* lloc, ParseCtx& ctx) {
  const std::vector<pp::Token>& toks = ctx.pp.tokens;
  if (ctx.fatal) return T_CGRAM_UNDEF;
  for (;;) {
    uint32_t i = ctx.pos;
    if (i >= toks.size() || toks[i].kind == pp::TK_EOF) {
      lloc->first = lloc->last = i < toks.size() ? i : (toks.empty() ? 0 : uint32_t(toks.size() - 1));
      return T_YYEOF;
    }
    const pp::Token& t = toks[i];
    ctx.pos = i + 1;
    lloc->first = lloc->last = i;
    switch (t.kind) {
      case pp::TK_IDENT: {
        lval->u = t.spelling;
        ast::Keyword kw = ctx.keyword(t.spelling);
        if (kw != ast::KW_NONE) return keyword_token(kw);
        return ctx.scopes.is_typedef(t.spelling) ? T_TYPEDEF_NAME : T_IDENTIFIER;
      }
      case pp::TK_NUMBER: return T_NUMBER;
      case pp::TK_CHAR: return T_CHAR_CONST;
      case pp::TK_STRING: return T_STRING;
      case pp::TK_PRAGMA: {
        uint32_t j = i + 1;
        while (j < toks.size() && toks[j].kind != pp::TK_PRAGMA_END && toks[j].kind != pp::TK_EOF) ++j;
        if (j < toks.size() && toks[j].kind == pp::TK_PRAGMA_END) {
          lloc->last = j;
          ctx.pos = j + 1;
        } else {
          lloc->last = j - 1;
          ctx.pos = j;
        }
        return T_PRAGMA;
      }
      case pp::TK_PRAGMA_END: continue;  // unbalanced; nothing to give the grammar
      case pp::TK_LPAREN:
        // The arguments of a C2x attribute gcc does not parse: one token.
        while (ctx.attr_paren_next < ctx.attr_parens.size() &&
               ctx.attr_parens[ctx.attr_paren_next].open < i)
          ++ctx.attr_paren_next;
        if (ctx.attr_paren_next < ctx.attr_parens.size() &&
            ctx.attr_parens[ctx.attr_paren_next].open == i) {
          const ParseCtx::AttrParen& e = ctx.attr_parens[ctx.attr_paren_next++];
          if (e.no_args) return T_ATTR_BAD_LPAREN;
          lloc->last = e.close;
          ctx.pos = e.close + 1;
          return T_ATTR_SKIPPED_ARGS;
        }
        [[fallthrough]];
      case pp::TK_LBRACKET: case pp::TK_LBRACE:
        if (++ctx.bracket_depth > kMaxBracketDepth) {
          ctx.diag.error(ctx.tok_loc(i), "bracket nesting level exceeded maximum of " +
                                             std::to_string(kMaxBracketDepth));
          ctx.fatal = true;
          ctx.error_reported = true;
          return T_CGRAM_UNDEF;
        }
        // Two `[` open a C2x attribute specifier wherever they appear, as
        // in gcc (c_parser_nth_token_starts_std_attributes).
        if (t.kind == pp::TK_LBRACKET && i + 1 < toks.size() && toks[i + 1].kind == pp::TK_LBRACKET) {
          ctx.scan_std_attrs(i);
          return T_ATTR_LBRACKET;
        }
        return punct_token(t.kind);
      case pp::TK_RPAREN: case pp::TK_RBRACKET: case pp::TK_RBRACE:
        if (ctx.bracket_depth) --ctx.bracket_depth;
        return punct_token(t.kind);
      case pp::TK_OTHER: case pp::TK_HASH: case pp::TK_HASHHASH: {
        std::string_view s = ctx.pp.strings.str(t.spelling);
        ctx.diag.error(ctx.tok_loc(i), "stray '" + std::string(s) + "' in program");
        ctx.fatal = true;
        ctx.error_reported = true;
        return T_CGRAM_UNDEF;
      }
      default: {
        int p = punct_token(t.kind);
        if (p >= 0) return p;
        ctx.fatal = true;
        return T_CGRAM_UNDEF;
      }
    }
  }
}

} // namespace kcarve::parser
