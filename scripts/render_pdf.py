#!/usr/bin/python3
"""PDF rendering for the baocao corpus (used by scripts/gen_corpus.py).

Two jobs:
  * render_real(): the real Lai Cách report, one text line per PDF line;
  * render_report(): a synthetic report from its structured content
    (reflowed paragraphs, headings bold), see gen_corpus.py.

Needs only reportlab (Debian: python3-reportlab) and the Liberation fonts
(Debian: fonts-liberation2). Output is byte-for-byte deterministic: the canvas
is created with invariant=1 (no timestamp, fixed document id).
"""
import os
import re
import struct
import subprocess

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONT_DIR = '/usr/share/fonts/truetype/liberation2'
FONTS = {
    'R': 'LiberationSerif-Regular.ttf',
    'B': 'LiberationSerif-Bold.ttf',
}
rl_config.useA85 = 0  # binary (Flate only) content streams: smaller files
_registered = False


# --------------------------------------------------------------------------
# Smaller font subsets: drop TrueType hinting (per-glyph instructions and the
# fpgm/prep/cvt tables). About 40% of Liberation's glyph data is hinting;
# unhinted outlines render fine and text extraction is unaffected.

def _strip_hinting(data):
    num = struct.unpack('>H', data[4:6])[0]
    tables = {}
    for i in range(num):
        tag, _cs, off, ln = struct.unpack('>4sIII', data[12 + 16 * i:28 + 16 * i])
        tables[tag] = bytes(data[off:off + ln])
    if b'glyf' not in tables or b'loca' not in tables:
        return data
    head = bytearray(tables[b'head'])
    long_loca = struct.unpack('>h', bytes(head[50:52]))[0] == 1
    loca, glyf = tables[b'loca'], tables[b'glyf']
    if long_loca:
        offs = list(struct.unpack('>%dI' % (len(loca) // 4), loca))
    else:
        offs = [2 * x for x in struct.unpack('>%dH' % (len(loca) // 2), loca)]
    out = bytearray()
    new = [0]
    for i in range(len(offs) - 1):
        g = bytearray(glyf[offs[i]:offs[i + 1]])
        if len(g) >= 10:
            nc = struct.unpack('>h', bytes(g[:2]))[0]
            if nc >= 0:
                p = 10 + 2 * nc
                il = struct.unpack('>H', bytes(g[p:p + 2]))[0]
                g = g[:p] + b'\0\0' + g[p + 2 + il:]
            else:
                p = 10
                while True:
                    flags = struct.unpack('>H', bytes(g[p:p + 2]))[0]
                    if flags & 0x100:
                        g[p:p + 2] = struct.pack('>H', flags & ~0x100)
                    p += 4 + (4 if flags & 1 else 2)
                    if flags & 8:
                        p += 2
                    elif flags & 0x40:
                        p += 4
                    elif flags & 0x80:
                        p += 8
                    if not flags & 0x20:
                        break
                g = g[:p]
        out += g
        out += b'\0' * (-len(out) % 4)
        new.append(len(out))
    tables[b'glyf'] = bytes(out)
    tables[b'loca'] = struct.pack('>%dI' % len(new), *new)
    head[50:52] = struct.pack('>h', 1)
    head[8:12] = b'\0\0\0\0'
    tables[b'head'] = bytes(head)
    for tag in (b'fpgm', b'prep', b'cvt '):
        tables.pop(tag, None)
    tags = sorted(tables)
    n = len(tags)
    es = max(k for k in range(n.bit_length()) if 2 ** k <= n)
    hdr = struct.pack('>IHHHH', 0x00010000, n, 16 * 2 ** es, es, 16 * n - 16 * 2 ** es)
    offset = 12 + 16 * n
    recs, body = b'', b''
    for tag in tags:
        t = tables[tag]
        padded = t + b'\0' * (-len(t) % 4)
        recs += struct.pack('>4sIII', tag, _checksum(padded), offset + len(body), len(t))
        body += padded
    font = bytearray(hdr + recs + body)
    adj = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
    hpos = offset + sum(len(tables[t]) + (-len(tables[t]) % 4) for t in tags[:tags.index(b'head')])
    font[hpos + 8:hpos + 12] = struct.pack('>I', adj)
    return bytes(font)


def _checksum(b):
    b = b + b'\0' * (-len(b) % 4)
    return sum(struct.unpack('>%dI' % (len(b) // 4), b)) & 0xFFFFFFFF


_orig_make_subset = ttfonts.TTFontFile.makeSubset


def _make_subset(self, subset):
    return _strip_hinting(_orig_make_subset(self, subset))


ttfonts.TTFontFile.makeSubset = _make_subset
_width_cache = {}


def register_fonts():
    global _registered
    if _registered:
        return
    for key, fname in FONTS.items():
        pdfmetrics.registerFont(TTFont('Serif-' + key, os.path.join(FONT_DIR, fname)))
    _registered = True


def width(text, font, size):
    k = (text, font, size)
    w = _width_cache.get(k)
    if w is None:
        w = pdfmetrics.stringWidth(text, font, size)
        if len(_width_cache) < 500000:
            _width_cache[k] = w
    return w


def new_canvas(path, title):
    register_fonts()
    c = canvas.Canvas(path, pagesize=A4, invariant=1, pageCompression=1,
                      initialFontName='Serif-R', initialFontSize=12)
    c.setTitle(title)
    c.setAuthor('baocao corpus generator')
    c.setCreator('scripts/gen_corpus.py (reportlab)')
    c.setProducer('ReportLab')
    return c


# --------------------------------------------------------------- real report

def render_real(txt_path, pdf_path, size=12, leading=14.5):
    """Each line of the text file becomes one PDF line, in order; blank lines
    stay as vertical space. A4, Liberation Serif."""
    register_fonts()
    with open(txt_path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    pw, ph = A4
    left, top, bottom = 2.5 * cm, 2.0 * cm, 2.0 * cm
    c = new_canvas(pdf_path, os.path.basename(txt_path))
    y = ph - top
    for line in lines:
        if y < bottom:
            c.showPage()
            y = ph - top
        text = line.rstrip('\n')
        if text.strip():
            c.setFont('Serif-R', size)
            c.drawString(left, y - size, text)
        y -= leading
    c.showPage()
    c.save()


def pdftotext(pdf_path, raw=True):
    args = ['pdftotext', '-enc', 'UTF-8']
    if raw:
        args.append('-raw')
    args += [pdf_path, '-']
    return subprocess.run(args, check=True, capture_output=True).stdout.decode('utf-8')


def check_tokens(txt, pdf_path, raw=True):
    """Compare the non-space character sequences of txt with what pdftotext
    gives back. Returns (ok, n_tokens, first_difference_or_None)."""
    import difflib
    import unicodedata
    want = txt.split()
    got = unicodedata.normalize('NFC', pdftotext(pdf_path, raw)).split()
    if want == got:
        return True, len(want), None
    sm = difflib.SequenceMatcher(a=want, b=got, autojunk=False)
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op != 'equal':
            return False, len(want), (op, want[a0:a1][:8], got[b0:b1][:8])
    return False, len(want), None


# ---------------------------------------------------------- synthetic report

RANGE_TOKEN = re.compile(r'^(\(?\d[\d/]*[-–])(\d[\d/]*\)?[.,;:)]*)$')


def wrap_words(words, font, size, first_width, width_rest):
    """Greedy line breaking. A range token like "2021-2025" may be split
    after its hyphen, as word processors do. Returns (lines, splits)."""
    lines, cur, splits = [], [], []
    space = width(' ', font, size)
    avail = first_width
    cur_w = 0.0
    for w in words:
        ww = width(w, font, size)
        if not cur:
            cur, cur_w = [w], ww
            continue
        if cur_w + space + ww <= avail:
            cur.append(w)
            cur_w += space + ww
            continue
        m = RANGE_TOKEN.match(w)
        if m and cur_w + space + width(m.group(1), font, size) <= avail:
            cur.append(m.group(1))
            lines.append(cur)
            splits.append(w)
            avail = width_rest
            cur, cur_w = [m.group(2)], width(m.group(2), font, size)
            continue
        lines.append(cur)
        avail = width_rest
        cur, cur_w = [w], ww
    if cur:
        lines.append(cur)
    return lines, splits


class Layout:
    def __init__(self, c, style):
        self.c = c
        self.st = style
        self.pw, self.ph = A4
        self.left = style.get('margin_left', 3.0 * cm)
        self.right = self.pw - style.get('margin_right', 2.0 * cm)
        self.top = self.ph - style.get('margin_top', 2.0 * cm)
        self.bottom = style.get('margin_bottom', 2.0 * cm)
        self.size = style.get('font_size', 13)
        self.lead = self.size * style.get('leading', 1.25)
        self.y = self.top
        self.page = 1
        self.splits = []

    @property
    def width(self):
        return self.right - self.left

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top
        if self.st.get('page_numbers'):
            self.c.setFont('Serif-R', self.size - 1)
            self.c.drawCentredString(self.pw / 2, self.ph - 1.2 * cm, str(self.page))

    def need(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def space(self, h):
        self.y -= h

    def centered(self, text, font='Serif-B', size=None, x=None):
        size = size or self.size
        self.need(self.lead)
        self.c.setFont(font, size)
        self.c.drawCentredString(x if x is not None else (self.left + self.right) / 2,
                                 self.y - size, text)
        self.y -= self.lead

    def paragraph(self, text, font='Serif-R', indent=None, justify=None, keep_next=0,
                  size=None, x0=None, x1=None):
        size = size or self.size
        lead = size * self.st.get('leading', 1.25)
        left = self.left if x0 is None else x0
        right = self.right if x1 is None else x1
        indent = self.st.get('indent', 1.0 * cm) if indent is None else indent
        justify = self.st.get('justify', True) if justify is None else justify
        words = text.split()
        lines, splits = wrap_words(words, font, size, right - left - indent, right - left)
        self.splits.extend(splits)
        need = lead * min(len(lines), 2) + keep_next * lead
        self.need(need)
        for i, ws in enumerate(lines):
            if self.y - lead < self.bottom:
                self.new_page()
            x = left + (indent if i == 0 else 0)
            avail = right - x
            yb = self.y - size
            self.c.setFont(font, size)
            last = i == len(lines) - 1
            if justify and not last and len(ws) > 1:
                tot = sum(width(w, font, size) for w in ws)
                gap = (avail - tot) / (len(ws) - 1)
                t = self.c.beginText(x, yb)
                t.setFont(font, size)
                for i, w in enumerate(ws):
                    t.textOut(w)
                    if i < len(ws) - 1:
                        t.moveCursor(round(width(w, font, size) + gap, 2), 0)
                self.c.drawText(t)
            else:
                self.c.drawString(x, yb, ' '.join(ws))
            self.y -= lead


def render_report(doc, pdf_path, style):
    """doc: dict produced by gen_corpus.Report.pdf_doc(); style: commune PDF style."""
    register_fonts()
    c = new_canvas(pdf_path, doc['title_text'])
    L = Layout(c, style)
    h = doc['header']
    if style.get('two_column_header'):
        xl = L.left + 3.2 * cm
        xr = L.left + 10.8 * cm
        y0 = L.y
        L.c.setFont('Serif-B', L.size - 1)
        yy = y0
        for t in h['issuer_lines']:
            L.c.drawCentredString(xl, yy - L.size, t)
            yy -= L.lead
        L.c.setFont('Serif-R', L.size - 1)
        L.c.drawCentredString(xl, yy - L.size - 2, h['number'])
        yl = yy - L.lead - 2
        yy = y0
        L.c.setFont('Serif-B', L.size - 1)
        for t in h['motto_lines']:
            L.c.drawCentredString(xr, yy - L.size, t)
            yy -= L.lead
        L.c.setFont('Serif-R', L.size - 1)
        L.c.drawCentredString(xr, yy - L.size - 2, h['date_line'])
        yr = yy - L.lead - 2
        L.y = min(yl, yr) - L.lead * 0.5
    else:
        for t in h['issuer_lines']:
            L.centered(t, 'Serif-B')
        for t in h['motto_lines']:
            L.centered(t, 'Serif-B')
        L.centered(h['number'], 'Serif-R')
        L.centered(h['date_line'], 'Serif-R')
        L.space(L.lead * 0.5)
    for t in doc['title_lines']:
        words_w = width(t, 'Serif-B', L.size)
        if words_w <= L.width:
            L.centered(t, 'Serif-B')
        else:
            # wrap and centre each piece
            lines, _ = wrap_words(t.split(), 'Serif-B', L.size, L.width - 2 * cm, L.width - 2 * cm)
            for ws in lines:
                L.centered(' '.join(ws), 'Serif-B')
    L.space(L.lead * 0.5)
    for b in doc['blocks']:
        kind = b[0]
        if kind == 'part':
            L.space(L.lead * 0.3)
            if style.get('center_parts'):
                L.need(L.lead * 3)
                L.centered(b[1], 'Serif-B')
            else:
                L.paragraph(b[1], font='Serif-B', indent=0, justify=False, keep_next=2)
        elif kind == 'heading':
            L.paragraph(b[1], font='Serif-B', indent=style.get('heading_indent', 0),
                        justify=False, keep_next=2)
        elif kind == 'sub':
            L.paragraph(b[1], font='Serif-R', indent=style.get('heading_indent', 0),
                        justify=False, keep_next=1)
        elif kind == 'para':
            L.paragraph(b[1])
        elif kind == 'closing':
            L.space(L.lead * 0.3)
            L.paragraph(b[1])
    # recipients (left) and signature (right)
    rec, sig = doc['recipients'], doc['signature']
    small = L.size - 2
    need = max(len(rec) * small * 1.25, (len(sig) + 3) * L.lead) + L.lead
    L.space(L.lead * 0.5)
    L.need(need)
    y0 = L.y
    yy = y0
    for i, t in enumerate(rec):
        c.setFont('Serif-B' if i == 0 else 'Serif-R', small if i else small + 1)
        c.drawString(L.left, yy - small, t)
        yy -= small * 1.25
    xs = L.left + L.width * 0.72
    yy = y0
    for i, t in enumerate(sig):
        if i == len(sig) - 1:
            yy -= L.lead * 2.5
        c.setFont('Serif-B', L.size)
        c.drawCentredString(xs, yy - L.size, t)
        yy -= L.lead
    c.showPage()
    c.save()
    return L.splits
