// JPEG through libjpeg-turbo, on the bytes in memory. scanJpeg() (validate.cpp) has walked every
// marker first: one frame, sizes inside the budget, enough coded data for the declared size, an
// end marker. libjpeg's error_exit longjmps back here; so does every warning that means corrupt
// or missing data (libjpeg would otherwise fill the rest with grey and report success).
// Output: gray (1 channel) or RGB; CMYK and YCCK are converted to RGB (Adobe's inverted CMYK
// when the Adobe marker says so). 12-bit and lossless JPEGs are refused: Debian's libjpeg-turbo
// 2.1 decodes 8-bit lossy JPEG only.
#include "io_internal.h"
#include "photo.h"

#include <cstdio> // jpeglib.h needs FILE

#include <jerror.h>
#include <jpeglib.h>

#include <csetjmp>
#include <cstring>
#include <vector>

namespace dsl::io {
namespace {

struct JpegErrors
{
    jpeg_error_mgr pub; // first: libjpeg passes &pub
    jmp_buf jump;
    char message[JMSG_LENGTH_MAX] {};
    const LoadOptions *options = nullptr;
    bool cancelled = false;
};

void jpegErrorExit(j_common_ptr cinfo)
{
    auto *e = reinterpret_cast<JpegErrors *>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, e->message);
    std::longjmp(e->jump, 1);
}

// Warnings (level -1) about the data end the decode; trace messages (level >= 0) are ignored.
void jpegEmitMessage(j_common_ptr cinfo, int level)
{
    if (level >= 0)
        return;
    const int code = cinfo->err->msg_code;
    if (code == JWRN_ADOBE_XFORM || code == JWRN_JFIF_MAJOR || code == JWRN_BOGUS_ICC)
        return; // harmless metadata oddities
    auto *e = reinterpret_cast<JpegErrors *>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, e->message);
    std::longjmp(e->jump, 1);
}

// Called by libjpeg during long passes (a progressive file is read in full before any row).
void jpegProgress(j_common_ptr cinfo)
{
    auto *e = reinterpret_cast<JpegErrors *>(cinfo->err);
    if (loadCancelled(*e->options)) {
        e->cancelled = true;
        std::longjmp(e->jump, 1);
    }
}

struct JpegOut
{
    int width = 0, height = 0, channels = 0;
    bool cmyk = false, inverted = false;
};

// Only trivially destructible locals: libjpeg may longjmp out of here.
bool readJpegHeader(jpeg_decompress_struct *cinfo, JpegErrors *errors, const unsigned char *data,
    std::size_t n, std::uint64_t budget, JpegOut *out)
{
    if (setjmp(errors->jump))
        return false;
    jpeg_mem_src(cinfo, data, static_cast<unsigned long>(n));
    if (jpeg_read_header(cinfo, TRUE) != JPEG_HEADER_OK) {
        std::snprintf(errors->message, sizeof errors->message, "it holds no image");
        return false;
    }
    // libjpeg's own allocations (a progressive image keeps every coefficient) stay within the
    // budget too.
    cinfo->mem->max_memory_to_use = long(std::min<std::uint64_t>(budget, 0x7fffffff));
    switch (cinfo->jpeg_color_space) {
    case JCS_GRAYSCALE:
        cinfo->out_color_space = JCS_GRAYSCALE;
        out->channels = 1;
        break;
    case JCS_YCbCr:
    case JCS_RGB:
        cinfo->out_color_space = JCS_RGB;
        out->channels = 3;
        break;
    case JCS_CMYK:
    case JCS_YCCK:
        cinfo->out_color_space = JCS_CMYK;
        out->channels = 3;
        out->cmyk = true;
        out->inverted = cinfo->saw_Adobe_marker != 0;
        break;
    default:
        std::snprintf(errors->message, sizeof errors->message, "unsupported colour space");
        return false;
    }
    out->width = int(cinfo->image_width);
    out->height = int(cinfo->image_height);
    return true;
}

