/* c_grammar.y — the GNU C grammar (C11 6.4-6.9 plus the gcc extensions of
 * the gcc 12 manual, chapter 6 "Extensions to the C Language Family").
 *
 * LALR(1), pure, reading the preprocessor's token vector through
 * token_source.cc.  Locations are token-index ranges (TokRange), so every
 * node the actions build records the tokens it spans.
 *
 * Typedef names: the token source classifies an identifier as TYPEDEF_NAME
 * when the innermost declaration of it in the scopes is a typedef.  Actions
 * keep the scopes current: a block opens a scope at '{' and closes it at '}'
 * (a default reduction, so the token after '}' is classified afterwards);
 * a declarator's name is declared when the declarator is complete (C11
 * 6.2.1p7), as a typedef if its declaration's specifiers hold `typedef`;
 * a parameter list has its own prototype scope; a function body re-declares
 * the parameters of the function declarator.  Declaration specifiers are
 * split, as in Jourdan & Pottier's C11 parser, into lists holding exactly one
 * typedef name (ds_typedef) and lists holding none (ds_basic): after either,
 * a TYPEDEF_NAME can only be the declarator's name, which is how
 * `typedef int T; { int T; }` and `struct { T T; }` parse.
 *
 * Conflicts, each documented here and counted by %expect / %expect-rr:
 *  0. IF ... statement . ELSE: the dangling else binds to the nearest if
 *     (%precedence settles it; not counted).
 * Shift/reduce (7), each resolved by shifting, which is the right reading:
 *  1. `_Atomic` followed by '(' is the _Atomic(type-name) specifier, never
 *     the qualifier followed by a parenthesized declarator (C11 6.7.2.4p4).
 *  2. (settled by %prec, not counted) In a parameter declaration,
 *     `( __attribute__` starts a nested parameter list whose first specifier
 *     is an attribute, as gcc reads it (gcc.c-torture/compile/20010313-1.c),
 *     not a parenthesized declarator with attributes.
 *  3-8. After a function declarator (six states: with decl_specs, with
 *     C2x attributes and decl_specs, with storage-class-only specifiers,
 *     with C2x attributes only, with none; before or after an asm label),
 *     an `__attribute__` continues the declarator's attribute tail
 *     rather than starting a K&R parameter declaration.  gcc rejects
 *     attributes there on a definition; so does check_fn_tail.
 * No reduce/reduce conflicts.
 */

%code requires {
#include "parser/parse_ctx.h"
// TokRange is plain data: lets bison grow its stacks on the heap (memcpy).
#define CGRAM_LTYPE_IS_TRIVIAL 1
}

%code provides {
namespace kcarve::parser {
int cgram_lex(CGRAM_STYPE* lval, TokRange* lloc, ParseCtx& ctx);
}
}

%code {
#include <cstring>
using namespace kcarve;
using namespace kcarve::parser;
using K = ast::Kind;
#define YYMAXDEPTH 1000000
#define cgram_lex(lval, lloc, ctx) kcarve::parser::cgram_lex(lval, lloc, ctx)
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                     \
  do {                                                                 \
    if (N) {                                                           \
      (Cur).first = YYRHSLOC(Rhs, 1).first;                            \
      (Cur).last = YYRHSLOC(Rhs, N).last;                              \
    } else {                                                           \
      (Cur).first = YYRHSLOC(Rhs, 0).last + 1;                         \
      (Cur).last = YYRHSLOC(Rhs, 0).last;                              \
    }                                                                  \
  } while (0)
static void cgram_error(TokRange* loc, ParseCtx& ctx, const char* msg);
// Closes a scope.  When the rule needed a lookahead to reduce (a `for`
// whose body ends in an else-less `if` waits to see there is no `else`),
// that token was classified while the scope was still open: classify it
// again, so a typedef name the scope shadowed is a type name once more.
#define CLOSE_SCOPE()                                                    \
  do {                                                                   \
    ctx.scopes.close();                                                  \
    if (yychar == T_IDENTIFIER || yychar == T_TYPEDEF_NAME) {             \
      int c_ = ctx.scopes.is_typedef(yylval.u) ? T_TYPEDEF_NAME : T_IDENTIFIER; \
      if (c_ != yychar) { yychar = c_; YY_LAC_DISCARD("reclassified"); } \
    }                                                                    \
  } while (0)
}

%define api.prefix {cgram_}
%define api.pure full
%define api.location.type {kcarve::parser::TokRange}
%define api.token.prefix {T_}
%define parse.error custom
%define parse.lac full
%locations
%param {kcarve::parser::ParseCtx& ctx}
%initial-action { @$.first = 0; @$.last = 0; }
%expect 7

%union {
  kcarve::ast::NodeId n;
  kcarve::parser::List l;
  uint32_t u;
}

%token <u> IDENTIFIER "identifier" TYPEDEF_NAME "type name"
%token NUMBER "numeric constant" CHAR_CONST "character constant"
%token STRING "string constant" PRAGMA "#pragma" FUNC_NAME "__func__"

%token LBRACKET "[" RBRACKET "]" LPAREN "(" RPAREN ")" LBRACE "{" RBRACE "}"
%token DOT "." ARROW "->" INC "++" DEC "--" AMP "&" STAR "*" PLUS "+"
%token MINUS "-" TILDE "~" EXCL "!" SLASH "/" PERCENT "%" SHL "<<" SHR ">>"
%token LT "<" GT ">" LE "<=" GE ">=" EQEQ "==" NE "!=" CARET "^" PIPE "|"
%token ANDAND "&&" OROR "||" QUESTION "?" COLON ":" SEMI ";" ELLIPSIS "..."
%token ASSIGN "=" MUL_ASSIGN "*=" DIV_ASSIGN "/=" MOD_ASSIGN "%="
%token ADD_ASSIGN "+=" SUB_ASSIGN "-=" SHL_ASSIGN "<<=" SHR_ASSIGN ">>="
%token AND_ASSIGN "&=" XOR_ASSIGN "^=" OR_ASSIGN "|=" COMMA ","

%token AUTO "auto" BREAK "break" CASE "case" CHAR "char" CONST "const"
%token CONTINUE "continue" DEFAULT "default" DO "do" DOUBLE "double"
%token ELSE "else" ENUM "enum" EXTERN "extern" FLOAT "float" FOR "for"
%token GOTO "goto" IF "if" INLINE "inline" INT "int" LONG "long"
%token REGISTER "register" RESTRICT "restrict" RETURN "return" SHORT "short"
%token SIGNED "signed" SIZEOF "sizeof" STATIC "static" STRUCT "struct"
%token SWITCH "switch" TYPEDEF "typedef" UNION "union" UNSIGNED "unsigned"
%token VOID "void" VOLATILE "volatile" WHILE "while" ALIGNAS "_Alignas"
%token ALIGNOF "_Alignof" ATOMIC "_Atomic" BOOL "_Bool" COMPLEX "_Complex"
%token GENERIC "_Generic" IMAGINARY "_Imaginary" NORETURN "_Noreturn"
%token STATIC_ASSERT "_Static_assert" THREAD_LOCAL "_Thread_local"
%token ASM "asm" ATTRIBUTE "__attribute__" AUTO_TYPE "__auto_type"
%token EXTENSION "__extension__" REAL "__real__" IMAG "__imag__"
%token INT128 "__int128" LABEL "__label__" TYPEOF "typeof"
%token TYPEOF_UNQUAL "typeof_unqual" FLOAT16 "_Float16" FLOAT32 "_Float32"
%token FLOAT64 "_Float64" FLOAT128 "_Float128" FLOAT32X "_Float32x"
%token FLOAT64X "_Float64x" FLOAT128X "_Float128x" DECIMAL32 "_Decimal32"
%token DECIMAL64 "_Decimal64" DECIMAL128 "_Decimal128" BITINT "_BitInt"
%token SEG_FS "__seg_fs" SEG_GS "__seg_gs"
%token BUILTIN_OFFSETOF "__builtin_offsetof" BUILTIN_VA_ARG "__builtin_va_arg"
%token BUILTIN_TYPES_COMPATIBLE_P "__builtin_types_compatible_p"
%token BUILTIN_CONVERTVECTOR "__builtin_convertvector"
%token BUILTIN_HAS_ATTRIBUTE "__builtin_has_attribute"
/* From the lexer (token_source.cc): the first of two `[` (a C2x attribute
   specifier starts), the skipped arguments of an attribute gcc ignores,
   and a `(` after an attribute that takes no arguments. */
%token ATTR_LBRACKET "[[" ATTR_SKIPPED_ARGS "attribute arguments"
%token ATTR_BAD_LPAREN "attribute ("

