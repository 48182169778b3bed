// generate.h — internal: the module generator proper, behind `kcarve module`.
#pragma once

#include <string>
#include <vector>

namespace kcarve::module {

struct GenerateOptions {
  std::string outdir;
  std::string kdir;                    // optional: Module.symvers checks, Makefile default
  std::string runtime;                 // optional: dir with kcarve.h and Module.symvers of kcarve.ko
  bool replace = false;
  std::vector<std::string> runpre;     // original objects
  std::vector<std::pair<std::string, std::string>> pairs;  // carved .c, manifest
};

// Writes the module directory; diagnostics go to ERR (one or more lines).
// Nothing is left at OUTDIR on failure.
bool generate(const GenerateOptions& o, std::string& err);

} // namespace kcarve::module
