#!/usr/bin/python3
"""Generate the malformed / edge-case photo corpus in tests/data/bad/photos/.

Run with /usr/bin/python3 (needs numpy and PIL). Command-line tools used: cjpeg and djpeg
(libjpeg-turbo-progs), tiffcp (libtiff-tools); `--check` also runs tiffinfo -D and Pillow.
Everything is deterministic (fixed seeds, no timestamps); each run deletes and rewrites the folder
and its MANIFEST.json (same shape as tests/data/bad/MANIFEST.json, loader "photo").

Base pictures are small synthetic images made here (gradients + seeded texture, odd sizes such
as 23x17 and 37x29), so nothing depends on the network.

Defect classes, per format (the manifest's "expect" says what the photo loader must do):

PNG (own chunk writer; zlib from the standard library; libpng 1.6 behaviour assumed)
  * controls: every colour type / bit depth (gray 1/2/4/8/16, RGB 8/16, palette 1/2/4/8 with and
    without tRNS, gray-palette with/without tRNS, gray+alpha 8/16, RGBA 8/16), rows use all five
    filter types, Adam7-interlaced variants; trailing garbage after IEND; tEXt with a bad CRC
    (ancillary CRC error -> warning, chunk dropped)                             -> accept
  * bad IHDR: CRC wrong, width 0, height 0, width 2^31, RGB at depth 3, colour type 5, palette at
    depth 16, interlace method 2                                                 -> reject
  * header claims vs data: 65535x65535 and 16000x16000 with one tiny IDAT (impossible for the
    compressed data present / memory budget); a real 20000x20000 all-zero gray file streamed
    through zlib (~388 KB, valid, but 20000*20000*4 bytes of float > 1 GiB)      -> reject
  * damaged data (chunk CRCs correct unless stated): filter byte 5, XOR-ed deflate bytes,
    reserved deflate block type, wrong adler32, too little image data (complete zlib stream with
    half the rows; zlib stream cut short), IDAT CRC wrong, chunk length 2 GB      -> reject
  * structure: palette type without PLTE, PLTE with 0 entries / length % 3 != 0 / 257 entries,
    unknown critical chunk "ABCD" before IDAT, missing IEND, the same file cut at every chunk
    boundary and in the middle of every chunk                                    -> reject
  * PLTE with more entries than 2^depth (libpng silently truncates), tRNS longer than the
    palette (libpng warns and drops tRNS)                                        -> accept_or_reject
JPEG (cjpeg/Pillow output, patched byte-wise; libjpeg-turbo 2.1, 8-bit build)
  * controls: baseline gray, 4:2:0, 4:2:2, 4:4:4, progressive, restart markers, arithmetic coding
    (sequential and progressive), Adobe CMYK; trailing garbage after EOI           -> accept
  * frame header: 0x0, width 0, height 0, 0 components, sampling factor 0, precision 12 (SOF1),
    SOF3 lossless, undefined quantisation table, 65535x65535 and 65500x65500 claims on the
    original small scan, a 141-byte file claiming 16384x16384                    -> reject
  * tables / scan: DHT with all 16 counts 255, SOS naming a component not in the frame, garbage
    in the entropy-coded segment (bad Huffman code), extraneous bytes before a marker, restart
    marker out of sequence, truncation after every marker segment / mid-scan / missing EOI,
    progressive file cut mid-way and between scans                               -> reject
  * no DHT at all (libjpeg-turbo substitutes the standard tables)                -> accept_or_reject
TIFF (own IFD writer, classic "II"/"MM"; tiffcp for tiles, BigTIFF and compression)
  * controls: gray8, gray8 multi-strip, RGB8, gray16 "MM", int16, float32, float64, 1-bit
    min-is-white, tiled 16x16, BigTIFF, LZW(+predictor), deflate, PackBits, planar separate,
    palette, gray+alpha, RGBA, CMYK                                              -> accept
  * StripOffsets beyond EOF, compressed StripByteCounts beyond EOF, width 0, 100000x100000
    claim, BitsPerSample 7, 16-bit float, SamplesPerPixel 0 / 5000, first IFD offset beyond EOF,
    compression 12345, tile width 0, cut in the pixel data (single strip, multi-strip, LZW), cut
    inside the IFD                                                               -> reject
  * uncompressed single strip whose StripByteCounts exceeds the file (libtiff warns and
    re-estimates), next-IFD pointing to itself, tile width 10 (not a multiple of 16; libtiff
    only warns in read mode)                                                     -> accept_or_reject
BMP (own writer)
  * controls: 24-bit bottom-up / top-down, 32-bit BI_RGB, 32-bit BI_BITFIELDS with alpha (V5
    header), 16-bit 555 and 565 bitfields, 8-bit gray and colour palettes, 4-bit, 1-bit, RLE8,
    RLE4, BITMAPCOREHEADER, header sizes 52/56/108/124                             -> accept
  * truncated pixel data, width 0 / negative, height 0 / INT_MIN, 100000x100000 claim, bpp 7,
    biClrUsed 100000, bfOffBits beyond EOF, info header size 99, bad magic, RLE8 on a 24-bit
    image, RLE8 run / absolute run past the row end, RLE4 run past the row end, RLE delta past
    the image (down and right), RLE data cut short, palette index beyond the palette -> reject
  * RLE8 without the end-of-bitmap marker                                        -> accept_or_reject

checksum_hint (accept files only) is the mean of all decoded sample values, in the file's own
sample scale, as this generator knows them (palette images: the expanded RGB/RGBA or gray
values; 1/2/4-bit PNG gray scaled to 0..255 as libpng's expand does; JPEG: the mean of djpeg's
default decode, so only approximate). It is omitted where the decoded values are a decoder choice
(CMYK conversion, 1-bit min-is-white TIFF, 16-bit BMP channel scaling).
"""
import hashlib
import json
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/data/bad/photos"
TMP = None  # temporary working dir, set in main()
ENTRIES = []


def add(path, data, fmt, defect, expect, why="", shape=None, channels=None, sample_type=None,
        checksum=None):
    p = OUT / path
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)
    e = {"path": path, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest(),
         "format": fmt, "loader": "photo", "defect": defect, "expect": expect, "why": why,
         "max_rss_mib": 512}
    if expect == "accept":
        assert shape is not None and channels is not None and sample_type is not None, path
        e["shape"] = [int(shape[0]), int(shape[1])]
        e["channels"] = int(channels)
        e["sample_type"] = sample_type
        if checksum is not None:
            e["checksum_hint"] = round(float(checksum), 4)
    ENTRIES.append(e)


# ----------------------------------------------------------------------------- base pictures
def base_rgb(h, w, seed=1):
    """Smooth gradient with a little seeded texture, uint8 (h, w, 3)."""
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    r = 20 + x * 215 // max(w - 1, 1)
    g = 30 + y * 200 // max(h - 1, 1)
    b = 128 + 60 * np.sin(x / 3.0) * np.cos(y / 4.0)
    a = np.stack([r, g, b], -1).astype(np.float64) + rng.normal(0, 6, (h, w, 3))
    return np.clip(np.rint(a), 0, 255).astype(np.uint8)


def base_gray(h, w, seed=2):
    return base_rgb(h, w, seed).astype(np.uint16).sum(-1).__floordiv__(3).astype(np.uint8)


def base_u16(h, w, seed=3, ch=1):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    planes = []
    for c in range(ch):
        v = (x * 2300 + y * 1500 + c * 9000) % 65536
        v = v.astype(np.int64) + rng.integers(0, 300, (h, w))
        planes.append(np.clip(v, 0, 65535))
    return np.stack(planes, -1).astype(np.uint16)


