// fixdiff.h — the public interface of kcarve's patch-input stage.
//
// A live patch starts from a fix: a unified diff against the kernel tree.
// This stage reads the diff (patch_read.cc), applies it in memory to the
// files of the tree (patch_apply.cc), and, given the original and the
// patched translation unit (each preprocessed, parsed and analysed by the
// earlier stages, the patched one reading the applied files through
// pp::Options::file_overlays), says what the fix changes
// (tu_compare.cc): which functions changed, which are new or gone, which
// file-scope objects are new, and which changes a live patch cannot carry —
// a type's layout, a global object's type or initializer — refused with a
// reason.  Functions are compared on their preprocessed tokens, so a change
// of a macro matters exactly where it changes a function, and a change that
// only moves lines (the values __LINE__ and __COUNTER__ give, as in the
// kernel's WARN/BUG tables) does not count.  docs/fixdiff.md tells how.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ast/sema.h"
#include "preproc/preproc.h"

namespace kcarve::fixdiff {

// --- Reading a unified diff -----------------------------------------------

// One line of a hunk: its kind (' ', '-', '+') and its text without the
// newline, a view into Patch::text.  no_newline: a "\ No newline at end of
// file" marker followed it.
struct HunkLine {
  char kind;
  bool no_newline;
  std::string_view text;
};

struct Hunk {
  uint32_t old_start, old_count, new_start, new_count;
  uint32_t line;                   // the "@@" line in the patch file (1-based)
  uint32_t first, count;           // into Patch::lines
};

struct FilePatch {
  std::string old_path, new_path;  // after -p1; empty for /dev/null
  uint32_t line;                   // the "---" (or "diff --git") line
  bool is_new, is_deleted;
  uint32_t first_hunk, nhunks;     // into Patch::hunks
  const std::string& path() const { return is_deleted ? old_path : new_path; }
};

// Every view points into `text`: a Patch moves (the text's buffer moves
// with it) but is never copied.
struct Patch {
  Patch() = default;
  Patch(const Patch&) = delete;
  Patch& operator=(const Patch&) = delete;
  Patch(Patch&&) = default;
  Patch& operator=(Patch&&) = default;
  std::string name;                // the patch file's name, for diagnostics
  std::string text;                // its contents; every view points here
  std::vector<FilePatch> files;
  std::vector<Hunk> hunks;
  std::vector<HunkLine> lines;
};

// Diagnostics name the patch file: "NAME:LINE:COL: error: MSG" on ERR.
// read_patch_file reads PATH; parse_patch takes the text itself.  Both
// return false after an error (a malformed header or hunk, no file in it).
bool read_patch_file(const std::string& path, Patch& out, FILE* err);
bool parse_patch(std::string name, std::string text, Patch& out, FILE* err);

// --- Applying it ----------------------------------------------------------

// The patched contents of one file; path is relative to the tree root, as
// in the patch (after -p1).  deleted: the patch removes the file.
struct PatchedFile {
  std::string path;
  std::string content;
  bool deleted;
};

// Applies P to the files under ROOT (read from disk, never written): each
// hunk where its line numbers say, else at the nearest offset where its old
// lines match exactly, searching as patch(1) does but with no fuzz.  A hunk
// that matches nowhere, or a file that is missing (or present when the
// patch creates it), is an error at the hunk's (the file's) line of the
// patch.  Returns false after an error.
bool apply_patch(const Patch& p, const std::string& root, std::vector<PatchedFile>& out, FILE* err);

// The (path, content) pairs for pp::Options::file_overlays: ROOT/path.
std::vector<std::pair<std::string, std::string>> overlays(const std::vector<PatchedFile>& files,
                                                          const std::string& root);

// Whether any of FILES (under ROOT) is one the translation unit PP read.
bool touches(const pp::PpResult& pp, const std::vector<PatchedFile>& files, const std::string& root);

// --- Comparing the two translation units ----------------------------------

// One analysed translation unit, as the driver built it.
struct Unit {
  const pp::PpResult* pp;
  const ast::TranslationUnit* tu;
  const ast::Semantics* sem;
};

struct Finding {
  enum Kind : uint8_t {
    Changed,     // a function defined in both whose tokens differ
    New,         // a function defined only in the patched unit
    Deleted,     // a function defined only in the original unit
    NewObject,   // a file-scope object defined only in the patched unit
    Refusal,     // a change a live patch cannot make; `reason` says which
  } kind;
  std::string name;    // the function, object or type ("struct foo")
  pp::Loc loc;         // in the patched unit (the original's for Deleted)
  std::string reason;  // Refusal only: the whole diagnostic text
};

// Compares ORIG and PATCHED; findings in the patched unit's source order
// (deleted functions last, in the original's order).
std::vector<Finding> compare(const Unit& orig, const Unit& patched);

// The advice every refusal ends with.
extern const char kDataChangeAdvice[];

} // namespace kcarve::fixdiff
