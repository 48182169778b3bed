// scope.cc — open/close/declare for the parser's typedef-name scopes (see
// scope.h; C11 6.2.1p4: a block's identifiers go out of scope at its '}').
#include "parser/scope.h"

namespace kcarve::parser {

void Scopes::close() {
  size_t mark = marks_.back();
  marks_.pop_back();
  while (log_.size() > mark) {
    meaning_[log_.back().id] = log_.back().old;
    log_.pop_back();
  }
}

void Scopes::declare(pp::StrId id, Meaning m) {
  if (id >= meaning_.size()) meaning_.resize(id + 1, None);
  log_.push_back(Undo{id, meaning_[id]});
  meaning_[id] = m;
}

} // namespace kcarve::parser
