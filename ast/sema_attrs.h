// sema_attrs.h — small helpers the declaration files share for reading GNU
// attributes (gcc manual 6.33-6.39) off the tree: an attribute's name with
// the reserved __x__ spelling folded to x, and walks over the mixed chains
// the grammar builds (SpecAttribute nodes among other specifiers, each
// holding a list of Attribute nodes).  Internal to ast/.
#pragma once

#include <string_view>

#include "ast/sema_internal.h"

namespace kcarve::ast {

// NAME without the surrounding double underscores gcc accepts (__aligned__).
inline std::string_view attr_base_name(std::string_view name) { return pp::attribute_base_name(name); }

// Calls F(attribute node) for every Attribute reachable from LIST: LIST is a
// chain of specifiers (only SpecAttribute ones are looked into) or of
// Attribute nodes.
template <class F> void for_each_attr(const TranslationUnit& tu, NodeId list, F&& f) {
  for (NodeId n = list; n; n = tu.nodes[n].next) {
    const Node& x = tu.nodes[n];
    if (x.kind == Kind::SpecAttribute) {
      for (NodeId a = x.a; a; a = tu.nodes[a].next)
        if (tu.nodes[a].kind == Kind::Attribute) f(a);
    } else if (x.kind == Kind::Attribute) {
      f(n);
    }
  }
}

// The DeclName at the core of a declarator (0 for an abstract one).
inline NodeId declarator_name_node(const TranslationUnit& tu, NodeId d) {
  while (d) {
    const Node& n = tu.nodes[d];
    switch (n.kind) {
    case Kind::DeclName: return d;
    case Kind::DeclPointer: case Kind::DeclParen: d = n.b; break;
    case Kind::DeclArray: case Kind::DeclFunction: d = n.a; break;
    default: return 0;
    }
  }
  return 0;
}

} // namespace kcarve::ast
