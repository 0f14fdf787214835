#include "methodcatalog.h"

#include "dsl/error.h"
#include "dsl/method.h"
#include "dsl/sampler.h"

namespace dsl::app {

namespace {
MethodSchema fromMethod(const Method &m)
{
    return { m.info().id, m.info().name, m.info().description, &m.info().params, false };
}
MethodSchema fromSampler(const Sampler &s)
{
    return { s.info().id, s.info().name, s.info().description, &s.info().params, true };
}
} // namespace

bool findMethodSchema(const std::string &id, MethodSchema &out)
{
    if (const Method *m = Registry::instance().find(id)) {
        out = fromMethod(*m);
        return true;
    }
    if (const Sampler *s = SamplerRegistry::instance().find(id)) {
        out = fromSampler(*s);
        return true;
    }
    return false;
}

std::vector<MethodSchema> methodSchemas(bool table)
{
    std::vector<MethodSchema> list;
    if (table)
        for (const Sampler *s : SamplerRegistry::instance().all())
            list.push_back(fromSampler(*s));
    else
        for (const Method *m : Registry::instance().all())
            list.push_back(fromMethod(*m));
    return list;
}

std::string canonicalSpec(const std::string &id, const std::map<std::string, std::string> &given)
{
    if (const Sampler *s = SamplerRegistry::instance().find(id))
        return id + ":" + s->resolve(given).canonical();
    return id + ":" + Registry::instance().get(id).resolve(given).canonical();
}

} // namespace dsl::app
