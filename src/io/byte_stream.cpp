#include "io/byte_stream.h"

#include <sys/stat.h>
#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>

namespace parley {
namespace {

constexpr std::size_t kChunk = 64 * 1024;

}  // namespace

std::string_view compression_name(Compression c) {
  switch (c) {
    case Compression::kGzip: return "gzip";
    case Compression::kZstd: return "zstd";
    case Compression::kNone: break;
  }
  return "";
}

Compression detect_compression(std::string_view head) {
  if (head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
      static_cast<unsigned char>(head[1]) == 0x8b) {
    return Compression::kGzip;
  }
  if (head.size() >= 4 && head.substr(0, 4) == std::string_view("\x28\xb5\x2f\xfd", 4)) {
    return Compression::kZstd;
  }
  return Compression::kNone;
}

// Turns compressed bytes into decoded ones, one call at a time.
class Decoder {
 public:
  virtual ~Decoder() = default;
  // Decodes from in[*in_pos, in_len) into out; advances *in_pos; the count of
  // bytes written, or a Corruption Status.
  virtual Result<std::size_t> decode(const char* in, std::size_t in_len, std::size_t* in_pos,
                                     char* out, std::size_t out_cap) = 0;
  // True between two frames (members): the input may end cleanly here.
  virtual bool at_boundary() const = 0;
};

namespace {

class GzipDecoder : public Decoder {
 public:
  GzipDecoder() {
    std::memset(&zs_, 0, sizeof zs_);
    ok_ = inflateInit2(&zs_, 15 + 16) == Z_OK;  // 16: gzip header and trailer
  }
  ~GzipDecoder() override { inflateEnd(&zs_); }

  Result<std::size_t> decode(const char* in, std::size_t in_len, std::size_t* in_pos, char* out,
                             std::size_t out_cap) override {
    if (!ok_) return Status::corruption("cannot start the gzip decoder");
    if (boundary_ && *in_pos < in_len) {  // another member follows (concatenated gzip)
      inflateReset(&zs_);
      boundary_ = false;
    }
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in + *in_pos));
    zs_.avail_in = static_cast<uInt>(in_len - *in_pos);
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = static_cast<uInt>(out_cap);
    int rc = inflate(&zs_, Z_NO_FLUSH);
    *in_pos = in_len - zs_.avail_in;
    std::size_t produced = out_cap - zs_.avail_out;
    if (rc == Z_STREAM_END) {
      boundary_ = true;
    } else if (rc != Z_OK && !(rc == Z_BUF_ERROR && produced == 0)) {
      return Status::corruption(std::string("corrupt gzip data (") + (zs_.msg ? zs_.msg : "zlib error") + ")");
    }
    return produced;
  }
  bool at_boundary() const override { return boundary_; }

 private:
  z_stream zs_;
  bool ok_ = false;
  bool boundary_ = false;
};

class ZstdDecoder : public Decoder {
 public:
  ZstdDecoder() : ds_(ZSTD_createDStream()) {}
  ~ZstdDecoder() override { ZSTD_freeDStream(ds_); }

  Result<std::size_t> decode(const char* in, std::size_t in_len, std::size_t* in_pos, char* out,
                             std::size_t out_cap) override {
    if (ds_ == nullptr) return Status::corruption("cannot start the zstd decoder");
    ZSTD_inBuffer input{in, in_len, *in_pos};
    ZSTD_outBuffer output{out, out_cap, 0};
    std::size_t rc = ZSTD_decompressStream(ds_, &output, &input);
    *in_pos = input.pos;
    if (ZSTD_isError(rc)) {
      return Status::corruption(std::string("corrupt zstd data (") + ZSTD_getErrorName(rc) + ")");
    }
    boundary_ = rc == 0;  // a frame is complete and flushed
    return output.pos;
  }
  bool at_boundary() const override { return boundary_; }

 private:
  ZSTD_DStream* ds_;
  bool boundary_ = true;
};

}  // namespace

Result<std::unique_ptr<ByteStream>> ByteStream::open(const std::string& path, const std::string& name) {
  std::unique_ptr<ByteStream> s(new ByteStream());
  s->name_ = name;
  if (path == "-") {
    s->file_ = stdin;
    return s;
  }
  s->file_ = std::fopen(path.c_str(), "rb");
  if (s->file_ == nullptr) return Status::io_error(name + ": cannot open: " + std::strerror(errno));
  s->owns_file_ = true;
  struct stat st;
  if (fstat(fileno(s->file_), &st) == 0 && S_ISREG(st.st_mode)) {
    s->raw_size_ = static_cast<std::uint64_t>(st.st_size);
  }
  return s;
}

std::unique_ptr<ByteStream> ByteStream::from_string(std::string bytes, const std::string& name) {
  std::unique_ptr<ByteStream> s(new ByteStream());
  s->name_ = name;
  s->raw_size_ = bytes.size();
  s->memory_ = std::move(bytes);
  s->from_memory_ = true;
  return s;
}

ByteStream::~ByteStream() {
  if (owns_file_ && file_ != nullptr) std::fclose(file_);
}

Result<std::size_t> ByteStream::read_raw(char* buf, std::size_t n) {
  std::size_t got = 0;
  if (from_memory_) {
    got = std::min(n, memory_.size() - memory_pos_);
    std::memcpy(buf, memory_.data() + memory_pos_, got);
    memory_pos_ += got;
  } else {
    got = std::fread(buf, 1, n, file_);
    if (got == 0 && std::ferror(file_)) {
      return Status::io_error(name_ + ": read error: " + std::strerror(errno));
    }
  }
  raw_consumed_ += got;
  return got;
}

