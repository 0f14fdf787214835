// Built-in synthetic sources. Each generator declares a parameter schema like a method, so the
// GUI builds its form and the CLI accepts "zoneplate:size=512,frequency=0.5" as a file name.
// Signals are float32 in [-amplitude, amplitude] on a time grid in seconds; images in [0, 1];
// the phantom in [0, 1] on a grid in mm.
#pragma once

#include "dsl/array.h"
#include "dsl/params.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace dsl {

struct GeneratorInfo
{
    std::string id; // "chirp.linear", "zoneplate", "phantom3d"
    Kind kind = Kind::Signal;
    std::string name; // translatable
    std::string description; // translatable
    std::vector<ParamSpec> params;
    std::function<Array(const Params &)> make;
};

const std::vector<GeneratorInfo> &generators();
const GeneratorInfo *findGenerator(std::string_view id);
// "id[:k=v,...]" -> array; throws dsl::Error (InvalidArgument) for an unknown id or parameter.
Array generate(std::string_view spec);
bool isGeneratorSpec(std::string_view text);

} // namespace dsl
