// output_file.cc — see output_file.h.
#include "driver/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace kcarve::driver {

namespace {

bool write_stream(FILE* f, const char* what, const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fflush(f) != 0) {
    std::fprintf(stderr, "kcarve: error: writing %s: %s\n", what, std::strerror(errno));
    return false;
  }
  return true;
}

} // namespace

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty() || path == "-") return write_stream(stdout, "standard output", text);
  // A device or pipe (/dev/null, a fifo) is written in place, as gcc does:
  // renaming a temporary file over it would replace the device.
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
      std::fprintf(stderr, "kcarve: error: cannot open '%s': %s\n", path.c_str(), std::strerror(errno));
      return false;
    }
    bool ok = write_stream(f, path.c_str(), text);
    return (std::fclose(f) == 0) && ok;
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

bool read_whole_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

} // namespace kcarve::driver
