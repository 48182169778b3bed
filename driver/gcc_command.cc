// gcc_command.cc — reads a gcc 12 command line (as Kbuild runs it, minus the
// compiler's name) into a GccCommand.  It implements the parts of the gcc
// manual's "Option Summary" that reach the preprocessor ("Preprocessor
// Options", "Options for Directory Search", "Options Controlling the
// Preprocessor" in the cpp manual's "Invocation"), and hands the options that
// change predefined macros (-O*, -std=, -f*, -m*, -g*, ...) to the target
// model in command-line order.  Everything else (warnings, code generation,
// assembler and linker options) is accepted and kept in `args`.
//
// gcc builds the <command-line> buffer from -D and -U in their order: -DX is
// "#define X 1", -DX=V is "#define X V" (the first '=' becomes a space, so
// -D'F(a)=a' is "#define F(a) a"), -UX is "#undef X".  -Wp,A,B,C passes A, B
// and C to the preprocessor as separate arguments (so -Wp,-MMD,file is -MMD
// with its file argument, cc1's form).
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <vector>

#include "driver/gcc_command.h"

namespace kcarve::driver {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Options that take an argument, joined (-Idir) or as the next word (-I dir).
// Handled in Parser::with_arg.
const char* const kArgOptions[] = {
    // longest first where one is a prefix of another
    "-iwithprefixbefore", "-iwithprefix", "-idirafter", "-imultilib", "-isysroot", "-isystem",
    "-imacros", "-include", "-iprefix", "-iquote", "-Xpreprocessor", "-Xassembler",
    "-Xlinker", "-MF", "-MT", "-MQ", "-I", "-D", "-U", "-o", "-x", "-L", "-B", "-l", "-u",
    "-T", "-z", "--param", "-aux-info", "-dumpbase-ext", "-dumpbase", "-dumpdir",
};

// Options that take no argument (or whose value is joined with '=') and
// matter to nobody here, beyond being valid.
const char* const kPlainOptions[] = {
    "-c", "-S", "-E", "-pipe", "-nostdlib", "-nostartfiles", "-nodefaultlibs", "-static",
    "-shared", "-pie", "-no-pie", "-r", "-s", "-p", "-pg", "-v", "-w", "-pedantic",
    "-pedantic-errors", "-M", "-MM", "-MD", "-MMD", "-MP", "-MG", "-P", "-C", "-CC", "-H",
    "-trigraphs", "-undef", "-nostdinc", "-ansi", "-pthread", "-###", "--version", "--help",
    "-save-temps", "-traditional-cpp", "-remap", "-Q", "-dumpversion", "-dumpmachine",
    "-dumpspecs", "-no-integrated-cpp", "-fsyntax-only", "-symbolic", "-rdynamic",
    "-static-libgcc", "-shared-libgcc", "-time", "-integrated-as",
};

// Option families gcc has hundreds of; any spelling of these shapes is taken.
const char* const kFamilies[] = {
    "-f", "-m", "-W", "-g", "-O", "-std=", "-print-", "--param=", "--sysroot=", "-save-temps=",
    "-specs=", "-d", "-Wa,", "-Wl,", "-Wp,", "-flto", "-wrapper", "-fplugin", "--help=",
    "-iplugindir=", "-imultiarch", "-mabi=",
};

struct Parser {
  GccCommand& cmd;
  std::string& error;
  const target::Target& tgt;
  std::vector<std::string> c_inputs;   // candidate source files

  bool fail(const std::string& msg) {
    error = msg;
    return false;
  }

  void define(std::string_view arg) {
    std::string line = "#define ";
    size_t eq = arg.find('=');
    if (eq == std::string_view::npos) {
      line.append(arg);
      line += " 1";
    } else {
      line.append(arg.substr(0, eq));
      line += ' ';
      std::string_view val = arg.substr(eq + 1);
      // cpp stops a -D definition at its first newline.
      size_t nl = val.find('\n');
      line.append(val.substr(0, nl));
    }
    line += '\n';
    cmd.pp.command_line += line;
  }

  void undefine(std::string_view arg) {
    cmd.pp.command_line += "#undef ";
    cmd.pp.command_line.append(arg);
    cmd.pp.command_line += '\n';
  }

  void prefix_map(std::string_view arg) {
    size_t eq = arg.find('=');
    if (eq == std::string_view::npos) {
      cmd.warnings.push_back("invalid argument '" + std::string(arg) + "' to prefix map option");
      return;
    }
    cmd.pp.macro_prefix_map.emplace_back(std::string(arg.substr(0, eq)), std::string(arg.substr(eq + 1)));
  }

