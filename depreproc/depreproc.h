// depreproc.h — the public interface of kcarve's depreprocessor: it writes
// the carved C file and its manifest from an OutputPlan (closure/closure.h).
//
// The text is the original text.  Each kept declaration is copied from the
// bytes of the file it was read from, with edits applied as replacements or
// insertions on file offsets (clang's Rewriter idea): a renamed identifier, a
// pointer dereference, a `static` dropped or added, an invocation written
// expanded because a rename reaches into the macro's body.  Two different
// edits of one range are a bug this stage reports, never a silent overwrite.
// The include tree is walked in its original order: an #include the plan
// keeps is written as it was, an ineligible header's kept contents are
// written in its place, kept #define/#undef lines where they were, and the
// declarations of externalized entities just before their first use.
// docs/depreproc.md tells the algorithm.
#pragma once

#include <string>
#include <vector>

#include "ast/ast.h"
#include "closure/closure.h"
#include "preproc/preproc.h"

namespace kcarve::depreproc {

// Writes the carved file into OUT.  Returns false after diagnosing an internal
// inconsistency (overlapping edits).
bool write_carve(const ast::TranslationUnit& tu, const closure::SourceMap& sm, const closure::OutputPlan& plan,
                 pp::Diagnostics& diag, std::string& out);

// One entry of the manifest's functions[] / symbols[] / carried[]
// (docs/manifest.md, version 2).  WHY is informational.
struct ManifestFunction {
  std::string name, new_name, object;
  unsigned long sympos = 0;
  std::string why;
};
struct ManifestSymbol {
  std::string name, original, object, method;  // method: export, klp-reloc, kallsyms
  unsigned long sympos = 0;
  std::string why;
};
struct ManifestCarried { std::string name, why; };

struct ManifestInfo {
  std::string id;                     // the update id (a C identifier)
  std::string source;                 // the carved file's name
  std::vector<ManifestFunction> functions;
  std::vector<ManifestSymbol> symbols;
  std::vector<ManifestCarried> carried;
  std::string original_file;          // the unit's source as the command names it
  std::string directory;              // the command's working directory
  std::vector<std::string> command;   // argv, compiler first
};

// The entries a carve can tell from its plan alone, without the target
// kernel's tables: every patched function and symbol in OBJECT at sympos 0;
// a pointer is reached through kallsyms, a plain extern under its own name
// by export, a renamed one by a klp relocation.
void plan_manifest_entries(const closure::OutputPlan& plan, const std::string& object, ManifestInfo& info);

void write_manifest(const ManifestInfo& info, std::string& out);

} // namespace kcarve::depreproc
