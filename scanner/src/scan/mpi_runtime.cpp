#include "scan/mpi_runtime.hpp"

#include <cstdlib>
#include <initializer_list>

#ifdef GMSB_WITH_MPI
#include <mpi.h>
#endif

namespace gmsb::scan::mpi {

namespace {
int g_rank = 0, g_size = 1;
#ifdef GMSB_WITH_MPI
bool g_active = false;

/// True when a launcher started this process (OpenMPI's mpirun, PMI/PMIx launchers such as srun).
bool launched_by_mpirun() {
  for (const char* v : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK"})
    if (std::getenv(v)) return true;
  return false;
}
#endif
}  // namespace

bool built_with_mpi() {
#ifdef GMSB_WITH_MPI
  return true;
#else
  return false;
#endif
}

int rank() { return g_rank; }
int size() { return g_size; }

void abort(int code) {
#ifdef GMSB_WITH_MPI
  if (g_active) MPI_Abort(MPI_COMM_WORLD, code);
#endif
  std::exit(code);
}

Session::Session(int* argc, char*** argv) {
#ifdef GMSB_WITH_MPI
  if (!launched_by_mpirun()) return;
  int provided = 0;
  MPI_Init_thread(argc, argv, MPI_THREAD_FUNNELED, &provided);
  g_active = true;
  MPI_Comm_rank(MPI_COMM_WORLD, &g_rank);
  MPI_Comm_size(MPI_COMM_WORLD, &g_size);
#else
  (void)argc;
  (void)argv;
#endif
}

Session::~Session() {
#ifdef GMSB_WITH_MPI
  if (g_active) MPI_Finalize();
  g_active = false;
#endif
}

}  // namespace gmsb::scan::mpi
