// manifest.cc — reads a manifest (docs/manifest.md) with the strict JSON
// reader and checks it against the schema: known keys only, required keys
// present, identifiers that are valid C identifiers, sympos a non-negative
// integer, method one of export / klp-reloc / kallsyms.  Every error names the
// offending value's position.
#include "module/manifest.h"

#include <cmath>
#include <fstream>
#include <initializer_list>
#include <sstream>

#include "module/json.h"

namespace kcarve::module {

namespace {

using json::Document;
using json::Kind;
using json::Node;

struct Reader {
  const Document& d;
  std::string& err;
  int version = 1;

  bool fail(const Node& n, const std::string& msg) {
    err = d.where(n.offset) + ": error: " + msg;
    return false;
  }
  // Every key of OBJ must be in ALLOWED.
  bool keys(const Node& obj, std::initializer_list<const char*> allowed, const char* what) {
    for (uint32_t i = 0; i < obj.count; ++i) {
      const Node& k = d.child(obj, 2 * i);
      bool ok = false;
      for (const char* a : allowed) ok = ok || d.str(k) == a;
      if (!ok) return fail(k, "unknown key \"" + std::string(d.str(k)) + "\" in " + what);
    }
    return true;
  }
  const Node* get(const Node& obj, const char* key, Kind kind, bool required, const char* what) {
    const Node* v = d.member(obj, key);
    if (!v) {
      if (required) fail(obj, std::string("missing key \"") + key + "\" in " + what);
      return nullptr;
    }
    if (v->kind != kind && !(kind == Kind::True && v->kind == Kind::False)) {
      static const char* names[] = {"null", "boolean", "boolean", "number", "string", "array", "object"};
      fail(*v, std::string("\"") + key + "\" must be a " + names[static_cast<int>(kind)]);
      return nullptr;
    }
    return v;
  }
  bool str(const Node& obj, const char* key, std::string& out, bool required, const char* what) {
    const Node* v = get(obj, key, Kind::String, required, what);
    if (!v) return !required && err.empty();
    out = std::string(d.str(*v));
    if (out.empty()) return fail(*v, std::string("\"") + key + "\" must not be empty");
    return true;
  }
  // KEY in OBJ (if present) needs a version 2 manifest.
  bool v2_only(const Node& obj, const char* key) {
    const Node* v = d.member(obj, key);
    if (v && version < 2) return fail(*v, std::string("\"") + key + "\" needs \"kcarve_manifest\": 2");
    return true;
  }
  static bool is_ident(const std::string& s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (char c : s)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
  }
  bool ident(const Node& obj, const char* key, std::string& out, bool required, const char* what) {
    if (!str(obj, key, out, required, what)) return false;
    if (!out.empty() && !is_ident(out)) return fail(*d.member(obj, key), "\"" + out + "\" is not a C identifier");
    return true;
  }
  // Kernel symbols may carry gcc's clone suffixes (foo.isra.0, foo.cold).
  bool symbol(const Node& obj, const char* key, std::string& out, const char* what) {
    if (!str(obj, key, out, true, what)) return false;
    for (char c : out)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'))
        return fail(*d.member(obj, key), "\"" + out + "\" is not a symbol name");
    return true;
  }
  bool object(const Node& obj, std::string& out, const char* what) {
    if (!str(obj, "object", out, true, what)) return false;
    for (char c : out)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
        return fail(*d.member(obj, "object"), "\"" + out + "\" is not an object name (vmlinux or a module name)");
    return true;
  }
  bool sympos(const Node& obj, unsigned long& out, const char* what) {
    const Node* v = get(obj, "sympos", Kind::Number, false, what);
    if (!v) return err.empty();
    double x = v->number;
    if (!(x >= 0) || x != std::floor(x) || x > 1e9) return fail(*v, "\"sympos\" must be a non-negative integer");
    out = static_cast<unsigned long>(x);
    return true;
  }