%precedence THEN
%precedence ELSE
%left "||"
%left "&&"
%left "|"
%left "^"
%left "&"
%left "==" "!="
%left "<" ">" "<=" ">="
%left "<<" ">>"
%left "+" "-"
%left "*" "/" "%"
%precedence ATTRIBUTE
%precedence PARAM_LIST_START

%type <n> external_declaration function_definition declaration
%type <n> static_assert_declaration init_declarator init_declarator_head
%type <n> plain_init_declarator declarator_any declarator td_declarator
%type <n> direct_declarator direct_td_declarator declarator_suffix
%type <n> attr_suffix array_suffix func_suffix_proto func_suffix_kr abs_suffix
%type <n> parameter_declaration abstract_declarator direct_abstract_declarator
%type <n> type_name asm_label_opt ds_other storage_class type_qualifier
%type <n> function_specifier alignment_specifier type_spec typedef_name_spec
%type <n> struct_spec enum_spec typeof_spec attribute_spec attribute
%type <n> member_declaration member_last member_declarator enumerator initializer init_item
%type <n> designator primary_expr postfix_expr unary_expr cast_expr
%type <n> binary_expr cond_expr assign_expr expression const_expr
%type <n> expression_opt string_seq generic_assoc attr_arg statement
%type <n> labeled_statement compound_statement expression_statement
%type <n> selection_statement iteration_statement jump_statement
%type <n> asm_statement attr_statement block_item for_init asm_tail
%type <n> asm_operand label unlabeled_statement nonnull_statement plain_declaration
%type <n> std_attr_spec std_attr attribute_nonempty
%type <l> std_attrs std_attr_list std_attr_args tag_attrs_opt enum_attrs_opt param_specs
%type <l> member_specs ds_notype_end attr_decl_specs_push
%type <l> decl_specs decl_specs_push ds_notype ds_notype_push ds_typedef
%type <l> ds_basic init_declarator_list init_declarator_list_opt
%type <l> plain_init_declarator_list pointer ptr_quals ptr_quals_opt
%type <l> array_quals array_quals_opt parameter_list identifier_list
%type <l> attrs attrs_opt attribute_list attr_args kr_decls kr_decls_opt
%type <l> member_list member_list_unterminated member_declarator_list enumerator_list
%type <l> initializer_list designator_list argument_list generic_assoc_list
%type <l> offsetof_designator block_item_list asm_operands asm_operands_opt
%type <l> asm_clobbers asm_clobbers_opt asm_labels asm_labels_opt label_list
%type <u> any_ident attr_word struct_or_union typeof_kw unary_operator
%type <u> assign_op asm_quals asm_quals_opt asm_qual

%start translation_unit

%%

/* ---- 6.9 External definitions ---------------------------------------- */

translation_unit
  : %empty
  | translation_unit external_declaration   { ctx.top = ctx.append(ctx.top, $2); }
  ;

external_declaration
  : function_definition
  | declaration
  | ";"                                     { $$ = ctx.mk(K::EmptyDecl, @$); }
  | std_attrs ";"                           { $$ = ctx.mk(K::EmptyDecl, @$); }  /* C2x attribute declaration */
  | ASM asm_quals_opt "(" string_seq ")" ";" { $$ = ctx.mk(K::TopAsm, @$, $4); }
  | PRAGMA                                  { $$ = ctx.mk(K::Pragma, @$); }
  | EXTENSION external_declaration          { $$ = ctx.mark_extension($2, @1.first); }
  /* Implicit int (C90, still accepted by gcc with a warning). */
  | ds_notype_push plain_init_declarator_list ";"
      { uint16_t f = ctx.decl_flags.back(); ctx.pop_decl_specs();
        $$ = ctx.mk(K::Declaration, @$, $1.head, $2.head, 0, 0, f); }
  | ds_notype_push declarator asm_label_opt attrs_opt fn_begin kr_decls_opt compound_statement
      { CLOSE_SCOPE(); $$ = ctx.mk(K::FunctionDef, @$, $1.head, $2, $6.head, $7);
        ctx.check_fn_tail($3, $4.head, $6.head); }
  | plain_init_declarator_list ";"
      { $$ = ctx.mk(K::Declaration, @$, 0, $1.head); }
  | std_attrs plain_init_declarator_list ";"
      { $$ = ctx.mk(K::Declaration, @$, $1.head, $2.head); }
  | std_attrs declarator asm_label_opt attrs_opt fn_begin_nospecs kr_decls_opt compound_statement
      { CLOSE_SCOPE(); $$ = ctx.mk(K::FunctionDef, @$, $1.head, $2, $6.head, $7);
        ctx.check_fn_tail($3, $4.head, $6.head); }
  | declarator asm_label_opt attrs_opt fn_begin_nospecs kr_decls_opt compound_statement
      { CLOSE_SCOPE(); $$ = ctx.mk(K::FunctionDef, @$, 0, $1, $5.head, $6);
        ctx.check_fn_tail($2, $3.head, $5.head); }
  ;

function_definition
  : decl_specs_push declarator_any asm_label_opt attrs_opt fn_begin kr_decls_opt compound_statement
      { CLOSE_SCOPE(); $$ = ctx.mk(K::FunctionDef, @$, $1.head, $2, $6.head, $7);
        ctx.check_fn_tail($3, $4.head, $6.head); }
  | attr_decl_specs_push declarator_any asm_label_opt attrs_opt fn_begin kr_decls_opt compound_statement
      { CLOSE_SCOPE(); $$ = ctx.mk(K::FunctionDef, @$, $1.head, $2, $6.head, $7);
        ctx.check_fn_tail($3, $4.head, $6.head); }
  ;


/* ---- 6.7 Declarations ------------------------------------------------- */

/* C2x attributes may open a declaration, but not a K&R parameter
   declaration (gcc: "expected declaration specifiers"). */
declaration
  : plain_declaration
  | attr_decl_specs_push init_declarator_list_opt ";"
      { uint16_t f = ctx.decl_flags.back(); ctx.pop_decl_specs();
        $$ = ctx.mk(K::Declaration, @$, $1.head, $2.head, 0, 0, f); }
  ;
plain_declaration
  : decl_specs_push init_declarator_list_opt ";"
      { uint16_t f = ctx.decl_flags.back(); ctx.pop_decl_specs();
        $$ = ctx.mk(K::Declaration, @$, $1.head, $2.head, 0, 0, f); }
  | static_assert_declaration
  ;

static_assert_declaration
  : STATIC_ASSERT "(" const_expr "," string_seq ")" ";"
      { $$ = ctx.mk(K::StaticAssert, @$, $3, $5); }
  | STATIC_ASSERT "(" const_expr ")" ";"
      { $$ = ctx.mk(K::StaticAssert, @$, $3, 0); }
  ;

decl_specs_push
  : decl_specs              { ctx.push_decl_specs($1.head); $$ = $1; }
  ;
attr_decl_specs_push
  : std_attrs decl_specs    { $$ = ctx.concat($1, $2); ctx.push_decl_specs($$.head); }
  ;
ds_notype_push
  : ds_notype_end           { ctx.push_decl_specs($1.head); $$ = $1; }
  | std_attrs ds_notype_end { $$ = ctx.concat($1, $2); ctx.push_decl_specs($$.head); }
  ;
/* Attributes end the specifiers: `static [[gnu::unused]] x;`. */
ds_notype_end
  : ds_notype
  | ds_notype std_attrs     { $$ = ctx.concat($1, $2); }
  ;

init_declarator_list_opt
  : %empty                  { $$ = List{0, 0}; }
  | init_declarator_list
  ;
init_declarator_list
  : init_declarator                               { $$ = ctx.list1($1); }
  | init_declarator_list "," init_declarator      { $$ = ctx.append($1, $3); }
  | init_declarator_list "," attrs init_declarator
      { ctx.tu[$4].d = ctx.concat($3, List{ctx.tu[$4].d, ctx.tu[$4].d}).head;
        ctx.tu[$4].first = @3.first; $$ = ctx.append($1, $4); }
  ;
init_declarator
  : init_declarator_head
  | init_declarator_head "=" initializer
      { $$ = $1; ctx.tu[$1].b = $3; ctx.tu[$1].last = @3.last; }
  ;
init_declarator_head
  : declarator_any asm_label_opt attrs_opt
      { ctx.declare_init_declarator($1);
        $$ = ctx.mk(K::InitDeclarator, @$, $1, 0, $2, $3.head); }
  ;
