#pragma once
/// \file gmsb.hpp
/// Everything a user of libgmsb calls: the calculator, point input and result, settings, SM
/// inputs, messengers and model variants, status and warning bits, errors, the version.

#include "gmsb/error.hpp"
#include "gmsb/messengers.hpp"
#include "gmsb/model_variants.hpp"
#include "gmsb/mssm_state.hpp"
#include "gmsb/nlsp.hpp"
#include "gmsb/point.hpp"
#include "gmsb/sector_perturbativity.hpp"
#include "gmsb/settings.hpp"
#include "gmsb/sm_inputs.hpp"
#include "gmsb/spectrum_calculator.hpp"
#include "gmsb/status.hpp"
#include "gmsb/version.hpp"
