// target.h — models of the compilers kcarve imitates, one per
// ARCH-gcc-VERSION (e.g. x86_64-gcc-12.2.0): predefined macros as functions of
// the command line's flags, builtin include directories, and (for ast/) the
// ABI: type sizes, alignments, layout rules.  The models are data (tables per
// target), so a new architecture is a new table, not new code paths.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kcarve::target {

struct Target;  // opaque; defined in the per-target tables

// The model named NAME ("x86_64-gcc-12.2.0"), or nullptr if there is none.
const Target* find(std::string_view name);
// Names of all models, for --help and error messages.
std::vector<std::string_view> names();
// The model used when --compiler= is not given.
const Target& default_target();

// gcc's <built-in> text: "#define NAME VALUE\n" lines exactly as
// `gcc -dM -E` reports them for FLAGS, the options of a gcc command line
// that change predefined macros (-O*, -std=, -ansi, -undef, -f*, -m*, ...),
// in command-line order.  Flags it does not know are ignored.
std::string predefines(const Target& t, const std::vector<std::string>& flags);

// The system include directories gcc searches after -isystem (dropped by
// -nostdinc), in gcc's order.
std::vector<std::string> system_include_dirs(const Target& t);

// The header gcc includes before the -include files (glibc's "stdc-predef.h"),
// searched for on the <...> path, unless -nostdinc or -ffreestanding; empty
// if the target has none.  Not found: silently skipped, as gcc does.
std::string_view preinclude(const Target& t);

// Whether the compiler accepts the -f, -W or -m option OPT (with its value,
// or in its -fno-/-mno- form; any -Wno-X, as gcc does); other shapes: true.
bool accepts_option(const Target& t, std::string_view opt);

} // namespace kcarve::target
