#pragma once
/// \file mpi_runtime.hpp
/// MPI start-up of the `gmsb` program. One binary works with and without mpirun: MPI is
/// initialised only when the program was built with MPI (CMake option GMSB_WITH_MPI) and runs
/// under a launcher (mpirun, mpiexec or srun set OMPI_COMM_WORLD_SIZE, PMI_SIZE or PMIX_RANK);
/// otherwise size() is 1 and everything runs as a single process.
///
/// \code
///   int main(int argc, char** argv) { gmsb::scan::mpi::Session mpi(&argc, &argv); ... }
/// \endcode

namespace gmsb::scan::mpi {

/// True if the program was built with MPI.
bool built_with_mpi();
/// This process's rank (0 without MPI) and the number of ranks (1 without MPI).
int rank();
int size();
/// Ends every rank at once (MPI_Abort; exit(code) without MPI).
[[noreturn]] void abort(int code);

/// Initialises MPI (MPI_THREAD_FUNNELED: only the main thread calls MPI, OpenMP threads compute)
/// when launched by mpirun/srun, and finalises it on destruction.
class Session {
 public:
  Session(int* argc, char*** argv);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
};

}  // namespace gmsb::scan::mpi
