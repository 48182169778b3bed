// json.cc — the strict JSON reader of json.h, a recursive descent over the
// grammar of RFC 8259 sections 2-7 (values, objects, arrays, numbers, strings).
// Only what a manifest needs is kept: numbers as double, strings as UTF-8
// (\uXXXX escapes and surrogate pairs decoded).  Nesting depth is bounded so
// that hostile input cannot exhaust the stack.
#include "module/json.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kcarve::module::json {

namespace {

constexpr int kMaxDepth = 64;

struct Parser {
  Document& d;
  const char* p;
  const char* b;
  const char* e;
  std::string err;

  bool fail(const char* at, const std::string& msg) {
    if (err.empty()) err = d.where(static_cast<uint32_t>(at - b)) + ": error: " + msg;
    return false;
  }
  void ws() {
    while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) ++p;
  }
  uint32_t add(Kind k, const char* at) {
    d.nodes.push_back(Node{k, static_cast<uint32_t>(at - b), 0, 0, 0.0});
    return static_cast<uint32_t>(d.nodes.size() - 1);
  }
  static std::string show(char c) {
    if (c >= 0x20 && c < 0x7f) return std::string("'") + c + "'";
    char buf[16];
    std::snprintf(buf, sizeof buf, "byte 0x%02x", static_cast<unsigned char>(c));
    return buf;
  }

  bool literal(const char* word, Kind k, uint32_t& out) {
    size_t n = std::strlen(word);
    if (static_cast<size_t>(e - p) < n || std::memcmp(p, word, n) != 0)
      return fail(p, "invalid literal (expected '" + std::string(word) + "')");
    out = add(k, p);
    p += n;
    return true;
  }

  // RFC 8259 section 6: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
  bool number(uint32_t& out) {
    const char* s = p;
    if (p < e && *p == '-') ++p;
    if (p >= e || !(*p >= '0' && *p <= '9')) return fail(p, "expected a digit");
    if (*p == '0') {
      ++p;
      if (p < e && *p >= '0' && *p <= '9') return fail(s, "leading zero in number");
    } else {
      while (p < e && *p >= '0' && *p <= '9') ++p;
    }
    if (p < e && *p == '.') {
      ++p;
      if (p >= e || !(*p >= '0' && *p <= '9')) return fail(p, "expected a digit after '.'");
      while (p < e && *p >= '0' && *p <= '9') ++p;
    }
    if (p < e && (*p == 'e' || *p == 'E')) {
      ++p;
      if (p < e && (*p == '+' || *p == '-')) ++p;
      if (p >= e || !(*p >= '0' && *p <= '9')) return fail(p, "expected a digit in exponent");
      while (p < e && *p >= '0' && *p <= '9') ++p;
    }
    out = add(Kind::Number, s);
    d.nodes[out].number = std::strtod(std::string(s, p).c_str(), nullptr);
    return true;
  }

  bool hex4(unsigned& v) {
    v = 0;
    for (int i = 0; i < 4; ++i, ++p) {
      if (p >= e) return fail(p, "truncated \\u escape");
      char c = *p;
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return fail(p, "invalid hex digit in \\u escape");
    }
    return true;
  }
  void utf8(unsigned cp) {
    std::string& o = d.chars;
    if (cp < 0x80) o += static_cast<char>(cp);
    else if (cp < 0x800) { o += static_cast<char>(0xc0 | cp >> 6); o += static_cast<char>(0x80 | (cp & 0x3f)); }
    else if (cp < 0x10000) {
      o += static_cast<char>(0xe0 | cp >> 12); o += static_cast<char>(0x80 | (cp >> 6 & 0x3f));
      o += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
      o += static_cast<char>(0xf0 | cp >> 18); o += static_cast<char>(0x80 | (cp >> 12 & 0x3f));
      o += static_cast<char>(0x80 | (cp >> 6 & 0x3f)); o += static_cast<char>(0x80 | (cp & 0x3f));
    }
  }

  // RFC 8259 section 7.
  bool string(uint32_t& out) {
    const char* s = p++;
    uint32_t start = static_cast<uint32_t>(d.chars.size());
    for (;;) {
      if (p >= e) return fail(s, "unterminated string");
      char c = *p;
      if (c == '"') { ++p; break; }
      if (static_cast<unsigned char>(c) < 0x20) return fail(p, "control character in string");
      if (c != '\\') { d.chars += c; ++p; continue; }
      const char* esc = p++;
      if (p >= e) return fail(esc, "unterminated string");
      switch (*p++) {
        case '"': d.chars += '"'; break;
        case '\\': d.chars += '\\'; break;
        case '/': d.chars += '/'; break;
        case 'b': d.chars += '\b'; break;
        case 'f': d.chars += '\f'; break;
        case 'n': d.chars += '\n'; break;
        case 'r': d.chars += '\r'; break;
        case 't': d.chars += '\t'; break;
        case 'u': {
          unsigned v;
          if (!hex4(v)) return false;
          if (v >= 0xd800 && v < 0xdc00) {
            unsigned lo;
            if (e - p < 2 || p[0] != '\\' || p[1] != 'u') return fail(esc, "unpaired surrogate in \\u escape");
            p += 2;
            if (!hex4(lo)) return false;
            if (lo < 0xdc00 || lo >= 0xe000) return fail(esc, "unpaired surrogate in \\u escape");
            v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
          } else if (v >= 0xdc00 && v < 0xe000) {
            return fail(esc, "unpaired surrogate in \\u escape");
          }
          utf8(v);
          break;
        }
        default: return fail(esc, "invalid escape sequence");
      }
    }
    out = add(Kind::String, s);
    d.nodes[out].first = start;
    d.nodes[out].count = static_cast<uint32_t>(d.chars.size() - start);
    return true;
  }

