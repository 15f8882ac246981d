// An HTML news page as a Document: the article body as plain text (one
// paragraph per block element), its title, date, URL and site name from the
// page's metadata. Parsed with gumbo (an HTML5 parser: any bytes give a tree).
#pragma once

#include <string>
#include <string_view>

#include "parley/document.h"

namespace parley {

struct HtmlPage {
  std::string title;  // <title>, else og:title, else the first <h1>
  std::string text;   // the article body, paragraphs separated by blank lines
  std::string date;   // YYYY-MM-DD from article:published_time, <time datetime>, JSON-LD datePublished
  std::string url;    // <link rel="canonical">, else og:url
  std::string site;   // og:site_name
  int dropped = 0;    // boilerplate or repeated paragraphs removed
};

// The body is taken from the largest <article> (else <main>, else
// [itemprop=articleBody], else <body>), leaving out scripts, styles, nav,
// header, footer, aside, forms, figures and their captions, elements hidden or
// named as sharing/related/newsletter/advert boxes, notices such as "Powered by
// automated translation", and paragraphs that repeat an earlier one.
HtmlPage extract_html(std::string_view html);

}  // namespace parley
