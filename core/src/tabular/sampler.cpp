// The sampler registry, sampler calls and what every sampler shares.
#include "dsl/sampler.h"

#include "dsl/error.h"
#include "table_internal.h"

#include <algorithm>

namespace dsl {

Params Sampler::resolve(std::map<std::string, std::string> given) const
{
    if (const auto it = given.find("seed"); it != given.end()) {
        given.emplace("random_state", it->second);
        given.erase("seed");
    }
    return Params::resolve(info().id, info().params, given);
}

SamplerRegistry &SamplerRegistry::instance()
{
    static SamplerRegistry registry;
    return registry;
}

void SamplerRegistry::add(std::unique_ptr<Sampler> sampler)
{
    m_samplers.push_back(std::move(sampler));
}

const Sampler *SamplerRegistry::find(std::string_view id) const
{
    for (const auto &s : m_samplers)
        if (s->info().id == id)
            return s.get();
    return nullptr;
}

const Sampler &SamplerRegistry::get(std::string_view id) const
{
    if (const Sampler *s = find(id))
        return *s;
    std::string known;
    for (const Sampler *s : all())
        known += (known.empty() ? "" : ", ") + s->info().id;
    throw Error(ErrorCode::InvalidArgument,
        "Unknown undersampling method \"" + std::string(id) + "\" (known: " + known + ").");
}

std::vector<const Sampler *> SamplerRegistry::all() const
{
    std::vector<const Sampler *> out;
    for (const auto &s : m_samplers)
        out.push_back(s.get());
    std::sort(out.begin(), out.end(),
        [](const Sampler *a, const Sampler *b) { return a->info().id < b->info().id; });
    return out;
}

std::string SamplerCall::spec() const
{
    const std::string p = params.canonical();
    return sampler->info().id + (p.empty() ? "" : ":" + p);
}

SamplerCall parseSamplerCall(std::string_view text)
{
    const auto colon = text.find(':');
    SamplerCall call;
    call.sampler = &SamplerRegistry::instance().get(text.substr(0, colon));
    call.params = call.sampler->resolve(colon == std::string_view::npos
            ? std::map<std::string, std::string> {}
            : Params::parseList(text.substr(colon + 1)));
    return call;
}

namespace tabular {

std::mt19937_64 samplerRandom(const Params &params)
{
    const int seed = params.integer("random_state");
    if (seed >= 0)
        return std::mt19937_64(std::uint64_t(seed));
    std::random_device device;
    return std::mt19937_64((std::uint64_t(device()) << 32) ^ device());
}

void finish(const Table &table, SampleResult &result)
{
    std::sort(result.kept.begin(), result.kept.end());
    result.countsBefore = table.counts();
    result.countsAfter.assign(table.classCount(), 0);
    for (std::size_t r : result.kept)
        ++result.countsAfter[std::size_t(table.y[r])];
    for (int c : result.generatedLabels)
        ++result.countsAfter[std::size_t(c)];
}

} // namespace tabular
} // namespace dsl
