// model.h — the shape of a compiler model's tables (internal to target/).
//
// gcc computes its predefined macros (gcc manual, "Common Predefined Macros"
// and "System-specific Predefined Macros") from a handful of internal
// settings: optimization level, C dialect, PIC level, the enabled ISA
// extensions, the floating-point options.  A model mirrors that in data:
//
//   * state variables (small integers, named), with default values;
//   * flag rules: a command-line option assigns some state variables;
//   * macro rules: NAME is defined to VALUE when a condition on the state
//     holds.  Several rules may name one macro; the first whose condition
//     holds decides (a rule with value nullptr then means "not defined").
//
// Conditions are space-separated atoms that must all hold: `v` (v != 0),
// `!v` (v == 0), `v=N`, `v!=N`, `v<N`, `v>=N`.  Effects are space-separated
// `v=N` assignments.  An effect starting with '^' belongs to an option that
// only sets defaults (-O*, -march=): gcc lets explicit options win over those
// whatever their order, so these are applied first.
#pragma once

#include <cstddef>

namespace kcarve::target {

struct MacroRule {
  const char* name;   // "NAME" or "NAME(PARAMS)"
  const char* value;  // body text; nullptr: not defined when `when` holds
  const char* when;   // condition; "" = always
};

struct FlagRule {
  const char* flag;   // exact option text; a trailing '*' matches a prefix
  const char* effect; // assignments
};

struct MacroTable {
  const MacroRule* rules;
  size_t count;
  bool survives_undef;  // -undef keeps these (the __STDC_* ones)
};

struct FlagTable {
  const FlagRule* rules;
  size_t count;
};

template <size_t N>
constexpr MacroTable macro_table(const MacroRule (&r)[N], bool survives_undef = false) {
  return MacroTable{r, N, survives_undef};
}
template <size_t N>
constexpr FlagTable flag_table(const FlagRule (&r)[N]) {
  return FlagTable{r, N};
}

struct Target {
  const char* name;
  // Searched in order: the target's own tables first, so they can override
  // the common gcc tables that follow.
  const MacroTable* macros;
  size_t nmacros;
  const FlagTable* flags;
  size_t nflags;
  // State before any option: common defaults, then the target's.
  const char* const* defaults;
  size_t ndefaults;
  const char* const* include_dirs;  // gcc -v "#include <...> search starts here"
  size_t ninclude_dirs;
  const char* preinclude;           // implicitly included header (stdc-predef.h)
  const char* const* m_options;     // its -m options (sorted; see gcc12_options.cc)
  size_t nm_options;
};

// Common tables of gcc 12 (gcc12_common.cc): C dialect, optimization,
// floating-point, PIC, stack protector and other target-independent macros.
extern const MacroTable kGcc12StdMacros;     // survive -undef
extern const MacroTable kGcc12CommonMacros;
extern const FlagTable kGcc12CommonFlags;
extern const char kGcc12CommonDefaults[];
// gcc12_options.cc: the -f and -W option names gcc 12 accepts, sorted.
extern const char* const kGcc12Options[];
extern const size_t kGcc12OptionsCount;

// The models (one file each).
extern const Target kX86_64Gcc12;
extern const Target kAarch64Gcc12;
extern const Target kPpc64leGcc12;
extern const Target kS390xGcc12;

} // namespace kcarve::target
