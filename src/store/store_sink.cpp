#include "store/store_sink.h"

namespace parley {
namespace {

class StoreSink : public DocumentSink {
 public:
  explicit StoreSink(std::unique_ptr<StoreWriter> writer) : writer_(std::move(writer)) {}
  Status write(const CodedDocument& doc) override { return writer_->write(doc); }
  Status finish() override { return writer_->commit(); }

 private:
  std::unique_ptr<StoreWriter> writer_;
};

}  // namespace

Result<std::unique_ptr<DocumentSink>> make_store_sink(const std::string& path,
                                                      const StoreWriterOptions& options) {
  Result<std::unique_ptr<StoreWriter>> writer = StoreWriter::open(path, options);
  if (!writer.ok()) return writer.status();
  return std::unique_ptr<DocumentSink>(std::make_unique<StoreSink>(std::move(*writer)));
}

}  // namespace parley
