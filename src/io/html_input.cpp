#include "io/html_input.h"

#include <gumbo.h>

#include <array>
#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "io/text_clean.h"
#include "io/text_dates.h"
#include "text/utf8.h"
#include "util/strings.h"

namespace parley {
namespace {

// Elements whose content is never article text.
bool skipped_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_MATH: case GUMBO_TAG_OBJECT: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

// Elements that start and end a paragraph.
bool block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_BR:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_HR: case GUMBO_TAG_ADDRESS:
      return true;
    default:
      return false;
  }
}

std::string_view attr(const GumboNode* n, const char* name) {
  if (n->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a && a->value ? std::string_view(a->value) : std::string_view();
}

std::string lower(std::string_view s) {
  std::string out;
  for (char c : s) out += internal::ascii_lower(c);
  return out;
}

// Boxes around a story, named by their class or id.
bool junk_box(const GumboNode* n) {
  static constexpr std::array<std::string_view, 11> kWords = {
      "share", "social", "related", "newsletter", "advert", "cookie", "promo", "breadcrumb",
      "subscribe", "caption", "sidebar"};
  if (gumbo_get_attribute(&n->v.element.attributes, "hidden")) return true;
  if (lower(attr(n, "aria-hidden")) == "true") return true;
  std::string style = lower(attr(n, "style"));
  if (style.find("display:none") != std::string::npos || style.find("display: none") != std::string::npos) {
    return true;
  }
  std::string names = lower(attr(n, "class")) + " " + lower(attr(n, "id"));
  for (std::string_view w : kWords) {
    if (names.find(w) != std::string::npos) return true;
  }
  return false;
}

const GumboVector* children(const GumboNode* n) {
  if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) return &n->v.element.children;
  if (n->type == GUMBO_NODE_DOCUMENT) return &n->v.document.children;
  return nullptr;
}

// Calls visit(node) for every node in document order; a false return skips the
// node's children. Iterative, so deep nesting cannot overflow the stack.
template <class Visit>
void walk(const GumboNode* root, Visit&& visit) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!visit(n)) continue;
    if (const GumboVector* c = children(n)) {
      for (unsigned i = c->length; i > 0; --i) stack.push_back(static_cast<const GumboNode*>(c->data[i - 1]));
    }
  }
}

// Appends text with runs of whitespace collapsed to one space.
void append_collapsed(std::string_view text, std::string* out) {
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
    if (space) {
      if (!out->empty() && out->back() != ' ') *out += ' ';
    } else {
      *out += c;
    }
  }
}

// The text of an element, whitespace collapsed, with nothing skipped.
std::string plain_text(const GumboNode* root) {
  std::string out;
  walk(root, [&out](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      append_collapsed(n->v.text.text, &out);
    }
    return true;
  });
  return std::string(trim(out));
}

// The readable paragraphs of `root`, one per line.
std::string body_text(const GumboNode* root) {
  std::string out, paragraph;
  auto flush = [&] {
    std::string_view p = trim(paragraph);
    if (!p.empty()) {
      out.append(p);
      out += '\n';
    }
    paragraph.clear();
  };
  // An explicit stack of (node, entered) so block ends flush too.
  std::vector<std::pair<const GumboNode*, bool>> stack{{root, false}};
  while (!stack.empty()) {
    auto [n, entered] = stack.back();
    stack.pop_back();
    if (entered) {
      flush();
      continue;
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
      append_collapsed(n->v.text.text, &paragraph);
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    GumboTag tag = n->v.element.tag;
    if (n != root && (skipped_tag(tag) || junk_box(n))) continue;
    bool block = block_tag(tag);
    if (block) {
      flush();
      stack.push_back({n, true});
    }
    const GumboVector* c = children(n);
    for (unsigned i = c->length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(c->data[i - 1]), false});
    }
  }
  flush();
  return out;
}

// "datePublished" anywhere in a JSON-LD value (objects, arrays, @graph), to a
// bounded depth.
std::string json_ld_date(const nlohmann::json& j, int depth) {
  if (depth > 20) return "";
  if (j.is_object()) {
    auto it = j.find("datePublished");
    if (it != j.end() && it->is_string()) {
      std::string d = iso_date_prefix(it->get<std::string>());
      if (!d.empty()) return d;
    }
  }
  if (j.is_object() || j.is_array()) {
    for (const auto& v : j) {
      std::string d = json_ld_date(v, depth + 1);
      if (!d.empty()) return d;
    }
  }
  return "";
}

struct Metadata {
  std::string title, og_title, h1, url, og_url, site;
  std::string meta_date, time_date, json_ld;
  std::vector<const GumboNode*> articles, mains, bodies, item_bodies;
};