plain_init_declarator_list
  : plain_init_declarator                                 { $$ = ctx.list1($1); }
  | plain_init_declarator_list "," plain_init_declarator  { $$ = ctx.append($1, $3); }
  ;
plain_init_declarator
  : declarator asm_label_opt attrs_opt
      { ctx.declare_init_declarator($1);
        $$ = ctx.mk(K::InitDeclarator, @$, $1, 0, $2, $3.head); }
  | declarator asm_label_opt attrs_opt "=" initializer
      { ctx.declare_init_declarator($1);
        $$ = ctx.mk(K::InitDeclarator, @$, $1, $5, $2, $3.head); }
  ;

asm_label_opt
  : %empty                          { $$ = 0; }
  | ASM "(" string_seq ")"          { $$ = ctx.mk(K::AsmLabel, @$, $3); }
  ;

/* The declarator is complete: declare the function's name in the enclosing
   scope, then open the body's scope with its parameters. */
fn_begin
  : %empty  { ctx.check_fndef_declarator($<n>-2, yychar, yylloc.first);
              ctx.pop_decl_specs(); ctx.declare($<n>-2, Scopes::Object); ctx.begin_function($<n>-2); }
  ;
fn_begin_nospecs
  : %empty  { ctx.check_fndef_declarator($<n>-2, yychar, yylloc.first);
              ctx.declare($<n>-2, Scopes::Object); ctx.begin_function($<n>-2); }
  ;

kr_decls_opt
  : %empty                  { $$ = List{0, 0}; }
  | kr_decls
  ;
kr_decls
  : plain_declaration             { $$ = ctx.list1($1); }
  | kr_decls plain_declaration    { $$ = ctx.append($1, $2); }
  /* gcc reads the attributes, then refuses the declaration after them. */
  | kr_decls std_attrs plain_declaration
      { ctx.syntax_error_at(@3.first, "expected declaration specifiers"); $$ = ctx.append($1, $3); }
  ;

/* 6.7.1-6.7.5 Declaration specifiers, split by where the type comes from. */
/* C2x attributes after the specifiers end them and apply to the type. */
decl_specs
  : ds_typedef
  | ds_basic
  | ds_typedef std_attrs            { $$ = ctx.concat($1, $2); }
  | ds_basic std_attrs              { $$ = ctx.concat($1, $2); }
  ;
ds_notype
  : ds_other                        { $$ = ctx.list1($1); }
  | ds_notype ds_other              { $$ = ctx.append($1, $2); }
  ;
ds_typedef
  : typedef_name_spec               { $$ = ctx.list1($1); }
  | ds_notype typedef_name_spec     { $$ = ctx.append($1, $2); }
  | ds_typedef ds_other             { $$ = ctx.append($1, $2); }
  ;
ds_basic
  : type_spec                       { $$ = ctx.list1($1); }
  | ds_notype type_spec             { $$ = ctx.append($1, $2); }
  | ds_basic type_spec              { $$ = ctx.append($1, $2); }
  | ds_basic ds_other               { $$ = ctx.append($1, $2); }
  ;

ds_other
  : storage_class
  | type_qualifier
  | function_specifier
  | alignment_specifier
  | attribute_spec
  ;

storage_class
  : TYPEDEF        { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_TYPEDEF); }
  | EXTERN         { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_EXTERN); }
  | STATIC         { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_STATIC); }
  | AUTO           { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_AUTO); }
  | REGISTER       { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_REGISTER); }
  | THREAD_LOCAL   { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_THREAD_LOCAL); }
  ;

type_qualifier
  : CONST          { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_CONST); }
  | VOLATILE       { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_VOLATILE); }
  | RESTRICT       { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_RESTRICT); }
  | ATOMIC         { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_ATOMIC); }
  | SEG_FS         { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_SEG_FS); }
  | SEG_GS         { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_SEG_GS); }
  ;

function_specifier
  : INLINE         { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_INLINE); }
  | NORETURN       { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_NORETURN); }
  ;

alignment_specifier
  : ALIGNAS "(" type_name ")"       { $$ = ctx.mk(K::SpecAlignas, @$, $3); }
  | ALIGNAS "(" const_expr ")"      { $$ = ctx.mk(K::SpecAlignas, @$, $3); }
  ;

type_spec
  : VOID        { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_VOID); }
  | CHAR        { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_CHAR); }
  | SHORT       { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_SHORT); }
  | INT         { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_INT); }
  | LONG        { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_LONG); }
  | FLOAT       { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT); }
  | DOUBLE      { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_DOUBLE); }
  | SIGNED      { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_SIGNED); }
  | UNSIGNED    { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_UNSIGNED); }
  | BOOL        { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_BOOL); }
  | COMPLEX     { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_COMPLEX); }
  | IMAGINARY   { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_IMAGINARY); }
  | INT128      { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_INT128); }
  | AUTO_TYPE   { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_AUTO_TYPE); }
  | FLOAT16     { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT16); }
  | FLOAT32     { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT32); }
  | FLOAT64     { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT64); }
  | FLOAT128    { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT128); }
  | FLOAT32X    { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT32X); }
  | FLOAT64X    { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT64X); }
  | FLOAT128X   { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_FLOAT128X); }
  | DECIMAL32   { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_DECIMAL32); }
  | DECIMAL64   { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_DECIMAL64); }
  | DECIMAL128  { $$ = ctx.mk(K::SpecKeyword, @$, 0, 0, 0, 0, ast::KW_DECIMAL128); }
  | BITINT "(" const_expr ")"       { $$ = ctx.mk(K::SpecBitInt, @$, $3); }
  | ATOMIC "(" type_name ")"        { $$ = ctx.mk(K::SpecAtomic, @$, $3); }
  | struct_spec
  | enum_spec
  | typeof_spec
  ;

typedef_name_spec
  : TYPEDEF_NAME                    { $$ = ctx.mk(K::SpecTypedefName, @$, $1); }
  ;

typeof_kw
  : TYPEOF                          { $$ = ast::KW_TYPEOF; }
  | TYPEOF_UNQUAL                   { $$ = ast::KW_TYPEOF_UNQUAL; }
  ;
typeof_spec
  : typeof_kw "(" expression ")"    { $$ = ctx.mk(K::SpecTypeof, @$, $3, 0, 0, 0, $1); }
  | typeof_kw "(" type_name ")"     { $$ = ctx.mk(K::SpecTypeof, @$, $3, 0, 0, 0, $1); }
  ;

/* 6.7.2.1 Structure and union specifiers.  Attributes after the closing
   brace stay in the specifier list; they apply to the type (gcc 6.33.1). */
struct_or_union
  : STRUCT                          { $$ = ast::KW_STRUCT; }
  | UNION                           { $$ = ast::KW_UNION; }
  ;
struct_spec
  : struct_or_union tag_attrs_opt "{" member_list "}"
      { $$ = ctx.mk(K::SpecStruct, @$, 0, $4.head, $2.head, 1, $1); }
  | struct_or_union tag_attrs_opt "{" member_list_unterminated "}"
      { $$ = ctx.mk(K::SpecStruct, @$, 0, $4.head, $2.head, 1, $1); }
  | struct_or_union tag_attrs_opt any_ident "{" member_list_unterminated "}"
      { $$ = ctx.mk(K::SpecStruct, @$, $3, $5.head, $2.head, 1, $1); }
  | struct_or_union tag_attrs_opt "{" "}"
      { $$ = ctx.mk(K::SpecStruct, @$, 0, 0, $2.head, 1, $1); }
  | struct_or_union tag_attrs_opt any_ident "{" member_list "}"
      { $$ = ctx.mk(K::SpecStruct, @$, $3, $5.head, $2.head, 1, $1); }
  | struct_or_union tag_attrs_opt any_ident "{" "}"
      { $$ = ctx.mk(K::SpecStruct, @$, $3, 0, $2.head, 1, $1); }
  | struct_or_union tag_attrs_opt any_ident
      { $$ = ctx.mk(K::SpecStruct, @$, $3, 0, $2.head, 0, $1); }
  ;
/* C2x attributes right after the keyword, before GNU ones. */
tag_attrs_opt
  : attrs_opt
  | std_attrs attrs_opt             { $$ = ctx.concat($1, $2); }
  ;
member_list
  : member_declaration              { $$ = ctx.list1($1); }
  | member_list member_declaration  { $$ = ctx.append($1, $2); }
  ;
/* gcc accepts a last member with no ';' before the '}', with a warning. */
member_list_unterminated
  : member_last                     { $$ = ctx.list1($1); }
  | member_list member_last         { $$ = ctx.append($1, $2); }
  ;
