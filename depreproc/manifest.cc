// manifest.cc — the manifest beside a carved file (docs/manifest.md): what
// `kcarve module` needs to build a livepatch module from the carve.  Written
// as version 2 (the "why" of entries, the carried functions); the keys in a
// fixed order, so the same carve gives the same bytes.
#include <cstdio>

#include "depreproc/depreproc.h"

namespace kcarve::depreproc {

namespace {

void json_string(std::string& out, const std::string& s) {
  out += '"';
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') { out += '\\'; out += char(c); }
    else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else out += char(c);
  }
  out += '"';
}

void key(std::string& out, const char* k, const std::string& v) {
  out += ", \"";
  out += k;
  out += "\": ";
  json_string(out, v);
}

// Opens the I-th object of an array, its first key "name" = NAME.
void open_entry(std::string& out, size_t i, const std::string& name) {
  out += i ? ",\n    { \"name\": " : "\n    { \"name\": ";
  json_string(out, name);
}

} // namespace

void plan_manifest_entries(const closure::OutputPlan& plan, const std::string& object, ManifestInfo& info) {
  for (const closure::PatchedEntry& p : plan.patched)
    info.functions.push_back({p.name, p.new_name, object, 0, ""});
  for (const closure::ExternEntry& x : plan.externs) {
    // A plain extern under another name than the original's can only be
    // bound by a livepatch relocation.
    const char* method = x.pointer ? "kallsyms" : x.name == x.original ? "export" : "klp-reloc";
    info.symbols.push_back({x.name, x.original, object, method, 0, ""});
  }
}

void write_manifest(const ManifestInfo& info, std::string& out) {
  out += "{\n  \"kcarve_manifest\": 2,\n  \"id\": ";
  json_string(out, info.id);
  out += ",\n  \"source\": ";
  json_string(out, info.source);
  out += ",\n  \"functions\": [";
  for (size_t i = 0; i < info.functions.size(); ++i) {
    const ManifestFunction& f = info.functions[i];
    open_entry(out, i, f.name);
    key(out, "new_name", f.new_name);
    key(out, "object", f.object);
    out += ", \"sympos\": " + std::to_string(f.sympos);
    if (!f.why.empty()) key(out, "why", f.why);
    out += " }";
  }
  out += "\n  ],\n  \"symbols\": [";
  for (size_t i = 0; i < info.symbols.size(); ++i) {
    const ManifestSymbol& s = info.symbols[i];
    open_entry(out, i, s.name);
    key(out, "original", s.original);
    key(out, "object", s.object);
    out += ", \"sympos\": " + std::to_string(s.sympos);
    key(out, "method", s.method);
    if (!s.why.empty()) key(out, "why", s.why);
    if (s.optional) out += ", \"optional\": true";
    out += " }";
  }
  out += info.symbols.empty() ? "],\n" : "\n  ],\n";
  if (!info.carried.empty()) {
    out += "  \"carried\": [";
    for (size_t i = 0; i < info.carried.size(); ++i) {
      open_entry(out, i, info.carried[i].name);
      key(out, "why", info.carried[i].why);
      out += " }";
    }
    out += "\n  ],\n";
  }
  out += "  \"original\": {\n    \"file\": ";
  json_string(out, info.original_file);
  out += ",\n    \"directory\": ";
  json_string(out, info.directory);
  out += ",\n    \"command\": [";
  for (size_t i = 0; i < info.command.size(); ++i) {
    if (i) out += ", ";
    json_string(out, info.command[i]);
  }
  out += "]\n  }\n}\n";
}

} // namespace kcarve::depreproc
