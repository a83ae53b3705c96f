#pragma once
/// \file internal_namespaces.hpp
/// Test support: the tests drive the private stages of libgmsb, whose code lives in one namespace
/// per folder (libgmsb/src/<folder>/ -> gmsb::<folder>); this brings them all into namespace gmsb
/// (using-directives are transitive: `using namespace gmsb;` then sees them too).

namespace gmsb::messengers {}
namespace gmsb::rge {}
namespace gmsb::matching {}
namespace gmsb::ewsb {}
namespace gmsb::sparticles {}
namespace gmsb::higgs {}
namespace gmsb::point {}
namespace gmsb::gravitino {}
namespace gmsb::exclusion {}

namespace gmsb {
using namespace gmsb::messengers;
using namespace gmsb::rge;
using namespace gmsb::matching;
using namespace gmsb::ewsb;
using namespace gmsb::sparticles;
using namespace gmsb::higgs;
using namespace gmsb::gravitino;
using namespace gmsb::exclusion;
}  // namespace gmsb
