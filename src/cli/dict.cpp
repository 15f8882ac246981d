// `parley dict lint [--dicts DIR]`: check a dictionary folder for duplicates,
// conflicting codes, unknown event codes, patterns that can never match and
// overlapping date ranges (src/dict/lint.h). Prints one "file:line: problem"
// per finding; exits 1 when there is any, 0 when the folder is clean.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/commands.h"
#include "cli/dict_options.h"
#include "dict/lint.h"

namespace parley::cli {
namespace {

struct LintArgs {
  std::string dir;
};

// The files `parley code --dicts DIR` would load; optional files that are absent are left out.
LintFiles files_in(const std::string& dir) {
  DictOptions options;
  options.dir = dir;
  DictionaryFiles resolved = options.resolve(nullptr);
  auto present = [](const std::string& path) { return std::filesystem::exists(path) ? path : std::string(); };
  LintFiles files;
  files.verbs = resolved.verbs;
  files.actors = resolved.actors;
  files.agents = resolved.agents;
  files.discards = present(resolved.discards);
  files.issues = present(resolved.issues);
  return files;
}

int run(const LintArgs& args) {
  if (!std::filesystem::is_directory(args.dir)) {
    std::cerr << "error: " << args.dir << " is not a folder\n";
    return 2;
  }
  LintFiles files = files_in(args.dir);
  Diagnostics findings = lint_dictionaries(files);
  for (const Diagnostic& d : findings) std::cout << d.to_string() << "\n";
  std::size_t count = files.actors.size() + !files.verbs.empty() + !files.agents.empty() +
                      !files.discards.empty() + !files.issues.empty();
  std::cerr << findings.size() << " problem" << (findings.size() == 1 ? "" : "s") << " in " << count
            << " dictionary files of " << args.dir << "\n";
  return findings.empty() ? 0 : 1;
}

const Registrar kRegister([](CLI::App& app) {
  CLI::App* dict = app.add_subcommand("dict", "Dictionary tools");
  dict->require_subcommand(1);
  auto args = std::make_shared<LintArgs>();
  args->dir = default_dict_dir();
  CLI::App* lint = dict->add_subcommand(
      "lint", "Report duplicate entries, conflicting or unknown codes, patterns that can never match and "
              "overlapping date ranges as file:line: problem (exit 1 when there are any)");
  lint->add_option("--dicts", args->dir, "Dictionary folder, read as `parley code --dicts` reads it")
      ->capture_default_str();
  lint->callback([args] { exit_code() = run(*args); });
});

}  // namespace
}  // namespace parley::cli
