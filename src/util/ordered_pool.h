// A pool of worker threads that processes items in any order and hands the
// results back in submission order, on the submitting thread. At most
// `max_in_flight` items, and items of at most `max_weight` in all (a weight is
// what the caller says an item costs, e.g. its bytes; one item alone may weigh
// more), are queued or held at once: submit blocks until there is room. So
// memory stays bounded however many items pass through. With one thread, items
// are processed inline, with no worker thread at all.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace parley {

template <class In, class Out>
class OrderedPool {
 public:
  using Work = std::function<Out(In&&)>;  // runs on a worker thread; must be thread-safe
  using Emit = std::function<void(Out&&)>;  // runs on the thread that calls submit/finish

  OrderedPool(int threads, std::size_t max_in_flight, std::size_t max_weight, Work work, Emit emit)
      : work_(std::move(work)), emit_(std::move(emit)),
        max_in_flight_(max_in_flight < 1 ? 1 : max_in_flight), max_weight_(max_weight) {
    if (threads <= 1) return;
    for (int i = 0; i < threads; ++i) workers_.emplace_back([this] { run_worker(); });
  }
  ~OrderedPool() { finish(); }
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  void submit(In item, std::size_t weight = 0) {
    if (workers_.empty()) {
      emit_(work_(std::move(item)));
      return;
    }
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      emit_ready(&lock);
      bool idle = next_seq_ == next_emit_;
      if (idle || (next_seq_ - next_emit_ < max_in_flight_ && weight_ + weight <= max_weight_)) break;
      done_cv_.wait(lock);
    }
    weights_.push_back(weight);
    weight_ += weight;
    queue_.emplace_back(next_seq_++, std::move(item));
    work_cv_.notify_one();
    emit_ready(&lock);
  }

  // Waits for every submitted item and emits the remaining results.
  void finish() {
    if (workers_.empty()) return;
    {
      std::unique_lock<std::mutex> lock(mu_);
      for (;;) {
        emit_ready(&lock);
        if (next_emit_ == next_seq_) break;
        done_cv_.wait(lock);
      }
      stop_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

 private:
  // Emits the results that are next in order; the lock is released around emit_.
  void emit_ready(std::unique_lock<std::mutex>* lock) {
    for (auto it = results_.find(next_emit_); it != results_.end(); it = results_.find(next_emit_)) {
      Out out = std::move(it->second);
      results_.erase(it);
      lock->unlock();
      emit_(std::move(out));
      lock->lock();
      ++next_emit_;
      weight_ -= weights_.front();
      weights_.pop_front();
    }
  }

  void run_worker() {
    std::unique_lock<std::mutex> lock(mu_);
    for (;;) {
      work_cv_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping
      auto [seq, item] = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      Out out = work_(std::move(item));
      lock.lock();
      results_.emplace(seq, std::move(out));
      done_cv_.notify_all();
    }
  }

  Work work_;
  Emit emit_;
  std::size_t max_in_flight_;
  std::size_t max_weight_;
  std::deque<std::size_t> weights_;  // of the items in flight, in submission order
  std::size_t weight_ = 0;           // their sum
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::deque<std::pair<std::uint64_t, In>> queue_;
  std::map<std::uint64_t, Out> results_;
  std::uint64_t next_seq_ = 0;   // of the next submitted item
  std::uint64_t next_emit_ = 0;  // of the next result to emit
  bool stop_ = false;
};

}  // namespace parley