member_last
  : member_specs member_declarator_list
      { $$ = ctx.mk(K::StructMember, @$, $1.head, $2.head);
        ctx.diag.warning(ctx.tok_loc(@$.last + 1), "no semicolon at end of struct or union"); }
  ;
member_specs
  : decl_specs
  | std_attrs decl_specs            { $$ = ctx.concat($1, $2); }
  ;
member_declaration
  : member_specs member_declarator_list ";"
      { $$ = ctx.mk(K::StructMember, @$, $1.head, $2.head); }
  | member_specs ";"                { $$ = ctx.mk(K::StructMember, @$, $1.head, 0); }
  | std_attrs ";"                   { $$ = ctx.mk(K::EmptyDecl, @$); }
  | static_assert_declaration
  | ";"                             { $$ = ctx.mk(K::EmptyDecl, @$); }
  | PRAGMA                          { $$ = ctx.mk(K::Pragma, @$); }
  | EXTENSION member_declaration    { $$ = ctx.mark_extension($2, @1.first); }
  ;
member_declarator_list
  : member_declarator                               { $$ = ctx.list1($1); }
  | member_declarator_list "," member_declarator    { $$ = ctx.append($1, $3); }
  | member_declarator_list "," attrs member_declarator
      { ctx.tu[$4].c = ctx.concat($3, List{ctx.tu[$4].c, ctx.tu[$4].c}).head;
        ctx.tu[$4].first = @3.first; $$ = ctx.append($1, $4); }
  ;
member_declarator
  : declarator_any attrs_opt        { $$ = ctx.mk(K::MemberDeclarator, @$, $1, 0, $2.head); }
  | declarator_any ":" const_expr attrs_opt
      { $$ = ctx.mk(K::MemberDeclarator, @$, $1, $3, $4.head); }
  | ":" const_expr attrs_opt        { $$ = ctx.mk(K::MemberDeclarator, @$, 0, $2, $3.head); }
  ;

/* 6.7.2.2 Enumeration specifiers.  An enumerator is in scope from the end
   of its own enumerator (6.2.1p7); it hides a typedef of the same name. */
enum_spec
  : ENUM tag_attrs_opt "{" enumerator_list "}"
      { $$ = ctx.mk(K::SpecEnum, @$, 0, $4.head, $2.head, 1); }
  | ENUM tag_attrs_opt "{" enumerator_list "," "}"
      { $$ = ctx.mk(K::SpecEnum, @$, 0, $4.head, $2.head, 1); }
  | ENUM tag_attrs_opt any_ident "{" enumerator_list "}"
      { $$ = ctx.mk(K::SpecEnum, @$, $3, $5.head, $2.head, 1); }
  | ENUM tag_attrs_opt any_ident "{" enumerator_list "," "}"
      { $$ = ctx.mk(K::SpecEnum, @$, $3, $5.head, $2.head, 1); }
  | ENUM tag_attrs_opt any_ident
      { $$ = ctx.mk(K::SpecEnum, @$, $3, 0, $2.head, 0); }
  ;
enum_attrs_opt
  : attrs_opt
  | std_attrs attrs_opt             { $$ = ctx.concat($1, $2); }
  ;
enumerator_list
  : enumerator                      { $$ = ctx.list1($1); }
  | enumerator_list "," enumerator  { $$ = ctx.append($1, $3); }
  ;
enumerator
  : any_ident enum_attrs_opt
      { ctx.scopes.declare($1, Scopes::Object); $$ = ctx.mk(K::Enumerator, @$, $1, 0, $2.head); }
  | any_ident enum_attrs_opt "=" const_expr
      { ctx.scopes.declare($1, Scopes::Object); $$ = ctx.mk(K::Enumerator, @$, $1, $4, $2.head); }
  ;

/* ---- 6.7.6 Declarators -------------------------------------------------- */

declarator_any
  : declarator
  | td_declarator
  ;
declarator
  : direct_declarator
  | pointer direct_declarator       { $$ = ctx.attach_pointers($1, $2); }
  ;
td_declarator
  : direct_td_declarator
  | pointer direct_td_declarator    { $$ = ctx.attach_pointers($1, $2); }
  ;
/* C2x attributes after the name or a suffix apply to what is declared so
   far; they are kept as the attributes of a DeclParen around it. */
direct_declarator
  : IDENTIFIER                      { $$ = ctx.mk(K::DeclName, @$, $1); }
  | IDENTIFIER std_attrs
      { $$ = ctx.mk(K::DeclParen, @$, $2.head, ctx.mk(K::DeclName, @1, $1)); }
  | "(" declarator ")"              { $$ = ctx.mk(K::DeclParen, @$, 0, $2); }
  | "(" attrs declarator ")"        { $$ = ctx.mk(K::DeclParen, @$, $2.head, $3); }
  | "(" pointer direct_td_declarator ")"
      { $$ = ctx.mk(K::DeclParen, @$, 0, ctx.attach_pointers($2, $3)); }
  | direct_declarator declarator_suffix
      { $$ = $2; ctx.tu[$2].a = $1; ctx.tu[$2].first = @1.first; }
  | direct_declarator attr_suffix std_attrs
      { ctx.tu[$2].a = $1; ctx.tu[$2].first = @1.first;
        $$ = ctx.mk(K::DeclParen, @$, $3.head, $2); }
  ;
direct_td_declarator
  : TYPEDEF_NAME                    { $$ = ctx.mk(K::DeclName, @$, $1); }
  | TYPEDEF_NAME std_attrs
      { $$ = ctx.mk(K::DeclParen, @$, $2.head, ctx.mk(K::DeclName, @1, $1)); }
  | direct_td_declarator declarator_suffix
      { $$ = $2; ctx.tu[$2].a = $1; ctx.tu[$2].first = @1.first; }
  | direct_td_declarator attr_suffix std_attrs
      { ctx.tu[$2].a = $1; ctx.tu[$2].first = @1.first;
        $$ = ctx.mk(K::DeclParen, @$, $3.head, $2); }
  ;
declarator_suffix
  : array_suffix
  | func_suffix_proto
  | func_suffix_kr
  ;
/* gcc takes no C2x attributes after a K&R identifier list. */
attr_suffix
  : array_suffix
  | func_suffix_proto
  ;
array_suffix
  : "[" array_quals_opt "]"
      { $$ = ctx.mk(K::DeclArray, @$, 0, 0, $2.head); }
  | "[" array_quals_opt assign_expr "]"
      { $$ = ctx.mk(K::DeclArray, @$, 0, $3, $2.head); }
  | "[" STATIC array_quals_opt assign_expr "]"
      { $$ = ctx.mk(K::DeclArray, @$, 0, $4, $3.head, 0, ast::AF_STATIC); }
  | "[" array_quals STATIC assign_expr "]"
      { $$ = ctx.mk(K::DeclArray, @$, 0, $4, $2.head, 0, ast::AF_STATIC); }
  | "[" array_quals_opt "*" "]"
      { $$ = ctx.mk(K::DeclArray, @$, 0, 0, $2.head, 0, ast::AF_STAR); }
  ;
array_quals_opt
  : %empty                          { $$ = List{0, 0}; }
  | array_quals
  ;
array_quals
  : type_qualifier                  { $$ = ctx.list1($1); }
  | array_quals type_qualifier      { $$ = ctx.append($1, $2); }
  ;
/* A parameter list opens the prototype scope (6.2.1p4). */
param_scope
  : %empty %prec PARAM_LIST_START   { ctx.scopes.open(); }
  ;
func_suffix_proto
  : "(" param_scope ")"
      { CLOSE_SCOPE(); $$ = ctx.mk(K::DeclFunction, @$, 0, 0, 0, 0, ast::FF_NOPARAMS); }
  | "(" param_scope parameter_list ")"
      { CLOSE_SCOPE(); $$ = ctx.mk(K::DeclFunction, @$, 0, $3.head); }
  | "(" param_scope parameter_list "," "..." ")"
      { CLOSE_SCOPE(); $$ = ctx.mk(K::DeclFunction, @$, 0, $3.head, 0, 0, ast::FF_VARIADIC); }
  ;
func_suffix_kr
  : "(" param_scope identifier_list ")"
      { CLOSE_SCOPE(); $$ = ctx.mk(K::DeclFunction, @$, 0, $3.head, 0, 0, ast::FF_KR); }
  ;
identifier_list
  : IDENTIFIER                      { $$ = ctx.list1(ctx.mk(K::Name, @1, $1)); }
  | identifier_list "," IDENTIFIER  { $$ = ctx.append($1, ctx.mk(K::Name, @3, $3)); }
  ;
