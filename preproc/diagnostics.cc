// diagnostics.cc — messages in gcc's form: "file:line:col: error: text".
//
// The position is computed only here, from the location: a token that came
// out of a macro is reported at the macro's expansion point in the source,
// followed by gcc-style "note: in expansion of macro 'X'" lines naming the
// macros the token went through, innermost first.
#include "preproc/internal.h"

namespace kcarve::pp {

Diagnostics::Diagnostics(FILE* out) : out_(out) {}

void Diagnostics::emit(const char* level, Loc l, const std::string& msg, bool column) {
  if (!result_ || l == 0) {
    std::fprintf(out_, "kcarve: %s: %s\n", level, msg.c_str());
    return;
  }
  auto p = result_->presumed(l);
  if (!column && !p.file.empty() && p.file[0] == '<')  // <built-in>, <command-line>: no line
    std::fprintf(out_, "%.*s: %s: %s\n", (int)p.file.size(), p.file.data(), level, msg.c_str());
  else if (column)
    std::fprintf(out_, "%.*s:%u:%u: %s: %s\n", (int)p.file.size(), p.file.data(), p.line, p.col, level,
                 msg.c_str());
  else
    std::fprintf(out_, "%.*s:%u: %s: %s\n", (int)p.file.size(), p.file.data(), p.line, level, msg.c_str());
  // The macros this location went through.
  int guard = 0;
  while (is_macro_loc(l) && guard++ < 64) {
    uint32_t i = l & ~kMacroLocBit;
    if (i >= result_->exp_locs.size()) break;
    const Expansion& e = result_->expansions[result_->exp_locs[i].expansion];
    auto q = result_->presumed(e.name_loc);
    std::string_view name = result_->strings.str(result_->macros[e.def].name);
    std::fprintf(out_, "%.*s:%u:%u: note: in expansion of macro '%.*s'\n", (int)q.file.size(), q.file.data(),
                 q.line, q.col, (int)name.size(), name.data());
    l = e.name_loc;
  }
}

void Diagnostics::error(Loc l, const std::string& msg) {
  ++errors_;
  muted_ = false;
  emit("error", l, msg);
}

void Diagnostics::warning(Loc l, const std::string& msg) {
  muted_ = inhibit_warnings_;
  if (muted_) return;
  ++warnings_;
  emit("warning", l, msg);
}

void Diagnostics::note(Loc l, const std::string& msg) {
  if (!muted_) emit("note", l, msg);
}
void Diagnostics::note_line(Loc l, const std::string& msg) {
  if (!muted_) emit("note", l, msg, false);
}

void Diagnostics::fatal(Loc l, const std::string& msg) {
  ++errors_;
  muted_ = false;
  emit("fatal error", l, msg);
  std::fprintf(out_, "compilation terminated.\n");
}

void Diagnostics::warning_line(Loc l, const std::string& msg) {
  muted_ = inhibit_warnings_;
  if (muted_) return;
  ++warnings_;
  emit("warning", l, msg, false);
}

void Diagnostics::error_line(Loc l, const std::string& msg) {
  ++errors_;
  muted_ = false;
  emit("error", l, msg, false);
}

void Diagnostics::error_at(const std::string& where, const std::string& msg) {
  ++errors_;
  std::fprintf(out_, "%s: error: %s\n", where.c_str(), msg.c_str());
}

} // namespace kcarve::pp
