#!/usr/bin/python3
"""Pixel statistics of a PNG, for the chart test (python3 standard library only).

    png_stats.py FILE.png [--colour #rrggbb]... [--region x0,y0,x1,y1]...

Prints JSON: width, height, non-white pixel count, per colour the pixels
within a small distance of it (antialiasing blurs line edges), and per region
the non-white pixels inside it. Handles 8-bit RGB/RGBA/grey, non-interlaced,
which is what rsvg-convert writes.
"""
import argparse
import json
import struct
import sys
import zlib


def decode(path):
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        sys.exit(f'{path}: not a PNG')
    pos, idat, header = 8, b'', None
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b'IHDR':
            header = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat += body
        elif kind == b'IEND':
            break
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 4: 2, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        sys.exit(f'{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})')
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    pixels = []
    for line in rows:
        row = []
        for x in range(width):
            px = line[x * channels:(x + 1) * channels]
            if channels == 1:
                rgb, alpha = (px[0],) * 3, 255
            elif channels == 2:
                rgb, alpha = (px[0],) * 3, px[1]
            else:
                rgb, alpha = tuple(px[:3]), (px[3] if channels == 4 else 255)
            # Composite on white, as a viewer shows it.
            row.append(tuple((v * alpha + 255 * (255 - alpha)) // 255 for v in rgb))
        pixels.append(row)
    return width, height, pixels


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('png')
    parser.add_argument('--colour', action='append', default=[])
    parser.add_argument('--region', action='append', default=[])
    args = parser.parse_args()
    width, height, pixels = decode(args.png)
    targets = [(c, tuple(int(c[i:i + 2], 16) for i in (1, 3, 5))) for c in args.colour]
    regions = [tuple(int(v) for v in r.split(',')) for r in args.region]
    counts = {c: 0 for c, _ in targets}
    region_counts = [0] * len(regions)
    nonwhite = 0
    for y, row in enumerate(pixels):
        for x, px in enumerate(row):
            if min(px) >= 250:
                continue
            nonwhite += 1
            for name, rgb in targets:
                if sum(abs(p - q) for p, q in zip(px, rgb)) <= 60:
                    counts[name] += 1
            for i, (x0, y0, x1, y1) in enumerate(regions):
                if x0 <= x < x1 and y0 <= y < y1:
                    region_counts[i] += 1
    json.dump({'width': width, 'height': height, 'nonwhite': nonwhite,
               'colours': counts, 'regions': region_counts}, sys.stdout)
    print()


if __name__ == '__main__':
    main()
