// sema_scope.cc — the name spaces of C11 6.2.3 with the scopes of 6.2.1:
// ordinary identifiers and tags (block, file and prototype scope) and labels
// (function scope, plus gcc's block-scoped __label__ local labels, gcc manual
// 6.3 "Locally Declared Labels").
//
// Each name space keeps one slot per interned identifier (StrId) holding its
// innermost binding, and an undo log: binding pushes the slot's old value,
// closing a scope replays the log back to the scope's mark.  Binding, lookup
// and leaving a scope are O(1) per name, with no allocation per lookup — the
// same scheme as parser/scope.h, here carrying symbols and types.
#include "ast/sema_internal.h"

namespace kcarve::ast {

namespace {

template <class T> void grow(std::vector<T>& v, size_t id, size_t hint) {
  if (id >= v.size()) v.resize(std::max(id + 1, hint + 1), T{});
}

} // namespace

// ---- 6.2.1 Scopes of identifiers ------------------------------------------

void Sema::open_scope() {
  marks_.push_back(undo_.size());
  ++depth_;
}

void Sema::close_scope() {
  if (marks_.empty()) return;
  size_t mark = marks_.back();
  marks_.pop_back();
  while (undo_.size() > mark) {
    const Undo& u = undo_.back();
    if (u.tag) {
      tags_[u.name] = u.old;
      tag_bindings_.pop_back();
    } else {
      ordinary_[u.name] = u.old;
      bindings_.pop_back();
    }
    undo_.pop_back();
  }
  --depth_;
}

SymId Sema::lookup(pp::StrId name) const {
  if (name >= ordinary_.size()) return 0;
  uint32_t i = ordinary_[name];
  return i ? bindings_[i - 1].sym : 0;
}

SymId Sema::lookup_in_current(pp::StrId name) const {
  if (name >= ordinary_.size()) return 0;
  uint32_t i = ordinary_[name];
  return i && bindings_[i - 1].depth == depth_ ? bindings_[i - 1].sym : 0;
}

SymId Sema::lookup_file_scope(pp::StrId name) const {
  return name < file_syms_.size() ? file_syms_[name] : 0;
}

void Sema::bind(pp::StrId name, SymId sym) {
  if (!name) return;
  size_t hint = pp.strings.size();
  grow(ordinary_, name, hint);
  if (depth_ == 0) {
    grow(file_syms_, name, hint);
    file_syms_[name] = sym;
    // A file-scope binding replaces the old one for good: no undo needed,
    // but the binding slot is reused so the table does not grow.
    uint32_t i = ordinary_[name];
    if (i && bindings_[i - 1].depth == 0) {
      bindings_[i - 1].sym = sym;
      return;
    }
  }
  undo_.push_back(Undo{name, ordinary_[name], false});
  bindings_.push_back(Binding{sym, depth_});
  ordinary_[name] = uint32_t(bindings_.size());
}

TypeId Sema::lookup_tag(pp::StrId tag, bool current_only) const {
  if (tag >= tags_.size()) return 0;
  uint32_t i = tags_[tag];
  if (!i) return 0;
  if (current_only && tag_bindings_[i - 1].depth != depth_) return 0;
  return tag_bindings_[i - 1].type;
}

void Sema::bind_tag(pp::StrId tag, TypeId type) {
  if (!tag) return;
  grow(tags_, tag, pp.strings.size());
  uint32_t i = tags_[tag];
  if (i && tag_bindings_[i - 1].depth == depth_ && depth_ == 0) {
    tag_bindings_[i - 1].type = type;
    return;
  }
  undo_.push_back(Undo{tag, tags_[tag], true});
  tag_bindings_.push_back(TagBinding{type, depth_});
  tags_[tag] = uint32_t(tag_bindings_.size());
}

// ---- 6.2.1p3 Labels: function scope ----------------------------------------

void Sema::begin_labels() {
  label_frames_.push_back(LabelFrame{labels_.size(), label_undo_.size()});
}

namespace {

// gcc reports a label used but not defined at the first token of the line
// holding the goto (the location its label declaration gets).
TokIdx line_start(const pp::PpResult& pp, TokIdx t) {
  while (t > 0 && t < pp.tokens.size() && !(pp.tokens[t].flags & pp::TF_BOL)) --t;
  return t;
}

} // namespace

void Sema::end_labels() {
  if (label_frames_.empty()) return;
  LabelFrame f = label_frames_.back();
  label_frames_.pop_back();
  for (size_t i = f.labels; i < labels_.size(); ++i) {
    const LabelInfo& l = labels_[i];
    if (l.used && !l.defined)
      error_tok(line_start(pp, node(l.used).first), "label '" + str(l.name) + "' used but not defined");
  }
  while (label_undo_.size() > f.undo) {
    label_idx_[label_undo_.back().name] = label_undo_.back().old;
    label_undo_.pop_back();
  }
  labels_.resize(f.labels);
}

void Sema::define_label(pp::StrId name, NodeId at) {
  if (label_frames_.empty() || !name) return;
  grow(label_idx_, name, pp.strings.size());
  uint32_t i = label_idx_[name];
  if (i && i - 1 >= label_frames_.back().labels) {
    LabelInfo& l = labels_[i - 1];
    if (l.defined) {
      error(at, "duplicate label '" + str(name) + "'");
      note(l.defined, "previous definition of '" + str(name) + "' with type 'void'");
      return;
    }
    l.defined = at;
    return;
  }
  label_undo_.push_back(LabelUndo{name, i});
  labels_.push_back(LabelInfo{name, at, 0});
  label_idx_[name] = uint32_t(labels_.size());
}

void Sema::use_label(pp::StrId name, NodeId at) {
  if (label_frames_.empty() || !name) return;
  grow(label_idx_, name, pp.strings.size());
  uint32_t i = label_idx_[name];
  if (i) {
    // In this function, or a containing function's label (gcc 6.4: a nested
    // function may jump to its container's local labels).
    LabelInfo& l = labels_[i - 1];
    if (!l.used) l.used = at;
    return;
  }
  label_undo_.push_back(LabelUndo{name, i});
  labels_.push_back(LabelInfo{name, 0, at});
  label_idx_[name] = uint32_t(labels_.size());
}

// __label__ a, b;  declares labels local to the enclosing block (gcc 6.3).
void Sema::local_labels(NodeId list, std::vector<LabelUndo>& undo) {
  if (label_frames_.empty()) return;
  for (NodeId n = list; n; n = node(n).next) {
    pp::StrId name = node(n).a;
    if (!name) continue;
    grow(label_idx_, name, pp.strings.size());
    undo.push_back(LabelUndo{name, label_idx_[name]});
    labels_.push_back(LabelInfo{name, 0, 0});
    label_idx_[name] = uint32_t(labels_.size());
  }
}

void Sema::end_local_labels(std::vector<LabelUndo>& undo, size_t mark) {
  while (undo.size() > mark) {
    LabelUndo u = undo.back();
    undo.pop_back();
    uint32_t i = label_idx_[u.name];
    if (i) {
      const LabelInfo& l = labels_[i - 1];
      if (l.used && !l.defined)
        error_tok(line_start(pp, node(l.used).first), "label '" + str(u.name) + "' used but not defined");
      // Leave the entry in labels_ (indices stay valid) but unreachable by
      // name and not reported again at the end of the function.
      labels_[i - 1].used = 0;
    }
    label_idx_[u.name] = u.old;
  }
}

} // namespace kcarve::ast
