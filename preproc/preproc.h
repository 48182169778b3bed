// preproc.h — the public interface of kcarve's preprocessor stage.
//
// preprocess() turns one translation unit (predefines, command-line macros,
// -imacros/-include files, the main file) into the token vector the parser
// reads, and keeps, beside it, how every token got there: the include tree,
// every macro definition and #define/#undef in order, every macro expansion
// with its output range, and every conditional directive with the branch it
// took.  The depreprocessor rebuilds readable source from these records only.
//
// Locations follow clang's SourceLocation idea: a Loc is a 32-bit id.  With the
// top bit clear it is an offset in "file space" (each file buffer entered gets
// a contiguous range of offsets); with the top bit set, the low 31 bits index
// PpResult::exp_locs, one entry per token a macro expansion produced.  Line and
// column are computed only when a diagnostic or a dump asks for them.
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kcarve::pp {

using Loc = uint32_t;   // 0 = no location
using StrId = uint32_t; // interned spelling; 0 = the empty string

constexpr Loc kMacroLocBit = 0x80000000u;
inline bool is_macro_loc(Loc l) { return (l & kMacroLocBit) != 0; }

// Interned strings: every token spelling and every identifier is stored once,
// in an arena, and named by its StrId.  Identifiers compare by id.
class Interner {
public:
  Interner();
  ~Interner();
  StrId intern(std::string_view s);
  // Fast path for the lexer: HASH must be detail::str_hash(P, N) (FNV-1a).
  StrId intern(const char* p, size_t n, uint32_t hash);
  std::string_view str(StrId id) const;
  size_t size() const;
private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

enum TokKind : uint16_t {
  TK_EOF,
  TK_IDENT,
  TK_NUMBER,      // pp-number
  TK_CHAR,        // character constant, with its prefix (L u U u8)
  TK_STRING,      // string literal, with its prefix
  TK_OTHER,       // a character that is no other token (stray \, @, $ when not in identifiers, ...)
  TK_PRAGMA,      // '#pragma' (from the directive or _Pragma); its tokens follow up to TK_PRAGMA_END
  TK_PRAGMA_END,
  // Punctuators (6.4.6); digraphs map to the same kinds, their spelling kept.
  TK_LBRACKET, TK_RBRACKET, TK_LPAREN, TK_RPAREN, TK_LBRACE, TK_RBRACE,
  TK_DOT, TK_ARROW, TK_INC, TK_DEC, TK_AMP, TK_STAR, TK_PLUS, TK_MINUS,
  TK_TILDE, TK_EXCL, TK_SLASH, TK_PERCENT, TK_SHL, TK_SHR, TK_LT, TK_GT,
  TK_LE, TK_GE, TK_EQEQ, TK_NE, TK_CARET, TK_PIPE, TK_ANDAND, TK_OROR,
  TK_QUESTION, TK_COLON, TK_SEMI, TK_ELLIPSIS, TK_ASSIGN, TK_MUL_ASSIGN,
  TK_DIV_ASSIGN, TK_MOD_ASSIGN, TK_ADD_ASSIGN, TK_SUB_ASSIGN, TK_SHL_ASSIGN,
  TK_SHR_ASSIGN, TK_AND_ASSIGN, TK_XOR_ASSIGN, TK_OR_ASSIGN, TK_COMMA,
  TK_HASH, TK_HASHHASH,
  TK_NUM_KINDS
};

enum TokFlag : uint16_t {
  TF_LEADING_SPACE = 1 << 0, // white space (or a comment) before it
  TF_BOL = 1 << 1,           // first token of a logical line
  TF_NO_EXPAND = 1 << 2,     // painted blue: this identifier never expands again
  // In PpResult::macro_bodies only:
  TF_MACRO_PARAM = 1 << 3,   // this identifier is a parameter (spelling = its name)
  TF_STRINGIFY_OP = 1 << 4,  // this # stringifies the parameter after it
  TF_PASTE_LEFT = 1 << 5,    // a ## operator follows this token
};

// 12 bytes; the output vector holds a million of these for a large kernel TU.
struct Token {
  Loc loc;
  StrId spelling;
  uint16_t kind;
  uint16_t flags;
};

// --- Records -------------------------------------------------------------

// A file as read from disk, once; every inclusion of it shares the buffer.
struct FileRecord {
  std::string path;      // as found on the search path (what __FILE__ shows)
  std::string realpath;  // canonical, for #pragma once and guard identity
  bool system;           // found in a system directory (-isystem, builtin dirs)
};

enum class IncludeKind : uint8_t { Main, Include, IncludeNext, CmdlineInclude, Imacros, Builtin, CommandLine };

// One entry into a file (the include tree).  tokens [first_tok, end_tok) of
// PpResult::tokens were produced while it, or a file it included, was active.
struct IncludeRecord {
  uint32_t file;        // FileRecord index (unused for Builtin/CommandLine)
  int32_t parent;       // IncludeRecord index of the includer, -1 at top level
  Loc directive;        // the '#' of the #include line, 0 if none
  Loc base;             // file-space offset of byte 0 of this entry's buffer
  IncludeKind kind;
  bool skipped;         // not entered: #pragma once, or guard macro defined
  StrId guard;          // the include-guard macro detected, 0 if none
  uint32_t first_tok, end_tok;
};

struct MacroDef {
  StrId name;
  Loc loc;              // the macro name in its #define (0 for builtins)
  bool function_like;
  bool variadic;        // __VA_ARGS__ or GNU named variadic (last param)
  bool builtin;         // __LINE__, __FILE__, __COUNTER__, ...
  uint32_t params_begin, nparams;  // into PpResult::macro_params
  uint32_t body_begin, body_len;   // into PpResult::macro_bodies
};

// #define / #undef, in the order they were seen (also those from the command
// line and from -imacros files).  out_pos: how many output tokens came before.
struct MacroDirective {
  enum Kind : uint8_t { Define, Undef } kind;
  StrId name;
  uint32_t def;         // MacroDef index (Define only)
  Loc loc;              // the '#' of the directive
  uint32_t out_pos;
  int32_t include;      // IncludeRecord active when it was seen
};

// One macro invocation.  A name token whose loc is itself a macro loc was
// produced by another expansion (rescanning); `parent` then names that one.
struct Expansion {
  uint32_t def;         // MacroDef index
  Loc name_loc;         // the macro name at the invocation
  Loc end_loc;          // the closing ')' (function-like) or the name again
  int32_t parent;       // enclosing Expansion, -1 if invoked from file text
  uint32_t first_tok, end_tok;  // output tokens it produced (after rescanning)
};

// One token produced by an expansion.
struct ExpLoc {
  enum Role : uint8_t {
    Body,       // copied from the macro body; index = body token index
    Arg,        // from an argument, macro-expanded; index = parameter index
    ArgRaw,     // from an argument unexpanded (operand of ## or #)
    Stringify,  // result of #param
    Paste,      // result of ##
    Builtin,    // value of __LINE__, __FILE__, __COUNTER__, ...
  };
  Loc spelling;         // where its text came from (body token's loc in the
                        // #define, or the argument token's own loc)
  uint32_t expansion;   // Expansion index
  Role role;
  uint16_t index;
};

struct CondRecord {
  enum Kind : uint8_t { If, Ifdef, Ifndef, Elif, Elifdef, Elifndef, Else, Endif } kind;
  Loc loc;              // the '#'
  uint32_t opening;     // CondRecord index of the #if/#ifdef/#ifndef of this group
  bool evaluated;       // false when inside a skipped outer group (not looked at)
  bool taken;           // its group's text is part of the output
  uint32_t out_pos;
};

// Options resolved by the driver from the gcc command line.
struct Options {
  std::string main_file;
  std::vector<std::string> quote_dirs;    // -iquote: "..." only
  std::vector<std::string> bracket_dirs;  // -I
  std::vector<std::string> system_dirs;   // -isystem, then the target's builtin dirs (unless -nostdinc)
  std::vector<std::string> after_dirs;    // -idirafter
  std::string predefines;   // "<built-in>": target's #defines (empty with -undef, bar the few gcc keeps)
  std::string command_line; // "<command-line>": #define/#undef for -D/-U in their order
  std::vector<std::string> imacros;   // -imacros files, in order
  std::vector<std::string> includes;  // -include files, in order
  bool trigraphs = false;
  bool dollars_in_identifiers = true;
  unsigned max_include_depth = 200;
  std::string base_file;              // __BASE_FILE__ (defaults to main_file)
  // -fmacro-prefix-map=OLD=NEW (and -ffile-prefix-map): rewrites __FILE__.
  std::vector<std::pair<std::string, std::string>> macro_prefix_map;
  // (path, content): a file whose path, made absolute with "." and ".."
  // resolved, equals an entry's is read from CONTENT instead of the disk,
  // and exists even if the disk has no such file.  fixdiff/ preprocesses the
  // patched translation unit so, without writing the patched files.
  std::vector<std::pair<std::string, std::string>> file_overlays;
};

class Diagnostics;

struct PpResult {
  PpResult();
  ~PpResult();
  Interner strings;
  std::vector<Token> tokens;            // ends with TK_EOF
  std::vector<FileRecord> files;
  std::vector<IncludeRecord> includes;
  std::vector<MacroDef> macros;
  std::vector<StrId> macro_params;
  std::vector<Token> macro_bodies;
  std::vector<MacroDirective> directives;
  std::vector<Expansion> expansions;
  std::vector<ExpLoc> exp_locs;
  std::vector<CondRecord> conds;

  // The location services (line/column on demand) live with the buffers.
  struct Presumed { std::string_view file; unsigned line, col; };
  Presumed presumed(Loc l) const;       // honours #line; macro locs map to their expansion point
  Loc spelling_loc(Loc l) const;        // follow ExpLoc::spelling to a file loc
  Loc expansion_loc(Loc l) const;       // follow expansions outwards to a file loc
  std::string_view buffer_text(Loc l, size_t len) const;  // raw source text at a file loc

  struct Buffers;
  std::unique_ptr<Buffers> buffers;     // owned file contents (internal)
};

// Diagnostics in gcc's form, "file:line:col: error: text", with
// "note: in expansion of macro 'X'" lines for tokens that came from macros.
class Diagnostics {
public:
  explicit Diagnostics(FILE* out = stderr);
  void attach(const PpResult* r) { result_ = r; }
  void error(Loc l, const std::string& msg);
  void warning(Loc l, const std::string& msg);
  void note(Loc l, const std::string& msg);
  void note_line(Loc l, const std::string& msg);  // no column, as cpp's notes
  // "fatal error:" (gcc stops there), and an error shown with no column.
  void fatal(Loc l, const std::string& msg);
  void error_line(Loc l, const std::string& msg);
  void warning_line(Loc l, const std::string& msg);  // no column (cpp's "X" redefined)
  // For problems with no source position (command line, missing main file).
  void error_at(const std::string& where, const std::string& msg);
  unsigned errors() const { return errors_; }
  unsigned warnings() const { return warnings_; }
  // -w: warnings (and the notes that follow one) are not shown or counted.
  void inhibit_warnings(bool on) { inhibit_warnings_ = on; }
private:
  void emit(const char* level, Loc l, const std::string& msg, bool column = true);
  FILE* out_;
  const PpResult* result_ = nullptr;
  unsigned errors_ = 0, warnings_ = 0;
  bool inhibit_warnings_ = false;
  bool muted_ = false;  // the last error or warning was not shown: neither are its notes
};

// Run the preprocessor.  Returns false if any error was diagnosed.
bool preprocess(const Options& opts, PpResult& out, Diagnostics& diag);

// The -E text: tokens with gcc-like spacing and line markers.
void print_preprocessed(const PpResult& r, std::string& out);

// The --dump-pp-records debug listing (tested on directed cases).
void dump_records(const PpResult& r, std::string& out);

// gcc's spelling rule for attribute (and mode) names: `__x__` is `x`.
inline std::string_view attribute_base_name(std::string_view s) {
  if (s.size() > 4 && s.substr(0, 2) == "__" && s.substr(s.size() - 2) == "__") return s.substr(2, s.size() - 4);
  return s;
}

// PATH made absolute (against the working directory) with "." and ".."
// resolved lexically, no symlinks followed: how the preprocessor names a
// file for #pragma once, guards and Options::file_overlays.
std::string canonical_path(const std::string& path);

// Whether gcc 12 knows NAME (any of its spellings, `x` or `__x__`) as a GNU
// attribute: what __has_attribute(gnu::NAME) answers; the parser uses it
// to tell the [[gnu::x(...)]] arguments gcc parses from those it skips.
bool gnu_attribute_known(std::string_view name);

} // namespace kcarve::pp
