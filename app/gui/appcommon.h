// Two small helpers several app files share.
#pragma once

#include "dsl/method.h"
#include "dsl/plane.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace dsl::app {

// Core's method and generator texts (marked with DSL_TR_NOOP, context "dsl"), translated.
inline QString trDsl(const std::string &s)
{
    return QCoreApplication::translate("dsl", s.c_str());
}

// The output index nearest source index `sourceIndex` along an axis mapped by `map`.
inline std::size_t mapIndex(std::size_t sourceIndex, const AxisMap &map, std::size_t extent)
{
    return nearestOutputIndex(sourceIndex, map.origin, map.step, extent);
}

} // namespace dsl::app
