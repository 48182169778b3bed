// json.h — a small, strict JSON reader (RFC 8259) for kcarve's manifests.
//
// The whole document is parsed into one contiguous vector of nodes; arrays and
// objects refer to their children by index, strings are decoded once into one
// shared character buffer.  Strictness: no comments, no trailing commas, no
// duplicate object keys, no leading zeros, no control characters in strings,
// nothing after the top-level value.  Errors are reported as
// `file:line:col: error: message`; line and column are computed only then.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kcarve::module::json {

enum class Kind : uint8_t { Null, False, True, Number, String, Array, Object };

struct Node {
  Kind kind;
  uint32_t offset;      // byte offset of the value in the source (diagnostics)
  uint32_t first;       // String: start in Document::chars; Array/Object: first child index
  uint32_t count;       // String: length; Array/Object: number of children (objects: key,value pairs)
  double number;        // Number only
};

// A parsed document.  Object children are stored as alternating key (String)
// and value nodes in Document::kids.
struct Document {
  std::string file;
  std::string text;
  std::vector<Node> nodes;
  std::vector<uint32_t> kids;
  std::string chars;

  const Node& root() const { return nodes[0]; }
  std::string_view str(const Node& n) const { return std::string_view(chars).substr(n.first, n.count); }
  const Node& child(const Node& n, uint32_t i) const { return nodes[kids[n.first + i]]; }
  // Object member lookup; nullptr if absent.
  const Node* member(const Node& obj, std::string_view key) const;
  // "file:line:col" of a byte offset.
  std::string where(uint32_t offset) const;
};

// Parses TEXT (named FILE in diagnostics).  On error, writes the diagnostic to
// ERR and returns false.
bool parse(std::string file, std::string text, Document& doc, std::string& err);

} // namespace kcarve::module::json
