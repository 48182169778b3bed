// depreproc.cc — writing the carved file from original text (docs/depreproc.md).
//
// The output is built by one walk of the include tree in source order,
// starting at the main file.  An include entry's events — the #include lines
// it holds, its #define/#undef lines, the top-level declarations whose text
// lies in it — are sorted by file offset, and each is written or skipped as
// the plan says: an #include the plan keeps is copied as written (the
// command line that compiles the output has the same search path); an
// ineligible header the plan walks is entered and its kept events written in
// place; a kept declaration is copied from its file with its edits applied.
//
// Edits are (begin, end, text) on file offsets, collected per piece of text,
// sorted, and applied while copying: what is not edited is copied byte for
// byte, comments and layout included.  An invocation written expanded swallows
// the edits inside it (its tokens are printed with the renames applied); any
// other overlap of two different edits is a bug in the plan and is reported.
// Nothing here allocates per token: edits are few, and the copying appends
// string_views of the file buffers.
#include <algorithm>
#include <cctype>
#include <cstring>

#include "ast/keywords.h"
#include "depreproc/depreproc.h"

namespace kcarve::depreproc {

namespace {

using ast::Kind;
using ast::NodeId;
using ast::TokIdx;
using pp::Loc;

struct Edit {
  Loc b, e;
  std::string text;
  // Two insertions at one place (`static ` and an inlining pin) are written
  // in the order of their texts: the output must not depend on the sort.
  bool operator<(const Edit& o) const { return b != o.b ? b < o.b : e != o.e ? e < o.e : text < o.text; }
  bool operator==(const Edit& o) const { return b == o.b && e == o.e && text == o.text; }
};

class Writer {
public:
  Writer(const ast::TranslationUnit& tu, const closure::SourceMap& sm, const closure::OutputPlan& plan,
         pp::Diagnostics& diag, std::string& out)
      : tu_(tu), pp_(*tu.pp), sm_(sm), plan_(plan), diag_(diag), out_(out) {}
  bool run();

private:
  struct Event {
    Loc at;
    uint8_t kind;  // 0 include, 1 directive, 2 item
    uint32_t idx;
    bool operator<(const Event& o) const { return at != o.at ? at < o.at : kind < o.kind; }
  };
  void walk(int32_t entry);
  Loc write_item(uint32_t item);
  void write_synth(const closure::SynthDecl& s);
  void write_wrapper(const closure::WrapperDef& w);
  bool text_of(Loc b, Loc e, TokIdx first, TokIdx last, std::vector<Edit> edits, std::string& out);
  void token_edits(TokIdx first, TokIdx last, Loc b, Loc e, std::vector<Edit>& edits, TokIdx skip = UINT32_MAX);
  std::string expanded(uint32_t x) const;
  std::string tokens_text(TokIdx first, TokIdx last, TokIdx name_tok, const std::string& name) const;
  std::string_view line_at(Loc l) const;
  Loc line_start(Loc l) const;
  void cond_edits(Loc b, Loc e, TokIdx first, TokIdx last, std::vector<Edit>& edits);
  const std::string* renamed(TokIdx t) const {
    auto it = std::lower_bound(plan_.renames.begin(), plan_.renames.end(), std::make_pair(t, std::string()));
    return it != plan_.renames.end() && it->first == t ? &it->second : nullptr;
  }
  Loc tok_loc(TokIdx t) const { return pp_.tokens[t].loc; }
  // Whether token T's text is in the file: a file token, or one that came
  // only through macro arguments.  Another (a paste's result, a body token)
  // is renamed by writing its invocation expanded; its "spelling" is not its
  // text (a paste's names the operand, shorter than the result).
  bool from_text(TokIdx t) const {
    for (Loc x = tok_loc(t); pp::is_macro_loc(x);) {
      const pp::ExpLoc& el = pp_.exp_locs[x & ~pp::kMacroLocBit];
      if (el.role != pp::ExpLoc::Arg && el.role != pp::ExpLoc::ArgRaw) return false;
      x = el.spelling;
    }
    return true;
  }

