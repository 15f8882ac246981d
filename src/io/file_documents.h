// The documents of one open input file, one at a time (the per-format readers
// behind InputReader).
#pragma once

#include <cstdint>
#include <memory>

#include "io/byte_stream.h"
#include "io/input_reader.h"

namespace parley {

class FileDocuments {
 public:
  virtual ~FileDocuments() = default;
  virtual bool next(InputDocument* out) = 0;  // false when the file is done
  virtual std::uint64_t raw_consumed() const = 0;
};

// CoNLL-U, streamed sentence by sentence (conllu_documents.cpp): documents start
// at "# newdoc [id = X]"; a document of more than kMaxDocumentSentences
// sentences goes on as "ID/part2", "ID/part3", ... so memory stays bounded.
constexpr std::size_t kMaxDocumentSentences = 10000;
std::unique_ptr<FileDocuments> conllu_documents(std::unique_ptr<ByteStream> in, const InputOptions& options,
                                                const ProblemSink& problems);

}  // namespace parley
