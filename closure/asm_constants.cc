// asm_constants.cc — the objects whose address must be a link-time constant
// because an asm takes it as an "i" operand (asm_constants.h).
//
// A flat pass over the node array: every asm operand with a constant-only
// constraint names, after the address arithmetic is stripped (&, ->, .,
// casts, + constant), either an object (found) or a parameter of the
// function it is in (marked).  A call of a function the unit defines passes
// its argument to a marked parameter: that argument is looked at the same
// way, until nothing new is marked.  The kernel needs one step (a macro
// calls arch_static_branch() directly); the iteration covers wrappers.
#include "closure/asm_constants.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace kcarve::closure {

namespace {

using ast::Kind;
using ast::Node;
using ast::NodeId;
using ast::SymId;

// Whether the constraint admits only constants: each alternative's letters
// are among i, n, s (modifiers and blanks aside).  A digit (a tie to another
// operand), a register or memory letter admits a run-time value.
bool constant_only(const ast::TranslationUnit& tu, NodeId lit) {
  const pp::PpResult& pp = *tu.pp;
  std::string text;
  for (ast::TokIdx t = tu[lit].first; t <= tu[lit].last; ++t) {
    std::string_view s = pp.strings.str(pp.tokens[t].spelling);
    if (s.size() >= 2 && s.front() == '"' && s.back() == '"') text += s.substr(1, s.size() - 2);
  }
  bool letter = false;
  for (char ch : text) {
    if (ch == 'i' || ch == 'n' || ch == 's') letter = true;
    else if (ch == ',') { if (!letter) return false; letter = false; }
    else if (ch != ' ' && ch != '\t' && ch != '=' && ch != '+' && ch != '&' && ch != '%') return false;
  }
  return letter;
}

// The identifier an address expression is computed from, 0 if none.
NodeId address_base(const ast::TranslationUnit& tu, NodeId n) {
  while (n) {
    const Node& d = tu[n];
    switch (d.kind) {
    case Kind::Ident: return n;
    case Kind::Paren: case Kind::Member: case Kind::Index: n = d.a; break;
    case Kind::Cast: n = d.b; break;
    case Kind::Unary:
      if (d.op != pp::TK_AMP && d.op != pp::TK_PLUS) return 0;
      n = d.a;
      break;
    case Kind::Binary:
      if (d.op != pp::TK_PLUS && d.op != pp::TK_MINUS) return 0;
      n = tu[d.b].kind == Kind::Number ? d.a : tu[d.a].kind == Kind::Number ? d.b : 0;
      break;
    default: return 0;
    }
  }
  return 0;
}

// The parameter list of a function definition's declarator, 0 if none.
NodeId param_list(const ast::TranslationUnit& tu, NodeId declarator) {
  for (NodeId d = declarator; d;) {
    const Node& x = tu[d];
    if (x.kind == Kind::DeclFunction) {
      NodeId in = x.a;
      while (in && tu[in].kind == Kind::DeclParen) in = tu[in].b;
      if (in && tu[in].kind == Kind::DeclName) return x.b;
      d = x.a;
    } else if (x.kind == Kind::DeclPointer || x.kind == Kind::DeclParen) {
      d = x.b;
    } else if (x.kind == Kind::DeclArray) {
      d = x.a;
    } else {
      return 0;
    }
  }
  return 0;
}

// The symbol a (possibly abstract) parameter declarator declares, 0 if none.
SymId param_sym(const ast::TranslationUnit& tu, const ast::Semantics& sem, NodeId declarator) {
  for (NodeId d = declarator; d;) {
    const Node& x = tu[d];
    if (x.kind == Kind::DeclName) return d < sem.node_sym.size() ? sem.node_sym[d] : 0;
    d = x.kind == Kind::DeclPointer || x.kind == Kind::DeclParen ? x.b : x.a;
    if (x.kind != Kind::DeclPointer && x.kind != Kind::DeclParen && x.kind != Kind::DeclArray &&
        x.kind != Kind::DeclFunction)
      return 0;
  }
  return 0;
}

} // namespace

std::vector<SymId> constant_address_objects(const ast::TranslationUnit& tu, const ast::Semantics& sem) {
  std::unordered_map<pp::StrId, std::vector<SymId>> params;  // defined function -> its parameters
  std::vector<NodeId> calls;
  std::unordered_set<SymId> marked;
  std::vector<SymId> found;
  auto note = [&](NodeId expr) {  // true when it marks a new parameter
    NodeId id = address_base(tu, expr);
    SymId s = id && id < sem.node_sym.size() ? sem.node_sym[id] : 0;
    if (!s) return false;
    const ast::Symbol& y = sem.symbols[s];
    if (y.kind == ast::SymKind::Param) return marked.insert(s).second;
    if (y.kind == ast::SymKind::Object && (y.scope_depth == 0 || y.storage == ast::Storage::Static)) found.push_back(s);
    return false;
  };
  for (NodeId n = 1; n < tu.nodes.size(); ++n) {
    const Node& d = tu[n];
    if (d.kind == Kind::FunctionDef && n < sem.node_sym.size() && sem.node_sym[n]) {
      std::vector<SymId>& ps = params[sem.symbols[sem.node_sym[n]].name];
      ps.clear();
      for (NodeId p = param_list(tu, d.b); p; p = tu[p].next)
        ps.push_back(tu[p].kind == Kind::ParamDecl ? param_sym(tu, sem, tu[p].b) : 0);
    } else if (d.kind == Kind::AsmOperand && d.b && d.c && constant_only(tu, d.b)) {
      note(d.c);
    } else if (d.kind == Kind::Call) {
      calls.push_back(n);
    }
  }
  for (bool more = !marked.empty(); more;) {
    more = false;
    for (NodeId c : calls) {
      NodeId callee = tu[c].a;
      while (callee && tu[callee].kind == Kind::Paren) callee = tu[callee].a;
      if (!callee || tu[callee].kind != Kind::Ident) continue;
      auto it = params.find(tu[callee].a);
      if (it == params.end()) continue;
      size_t k = 0;
      for (NodeId arg = tu[c].b; arg && k < it->second.size(); arg = tu[arg].next, ++k)
        if (it->second[k] && marked.count(it->second[k])) more |= note(arg);
    }
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

} // namespace kcarve::closure
