// interner.cc — the string interner behind every token spelling.
//
// Spellings live in an arena of fixed blocks (so string_views stay valid as it
// grows) and are named by a dense StrId.  Lookup is an open-addressing hash
// table of ids with linear probing; the hash is FNV-1a over the bytes, which
// the lexer also computes while it scans an identifier so that interning an
// identifier costs one probe sequence and no second pass.
#include "preproc/internal.h"

#include <cstring>

namespace kcarve::pp {

struct Interner::Impl {
  struct Entry { const char* p; uint32_t len; uint32_t hash; };
  std::vector<Entry> entries;
  std::vector<uint32_t> table;  // ids; 0xffffffff = empty
  uint32_t mask = 0;
  std::vector<std::unique_ptr<char[]>> blocks;
  char* blk_cur = nullptr;
  size_t blk_left = 0;

  const char* store(const char* p, size_t n) {
    if (n + 1 > blk_left) {
      size_t sz = n + 1 > 65536 ? n + 1 : 65536;
      blocks.emplace_back(new char[sz]);
      blk_cur = blocks.back().get();
      blk_left = sz;
    }
    char* d = blk_cur;
    if (n) std::memcpy(d, p, n);
    d[n] = 0;
    blk_cur += n + 1;
    blk_left -= n + 1;
    return d;
  }

  void grow() {
    uint32_t nsize = table.empty() ? 1u << 14 : (uint32_t)table.size() * 2;
    std::vector<uint32_t> nt(nsize, 0xffffffffu);
    uint32_t nmask = nsize - 1;
    for (uint32_t id = 0; id < entries.size(); ++id) {
      uint32_t h = entries[id].hash & nmask;
      while (nt[h] != 0xffffffffu) h = (h + 1) & nmask;
      nt[h] = id;
    }
    table.swap(nt);
    mask = nmask;
  }

  StrId intern(const char* p, size_t n, uint32_t hash) {
    if ((entries.size() + 1) * 2 > table.size()) grow();
    uint32_t h = hash & mask;
    for (;;) {
      uint32_t id = table[h];
      if (id == 0xffffffffu) break;
      const Entry& e = entries[id];
      if (e.hash == hash && e.len == n && std::memcmp(e.p, p, n) == 0) return id;
      h = (h + 1) & mask;
    }
    uint32_t id = (uint32_t)entries.size();
    entries.push_back({store(p, n), (uint32_t)n, hash});
    table[h] = id;
    return id;
  }
};

Interner::Interner() : impl_(new Impl) { impl_->intern("", 0, detail::str_hash("", 0)); }
Interner::~Interner() = default;

StrId Interner::intern(std::string_view s) {
  return impl_->intern(s.data(), s.size(), detail::str_hash(s.data(), s.size()));
}

StrId Interner::intern(const char* p, size_t n, uint32_t hash) {
  return impl_->intern(p, n, hash);
}

std::string_view Interner::str(StrId id) const {
  const auto& e = impl_->entries[id];
  return std::string_view(e.p, e.len);
}

size_t Interner::size() const { return impl_->entries.size(); }

} // namespace kcarve::pp
