// internal.h — the preprocessor's private state, shared by the files of
// preproc/ and by nothing else.
//
// One Preprocessor object runs one translation unit.  Its parts, each in its
// own file: source_buffers.cc (files read once, phases 1-2, locations),
// lexer.cc (phase 3), directives.cc (C11 6.10.1-6.10.9), if_expr.cc (6.10.1
// #if arithmetic), macro_expand.cc (6.10.3, hidesets), include_search.cc (gcc
// manual "Search Path"), builtin_macros.cc and has_feature.cc (gcc manual
// "Common Predefined Macros", "__has_attribute"...), preprocess.cc (the
// driver loop that fills PpResult).
#pragma once

#include "preproc/preproc.h"

#include <string>
#include <unordered_map>
#include <vector>
#include <sys/types.h>

namespace kcarve::pp {

namespace detail {

inline uint32_t str_hash(const char* p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; ++i) h = (h ^ (unsigned char)p[i]) * 16777619u;
  return h;
}

// Internal token kinds, never in PpResult::tokens.
enum : uint16_t {
  TK_EOD = TK_NUM_KINDS,  // end of a directive line
  TK_PADDING,             // gcc's padding token (spacing only); see PTok
  TK_EXP_END,             // end of an expansion's tokens; spelling = Expansion index
  TK_ARG_END,             // sentinel after an argument being pre-expanded
  TK_HEADER_NAME,         // <...> in #include / __has_include
};

// Internal flags (high bits; the low ones are TokFlag).
enum : uint16_t {
  TF_PAD_NULL = 1 << 8,   // padding whose source is NULL (gcc's avoid_paste)
  TF_AVOID_PASTE = 1 << 9,// output token preceded by padding
  TF_UNTERMINATED = 1 << 10,
};

// A token in flight (hs is spare, kept for alignment).  For TK_PADDING, flags hold
// TF_PAD_NULL or the source token's TF_LEADING_SPACE.
struct PTok {
  Loc loc;
  StrId spelling;
  uint16_t kind;
  uint16_t flags;
  uint32_t hs;
};

// File contents, read once per (device, inode).
struct Content {
  std::string raw;            // the bytes as on disk
  std::string clean;          // after phases 1-2 (splices, trigraphs), ends "\n"
  bool use_raw = false;       // clean would equal raw: lex raw directly
  struct Splice { uint32_t off, removed; };  // at clean offset off, total removed so far
  std::vector<Splice> splices;
  const char* text() const { return use_raw ? raw.data() : clean.data(); }
  size_t text_len() const { return use_raw ? raw.size() : clean.size(); }
  dev_t dev = 0;
  ino_t ino = 0;
  long mtime = 0;
  bool once = false;          // #pragma once seen
  bool guard_known = false;
  StrId guard = 0;            // include guard detected
  int bad_offset = -1;        // first NUL byte (raw offset), -1 if none
};

} // namespace detail

// The buffers behind the locations (PpResult::buffers).
struct PpResult::Buffers {
  struct LineDir { uint32_t off; uint32_t line; std::string name; };
  struct Buf {
    Loc base;
    uint32_t size;            // raw size + 1
    int content;              // index in contents
    int file;                 // FileRecord index, -1 for built-in text
    std::string name;         // presumed file name
    std::vector<LineDir> linedirs;  // #line effects, by raw offset
  };
  std::vector<std::unique_ptr<detail::Content>> contents;
  std::vector<Buf> bufs;      // ascending base
  Loc next_base = 1;
  mutable std::vector<std::vector<uint32_t>> line_starts;  // per content, lazily

  int add_buf(int content, int file, const std::string& name);
  const Buf* find(Loc l) const;
  unsigned phys_line(const Buf& b, uint32_t off) const;
  uint32_t line_start(const Buf& b, unsigned line) const;
};

namespace detail {

// Read a file (phases 1-2 applied); false with errno set on failure.
bool load_content(const std::string& path, bool trigraphs, Content& c);
void make_content_from_text(const std::string& text, bool trigraphs, Content& c);

class Preprocessor;

// The lexer over one buffer (C11 6.4).  State is plain data so it can be
// saved and restored (looking ahead for a function-like macro's '(').
struct Lexer {
  const char* begin = nullptr;
  const char* cur = nullptr;
  const char* end = nullptr;    // points at the terminating NUL
  Loc base = 0;
  const Content::Splice* sp = nullptr;
  const Content::Splice* sp_end = nullptr;
  uint32_t removed = 0;
  bool bol = true;
  bool in_directive = false;
  bool skipping = false;        // in skipped text or #error: no diagnostics
  bool angle_header = false;    // next '<' starts a header name

