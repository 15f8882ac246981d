// parley's one error policy: library code never throws. A function that can fail
// returns a Status (or a Result<T>, a value or a Status). Recoverable problems
// met while reading outside input (a bad dictionary line, a record that cannot be
// parsed) are collected as Diagnostics and the reader carries on.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace parley {

enum class StatusCode { kOk, kInvalidArgument, kNotFound, kCorruption, kIOError };

class Status {
 public:
  Status() = default;
  static Status ok_status() { return Status(); }
  static Status invalid_argument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status not_found(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status io_error(std::string msg) { return {StatusCode::kIOError, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  Status(StatusCode code, std::string msg) : code_(code), message_(std::move(msg)) {}
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// A value or the Status saying why there is none.
template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT: implicit by design

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;  // ok when value_ is set
};

// One problem found in outside input: "file:line: message".
struct Diagnostic {
  std::string file;
  int line = 0;  // 1-based; 0 when the problem has no line
  std::string message;

  std::string to_string() const {
    std::string out = file;
    if (line > 0) out += ":" + std::to_string(line);
    return out + ": " + message;
  }
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace parley