  const ast::TranslationUnit& tu_;
  const pp::PpResult& pp_;
  const closure::SourceMap& sm_;
  const closure::OutputPlan& plan_;
  pp::Diagnostics& diag_;
  std::string& out_;
  bool failed_ = false;
  std::vector<std::vector<Event>> events_;
  std::vector<uint8_t> synth_done_;
  std::vector<uint8_t> wrapper_done_;
  std::vector<uint32_t> conds_by_loc_;
  std::vector<Loc> item_end_;
  bool tags_done_ = false;
};

// The directive line at L, with its backslash continuations, no newline.
std::string_view Writer::line_at(Loc l) const {
  std::string_view rest = pp_.buffer_text(l, std::string_view::npos);
  size_t n = 0;
  while (n < rest.size() && rest[n] != '\n') {
    if (rest[n] == '\\' && n + 1 < rest.size() && rest[n + 1] == '\n') n += 2;
    else if (rest[n] == '/' && n + 1 < rest.size() && rest[n + 1] == '*') {  // a comment may span lines
      size_t c = rest.find("*/", n + 2);
      n = c == std::string_view::npos ? rest.size() : c + 2;
    } else ++n;
  }
  return rest.substr(0, n);
}

// Whether two tokens written side by side would lex as one (or as a
// comment): gcc -E's "avoid paste" in its simplest safe form.
static bool would_paste(char a, char b) {
  auto ident = [](char c) { return std::isalnum((unsigned char)c) || c == '_' || c == '$'; };
  static const char kPunct[] = "+-*/%<>=&|^!.#:";
  auto punct = [](char c) { return c && std::strchr(kPunct, c) != nullptr; };
  return (ident(a) && (ident(b) || b == '\'' || b == '"')) || (punct(a) && punct(b)) || (a == '.' && ident(b));
}

// L moved back over the blanks before it on its line, when only blanks are.
Loc Writer::line_start(Loc l) const {
  Loc s = l;
  while (s > 1) {
    std::string_view c = pp_.buffer_text(s - 1, 1);
    if (c.size() != 1 || (c[0] != ' ' && c[0] != '\t')) break;
    --s;
  }
  std::string_view c = pp_.buffer_text(s - 1, 1);
  return c.size() == 1 && c[0] == '\n' ? s : l;
}

// Conditional directives inside kept text [B, E) (tokens FIRST..LAST) are
// dropped, and with them the groups that were not taken: the output is the
// text as compiled.  A file read twice has one text, and each conditional in
// it one record per reading (drivers/gpu/drm/amd/amdgpu/amdgpu.h includes
// itself back, and the inner reading skips its guarded text): the reading
// that produced FIRST..LAST evaluated its records, among those tokens.
void Writer::cond_edits(Loc b, Loc e, TokIdx first, TokIdx last, std::vector<Edit>& edits) {
  auto it = std::lower_bound(conds_by_loc_.begin(), conds_by_loc_.end(), b,
                             [&](uint32_t c, Loc v) { return pp_.conds[c].loc < v; });
  Loc done = b;
  for (; it != conds_by_loc_.end() && pp_.conds[*it].loc < e; ++it) {
    const pp::CondRecord& c = pp_.conds[*it];
    if (c.loc < done) continue;  // inside a group already dropped
    // Another reading's: one whose tokens are not these, or one that skipped
    // this text (not evaluated, yet not inside a group dropped here).
    const pp::CondRecord& opening = pp_.conds[c.kind <= pp::CondRecord::Ifndef ? *it : c.opening];
    if (!opening.evaluated || c.out_pos < first || c.out_pos > last + 1) continue;
    Loc from = line_start(c.loc);
    Loc to = c.loc + Loc(line_at(c.loc).size()) + 1;
    if (c.kind != pp::CondRecord::Endif && !c.taken) {
      // To the group's next directive (the same #if's next branch or #endif).
      for (auto nx = it + 1; nx != conds_by_loc_.end() && pp_.conds[*nx].loc < e; ++nx) {
        const pp::CondRecord& n = pp_.conds[*nx];
        uint32_t group = c.kind <= pp::CondRecord::Ifndef ? *it : c.opening;
        if (n.opening == group && *nx != group) { to = line_start(n.loc); break; }
      }
    }
    if (to > e) to = e;
    edits.push_back({from, to, ""});
    done = to;
  }
}

// The tokens of file-level invocation X as the preprocessor produced them,
// renames applied, spaced as the macro's body and arguments were.
std::string Writer::expanded(uint32_t x) const {
  const pp::Expansion& e = pp_.expansions[x];
  std::string s;
  for (uint32_t t = e.first_tok; t < e.end_tok; ++t) {
    bool dropped = std::binary_search(plan_.drop_tokens.begin(), plan_.drop_tokens.end(), t);
    for (const auto& [b, l] : plan_.drop_ranges) dropped |= t >= b && t <= l;
    if (dropped) continue;
    const std::string* r = renamed(t);
    std::string_view text = r ? std::string_view(*r) : pp_.strings.str(pp_.tokens[t].spelling);
    if (!s.empty() && !text.empty() &&
        ((pp_.tokens[t].flags & pp::TF_LEADING_SPACE) || would_paste(s.back(), text.front())))
      s += ' ';
    s += text;
  }
  return s;
}

// The edits of the tokens FIRST..LAST (text [B, E)): renames at their
// spelling in the text (also inside invocation arguments), expanded
// invocations, storage-class changes.
void Writer::token_edits(TokIdx first, TokIdx last, Loc b, Loc e, std::vector<Edit>& edits, TokIdx skip) {
  for (uint32_t x : plan_.expand) {
    const pp::Expansion& ex = pp_.expansions[x];
    if (ex.name_loc >= b && ex.name_loc < e) edits.push_back({ex.name_loc, sm_.invocation_end(x), expanded(x)});
  }
  auto it = std::lower_bound(plan_.renames.begin(), plan_.renames.end(), std::make_pair(first, std::string()));
  for (; it != plan_.renames.end() && it->first <= last; ++it) {
    if (it->first == skip || !from_text(it->first)) continue;
    Loc l = tok_loc(it->first);
    Loc sl = pp_.spelling_loc(l);
    size_t len = sm_.token_len(pp_.tokens[it->first]);
    if (sl >= b && sl < e) edits.push_back({sl, Loc(sl + len), it->second});
  }
  for (auto dt = std::lower_bound(plan_.drop_tokens.begin(), plan_.drop_tokens.end(), first);
       dt != plan_.drop_tokens.end() && *dt <= last; ++dt) {
    Loc l = tok_loc(*dt);
    if (pp::is_macro_loc(l)) continue;
    Loc end = l + Loc(sm_.token_len(pp_.tokens[*dt]));
    std::string_view after = pp_.buffer_text(end, 64);
    size_t k = 0;
    while (k < after.size() && (after[k] == ' ' || after[k] == '\t')) ++k;
    edits.push_back({l, Loc(end + k), ""});
  }
  for (auto at = std::lower_bound(plan_.add_static_before.begin(), plan_.add_static_before.end(), first);
       at != plan_.add_static_before.end() && *at <= last; ++at) {
    Loc l = sm_.file_range(*at, *at).first;
    edits.push_back({l, l, "static "});
  }
  for (const closure::InlinePin& p : plan_.pins)  // few: a copied function's inlining attribute
    if (p.before >= first && p.before <= last) {
      Loc l = sm_.file_range(p.before, p.before).first;
      edits.push_back({l, l, p.text});
    }
}

// Copies [B, E) with EDITS applied into OUT.
bool Writer::text_of(Loc b, Loc e, TokIdx first, TokIdx last, std::vector<Edit> edits, std::string& out) {
  (void)first; (void)last;
  std::sort(edits.begin(), edits.end());
  edits.erase(std::unique(edits.begin(), edits.end()), edits.end());
  // An expanded invocation swallows the edits within it.
  std::vector<Edit> kept;
  for (Edit& x : edits) {
    if (!kept.empty() && x.b >= kept.back().b && x.e <= kept.back().e && kept.back().e > kept.back().b &&
        !(x.b == kept.back().b && x.e == kept.back().e)) {
      bool outer_is_expansion = false;
      for (uint32_t ex : plan_.expand)
        if (pp_.expansions[ex].name_loc == kept.back().b) outer_is_expansion = true;
      if (outer_is_expansion) continue;
    }
    if (!kept.empty() && (x.b < kept.back().e || (x.b == kept.back().b && x.e == kept.back().e))) {
      if (!(x.b == x.e && x.b == kept.back().b)) {
        pp::PpResult::Presumed p = pp_.presumed(x.b);
        diag_.error_at(std::string(p.file) + ":" + std::to_string(p.line),
                       "internal error: two edits of one range ('" + kept.back().text + "', '" + x.text + "')");
        failed_ = true;
        return false;
      }
    }
    kept.push_back(std::move(x));
  }
  Loc at = b;
  for (const Edit& x : kept) {
    if (x.b < at || x.e > e) continue;
    out += pp_.buffer_text(at, x.b - at);
    out += x.text;
    at = x.e;
  }
  out += pp_.buffer_text(at, e - at);
  return true;
}

// Tokens FIRST..LAST as the compiler saw them (renames applied, NAME_TOK
// replaced by NAME), for declarations a macro produced.
std::string Writer::tokens_text(TokIdx first, TokIdx last, TokIdx name_tok, const std::string& name) const {
  std::string s;
  for (TokIdx t = first; t <= last; ++t) {
    const std::string* r = renamed(t);
    std::string_view text = t == name_tok ? std::string_view(name) : r ? std::string_view(*r)
                                                                     : pp_.strings.str(pp_.tokens[t].spelling);
    if (!s.empty() && !text.empty() &&
        ((pp_.tokens[t].flags & pp::TF_LEADING_SPACE) || would_paste(s.back(), text.front())))
      s += ' ';
    s += text;
  }
  return s;
}

void Writer::write_synth(const closure::SynthDecl& s) {
  const ast::Node& dn = tu_[s.declarator];
  if (pp::is_macro_loc(tok_loc(dn.first)) || pp::is_macro_loc(tok_loc(dn.last)) ||
      (s.name_tok && pp::is_macro_loc(tok_loc(s.name_tok)))) {
    // A macro wrote the declaration (DEFINE_MUTEX(x)): written expanded.
    std::string text = "extern";
    for (NodeId sp = s.specs; sp; sp = tu_[sp].next) {
      const ast::Node& n = tu_[sp];
      if (n.kind == Kind::SpecKeyword &&
          (n.op == ast::KW_STATIC || n.op == ast::KW_EXTERN || n.op == ast::KW_INLINE || n.op == ast::KW_TYPEDEF))
        continue;
      text += ' ' + tokens_text(n.first, n.last, 0, "");
    }
    std::string nm = s.pointer ? "(*" + s.name + ")" : s.name;
    std::string decl = tokens_text(dn.first, dn.last, s.name_tok, nm);
    if (s.array_close) {
      size_t k = decl.rfind(']');
      if (k != std::string::npos) decl.insert(k, std::to_string(s.array_len));
    }
    out_ += text + ' ' + decl + ";\n";
    return;
  }
  std::string text = "extern ";
  std::vector<std::pair<Loc, Loc>> ranges;
  std::vector<std::pair<TokIdx, TokIdx>> toks;
  for (NodeId sp = s.specs; sp; sp = tu_[sp].next) {
    const ast::Node& n = tu_[sp];
    auto r = sm_.file_range(n.first, n.last);
    bool storage = n.kind == Kind::SpecKeyword &&
                   (n.op == ast::KW_STATIC || n.op == ast::KW_EXTERN || n.op == ast::KW_INLINE ||
                    n.op == ast::KW_TYPEDEF || n.op == ast::KW_AUTO || n.op == ast::KW_REGISTER);
    if (n.kind == Kind::SpecAttribute) {  // inlining attributes mean nothing on a declaration
      bool only_inline = n.a != 0;
      for (NodeId at = n.a; at; at = tu_[at].next) {
        std::string_view an = tu_[at].a ? pp::attribute_base_name(pp_.strings.str(tu_[at].a)) : "";
        if (an != "gnu_inline" && an != "always_inline" && an != "artificial") only_inline = false;
      }
      storage = only_inline;
    }
    if (!ranges.empty() && r.first < ranges.back().second) {  // the same invocation as the last one
      if (!storage) toks.back().second = n.last;
      continue;
    }
    if (storage) continue;
    ranges.push_back(r);
    toks.push_back({n.first, n.last});
  }
  for (size_t i = 0; i < ranges.size(); ++i) {
    std::vector<Edit> edits;
    token_edits(toks[i].first, toks[i].second, ranges[i].first, ranges[i].second, edits);
    text_of(ranges[i].first, ranges[i].second, toks[i].first, toks[i].second, edits, text);
    text += ' ';
  }
  const ast::Node& d = tu_[s.declarator];
  auto r = sm_.file_range(d.first, d.last);
  std::vector<Edit> edits;
  token_edits(d.first, d.last, r.first, r.second, edits, s.name_tok);
  if (s.name_tok) {
    Loc l = pp_.spelling_loc(tok_loc(s.name_tok));
    edits.push_back({l, Loc(l + sm_.token_len(pp_.tokens[s.name_tok])), s.pointer ? "(*" + s.name + ")" : s.name});
  }
  if (s.array_close) {
    Loc l = pp_.spelling_loc(tok_loc(s.array_close));
    edits.push_back({l, l, std::to_string(s.array_len)});
  }
  text_of(r.first, r.second, d.first, d.last, edits, text);
  out_ += text;
  out_ += ";\n";
}

// A header function's noinline wrapper (closure::WrapperDef): the
// definition's type specifiers (not its storage class, `inline` or
// attributes) and declarator as the compiler saw them, renamed, calling it.
void Writer::write_wrapper(const closure::WrapperDef& w) {
  std::string text = "\n/* " + w.callee + "() out of line, as gcc kept it in the original unit */\nstatic " + w.attr;
  for (NodeId sp = w.specs; sp; sp = tu_[sp].next) {
    const ast::Node& n = tu_[sp];
    if (n.kind == Kind::SpecAttribute || n.kind == Kind::SpecAlignas) continue;
    if (n.kind == Kind::SpecKeyword &&
        (n.op == ast::KW_STATIC || n.op == ast::KW_EXTERN || n.op == ast::KW_INLINE || n.op == ast::KW_TYPEDEF))
      continue;
    text += ' ' + tokens_text(n.first, n.last, 0, "");
  }
  const ast::Node& dn = tu_[w.declarator];
  text += ' ' + tokens_text(dn.first, dn.last, w.name_tok, w.name);
  text += "\n{\n\t" + std::string(w.returns_void ? "" : "return ") + w.callee + "(";
  for (size_t i = 0; i < w.params.size(); ++i) text += (i ? ", " : "") + w.params[i];
  text += ");\n}\n";
  out_ += text;
}

// Returns the end of the item's text.
Loc Writer::write_item(uint32_t item) {
  if (!tags_done_) {
    for (const closure::TagDecl& t : plan_.tag_decls) out_ += t.text + ";\n";
    tags_done_ = true;
  }
  for (size_t i = 0; i < plan_.synth.size(); ++i)
    if (!synth_done_[i] && plan_.synth[i].before_item <= item) {
      synth_done_[i] = 1;
      write_synth(plan_.synth[i]);
    }
  for (size_t i = 0; i < plan_.wrappers.size(); ++i)
    if (!wrapper_done_[i] && plan_.wrappers[i].before_item <= item) {
      wrapper_done_[i] = 1;
      write_wrapper(plan_.wrappers[i]);
    }
  NodeId n = plan_.items[item];
  const ast::Node& nd = tu_[n];
  if (nd.kind == ast::Kind::Pragma && !pp::is_macro_loc(tok_loc(nd.first))) {
    // A #pragma line (`#pragma pack(1)`): its tokens end with a marker, not
    // with text; the directive's line is the item.
    Loc l = tok_loc(nd.first);
    std::string_view line = line_at(l);
    out_ += line;
    out_ += '\n';
    return l + Loc(line.size());
  }
  auto [b, e] = sm_.file_range(nd.first, nd.last);
  if (plan_.is_function_item[item]) {
    pp::PpResult::Presumed p = pp_.presumed(b);
    out_ += "\n/* from " + std::string(p.file) + ":" + std::to_string(p.line) + " */\n";
  }
  // A renamed function keeps its original name in __func__ (closure.h).
  static const char* const func_idents[] = {"__func__", "__FUNCTION__", "__PRETTY_FUNCTION__"};
  auto fnit = std::lower_bound(plan_.func_names.begin(), plan_.func_names.end(), item,
                               [](const closure::FuncName& f, uint32_t i) { return f.item < i; });
  const closure::FuncName* fname = fnit != plan_.func_names.end() && fnit->item == item ? &*fnit : nullptr;
  if (fname)
    for (int k = 0; k < 3; ++k)
      if (fname->uses & (1 << k))
        out_ += std::string("#define ") + func_idents[k] + " \"" + fname->name + "\" /* as in the running kernel */\n";
  // The items this text writes (one invocation may write several): what
  // they define that nothing names is quieted.
  uint8_t quiet = 0;
  for (uint32_t j = item; j < plan_.quiet_item.size(); ++j) {
    Loc at = sm_.file_range(tu_[plan_.items[j]].first, tu_[plan_.items[j]].first).first;
    if (at < b || at >= e) break;
    quiet |= plan_.quiet_item[j];
  }
  if (quiet) {
    out_ += "#pragma GCC diagnostic push /* defined here, not used by the carve */\n";
    if (quiet & 1) out_ += "#pragma GCC diagnostic ignored \"-Wunused-function\"\n";
    if (quiet & 2)
      out_ += "#pragma GCC diagnostic ignored \"-Wunused-variable\"\n"
              "#pragma GCC diagnostic ignored \"-Wunused-const-variable\"\n";
  }
  std::vector<Edit> edits;
  token_edits(nd.first, nd.last, b, e, edits);
  cond_edits(b, e, nd.first, nd.last, edits);
  // An #include inside the text (an X-macro header in an enum's body) is
  // written as the tokens it produced there: its name means nothing next to
  // the output, and its text depended on the macros of that point.
  for (const pp::IncludeRecord& r : pp_.includes)
    if (r.directive >= b && r.directive < e && !r.skipped && r.parent >= 0) {
      Loc from = line_start(r.directive);
      Loc to = r.directive + Loc(line_at(r.directive).size()) + 1;
      std::string text = r.end_tok > r.first_tok ? tokens_text(r.first_tok, r.end_tok - 1, 0, "") + "\n" : "";
      edits.push_back({from, to > e ? e : to, text});
    }
  for (NodeId r : plan_.removed_decls) {
    const ast::Node& rn = tu_[r];
    if (rn.first < nd.first || rn.last > nd.last) continue;
    auto rr = sm_.file_range(rn.first, rn.last);
    // Edits inside the removed declaration go with it.
    edits.erase(std::remove_if(edits.begin(), edits.end(), [&](const Edit& x) { return x.b >= rr.first && x.e <= rr.second; }),
                edits.end());
    bool is_static = false;  // else a block-scope extern declaration
    for (NodeId sp = rn.a; sp; sp = tu_[sp].next)
      is_static |= tu_[sp].kind == ast::Kind::SpecKeyword && tu_[sp].op == ast::KW_STATIC;
    edits.push_back({rr.first, rr.second, is_static ? "/* static local externalized */"
                                                    : "/* block-scope declaration externalized */"});
  }
  text_of(b, e, nd.first, nd.last, std::move(edits), out_);
  out_ += '\n';
  if (fname)
    for (int k = 0; k < 3; ++k)
      if (fname->uses & (1 << k)) out_ += std::string("#undef ") + func_idents[k] + "\n";
  if (quiet) out_ += "#pragma GCC diagnostic pop\n";
  return e;
}

void Writer::walk(int32_t entry) {
  Loc covered = 0;  // the end of the last item written from this entry
  for (const Event& ev : events_[entry]) {
    if (failed_) return;
    switch (ev.kind) {
    case 0:
      if (plan_.include_entry[ev.idx]) {
        bool quiet = ev.idx < plan_.quiet_unused.size() && plan_.quiet_unused[ev.idx];
        if (quiet)
          out_ += "#pragma GCC diagnostic push\n"
                  "#pragma GCC diagnostic ignored \"-Wunused-function\" /* its static functions the carve does not call */\n";
        out_ += line_at(pp_.includes[ev.idx].directive);
        out_ += '\n';
        if (quiet) out_ += "#pragma GCC diagnostic pop\n";
      } else if (plan_.walk_entry[ev.idx]) {
        walk(int32_t(ev.idx));
      }
      break;
    case 1:
      if (plan_.keep_directive[ev.idx] && ev.at >= covered) {  // not inside a kept text
        out_ += line_at(pp_.directives[ev.idx].loc);
        out_ += '\n';
      }
      break;
    case 2:
      if (plan_.keep_item[ev.idx] && ev.at >= covered) covered = write_item(ev.idx);  // one text per invocation
      break;
    }
  }
}

bool Writer::run() {
  size_t ni = pp_.includes.size();
  events_.assign(ni, {});
  auto walked = [&](int32_t e) {
    return e >= 0 && (pp_.includes[e].kind == pp::IncludeKind::Main || plan_.walk_entry[e]);
  };
  for (size_t i = 0; i < ni; ++i) {
    const pp::IncludeRecord& r = pp_.includes[i];
    if (r.parent >= 0 && walked(r.parent) && r.directive && (plan_.include_entry[i] || plan_.walk_entry[i]))
      events_[r.parent].push_back({r.directive, 0, uint32_t(i)});
  }
  for (size_t i = 0; i < pp_.directives.size(); ++i)
    if (plan_.keep_directive[i] && walked(pp_.directives[i].include))
      events_[pp_.directives[i].include].push_back({pp_.directives[i].loc, 1, uint32_t(i)});
  item_end_.assign(plan_.items.size(), 0);
  for (uint32_t i = 0; i < plan_.items.size(); ++i)
    if (plan_.keep_item[i] && walked(plan_.item_entry[i])) {
      auto r = sm_.file_range(tu_[plan_.items[i]].first, tu_[plan_.items[i]].last);
      item_end_[i] = r.second;
      events_[plan_.item_entry[i]].push_back({r.first, 2, i});
    }
  // Items one invocation wrote share a beginning; the one reaching furthest
  // (SYSCALL_DEFINE's function, whose body follows the invocation) is
  // written, and covers the others.
  for (auto& v : events_)
    std::sort(v.begin(), v.end(), [&](const Event& x, const Event& y) {
      if (x.at != y.at || x.kind != y.kind) return x < y;
      if (x.kind == 2 && item_end_[x.idx] != item_end_[y.idx]) return item_end_[x.idx] > item_end_[y.idx];
      return x.idx < y.idx;
    });
  synth_done_.assign(plan_.synth.size(), 0);
  wrapper_done_.assign(plan_.wrappers.size(), 0);
  for (uint32_t c = 0; c < pp_.conds.size(); ++c) conds_by_loc_.push_back(c);
  std::stable_sort(conds_by_loc_.begin(), conds_by_loc_.end(),
                   [&](uint32_t a, uint32_t b) { return pp_.conds[a].loc < pp_.conds[b].loc; });
  int32_t main_entry = -1;
  for (size_t i = 0; i < ni; ++i)
    if (pp_.includes[i].kind == pp::IncludeKind::Main) main_entry = int32_t(i);
  if (main_entry < 0) return false;
  out_ += "/* Carved by kcarve from " + pp_.files[pp_.includes[main_entry].file].path + " */\n";
  walk(main_entry);
  return !failed_;
}

} // namespace

bool write_carve(const ast::TranslationUnit& tu, const closure::SourceMap& sm, const closure::OutputPlan& plan,
                 pp::Diagnostics& diag, std::string& out) {
  Writer w(tu, sm, plan, diag, out);
  return w.run();
}

} // namespace kcarve::depreproc
