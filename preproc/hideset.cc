// hideset.cc — hidesets for Prosser's macro expansion algorithm.
//
// C11 6.10.3.4 says a macro's name is not replaced again while rescanning its
// own replacement.  Prosser's algorithm tracks this per token: each token
// carries the set of macro names it must not expand ("hideset").  Sets are
// interned as sorted arrays of StrIds and named by a small id (0 = empty), so
// a token carries one uint32_t, and union, intersection and add are cached.
#include "preproc/internal.h"

#include <algorithm>

namespace kcarve::pp::detail {

HideSets::HideSets() {
  sets_.push_back({0, 0});
  by_content_.emplace(std::string(), 0);
}

bool HideSets::contains(uint32_t hs, StrId name) const {
  if (hs == 0) return false;
  auto [off, len] = sets_[hs];
  const StrId* b = data_.data() + off;
  return std::binary_search(b, b + len, name);
}

uint32_t HideSets::make(const std::vector<StrId>& v) {
  std::string key(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(StrId));
  auto it = by_content_.find(key);
  if (it != by_content_.end()) return it->second;
  uint32_t id = (uint32_t)sets_.size();
  sets_.push_back({(uint32_t)data_.size(), (uint32_t)v.size()});
  data_.insert(data_.end(), v.begin(), v.end());
  by_content_.emplace(std::move(key), id);
  return id;
}

uint32_t HideSets::add(uint32_t hs, StrId name) {
  uint64_t key = ((uint64_t)hs << 32) | name;
  auto it = add_cache_.find(key);
  if (it != add_cache_.end()) return it->second;
  auto [off, len] = sets_[hs];
  tmp_.assign(data_.begin() + off, data_.begin() + off + len);
  auto pos = std::lower_bound(tmp_.begin(), tmp_.end(), name);
  if (pos == tmp_.end() || *pos != name) tmp_.insert(pos, name);
  uint32_t r = make(tmp_);
  add_cache_.emplace(key, r);
  return r;
}

uint32_t HideSets::unite(uint32_t a, uint32_t b) {
  if (a == b || b == 0) return a;
  if (a == 0) return b;
  if (a > b) std::swap(a, b);
  uint64_t key = ((uint64_t)a << 32) | b;
  auto it = union_cache_.find(key);
  if (it != union_cache_.end()) return it->second;
  auto [ao, al] = sets_[a];
  auto [bo, bl] = sets_[b];
  tmp_.clear();
  std::set_union(data_.begin() + ao, data_.begin() + ao + al, data_.begin() + bo,
                 data_.begin() + bo + bl, std::back_inserter(tmp_));
  uint32_t r = make(tmp_);
  union_cache_.emplace(key, r);
  return r;
}

uint32_t HideSets::intersect(uint32_t a, uint32_t b) {
  if (a == b) return a;
  if (a == 0 || b == 0) return 0;
  if (a > b) std::swap(a, b);
  uint64_t key = ((uint64_t)a << 32) | b;
  auto it = isect_cache_.find(key);
  if (it != isect_cache_.end()) return it->second;
  auto [ao, al] = sets_[a];
  auto [bo, bl] = sets_[b];
  tmp_.clear();
  std::set_intersection(data_.begin() + ao, data_.begin() + ao + al, data_.begin() + bo,
                        data_.begin() + bo + bl, std::back_inserter(tmp_));
  uint32_t r = make(tmp_);
  isect_cache_.emplace(key, r);
  return r;
}

} // namespace kcarve::pp::detail
