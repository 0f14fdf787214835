// Audio through libsndfile, with plausibility checks libsndfile does not make: rate and channel
// caps, a declared size checked against the budget, and the number of frames taken from what was
// actually read (libsndfile accepts a WAV whose data chunk is shorter than declared).
#include "io_internal.h"

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <memory>

#include <unistd.h>

namespace dsl::io {
namespace {

std::string wavFileWarning(const std::string &path)
{
    const std::vector<unsigned char> b = readPrefix(path, 1 << 16);
    return wavDataWarning(b.data(), b.size(), fileSize(path));
}

struct SndfileCloser
{
    void operator()(SNDFILE *f) const { sf_close(f); }
};
using SndfilePtr = std::unique_ptr<SNDFILE, SndfileCloser>;

} // namespace

Array loadAudio(const std::string &path, const LoadOptions &options)
{
    SF_INFO info {};
    SndfilePtr f(sf_open(path.c_str(), SFM_READ, &info));
    if (!f) {
        std::string why = sf_strerror(nullptr);
        fail(ErrorCode::MalformedFile, path, "could not be read as audio (" + why + ")");
    }
    if (info.samplerate < 1 || info.samplerate > 1000000)
        fail(ErrorCode::MalformedFile, path,
            "declares an implausible sample rate of " + std::to_string(info.samplerate) + " Hz");
    if (info.channels < 1 || info.channels > options.maxAudioChannels)
        fail(ErrorCode::MalformedFile, path,
            "declares " + std::to_string(info.channels) + " channels (at most "
                + std::to_string(options.maxAudioChannels) + " are accepted)");
    if (info.frames < 1)
        fail(ErrorCode::MalformedFile, path, "contains no audio frames");
    checkBudget(path, std::uint64_t(info.frames) * std::uint64_t(info.channels), options);
    FloatBuffer values(std::size_t(info.frames) * std::size_t(info.channels));
    const sf_count_t got = sf_readf_float(f.get(), values.data(), info.frames);
    if (got < 1)
        fail(ErrorCode::MalformedFile, path, "contains no readable audio frames");
    values.resize(std::size_t(got) * std::size_t(info.channels));
    Array a = Array::zeros(Kind::Signal, { std::size_t(got) }, std::size_t(info.channels));
    a.values = std::move(values);
    a.grid[0] = { 0.0, 1.0 / info.samplerate, "s" };
    a.source.path = path;
    const int major = info.format & SF_FORMAT_TYPEMASK;
    a.source.format = major == SF_FORMAT_FLAC ? "flac"
        : major == SF_FORMAT_OGG              ? "ogg"
        : (major == SF_FORMAT_AIFF)           ? "aiff"
                                              : "wav";
    switch (info.format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
        a.source.sampleType = SampleType::Int8;
        break;
    case SF_FORMAT_PCM_U8:
        a.source.sampleType = SampleType::UInt8;
        break;
    case SF_FORMAT_PCM_16:
        a.source.sampleType = SampleType::Int16;
        break;
    case SF_FORMAT_PCM_24:
    case SF_FORMAT_PCM_32:
        a.source.sampleType = SampleType::Int32;
        break;
    case SF_FORMAT_DOUBLE:
        a.source.sampleType = SampleType::Float64;
        break;
    default:
        a.source.sampleType = SampleType::Float32;
    }
    if (got < info.frames)
        a.source.warnings.push_back("only " + std::to_string(got) + " of "
            + std::to_string(info.frames) + " declared frames could be read");
    else if (std::string w = wavFileWarning(path); !w.empty())
        a.source.warnings.push_back(w);
    return a;
}

void saveAudio(const Array &a, const std::string &path, const SaveOptions &options)
{
    refuseProtected(path, options);
    if (a.kind != Kind::Signal || a.rank() != 1)
        fail(ErrorCode::InvalidArgument, path, "can only hold a 1-d signal");
    const bool flac = path.size() >= 5 && path.compare(path.size() - 5, 5, ".flac") == 0;
    SF_INFO info {};
    info.samplerate = int(std::lround(a.sampleRate()));
    info.channels = int(a.channels);
    // WAV float32 keeps every value exactly; FLAC is integer-only: 24-bit.
    info.format = flac ? (SF_FORMAT_FLAC | SF_FORMAT_PCM_24) : (SF_FORMAT_WAV | SF_FORMAT_FLOAT);
    if (info.samplerate < 1)
        fail(ErrorCode::InvalidArgument, path, "needs a sample rate of at least 1 Hz");
    if (!sf_format_check(&info))
        fail(ErrorCode::WriteFailed, path, "cannot hold this signal (rate or channels)");
    namespace fs = std::filesystem;
    const fs::path p(path);
    const fs::path temp = (p.has_parent_path() ? p.parent_path() : fs::path("."))
        / (".dsl-" + std::to_string(::getpid()) + (flac ? ".flac" : ".wav"));
    {
        SndfilePtr f(sf_open(temp.c_str(), SFM_WRITE, &info));
        if (!f)
            fail(ErrorCode::WriteFailed, path,
                std::string("could not be written (") + sf_strerror(nullptr) + ")");
        if (flac)
            sf_command(f.get(), SFC_SET_CLIPPING, nullptr, SF_TRUE);
        const sf_count_t frames = sf_count_t(a.shape[0]);
        if (sf_writef_float(f.get(), a.values.data(), frames) != frames) {
            std::error_code ec;
            fs::remove(temp, ec);
            fail(ErrorCode::WriteFailed, path, "could not be written completely (disk full?)");
        }
        sf_write_sync(f.get());
    }
    std::error_code ec;
    fs::rename(temp, p, ec);
    if (ec) {
        fs::remove(temp, ec);
        fail(ErrorCode::WriteFailed, path, "could not be written (" + ec.message() + ")");
    }
}

} // namespace dsl::io