Result<std::size_t> ByteStream::read_decoded(char* buf, std::size_t n) {
  if (!detected_) {
    detected_ = true;
    in_buf_.resize(kChunk);
    // Fill enough of the buffer to see the magic bytes even from a pipe.
    while (in_len_ < 4) {
      Result<std::size_t> got = read_raw(in_buf_.data() + in_len_, kChunk - in_len_);
      if (!got.ok()) return got.status();
      if (*got == 0) {
        raw_end_ = true;
        break;
      }
      in_len_ += *got;
    }
    compression_ = detect_compression(std::string_view(in_buf_.data(), in_len_));
    if (compression_ == Compression::kGzip) decoder_ = std::make_unique<GzipDecoder>();
    if (compression_ == Compression::kZstd) decoder_ = std::make_unique<ZstdDecoder>();
  }
  if (!decoder_) {
    if (in_pos_ < in_len_) {
      std::size_t k = std::min(n, in_len_ - in_pos_);
      std::memcpy(buf, in_buf_.data() + in_pos_, k);
      in_pos_ += k;
      return k;
    }
    if (raw_end_) return std::size_t{0};
    return read_raw(buf, n);
  }
  for (;;) {
    if (in_pos_ == in_len_ && !output_pending_) {
      if (!raw_end_) {
        Result<std::size_t> got = read_raw(in_buf_.data(), kChunk);
        if (!got.ok()) return got.status();
        in_pos_ = 0;
        in_len_ = *got;
        raw_end_ = *got == 0;
      }
      if (raw_end_) {
        if (decoder_->at_boundary()) return std::size_t{0};
        return Status::corruption(name_ + ": truncated " + std::string(compression_name(compression_)) +
                                  " data: the input ends inside a compressed block");
      }
    }
    Result<std::size_t> produced = decoder_->decode(in_buf_.data(), in_len_, &in_pos_, buf, n);
    if (!produced.ok()) return Status::corruption(name_ + ": " + produced.status().message());
    output_pending_ = *produced == n;
    if (*produced > 0) return produced;
  }
}

Result<std::size_t> ByteStream::read(char* buf, std::size_t n) {
  if (peeked_pos_ < peeked_.size()) {
    std::size_t k = std::min(n, peeked_.size() - peeked_pos_);
    std::memcpy(buf, peeked_.data() + peeked_pos_, k);
    peeked_pos_ += k;
    if (peeked_pos_ == peeked_.size()) {
      peeked_.clear();
      peeked_pos_ = 0;
    }
    return k;
  }
  return read_decoded(buf, n);
}

Result<std::string_view> ByteStream::peek(std::size_t n) {
  char chunk[4096];
  while (peeked_.size() - peeked_pos_ < n) {
    Result<std::size_t> got = read_decoded(chunk, std::min(sizeof chunk, n - (peeked_.size() - peeked_pos_)));
    if (!got.ok()) return got.status();
    if (*got == 0) break;
    peeked_.append(chunk, *got);
  }
  std::string_view view(peeked_);
  return view.substr(peeked_pos_, n);
}

bool LineReader::fill() {
  if (done_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  std::size_t old = buf_.size();
  buf_.resize(old + kChunk);
  Result<std::size_t> got = in_->read(buf_.data() + old, kChunk);
  if (!got.ok()) {
    buf_.resize(old);
    error_ = got.status();
    done_ = true;
    return false;
  }
  buf_.resize(old + *got);
  if (*got == 0) done_ = true;
  return *got > 0;
}

LineReader::Kind LineReader::next(std::string* line) {
  line->clear();
  bool too_long = false;
  std::size_t scanned = pos_;  // where to look for '\n' next
  for (;;) {
    std::size_t nl = buf_.find('\n', scanned);
    if (nl != std::string::npos) {
      ++line_number_;
      too_long = too_long || nl - pos_ > max_line_;
      if (!too_long) {
        std::size_t end = nl;
        if (end > pos_ && buf_[end - 1] == '\r') --end;
        line->assign(buf_, pos_, end - pos_);
      }
      pos_ = nl + 1;
      return too_long ? Kind::kTooLong : Kind::kLine;
    }
    if (buf_.size() - pos_ > max_line_) {  // drop what is held of the overlong line
      too_long = true;
      buf_.clear();
      pos_ = 0;
    }
    scanned = buf_.size() - pos_;  // fill() moves the held bytes to the front
    if (!fill()) {
      if (!error_.ok()) return Kind::kError;
      if (pos_ == buf_.size() && !too_long) return Kind::kEnd;
      ++line_number_;  // a last line without '\n'
      too_long = too_long || buf_.size() - pos_ > max_line_;
      if (!too_long) {
        std::size_t end = buf_.size();
        if (end > pos_ && buf_[end - 1] == '\r') --end;
        line->assign(buf_, pos_, end - pos_);
      }
      pos_ = buf_.size();
      return too_long ? Kind::kTooLong : Kind::kLine;
    }
  }
}

Result<std::string> read_all(ByteStream* in, std::size_t max_bytes) {
  std::string out;
  char chunk[kChunk];
  for (;;) {
    Result<std::size_t> got = in->read(chunk, sizeof chunk);
    if (!got.ok()) return got.status();
    if (*got == 0) return out;
    if (out.size() + *got > max_bytes) {
      return Status::invalid_argument(in->name() + ": larger than the " +
                                      std::to_string(max_bytes >> 20) + " MiB cap for one input (skipped)");
    }
    out.append(chunk, *got);
  }
}

}  // namespace parley
