#include "dsl/axes.h"

#include "dsl/error.h"

#include <algorithm>
#include <exception>
#include <mutex>
#include <thread>

namespace dsl {

ParamSpec axesParam()
{
    return ParamSpec::choice("axes", { "all", "x", "y", "z", "t", "xy", "xz", "yz" }, "all",
        DSL_TR_NOOP("dsl", "Axes"),
        DSL_TR_NOOP("dsl",
            "Which axes to downsample: all spatial axes, or a "
            "subset (x, y, z, t)."));
}

std::vector<std::string> axisNames(const Array &a)
{
    switch (a.kind) {
    case Kind::Signal:
        return { "t" };
    case Kind::Image:
        return a.rank() == 1 ? std::vector<std::string> { "x" }
                             : std::vector<std::string> { "y", "x" };
    case Kind::Volume:
        if (a.rank() == 4)
            return { "t", "z", "y", "x" };
        if (a.rank() == 3)
            return { "z", "y", "x" };
        return a.rank() == 2 ? std::vector<std::string> { "y", "x" }
                             : std::vector<std::string> { "x" };
    }
    return {};
}

std::vector<bool> selectAxes(const Array &a, const std::string &axes)
{
    std::vector<bool> selected(a.rank(), false);
    if (axes == "all") {
        for (std::size_t ax : a.spatialAxes())
            selected[ax] = true;
        return selected;
    }
    const std::vector<std::string> names = axisNames(a);
    for (char c : axes) {
        const auto it = std::find(names.begin(), names.end(), std::string(1, c));
        if (it == names.end())
            throw Error(ErrorCode::InvalidArgument,
                std::string("Parameter \"axes\": this ") + kindName(a.kind) + " has no axis \"" + c
                    + "\".");
        selected[std::size_t(it - names.begin())] = true;
    }
    return selected;
}

LineLayout lineLayout(const std::vector<std::size_t> &shape, std::size_t channels, std::size_t axis)
{
    LineLayout l;
    for (std::size_t a = 0; a < axis; ++a)
        l.outer *= shape[a];
    l.n = shape[axis];
    l.inner = channels;
    for (std::size_t a = axis + 1; a < shape.size(); ++a)
        l.inner *= shape[a];
    return l;
}

void parallelFor(RunContext &ctx, std::size_t count, std::size_t grain,
    const std::function<void(std::size_t, std::size_t)> &fn)
{
    if (count == 0)
        return;
    grain = std::max<std::size_t>(grain, 1);
    const std::size_t maxThreads = std::max<std::size_t>(1, std::size_t(ctx.threads()));
    const std::size_t threads = std::min(maxThreads, (count + grain - 1) / grain);
    // Several chunks per thread so a cancel is seen quickly and uneven work balances.
    const std::size_t chunks
        = std::min(count, threads == 1 ? (count + grain - 1) / grain : threads * 8);
    const std::size_t chunk = (count + chunks - 1) / chunks;
    if (threads <= 1) {
        for (std::size_t b = 0; b < count; b += chunk) {
            ctx.checkpoint();
            fn(b, std::min(count, b + chunk));
        }
        return;
    }
    std::atomic<std::size_t> next { 0 };
    std::exception_ptr failure;
    std::mutex failureMutex;
    std::atomic<bool> stop { false };
    auto worker = [&] {
        try {
            for (;;) {
                if (stop.load(std::memory_order_relaxed))
                    return;
                const std::size_t b = next.fetch_add(chunk);
                if (b >= count)
                    return;
                ctx.checkpoint();
                fn(b, std::min(count, b + chunk));
            }
        } catch (...) {
            const std::lock_guard lock(failureMutex);
            if (!failure)
                failure = std::current_exception();
            stop = true;
        }
    };
    {
        std::vector<std::jthread> pool;
        pool.reserve(threads - 1);
        for (std::size_t t = 1; t < threads; ++t)
            pool.emplace_back(worker);
        worker();
    }
    if (failure)
        std::rethrow_exception(failure);
}

} // namespace dsl
