#include "dsl/method.h"

#include "dsl/error.h"

#include <algorithm>

namespace dsl {

const char *familyName(Family family)
{
    switch (family) {
    case Family::Decimation:
        return "decimation";
    case Family::Interpolation:
        return "interpolation";
    case Family::Pooling:
        return "pooling";
    case Family::Upsampling:
        return "upsampling";
    }
    return "?";
}

Registry &Registry::instance()
{
    static Registry registry;
    return registry;
}

void Registry::add(std::unique_ptr<Method> method)
{
    if (find(method->info().id))
        throw Error(ErrorCode::Internal, "Method " + method->info().id + " registered twice.");
    m_methods.push_back(std::move(method));
    std::sort(m_methods.begin(), m_methods.end(),
        [](const auto &a, const auto &b) { return a->info().id < b->info().id; });
}

const Method *Registry::find(std::string_view id) const
{
    for (const auto &m : m_methods)
        if (m->info().id == id)
            return m.get();
    return nullptr;
}

const Method &Registry::get(std::string_view id) const
{
    if (const Method *m = find(id))
        return *m;
    std::string known;
    for (const auto &m : m_methods)
        known += (known.empty() ? "" : ", ") + m->info().id;
    throw Error(ErrorCode::InvalidArgument,
        "Unknown method \"" + std::string(id) + "\" (known: " + known + ").");
}

std::vector<const Method *> Registry::all() const
{
    std::vector<const Method *> out;
    for (const auto &m : m_methods)
        out.push_back(m.get());
    return out;
}

std::string MethodCall::spec() const
{
    const std::string p = params.canonical();
    return method->info().id + (p.empty() ? "" : ":" + p);
}

MethodCall parseMethodCall(std::string_view text)
{
    const auto colon = text.find(':');
    const std::string_view id = text.substr(0, colon);
    MethodCall call;
    call.method = &Registry::instance().get(id);
    const auto given = colon == std::string_view::npos ? std::map<std::string, std::string> {}
                                                       : Params::parseList(text.substr(colon + 1));
    call.params = call.method->resolve(given);
    return call;
}

} // namespace dsl