  Loc loc_at(const char* p) {
    uint32_t off = (uint32_t)(p - begin);
    while (sp != sp_end && sp->off <= off) { removed = sp->removed; ++sp; }
    return base + off + removed;
  }
};

enum BuiltinKind : uint8_t {
  BI_NONE, BI_FILE, BI_LINE, BI_COUNTER, BI_BASE_FILE, BI_INCLUDE_LEVEL,
  BI_DATE, BI_TIME, BI_TIMESTAMP, BI_PRAGMA,
  BI_HAS_ATTRIBUTE, BI_HAS_CPP_ATTRIBUTE, BI_HAS_C_ATTRIBUTE, BI_HAS_BUILTIN,
  BI_HAS_INCLUDE, BI_HAS_INCLUDE_NEXT,
};

// __has_attribute & co. (has_feature.cc): 0 when unknown.
long has_attribute_value(std::string_view scope, std::string_view name, BuiltinKind which);
bool has_builtin_name(std::string_view name, bool sse2);

struct SearchDir {
  std::string name;   // as given, trailing slashes removed
  bool sys;
};

// One file being read.
struct FileCtx {
  Lexer lx;
  int buf;              // Buffers::bufs index
  int content;
  int file;             // FileRecord, -1 for built-in text
  int include_rec;      // IncludeRecord index
  int found_dir;        // index in search chain it was found in; -1: includer's dir or absolute; -2: no search (main)
  std::string dir;      // directory part of its path, with trailing '/', for "..."
  size_t if_base;       // ifs.size() when it was entered
  bool system;
  bool discard;         // -imacros: tokens dropped, no expansion
  // Include-guard detection (gcc's multiple-include optimisation).
  enum { MI_START, MI_IN, MI_AFTER, MI_NO } mi = MI_START;
  StrId mi_guard = 0;
};

struct IfState {
  uint32_t rec;         // CondRecord of the opening directive
  Loc loc;              // the opening directive's '#'
  uint8_t last;         // CondRecord::Kind of the latest directive of the group
  bool was_skipping;    // outer group was skipped
  bool taken_any;       // some branch taken so far
  bool seen_else;
};

class Preprocessor {
public:
  Preprocessor(const Options& o, PpResult& r, Diagnostics& d);
  bool run();

  // --- shared services ---
  const Options& opt;
  PpResult& res;
  Diagnostics& diag;
  Interner& strs;
  PpResult::Buffers& bufs;
  bool fatal = false;

  // lexer.cc
  void lex(Lexer& lx, PTok& t);
  bool lex_header_name(Lexer& lx, PTok& t);
  // Lex exactly one token from TEXT; false if TEXT is not one token.
  bool lex_single(std::string_view text, PTok& t);
  StrId punct_spelling[TK_NUM_KINDS];
  uint8_t ident_start[256], ident_cont[256];
  void init_lexer_tables();
  StrId canonical_ident(const char* s, const char* e);
  std::string_view written_ident(const PTok& t);
  void skip_rest_of_line_raw(Lexer& lx);

  // source files and include search (include_search.cc)
  std::vector<SearchDir> chain;
  size_t bracket_start = 0, after_start = 0;
  std::unordered_map<std::string, int> path_cache;     // path -> FileRecord, -1 missing
  std::vector<int> file_content;                        // FileRecord -> content
  std::vector<int> file_buf;                            // FileRecord -> buf
  std::unordered_map<uint64_t, int> content_by_inode;
  void setup_search_path();
  int open_file(const std::string& path, bool sys);     // FileRecord or -1
  int search_include(std::string_view name, bool angled, bool next, int& found_dir,
                     bool cmdline = false);
  bool push_file(int file, int found_dir, IncludeKind kind, Loc directive, bool system);
  void push_text(const std::string& name, const std::string& text, IncludeKind kind);
  void pop_file();
  std::vector<FileCtx> files;
  FileCtx* top() { return files.empty() ? nullptr : &files.back(); }

