// tu_compile.cc — compiles the translation unit once more, as Kbuild did,
// for what the kernel policy learns from gcc itself: the -fdump-ipa-clones
// dump (which functions gcc inlined or cloned) and the TU's own object (its
// symbols locate the TU in System.map; its NAME.N name the block-scope
// statics).  The distribution's kernel was built by the same gcc release with
// the same flags, so the decisions are the ones in the running kernel.
// `-Wp,-MMD,FILE` is dropped (it would write a dependency file into the
// kernel tree) and the output goes to WORKDIR/tu.o.
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "kpolicy/kpolicy.h"

namespace kcarve::kpolicy {

bool compile_tu_for_policy(const std::vector<std::string>& argv_in, const std::string& cwd, const std::string& workdir,
                           std::string& object, std::string& dump, std::string& err) {
  if (argv_in.empty()) { err = "no compiler command"; return false; }
  std::vector<std::string> argv;
  for (size_t i = 0; i < argv_in.size(); ++i) {
    const std::string& a = argv_in[i];
    if (a.compare(0, 9, "-Wp,-MMD,") == 0 || a.compare(0, 8, "-Wp,-MD,") == 0) continue;
    if (a == "-o") { ++i; continue; }
    if (a.compare(0, 2, "-o") == 0 && a.size() > 2) continue;
    argv.push_back(a);
  }
  object = workdir + "/tu.o";
  argv.push_back("-fdump-ipa-clones");
  argv.push_back("-o");
  argv.push_back(object);
  dump = ipa_clones_dump_path(argv);
  std::string errfile = workdir + "/tu.stderr";
  pid_t pid = fork();
  if (pid < 0) { err = std::string("cannot fork: ") + std::strerror(errno); return false; }
  if (pid == 0) {
    int fd = open(errfile.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int in = open("/dev/null", O_RDONLY);
    if (fd >= 0) { dup2(fd, 2); dup2(fd, 1); }
    if (in >= 0) dup2(in, 0);
    if (!cwd.empty() && chdir(cwd.c_str()) != 0) _exit(126);
    std::vector<char*> av;
    for (std::string& a : argv) av.push_back(a.data());
    av.push_back(nullptr);
    execvp(av[0], av.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    struct stat st;
    if (stat(dump.c_str(), &st) == 0) return true;
    err = argv[0] + " wrote no " + dump + " (not gcc?)";
    return false;
  }
  std::string text;
  if (FILE* f = fopen(errfile.c_str(), "r")) {
    char line[512];
    for (int n = 0; n < 5 && fgets(line, sizeof line, f); ++n) text += line;
    fclose(f);
  }
  err = "recompiling the translation unit for the kernel policy failed (" +
        (WIFEXITED(status) ? (WEXITSTATUS(status) == 127 ? "cannot run " + argv[0]
                              : WEXITSTATUS(status) == 126 ? "cannot enter " + cwd
                              : "exit status " + std::to_string(WEXITSTATUS(status)))
                           : std::string("killed by a signal")) +
        ")" + (text.empty() ? "" : ":\n" + text);
  return false;
}

} // namespace kcarve::kpolicy