parameter_list
  : parameter_declaration                     { $$ = ctx.list1($1); }
  | parameter_list "," parameter_declaration  { $$ = ctx.append($1, $3); }
  ;
param_specs
  : decl_specs
  | std_attrs decl_specs            { $$ = ctx.concat($1, $2); }
  ;
parameter_declaration
  : param_specs declarator_any attrs_opt
      { ctx.declare($2, Scopes::Object); $$ = ctx.mk(K::ParamDecl, @$, $1.head, $2, $3.head); }
  | param_specs                     { $$ = ctx.mk(K::ParamDecl, @$, $1.head, 0); }
  | param_specs abstract_declarator { $$ = ctx.mk(K::ParamDecl, @$, $1.head, $2); }
  ;

/* C2x attributes come right after the `*`, before the qualifiers. */
pointer
  : "*" ptr_quals_opt
      { $$ = ctx.list1(ctx.mk(K::DeclPointer, @$, $2.head)); }
  | "*" std_attrs ptr_quals_opt
      { $$ = ctx.list1(ctx.mk(K::DeclPointer, @$, ctx.concat($2, $3).head)); }
  | pointer "*" ptr_quals_opt
      { TokRange r{@2.first, @3.last < @2.first ? @2.first : @3.last};
        $$ = ctx.append($1, ctx.mk(K::DeclPointer, r, $3.head)); }
  | pointer "*" std_attrs ptr_quals_opt
      { TokRange r{@2.first, @4.last < @3.first ? @3.last : @4.last};
        $$ = ctx.append($1, ctx.mk(K::DeclPointer, r, ctx.concat($3, $4).head)); }
  ;
ptr_quals_opt
  : %empty                          { $$ = List{0, 0}; }
  | ptr_quals
  ;
ptr_quals
  : type_qualifier                  { $$ = ctx.list1($1); }
  | attribute_spec                  { $$ = ctx.list1($1); }
  | ptr_quals type_qualifier        { $$ = ctx.append($1, $2); }
  | ptr_quals attribute_spec        { $$ = ctx.append($1, $2); }
  ;

/* 6.7.7 Type names. */
type_name
  : decl_specs                      { $$ = ctx.mk(K::TypeName, @$, $1.head, 0); }
  | decl_specs abstract_declarator  { $$ = ctx.mk(K::TypeName, @$, $1.head, $2); }
  /* Implicit int, as gcc still accepts: `(__const *) p`. */
  | ds_notype                       { $$ = ctx.mk(K::TypeName, @$, $1.head, 0); }
  | ds_notype abstract_declarator   { $$ = ctx.mk(K::TypeName, @$, $1.head, $2); }
  ;
abstract_declarator
  : pointer                         { $$ = ctx.attach_pointers($1, 0); }
  | direct_abstract_declarator
  | pointer direct_abstract_declarator { $$ = ctx.attach_pointers($1, $2); }
  ;
direct_abstract_declarator
  : "(" abstract_declarator ")"     { $$ = ctx.mk(K::DeclParen, @$, 0, $2); }
  | abs_suffix
  | abs_suffix std_attrs            { $$ = ctx.mk(K::DeclParen, @$, $2.head, $1); }
  | direct_abstract_declarator abs_suffix
      { $$ = $2; ctx.tu[$2].a = $1; ctx.tu[$2].first = @1.first; }
  | direct_abstract_declarator abs_suffix std_attrs
      { ctx.tu[$2].a = $1; ctx.tu[$2].first = @1.first;
        $$ = ctx.mk(K::DeclParen, @$, $3.head, $2); }
  ;
abs_suffix
  : array_suffix
  | func_suffix_proto
  ;

/* ---- GNU attributes (gcc 6.33-6.39) ------------------------------------ */

attrs_opt
  : %empty                          { $$ = List{0, 0}; }
  | attrs
  ;
attrs
  : attribute_spec                  { $$ = ctx.list1($1); }
  | attrs attribute_spec            { $$ = ctx.append($1, $2); }
  ;
attribute_spec
  : ATTRIBUTE "(" "(" attribute_list ")" ")"
      { $$ = ctx.mk(K::SpecAttribute, @$, $4.head); }
  ;
attribute_list
  : attribute                       { $$ = ctx.list1($1); }
  | attribute_list "," attribute    { $$ = ctx.append($1, $3); }
  ;
attribute
  : %empty                          { $$ = 0; }
  | attribute_nonempty
  ;
attribute_nonempty
  : attr_word                       { $$ = ctx.mk(K::Attribute, @$, $1); }
  | attr_word "(" ")"               { $$ = ctx.mk(K::Attribute, @$, $1); }
  | attr_word "(" attr_args ")"     { $$ = ctx.mk(K::Attribute, @$, $1, $3.head); }
  ;
attr_args
  : attr_arg                        { $$ = ctx.list1($1); }
  | attr_args "," attr_arg          { $$ = ctx.append($1, $3); }
  ;
attr_arg
  : assign_expr
  | TYPEDEF_NAME                    { $$ = ctx.mk(K::Ident, @$, $1); }
  ;
/* An attribute's name may be any identifier or keyword. */
attr_word
  : IDENTIFIER | TYPEDEF_NAME
  | CONST { $$ = ctx.spelling(@1.first); } | VOLATILE { $$ = ctx.spelling(@1.first); }
  | INLINE { $$ = ctx.spelling(@1.first); } | RESTRICT { $$ = ctx.spelling(@1.first); }
  | SIGNED { $$ = ctx.spelling(@1.first); } | UNSIGNED { $$ = ctx.spelling(@1.first); }
  | STATIC { $$ = ctx.spelling(@1.first); } | EXTERN { $$ = ctx.spelling(@1.first); }
  | AUTO { $$ = ctx.spelling(@1.first); } | REGISTER { $$ = ctx.spelling(@1.first); }
  | TYPEDEF { $$ = ctx.spelling(@1.first); } | NORETURN { $$ = ctx.spelling(@1.first); }
  | CHAR { $$ = ctx.spelling(@1.first); } | SHORT { $$ = ctx.spelling(@1.first); }
  | INT { $$ = ctx.spelling(@1.first); } | LONG { $$ = ctx.spelling(@1.first); }
  | FLOAT { $$ = ctx.spelling(@1.first); } | DOUBLE { $$ = ctx.spelling(@1.first); }
  | VOID { $$ = ctx.spelling(@1.first); } | BOOL { $$ = ctx.spelling(@1.first); }
  | ASM { $$ = ctx.spelling(@1.first); } | TYPEOF { $$ = ctx.spelling(@1.first); }
  | THREAD_LOCAL { $$ = ctx.spelling(@1.first); } | COMPLEX { $$ = ctx.spelling(@1.first); }
  | STRUCT { $$ = ctx.spelling(@1.first); } | UNION { $$ = ctx.spelling(@1.first); }
  | ENUM { $$ = ctx.spelling(@1.first); } | ATOMIC { $$ = ctx.spelling(@1.first); }
  | ALIGNAS { $$ = ctx.spelling(@1.first); } | ALIGNOF { $$ = ctx.spelling(@1.first); }
  | IF { $$ = ctx.spelling(@1.first); } | ELSE { $$ = ctx.spelling(@1.first); }
  | DO { $$ = ctx.spelling(@1.first); } | FOR { $$ = ctx.spelling(@1.first); }
  | WHILE { $$ = ctx.spelling(@1.first); } | SWITCH { $$ = ctx.spelling(@1.first); }
  | CASE { $$ = ctx.spelling(@1.first); } | DEFAULT { $$ = ctx.spelling(@1.first); }
  | GOTO { $$ = ctx.spelling(@1.first); } | RETURN { $$ = ctx.spelling(@1.first); }
  | BREAK { $$ = ctx.spelling(@1.first); } | CONTINUE { $$ = ctx.spelling(@1.first); }
  | SIZEOF { $$ = ctx.spelling(@1.first); } | INT128 { $$ = ctx.spelling(@1.first); }
  ;

/* C2x attribute specifiers (C2x 6.7.12; gcc 12 accepts them in every
   dialect): a SpecAttribute with op kStdAttrSyntax, holding the Attribute
   nodes of the attributes gcc applies (std_attrs.cc). */
std_attrs
  : std_attr_spec                   { $$ = ctx.list1($1); }
  | std_attrs std_attr_spec         { $$ = ctx.append($1, $2); }
  ;
std_attr_spec
  : ATTR_LBRACKET "[" std_attr_list "]" "]"
      { $$ = ctx.mk(K::SpecAttribute, @$, $3.head, 0, 0, 0, ParseCtx::kStdAttrSyntax);
        ctx.std_attr_end = @5.last; }
  ;
