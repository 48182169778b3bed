// ast.cc — names of node kinds, which slots of each kind are child nodes,
// and the --dump-ast listing.  The dump walks with an explicit stack: tree
// depth is bounded only by memory, never by the C++ call stack.
#include "ast/ast.h"

#include <cstdio>

namespace kcarve::ast {

namespace {

// children: bit i set when slot i (a, b, c, d) holds a NodeId (a list head).
// name_slot: 1-based slot holding a StrId, 0 if none.
struct KindInfo { const char* name; uint8_t children; uint8_t name_slot; };

constexpr KindInfo kInfo[] = {
    {"None", 0, 0},
    {"Declaration", 3, 0}, {"InitDeclarator", 15, 0}, {"FunctionDef", 15, 0},
    {"StaticAssert", 3, 0}, {"TopAsm", 1, 0}, {"Pragma", 0, 0}, {"EmptyDecl", 0, 0},
    {"LocalLabels", 1, 0},
    {"SpecKeyword", 0, 0}, {"SpecTypedefName", 0, 1}, {"SpecStruct", 6, 1},
    {"SpecEnum", 6, 1}, {"SpecTypeof", 1, 0}, {"SpecAtomic", 1, 0},
    {"SpecAlignas", 1, 0}, {"SpecBitInt", 1, 0}, {"SpecAttribute", 1, 0},
    {"Enumerator", 6, 1}, {"StructMember", 3, 0}, {"MemberDeclarator", 7, 0},
    {"DeclName", 0, 1}, {"DeclPointer", 3, 0}, {"DeclArray", 7, 0},
    {"DeclFunction", 3, 0}, {"DeclParen", 3, 0}, {"ParamDecl", 7, 0},
    {"TypeName", 3, 0}, {"AsmLabel", 1, 0}, {"Attribute", 2, 1}, {"Name", 0, 1},
    {"Ident", 0, 1}, {"Number", 0, 0}, {"CharConst", 0, 0}, {"StringLit", 0, 0},
    {"FuncName", 0, 1}, {"Paren", 1, 0}, {"Binary", 3, 0}, {"Assign", 3, 0},
    {"Comma", 3, 0}, {"Cond", 7, 0}, {"Unary", 1, 0}, {"PreIncDec", 1, 0},
    {"PostIncDec", 1, 0}, {"Cast", 3, 0}, {"SizeofExpr", 1, 0},
    {"SizeofType", 1, 0}, {"AlignofExpr", 1, 0}, {"AlignofType", 1, 0},
    {"Index", 3, 0}, {"Call", 3, 0}, {"Member", 1, 2}, {"CompoundLit", 3, 0},
    {"StmtExpr", 1, 0}, {"Generic", 3, 0}, {"GenericAssoc", 3, 0},
    {"Offsetof", 3, 0}, {"VaArg", 3, 0}, {"TypesCompatible", 3, 0},
    {"ConvertVector", 3, 0}, {"HasAttribute", 3, 0}, {"LabelAddr", 0, 1},
    {"InitList", 1, 0}, {"InitItem", 3, 0}, {"DesigField", 0, 1}, {"DesigIndex", 3, 0},
    {"Compound", 1, 0}, {"ExprStmt", 1, 0}, {"If", 7, 0}, {"Switch", 3, 0},
    {"While", 3, 0}, {"DoWhile", 3, 0}, {"For", 15, 0}, {"Goto", 0, 1},
    {"GotoComputed", 1, 0}, {"Continue", 0, 0}, {"Break", 0, 0}, {"Return", 1, 0},
    {"Label", 2, 1}, {"Case", 7, 0}, {"Default", 4, 0}, {"AttrStmt", 1, 0},
    {"AsmStmt", 3, 0}, {"AsmTail", 15, 0}, {"AsmOperand", 6, 1},
};
static_assert(sizeof(kInfo) / sizeof(kInfo[0]) == size_t(Kind::NumKinds),
              "kInfo must list every Kind in order");

uint32_t slot(const Node& n, int s) {
  switch (s) { case 0: return n.a; case 1: return n.b; case 2: return n.c; default: return n.d; }
}

} // namespace

const char* kind_name(Kind k) {
  return k < Kind::NumKinds ? kInfo[size_t(k)].name : "?";
}

uint8_t child_slots(Kind k) {
  return k < Kind::NumKinds ? kInfo[size_t(k)].children : 0;
}

void dump(const TranslationUnit& tu, std::string& out) {
  const pp::PpResult* pp = tu.pp;
  struct Item { NodeId n; unsigned depth; };
  std::vector<Item> stack;
  if (tu.decls) stack.push_back({tu.decls, 0});
  char buf[64];
  while (!stack.empty()) {
    Item it = stack.back();
    stack.pop_back();
    const Node& n = tu[it.n];
    const KindInfo& info = kInfo[size_t(n.kind)];
    // Deep trees (10,000 nested parentheses, long operator chains) would make
    // the indentation quadratic: past 64 levels the depth is written out.
    if (it.depth <= 64) {
      out.append(2 * it.depth, ' ');
    } else {
      out.append(128, ' ');
      std::snprintf(buf, sizeof buf, "<%u> ", it.depth);
      out += buf;
    }
    out += info.name;
    std::snprintf(buf, sizeof buf, " [%u,%u]", n.first, n.last);
    out += buf;
    if (n.op) { std::snprintf(buf, sizeof buf, " op=%u", n.op); out += buf; }
    if (info.name_slot && pp) {
      uint32_t id = slot(n, info.name_slot - 1);
      if (id) { out += " '"; out += pp->strings.str(id); out += "'"; }
    }
    if (pp && (n.kind == Kind::Number || n.kind == Kind::CharConst || n.kind == Kind::StringLit) &&
        n.first < pp->tokens.size()) {
      out += ' ';
      out += pp->strings.str(pp->tokens[n.first].spelling);
    }
    out += '\n';
    if (n.next) stack.push_back({n.next, it.depth});
    for (int s = 3; s >= 0; --s)
      if ((info.children >> s & 1) && slot(n, s)) stack.push_back({slot(n, s), it.depth + 1});
  }
}

} // namespace kcarve::ast