  bool value(uint32_t& out, int depth) {
    ws();
    if (p >= e) return fail(p, "unexpected end of input, expected a value");
    switch (*p) {
      case '{': return object(out, depth);
      case '[': return array(out, depth);
      case '"': return string(out);
      case 't': return literal("true", Kind::True, out);
      case 'f': return literal("false", Kind::False, out);
      case 'n': return literal("null", Kind::Null, out);
      default:
        if (*p == '-' || (*p >= '0' && *p <= '9')) return number(out);
        return fail(p, "unexpected " + show(*p) + ", expected a value");
    }
  }

  // Children are collected on a local vector, then appended to kids in one
  // block so that each container's children are contiguous.
  bool array(uint32_t& out, int depth) {
    if (depth >= kMaxDepth) return fail(p, "nesting too deep");
    out = add(Kind::Array, p++);
    std::vector<uint32_t> items;
    ws();
    if (p < e && *p == ']') { ++p; return finish(out, items); }
    for (;;) {
      uint32_t v;
      if (!value(v, depth + 1)) return false;
      items.push_back(v);
      ws();
      if (p < e && *p == ',') { ++p; ws(); if (p < e && *p == ']') return fail(p, "trailing comma in array"); continue; }
      if (p < e && *p == ']') { ++p; return finish(out, items); }
      return fail(p, p < e ? "expected ',' or ']' in array, found " + show(*p) : "unexpected end of input in array");
    }
  }

  bool object(uint32_t& out, int depth) {
    if (depth >= kMaxDepth) return fail(p, "nesting too deep");
    out = add(Kind::Object, p++);
    std::vector<uint32_t> items;
    ws();
    if (p < e && *p == '}') { ++p; return finish(out, items); }
    for (;;) {
      ws();
      if (p >= e || *p != '"')
        return fail(p, p < e ? "expected a string key in object, found " + show(*p) : "unexpected end of input in object");
      uint32_t k;
      if (!string(k)) return false;
      for (size_t i = 0; i < items.size(); i += 2)
        if (d.str(d.nodes[items[i]]) == d.str(d.nodes[k]))
          return fail(b + d.nodes[k].offset, "duplicate key \"" + std::string(d.str(d.nodes[k])) + "\"");
      ws();
      if (p >= e || *p != ':') return fail(p, "expected ':' after object key");
      ++p;
      uint32_t v;
      if (!value(v, depth + 1)) return false;
      items.push_back(k);
      items.push_back(v);
      ws();
      if (p < e && *p == ',') { ++p; ws(); if (p < e && *p == '}') return fail(p, "trailing comma in object"); continue; }
      if (p < e && *p == '}') { ++p; return finish(out, items); }
      return fail(p, p < e ? "expected ',' or '}' in object, found " + show(*p) : "unexpected end of input in object");
    }
  }

  bool finish(uint32_t n, const std::vector<uint32_t>& items) {
    d.nodes[n].first = static_cast<uint32_t>(d.kids.size());
    d.nodes[n].count = static_cast<uint32_t>(d.nodes[n].kind == Kind::Object ? items.size() / 2 : items.size());
    d.kids.insert(d.kids.end(), items.begin(), items.end());
    return true;
  }
};

} // namespace

const Node* Document::member(const Node& obj, std::string_view key) const {
  for (uint32_t i = 0; i < obj.count; ++i)
    if (str(nodes[kids[obj.first + 2 * i]]) == key) return &nodes[kids[obj.first + 2 * i + 1]];
  return nullptr;
}

std::string Document::where(uint32_t offset) const {
  unsigned line = 1, col = 1;
  for (uint32_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') { ++line; col = 1; } else ++col;
  }
  return file + ":" + std::to_string(line) + ":" + std::to_string(col);
}

bool parse(std::string file, std::string text, Document& doc, std::string& err) {
  doc.file = std::move(file);
  doc.text = std::move(text);
  doc.nodes.clear(); doc.kids.clear(); doc.chars.clear();
  if (doc.text.size() > 0x7fffffff) { err = doc.file + ": error: file too large"; return false; }
  Parser ps{doc, doc.text.data(), doc.text.data(), doc.text.data() + doc.text.size(), {}};
  uint32_t root;
  // Root must be node 0: reserve it by parsing into the vector from empty.
  if (!ps.value(root, 0)) { err = ps.err; return false; }
  ps.ws();
  if (ps.p != ps.e) { ps.fail(ps.p, "unexpected data after the JSON value"); err = ps.err; return false; }
  return true;
}

} // namespace kcarve::module::json