std_attr_list
  : std_attr                        { $$ = ctx.list1($1); }
  | std_attr_list "," std_attr      { $$ = ctx.append($1, $3); }
  ;
std_attr
  : %empty                          { $$ = 0; }
  | attr_word std_attr_args         { $$ = ctx.std_attribute(0, $1, @$, $2.head); }
  | attr_word ":" ":" attr_word std_attr_args
      { ctx.check_scope_colons(@2.first); $$ = ctx.std_attribute($1, $4, @$, $5.head); }
  ;
std_attr_args
  : %empty                          { $$ = List{0, 0}; }
  | ATTR_SKIPPED_ARGS               { $$ = List{0, 0}; }
  | "(" ")"                         { $$ = List{0, 0}; }
  | "(" attr_args ")"               { $$ = $2; }
  ;

/* ---- 6.7.9 Initialization ----------------------------------------------- */

initializer
  : assign_expr
  | "{" "}"                         { $$ = ctx.mk(K::InitList, @$, 0); }
  | "{" initializer_list "}"        { $$ = ctx.mk(K::InitList, @$, $2.head); }
  | "{" initializer_list "," "}"    { $$ = ctx.mk(K::InitList, @$, $2.head); }
  ;
initializer_list
  : init_item                       { $$ = ctx.list1($1); }
  | initializer_list "," init_item  { $$ = ctx.append($1, $3); }
  ;
init_item
  : initializer                     { $$ = ctx.mk(K::InitItem, @$, 0, $1); }
  | designator_list "=" initializer { $$ = ctx.mk(K::InitItem, @$, $1.head, $3); }
  | any_ident ":" initializer       /* GNU obsolete `field: value` */
      { $$ = ctx.mk(K::InitItem, @$, ctx.mk(K::DesigField, @1, $1), $3); }
  | "[" const_expr "]" initializer  /* GNU obsolete `[index] value` */
      { $$ = ctx.mk(K::InitItem, @$, ctx.mk(K::DesigIndex, TokRange{@1.first, @3.last}, $2, 0), $4); }
  | "[" const_expr "..." const_expr "]" initializer
      { $$ = ctx.mk(K::InitItem, @$, ctx.mk(K::DesigIndex, TokRange{@1.first, @5.last}, $2, $4), $6); }
  ;
designator_list
  : designator                      { $$ = ctx.list1($1); }
  | designator_list designator      { $$ = ctx.append($1, $2); }
  ;
designator
  : "[" const_expr "]"              { $$ = ctx.mk(K::DesigIndex, @$, $2, 0); }
  | "[" const_expr "..." const_expr "]" { $$ = ctx.mk(K::DesigIndex, @$, $2, $4); }
  | "." any_ident                   { $$ = ctx.mk(K::DesigField, @$, $2); }
  ;

/* ---- 6.5 Expressions ----------------------------------------------------- */

primary_expr
  : IDENTIFIER                      { $$ = ctx.mk(K::Ident, @$, $1); }
  | NUMBER                          { $$ = ctx.mk(K::Number, @$); }
  | CHAR_CONST                      { $$ = ctx.mk(K::CharConst, @$); }
  | string_seq
  | FUNC_NAME                       { $$ = ctx.mk(K::FuncName, @$, ctx.spelling(@1.first)); }
  | "(" expression ")"              { $$ = ctx.mk(K::Paren, @$, $2); }
  | "(" compound_statement ")"      { $$ = ctx.mk(K::StmtExpr, @$, $2); }
  | GENERIC "(" assign_expr "," generic_assoc_list ")"
      { $$ = ctx.mk(K::Generic, @$, $3, $5.head); }
  | BUILTIN_OFFSETOF "(" type_name "," offsetof_designator ")"
      { $$ = ctx.mk(K::Offsetof, @$, $3, $5.head); }
  | BUILTIN_VA_ARG "(" assign_expr "," type_name ")"
      { $$ = ctx.mk(K::VaArg, @$, $3, $5); }
  | BUILTIN_TYPES_COMPATIBLE_P "(" type_name "," type_name ")"
      { $$ = ctx.mk(K::TypesCompatible, @$, $3, $5); }
  | BUILTIN_CONVERTVECTOR "(" assign_expr "," type_name ")"
      { $$ = ctx.mk(K::ConvertVector, @$, $3, $5); }
  /* gcc 6.59 Other Built-in Functions: __builtin_has_attribute (type-or-
     expression, attribute). */
  | BUILTIN_HAS_ATTRIBUTE "(" assign_expr "," attribute_nonempty ")"
      { $$ = ctx.mk(K::HasAttribute, @$, $3, $5); }
  | BUILTIN_HAS_ATTRIBUTE "(" type_name "," attribute_nonempty ")"
      { $$ = ctx.mk(K::HasAttribute, @$, $3, $5); }
  ;
string_seq
  : STRING                          { $$ = ctx.mk(K::StringLit, @$); }
  | string_seq STRING               { $$ = $1; ctx.tu[$1].last = @2.last; }
  ;
generic_assoc_list
  : generic_assoc                   { $$ = ctx.list1($1); }
  | generic_assoc_list "," generic_assoc { $$ = ctx.append($1, $3); }
  ;
generic_assoc
  : type_name ":" assign_expr       { $$ = ctx.mk(K::GenericAssoc, @$, $1, $3); }
  | DEFAULT ":" assign_expr         { $$ = ctx.mk(K::GenericAssoc, @$, 0, $3); }
  ;
offsetof_designator
  : any_ident                       { $$ = ctx.list1(ctx.mk(K::Name, @1, $1)); }
  | offsetof_designator "." any_ident
      { $$ = ctx.append($1, ctx.mk(K::Name, @3, $3)); }
  | offsetof_designator "[" expression "]"
      { TokRange r{@2.first, @4.last}; $$ = ctx.append($1, ctx.mk(K::DesigIndex, r, $3)); }
  ;

postfix_expr
  : primary_expr
  | postfix_expr "[" expression "]" { $$ = ctx.mk(K::Index, @$, $1, $3); }
  /* `a[[`: gcc reads `[` and wants an expression at the second `[`. */
  | postfix_expr ATTR_LBRACKET expression "]" { $$ = ctx.mk(K::Index, @$, $1, $3); }
  | postfix_expr "(" ")"            { $$ = ctx.mk(K::Call, @$, $1, 0); }
  | postfix_expr "(" argument_list ")" { $$ = ctx.mk(K::Call, @$, $1, $3.head); }
  | postfix_expr "." any_ident      { $$ = ctx.mk(K::Member, @$, $1, $3, 0, 0, pp::TK_DOT); }
  | postfix_expr "->" any_ident     { $$ = ctx.mk(K::Member, @$, $1, $3, 0, 0, pp::TK_ARROW); }
  | postfix_expr "++"               { $$ = ctx.mk(K::PostIncDec, @$, $1, 0, 0, 0, pp::TK_INC); }
  | postfix_expr "--"               { $$ = ctx.mk(K::PostIncDec, @$, $1, 0, 0, 0, pp::TK_DEC); }
  | "(" type_name ")" "{" "}"
      { $$ = ctx.mk(K::CompoundLit, @$, $2, ctx.mk(K::InitList, TokRange{@4.first, @5.last}, 0)); }
  | "(" type_name ")" "{" initializer_list "}"
      { $$ = ctx.mk(K::CompoundLit, @$, $2, ctx.mk(K::InitList, TokRange{@4.first, @6.last}, $5.head)); }
  | "(" type_name ")" "{" initializer_list "," "}"
      { $$ = ctx.mk(K::CompoundLit, @$, $2, ctx.mk(K::InitList, TokRange{@4.first, @7.last}, $5.head)); }
  ;
argument_list
  : assign_expr                     { $$ = ctx.list1($1); }
  | argument_list "," assign_expr   { $$ = ctx.append($1, $3); }
  ;

unary_expr
  : postfix_expr
  | "++" unary_expr                 { $$ = ctx.mk(K::PreIncDec, @$, $2, 0, 0, 0, pp::TK_INC); }
  | "--" unary_expr                 { $$ = ctx.mk(K::PreIncDec, @$, $2, 0, 0, 0, pp::TK_DEC); }
  | unary_operator cast_expr        { $$ = ctx.mk(K::Unary, @$, $2, 0, 0, 0, $1); }
  | SIZEOF unary_expr               { $$ = ctx.mk(K::SizeofExpr, @$, $2); }
  | SIZEOF "(" type_name ")"        { $$ = ctx.mk(K::SizeofType, @$, $3); }
  | ALIGNOF unary_expr              { $$ = ctx.mk(K::AlignofExpr, @$, $2); }
  | ALIGNOF "(" type_name ")"       { $$ = ctx.mk(K::AlignofType, @$, $3); }
  | "&&" any_ident                  { $$ = ctx.mk(K::LabelAddr, @$, $2); }
  | REAL cast_expr                  { $$ = ctx.mk(K::Unary, @$, $2, 0, 0, 0, ast::UO_REAL); }
  | IMAG cast_expr                  { $$ = ctx.mk(K::Unary, @$, $2, 0, 0, 0, ast::UO_IMAG); }
  | EXTENSION cast_expr             { $$ = ctx.mk(K::Unary, @$, $2, 0, 0, 0, ast::UO_EXTENSION); }
  ;
