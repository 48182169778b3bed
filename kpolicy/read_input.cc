// read_input.cc — the bytes of a symbol file, decompressed when its name says
// so.  Distributions ship System.map, vmlinux and modules compressed (.xz for
// Debian's modules on some releases, .zst for Fedora's, .gz for /proc/config.gz
// style files); kcarve takes no compression library as a dependency but runs
// the standard tool (`xz -dc`, `zstd -dc`, `gzip -dc`) and reads its stdout,
// reporting a missing tool or a failed decompression by name.
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <iterator>
#include <sys/wait.h>
#include <unistd.h>

#include "kpolicy/kpolicy.h"

namespace kcarve::kpolicy {

namespace {

bool ends_with(const std::string& s, const char* suf) {
  size_t n = std::strlen(suf);
  return s.size() > n && s.compare(s.size() - n, n, suf) == 0;
}

// Runs TOOL -dc PATH, collecting stdout into DATA and stderr for the error.
bool decompress(const char* tool, const std::string& path, std::string& data, std::string& err) {
  int out[2], errp[2];
  if (pipe(out) != 0 || pipe(errp) != 0) {
    err = path + ": cannot create a pipe: " + std::strerror(errno);
    return false;
  }
  pid_t pid = fork();
  if (pid < 0) {
    err = path + ": cannot fork: " + std::strerror(errno);
    return false;
  }
  if (pid == 0) {
    int devnull = open("/dev/null", O_RDONLY);
    if (devnull >= 0) dup2(devnull, 0);
    dup2(out[1], 1);
    dup2(errp[1], 2);
    close(out[0]); close(out[1]); close(errp[0]); close(errp[1]);
    execlp(tool, tool, "-dc", "--", path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  close(errp[1]);
  // Drain both pipes without deadlock: stderr is small, read it after stdout
  // only if it fits in a pipe; poll-free because tools write errors last.
  std::string errtext;
  char buf[65536];
  for (;;) {
    ssize_t n = read(out[0], buf, sizeof buf);
    if (n > 0) { data.append(buf, static_cast<size_t>(n)); continue; }
    if (n < 0 && errno == EINTR) continue;
    break;
  }
  for (;;) {
    ssize_t n = read(errp[0], buf, sizeof buf);
    if (n > 0) { errtext.append(buf, static_cast<size_t>(n)); continue; }
    if (n < 0 && errno == EINTR) continue;
    break;
  }
  close(out[0]);
  close(errp[0]);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  while (!errtext.empty() && errtext.back() == '\n') errtext.pop_back();
  if (WIFEXITED(status) && WEXITSTATUS(status) == 127 && errtext.empty()) {
    err = path + ": cannot run " + tool + " to decompress it (not installed?)";
    return false;
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    err = path + ": " + tool + " -dc failed" +
          (WIFEXITED(status) ? " with status " + std::to_string(WEXITSTATUS(status)) : std::string(" by a signal")) +
          (errtext.empty() ? "" : ": " + errtext);
    return false;
  }
  return true;
}

} // namespace

bool read_input(const std::string& path, std::string& data, std::string& err) {
  data.clear();
  if (access(path.c_str(), R_OK) != 0) {
    err = path + ": cannot read: " + std::strerror(errno);
    return false;
  }
  if (ends_with(path, ".xz")) return decompress("xz", path, data, err);
  if (ends_with(path, ".zst")) return decompress("zstd", path, data, err);
  if (ends_with(path, ".gz")) return decompress("gzip", path, data, err);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err = path + ": cannot open";
    return false;
  }
  data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

} // namespace kcarve::kpolicy