  void set_std(std::string_view s) {
    static const struct { const char* name; const char* norm; } kStd[] = {
        {"c89", "c90"}, {"c90", "c90"}, {"iso9899:1990", "c90"}, {"iso9899:199409", "iso9899:199409"},
        {"c99", "c99"}, {"c9x", "c99"}, {"iso9899:1999", "c99"}, {"iso9899:199x", "c99"},
        {"c11", "c11"}, {"c1x", "c11"}, {"iso9899:2011", "c11"},
        {"c17", "c17"}, {"c18", "c17"}, {"iso9899:2017", "c17"}, {"iso9899:2018", "c17"},
        {"c2x", "c2x"}, {"gnu89", "gnu90"}, {"gnu90", "gnu90"}, {"gnu99", "gnu99"},
        {"gnu9x", "gnu99"}, {"gnu11", "gnu11"}, {"gnu1x", "gnu11"}, {"gnu17", "gnu17"},
        {"gnu18", "gnu17"}, {"gnu2x", "gnu2x"},
    };
    for (const auto& e : kStd)
      if (s == e.name) {
        cmd.std = e.norm;
        // ISO modes turn trigraphs on, GNU modes off (cpp manual, -trigraphs).
        cmd.pp.trigraphs = !starts_with(e.norm, "gnu");
        return;
      }
    cmd.warnings.push_back("unrecognized command-line option '-std=" + std::string(s) + "'");
  }

  // An option whose argument is ARG (already separated from the option).
  bool with_arg(std::string_view opt, const std::string& arg) {
    pp::Options& p = cmd.pp;
    if (opt == "-I") {
      if (arg == "-")
        cmd.warnings.push_back("'-I-' is not supported; ignored");
      else
        p.bracket_dirs.push_back(arg);
    } else if (opt == "-iquote") p.quote_dirs.push_back(arg);
    else if (opt == "-isystem") p.system_dirs.push_back(arg);
    else if (opt == "-idirafter") p.after_dirs.push_back(arg);
    else if (opt == "-include") p.includes.push_back(arg);
    else if (opt == "-imacros") p.imacros.push_back(arg);
    else if (opt == "-D") define(arg);
    else if (opt == "-U") undefine(arg);
    else if (opt == "-o") cmd.output = arg;
    else if (opt == "-x") cmd.language = arg == "none" ? std::string() : arg;
    else if (opt == "-Xpreprocessor") return preprocessor_args({arg});
    // -MF -MT -MQ -L -B -l -u -T -z --param -aux-info -Xassembler -Xlinker
    // -iprefix -iwithprefix -iwithprefixbefore -isysroot -imultilib: valid,
    // nothing to do for the preprocessor's output.
    return true;
  }

  // Tries the options taking an argument.  Returns 1 if ARGS[I] was one (I
  // advanced past a separate argument), 0 if not, -1 on error.
  int try_arg_option(const std::vector<std::string>& args, size_t& i) {
    const std::string& a = args[i];
    for (const char* o : kPlainOptions)
      if (a == o) return 0;
    for (const char* o : kArgOptions) {
      std::string_view opt = o;
      if (!starts_with(a, opt)) continue;
      if (a.size() > opt.size()) {
        // Joined form.  --param takes "--param=x" only via the family list.
        if (opt == "--param" || opt == "-aux-info") continue;
        if (!with_arg(opt, a.substr(opt.size()))) return -1;
        return 1;
      }
      if (i + 1 >= args.size()) {
        fail("missing argument to '" + a + "'");
        return -1;
      }
      ++i;
      if (!with_arg(opt, args[i])) return -1;
      return 1;
    }
    return 0;
  }

  // -Wp,A,B / -Xpreprocessor A: options for cc1's preprocessor.  -MD and
  // -MMD take a file argument there.
  bool preprocessor_args(const std::vector<std::string>& pargs) {
    for (size_t i = 0; i < pargs.size(); ++i) {
      const std::string& a = pargs[i];
      if (a.empty()) continue;  // "-Wp," or "-Wp,a,,b"
      if (a == "-MD" || a == "-MMD") {
        if (i + 1 < pargs.size()) ++i;  // the dependency file
        continue;
      }
      if (!option(pargs, i)) return false;
    }
    return true;
  }

