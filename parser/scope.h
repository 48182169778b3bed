// scope.h — the ordinary-identifier scopes the parser needs to tell typedef
// names from other identifiers (C11 6.2.1 scopes, 6.7.8 typedef names).
//
// This is the classic "typedef feedback": grammar actions open and close
// scopes and declare names as their declarators complete; the token source
// asks what an identifier currently means.  Each StrId has one slot holding
// its innermost meaning; declaring pushes the old slot on an undo log and
// closing a scope replays the log back to the scope's mark, so every
// operation is O(1) and nothing is allocated per lookup.  Tags, labels and
// members live in other name spaces and never touch this table.
#pragma once

#include <cstdint>
#include <vector>

#include "preproc/preproc.h"

namespace kcarve::parser {

class Scopes {
public:
  enum Meaning : uint8_t { None, Object, Typedef };

  explicit Scopes(size_t nstrings) : meaning_(nstrings, None) {}

  void open() { marks_.push_back(log_.size()); }
  void close();
  unsigned depth() const { return marks_.size(); }

  void declare(pp::StrId id, Meaning m);
  // A name gcc predeclares as a type (__builtin_va_list, ...): file scope.
  void predeclare_typedef(pp::StrId id) {
    if (id >= meaning_.size()) meaning_.resize(id + 1, None);
    meaning_[id] = Typedef;
  }
  bool is_typedef(pp::StrId id) const {
    return id < meaning_.size() && meaning_[id] == Typedef;
  }

private:
  struct Undo { pp::StrId id; Meaning old; };
  std::vector<Meaning> meaning_;   // indexed by StrId
  std::vector<Undo> log_;
  std::vector<size_t> marks_;
};

} // namespace kcarve::parser
