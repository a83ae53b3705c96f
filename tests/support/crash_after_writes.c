/* Test support (LD_PRELOAD): a process that dies by SIGKILL in the middle of its writes to a
 * file, at a chosen write, so that a test can crash a scan at every kind of instant of its
 * flushes, not only at the instants a timer happens to hit (docs/reliability.md).
 *
 * Only writes (pwrite, pwrite64, write) to files whose path contains GMSB_CRASH_MATCH (default
 * ".h5") are counted.
 *   GMSB_CRASH_AT_WRITE=N   the N-th counted write (1-based) is the last: the process then kills
 *                           itself with SIGKILL (0 or unset: never)
 *   GMSB_CRASH_TORN=1       the N-th write is torn: only its bytes up to the first 4096-byte page
 *                           boundary of the file reach the file (what a SIGKILL between two pages
 *                           of one write leaves); a write within one page is whole
 *   GMSB_CRASH_COUNT_FILE=P the number of counted writes is written to P at exit (calibration)
 *
 *   LD_PRELOAD=libgmsb_crash_after_writes.so GMSB_CRASH_AT_WRITE=120 gmsb scan ...
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static atomic_long counted;
static long crash_at = -1;
static int torn = 0;
static const char* match = ".h5";

static ssize_t (*real_pwrite)(int, const void*, size_t, off_t);
static ssize_t (*real_pwrite64)(int, const void*, size_t, off64_t);
static ssize_t (*real_write)(int, const void*, size_t);

static void report_count(void) {
  const char* path = getenv("GMSB_CRASH_COUNT_FILE");
  if (!path) return;
  FILE* f = fopen(path, "w");
  if (!f) return;
  fprintf(f, "%ld\n", (long)atomic_load(&counted));
  fclose(f);
}

__attribute__((constructor)) static void init(void) {
  real_pwrite = (ssize_t(*)(int, const void*, size_t, off_t))dlsym(RTLD_NEXT, "pwrite");
  real_pwrite64 = (ssize_t(*)(int, const void*, size_t, off64_t))dlsym(RTLD_NEXT, "pwrite64");
  real_write = (ssize_t(*)(int, const void*, size_t))dlsym(RTLD_NEXT, "write");
  const char* n = getenv("GMSB_CRASH_AT_WRITE");
  if (n && atol(n) > 0) crash_at = atol(n);
  const char* t = getenv("GMSB_CRASH_TORN");
  torn = t && t[0] == '1';
  const char* m = getenv("GMSB_CRASH_MATCH");
  if (m && m[0]) match = m;
  if (getenv("GMSB_CRASH_COUNT_FILE")) atexit(report_count);
}

/* Whether fd is an open file whose path contains `match`. */
static int watched(int fd) {
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) return 0;
  path[n] = '\0';
  return strstr(path, match) != NULL;
}

/* How many of `size` bytes at `offset` the crashing write lets through. */
static size_t torn_size(size_t size, off_t offset) {
  if (!torn) return size;
  const off_t next_page = (offset / 4096 + 1) * 4096;
  return (off_t)(offset + size) > next_page ? (size_t)(next_page - offset) : size;
}

/* Counts the write; at the crash write, lets its (torn) bytes through with `put`, then dies. */
#define INTERCEPT(call_real, fd, size, offset)                         \
  do {                                                                 \
    if (crash_at > 0 && watched(fd)) {                                 \
      const long k = atomic_fetch_add(&counted, 1) + 1;                \
      if (k == crash_at) {                                             \
        const size_t part = torn_size(size, offset);                   \
        call_real(part);                                               \
        kill(getpid(), SIGKILL);                                       \
        pause();                                                       \
      }                                                                \
    } else if (crash_at <= 0 && getenv("GMSB_CRASH_COUNT_FILE") && watched(fd)) { \
      atomic_fetch_add(&counted, 1);                                   \
    }                                                                  \
  } while (0)

ssize_t pwrite(int fd, const void* buf, size_t size, off_t offset) {
#define CALL(n) real_pwrite(fd, buf, n, offset)
  INTERCEPT(CALL, fd, size, offset);
#undef CALL
  return real_pwrite(fd, buf, size, offset);
}

ssize_t pwrite64(int fd, const void* buf, size_t size, off64_t offset) {
#define CALL(n) real_pwrite64(fd, buf, n, offset)
  INTERCEPT(CALL, fd, size, offset);
#undef CALL
  return real_pwrite64(fd, buf, size, offset);
}

ssize_t write(int fd, const void* buf, size_t size) {
  off_t at = 0;
  if (crash_at > 0 && torn) at = lseek(fd, 0, SEEK_CUR);
#define CALL(n) real_write(fd, buf, n)
  INTERCEPT(CALL, fd, size, at);
#undef CALL
  return real_write(fd, buf, size);
}
