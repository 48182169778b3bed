// output_file.cc — see output_file.h.
#include "driver/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace kcarve::driver {

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") {
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
      std::fprintf(stderr, "kcarve: error: writing standard output: %s\n", std::strerror(errno));
      return false;
    }
    return true;
  }
  std::string tmp = path + ".kcarve-tmp." + std::to_string(getpid());
  FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) {
    std::fprintf(stderr, "kcarve: error: cannot open '%s': %s\n", path.c_str(), std::strerror(errno));
    return false;
  }
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  ok = (std::fclose(f) == 0) && ok;
  if (ok && std::rename(tmp.c_str(), path.c_str()) != 0) ok = false;
  if (!ok) {
    std::fprintf(stderr, "kcarve: error: writing '%s': %s\n", path.c_str(), std::strerror(errno));
    std::remove(tmp.c_str());
  }
  return ok;
}

} // namespace kcarve::driver
