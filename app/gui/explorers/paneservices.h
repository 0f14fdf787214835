// What the image and volume explorers draw with and the window provides: the display window,
// the shared scales of the signed fields, the k-space scale and cache, the frame shown.
#pragma once

#include "dsl/analysis.h"
#include "dsl/array.h"
#include "dsl/kspace.h"
#include "dsl/plane.h"

#include <QString>

#include <functional>
#include <memory>

namespace dsl::app {

class PaneServices
{
public:
    virtual ~PaneServices() = default;
    virtual ValueWindow displayWindow() const = 0;
    // The colour-scale limit every pane shares for the alias map (false) or output − ideal.
    virtual double signedLimit(bool difference) const = 0;
    virtual double kspaceTopDb() const = 0;
    // The spectrum of the plane `makePlane` gives (run in a job, cached by key); null while it
    // computes (the panes are refreshed when it arrives).
    virtual std::shared_ptr<const KSpace> kspace(
        std::function<std::shared_ptr<const Array>()> makePlane, const QString &key)
        = 0;
    virtual std::size_t frame() const = 0; // of a 4-d scan, in source frames
    virtual std::size_t slice() const = 0; // the source slice shown along the plane's normal
    virtual ValueWindow sourceRange() const = 0; // min/max of the source
    virtual double roundTripLimit() const = 0; // the round-trip view's shared scale
    // The effective kernel of a linear variant (a job, cached by spec); null while computing or
    // when there is none (then *error says why).
    virtual std::shared_ptr<const EffectiveKernel> kernel(const QString &spec, QString *error) = 0;
};

} // namespace dsl::app
