// subprocess.cc — see subprocess.h.
#include "driver/subprocess.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

namespace kcarve::driver {

pid_t spawn(const Command& c, std::string& err) {
  if (c.argv.empty()) { err = "no program to run"; return -1; }
  std::vector<std::string> args = c.argv;
  std::vector<char*> av;
  for (std::string& a : args) av.push_back(a.data());
  av.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) { err = std::string("cannot fork: ") + std::strerror(errno); return -1; }
  if (pid == 0) {
    int in = open("/dev/null", O_RDONLY);
    if (in >= 0) dup2(in, 0);
    if (!c.log.empty()) {
      int fd = open(c.log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
      if (fd >= 0) { dup2(fd, 1); dup2(fd, 2); }
    }
    if (!c.cwd.empty() && chdir(c.cwd.c_str()) != 0) _exit(126);
    execvp(av[0], av.data());
    _exit(127);
  }
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return 127;
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

int run_command(const Command& c, std::string& err) {
  pid_t pid = spawn(c, err);
  return pid < 0 ? -1 : wait_for(pid);
}

std::string tail_lines(const std::string& file, size_t n) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  std::string out;
  for (size_t i = lines.size() > n ? lines.size() - n : 0; i < lines.size(); ++i) out += "  " + lines[i] + "\n";
  return out;
}

} // namespace kcarve::driver
