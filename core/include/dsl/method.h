// Methods and their registry (DESIGN §2.2, §2.3).
// A method is one .cpp file: a class deriving from Method plus DSL_REGISTER_METHOD(Class).
// apply() is a pure function of (input, parameters): thread-safe, honours ctx.checkpoint(),
// and returns its output together with the output grid: output sample m along axis a sits at
// input coordinate map[a].origin + m * map[a].step (one AxisMap per axis of the input shape).
#pragma once

#include "dsl/array.h"
#include "dsl/filters.h"
#include "dsl/params.h"
#include "dsl/run_context.h"

#include <memory>
#include <string>
#include <vector>

namespace dsl {

enum class Family { Decimation, Interpolation, Pooling, Upsampling };
const char *familyName(Family family);

struct MethodInfo
{
    std::string id; // "decimate.naive"
    Family family = Family::Decimation;
    std::string name; // translatable
    std::string description; // one translatable sentence
    bool linear = true;
    std::vector<ParamSpec> params;
};

struct AxisMap
{
    double origin = 0.0;
    double step = 1.0;
};

struct Result
{
    Array output;
    std::vector<AxisMap> map; // one per input axis
    FilterDescription filter; // the anti-alias filter of filter-based methods (else empty)
};

class Method
{
public:
    virtual ~Method() = default;
    virtual const MethodInfo &info() const = 0;
    // Output extents for an input shape, without computing (the contract test checks apply()).
    virtual std::vector<std::size_t> outputShape(
        const Array &input, const Params &params) const = 0;
    virtual Result apply(const Array &input, const Params &params, RunContext &ctx) const = 0;

    Params resolve(const std::map<std::string, std::string> &given) const
    {
        return Params::resolve(info().id, info().params, given);
    }
};

class Registry
{
public:
    static Registry &instance();
    void add(std::unique_ptr<Method> method);
    const Method *find(std::string_view id) const;
    // Throws dsl::Error (InvalidArgument) naming the id and listing the known ones.
    const Method &get(std::string_view id) const;
    std::vector<const Method *> all() const; // sorted by id

private:
    std::vector<std::unique_ptr<Method>> m_methods;
};

// A method id with parameters, as the CLI and the GUI's variants carry it:
// "decimate.naive:factor=4,phase=1".
struct MethodCall
{
    const Method *method = nullptr;
    Params params;
    std::string spec() const; // "id:canonical params"
};
MethodCall parseMethodCall(std::string_view text);

} // namespace dsl

#define DSL_REGISTER_METHOD(Class)                                                                 \
    namespace {                                                                                    \
    [[maybe_unused]] const bool kRegistered##Class                                                 \
        = (::dsl::Registry::instance().add(std::make_unique<Class>()), true);                      \
    }