unary_operator
  : "&" { $$ = pp::TK_AMP; } | "*" { $$ = pp::TK_STAR; } | "+" { $$ = pp::TK_PLUS; }
  | "-" { $$ = pp::TK_MINUS; } | "~" { $$ = pp::TK_TILDE; } | "!" { $$ = pp::TK_EXCL; }
  ;
cast_expr
  : unary_expr
  | "(" type_name ")" cast_expr     { $$ = ctx.mk(K::Cast, @$, $2, $4); }
  ;
/* 6.5.5-6.5.14 The binary operators, by precedence (the %left lines):
   one rule instead of ten cascaded ones, so a leaf operand is reduced
   once, not through every level. */
binary_expr
  : cast_expr
  | binary_expr "*" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_STAR); }
  | binary_expr "/" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_SLASH); }
  | binary_expr "%" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_PERCENT); }
  | binary_expr "+" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_PLUS); }
  | binary_expr "-" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_MINUS); }
  | binary_expr "<<" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_SHL); }
  | binary_expr ">>" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_SHR); }
  | binary_expr "<" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_LT); }
  | binary_expr ">" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_GT); }
  | binary_expr "<=" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_LE); }
  | binary_expr ">=" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_GE); }
  | binary_expr "==" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_EQEQ); }
  | binary_expr "!=" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_NE); }
  | binary_expr "&" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_AMP); }
  | binary_expr "^" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_CARET); }
  | binary_expr "|" binary_expr     { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_PIPE); }
  | binary_expr "&&" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_ANDAND); }
  | binary_expr "||" binary_expr    { $$ = ctx.mk(K::Binary, @$, $1, $3, 0, 0, pp::TK_OROR); }
  ;
cond_expr
  : binary_expr
  | binary_expr "?" expression ":" cond_expr { $$ = ctx.mk(K::Cond, @$, $1, $3, $5); }
  | binary_expr "?" ":" cond_expr   { $$ = ctx.mk(K::Cond, @$, $1, 0, $4); }
  ;
assign_expr
  : cond_expr
  | unary_expr assign_op assign_expr { $$ = ctx.mk(K::Assign, @$, $1, $3, 0, 0, $2); }
  ;
assign_op
  : "=" { $$ = pp::TK_ASSIGN; } | "*=" { $$ = pp::TK_MUL_ASSIGN; }
  | "/=" { $$ = pp::TK_DIV_ASSIGN; } | "%=" { $$ = pp::TK_MOD_ASSIGN; }
  | "+=" { $$ = pp::TK_ADD_ASSIGN; } | "-=" { $$ = pp::TK_SUB_ASSIGN; }
  | "<<=" { $$ = pp::TK_SHL_ASSIGN; } | ">>=" { $$ = pp::TK_SHR_ASSIGN; }
  | "&=" { $$ = pp::TK_AND_ASSIGN; } | "^=" { $$ = pp::TK_XOR_ASSIGN; }
  | "|=" { $$ = pp::TK_OR_ASSIGN; }
  ;
expression
  : assign_expr
  | expression "," assign_expr      { $$ = ctx.mk(K::Comma, @$, $1, $3); }
  ;
expression_opt
  : %empty                          { $$ = 0; }
  | expression
  ;
const_expr
  : cond_expr
  ;

any_ident
  : IDENTIFIER
  | TYPEDEF_NAME
  ;

/* ---- 6.8 Statements ------------------------------------------------------ */

/* C2x attributes may open any statement but a null one (gcc: "expected
   statement"); in a block `[[...]];` is an attribute declaration.  gcc
   ignores them there, but for `[[fallthrough]];`: they are dropped, the
   statement's range grows to cover them. */
statement
  : labeled_statement
  | unlabeled_statement
  | std_attrs labeled_statement     { $$ = $2; ctx.tu[$2].first = @1.first; }
  | std_attrs nonnull_statement     { $$ = $2; ctx.tu[$2].first = @1.first; }
  | std_attrs attr_statement
      { $$ = $2; ctx.tu[$2].a = ctx.concat($1, List{ctx.tu[$2].a, ctx.tu[$2].a}).head; ctx.tu[$2].first = @1.first; }
  ;
unlabeled_statement
  : nonnull_statement
  | ";"                             { $$ = ctx.mk(K::ExprStmt, @$, 0); }
  | attr_statement
  ;
nonnull_statement
  : compound_statement
  | expression_statement
  | selection_statement
  | iteration_statement
  | jump_statement
  | asm_statement
  ;

/* gcc 6.33.4 Statement Attributes: `__attribute__((fallthrough));`. */
attr_statement
  : ds_notype ";"                   { $$ = ctx.mk(K::AttrStmt, @$, $1.head); }
  ;

/* As in C23 6.8.2, a label directly in a block is a block item of its own,
   so it may be followed by a declaration or by the closing '}' (gcc 12
   accepts both); a label on a sub-statement holds that statement. */
labeled_statement
  : label statement                 { $$ = ctx.attach_labeled($1, $2, @2.last); }
  ;
label
  : IDENTIFIER ":"                  { $$ = ctx.mk(K::Label, @$, $1); }
  | TYPEDEF_NAME ":"                { $$ = ctx.mk(K::Label, @$, $1); }  /* labels have their own name space */
  | CASE const_expr ":"             { $$ = ctx.mk(K::Case, @$, $2); }
  | CASE const_expr "..." const_expr ":" { $$ = ctx.mk(K::Case, @$, $2, $4); }
  | DEFAULT ":"                     { $$ = ctx.mk(K::Default, @$); }
  ;

scope_open
  : %empty                          { ctx.scopes.open(); }
  ;
compound_statement
  : "{" scope_open "}"
      { CLOSE_SCOPE(); $$ = ctx.mk(K::Compound, @$, 0); }
  | "{" scope_open block_item_list "}"
      { CLOSE_SCOPE(); $$ = ctx.mk(K::Compound, @$, $3.head); }
  ;
block_item_list
  : block_item                      { $$ = ctx.list1($1); }
  | block_item_list block_item      { $$ = ctx.append($1, $2); }
  ;
block_item
  : declaration
  | unlabeled_statement
  | function_definition             /* gcc 6.4 Nested Functions */
  | label
  | EXTENSION declaration           { $$ = ctx.mark_extension($2, @1.first); }
  /* Implicit int (C90), as gcc still accepts: `register n;`. */
  | ds_notype_push plain_init_declarator_list ";"
      { uint16_t f = ctx.decl_flags.back(); ctx.pop_decl_specs();
        $$ = ctx.mk(K::Declaration, @$, $1.head, $2.head, 0, 0, f); }
  | PRAGMA                          { $$ = ctx.mk(K::Pragma, @$); }
  | LABEL label_list ";"            { $$ = ctx.mk(K::LocalLabels, @$, $2.head); }
  | std_attrs ";"                   { $$ = ctx.mk(K::AttrStmt, @$, $1.head); }
  | std_attrs label                 { $$ = $2; ctx.tu[$2].first = @1.first; }
  | std_attrs nonnull_statement     { $$ = $2; ctx.tu[$2].first = @1.first; }
  | std_attrs attr_statement
      { $$ = $2; ctx.tu[$2].a = ctx.concat($1, List{ctx.tu[$2].a, ctx.tu[$2].a}).head; ctx.tu[$2].first = @1.first; }
  ;
label_list
  : any_ident                       { $$ = ctx.list1(ctx.mk(K::Name, @1, $1)); }
  | label_list "," any_ident        { $$ = ctx.append($1, ctx.mk(K::Name, @3, $3)); }
  ;

expression_statement
  : expression ";"                  { $$ = ctx.mk(K::ExprStmt, @$, $1); }
  ;

selection_statement
  : IF "(" expression ")" statement %prec THEN
      { $$ = ctx.mk(K::If, @$, $3, $5, 0); }
  | IF "(" expression ")" statement ELSE statement
      { $$ = ctx.mk(K::If, @$, $3, $5, $7); }
  | SWITCH "(" expression ")" statement
      { $$ = ctx.mk(K::Switch, @$, $3, $5); }
  ;

