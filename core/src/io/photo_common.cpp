// What the photo decoders share: the checked allocation of the decoded image.
#include "photo.h"
#include "validate.h"

namespace dsl::io {

Array allocatePhoto(const std::string &path, std::uint64_t height, std::uint64_t width,
    std::size_t channels, SampleType type, const char *format, const LoadOptions &options)
{
    if (height == 0 || width == 0)
        fail(ErrorCode::MalformedFile, path, "declares an empty image");
    if (height > (std::uint64_t(1) << 31) || width > (std::uint64_t(1) << 31))
        fail(ErrorCode::ResourceLimit, path, "declares an impossibly large image");
    checkBudget(path, height * width * channels, options);
    Array a = Array::zeros(Kind::Image, { 1, 1 }, channels)
                  .likeUninitialised({ std::size_t(height), std::size_t(width) });
    a.source.path = path;
    a.source.format = format;
    a.source.sampleType = type;
    return a;
}

} // namespace dsl::io