  // One command-line word at ARGS[I] (an option, or an input file).
  bool option(const std::vector<std::string>& args, size_t& i) {
    const std::string& a = args[i];
    if (a == "-") return fail("reading the source from standard input ('-') is not supported");
    if (a.empty() || a[0] != '-') {
      if (cmd.language.empty() ? ends_with(a, ".c") || ends_with(a, ".h") || ends_with(a, ".i")
                               : cmd.language == "c" || cmd.language == "c-header")
        c_inputs.push_back(a);
      else
        cmd.warnings.push_back("ignoring input file '" + a + "': not C");
      return true;
    }
    if (starts_with(a, "-Wp,")) {
      std::vector<std::string> parts;
      std::string_view rest = std::string_view(a).substr(4);
      while (true) {
        size_t c = rest.find(',');
        parts.emplace_back(rest.substr(0, c));
        if (c == std::string_view::npos) break;
        rest.remove_prefix(c + 1);
      }
      return preprocessor_args(parts);
    }
    int r = try_arg_option(args, i);
    if (r < 0) return false;
    if (r > 0) return true;

    // Options with effects, no separate argument.
    if (a == "-c") cmd.compile_only = true;
    else if (a == "-E") cmd.preprocess_only = true;
    else if (a == "-fsyntax-only") cmd.syntax_only = true;
    else if (a == "-nostdinc") cmd.nostdinc = true;
    else if (a == "-trigraphs") cmd.pp.trigraphs = true;
    else if (a == "-undef") cmd.undef = true;
    else if (a == "-ansi") set_std("c90");
    else if (starts_with(a, "-std=")) set_std(std::string_view(a).substr(5));
    else if (a == "-ffreestanding" || a == "-fno-hosted") cmd.hosted = false;
    else if (a == "-fhosted" || a == "-fno-freestanding") cmd.hosted = true;
    else if (a == "-fdollars-in-identifiers") cmd.pp.dollars_in_identifiers = true;
    else if (a == "-fno-dollars-in-identifiers") cmd.pp.dollars_in_identifiers = false;
    else if (starts_with(a, "-fmacro-prefix-map=")) prefix_map(std::string_view(a).substr(19));
    else if (starts_with(a, "-ffile-prefix-map=")) prefix_map(std::string_view(a).substr(18));
    else if (a == "-dM") cmd.dump_macros = true;
    else if (a == "-dD") cmd.dump_defines = true;
    else if (a == "-dN") cmd.dump_names = true;
    else if (a == "-dI") cmd.dump_includes = true;
    else if (a == "-dU") cmd.dump_used = true;
    else if (a == "-P") cmd.no_line_markers = true;
    else if (a == "-C") cmd.keep_comments = true;
    else if (a == "-CC") cmd.keep_comments = cmd.keep_macro_comments = true;
    else if (a == "-H") cmd.print_includes = true;
    else if (a == "-M" || a == "-MM") cmd.deps_only = true;
    else if (!known(a) || !target::accepts_option(tgt, a)) {
      cmd.warnings.push_back("unrecognized command-line option '" + a + "'");
      return true;
    }

    // The target model reads these (and ignores those it has no rule for).
    if (starts_with(a, "-O") || starts_with(a, "-std=") || a == "-ansi" || a == "-undef" ||
        starts_with(a, "-f") || starts_with(a, "-m") || starts_with(a, "-g") || a == "-pthread")
      cmd.target_flags.push_back(a);
    return true;
  }

  static bool known(const std::string& a) {
    for (const char* o : kPlainOptions)
      if (a == o) return true;
    for (const char* f : kFamilies)
      if (starts_with(a, f) && a.size() > std::strlen(f)) return true;
    return a == "-O" || a == "-g";
  }
};

bool is_file(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

} // namespace

bool parse_gcc_command(const std::vector<std::string>& args, GccCommand& out, std::string& error,
                       const target::Target* t) {
  out.args = args;
  Parser p{out, error, t ? *t : target::default_target(), {}};
  for (size_t i = 0; i < args.size(); ++i)
    if (!p.option(args, i)) return false;
  if (p.c_inputs.size() > 1) {
    error = "more than one input file ('" + p.c_inputs[0] + "', '" + p.c_inputs[1] + "')";
    return false;
  }
  if (!p.c_inputs.empty()) {
    out.input = p.c_inputs[0];
    out.pp.main_file = out.input;
    out.pp.base_file = out.input;
  }
  return true;
}

void apply_target(const target::Target& t, GccCommand& cmd) {
  pp::Options& po = cmd.pp;
  po.predefines = target::predefines(t, cmd.target_flags);
  if (cmd.nostdinc) return;
  for (auto& d : target::system_include_dirs(t)) po.system_dirs.push_back(d);
  std::string_view pre = target::preinclude(t);
  if (pre.empty() || !cmd.hosted) return;
  // gcc looks for it on the <...> chain: -I, -isystem and builtin, -idirafter.
  for (const auto* chain : {&po.bracket_dirs, &po.system_dirs, &po.after_dirs})
    for (const auto& d : *chain) {
      std::string path = d + "/" + std::string(pre);
      if (is_file(path)) {
        po.includes.insert(po.includes.begin(), path);
        return;
      }
    }
}

ast::SemaOptions sema_options(const GccCommand& cmd) {
  ast::SemaOptions so;
  so.gnu89_inline = cmd.std == "gnu89" || cmd.std == "gnu90";
  so.c99_or_later = !(cmd.std == "gnu89" || cmd.std == "gnu90" || cmd.std == "c89" || cmd.std == "c90");
  so.strict_iso = !cmd.std.empty() && cmd.std[0] == 'c';
  so.builtin_library = cmd.hosted;
  for (const std::string& a : cmd.args) {
    if (a == "-Werror=implicit-function-declaration" || a == "-Werror-implicit-function-declaration")
      so.werror_implicit = true;
    else if (a == "-Wno-error=implicit-function-declaration")
      so.werror_implicit = false;
  }
  for (const std::string& f : cmd.target_flags) {
    if (f == "-fno-builtin") so.builtin_library = false;
    else if (f == "-fbuiltin") so.builtin_library = cmd.hosted;
    else if (f.compare(0, 13, "-fno-builtin-") == 0) so.no_builtin.push_back(f.substr(13));
    else if (f == "-fgnu89-inline") so.gnu89_inline = true;
    else if (f == "-fno-gnu89-inline") so.gnu89_inline = false;
  }
  return so;
}

} // namespace kcarve::driver