  bool function(const Node& n, Manifest& m) {
    const char* what = "a function";
    if (n.kind != Kind::Object) return fail(n, "each element of \"functions\" must be an object");
    if (!keys(n, {"name", "new_name", "object", "sympos", "why"}, what) || !v2_only(n, "why")) return false;
    PatchedFunction f;
    if (!symbol(n, "name", f.name, what) || !ident(n, "new_name", f.new_name, true, what) ||
        !object(n, f.object, what) || !sympos(n, f.sympos, what) || !str(n, "why", f.why, false, what))
      return false;
    for (const auto& g : m.functions)
      if (g.name == f.name && g.object == f.object && g.sympos == f.sympos)
        return fail(n, "function \"" + f.name + "\" is listed twice");
    m.functions.push_back(f);
    return true;
  }
  bool carried(const Node& n, Manifest& m) {
    const char* what = "a carried function";
    if (n.kind != Kind::Object) return fail(n, "each element of \"carried\" must be an object");
    if (!keys(n, {"name", "why"}, what)) return false;
    std::pair<std::string, std::string> c;
    if (!ident(n, "name", c.first, true, what) || !str(n, "why", c.second, true, what)) return false;
    m.carried.push_back(c);
    return true;
  }
  bool symbol_entry(const Node& n, Manifest& m) {
    const char* what = "a symbol";
    if (n.kind != Kind::Object) return fail(n, "each element of \"symbols\" must be an object");
    if (!keys(n, {"name", "original", "object", "sympos", "method", "why"}, what) || !v2_only(n, "why")) return false;
    ExternSymbol s;
    std::string method;
    s.where = d.where(n.offset);
    if (!ident(n, "name", s.name, true, what) || !symbol(n, "original", s.original, what) ||
        !object(n, s.object, what) || !sympos(n, s.sympos, what) || !str(n, "method", method, true, what) ||
        !str(n, "why", s.why, false, what))
      return false;
    if (method == "export") s.method = Method::Export;
    else if (method == "klp-reloc") s.method = Method::KlpReloc;
    else if (method == "kallsyms") s.method = Method::Kallsyms;
    else return fail(*d.member(n, "method"), "\"method\" must be \"export\", \"klp-reloc\" or \"kallsyms\"");
    if (s.method == Method::Export && s.name != s.original)
      return fail(n, "an exported symbol is used under its own name (\"name\" must equal \"original\")");
    for (const auto& t : m.symbols)
      if (t.name == s.name) return fail(n, "symbol \"" + s.name + "\" is listed twice");
    m.symbols.push_back(s);
    return true;
  }
  bool callbacks(const Node& n, Manifest& m) {
    const char* what = "a callbacks entry";
    if (n.kind != Kind::Object) return fail(n, "each element of \"callbacks\" must be an object");
    if (!keys(n, {"object", "pre_patch", "post_patch", "pre_unpatch", "post_unpatch"}, what)) return false;
    Callbacks c;
    if (!object(n, c.object, what) || !ident(n, "pre_patch", c.pre_patch, false, what) ||
        !ident(n, "post_patch", c.post_patch, false, what) ||
        !ident(n, "pre_unpatch", c.pre_unpatch, false, what) ||
        !ident(n, "post_unpatch", c.post_unpatch, false, what))
      return false;
    for (const auto& o : m.callbacks)
      if (o.object == c.object) return fail(n, "callbacks for object \"" + c.object + "\" given twice");
    m.callbacks.push_back(c);
    return true;
  }
  bool original(const Node& n, Manifest& m) {
    const char* what = "\"original\"";
    if (!keys(n, {"file", "directory", "command"}, what)) return false;
    if (!str(n, "file", m.original.file, true, what) || !str(n, "directory", m.original.directory, true, what))
      return false;
    const Node* cmd = get(n, "command", Kind::Array, true, what);
    if (!cmd) return false;
    if (cmd->count == 0) return fail(*cmd, "\"command\" must not be empty");
    for (uint32_t i = 0; i < cmd->count; ++i) {
      const Node& a = d.child(*cmd, i);
      if (a.kind != Kind::String) return fail(a, "each element of \"command\" must be a string");
      m.original.command.emplace_back(d.str(a));
    }
    m.has_original = true;
    return true;
  }

  bool manifest(Manifest& m) {
    const Node& r = d.root();
    if (r.kind != Kind::Object) return fail(r, "a manifest must be a JSON object");
    if (!keys(r, {"kcarve_manifest", "id", "source", "replace", "functions", "symbols", "callbacks", "original",
               "carried"},
              "the manifest"))
      return false;
    const Node* ver = get(r, "kcarve_manifest", Kind::Number, true, "the manifest");
    if (!ver) return false;
    if (ver->number != 1 && ver->number != kManifestVersion)
      return fail(*ver, "unsupported manifest version (this kcarve reads versions 1 to " +
                            std::to_string(kManifestVersion) + ")");
    version = int(ver->number);
    if (!v2_only(r, "carried")) return false;
    if (!ident(r, "id", m.id, true, "the manifest")) return false;
    if (m.id.size() > 55) return fail(*d.member(r, "id"), "\"id\" is longer than 55 characters (a module name)");
    if (!str(r, "source", m.source, false, "the manifest")) return false;
    if (const Node* rep = get(r, "replace", Kind::True, false, "the manifest")) m.replace = rep->kind == Kind::True;
    if (!err.empty()) return false;
    const Node* fs = get(r, "functions", Kind::Array, true, "the manifest");
    if (!fs) return false;
    if (fs->count == 0) return fail(*fs, "\"functions\" must name at least one function");
    for (uint32_t i = 0; i < fs->count; ++i)
      if (!function(d.child(*fs, i), m)) return false;
    if (const Node* ss = get(r, "symbols", Kind::Array, false, "the manifest")) {
      for (uint32_t i = 0; i < ss->count; ++i)
        if (!symbol_entry(d.child(*ss, i), m)) return false;
    } else if (!err.empty()) return false;
    if (const Node* cs = get(r, "carried", Kind::Array, false, "the manifest")) {
      for (uint32_t i = 0; i < cs->count; ++i)
        if (!carried(d.child(*cs, i), m)) return false;
    } else if (!err.empty()) return false;
    if (const Node* cs = get(r, "callbacks", Kind::Array, false, "the manifest")) {
      for (uint32_t i = 0; i < cs->count; ++i)
        if (!callbacks(d.child(*cs, i), m)) return false;
    } else if (!err.empty()) return false;
    if (const Node* o = get(r, "original", Kind::Object, false, "the manifest")) {
      if (!original(*o, m)) return false;
    } else if (!err.empty()) return false;
    return true;
  }
};

} // namespace

bool read_manifest(const std::string& path, Manifest& m, std::string& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) { err = path + ": error: cannot open manifest"; return false; }
  std::stringstream ss;
  ss << in.rdbuf();
  Document doc;
  if (!json::parse(path, ss.str(), doc, err)) return false;
  m = Manifest{};
  m.path = path;
  Reader r{doc, err};
  return r.manifest(m);
}

} // namespace kcarve::module