  // directives.cc
  void init_directives();
  size_t dir_floor_save = 0;
  bool line_changed = false;
  bool bol_pending = false;
  Loc dir_name_loc = 0;        // the current directive's name, for diagnostics
  bool va_omitted = false;     // the last call omitted its variable arguments
  bool line_comments = true;   // false in C90 (-ansi, -std=c90): no // comments
  bool strict_ansi = false;    // __STRICT_ANSI__: ISO mode, for the GNU comma rule
  bool directive_wants_padding = false;  // gcc: #include keeps left paddings
  bool from_lexer = false;      // get_raw's last token came from the file
  bool top_funlike = false;     // gcc's top_most_macro_node is function-like
  Loc invocation_loc = 0;       // and where it was invoked
  std::vector<IfState> ifs;
  bool in_directive = false;
  void directive(const PTok& hash);
  void skip_group();
  void end_directive();
  bool lex_macro_name(Lexer& lx, PTok& name, const char* directive);
  void do_define(Loc hash_loc);
  void do_undef(Loc hash_loc);
  void do_include(Loc hash_loc, IncludeKind kind);
  void do_line(Loc hash_loc, bool gnu_marker, const PTok* first);
  void do_pragma(Loc hash_loc);
  void do_pragma_tokens(const std::vector<PTok>& toks, Loc loc);
  void do_diagnostic(Loc hash_loc, bool is_error, StrId name);
  void do_cond(Loc hash_loc, CondRecord::Kind k);
  bool eval_if(Loc hash_loc);        // if_expr.cc
  void record_cond(CondRecord::Kind k, Loc loc, uint32_t opening, bool evaluated, bool taken);
  void lex_directive_token(PTok& t);  // raw, from the file
  bool read_header_name(std::string& name, bool& angled, Loc& loc);
  std::vector<PTok> pragma_buf;

  // macros (macro_expand.cc)
  std::vector<int32_t> macro_of;       // StrId -> MacroDef index or -1
  std::vector<uint8_t> builtin_of;     // MacroDef index -> BuiltinKind
  std::vector<uint8_t> disabled;     // StrId -> its macro is being expanded
  std::vector<PTok> pending;           // tokens to read next, back first
  size_t pend_floor = 0;
  std::vector<PTok> arena;             // argument and result buffers (stack)
  int prevent_expansion = 0;
  int arg_depth = 0;
  bool collecting_args = false;
  int32_t macro_def(StrId name) const {
    return name < macro_of.size() ? macro_of[name] : -1;
  }
  void set_macro(StrId name, int32_t def);
  bool same_definition(const MacroDef& a, const MacroDef& b) const;  // 6.10.3p2 (directives.cc)
  void get_raw(PTok& t);               // one token, no expansion
  void next(PTok& t);                  // one token, macro-expanded
  bool enter_macro(PTok& name, int32_t def);
  bool peek_lparen(PTok& pad_out, bool& have_pad);
  bool collect_args(const PTok& name, const MacroDef& m, std::vector<std::pair<uint32_t, uint32_t>>& args,
                    PTok& rparen);
  void expand_arg(uint32_t b, uint32_t e, std::pair<uint32_t, uint32_t>& out);
  StrId stringify(uint32_t b, uint32_t e);
  Loc new_exp_loc(Loc spelling, uint32_t exp, ExpLoc::Role role, uint16_t index);
  uint32_t new_expansion(uint32_t def, const PTok& name, Loc end_loc);
  void finish_expansion(uint32_t exp);
  void push_result(uint32_t exp, uint32_t b, uint32_t e);
  bool paste(PTok& lhs, const PTok& rhs, Loc where);
  int32_t expansion_of(Loc l) const;
  void define_builtins();

  // builtin_macros.cc
  int expand_builtin(PTok& name, BuiltinKind k, PTok& out);  // 0 no, 1 OUT, 2 pushed itself
  std::string remap_file(std::string_view name) const;
  unsigned counter = 0;
  long has_feature(PTok& name, BuiltinKind k, bool& ok);
  std::string date_str, time_str;

  // output
  int src_state = 0;                   // gcc's print.source: 0 NULL, 1 plain, 2 white
  bool pad_seen = false;
  void emit(const PTok& t);

  // names the directives and builtins need
  StrId id_defined, id_va_args, id_va_opt, id_once, id_pragma_op, id_gcc,
      id_system_header, id_poison, id_push_macro, id_pop_macro, id_warning, id_error,
      id_dependency;
  std::unordered_map<StrId, int> directive_ids;
  std::unordered_map<StrId, std::vector<int32_t>> pushed_macros;

  Loc cur_loc() { return files.empty() ? 0 : files.back().lx.loc_at(files.back().lx.cur); }
  int depth_bias = 0;
};

// Presumed location helpers (source_buffers.cc).
std::string quote_string(std::string_view s);

} // namespace detail
} // namespace kcarve::pp