// 0: done; 1: libjpeg error or corrupt data; 2: cancelled.
int readJpegRows(jpeg_decompress_struct *cinfo, JpegErrors *errors, const JpegOut *out,
    unsigned char *row, float *dst)
{
    if (setjmp(errors->jump))
        return errors->cancelled ? 2 : 1;
    jpeg_start_decompress(cinfo);
    const int components = cinfo->output_components;
    if (cinfo->output_width != JDIMENSION(out->width)
        || cinfo->output_height != JDIMENSION(out->height)
        || components != (out->cmyk ? 4 : out->channels)) {
        std::snprintf(errors->message, sizeof errors->message, "inconsistent output size");
        return 1;
    }
    const std::size_t width = std::size_t(out->width);
    const std::size_t rowSamples = width * std::size_t(out->channels);
    while (cinfo->output_scanline < cinfo->output_height) {
        const std::size_t y = cinfo->output_scanline;
        JSAMPROW rows[1] = { row };
        if (jpeg_read_scanlines(cinfo, rows, 1) != 1) {
            std::snprintf(errors->message, sizeof errors->message, "the image data ends early");
            return 1;
        }
        float *d = dst + y * rowSamples;
        if (out->cmyk) {
            for (std::size_t x = 0; x < width; ++x) {
                const unsigned char *p = row + 4 * x;
                // The light each ink lets through: Adobe stores it directly (255 = no ink),
                // other writers store the ink (0 = no ink). R = (1 - C)(1 - K), and so on.
                const int clearK = out->inverted ? p[3] : 255 - p[3];
                for (int c = 0; c < 3; ++c) {
                    const int clear = out->inverted ? p[c] : 255 - p[c];
                    d[3 * x + std::size_t(c)] = float((clear * clearK + 127) / 255);
                }
            }
        } else {
            for (std::size_t i = 0; i < rowSamples; ++i)
                d[i] = float(row[i]);
        }
        if ((y & 15) == 15) {
            if (loadCancelled(*errors->options))
                return 2;
            loadProgress(*errors->options, double(y + 1) / double(out->height));
        }
    }
    jpeg_finish_decompress(cinfo);
    return 0;
}

struct JpegGuard
{
    jpeg_decompress_struct *cinfo;
    ~JpegGuard() { jpeg_destroy_decompress(cinfo); }
};

std::string frameProblem(const JpegLayout &L)
{
    if (L.frameMarker == 0xc3 || L.frameMarker == 0xc7 || L.frameMarker == 0xcb
        || L.frameMarker == 0xcf)
        return "is a lossless JPEG, which is not supported";
    if ((L.frameMarker >= 0xc5 && L.frameMarker <= 0xc7)
        || (L.frameMarker >= 0xcd && L.frameMarker <= 0xcf))
        return "is a hierarchical JPEG, which is not supported";
    if (L.precision != 8)
        return "is a " + std::to_string(L.precision)
            + "-bit JPEG; only 8-bit JPEG images are supported";
    return {};
}

} // namespace

Array decodeJpeg(
    const std::string &path, const unsigned char *data, std::size_t n, const LoadOptions &options)
{
    const JpegLayout layout = scanJpeg(path, data, n, options);
    if (const std::string problem = frameProblem(layout); !problem.empty())
        fail(ErrorCode::MalformedFile, path, problem);
    jpeg_decompress_struct cinfo {};
    JpegErrors errors;
    errors.options = &options;
    cinfo.err = jpeg_std_error(&errors.pub);
    errors.pub.error_exit = jpegErrorExit;
    errors.pub.emit_message = jpegEmitMessage;
    jpeg_progress_mgr progress {};
    progress.progress_monitor = jpegProgress;
    if (setjmp(errors.jump))
        fail(ErrorCode::Internal, path, "could not be read (libjpeg did not start)");
    jpeg_create_decompress(&cinfo);
    const JpegGuard guard { &cinfo };
    cinfo.progress = &progress;
    JpegOut out;
    if (!readJpegHeader(&cinfo, &errors, data, n, options.maxBytes, &out))
        fail(ErrorCode::MalformedFile, path,
            std::string("is a damaged JPEG image (") + errors.message + ")");
    if (out.width != int(layout.width) || out.height != int(layout.height))
        fail(ErrorCode::MalformedFile, path, "is a damaged JPEG image (inconsistent frame size)");
    Array a = allocatePhoto(path, std::uint64_t(out.height), std::uint64_t(out.width),
        std::size_t(out.channels), SampleType::UInt8, "jpeg", options);
    std::vector<unsigned char> row(std::size_t(out.width) * 4);
    const int status = readJpegRows(&cinfo, &errors, &out, row.data(), a.data());
    if (status == 2)
        throw Cancelled {};
    if (status == 1)
        fail(ErrorCode::MalformedFile, path,
            std::string("is a damaged JPEG image (") + errors.message + ")");
    loadProgress(options, 1.0);
    return a;
}

} // namespace dsl::io
