// spec_combos.cc — gcc 12's checks on combining declaration specifiers
// (C11 6.7.1p2, 6.7.2p2; see spec_combos.h).  Each specifier is checked
// against those before it: a modifier (long short signed unsigned _Complex)
// against the type word and the other modifiers, a type word against the
// modifiers, in the order long, short, signed, unsigned, complex.
#include "ast/spec_combos.h"

namespace kcarve::ast {

namespace {

std::string both(std::string_view a, std::string_view b) {
  return "both '" + std::string(a) + "' and '" + std::string(b) + "' in declaration specifiers";
}

const char kTwoTypes[] = "two or more data types in declaration specifiers";

bool is_type_word(SpecWord w) {
  switch (w) {
  case SpecWord::Void: case SpecWord::Char: case SpecWord::Int: case SpecWord::Float:
  case SpecWord::Double: case SpecWord::Bool: case SpecWord::Int128: case SpecWord::FloatN:
  case SpecWord::DFloat:
    return true;
  default:
    return false;
  }
}

} // namespace

std::string SpecCombos::add(SpecWord w, std::string_view sp, bool* line_start) {
  *line_start = false;
  bool have_base = base_ != SpecWord::Storage;
  bool modifiers = longs_ || short_ || signed_ || unsigned_ || complex_;
  std::string_view b = base_spelling_;
  switch (w) {
  case SpecWord::Storage: {
    *line_start = true;
    if (!thread_.empty() && (sp == "typedef" || sp == "auto" || sp == "register"))
      return "'" + std::string(thread_) + "' used with '" + std::string(sp) + "'";
    if (thread_ == "__thread")  // only the C11 spelling may come first
      return "'__thread' before '" + std::string(sp) + "'";
    if (!storage_.empty())
      return storage_ == sp ? "duplicate '" + std::string(sp) + "'"
                            : "multiple storage classes in declaration specifiers";
    storage_ = sp;
    return "";
  }
  case SpecWord::Thread:
    *line_start = true;
    if (!thread_.empty()) return "duplicate '_Thread_local' or '__thread'";
    if (storage_ == "typedef" || storage_ == "auto" || storage_ == "register")
      return "'" + std::string(sp) + "' used with '" + std::string(storage_) + "'";
    thread_ = sp;
    return "";
  case SpecWord::Named:
    if (have_base || modifiers) return kTwoTypes;
    base_ = w;
    return "";
  case SpecWord::Long:
    if (base_ == SpecWord::Named) return kTwoTypes;
    if (longs_ == 2) return "'long long long' is too long for GCC";
    if (longs_ == 1) {
      if (base_ == SpecWord::Double) return both("long long", "double");
    } else {
      if (short_) return both("long", "short");
      switch (base_) {
      case SpecWord::Void: case SpecWord::Int128: case SpecWord::Bool: case SpecWord::Char:
      case SpecWord::Float: case SpecWord::FloatN: case SpecWord::DFloat:
        return both("long", b);
      default: break;
      }
    }
    ++longs_;
    return "";
  case SpecWord::Short:
    if (base_ == SpecWord::Named) return kTwoTypes;
    if (short_) return "duplicate '" + std::string(sp) + "'";
    if (longs_) return both("long", "short");
    switch (base_) {
    case SpecWord::Void: case SpecWord::Int128: case SpecWord::Bool: case SpecWord::Char: case SpecWord::Float:
    case SpecWord::Double: case SpecWord::FloatN: case SpecWord::DFloat:
      return both("short", b);
    default: break;
    }
    short_ = true;
    return "";
  case SpecWord::Signed:
  case SpecWord::Unsigned: {
    bool is_signed = w == SpecWord::Signed;
    if (base_ == SpecWord::Named) return kTwoTypes;
    if (is_signed ? signed_ : unsigned_) return "duplicate '" + std::string(sp) + "'";
    if (is_signed ? unsigned_ : signed_) return both("signed", "unsigned");
    switch (base_) {
    case SpecWord::Void: case SpecWord::Bool: case SpecWord::Float: case SpecWord::Double:
    case SpecWord::FloatN: case SpecWord::DFloat:
      return both(is_signed ? "signed" : "unsigned", b);
    default: break;
    }
    (is_signed ? signed_ : unsigned_) = true;
    return "";
  }
  case SpecWord::Complex:
    if (base_ == SpecWord::Named) return kTwoTypes;
    if (complex_) return "duplicate '" + std::string(sp) + "'";
    switch (base_) {
    case SpecWord::Void: case SpecWord::Bool: case SpecWord::DFloat: return both("complex", b);
    default: break;
    }
    complex_ = true;
    return "";
  default:
    break;
  }
  if (!is_type_word(w)) return "";
  if (have_base) return kTwoTypes;
  // A type word against the modifiers before it.
  switch (w) {
  case SpecWord::Void: case SpecWord::Bool: case SpecWord::Char: case SpecWord::Int128:
  case SpecWord::Float: case SpecWord::Double: case SpecWord::FloatN: case SpecWord::DFloat:
    break;
  default:
    base_ = w;
    base_spelling_ = sp;
    return "";  // int goes with every modifier
  }
  if (longs_ == 2 && w == SpecWord::Double) return both("long long", sp);
  // __int128 names itself first when it comes after the modifier.
  if (longs_ && w != SpecWord::Double) return w == SpecWord::Int128 ? both(sp, "long") : both("long", sp);
  if (short_) return w == SpecWord::Int128 ? both(sp, "short") : both("short", sp);
  if (w != SpecWord::Char && w != SpecWord::Int128) {
    if (signed_) return both("signed", sp);
    if (unsigned_) return both("unsigned", sp);
  }
  if (complex_ && (w == SpecWord::Void || w == SpecWord::Bool || w == SpecWord::DFloat)) return both("complex", sp);
  base_ = w;
  base_spelling_ = sp;
  return "";
}

} // namespace kcarve::ast
