// A hash map from 64-bit keys (already hashes) to values, for read-mostly
// tables looked up in hot loops: open addressing with linear probing over one
// array of slots (key, value, used), at most half full, so a lookup usually
// reads one cache line where std::unordered_map reads a bucket, then a node.
// No erase. Not thread-safe for writes; const lookups may run concurrently.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace parley {

template <class V>
class FlatMap64 {
 public:
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Makes room for n keys without rehashing.
  void reserve(std::size_t n) {
    if (2 * n > slots_.size()) rehash(capacity_for(n));
  }

  // Adds key -> value; false (and no change) when the key is present.
  bool emplace(std::uint64_t key, V value) {
    reserve(size_ + 1);
    Slot& s = slots_[probe(key)];
    if (s.used) return false;
    s.key = key;
    s.value = std::move(value);
    s.used = true;
    ++size_;
    return true;
  }

  void clear() {
    slots_.clear();
    size_ = 0;
    shift_ = 64;
  }

  // Calls f(key, value) for every entry, in slot order (not sorted).
  template <class F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_) {
      if (s.used) f(s.key, s.value);
    }
  }

  // The key's value, or nullptr.
  const V* find(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[probe(key)];
    return s.used ? &s.value : nullptr;
  }

  std::vector<std::uint64_t> sorted_keys() const {
    std::vector<std::uint64_t> keys;
    keys.reserve(size_);
    for_each([&](std::uint64_t key, const V&) { keys.push_back(key); });
    std::sort(keys.begin(), keys.end());
    return keys;
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    V value{};
    bool used = false;
  };
  static constexpr std::uint64_t kMix = 0x9E3779B97F4A7C15ull;  // spreads any key

  static std::size_t capacity_for(std::size_t n) {
    std::size_t c = 16;
    while (c < 2 * n) c *= 2;
    return c;
  }
  // The key's slot, or the free slot where it would go.
  std::size_t probe(std::uint64_t key) const {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>((key * kMix) >> shift_);
    while (slots_[i].used && slots_[i].key != key) i = (i + 1) & mask;
    return i;
  }
  void rehash(std::size_t capacity) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot());
    shift_ = 64 - std::countr_zero(capacity);
    for (Slot& s : old) {
      if (s.used) slots_[probe(s.key)] = std::move(s);
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  int shift_ = 64;
};

}  // namespace parley