iteration_statement
  : WHILE "(" expression ")" statement
      { $$ = ctx.mk(K::While, @$, $3, $5); }
  | DO statement WHILE "(" expression ")" ";"
      { $$ = ctx.mk(K::DoWhile, @$, $2, $5); }
  | FOR "(" scope_open for_init expression_opt ";" expression_opt ")" statement
      { CLOSE_SCOPE(); $$ = ctx.mk(K::For, @$, $4, $5, $7, $9); }
  ;
for_init
  : ";"                             { $$ = 0; }
  | std_attrs ";"                   { $$ = 0; }
  | expression ";"                  { $$ = ctx.mk(K::ExprStmt, @$, $1); }
  | declaration
  ;

jump_statement
  : GOTO any_ident ";"              { $$ = ctx.mk(K::Goto, @$, $2); }
  | GOTO "*" expression ";"         { $$ = ctx.mk(K::GotoComputed, @$, $3); }
  | CONTINUE ";"                    { $$ = ctx.mk(K::Continue, @$); }
  | BREAK ";"                       { $$ = ctx.mk(K::Break, @$); }
  | RETURN expression_opt ";"       { $$ = ctx.mk(K::Return, @$, $2); }
  ;

/* gcc 6.47 Inline assembly: basic and extended asm, asm goto. */
asm_statement
  : ASM asm_quals_opt "(" string_seq asm_tail ")" ";"
      { $$ = ctx.mk(K::AsmStmt, @$, $4, $5, 0, 0, $2); }
  ;
asm_quals_opt
  : %empty                          { $$ = 0; }
  | asm_quals
  ;
asm_quals
  : asm_qual
  | asm_quals asm_qual              { $$ = $1 | $2; }
  ;
asm_qual
  : VOLATILE                        { $$ = ast::AQ_VOLATILE; }
  | INLINE                          { $$ = ast::AQ_INLINE; }
  | GOTO                            { $$ = ast::AQ_GOTO; }
  ;
asm_tail
  : %empty                          { $$ = 0; }
  | ":" asm_operands_opt
      { $$ = ctx.mk(K::AsmTail, @$, $2.head); }
  | ":" asm_operands_opt ":" asm_operands_opt
      { $$ = ctx.mk(K::AsmTail, @$, $2.head, $4.head); }
  | ":" asm_operands_opt ":" asm_operands_opt ":" asm_clobbers_opt
      { $$ = ctx.mk(K::AsmTail, @$, $2.head, $4.head, $6.head); }
  | ":" asm_operands_opt ":" asm_operands_opt ":" asm_clobbers_opt ":" asm_labels_opt
      { $$ = ctx.mk(K::AsmTail, @$, $2.head, $4.head, $6.head, $8.head); }
  ;
asm_operands_opt
  : %empty                          { $$ = List{0, 0}; }
  | asm_operands
  ;
asm_operands
  : asm_operand                     { $$ = ctx.list1($1); }
  | asm_operands "," asm_operand    { $$ = ctx.append($1, $3); }
  ;
asm_operand
  : string_seq "(" expression ")"   { $$ = ctx.mk(K::AsmOperand, @$, 0, $1, $3); }
  | "[" any_ident "]" string_seq "(" expression ")"
      { $$ = ctx.mk(K::AsmOperand, @$, $2, $4, $6); }
  ;
asm_clobbers_opt
  : %empty                          { $$ = List{0, 0}; }
  | asm_clobbers
  ;
asm_clobbers
  : string_seq                      { $$ = ctx.list1($1); }
  | asm_clobbers "," string_seq     { $$ = ctx.append($1, $3); }
  ;
asm_labels_opt
  : %empty                          { $$ = List{0, 0}; }
  | asm_labels
  ;
asm_labels
  : any_ident                       { $$ = ctx.list1(ctx.mk(K::Name, @1, $1)); }
  | asm_labels "," any_ident        { $$ = ctx.append($1, ctx.mk(K::Name, @3, $3)); }
  ;

%%

static void cgram_error(TokRange* loc, ParseCtx& ctx, const char* msg) {
  // Only bison's own failures come here ("memory exhausted"); syntax errors
  // go through yyreport_syntax_error.
  if (ctx.error_reported) return;
  ctx.error_reported = true;
  std::string m = msg;
  if (m == "memory exhausted") m = "nesting too deep: parser stack exhausted";
  ctx.diag.error(ctx.tok_loc(loc->first), m);
}

// Writes gcc's "expected X before Y" for the lookahead token.
static int yyreport_syntax_error(const yypcontext_t* yyctx, ParseCtx& ctx) {
  if (ctx.error_reported || ctx.fatal) return 0;
  ctx.error_reported = true;
  uint32_t tok = yypcontext_location(yyctx)->first;
  yysymbol_kind_t exp[YYNTOKENS];
  int n = yypcontext_expected_tokens(yyctx, exp, YYNTOKENS);
  auto has = [&](yysymbol_kind_t k) {
    for (int i = 0; i < n; ++i) if (exp[i] == k) return true;
    return false;
  };
  std::string what;
  if (has(YYSYMBOL_NUMBER) && has(YYSYMBOL_IDENTIFIER) && !has(YYSYMBOL_INT)) what = "expression";
  else if (has(YYSYMBOL_NUMBER) && has(YYSYMBOL_TYPEDEF_NAME) && has(YYSYMBOL_RBRACE))
    what = "declaration or statement";
  else if (has(YYSYMBOL_IDENTIFIER) && has(YYSYMBOL_LPAREN) && has(YYSYMBOL_STAR) && !has(YYSYMBOL_NUMBER))
    what = "identifier or '('";
  else if (has(YYSYMBOL_ASSIGN) && has(YYSYMBOL_COMMA) && has(YYSYMBOL_SEMI) && has(YYSYMBOL_ASM))
    what = "'=', ',', ';', 'asm' or '__attribute__'";
  else if (has(YYSYMBOL_COMMA) && has(YYSYMBOL_SEMI) && !ctx.decl_flags.empty()) what = "',' or ';'";
  else if (has(YYSYMBOL_SEMI) && !has(YYSYMBOL_RPAREN) && !has(YYSYMBOL_RBRACKET)) what = "';'";
  else if (has(YYSYMBOL_RPAREN) && !has(YYSYMBOL_IDENTIFIER)) what = "')'";
  else if (has(YYSYMBOL_RBRACKET) && !has(YYSYMBOL_IDENTIFIER)) what = "']'";
  else if (has(YYSYMBOL_NUMBER) && has(YYSYMBOL_IDENTIFIER)) what = "expression";
  else if (has(YYSYMBOL_IDENTIFIER) && has(YYSYMBOL_LPAREN)) what = "identifier or '('";
  else if (has(YYSYMBOL_IDENTIFIER)) what = "identifier";
  else if (has(YYSYMBOL_TYPEDEF_NAME) && has(YYSYMBOL_ELLIPSIS)) what = "declaration specifiers or '...'";
  else if (has(YYSYMBOL_TYPEDEF_NAME) && has(YYSYMBOL_NUMBER)) what = "declaration or statement";
  else if (has(YYSYMBOL_TYPEDEF_NAME) || has(YYSYMBOL_INT)) what = "declaration specifiers";
  else if (n == 1) what = std::string("'") + yysymbol_name(exp[0]) + "'";
  else if (n > 1) {
    for (int i = 0; i < n && i < 3; ++i) {
      if (i) what += (i + 1 == n || i == 2) ? " or " : ", ";
      std::string s = yysymbol_name(exp[i]);
      if (s.size() > 1 && s[0] == '"') s = "'" + s.substr(1, s.size() - 2) + "'";
      what += s;
    }
  } else what = "something else";
  std::string before = ctx.describe_token(tok);
  std::string msg = "expected " + what + (before.empty() ? " at end of input" : " before " + before);
  // gcc puts a missing ';', ')' or ']' right after the previous token, where
  // its fix-it hint would insert it (c_parser_require).
  pp::Loc where = before.empty() ? ctx.eof_loc() : ctx.tok_loc(tok);
  if ((what == "';'" || what == "')'" || what == "']'") && !before.empty() && tok - 1 != ctx.std_attr_end)
    if (pp::Loc after = ctx.loc_after(tok - 1)) where = after;
  ctx.diag.error(where, msg);
  return 0;
}

namespace kcarve::parser {
int run_grammar(ParseCtx& ctx) { return cgram_parse(ctx); }
}
