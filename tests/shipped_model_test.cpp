// The model shipped in data/models/ against its model card: the card's dev-set
// scores (gold tokenization) must be what the committed model really scores, and
// the PETRARCH unit suite coded from raw text (validate --reparse) must pass the
// issue's 75% bar.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "coding/validation.h"
#include "ewt_data.h"
#include "io/petrarch_xml.h"
#include "nlp/evaluation.h"
#include "nlp/pipeline.h"
#include "unit_suite_data.h"

namespace parley {
namespace {

const std::string kModel = std::string(PARLEY_SOURCE_DIR) + "/data/models/en_ewt.parley";
const std::string kCard = std::string(PARLEY_SOURCE_DIR) + "/data/models/README.md";
constexpr double kTolerance = 0.05;  // points; the card rounds to two decimals

// The card's table row "| dev | gold | UPOS | XPOS | lemma | UAS | LAS |" as
// {"UPOS": 95.28, ...}; empty when the card has no such row.
std::map<std::string, double> card_dev_scores() {
  std::ifstream in(kCard);
  std::string line;
  static const char* kNames[] = {"UPOS", "XPOS", "lemma", "UAS", "LAS"};
  while (std::getline(in, line)) {
    if (line.rfind("| dev | gold |", 0) != 0) continue;
    std::map<std::string, double> out;
    std::istringstream cells(line.substr(14));
    std::string cell;
    for (const char* name : kNames) {
      if (!std::getline(cells, cell, '|')) return {};
      out[name] = std::stod(cell);
    }
    return out;
  }
  return {};
}

const NlpModel& shipped_model() {
  static const Result<NlpModel> model = NlpModel::load(kModel);
  EXPECT_TRUE(model.ok()) << model.status().message();
  static const NlpModel empty;
  return model.ok() ? model.value() : empty;
}

TEST(ShippedModelTest, DevScoresMatchTheModelCard) {
  std::map<std::string, double> card = card_dev_scores();
  ASSERT_EQ(card.size(), 5u) << kCard << " has no '| dev | gold | UPOS | XPOS | lemma | UAS | LAS |' row";
  std::vector<Sentence> dev = read_ewt("dev");
  ASSERT_FALSE(dev.empty());
  std::vector<Sentence> predicted;
  for (const Sentence& g : dev) {
    predicted.push_back(strip_annotations(g));
    shipped_model().annotate(&predicted.back());
  }
  AnnotationScores sc = score_annotations(dev, predicted);
  std::map<std::string, double> got = {{"UPOS", sc.percent(sc.upos)}, {"XPOS", sc.percent(sc.xpos)},
                                       {"lemma", sc.percent(sc.lemma)}, {"UAS", sc.percent(sc.uas)},
                                       {"LAS", sc.percent(sc.las)}};
  for (const auto& [name, value] : got) {
    std::printf("dev %s %.2f (card %.2f)\n", name.c_str(), value, card[name]);
    EXPECT_NEAR(value, card[name], kTolerance) << name << ": the model card says " << card[name];
  }
}

TEST(ShippedModelTest, UnitSuiteFromRawTextPassesThreeQuarters) {
  Diagnostics diags;
  Result<PetrarchFile> file = read_petrarch_xml(kSuiteFile, &diags);
  ASSERT_TRUE(file.ok()) << file.status().message();
  for (PetrarchRecord& r : file->records) r.parses = shipped_model().parse_text(r.text);
  Dictionaries dicts = load_suite_dictionaries();
  ValidationReport report = validate(*file, dicts, &diags);
  int scored = report.passed + report.failed;
  std::printf("unit suite with --reparse: %s (%.1f%% of %d scored)\n", report.summary().c_str(),
              100.0 * report.passed / scored, scored);
  EXPECT_GE(report.passed * 4, scored * 3) << report.summary();
}

}  // namespace
}  // namespace parley
