// One view of the two registries a variant can come from: the methods on arrays (decimation,
// resizing, pooling) and the undersamplers on tables. The variants list, the titles, the
// sessions and the scheduler ask here for a method's name, description, parameters and
// canonical spec, whichever registry holds it.
#pragma once

#include "dsl/params.h"

#include <map>
#include <string>
#include <vector>

namespace dsl::app {

struct MethodSchema
{
    std::string id, name, description; // name and description: translatable (context "dsl")
    const std::vector<ParamSpec> *params = nullptr;
    bool table = false; // an undersampler (runs on tables)
};

// The method or sampler `id`; false if neither registry has it.
bool findMethodSchema(const std::string &id, MethodSchema &out);
// Every method (table false) or every sampler (table true), sorted by id.
std::vector<MethodSchema> methodSchemas(bool table);
// "id:canonical parameters" (defaults filled in); throws dsl::Error for an unknown id or a bad
// value, as resolving does.
std::string canonicalSpec(const std::string &id, const std::map<std::string, std::string> &given);

} // namespace dsl::app