void read_meta(const GumboNode* n, Metadata* m) {
  std::string key = lower(!attr(n, "property").empty() ? attr(n, "property")
                          : !attr(n, "name").empty()   ? attr(n, "name")
                                                       : attr(n, "itemprop"));
  std::string_view content = attr(n, "content");
  if (key == "og:title" && m->og_title.empty()) m->og_title = std::string(trim(content));
  if (key == "og:url" && m->og_url.empty()) m->og_url = std::string(trim(content));
  if (key == "og:site_name" && m->site.empty()) m->site = std::string(trim(content));
  static constexpr std::array<std::string_view, 9> kDateKeys = {
      "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
      "publish-date", "dc.date.issued", "dcterms.created", "date"};
  for (std::string_view k : kDateKeys) {
    if (key == k && m->meta_date.empty()) m->meta_date = written_date(trim(content));
  }
}

Metadata read_metadata(const GumboNode* root) {
  Metadata m;
  walk(root, [&m](const GumboNode* n) {
    if (n->type != GUMBO_NODE_ELEMENT) return true;
    switch (n->v.element.tag) {
      case GUMBO_TAG_TITLE:
        if (m.title.empty()) m.title = plain_text(n);
        return false;
      case GUMBO_TAG_H1:
        if (m.h1.empty()) m.h1 = plain_text(n);
        break;
      case GUMBO_TAG_META:
        read_meta(n, &m);
        break;
      case GUMBO_TAG_LINK:
        if (lower(attr(n, "rel")) == "canonical" && m.url.empty()) m.url = std::string(trim(attr(n, "href")));
        break;
      case GUMBO_TAG_TIME:
        if (m.time_date.empty()) m.time_date = written_date(trim(attr(n, "datetime")));
        break;
      case GUMBO_TAG_SCRIPT:
        if (lower(attr(n, "type")) == "application/ld+json" && m.json_ld.empty()) {
          const GumboVector* c = children(n);
          std::string script;
          for (unsigned i = 0; i < c->length; ++i) {
            const GumboNode* t = static_cast<const GumboNode*>(c->data[i]);
            if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) script += t->v.text.text;
          }
          m.json_ld = json_ld_date(nlohmann::json::parse(script, nullptr, false), 0);
        }
        return false;
      case GUMBO_TAG_ARTICLE: m.articles.push_back(n); break;
      case GUMBO_TAG_MAIN: m.mains.push_back(n); break;
      case GUMBO_TAG_BODY: m.bodies.push_back(n); break;
      default: break;
    }
    if (lower(attr(n, "itemprop")) == "articlebody") m.item_bodies.push_back(n);
    return true;
  });
  return m;
}

// The longest body text among the candidates.
std::string best_body(const std::vector<const GumboNode*>& candidates) {
  std::string best;
  for (const GumboNode* n : candidates) {
    std::string t = body_text(n);
    if (t.size() > best.size()) best = std::move(t);
  }
  return best;
}

// A rough nesting depth (open minus close tags, auto-closing ones not counted):
// gumbo frees its tree recursively, so absurd nesting is refused before parsing.
std::size_t nesting_estimate(std::string_view html) {
  static constexpr std::array<std::string_view, 23> kNotNesting = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "td", "tr", "th", "dt", "dd", "option", "!"};
  std::size_t depth = 0, max_depth = 0;
  for (std::size_t i = 0; i + 1 < html.size(); ++i) {
    if (html[i] != '<') continue;
    if (html[i + 1] == '/') {
      if (depth > 0) --depth;
      continue;
    }
    std::size_t end = i + 1;
    while (end < html.size() && internal::is_ascii_alnum(html[end])) ++end;
    if (end == i + 1) continue;
    std::string name = lower(html.substr(i + 1, end - i - 1));
    bool flat = false;
    for (std::string_view v : kNotNesting) flat = flat || name == v;
    if (!flat) max_depth = std::max(max_depth, ++depth);
  }
  return max_depth;
}

}  // namespace

HtmlPage extract_html(std::string_view html) {
  HtmlPage page;
  constexpr std::size_t kMaxNesting = 20000;
  if (nesting_estimate(html) > kMaxNesting) return page;  // the caller reports an empty page
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not kept: they are many and unused
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  if (out == nullptr) return page;
  Metadata m = read_metadata(out->root);
  page.title = !m.title.empty() ? m.title : !m.og_title.empty() ? m.og_title : m.h1;
  page.url = !m.url.empty() ? m.url : m.og_url;
  page.site = m.site;
  page.date = !m.meta_date.empty() ? m.meta_date : !m.time_date.empty() ? m.time_date : m.json_ld;
  std::string body = best_body(m.articles);
  if (body.empty()) body = best_body(m.item_bodies);
  if (body.empty()) body = best_body(m.mains);
  if (body.empty()) body = best_body(m.bodies);
  gumbo_destroy_output(&options, out);
  CleanedText cleaned = drop_boilerplate(body);
  if (page.date.empty()) page.date = cleaned.date;
  page.dropped = cleaned.dropped;
  // One paragraph per line becomes paragraphs separated by blank lines.
  for (std::string_view line : split_any(cleaned.text, "\n")) {
    if (trim(line).empty()) continue;
    if (!page.text.empty()) page.text += "\n\n";
    page.text.append(line);
  }
  return page;
}

}  // namespace parley
