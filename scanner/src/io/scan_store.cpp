// The streaming store of a scan's results (scan_store.hpp).
#include "io/scan_store.hpp"

#include <algorithm>
#include <limits>
#include <stdexcept>

#include "gmsb/status.hpp"
#include "io/scan_file.hpp"

namespace gmsb::scan {

ScanStore::ScanStore(const GridShape& s) : shape(s), done_(s.lines(), 0) {}

void ScanStore::mark_done(std::size_t line) {
  if (done_.at(line)) return;
  done_[line] = 1;
  ++lines_done_;
}

void ScanStore::put_line(std::size_t line, const std::vector<PointResult>& results) {
  if (results.size() != shape.lambda) throw std::logic_error("put_line: wrong number of Lambda values");
  if (line >= shape.lines()) throw std::logic_error("put_line: no such line");
  const std::size_t b = shape.block_of_line(line), nt = shape.lines_in_block(b);
  const std::size_t j = line - shape.first_line_of_block(b);
  const auto& qs = scan_quantities();
  auto it = buffers_.find(b);
  if (it == buffers_.end()) {  // a new buffer: every point not computed
    BlockData d;
    d.block = b;
    d.n_tanb = nt;
    d.fresh.assign(nt, 0);
    d.values.assign(qs.size(), std::vector<double>(shape.lambda * nt, std::numeric_limits<double>::quiet_NaN()));
    d.status.assign(shape.lambda * nt, bit(StatusBit::kNotComputed));
    d.warnings.assign(shape.lambda * nt, 0);
    it = buffers_.emplace(b, std::move(d)).first;
  }
  BlockData& d = it->second;
  for (std::size_t l = 0; l < shape.lambda; ++l) {
    const std::size_t i = l * nt + j;
    for (std::size_t q = 0; q < qs.size(); ++q) d.values[q][i] = qs[q].get(results[l]);
    d.status[i] = results[l].status;
    d.warnings[i] = results[l].warnings;
  }
  d.fresh[j] = 1;
  mark_done(line);
}

bool ScanStore::block_complete(std::size_t b) const {
  const std::size_t first = shape.first_line_of_block(b), nt = shape.lines_in_block(b);
  for (std::size_t j = 0; j < nt; ++j)
    if (!done_[first + j]) return false;
  return true;
}

std::vector<BlockData> ScanStore::take_blocks(bool partial) {
  std::vector<BlockData> out;
  for (auto it = buffers_.begin(); it != buffers_.end();) {
    BlockData& d = it->second;
    bool any = false;
    for (auto f : d.fresh) any = any || f;
    if (block_complete(it->first)) {  // done: hand the buffer over (its fresh lines) and free it
      if (any) out.push_back(std::move(d));
      it = buffers_.erase(it);
      continue;
    }
    const bool whole_only = std::find(whole_only_.begin(), whole_only_.end(), it->first) != whole_only_.end();
    if (partial && any && !whole_only) {  // lines still to come: a copy, and the buffer stays
      out.push_back(d);
      d.fresh.assign(d.n_tanb, 0);
    }
    ++it;
  }
  return out;
}

}  // namespace gmsb::scan
