# The Package.* tests of tests/CMakeLists.txt: run with cmake -DMODE=... -P package_test.cmake.
#   MODE=install    cmake --install the build tree into PREFIX (a fresh temporary prefix in the
#                   build dir) and check the installed layout.
#   MODE=headers    every installed header includes only <system> or "gmsb/..." headers.
#   MODE=cmake      configure + build tests/consumer/ with find_package(gmsb CONFIG) against
#                   PREFIX only (CMAKE_PREFIX_PATH), run it.
#   MODE=pkgconfig  compile tests/consumer/main.cpp with the flags of `pkg-config gmsb`
#                   (PKG_CONFIG_PATH=PREFIX/LIBDIR/pkgconfig), run it.
# Other variables: SOURCE_DIR, BINARY_DIR, PREFIX, WORK, LIBDIR, INCLUDEDIR, BINDIR, SCANNER,
# CXX, CXX_STANDARD, PKG_CONFIG.
cmake_minimum_required(VERSION 3.16)

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "package test (${MODE}): ${what} failed (${rc}): ${ARGN}")
  endif()
endfunction()

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${PREFIX}")
  run("install" "${CMAKE_COMMAND}" --install "${BINARY_DIR}" --prefix "${PREFIX}")
  set(expected
    ${INCLUDEDIR}/gmsb/spectrum_calculator.hpp ${INCLUDEDIR}/gmsb/version.hpp
    ${LIBDIR}/libgmsb.a ${LIBDIR}/pkgconfig/gmsb.pc
    ${LIBDIR}/cmake/gmsb/gmsbConfig.cmake ${LIBDIR}/cmake/gmsb/gmsbConfigVersion.cmake
    ${LIBDIR}/cmake/gmsb/gmsbTargets.cmake)
  if(SCANNER)
    list(APPEND expected ${BINDIR}/gmsb)
  endif()
  foreach(f IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${f}")
      message(FATAL_ERROR "package test: ${f} was not installed into ${PREFIX}")
    endif()
  endforeach()
  # Only include/gmsb/*.hpp (no template, nothing from libgmsb/src), and no installed file
  # may point into the source or build tree (the package must be relocatable and self-contained).
  file(GLOB_RECURSE installed_headers RELATIVE "${PREFIX}/${INCLUDEDIR}" "${PREFIX}/${INCLUDEDIR}/*")
  foreach(h IN LISTS installed_headers)
    if(NOT h MATCHES "^gmsb/[A-Za-z0-9_]+\\.hpp$")
      message(FATAL_ERROR "package test: unexpected installed header ${INCLUDEDIR}/${h}")
    endif()
  endforeach()
  file(GLOB_RECURSE text_files "${PREFIX}/${INCLUDEDIR}/*" "${PREFIX}/${LIBDIR}/cmake/*"
                               "${PREFIX}/${LIBDIR}/pkgconfig/*")
  foreach(f IN LISTS text_files)
    file(READ "${f}" content)
    string(FIND "${content}" "${SOURCE_DIR}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "package test: installed ${f} refers to the source/build tree ${SOURCE_DIR}")
    endif()
  endforeach()
  message(STATUS "installed into ${PREFIX}: ${installed_headers}")

elseif(MODE STREQUAL "headers")
  file(GLOB installed_headers "${PREFIX}/${INCLUDEDIR}/gmsb/*.hpp")
  set(bad "")
  foreach(h IN LISTS installed_headers)
    file(STRINGS "${h}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS includes)
      get_filename_component(name "${h}" NAME)
      set(target "")
      if(line MATCHES "\"(gmsb/[A-Za-z0-9_]+\\.hpp)\"")
        set(target "${CMAKE_MATCH_1}")
      endif()
      if(target STREQUAL "" OR NOT EXISTS "${PREFIX}/${INCLUDEDIR}/${target}")
        string(STRIP "${line}" line)
        list(APPEND bad "gmsb/${name}: ${line}")
      endif()
    endforeach()
  endforeach()
  if(bad)
    string(REPLACE ";" "\n  " bad "${bad}")
    message(FATAL_ERROR "package test: installed public headers include headers that are not installed "
                        "(private libgmsb/src headers):\n  ${bad}")
  endif()
  message(STATUS "every installed header includes only system and gmsb/ headers")

elseif(MODE STREQUAL "cmake")
  set(build "${WORK}/cmake-consumer")
  file(REMOVE_RECURSE "${build}")
  run("configure of the consumer" "${CMAKE_COMMAND}" -S "${SOURCE_DIR}/tests/consumer" -B "${build}"
      "-DCMAKE_PREFIX_PATH=${PREFIX}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
      -DCMAKE_BUILD_TYPE=Release "-DCMAKE_CXX_COMPILER=${CXX}")
  file(STRINGS "${build}/CMakeCache.txt" gmsb_dir REGEX "^gmsb_DIR:")
  string(FIND "${gmsb_dir}" "${PREFIX}/" at)
  if(NOT at GREATER -1)
    message(FATAL_ERROR "package test: the consumer found gmsb outside ${PREFIX}: ${gmsb_dir}")
  endif()
  run("build of the consumer" "${CMAKE_COMMAND}" --build "${build}")
  run("the consumer" "${build}/gmsb_consumer")

elseif(MODE STREQUAL "pkgconfig")
  set(build "${WORK}/pkgconfig-consumer")
  file(REMOVE_RECURSE "${build}")
  file(MAKE_DIRECTORY "${build}")
  set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${LIBDIR}/pkgconfig")
  foreach(kind cflags libs)
    execute_process(COMMAND "${PKG_CONFIG}" --${kind} gmsb RESULT_VARIABLE rc
                    OUTPUT_VARIABLE ${kind} OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "package test: pkg-config --${kind} gmsb failed (PKG_CONFIG_PATH=$ENV{PKG_CONFIG_PATH})")
    endif()
    message(STATUS "pkg-config --${kind} gmsb: ${${kind}}")
    separate_arguments(${kind} UNIX_COMMAND "${${kind}}")
  endforeach()
  run("compile of the consumer" "${CXX}" -std=c++${CXX_STANDARD} -O2
      "${SOURCE_DIR}/tests/consumer/main.cpp" ${cflags} -o "${build}/gmsb_consumer" ${libs})
  run("the consumer" "${build}/gmsb_consumer")

else()
  message(FATAL_ERROR "package_test.cmake: unknown MODE '${MODE}'")
endif()
