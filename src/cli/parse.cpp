// `parley parse [FILE...]`: raw text (one document per file) or JSON Lines
// (`id` and `text` per line) in, CoNLL-U out, with # newdoc id, # sent_id,
// # text and the character offsets of every token in MISC (TokenRange).
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/commands.h"
#include "cli/model_option.h"
#include "io/conllu.h"
#include "text/tokenizer.h"
#include "util/file.h"

namespace parley::cli {
namespace {

struct ParseArgs {
  std::vector<std::string> files;
  std::string model;
  std::string input = "text";
  std::string out;
};

void write_document(const NlpModel& model, const std::string& doc_id, std::string_view text,
                    std::ostream& out) {
  out << "# newdoc id = " << doc_id << "\n";
  int n = 0;
  // Sentence by sentence, so memory stays bounded whatever the text's size.
  const auto annotate_and_write = [&](Sentence&& s) {
    model.annotate(&s);
    s.id = doc_id + "-" + std::to_string(++n);
    out << write_conllu(s) << "\n";
  };
  for_each_sentence(text, 0, annotate_and_write, model.sentence_model());
}

// One JSON object per line with "text" (and "id"); bad lines are reported by
// file and line and skipped.
bool parse_jsonl(const NlpModel& model, const std::string& name, const std::string& content,
                 std::ostream& out) {
  std::istringstream in(content);
  std::string line;
  int line_no = 0;
  bool ok = true;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
      std::cerr << "error: " << name << ":" << line_no << ": expected a JSON object with a string \"text\"\n";
      ok = false;
      continue;
    }
    std::string id = j.contains("id") && j["id"].is_string() ? j["id"].get<std::string>()
                                                              : name + ":" + std::to_string(line_no);
    write_document(model, id, j["text"].get<std::string>(), out);
  }
  return ok;
}

int run(const ParseArgs& args) {
  Result<NlpModel> model = load_model(args.model);
  if (!model.ok()) {
    std::cerr << "error: " << model.status().message() << "\n";
    return 1;
  }
  std::ofstream file;
  if (!args.out.empty()) file.open(args.out, std::ios::binary | std::ios::trunc);
  std::ostream& out = args.out.empty() ? std::cout : file;
  std::vector<std::string> files = args.files.empty() ? std::vector<std::string>{"-"} : args.files;
  bool ok = true;
  for (const std::string& f : files) {
    Result<std::string> content = f == "-" ? read_stream(std::cin, "<stdin>") : read_file(f);
    if (!content.ok()) {
      std::cerr << "error: " << content.status().message() << "\n";
      ok = false;
      continue;
    }
    std::string name = f == "-" ? "stdin" : f;
    if (args.input == "jsonl") {
      ok = parse_jsonl(*model, name, *content, out) && ok;
    } else {
      write_document(*model, name, *content, out);
    }
  }
  out.flush();
  if (!out) {
    std::cerr << "error: cannot write " << (args.out.empty() ? "standard output" : args.out) << "\n";
    return 1;
  }
  return ok ? 0 : 1;
}

const Registrar kRegister([](CLI::App& app) {
  auto args = std::make_shared<ParseArgs>();
  CLI::App* cmd = app.add_subcommand("parse", "Tokenize, tag, lemmatize and parse raw text into CoNLL-U");
  cmd->add_option("files", args->files, "Text files (one document each) or JSON Lines; '-' or none: stdin");
  add_model_option(cmd, &args->model);
  cmd->add_option("--input", args->input, "text (default) or jsonl (an object with \"text\" and \"id\" per line)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->add_option("-o,--out", args->out, "Write the CoNLL-U here instead of stdout");
  cmd->callback([args] { exit_code() = run(*args); });
});

}  // namespace
}  // namespace parley::cli
