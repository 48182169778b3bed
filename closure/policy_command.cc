// policy_command.cc — a policy question asked of a shell command
// (--pol-cmd-KIND=COMMAND), and the reading of what it printed.
//
// The command runs as `sh -c 'COMMAND "$@"' sh ARG...`: COMMAND is shell text
// the user wrote (it may hold its own arguments, quotes, pipes), while the
// question's arguments travel as argv words, never through the shell's
// parser, so a name or a path with blanks or quotes arrives as it is.  Its
// stdin is /dev/null; its stdout and stderr are read to the end through two
// pipes polled together (a command that fills one pipe while we block on the
// other would otherwise deadlock); then its exit status is collected.
//
// The protocol (docs/policy.md): exactly one stdout line `RESULT: WORDS`,
// any number of `WARNING: TEXT` and `ERROR: TEXT` lines; anything else on
// stdout, anything on stderr, or a non-zero exit is a failure of the command.
#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include "closure/policy.h"

namespace kcarve::closure {

namespace {

// One line per line of TEXT, each prefixed by LABEL (a last line without its
// newline counts as well).
void add_transcript(std::string& t, const char* label, std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    size_t nl = text.find('\n', i);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    t += label;
    t += text.substr(i, end - i);
    t += '\n';
    i = end + 1;
  }
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> w;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) w.emplace_back(s.substr(b, i - b));
  }
  return w;
}

std::string_view strip_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// Runs ARGV (argv[0] a path) with stdin /dev/null, capturing both outputs.
// Returns false with WHY set when it could not be started at all.
bool run(const std::vector<std::string>& argv, std::string& out, std::string& err, int& status, int& sig,
         std::string& why) {
  std::vector<char*> cargv;
  for (const std::string& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
  cargv.push_back(nullptr);

  int po[2], pe[2];
  if (pipe2(po, O_CLOEXEC) != 0) { why = std::string("pipe: ") + std::strerror(errno); return false; }
  if (pipe2(pe, O_CLOEXEC) != 0) {
    why = std::string("pipe: ") + std::strerror(errno);
    close(po[0]); close(po[1]);
    return false;
  }
  pid_t pid = fork();
  if (pid < 0) {
    why = std::string("fork: ") + std::strerror(errno);
    close(po[0]); close(po[1]); close(pe[0]); close(pe[1]);
    return false;
  }
  if (pid == 0) {
    // The child: only async-signal-safe calls from here on.
    int in = open("/dev/null", O_RDONLY);
    if (in < 0 || dup2(in, 0) < 0 || dup2(po[1], 1) < 0 || dup2(pe[1], 2) < 0) _exit(127);
    execv(cargv[0], cargv.data());
    static const char msg[] = "kcarve: cannot execute /bin/sh\n";
    ssize_t ignored = write(2, msg, sizeof msg - 1);
    (void)ignored;
    _exit(127);
  }
  close(po[1]);
  close(pe[1]);
  struct pollfd fds[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
  std::string* sinks[2] = {&out, &err};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    int n = poll(fds, 2, -1);
    if (n < 0) {
      if (errno == EINTR) continue;
      break;
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      ssize_t r = read(fds[i].fd, buf, sizeof buf);
      if (r > 0) {
        sinks[i]->append(buf, size_t(r));
      } else if (r == 0 || errno != EINTR) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      }
    }
  }
  for (auto& f : fds)
    if (f.fd >= 0) close(f.fd);
  int ws = 0;
  while (waitpid(pid, &ws, 0) < 0) {
    if (errno != EINTR) { why = std::string("waitpid: ") + std::strerror(errno); return false; }
  }
  if (WIFEXITED(ws)) { status = WEXITSTATUS(ws); sig = 0; }
  else { status = -1; sig = WIFSIGNALED(ws) ? WTERMSIG(ws) : 0; }
  return true;
}

class CommandBackend : public Backend {
public:
  explicit CommandBackend(std::string command) : command_(std::move(command)) {}

  Answer ask(Question, const std::vector<std::string>& args, const Facts&) override {
    std::vector<std::string> argv = {"/bin/sh", "-c", command_ + " \"$@\"", "sh"};
    argv.insert(argv.end(), args.begin(), args.end());
    std::string out, err, why;
    int status = 0, sig = 0;
    if (!run(argv, out, err, status, sig, why)) {
      Answer a;
      a.failure = "could not be run (" + why + ")";
      return a;
    }
    return parse_answer(out, err, status, sig);
  }

  std::string describe() const override { return command_; }

private:
  std::string command_;
};

} // namespace

Answer parse_answer(std::string_view out, std::string_view err, int status, int signal) {
  Answer a;
  add_transcript(a.transcript, "stdout: ", out);
  add_transcript(a.transcript, "stderr: ", err);
  unsigned results = 0, stray = 0;
  size_t i = 0;
  while (i < out.size()) {
    size_t nl = out.find('\n', i);
    size_t end = nl == std::string_view::npos ? out.size() : nl;
    std::string_view line = out.substr(i, end - i);
    i = end + 1;
    if (starts_with(line, "RESULT:")) {
      if (++results == 1) a.result = split_words(strip_blanks(line.substr(7)));
    } else if (starts_with(line, "WARNING:")) {
      a.warnings.emplace_back(strip_blanks(line.substr(8)));
    } else if (starts_with(line, "ERROR:")) {
      a.errors.emplace_back(strip_blanks(line.substr(6)));
    } else {
      ++stray;
    }
  }
  if (status < 0)
    a.failure = signal ? "killed by signal " + std::to_string(signal) + " (" + strsignal(signal) + ")"
                       : "ended abnormally";
  else if (status != 0)
    a.failure = "exited with status " + std::to_string(status);
  else if (!err.empty())
    a.failure = "wrote to standard error";
  else if (stray)
    a.failure = "printed a line that is not RESULT:, WARNING: or ERROR:";
  else if (results > 1)
    a.failure = "printed " + std::to_string(results) + " RESULT: lines";
  else if (results == 0 && a.errors.empty())
    a.failure = "printed no RESULT: line";
  return a;
}

std::unique_ptr<Backend> make_command_backend(const std::string& command) {
  return std::make_unique<CommandBackend>(command);
}

} // namespace kcarve::closure
