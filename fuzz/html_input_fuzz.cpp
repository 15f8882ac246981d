// libFuzzer target for the HTML input: any bytes through extract_html (gumbo,
// then the body walk and boilerplate removal) and format detection. No crash,
// hang or leak; the text, title, URL and site are valid UTF-8 and the date is
// empty or YYYY-MM-DD.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "io/html_input.h"
#include "io/input_format.h"
#include "io/text_clean.h"
#include "io/text_dates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  parley::detect_input_format(input, true);
  parley::HtmlPage page = parley::extract_html(input);
  std::string copy = page.text + page.title + page.url + page.site;
  if (parley::repair_utf8(&copy) != 0) __builtin_trap();
  if (!page.date.empty() && parley::iso_date_prefix(page.date) != page.date) __builtin_trap();
  parley::dateline_date(page.text, 2031);
  return 0;
}
