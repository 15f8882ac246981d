// Helpers for the tests that run the `parley` binary: a scratch directory per
// test, running a command with its stdout and stderr captured, reading files.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace parley::testing_cli {

namespace fs = std::filesystem;

inline std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

struct RunResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `parley ARGS` (ARGS as shell words), its output kept in `dir`.
inline RunResult run_parley(const std::string& args, const fs::path& dir) {
  const fs::path out = dir / "stdout.txt";
  const fs::path err = dir / "stderr.txt";
  std::string command = "'" + std::string(PARLEY_BINARY) + "' " + args + " >'" + out.string() + "' 2>'" +
                        err.string() + "'";
  int status = std::system(command.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// A fresh directory per test (tests may run in parallel), removed after it.
class ScratchDir {
 public:
  explicit ScratchDir(const std::string& prefix = "parley_test") {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::temp_directory_path() / (prefix + "_" + std::to_string(getpid()) + "_" +
                                         info->test_suite_name() + "_" + info->name());
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const fs::path& path() const { return path_; }
  operator const fs::path&() const { return path_; }  // NOLINT: used as a path

 private:
  fs::path path_;
};

}  // namespace parley::testing_cli
