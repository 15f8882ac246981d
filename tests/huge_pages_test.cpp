#include "util/huge_pages.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <vector>

namespace parley {
namespace {

// Large blocks are 2 MB-aligned; small ones and growth keep their contents.
TEST(HugePagesTest, LargeBlocksAreAlignedAndKeepTheirValues) {
  std::vector<std::uint32_t, HugePageAllocator<std::uint32_t>> big(3 * kHugePage / 4 + 7);
  std::iota(big.begin(), big.end(), 0u);
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(big.data()) % kHugePage, 0u);
  EXPECT_EQ(big[123456], 123456u);
  EXPECT_EQ(big.back(), static_cast<std::uint32_t>(big.size() - 1));
  std::vector<std::uint32_t, HugePageAllocator<std::uint32_t>> small = {1, 2, 3};
  for (std::uint32_t i = 4; i <= 1000000; ++i) small.push_back(i);  // grows through the 2 MB size
  EXPECT_EQ(small.size(), 1000000u);
  EXPECT_EQ(small[999999], 1000000u);
  auto copy = big;
  EXPECT_EQ(copy, big);
}

}  // namespace
}  // namespace parley