def indices(h, w, n, seed=4):
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:h, 0:w]
    idx = (x // 3 + y // 2 + rng.integers(0, 2, (h, w))) % n
    return idx.astype(np.uint8)


def colour_palette(n, seed=5):
    rng = np.random.default_rng(seed)
    p = rng.integers(0, 256, (n, 3)).astype(np.uint8)
    if n >= 2:
        p[0] = [255, 0, 0]
        p[1] = [0, 0, 255]
    return p


# ----------------------------------------------------------------------------- PNG writer
PNG_SIG = b"\x89PNG\r\n\x1a\n"


def png_chunk(typ, data, crc=None):
    if crc is None:
        crc = zlib.crc32(typ + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + typ + data + struct.pack(">I", crc)


def png_assemble(chunks):
    """chunks: list of (type, data) or (type, data, crc)."""
    return PNG_SIG + b"".join(png_chunk(*c) for c in chunks)


def ihdr(w, h, depth, ctype, interlace=0, comp=0, filt=0):
    return struct.pack(">IIBBBBB", w, h, depth, ctype, comp, filt, interlace)


PNG_CH = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def png_pack_rows(a, depth):
    """a: (h, w, c) integer array -> list of packed row byte strings."""
    h, w, c = a.shape
    rows = []
    for y in range(h):
        r = a[y].reshape(-1)
        if depth == 8:
            rows.append(r.astype(np.uint8).tobytes())
        elif depth == 16:
            rows.append(r.astype(">u2").tobytes())
        else:
            per = 8 // depth
            bits = np.zeros(((len(r) + per - 1) // per) * per, np.uint16)
            bits[:len(r)] = r
            bits = bits.reshape(-1, per)
            byte = np.zeros(len(bits), np.uint16)
            for k in range(per):
                byte = (byte << depth) | bits[:, k]
            rows.append(byte.astype(np.uint8).tobytes())
    return rows


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def png_filter(rows, bpp, mode="mixed", start=0):
    out = bytearray()
    prev = bytes(len(rows[0])) if rows else b""
    for i, row in enumerate(rows):
        ft = (i + start) % 5 if mode == "mixed" else mode
        out.append(ft)
        for x in range(len(row)):
            a = row[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if ft == 0:
                v = row[x]
            elif ft == 1:
                v = row[x] - a
            elif ft == 2:
                v = row[x] - b
            elif ft == 3:
                v = row[x] - ((a + b) >> 1)
            else:
                v = row[x] - _paeth(a, b, c)
            out.append(v & 0xFF)
        prev = row
    return bytes(out)


ADAM7 = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2),
         (0, 1, 1, 2)]


def png_raw(a, depth, interlace=0, mode="mixed"):
    """Filtered (uncompressed) image data for array a (h, w, c)."""
    c = a.shape[2]
    bpp = max(1, c * depth // 8)
    if not interlace:
        return png_filter(png_pack_rows(a, depth), bpp, mode)
    out = b""
    for k, (xs, ys, dx, dy) in enumerate(ADAM7):
        sub = a[ys::dy, xs::dx]
        if sub.shape[0] == 0 or sub.shape[1] == 0:
            continue
        out += png_filter(png_pack_rows(sub, depth), bpp, mode, start=k)
    return out


def png_chunks(a, depth, ctype, plte=None, trns=None, interlace=0, pre_idat=(), nidat=1,
               text=None):
    """Return the chunk list (without the signature) of a valid PNG for array a."""
    if a.ndim == 2:
        a = a[:, :, None]
    h, w = a.shape[:2]
    ch = [(b"IHDR", ihdr(w, h, depth, ctype, interlace))]
    if text is not None:
        ch.append((b"tEXt", text))
    if plte is not None:
        ch.append((b"PLTE", np.asarray(plte, np.uint8).tobytes()))
    if trns is not None:
        ch.append((b"tRNS", bytes(trns)))
    ch.extend(pre_idat)
    z = zlib.compress(png_raw(a, depth, interlace), 9)
    step = -(-len(z) // nidat)
    for i in range(nidat):
        ch.append((b"IDAT", z[i * step:(i + 1) * step]))
    ch.append((b"IEND", b""))
    return ch


def png_decoded(a, depth, ctype, plte=None, trns=None):
    """(channels, decoded float array) as the photo loader should produce it."""
    if a.ndim == 2:
        a = a[:, :, None]
    if ctype == 3:
        # Every palette becomes RGB (RGBA with tRNS), gray ones too, as ITK's reader did.
        pal = np.asarray(plte, np.float64)
        gray_pal = False
        idx = a[:, :, 0]
        if trns is not None:
            alpha = np.full(len(pal), 255.0)
            alpha[:len(trns)] = list(trns)[:len(pal)]
            if gray_pal:
                return 2, np.stack([pal[idx, 0], alpha[idx]], -1)
            return 4, np.concatenate([pal[idx], alpha[idx][..., None]], -1)
        if gray_pal:
            return 1, pal[idx, :1]
        return 3, pal[idx]
    v = a.astype(np.float64)
    if depth < 8:
        v = v * (255 // ((1 << depth) - 1))
    return PNG_CH[ctype], v


def png_case(path, a, depth, ctype, defect, plte=None, trns=None, interlace=0, why="control"):
    data = png_assemble(png_chunks(a, depth, ctype, plte, trns, interlace))
    ch, dec = png_decoded(a, depth, ctype, plte, trns)
    h, w = (a.shape[0], a.shape[1])
    st = "uint16" if depth == 16 else "uint8"
    add(path, data, "png", defect, "accept", why, (h, w), ch, st, dec.mean())


def make_png():
    H, W = 17, 23
    g8 = base_gray(H, W)
    rgb8 = base_rgb(H, W)
    g16 = base_u16(H, W)[:, :, 0]
    rgb16 = base_u16(H, W, ch=3)
    alpha8 = ((np.arange(W)[None, :] * 11 + np.arange(H)[:, None] * 5) % 256).astype(np.uint8)
    ga8 = np.stack([g8, alpha8], -1)
    ga16 = np.stack([g16, g16[::-1] ^ 0x5A5A], -1)
    rgba8 = np.concatenate([rgb8, alpha8[..., None]], -1)
    rgba16 = np.concatenate([rgb16, (g16 // 2 + 1000)[..., None]], -1)

    # --- valid controls
    for d in (1, 2, 4):
        a = ((g8.astype(np.uint16) * ((1 << d) - 1) + 127) // 255).astype(np.uint8)
        png_case(f"png/valid_gray{d}.png", a, d, 0, f"none: valid {W}x{H} gray {d}-bit")
    png_case("png/valid_gray8.png", g8, 8, 0, f"none: valid {W}x{H} gray 8-bit")
    png_case("png/valid_gray16.png", g16, 16, 0, f"none: valid {W}x{H} gray 16-bit")
    png_case("png/valid_rgb8.png", rgb8, 8, 2, f"none: valid {W}x{H} RGB 8-bit, filters 0-4")
    png_case("png/valid_rgb16.png", rgb16, 16, 2, f"none: valid {W}x{H} RGB 16-bit")
    png_case("png/valid_gray_alpha8.png", ga8, 8, 4, "none: valid gray+alpha 8-bit")
    png_case("png/valid_gray_alpha16.png", ga16, 16, 4, "none: valid gray+alpha 16-bit")
    png_case("png/valid_rgba8.png", rgba8, 8, 6, "none: valid RGBA 8-bit")
    png_case("png/valid_rgba16.png", rgba16, 16, 6, "none: valid RGBA 16-bit")
    for d in (1, 2, 4, 8):
        n = 1 << d
        pal = colour_palette(min(n, 200), seed=10 + d)
        idx = indices(H, W, len(pal), seed=20 + d)
        png_case(f"png/valid_palette{d}.png", idx, d, 3,
                 f"none: valid palette {d}-bit, {len(pal)} colour entries", plte=pal)
        trns = [(37 * i + 11) % 256 for i in range(max(1, len(pal) - 1))]
        png_case(f"png/valid_palette{d}_trns.png", idx, d, 3,
                 f"none: valid palette {d}-bit with tRNS ({len(trns)} of {len(pal)} entries)",
                 plte=pal, trns=trns)
    gpal = np.repeat(np.linspace(0, 255, 64).astype(np.uint8)[:, None], 3, 1)
    gidx = indices(H, W, 64, seed=30)
    png_case("png/valid_palette8_gray_entries.png", gidx, 8, 3,
             "none: valid palette 8-bit whose 64 entries are all gray (r==g==b)", plte=gpal,
             why="control; a gray palette still gives RGB")
    png_case("png/valid_palette8_gray_entries_trns.png", gidx, 8, 3,
             "none: valid gray-entry palette with tRNS", plte=gpal,
             trns=[(5 * i) % 256 for i in range(64)],
             why="control; a gray palette with tRNS gives RGBA")
    # Adam7
    png_case("png/valid_adam7_gray1.png", (g8 > 128).astype(np.uint8), 1, 0,
             "none: valid Adam7-interlaced gray 1-bit", interlace=1)
    png_case("png/valid_adam7_gray8.png", g8, 8, 0, "none: valid Adam7 gray 8-bit", interlace=1)
    png_case("png/valid_adam7_rgb8.png", rgb8, 8, 2, "none: valid Adam7 RGB 8-bit", interlace=1)
    pal4 = colour_palette(16, seed=14)
    png_case("png/valid_adam7_palette4.png", indices(H, W, 16, 24), 4, 3,
             "none: valid Adam7 palette 4-bit", plte=pal4, interlace=1)
    png_case("png/valid_adam7_rgba16.png", rgba16, 16, 6, "none: valid Adam7 RGBA 16-bit",
             interlace=1)
    png_case("png/valid_adam7_3x2_rgb8.png", rgb8[:2, :3], 8, 2,
             "none: valid Adam7 3x2 RGB (several passes are empty)", interlace=1)

    ch_g8 = png_chunks(g8, 8, 0)
    ch_rgb = png_chunks(rgb8, 8, 2)
    dec_rgb = rgb8.astype(np.float64).mean()

    # --- accepted oddities
    add("png/trailing_garbage_after_iend.png", png_assemble(ch_rgb) + b"GARBAGE\x00\xff" * 20,
        "png", "200 bytes of garbage after IEND", "accept", "data after IEND is ignored",
        (H, W), 3, "uint8", dec_rgb)
    c = png_chunks(rgb8, 8, 2, text=b"Comment\x00CRC of this tEXt chunk is wrong")
    c[1] = (c[1][0], c[1][1], 0xDEADBEEF)
    add("png/text_chunk_bad_crc.png", png_assemble(c), "png",
        "tEXt (ancillary) chunk with a wrong CRC", "accept",
        "ancillary CRC error is a libpng warning; the chunk is dropped", (H, W), 3, "uint8",
        dec_rgb)

    # --- IHDR defects
    c = list(ch_g8)
    c[0] = (b"IHDR", c[0][1], (zlib.crc32(b"IHDR" + c[0][1]) ^ 1) & 0xFFFFFFFF)
    add("png/ihdr_crc_wrong.png", png_assemble(c), "png", "IHDR CRC off by one bit", "reject",
        "critical-chunk CRC error is a libpng error")

    def with_ihdr(chunks, *args, **kw):
        c = list(chunks)
        c[0] = (b"IHDR", ihdr(*args, **kw))
        return png_assemble(c)

    add("png/width_0.png", with_ihdr(ch_g8, 0, H, 8, 0), "png", "IHDR width 0", "reject",
        "zero width")
    add("png/height_0.png", with_ihdr(ch_g8, W, 0, 8, 0), "png", "IHDR height 0", "reject",
        "zero height")
    add("png/width_2p31.png", with_ihdr(ch_g8, 1 << 31, H, 8, 0), "png",
        "IHDR width 2^31 (above PNG's 2^31-1 limit)", "reject", "libpng: invalid width")
    add("png/rgb_bitdepth_3.png", with_ihdr(ch_rgb, W, H, 3, 2), "png",
        "RGB colour type with bit depth 3", "reject", "invalid bit depth")
    add("png/colour_type_5.png", with_ihdr(ch_rgb, W, H, 8, 5), "png", "IHDR colour type 5",
        "reject", "invalid colour type")
    add("png/interlace_method_2.png", with_ihdr(ch_g8, W, H, 8, 0, interlace=2), "png",
        "IHDR interlace method 2", "reject", "unknown interlace method")
    pal8 = colour_palette(200, seed=18)
    idx8 = indices(H, W, 200, seed=28)
    ch_p8 = png_chunks(idx8, 8, 3, plte=pal8)
    add("png/palette_bitdepth_16.png", with_ihdr(ch_p8, W, H, 16, 3), "png",
        "palette colour type with bit depth 16", "reject", "invalid bit depth for palette")

    # --- header claims against the data present
    add("png/claim_65535x65535_gray8_tiny_idat.png", with_ihdr(ch_g8, 65535, 65535, 8, 0),
        "png", "IHDR claims 65535x65535 gray, one ~400-byte IDAT", "reject",
        "65535^2*4 B > 1 GiB budget; also impossible for the IDAT size")
    add("png/claim_65535x65535_rgba16_tiny_idat.png", with_ihdr(ch_g8, 65535, 65535, 16, 6),
        "png", "IHDR claims 65535x65535 RGBA 16-bit, one small IDAT", "reject",
        "memory budget; impossible for the IDAT size")
    add("png/claim_16000x16000_gray8_tiny_idat.png", with_ihdr(ch_g8, 16000, 16000, 8, 0),
        "png", "IHDR claims 16000x16000 gray (1.02 GB of float: under the budget), tiny IDAT",
        "reject", "16000*16001 filtered bytes > 1032*IDAT bytes + 1024: impossible size")
    # real 20000x20000 all-zero gray, streamed through zlib
    co = zlib.compressobj(9)
    row = bytes(20001)
    z = bytearray()
    for _ in range(20000):
        z += co.compress(row)
    z += co.flush()
    c = [(b"IHDR", ihdr(20000, 20000, 8, 0))]
    for i in range(0, len(z), 65536):
        c.append((b"IDAT", bytes(z[i:i + 65536])))
    c.append((b"IEND", b""))
    add("png/huge_20000x20000_gray_zeros_valid.png", png_assemble(c), "png",
        f"valid 20000x20000 all-zero gray PNG ({len(z)} bytes of IDAT, ratio ~1028:1)", "reject",
        "decoded float size 20000*20000*4 B = 1.6 GB > 1 GiB budget (must not decode)")

    # --- damaged image data
    raw = bytearray(png_raw(g8[:, :, None], 8))
    raw[(W + 1) * 5] = 5
    c = list(ch_g8)
    c[1] = (b"IDAT", zlib.compress(bytes(raw), 9))
    add("png/filter_byte_5.png", png_assemble(c), "png", "row 5 has adaptive filter type 5",
        "reject", "libpng: bad adaptive filter value")
    zz = bytearray(ch_g8[1][1])
    for i in range(len(zz) // 3, len(zz) // 3 + 12):
        zz[i] ^= 0xA5
    c = list(ch_g8)
    c[1] = (b"IDAT", bytes(zz))
    add("png/idat_corrupt_deflate_bytes.png", png_assemble(c), "png",
        "12 bytes of the deflate stream XOR-ed (chunk CRC recomputed, still correct)", "reject",
        "garbage rows / zlib data error are libpng errors")
    zz = bytearray(ch_g8[1][1])
    zz[2] |= 0x06
    c = list(ch_g8)
    c[1] = (b"IDAT", bytes(zz))
    add("png/idat_deflate_invalid_block_type.png", png_assemble(c), "png",
        "first deflate block has the reserved BTYPE 11 (chunk CRC correct)", "reject",
        "zlib: invalid block type")
    zz = bytearray(ch_g8[1][1])
    zz[-1] ^= 0xFF
    c = list(ch_g8)
    c[1] = (b"IDAT", bytes(zz))
    add("png/idat_adler32_wrong.png", png_assemble(c), "png",
        "zlib adler32 trailer wrong; all image data intact (chunk CRC correct)",
        "reject", "libpng: IDAT incorrect data check (zlib checks adler32 while inflating the "
        "last row)")
    c = list(ch_g8)
    c[1] = (b"IDAT", zlib.compress(png_raw(g8[:H // 2, :, None], 8), 9))
    add("png/idat_too_little_data.png", png_assemble(c), "png",
        "complete zlib stream holding only the first half of the rows (CRCs correct)", "reject",
        "libpng: not enough image data")
    c = list(ch_g8)
    c[1] = (b"IDAT", ch_g8[1][1][:len(ch_g8[1][1]) // 2])
    add("png/idat_zlib_stream_cut.png", png_assemble(c), "png",
        "IDAT holds the first half of the zlib stream, then IEND (CRCs correct)", "reject",
        "libpng: not enough image data")
    c = list(ch_g8)
    c[1] = (b"IDAT", c[1][1], (zlib.crc32(b"IDAT" + c[1][1]) + 1) & 0xFFFFFFFF)
    add("png/idat_crc_wrong.png", png_assemble(c), "png", "IDAT CRC wrong", "reject",
        "critical-chunk CRC error")
    d = png_assemble(png_chunks(g8, 8, 0, text=b"Comment\x00x"))
    i = d.index(b"tEXt") - 4
    d = d[:i] + struct.pack(">I", 0x7FFFFFF0) + d[i + 4:]
    add("png/chunk_length_2gb.png", d, "png",
        "tEXt chunk length field 0x7FFFFFF0 in a 500-byte file", "reject",
        "chunk runs past the end of the file; must not allocate 2 GB")

    # --- structure
    c = [x for x in ch_p8 if x[0] != b"PLTE"]
    add("png/palette_no_plte.png", png_assemble(c), "png",
        "colour type 3 without a PLTE chunk", "reject", "libpng: missing PLTE")
    c = [(b"PLTE", b"") if x[0] == b"PLTE" else x for x in ch_p8]
    add("png/plte_0_entries.png", png_assemble(c), "png", "PLTE chunk of length 0", "reject",
        "libpng: invalid palette")
    c = [(b"PLTE", x[1][:-2]) if x[0] == b"PLTE" else x for x in ch_p8]
    add("png/plte_length_not_multiple_of_3.png", png_assemble(c), "png",
        "PLTE length 598 (not a multiple of 3)", "reject", "libpng: invalid PLTE length")
    c = [(b"PLTE", x[1] + bytes(771 - len(x[1]))) if x[0] == b"PLTE" else x for x in ch_p8]
    add("png/plte_257_entries.png", png_assemble(c), "png", "PLTE with 257 entries (771 bytes)",
        "reject", "more than 256 palette entries is invalid for a palette image")
    pal1 = colour_palette(2, seed=11)
    idx1 = indices(H, W, 2, seed=21)
    big = np.concatenate([pal1, colour_palette(14, seed=40)])
    add("png/plte_more_entries_than_depth.png", png_assemble(png_chunks(idx1, 1, 3, plte=big)),
        "png", "1-bit palette image with a 16-entry PLTE (2^depth = 2)", "accept_or_reject",
        "libpng silently truncates to 2 entries; if loaded: 17x23 RGB using entries 0-1 only")
    c = png_chunks(idx8, 8, 3, plte=pal8, trns=[(3 * i) % 256 for i in range(230)])
    add("png/trns_longer_than_palette.png", png_assemble(c), "png",
        "tRNS with 230 entries for a 200-entry palette", "accept_or_reject",
        "libpng warns and drops tRNS; if loaded: 17x23 RGB (3 ch) equal to the palette colours")
    c = list(ch_g8)
    c.insert(1, (b"ABCD", b"unknown critical chunk"))
    add("png/unknown_critical_chunk.png", png_assemble(c), "png",
        "unknown critical chunk 'ABCD' (uppercase first letter) before IDAT", "reject",
        "libpng: unknown critical chunk")
    add("png/missing_iend.png", png_assemble(ch_g8[:-1]), "png", "no IEND chunk (file ends after "
        "IDAT)", "reject", "truncation before IEND")

    # --- truncation series: sig, IHDR, tEXt, IDAT, IDAT, IEND
    c = png_chunks(rgb8, 8, 2, text=b"Comment\x00truncation series", nidat=2)
    full = png_assemble(c)
    cuts = [(4, "mid_signature")]
    prev, pos, nid = "signature", 8, 0
    for t, dd in c:
        name = t.decode().lower()
        if name == "idat":
            nid += 1
            name += str(nid)
        end = pos + 12 + len(dd)
        cuts.append((pos, f"after_{prev}"))
        if name == "idat1":
            cuts.append((pos + 6, "inside_idat1_header"))
        cuts.append(((pos + end) // 2, f"mid_{name}"))
        if name == "iend":
            cuts.append((end - 2, "inside_iend_crc"))
        prev, pos = name, end
    assert pos == len(full)
    for k, (cut, name) in enumerate(sorted(cuts), 1):
        add(f"png/trunc_{k:02d}_{name}_{cut}B.png", full[:cut], "png",
            f"valid 23x17 RGB PNG (IHDR, tEXt, 2 IDAT, IEND) cut to {cut} of {len(full)} bytes "
            f"({name.replace('_', ' ')})", "reject", "truncated before the end of IEND")


# ----------------------------------------------------------------------------- JPEG
def run(cmd, inp=None):
    r = subprocess.run(cmd, input=inp, capture_output=True)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr.decode()}")
    return r.stdout


def ppm(a):
    if a.ndim == 2:
        return b"P5\n%d %d\n255\n" % (a.shape[1], a.shape[0]) + a.tobytes()
    return b"P6\n%d %d\n255\n" % (a.shape[1], a.shape[0]) + a.tobytes()


def cjpeg(a, *args):
    return run(["cjpeg", "-quality", "85", *args], ppm(a))


def djpeg_mean(data):
    r = subprocess.run(["djpeg", "-pnm"], input=data, capture_output=True)
    if r.returncode != 0 or r.stderr:
        raise RuntimeError("djpeg: " + r.stderr.decode())
    out = r.stdout
    # parse P5/P6 header
    parts = out.split(b"\n", 3)
    return np.frombuffer(parts[3], np.uint8).mean()


def jpeg_segments(b):
    """List of (marker, start, end); entropy-coded data appears as ('ECS', start, end)."""
    segs = [(0xD8, 0, 2)]
    i = 2
    while i < len(b):
        assert b[i] == 0xFF, (i, b[i])
        while b[i] == 0xFF:
            i += 1
        m = b[i]
        start = i - 1
        i += 1
        if m == 0xD9:
            segs.append((m, start, i))
            break
        L = struct.unpack(">H", b[i:i + 2])[0]
        segs.append((m, start, i + L))
        i += L
        if m == 0xDA:
            j = i
            while not (b[j] == 0xFF and b[j + 1] != 0 and not 0xD0 <= b[j + 1] <= 0xD7):
                j += 1
            segs.append(("ECS", i, j))
            i = j
    return segs


def seg(b, marker, n=0):
    s = [x for x in jpeg_segments(b) if x[0] == marker]
    return s[n]


MNAME = {0xD8: "soi", 0xE0: "app0", 0xEE: "app14", 0xDB: "dqt", 0xC0: "sof0", 0xC2: "sof2",
         0xC4: "dht", 0xDA: "sos", 0xDD: "dri", 0xD9: "eoi", "ECS": "scan"}


def make_jpeg():
    H, W = 29, 37
    rgb = base_rgb(H, W, seed=7)
    gray = base_gray(H, W, seed=8)

    def ok(path, data, defect, ch, why="control", hint=True):
        add(path, data, "jpeg", defect, "accept", why, (H, W), ch, "uint8",
            djpeg_mean(data) if hint else None)

    base = cjpeg(rgb, "-sample", "2x2")
    ok("jpeg/valid_baseline_gray.jpg", cjpeg(gray), f"none: valid {W}x{H} baseline grayscale", 1)
    ok("jpeg/valid_baseline_420.jpg", base, f"none: valid {W}x{H} baseline YCbCr 4:2:0", 3)
    ok("jpeg/valid_baseline_422.jpg", cjpeg(rgb, "-sample", "2x1"), "none: valid 4:2:2", 3)
    ok("jpeg/valid_baseline_444.jpg", cjpeg(rgb, "-sample", "1x1"), "none: valid 4:4:4", 3)
    ok("jpeg/valid_optimized_huffman.jpg", cjpeg(rgb, "-optimize"),
       "none: valid baseline with optimised Huffman tables", 3)
    prog = cjpeg(rgb, "-progressive")
    ok("jpeg/valid_progressive.jpg", prog, "none: valid progressive 4:2:0", 3)
    ok("jpeg/valid_progressive_gray.jpg", cjpeg(gray, "-progressive"),
       "none: valid progressive grayscale", 1)
    rst = cjpeg(rgb, "-restart", "1B")
    ok("jpeg/valid_restart_markers.jpg", rst, "none: valid baseline with a restart marker after "
       "every MCU (DRI=1)", 3)
    ok("jpeg/valid_arithmetic.jpg", cjpeg(rgb, "-arithmetic"),
       "none: valid arithmetic-coded sequential (SOF9)", 3)
    ok("jpeg/valid_arithmetic_progressive.jpg", cjpeg(rgb, "-arithmetic", "-progressive"),
       "none: valid arithmetic-coded progressive (SOF10)", 3)
    from PIL import Image
    import io
    cmyk = np.concatenate([255 - rgb, (gray // 4)[..., None]], -1)
    bio = io.BytesIO()
    Image.fromarray(cmyk, "CMYK").save(bio, "JPEG", quality=90)
    cm = bio.getvalue()
    assert b"Adobe" in cm
    ok("jpeg/valid_cmyk_adobe.jpg", cm, "none: valid 4-component CMYK JPEG with Adobe APP14", 3,
       why="control; CMYK is converted to RGB", hint=False)
    add("jpeg/trailing_garbage_after_eoi.jpg", base + b"\x00GARBAGE\xff\xd8" * 16, "jpeg",
        "160 bytes of garbage after EOI", "accept", "data after EOI is ignored", (H, W), 3,
        "uint8", djpeg_mean(base))

    sof = seg(base, 0xC0)[1]  # FF C0 Lh Lh P Y Y X X Nf ...

    def patched(b, off, new):
        b = bytearray(b)
        b[off:off + len(new)] = new
        return bytes(b)

    add("jpeg/sof_0x0.jpg", patched(base, sof + 5, b"\0\0\0\0"), "jpeg",
        "SOF0 declares a 0x0 frame", "reject", "empty image")
    add("jpeg/sof_width_0.jpg", patched(base, sof + 7, b"\0\0"), "jpeg", "SOF0 width 0",
        "reject", "empty image")
    add("jpeg/sof_height_0.jpg", patched(base, sof + 5, b"\0\0"), "jpeg",
        "SOF0 height 0 (DNL-style, no DNL marker)", "reject", "empty image / DNL unsupported")
    add("jpeg/sof1_precision_12.jpg", patched(patched(base, sof + 1, b"\xc1"), sof + 4, b"\x0c"),
        "jpeg", "SOF1 (extended) with sample precision 12 over 8-bit scan data", "reject",
        "12-bit JPEG is unsupported by the 8-bit build")
    add("jpeg/sof3_lossless.jpg", patched(base, sof + 1, b"\xc3"), "jpeg",
        "frame marker changed to SOF3 (lossless)", "reject", "lossless JPEG is unsupported")
    add("jpeg/claim_65535x65535.jpg", patched(base, sof + 5, b"\xff\xff\xff\xff"), "jpeg",
        "SOF0 claims 65535x65535 over the original 37x29 scan", "reject",
        "above libjpeg's 65500 limit; memory budget; impossible for the scan size")
    add("jpeg/claim_65500x65500.jpg", patched(base, sof + 5, b"\xff\xdc\xff\xdc"), "jpeg",
        "SOF0 claims 65500x65500 (libjpeg's maximum) over the original 37x29 scan", "reject",
        "65500^2*3*4 B > 1 GiB budget; impossible for the scan size")
    d = bytearray(base)
    nf = d[sof + 9]
    assert nf == 3
    d[sof + 2:sof + 4] = struct.pack(">H", 8)
    d[sof + 9] = 0
    del d[sof + 10:sof + 10 + 9]
    add("jpeg/sof_0_components.jpg", bytes(d), "jpeg", "SOF0 with Nf=0 (length 8)", "reject",
        "no components")
    add("jpeg/sampling_factor_0.jpg", patched(base, sof + 11, b"\x01"), "jpeg",
        "first component sampling factors H=0 V=1", "reject", "bogus sampling factors")
    add("jpeg/undefined_quant_table.jpg", patched(base, sof + 15, b"\x02"), "jpeg",
        "component 2 uses quantisation table 2, which no DQT defines", "reject",
        "quantisation table not defined")
    dht = seg(base, 0xC4)[1]
    add("jpeg/dht_counts_all_255.jpg", patched(base, dht + 5, b"\xff" * 16), "jpeg",
        "first DHT: all 16 code-length counts are 255", "reject", "bogus Huffman table")
    sos = seg(base, 0xDA)[1]
    add("jpeg/sos_unknown_component.jpg", patched(base, sos + 5, b"\x09"), "jpeg",
        "SOS names component id 9, not in the frame", "reject", "invalid component id in SOS")
    # no DHT: the scan was coded with the standard tables
    nodht = b"".join(base[s:e] for m, s, e in jpeg_segments(base) if m != 0xC4)
    add("jpeg/no_dht.jpg", nodht, "jpeg",
        "all DHT segments removed (scan coded with the standard Annex K tables)",
        "accept_or_reject",
        "libjpeg-turbo supplies the standard tables; if loaded: 29x37x3, identical to "
        "valid_baseline_420.jpg")
    ecs = seg(base, "ECS")
    mid = (ecs[1] + ecs[2]) // 2
    add("jpeg/scan_garbage.jpg", patched(base, mid, b"\xff\x00" * 12), "jpeg",
        "24 bytes mid-scan replaced by stuffed 0xFF (a run of 1-bits: no valid Huffman code)",
        "reject", "libjpeg warning: corrupt data / bad Huffman code")
    dqt_end = seg(base, 0xDB)[2]
    add("jpeg/extraneous_bytes_before_marker.jpg",
        base[:dqt_end] + b"\x12\x34\x56" + base[dqt_end:], "jpeg",
        "3 stray bytes between DQT and the next marker", "reject",
        "libjpeg warning: extraneous bytes before marker")
    # restart marker out of sequence
    r = bytearray(rst)
    e = seg(rst, "ECS")
    rpos = [i for i in range(e[1], e[2] - 1) if r[i] == 0xFF and 0xD0 <= r[i + 1] <= 0xD7]
    assert len(rpos) >= 4
    r[rpos[2] + 1] = 0xD0 + ((r[rpos[2] + 1] - 0xD0 + 4) % 8)
    add("jpeg/restart_out_of_sequence.jpg", bytes(r), "jpeg",
        "third RST marker renumbered (RSTn+4)", "reject",
        "libjpeg warning: found marker instead of RSTn / must resync")

    # truncation series on the baseline 4:2:0 file
    segs = jpeg_segments(base)
    k = 0
    seen = {}
    for m, s, e in segs[:-1]:
        name = MNAME[m] if m in MNAME else f"{m:02x}"
        seen[name] = seen.get(name, 0) + 1
        k += 1
        if m == "ECS":
            add(f"jpeg/trunc_{k:02d}_mid_scan_{(s + e) // 2}B.jpg", base[:(s + e) // 2], "jpeg",
                "baseline 4:2:0 cut in the middle of the scan data", "reject",
                "premature end of data / file")
            k += 1
            add(f"jpeg/trunc_{k:02d}_missing_eoi_{e}B.jpg", base[:e], "jpeg",
                "baseline 4:2:0 with the final EOI marker removed", "reject",
                "premature end of file (no EOI)")
        else:
            add(f"jpeg/trunc_{k:02d}_after_{name}{seen[name]}_{e}B.jpg", base[:e], "jpeg",
                f"baseline 4:2:0 cut after marker segment {name.upper()} #{seen[name]}",
                "reject", "file ends before the image data")
    k += 1
    add(f"jpeg/trunc_{k:02d}_inside_eoi_{len(base) - 1}B.jpg", base[:-1], "jpeg",
        "baseline 4:2:0 cut between the 0xFF and 0xD9 of EOI", "reject", "no complete EOI")
    add("jpeg/progressive_trunc_half.jpg", prog[:len(prog) // 2], "jpeg",
        f"progressive file cut to {len(prog) // 2} of {len(prog)} bytes (inside a scan)",
        "reject", "premature end of file")
    ps = [x for x in jpeg_segments(prog) if x[0] == 0xDA]
    cut = ps[len(ps) // 2][1]
    add("jpeg/progressive_trunc_between_scans.jpg", prog[:cut], "jpeg",
        f"progressive file cut just before SOS #{len(ps) // 2 + 1} of {len(ps)}", "reject",
        "premature end of file")

    # ~141-byte JPEG claiming 16384x16384 gray
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([1] * 64)
    sof0 = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, 16384, 16384, 1) + b"\x01\x11\x00"
    tab = bytes([1] + [0] * 15) + b"\x00"
    dht_ = b"\xff\xc4" + struct.pack(">H", 2 + 2 * 18) + b"\x00" + tab + b"\x10" + tab
    sos_ = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    tiny = b"\xff\xd8" + dqt + sof0 + dht_ + sos_ + b"\x00" * 5 + b"\xff\xd9"
    assert len(tiny) == 141, len(tiny)
    add("jpeg/tiny_141B_claims_16384x16384.jpg", tiny, "jpeg",
        "141-byte gray JPEG (DQT, SOF0, DHT, SOS, 5 scan bytes, EOI) claiming 16384x16384",
        "reject", "16384^2 px > 512 * 5 entropy bytes + slack: impossible size; premature end "
        "of data")


# ----------------------------------------------------------------------------- TIFF
TT = {1: "B", 2: "s", 3: "H", 4: "I", 6: "b", 8: "h", 9: "i", 11: "f", 12: "d", 16: "Q"}
TSIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 8: 2, 9: 4, 11: 4, 12: 8, 16: 8}


def tiff_build(tags, blocks, bo="<", tiled=False, ifd_at_end=False, next_ifd=0, post=None):
    """Classic TIFF with one IFD. tags: {tag: (type, [values])}; blocks: strip/tile data.
    post(tags, info) may change values (not counts) once offsets are known."""
    off_tag, cnt_tag = (324, 325) if tiled else (273, 279)
    tags = dict(tags)
    tags[off_tag] = (4, [0] * len(blocks))
    tags[cnt_tag] = (4, [len(b) for b in blocks])
    order = sorted(tags)
    ifd_size = 2 + 12 * len(order) + 4

    def nbytes(t):
        typ, vals = tags[t]
        return TSIZE[typ] * len(vals) * (1 if typ != 5 else 1)

    ool_total = sum((nbytes(t) + 1) & ~1 for t in order if nbytes(t) > 4)
    blocks_total = sum((len(b) + 1) & ~1 for b in blocks)
    if ifd_at_end:
        data_pos = 8
        ool_pos = data_pos + blocks_total
        ifd_pos = ool_pos + ool_total
    else:
        ifd_pos = 8
        ool_pos = ifd_pos + ifd_size
        data_pos = ool_pos + ool_total
    offs = []
    p = data_pos
    for b in blocks:
        offs.append(p)
        p += (len(b) + 1) & ~1
    tags[off_tag] = (4, offs)
    info = {"ifd_pos": ifd_pos, "data_pos": data_pos, "ifd_size": ifd_size}
    if post:
        post(tags, info)

    def pack_vals(typ, vals):
        if typ == 5:
            return b"".join(struct.pack(bo + "II", *v) for v in vals)
        if typ == 2:
            return bytes(vals)
        return struct.pack(bo + TT[typ] * len(vals), *vals)

    ifd = struct.pack(bo + "H", len(order))
    ool = b""
    for t in order:
        typ, vals = tags[t]
        vb = pack_vals(typ, vals)
        cnt = len(vals)
        if len(vb) <= 4:
            field = vb + bytes(4 - len(vb))
        else:
            field = struct.pack(bo + "I", ool_pos + len(ool))
            ool += vb + bytes(len(vb) & 1)
        ifd += struct.pack(bo + "HHI", t, typ, cnt) + field
    nxt = ifd_pos if next_ifd == "self" else next_ifd
    ifd += struct.pack(bo + "I", nxt)
    data = b"".join(b + bytes(len(b) & 1) for b in blocks)
    head = (b"II*\x00" if bo == "<" else b"MM\x00*") + struct.pack(bo + "I", ifd_pos)
    if ifd_at_end:
        out = head + data + ool + ifd
    else:
        out = head + ifd + ool + data
    assert len(ool) == ool_total
    return out


def tiff_tags(w, h, spp, bps, photometric, rps=None, fmt=1, planar=1, comp=1, extra=None):
    t = {256: (4, [w]), 257: (4, [h]), 258: (3, [bps] * max(spp, 1)), 259: (3, [comp]),
         262: (3, [photometric]), 277: (3, [spp]), 278: (4, [rps or h]), 284: (3, [planar])}
    if fmt != 1:
        t[339] = (3, [fmt] * max(spp, 1))
    if extra:
        t.update(extra)
    return t


def tiff_strips(a, rps, bo="<"):
    """a: (h, w, c) array of the file's sample dtype -> list of strip byte strings (contig)."""
    dt = a.dtype.newbyteorder(bo) if a.dtype.itemsize > 1 else a.dtype
    out = []
    for y in range(0, a.shape[0], rps):
        out.append(a[y:y + rps].astype(dt).tobytes())
    return out


def tiff_simple(a, photometric, bo="<", rps=None, fmt=1, extra=None, **kw):
    if a.ndim == 2:
        a = a[:, :, None]
    h, w, c = a.shape
    rps = rps or h
    tags = tiff_tags(w, h, c, a.dtype.itemsize * 8, photometric, rps, fmt, extra=extra)
    return tiff_build(tags, tiff_strips(a, rps, bo), bo=bo, **kw)


def pack_bits1(b):
    """(h, w) 0/1 array -> rows packed MSB first, each row padded to a byte."""
    h, w = b.shape
    wp = (w + 7) // 8 * 8
    pad = np.zeros((h, wp), np.uint8)
    pad[:, :w] = b
    return np.packbits(pad, axis=1)


def tiffcp(data, *args):
    src = TMP / "in.tif"
    dst = TMP / "out.tif"
    src.write_bytes(data)
    if dst.exists():
        dst.unlink()
    run(["tiffcp", *args, str(src), str(dst)])
    return dst.read_bytes()


def tiff_get(data, tag):
    """Values of a SHORT/LONG tag in the first IFD of a classic TIFF."""
    bo = "<" if data[:2] == b"II" else ">"
    ifd = struct.unpack(bo + "I", data[4:8])[0]
    n = struct.unpack(bo + "H", data[ifd:ifd + 2])[0]
    for i in range(n):
        p = ifd + 2 + 12 * i
        t, typ, cnt = struct.unpack(bo + "HHI", data[p:p + 8])
        if t == tag:
            f = TT[typ]
            size = TSIZE[typ] * cnt
            at = p + 8 if size <= 4 else struct.unpack(bo + "I", data[p + 8:p + 12])[0]
            return list(struct.unpack(bo + f * cnt, data[at:at + size]))
    raise KeyError(tag)


def tiff_set_tag(data, tag, value):
    """Overwrite the single inline value of `tag` in the first IFD of a classic TIFF."""
    bo = "<" if data[:2] == b"II" else ">"
    ifd = struct.unpack(bo + "I", data[4:8])[0]
    n = struct.unpack(bo + "H", data[ifd:ifd + 2])[0]
    for i in range(n):
        p = ifd + 2 + 12 * i
        t, typ, cnt = struct.unpack(bo + "HHI", data[p:p + 8])
        if t == tag:
            assert cnt == 1 and typ in (3, 4), (tag, typ, cnt)
            b = bytearray(data)
            b[p + 8:p + 12] = (struct.pack(bo + "H", value) + b"\0\0" if typ == 3
                               else struct.pack(bo + "I", value))
            return bytes(b)
    raise KeyError(tag)


def make_tiff():
    H, W = 29, 37
    g8 = base_gray(H, W, seed=9)
    rgb = base_rgb(H, W, seed=10)
    g16 = base_u16(H, W, seed=11)[:, :, 0]
    i16 = (g16.astype(np.int32) - 30000).astype(np.int16)
    f32 = ((g8.astype(np.float32) - 100.0) / 7.0).astype(np.float32)
    f64 = (f32.astype(np.float64) * 1e3 + 0.125)
    alpha = ((np.arange(W)[None, :] * 7 + np.arange(H)[:, None] * 3) % 256).astype(np.uint8)
    rgba = np.concatenate([rgb, alpha[..., None]], -1)

    def ok(path, data, defect, a, ch, st, why="control", hint=True):
        add(path, data, "tiff", defect, "accept", why, (H, W), ch, st,
            np.asarray(a, np.float64).mean() if hint else None)

    gray_t = tiff_simple(g8, 1)
    rgb_t = tiff_simple(rgb, 2)
    ok("tiff/valid_gray8.tif", gray_t, f"none: valid {W}x{H} gray 8-bit, one strip", g8, 1,
       "uint8")
    ok("tiff/valid_gray8_multistrip.tif", tiff_simple(g8, 1, rps=4),
       "none: valid gray 8-bit, RowsPerStrip 4 (8 strips)", g8, 1, "uint8")
    ok("tiff/valid_rgb8.tif", rgb_t, "none: valid RGB 8-bit contig", rgb, 3, "uint8")
    ok("tiff/valid_gray16_bigendian.tif", tiff_simple(g16, 1, bo=">", rps=10),
       "none: valid gray 16-bit, big-endian 'MM'", g16, 1, "uint16")
    ok("tiff/valid_int16.tif", tiff_simple(i16, 1, fmt=2), "none: valid signed int16 gray",
       i16, 1, "int16")
    ok("tiff/valid_float32.tif", tiff_simple(f32, 1, fmt=3),
       "none: valid float32 gray (SampleFormat 3)", f32, 1, "float32")
    ok("tiff/valid_float64_bigendian.tif", tiff_simple(f64, 1, fmt=3, bo=">"),
       "none: valid float64 gray, big-endian", f64, 1, "float64")
    bits = (g8 > 120).astype(np.uint8)
    t = tiff_tags(W, H, 1, 1, 0)
    ok("tiff/valid_bilevel_miniswhite.tif", tiff_build(t, [pack_bits1(bits).tobytes()]),
       "none: valid 1-bit min-is-white", bits, 1, "uint8",
       why="control; 1-bit becomes uint8 (0 = white)", hint=False)
    ok("tiff/valid_tiled_16x16.tif", tiffcp(rgb_t, "-t", "-w", "16", "-l", "16"),
       "none: valid RGB tiled 16x16 (3x2 tiles, partial edge tiles)", rgb, 3, "uint8")
    ok("tiff/valid_bigtiff.tif", tiffcp(rgb_t, "-8"), "none: valid BigTIFF RGB 8-bit", rgb, 3,
       "uint8")
    ok("tiff/valid_lzw_predictor.tif", tiffcp(rgb_t, "-c", "lzw:2"),
       "none: valid LZW with horizontal predictor", rgb, 3, "uint8")
    ok("tiff/valid_deflate.tif", tiffcp(gray_t, "-c", "zip"), "none: valid Deflate gray 8-bit",
       g8, 1, "uint8")
    ok("tiff/valid_packbits.tif", tiffcp(rgb_t, "-c", "packbits"), "none: valid PackBits RGB",
       rgb, 3, "uint8")
    ok("tiff/valid_planar_separate.tif", tiffcp(rgb_t, "-p", "separate"),
       "none: valid RGB PlanarConfiguration 2 (separate planes)", rgb, 3, "uint8")
    pal = colour_palette(256, seed=12).astype(np.uint16)
    pidx = indices(H, W, 256, seed=13)
    cmap = (3, [int(v) * 257 for v in np.concatenate([pal[:, 0], pal[:, 1], pal[:, 2]])])
    t = tiff_tags(W, H, 1, 8, 3, extra={320: cmap})
    ok("tiff/valid_palette8.tif", tiff_build(t, tiff_strips(pidx[:, :, None], H)),
       "none: valid 8-bit palette (ColorMap)", pal[pidx], 3, "uint8",
       why="control; palette expands to RGB")
    ga = np.stack([g8, alpha], -1)
    ok("tiff/valid_gray_alpha.tif", tiff_simple(ga, 1, extra={338: (3, [2])}),
       "none: valid gray + unassociated alpha (ExtraSamples 2)", ga, 2, "uint8")
    ok("tiff/valid_rgba.tif", tiff_simple(rgba, 2, extra={338: (3, [2])}),
       "none: valid RGBA (ExtraSamples 2)", rgba, 4, "uint8")
    cmyk = np.concatenate([255 - rgb, (g8 // 3)[..., None]], -1)
    ok("tiff/valid_cmyk.tif", tiff_simple(cmyk, 5, extra={332: (3, [1])}),
       "none: valid CMYK (Photometric separated, InkSet 1)", cmyk, 3, "uint8",
       why="control; CMYK becomes RGB", hint=False)

    # --- defects
    def setv(tag, vals):
        def f(tags, info):
            tags[tag] = (tags[tag][0], vals)
        return f

    add("tiff/strip_offset_beyond_eof.tif",
        tiff_simple(g8, 1, post=setv(273, [1 << 20])), "tiff",
        "StripOffsets = 1 MiB in a 1.2 KB file", "reject", "strip cannot be read")
    lzw = tiffcp(gray_t, "-c", "lzw", "-r", "1000")
    add("tiff/strip_bytecount_beyond_eof_lzw.tif", tiff_set_tag(lzw, 279, len(lzw) * 4), "tiff",
        "LZW single strip, StripByteCounts = 4x the file size", "reject",
        "libtiff: read error on strip (bytes beyond end of file)")
    add("tiff/strip_bytecount_beyond_eof_uncompressed.tif",
        tiff_simple(g8, 1, post=setv(279, [100000])), "tiff",
        "uncompressed single strip, StripByteCounts 100000 > file size (data itself complete)",
        "accept_or_reject",
        "libtiff warns 'Bogus StripByteCounts' and re-estimates; if loaded: 29x37 gray8 equal "
        "to valid_gray8.tif")
    add("tiff/width_0.tif", tiff_simple(g8, 1, post=setv(256, [0])), "tiff", "ImageWidth 0",
        "reject", "zero width")
    add("tiff/claim_100000x100000.tif",
        tiff_simple(g8, 1, post=lambda tg, i: (setv(256, [100000])(tg, i),
                                               setv(257, [100000])(tg, i),
                                               setv(278, [100000])(tg, i))), "tiff",
        "gray8 claims 100000x100000 with one 1073-byte strip", "reject",
        "memory budget (40 GB of float); pixel data does not fit")
    d = tiff_build(tiff_tags(W, H, 1, 7, 1), [bytes((W * 7 + 7) // 8 * H)])
    add("tiff/bitspersample_7.tif", d, "tiff", "BitsPerSample 7 (data present)", "reject",
        "unsupported bit depth")
    half = np.zeros((H, W, 1), np.uint16) + 0x3C00
    add("tiff/float16.tif", tiff_simple(half.view(np.uint16), 1, fmt=3), "tiff",
        "16-bit IEEE half float (SampleFormat 3, BitsPerSample 16)", "reject",
        "unsupported sample type (only 32/64-bit float)")
    add("tiff/samplesperpixel_0.tif", tiff_simple(g8, 1, post=setv(277, [0])), "tiff",
        "SamplesPerPixel 0", "reject", "libtiff: bad value 0 for SamplesPerPixel")
    add("tiff/samplesperpixel_5000.tif",
        tiff_build(tiff_tags(W, H, 1, 8, 1, extra={277: (3, [5000])}), tiff_strips(g8[..., None], H)),
        "tiff", "SamplesPerPixel 5000 (BitsPerSample count 1, one 1073-byte strip)", "reject",
        "unsupported sample count; pixel data does not fit")
    d = bytearray(gray_t)
    d[4:8] = struct.pack("<I", len(d) + 5000)
    add("tiff/ifd_offset_beyond_eof.tif", bytes(d), "tiff", "first IFD offset past end of file",
        "reject", "libtiff cannot read the directory")
    add("tiff/ifd_next_points_to_itself.tif", tiff_simple(g8, 1, next_ifd="self"), "tiff",
        "IFD's next-IFD offset points to itself (directory loop)", "accept_or_reject",
        "first directory is complete; if loaded: 29x37 gray8 equal to valid_gray8.tif, and no hang")
    add("tiff/compression_12345.tif", tiff_simple(g8, 1, post=setv(259, [12345])), "tiff",
        "Compression 12345 (unknown scheme)", "reject", "libtiff: compression not configured")

    def tiles(a, tw, th):
        h, w = a.shape[:2]
        out = []
        for ty in range(0, h, th):
            for tx in range(0, w, tw):
                blk = np.zeros((th, tw) + a.shape[2:], a.dtype)
                sub = a[ty:ty + th, tx:tx + tw]
                blk[:sub.shape[0], :sub.shape[1]] = sub
                out.append(blk.tobytes())
        return out

    t = tiff_tags(W, H, 1, 8, 1)
    del t[278]
    t0 = {**t, 322: (3, [16]), 323: (3, [16])}
    add("tiff/tile_width_0.tif",
        tiff_build(t0, tiles(g8, 16, 16), tiled=True, post=setv(322, [0])), "tiff",
        "TileWidth 0 (TileLength 16)", "reject", "libtiff: zero number of tiles")
    t10 = {**t, 322: (3, [10]), 323: (3, [16])}
    add("tiff/tile_width_10.tif", tiff_build(t10, tiles(g8, 10, 16), tiled=True), "tiff",
        "TileWidth 10 (not a multiple of 16), tiles otherwise complete", "accept_or_reject",
        "TIFF requires multiples of 16; libtiff 4.5 only warns when reading; if loaded: 29x37 "
        "gray8 equal to valid_gray8.tif")
    # truncations
    add("tiff/trunc_mid_pixels_single_strip.tif", gray_t[:len(gray_t) - W * H // 2], "tiff",
        "gray8 one strip, file cut in the middle of the pixel data", "reject",
        "pixel data does not fit")
    ms = tiff_simple(rgb, 2, rps=4)
    add("tiff/trunc_mid_pixels_multistrip.tif", ms[:len(ms) - W * H * 3 // 2], "tiff",
        "RGB8 8 strips, file cut in the middle of the pixel data (last strips missing)", "reject",
        "pixel data does not fit")
    lz = tiffcp(rgb_t, "-c", "lzw", "-r", "8")
    offs, cnts = tiff_get(lz, 273), tiff_get(lz, 279)
    lzs = [lz[o:o + n] for o, n in zip(offs, cnts)]
    lz = tiff_build(tiff_tags(W, H, 3, 8, 2, rps=8, comp=5), lzs)  # IFD first, strips after
    add("tiff/trunc_mid_pixels_lzw.tif", lz[:len(lz) - sum(cnts) // 2], "tiff",
        f"LZW RGB8 ({len(lzs)} strips, IFD first) cut in the middle of the compressed strips",
        "reject", "pixel data does not fit")
    e = tiff_simple(g8, 1, ifd_at_end=True)
    ifd_pos = struct.unpack("<I", e[4:8])[0]
    add("tiff/trunc_inside_ifd.tif", e[:ifd_pos + 2 + 12 * 4 + 6], "tiff",
        "IFD at the end of the file; file cut after 4.5 of its 9 entries", "reject",
        "libtiff cannot read the directory")


# ----------------------------------------------------------------------------- BMP
def bmp_rows(rowbytes_list):
    """Pad each row to 4 bytes."""
    return b"".join(r + bytes((-len(r)) % 4) for r in rowbytes_list)


def bmp_pack(a, bpp):
    """a: (h, w) indices or (h, w, 3) RGB or (h, w, 4) RGBA -> list of row bytes (top row first)."""
    rows = []
    for y in range(a.shape[0]):
        r = a[y]
        if bpp == 24:
            rows.append(r[:, ::-1].astype(np.uint8).tobytes())
        elif bpp == 32:
            bgrx = np.concatenate([r[:, 2::-1], r[:, 3:4]] if r.shape[1] == 4 else
                                  [r[:, ::-1], np.zeros((len(r), 1), np.uint8)], -1)
            rows.append(bgrx.astype(np.uint8).tobytes())
        elif bpp == 16:
            rows.append(r.astype("<u2").tobytes())
        elif bpp == 8:
            rows.append(r.astype(np.uint8).tobytes())
        else:
            per = 8 // bpp
            n = (len(r) + per - 1) // per * per
            v = np.zeros(n, np.uint16)
            v[:len(r)] = r
            v = v.reshape(-1, per)
            byte = np.zeros(len(v), np.uint16)
            for k in range(per):
                byte = (byte << bpp) | v[:, k]
            rows.append(byte.astype(np.uint8).tobytes())
    return rows


def bmp_build(w, h, bpp, pix, palette=None, hdr=40, comp=0, masks=None, clr_used=None):
    """pix: pixel data exactly as stored. palette: (n, 3) RGB. masks: (r, g, b[, a])."""
    if hdr == 12:
        ih = struct.pack("<IHHHH", 12, w, h, 1, bpp)
        pal = b"" if palette is None else b"".join(bytes([b, g, r]) for r, g, b in palette)
        extra = b""
    else:
        n = 0 if palette is None else len(palette)
        ih = struct.pack("<IiiHHIIiiII", hdr, w, h, 1, bpp, comp, len(pix), 2835, 2835,
                         n if clr_used is None else clr_used, 0)
        m = list(masks or (0, 0, 0, 0)) + [0] * 4
        extra = b""
        if hdr == 40 and comp == 3:
            extra = struct.pack("<III", *m[:3])
        elif hdr == 52:
            ih += struct.pack("<III", *m[:3])
        elif hdr >= 56:
            ih += struct.pack("<IIII", *m[:4])
        if hdr >= 108:
            ih += struct.pack("<I", 0x73524742) + bytes(36) + bytes(12)
        if hdr == 124:
            ih += struct.pack("<IIII", 4, 0, 0, 0)
        assert len(ih) == hdr, (len(ih), hdr)
        pal = b"" if palette is None else b"".join(bytes([b, g, r, 0]) for r, g, b in palette)
    off = 14 + len(ih) + len(extra) + len(pal)
    total = off + len(pix)
    return b"BM" + struct.pack("<IHHI", total, 0, 0, off) + ih + extra + pal + pix


def rle8_encode(idx, eob=True):
    """idx: (h, w) uint8, encoded bottom-up; runs of >=3 equal pixels are encoded, the rest uses
    absolute mode (>= 3 pixels) or single-pixel runs."""
    out = bytearray()
    for y in range(idx.shape[0] - 1, -1, -1):
        row = list(idx[y])
        x = 0
        while x < len(row):
            run_ = 1
            while x + run_ < len(row) and row[x + run_] == row[x] and run_ < 255:
                run_ += 1
            if run_ >= 3:
                out += bytes([run_, row[x]])
                x += run_
                continue
            # absolute stretch until the next run of >= 3
            j = x
            while j < len(row) and j - x < 255:
                if j + 2 < len(row) and row[j] == row[j + 1] == row[j + 2]:
                    break
                j += 1
            lit = row[x:j]
            if len(lit) >= 3:
                out += bytes([0, len(lit)]) + bytes(lit) + bytes(len(lit) & 1)
            else:
                for v in lit:
                    out += bytes([1, v])
            x = j
        out += b"\x00\x00"
    if eob:
        out += b"\x00\x01"
    return bytes(out)


def rle4_encode(idx):
    out = bytearray()
    for y in range(idx.shape[0] - 1, -1, -1):
        row = list(idx[y])
        x = 0
        while x < len(row):
            # encoded run of alternating pair (a, b): count while pattern holds
            n = 1
            while x + n < len(row) and n < 255 and row[x + n] == row[x + (n % 2)]:
                n += 1
            if n >= 4 or len(row) - x < 3:
                b = row[x + 1] if n > 1 else 0
                out += bytes([n, (row[x] << 4) | b])
                x += n
                continue
            j = min(len(row), x + 8)
            lit = row[x:j]
            packed = bytearray()
            for k in range(0, len(lit), 2):
                packed.append((lit[k] << 4) | (lit[k + 1] if k + 1 < len(lit) else 0))
            if len(packed) & 1:
                packed.append(0)
            out += bytes([0, len(lit)]) + packed
            x = j
        out += b"\x00\x00"
    out += b"\x00\x01"
    return bytes(out)


def make_bmp():
    H, W = 17, 23
    rgb = base_rgb(H, W, seed=14)
    gray = base_gray(H, W, seed=15)
    alpha = ((np.arange(W)[None, :] * 9 + np.arange(H)[:, None] * 4) % 256).astype(np.uint8)

    def ok(path, data, defect, dec, ch, why="control", hint=True):
        add(path, data, "bmp", defect, "accept", why, (H, W), ch, "uint8",
            np.asarray(dec, np.float64).mean() if hint else None)

    bu = lambda a, bpp: bmp_rows(bmp_pack(a, bpp)[::-1])  # bottom-up
    b24 = bmp_build(W, H, 24, bu(rgb, 24))
    ok("bmp/valid_24bit.bmp", b24, f"none: valid {W}x{H} 24-bit bottom-up (row padding 1 B)",
       rgb, 3)
    ok("bmp/valid_24bit_topdown.bmp",
       bmp_build(W, -H, 24, bmp_rows(bmp_pack(rgb, 24))), "none: valid 24-bit top-down "
       "(negative height)", rgb, 3)
    ok("bmp/valid_32bit_bi_rgb.bmp", bmp_build(W, H, 32, bu(rgb, 32)),
       "none: valid 32-bit BI_RGB (4th byte 0, unused)", rgb, 3)
    rgba = np.concatenate([rgb, alpha[..., None]], -1)
    ok("bmp/valid_32bit_bitfields_alpha_v5.bmp",
       bmp_build(W, H, 32, bu(rgba, 32), hdr=124, comp=3,
                 masks=(0xFF0000, 0xFF00, 0xFF, 0xFF000000)),
       "none: valid 32-bit BI_BITFIELDS with alpha mask, BITMAPV5HEADER", rgba, 4)
    r5 = (rgb[..., 0] >> 3).astype(np.uint16)
    g5 = (rgb[..., 1] >> 3).astype(np.uint16)
    g6 = (rgb[..., 1] >> 2).astype(np.uint16)
    b5 = (rgb[..., 2] >> 3).astype(np.uint16)
    ok("bmp/valid_16bit_555.bmp", bmp_build(W, H, 16, bu((r5 << 10) | (g5 << 5) | b5, 16)),
       "none: valid 16-bit BI_RGB (X1R5G5B5)", rgb, 3, why="control; channel scaling is the "
       "decoder's choice", hint=False)
    ok("bmp/valid_16bit_565_bitfields.bmp",
       bmp_build(W, H, 16, bu((r5 << 11) | (g6 << 5) | b5, 16), comp=3,
                 masks=(0xF800, 0x07E0, 0x001F)),
       "none: valid 16-bit BI_BITFIELDS 565", rgb, 3, why="control; channel scaling is the "
       "decoder's choice", hint=False)
    gpal = np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, 1)
    ok("bmp/valid_8bit_gray_palette.bmp", bmp_build(W, H, 8, bu(gray, 8), palette=gpal),
       "none: valid 8-bit, 256-entry gray palette", np.repeat(gray[..., None], 3, 2), 3,
       why="control; a gray palette still gives RGB")
    cpal = colour_palette(40, seed=16)
    cidx = indices(H, W, 40, seed=17)
    ok("bmp/valid_8bit_colour_palette.bmp", bmp_build(W, H, 8, bu(cidx, 8), palette=cpal),
       "none: valid 8-bit, 40-entry colour palette (biClrUsed 40)", cpal[cidx], 3)
    p16 = colour_palette(16, seed=18)
    i16 = indices(H, W, 16, seed=19)
    ok("bmp/valid_4bit.bmp", bmp_build(W, H, 4, bu(i16, 4), palette=p16),
       "none: valid 4-bit, 16-colour palette", p16[i16], 3)
    bw = np.array([[0, 0, 0], [255, 255, 255]], np.uint8)
    i1 = (gray > 120).astype(np.uint8)
    ok("bmp/valid_1bit.bmp", bmp_build(W, H, 1, bu(i1, 1), palette=bw),
       "none: valid 1-bit black/white palette", bw[i1], 3,
       why="control; a palette gives RGB")
    # RLE-friendly picture: horizontal bands plus a noisy stretch
    y, x = np.mgrid[0:H, 0:W]
    ridx = ((y // 3) * 5 + (x // 6)) % 40
    ridx[::4, 5:11] = indices(H, W, 40, seed=22)[::4, 5:11]
    ridx = ridx.astype(np.uint8)
    rle8 = rle8_encode(ridx)
    ok("bmp/valid_rle8.bmp", bmp_build(W, H, 8, rle8, palette=cpal, comp=1),
       "none: valid BI_RLE8 (encoded and absolute runs, EOL, EOB)", cpal[ridx], 3)
    r4idx = (ridx % 16).astype(np.uint8)
    r4idx[1, :8] = [1, 2, 1, 2, 1, 2, 1, 2]
    ok("bmp/valid_rle4.bmp", bmp_build(W, H, 4, rle4_encode(r4idx), palette=p16, comp=2),
       "none: valid BI_RLE4 (encoded and absolute runs)", p16[r4idx], 3)
    ok("bmp/valid_core_header_8bit.bmp", bmp_build(W, H, 8, bu(cidx, 8), palette=cpal, hdr=12),
       "none: valid BITMAPCOREHEADER (12 B) 8-bit, RGBTRIPLE palette", cpal[cidx], 3)
    ok("bmp/valid_v4_header_24bit.bmp", bmp_build(W, H, 24, bu(rgb, 24), hdr=108),
       "none: valid BITMAPV4HEADER (108 B) 24-bit", rgb, 3)
    ok("bmp/valid_v2_header_52_565.bmp",
       bmp_build(W, H, 16, bu((r5 << 11) | (g6 << 5) | b5, 16), hdr=52, comp=3,
                 masks=(0xF800, 0x07E0, 0x001F)),
       "none: valid 52-byte info header (RGB masks inside) 16-bit 565", rgb, 3,
       why="control", hint=False)
    ok("bmp/valid_v3_header_56_32bit.bmp",
       bmp_build(W, H, 32, bu(rgb, 32), hdr=56, comp=3, masks=(0xFF0000, 0xFF00, 0xFF, 0)),
       "none: valid 56-byte info header, 32-bit bitfields without alpha", rgb, 3)

    # --- defects
    def patch(b, off, fmt, *v):
        b = bytearray(b)
        struct.pack_into(fmt, b, off, *v)
        return bytes(b)

    add("bmp/trunc_pixel_data.bmp", b24[:len(b24) - 500], "bmp",
        "24-bit file cut 500 bytes before the end of the pixel data", "reject",
        "pixel data does not fit")
    add("bmp/width_0.bmp", patch(b24, 18, "<i", 0), "bmp", "biWidth 0", "reject", "zero width")
    add("bmp/height_0.bmp", patch(b24, 22, "<i", 0), "bmp", "biHeight 0", "reject",
        "zero height")
    add("bmp/width_negative.bmp", patch(b24, 18, "<i", -W), "bmp", "biWidth -23", "reject",
        "negative width is invalid")
    add("bmp/height_int_min.bmp", patch(b24, 22, "<i", -2 ** 31), "bmp",
        "biHeight = INT32_MIN (abs() overflows)", "reject", "bad header")
    add("bmp/claim_100000x100000.bmp", patch(patch(b24, 18, "<i", 100000), 22, "<i", 100000),
        "bmp", "24-bit header claims 100000x100000, 1.2 KB of pixels", "reject",
        "memory budget; pixel data does not fit")
    add("bmp/bpp_7.bmp", patch(b24, 28, "<H", 7), "bmp", "biBitCount 7", "reject",
        "invalid bit count")
    b8 = bmp_build(W, H, 8, bu(cidx, 8), palette=cpal)
    add("bmp/palette_count_100000.bmp", patch(b8, 46, "<I", 100000), "bmp",
        "8-bit with biClrUsed 100000", "reject", "more colours than 2^bpp / than the file holds")
    add("bmp/pixel_offset_beyond_eof.bmp", patch(b24, 10, "<I", 1 << 20), "bmp",
        "bfOffBits = 1 MiB in a 1.2 KB file", "reject", "pixel data offset past end of file")
    add("bmp/info_header_size_99.bmp", patch(b24, 14, "<I", 99), "bmp", "biSize 99", "reject",
        "unknown info header size")
    add("bmp/bad_magic.bmp", b"BX" + b24[2:], "bmp", "magic 'BX' instead of 'BM'", "reject",
        "not a BMP")
    add("bmp/rle8_on_24bit.bmp", patch(b24, 30, "<I", 1), "bmp",
        "biCompression BI_RLE8 with biBitCount 24", "reject", "compression/bit count mismatch")
    # RLE damage; rows are W=23 wide
    def rle8_file(stream):
        return bmp_build(W, H, 8, stream, palette=cpal, comp=1)

    good_rows = rle8_encode(ridx[1:], eob=False)  # 16 rows (bottom 16), then the bad top row
    add("bmp/rle8_run_past_row_end.bmp", rle8_file(bytes([30, 3]) + b"\x00\x00" + good_rows +
                                                   b"\x00\x01"), "bmp",
        "RLE8: first row is an encoded run of 30 pixels in a 23-pixel row", "reject",
        "run past the row end")
    add("bmp/rle8_absolute_past_row_end.bmp",
        rle8_file(bytes([0, 30]) + bytes(range(30)) + b"\x00\x00" + good_rows + b"\x00\x01"),
        "bmp", "RLE8: absolute run of 30 pixels in a 23-pixel row", "reject",
        "run past the row end")
    add("bmp/rle8_delta_past_bottom.bmp",
        rle8_file(bytes([10, 3]) + b"\x00\x02\x00\x40" + bytes([5, 2]) + b"\x00\x01"), "bmp",
        "RLE8: delta (0, +64 rows) in a 17-row image, then more pixels", "reject",
        "delta past the image")
    add("bmp/rle8_delta_past_right.bmp",
        rle8_file(bytes([10, 3]) + b"\x00\x02\x30\x00" + bytes([5, 2]) + b"\x00\x01"), "bmp",
        "RLE8: delta (+48 columns, 0) in a 23-column row", "reject", "delta past the image")
    add("bmp/rle8_missing_eob.bmp", rle8_file(rle8_encode(ridx, eob=False)), "bmp",
        "RLE8 with every row and EOL present but no end-of-bitmap (00 01)", "accept_or_reject",
        "all pixels are coded; if loaded: 17x23 RGB equal to valid_rle8.bmp")
    add("bmp/rle8_data_cut.bmp", rle8_file(rle8[:len(rle8) // 2]), "bmp",
        "RLE8 stream cut after half of its bytes (no EOB, rows missing)", "reject",
        "truncated pixel data")
    add("bmp/rle4_run_past_row_end.bmp",
        bmp_build(W, H, 4, bytes([40, 0x12]) + b"\x00\x00" + b"\x00\x01", palette=p16, comp=2),
        "bmp", "RLE4: encoded run of 40 pixels in a 23-pixel row", "reject",
        "run past the row end")
    small = cpal[:4]
    bad_idx2 = (cidx % 4).astype(np.uint8)
    bad_idx2[5, 7] = 10
    add("bmp/palette_index_beyond_palette.bmp", bmp_build(W, H, 8, bu(bad_idx2, 8), palette=small),
        "bmp", "8-bit with a 4-entry palette (biClrUsed 4); one pixel uses index 10", "reject",
        "palette index beyond the palette")


# ----------------------------------------------------------------------------- checks
def check():
    """Light re-check with the reference tools (Pillow, djpeg, tiffinfo)."""
    from PIL import Image, ImageFile
    bad = 0
    for e in ENTRIES:
        p = OUT / e["path"]
        msg = ""
        if e["format"] == "jpeg":
            r = subprocess.run(["timeout", "20", "djpeg", "-scale", "1/8", "-outfile", "/dev/null",
                                str(p)], capture_output=True)
            status = "ok" if r.returncode == 0 and not r.stderr else "bad"
            msg = r.stderr.decode().strip().replace("\n", " | ")
        elif e["format"] == "tiff":
            r = subprocess.run(["tiffinfo", "-D", str(p)], capture_output=True)
            err = r.stderr.decode()
            status = "bad" if (r.returncode != 0 or "rror" in err or
                               "Read error" in r.stdout.decode()) else "ok"
            msg = err.strip().replace("\n", " | ")[:200]
        else:
            # Pillow checks ancillary CRCs strictly unless LOAD_TRUNCATED_IMAGES is set
            ImageFile.LOAD_TRUNCATED_IMAGES = "(ancillary)" in e["defect"]
            try:
                if e["path"].startswith("png/huge"):
                    raise ValueError("not decoded (budget)")
                with Image.open(p) as im:
                    im.load()
                status = "ok"
            except Exception as ex:  # noqa: BLE001
                status, msg = "bad", str(ex)[:200]
                if "Unsupported BMP header type" in msg:
                    status = "n/a"  # Pillow lacks 52/56-byte headers; our reader has them
        flag = ""
        if e["expect"] == "accept" and status == "bad":
            flag, bad = "  <-- accept file fails", bad + 1
        print(f"{e['expect']:16s} {status:3s} {e['path']:55s} {msg}{flag}")
    return bad


def main():
    global TMP
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as td:
        TMP = Path(td)
        make_png()
        make_jpeg()
        make_tiff()
        make_bmp()
    src = json.loads((ROOT / "tests/data/bad/MANIFEST.json").read_text())
    paths = [e["path"] for e in ENTRIES]
    assert len(paths) == len(set(paths))
    manifest = {
        "name": "Downsample Lab malformed-input corpus: photos",
        "contract": dict(src["contract"], timeout_s=10, default_max_rss_mib=512),
        "loaders": {"photo": "our photo loader: libpng 1.6, libjpeg-turbo 2.1 (8-bit), "
                             "libtiff 4.5 (first directory), own BMP reader"},
        "note": "Generated by tests/make_bad_photos.py (deterministic; rerun to rewrite). "
                "Contract for every file: a clean error or a successful load; no crash, no hang "
                "over 10 s, peak memory under max_rss_mib.",
        "files": ENTRIES,
    }
    (OUT / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n")
    total = sum(e["bytes"] for e in ENTRIES)
    print(f"{len(ENTRIES)} files, {total} bytes")
    if "--check" in sys.argv:
        sys.exit(1 if check() else 0)


if __name__ == "__main__":
    main()
