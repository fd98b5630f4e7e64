#!/usr/bin/python3
"""Deterministic generator of the synthetic baocao corpus.

Writes, for each invented commune and month:
    DIR/<commune-slug>/<YYYY-MM>.txt     text with PDF-extraction artefacts
    DIR/<commune-slug>/<YYYY-MM>.pdf     clean rendering of the same content
    DIR/truth/<commune-slug>/<YYYY-MM>.json   ground truth
plus DIR/truth/index.json and DIR/metrics_used.tsv.

    /usr/bin/python3 scripts/gen_corpus.py                    # default corpus
    /usr/bin/python3 scripts/gen_corpus.py --communes 10 --months 120 --out /tmp/bench
    /usr/bin/python3 scripts/gen_corpus.py --real-pdf         # corpus/lai-cach-2023-11.pdf

Same arguments give byte-identical files. Only the standard library and
reportlab (python3-reportlab, fonts-liberation2) are needed; see corpus/README.md.
"""
import argparse
import calendar
import hashlib
import json
import math
import os
import random
import re
import sys
import time
import unicodedata
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

# =====================================================================
# Small text utilities
# =====================================================================

TONE_MARKS = ('\u0301', '\u0300', '\u0309', '\u0303', '\u0323')


def _clusters(word):
    out = []
    for ch in unicodedata.normalize('NFD', word):
        if unicodedata.combining(ch) and out:
            out[-1][1].append(ch)
        else:
            out.append([ch, []])
    return out


def tone_old(word):
    """hóa -> hoá, thủy -> thuỷ, khỏe -> khoẻ (tone on the second vowel of an
    open oa/oe/uy rhyme). Other words are returned unchanged."""
    cl = _clusters(word)
    if len(cl) < 2:
        return word
    (b1, m1), (b2, m2) = cl[-2], cl[-1]
    l1, l2 = b1.lower(), b2.lower()
    if not ((l1 == 'o' and l2 in 'ae') or (l1 == 'u' and l2 == 'y')):
        return word
    if l1 == 'u' and len(cl) >= 3 and cl[-3][0].lower() == 'q':
        return word
    if [m for m in m1 if m not in TONE_MARKS] or [m for m in m2 if m not in TONE_MARKS]:
        return word
    t1 = [m for m in m1 if m in TONE_MARKS]
    t2 = [m for m in m2 if m in TONE_MARKS]
    if not t1 or t2:
        return word
    cl[-2] = [b1, []]
    cl[-1] = [b2, t1]
    return unicodedata.normalize('NFC', ''.join(b + ''.join(m) for b, m in cl))


def fold(s):
    """ASCII fold: no diacritics, đ -> d, lowercase."""
    s = s.replace('Đ', 'D').replace('đ', 'd').replace('\u00d0', 'D')
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return s.lower()


def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', fold(s)).strip('-')


def ucfirst(s):
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + ch.upper() + s[i + 1:]
        if not ch.isspace() and ch not in '“"(':
            return s
    return s


def lcfirst(s):
    return s[:1].lower() + s[1:] if s else s


def stable_unit(*parts):
    """Deterministic float in [0,1) from strings (never Python's hash())."""
    h = hashlib.sha1('\x1f'.join(str(p) for p in parts).encode('utf-8')).digest()
    return int.from_bytes(h[:8], 'big') / 2.0 ** 64


# =====================================================================
# Vietnamese numbers
# =====================================================================

def fmt_int(n):
    n = int(n)
    s = str(abs(n))
    groups = []
    while len(s) > 3:
        groups.insert(0, s[-3:])
        s = s[:-3]
    groups.insert(0, s)
    return ('-' if n < 0 else '') + '.'.join(groups)


def fmt_dec(x, nd):
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP)
    ip, _, fp = str(q).partition('.')
    out = fmt_int(int(ip))
    if nd:
        out += ',' + fp
    return out


def dec_value(x, nd):
    """The number a reader gets back from fmt_dec(x, nd)."""
    q = Decimal(str(x)).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP)
    return num(q)


def num(d):
    d = Decimal(d)
    if d == d.to_integral_value():
        return int(d)
    return float(d)


# =====================================================================
# Calendar helpers
# =====================================================================

def ym_add(y, m, k):
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def ym_str(y, m):
    return '%04d-%02d' % (y, m)


def last_day(y, m):
    return calendar.monthrange(y, m)[1]


CAN = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ']
CHI = ['Thân', 'Dậu', 'Tuất', 'Hợi', 'Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi']


def can_chi(y):
    return CAN[y % 10] + ' ' + CHI[y % 12]


ROMAN = ['', 'I', 'II', 'III', 'IV']

# (day, month, founding year, name)
ANNIVERSARIES = [
    (9, 1, 1950, 'Ngày truyền thống học sinh, sinh viên Việt Nam'),
    (3, 2, 1930, 'Ngày thành lập Đảng Cộng sản Việt Nam'),
    (27, 2, 1955, 'Ngày Thầy thuốc Việt Nam'),
    (8, 3, 1910, 'Ngày Quốc tế Phụ nữ'),
    (26, 3, 1931, 'Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh'),
    (30, 4, 1975, 'Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước'),
    (1, 5, 1886, 'Ngày Quốc tế Lao động'),
    (19, 5, 1890, 'Ngày sinh Chủ tịch Hồ Chí Minh'),
    (1, 6, 1950, 'Ngày Quốc tế Thiếu nhi'),
    (28, 6, 2001, 'Ngày Gia đình Việt Nam'),
    (27, 7, 1947, 'Ngày Thương binh - Liệt sĩ'),
    (19, 8, 1945, 'Cách mạng tháng Tám thành công'),
    (2, 9, 1945, 'Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam'),
    (14, 10, 1930, 'Ngày thành lập Hội Nông dân Việt Nam'),
    (20, 10, 1930, 'Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam'),
    (18, 11, 1930, 'Ngày truyền thống Mặt trận Tổ quốc Việt Nam'),
    (20, 11, 1982, 'Ngày Nhà giáo Việt Nam'),
    (22, 12, 1944, 'Ngày thành lập Quân đội nhân dân Việt Nam'),
    (22, 12, 1989, 'Ngày hội Quốc phòng toàn dân'),
]


def anniversaries_in(m):
    return [a for a in ANNIVERSARIES if a[1] == m]


def anniversary_text(a, y, rng):
    """'((79 năm)) Ngày thành lập ... (22/12/1944-22/12/2023)' with the count
    marked as a non-figure."""
    d, m, y0, name = a
    dash = rng.choice(['-', '-', '-', ' – '])
    return '((%d năm)) %s (%02d/%02d/%d%s%02d/%02d/%d)' % (y - y0, name, d, m, y0, dash, d, m, y)


# =====================================================================
# Abbreviations
# =====================================================================

ABBR = {
    'NVQS': ['nghĩa vụ quân sự'],
    'PCCC': ['phòng cháy chữa cháy', 'phòng cháy, chữa cháy'],
    'BHYT': ['bảo hiểm y tế'],
    'BHXH': ['bảo hiểm xã hội'],
    'GPMB': ['giải phóng mặt bằng'],
    'CCHC': ['cải cách hành chính'],
    'VSMT': ['vệ sinh môi trường'],
    'ATGT': ['an toàn giao thông'],
    'HĐND': ['Hội đồng nhân dân'],
    'MTTQ': ['Mặt trận Tổ quốc'],
    'TTHC': ['thủ tục hành chính'],
    'ANTT': ['an ninh trật tự'],
    'ATTP': ['an toàn thực phẩm'],
    'CCDC': ['công cụ dụng cụ'],
    'NCC': ['người có công'],
    'BTXH': ['bảo trợ xã hội'],
}

# =====================================================================
# Communes
# =====================================================================

LEVEL_WORD = {'xa': 'xã', 'phuong': 'phường', 'thi_tran': 'thị trấn'}

# Section layouts. A node: (number, display number, titles (part I, part II),
# topics, children, options)


def N(num, disp, title, topics=None, children=None, **opt):
    if isinstance(title, str):
        title = (title, title)
    return {'num': num, 'disp': disp, 'title': title, 'topics': topics or [],
            'children': children or [], 'opt': opt}


LAYOUT_A1 = [
    N('1', '1.', 'Công tác tài chính kế toán', ['finance']),
    N('2', '2.', 'Công tác sản xuất nông nghiệp', ['agri']),
    N('3', '3.', 'Công tác Văn hóa - Xã hội', children=[
        N('3.1', '3.1.', 'Công tác thông tin truyền thanh', ['info']),
        N('3.2', '3.2.', ('Công tác Văn hóa - Thông tin, TDTT', 'Công tác Văn hóa – Thông tin, TDTT'), ['culture']),
        N('3.3', '3.3.', 'Công tác Lao động - Thương binh & Xã hội', ['labour']),
        N('3.4', '3.4.', ('Công tác Y tế - Dân số KHHGĐ; Giáo dục', 'Công tác Y tế - Dân số KHHGĐ - Giáo dục'),
          ['health', 'edu'], dash={'health': 'Công tác y tế', 'edu': 'Công tác giáo dục'}),
    ]),
    N('4', '4.', 'Công tác xây dựng cơ sở hạ tầng', ['infra']),
    N('5', '5.', 'Công tác quản lý đất đai, vệ sinh môi trường', children=[
        N('5.1', '5.1.', 'Công tác quản lý đất đai', ['land']),
        N('5.2', '5.2.', ('Công tác vệ sinh môi trường - GTTL, Thú y', 'Công tác Vệ sinh môi trường - GTTL - Thú y'),
          ['env', 'livestock']),
    ]),
    N('6', '6.', 'Công tác an ninh, quốc phòng', children=[
        N('6.1', '6.1.', 'Công tác an ninh trật tự', ['security']),
        N('6.2', '6.2.', 'Công tác quốc phòng', ['defence']),
    ]),
    N('7', '7.', ('Công tác tư pháp; tiếp công dân', 'Công tác Tư pháp - Hộ tịch; Trực tiếp công dân'), ['justice']),
    N('8', '8.', ('Cải cách hành chính; Văn phòng - Thống kê, Nội vụ', 'Cải cách hành chính; Văn phòng- Thống kê, Nội vụ'),
      ['admin']),
]

LAYOUT_A2 = [
    N('1', '1.', 'Lĩnh vực kinh tế', children=[
        N('1.1', '1.1.', 'Tài chính - ngân sách', ['finance']),
        N('1.2', '1.2.', 'Sản xuất nông nghiệp, chăn nuôi', ['agri', 'livestock']),
        N('1.3', '1.3.', 'Quản lý đô thị, xây dựng cơ bản', ['infra']),
        N('1.4', '1.4.', 'Tài nguyên - môi trường', ['land', 'env']),
    ]),
    N('2', '2.', 'Lĩnh vực văn hóa - xã hội', children=[
        N('2.1', '2.1.', 'Giáo dục - đào tạo', ['edu']),
        N('2.2', '2.2.', 'Y tế - dân số', ['health']),
        N('2.3', '2.3.', 'Văn hóa - thông tin - thể thao', ['culture', 'info']),
        N('2.4', '2.4.', 'Lao động - thương binh và xã hội', ['labour']),
    ]),
    N('3', '3.', 'Quốc phòng - an ninh', children=[
        N('3.1', '3.1.', 'Quân sự địa phương', ['defence']),
        N('3.2', '3.2.', 'An ninh trật tự', ['security']),
    ]),
    N('4', '4.', 'Công tác tư pháp - hộ tịch', ['justice']),
    N('5', '5.', 'Công tác nội vụ, cải cách hành chính', ['admin']),
    N('6', '6.', 'Tồn tại, hạn chế', ['limits'], part1_only=True),
]

LAYOUT_B = [
    N('I', 'I.', 'LĨNH VỰC KINH TẾ', children=[
        N('I.1', '1.', 'Tài chính - ngân sách', ['finance']),
        N('I.2', '2.', 'Sản xuất nông nghiệp', children=[
            N('I.2.a', 'a)', 'Trồng trọt', ['agri']),
            N('I.2.b', 'b)', 'Chăn nuôi - thú y', ['livestock']),
        ]),
        N('I.3', '3.', 'Xây dựng cơ sở hạ tầng - giao thông', ['infra']),
        N('I.4', '4.', 'Tài nguyên - môi trường', ['land', 'env']),
    ]),
    N('II', 'II.', 'LĨNH VỰC VĂN HÓA - XÃ HỘI', children=[
        N('II.1', '1.', 'Giáo dục', ['edu']),
        N('II.2', '2.', 'Y tế - dân số', ['health']),
        N('II.3', '3.', 'Văn hóa - thông tin - thể thao', children=[
            N('II.3.a', 'a)', 'Văn hóa, thể thao', ['culture']),
            N('II.3.b', 'b)', 'Thông tin, truyền thanh', ['info']),
        ]),
        N('II.4', '4.', 'Lao động - thương binh và xã hội', ['labour']),
    ]),
    N('III', 'III.', 'QUỐC PHÒNG - AN NINH', children=[
        N('III.1', '1.', 'Quân sự - quốc phòng', ['defence']),
        N('III.2', '2.', 'An ninh trật tự', ['security']),
    ]),
    N('IV', 'IV.', 'XÂY DỰNG CHÍNH QUYỀN', children=[
        N('IV.1', '1.', 'Tư pháp - hộ tịch', ['justice']),
        N('IV.2', '2.', 'Cải cách hành chính', ['admin']),
    ]),
]

LAYOUTS = {'A1': LAYOUT_A1, 'A2': LAYOUT_A2, 'B': LAYOUT_B}

TOPICS = ['finance', 'agri', 'livestock', 'infra', 'land', 'env', 'edu', 'health',
          'info', 'culture', 'labour', 'defence', 'security', 'justice', 'admin']

FIXED_COMMUNES = [
    dict(
        level='xa', name='Đông Phú', district=('huyện', 'Vân Khê'), province='Thái Bình',
        villages=['thôn Đông Hạ', 'thôn Phú Lễ', 'thôn Thượng Lâm', 'thôn Cao Mỗ', 'thôn An Khoái',
                  'thôn Bái Dương', 'thôn Vũ Đoài', 'thôn Lạc Chính'],
        thonw='thôn, khu dân cư', lvh='Làng văn hóa',
        schools=('Trường Mầm non Đông Phú', 'Trường Tiểu học Đông Phú', 'Trường THCS Đông Phú'),
        roads=['đường 217', 'tỉnh lộ 396B', 'quốc lộ 37'], market='chợ Đông Phú',
        khu=['khu đồng Cửa Miếu', 'khu Bãi Gạo', 'khu Đồng Sậy', 'khu ao Đình'],
        chair=('CHỦ TỊCH', 'Phạm Văn Thành'), households=3860, scale=1.0,
        style=dict(layout='A1', tone='new', title='t1', special={6: 'six_month'},
                   issuer_lines='short', money='d', pad=True, pct_space=0.3, abbr=0.75,
                   wrap=80, issue_days=(22, 26), number_base=4, balance=True, bullets_plan=0.25,
                   pdf=dict(font_size=13, justify=True, indent=1.0, two_column_header=False,
                            page_numbers=False, center_parts=False)),
    ),
    dict(
        level='phuong', name='Bình Khương', district=('thị xã', 'Đức Phong'), province='Quảng Ngãi',
        villages=['khu phố Khương Mỹ', 'khu phố Phú Bình', 'khu phố Tân Hòa', 'khu phố Bình Đông',
                  'khu phố An Phước', 'khu phố Long Thạnh', 'khu phố Gò Sạn'],
        thonw='khu phố', lvh='Khu phố văn hóa',
        schools=('Trường Mầm non Hoa Mai', 'Trường Tiểu học Bình Khương', 'Trường THCS Nguyễn Du'),
        roads=['quốc lộ 1A', 'đường ĐT.624', 'đường Lê Lợi'], market='chợ Bình Khương',
        khu=['khu đất công dọc mương Bàu Sen', 'khu Gò Cát', 'khu đất trống sau chợ'],
        chair=('KT. CHỦ TỊCH|PHÓ CHỦ TỊCH', 'Nguyễn Thị Thu Hà'), households=5120, scale=1.3,
        style=dict(layout='A2', tone='old', title='t2', special={}, issuer_lines='long',
                   money='dong', pad=False, pct_space=0.0, abbr=0.35,
                   wrap=78, issue_days=(20, 25), number_base=3, balance=True, bullets_plan=0.0,
                   pdf=dict(font_size=12, justify=False, indent=0.0, two_column_header=False,
                            page_numbers=True, center_parts=False)),
    ),
    dict(
        level='thi_tran', name='Tân Hưng Mỹ', district=('huyện', 'Châu Thạnh Đông'), province='Đồng Tháp',
        villages=['khóm Mỹ Phú', 'khóm Tân Thạnh', 'khóm Thạnh An', 'ấp Long Hưng', 'ấp Mỹ Thới',
                  'ấp Tân Lợi', 'ấp Hòa Khánh'],
        thonw='khóm, ấp', lvh='Ấp văn hóa',
        schools=('Trường Mầm non Tân Hưng Mỹ', 'Trường Tiểu học Tân Hưng Mỹ', 'Trường THCS Tân Hưng Mỹ'),
        roads=['quốc lộ 30', 'đường tỉnh 845', 'đường Nguyễn Huệ'], market='chợ Tân Hưng Mỹ',
        khu=['khu bờ kênh Xáng', 'khu Cồn Mít', 'khu đất công cặp kênh Cả Sình'],
        chair=('CHỦ TỊCH', 'Trần Minh Hiếu'), households=4410, scale=1.15,
        style=dict(layout='B', tone='new', title='t3', special={3: 'quarterly', 9: 'quarterly'},
                   issuer_lines='long', money='dong', pad=True, pct_space=0.0, abbr=0.55,
                   wrap=82, issue_days=(26, 29), next_month_issue=0.3, number_base=9, balance=False,
                   bullets_plan=1.0, bullets_results=1.0,
                   pdf=dict(font_size=12, justify=True, indent=1.0, two_column_header=True,
                            page_numbers=False, center_parts=True)),
    ),
]

SYL_A = ['An', 'Bình', 'Tân', 'Phú', 'Hưng', 'Long', 'Thạnh', 'Đông', 'Tây', 'Nam', 'Vĩnh', 'Hòa',
         'Mỹ', 'Phước', 'Thanh', 'Xuân', 'Đức', 'Quảng', 'Yên', 'Cẩm', 'Hải', 'Minh', 'Trung', 'Kim',
         'Lạc', 'Hồng', 'Sơn', 'Thái', 'Vân', 'Cao']
SYL_B = ['Lộc', 'Hòa', 'Thịnh', 'Phong', 'Lợi', 'Hiệp', 'Thuận', 'Định', 'Khánh', 'An', 'Mỹ', 'Thành',
         'Tiến', 'Hưng', 'Xá', 'Lâm', 'Điền', 'Trạch', 'Hạ', 'Thượng', 'Đoài', 'Châu', 'Giang', 'Bảo']
PROVINCES = ['Nam Định', 'Hà Nam', 'Ninh Bình', 'Thanh Hóa', 'Nghệ An', 'Hà Tĩnh', 'Quảng Bình',
             'Bình Định', 'Phú Yên', 'Long An', 'Tiền Giang', 'Bến Tre', 'Vĩnh Long', 'An Giang',
             'Bắc Giang', 'Phú Thọ', 'Hưng Yên', 'Hải Dương', 'Quảng Nam', 'Sóc Trăng']
SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Lương']
MALE = ['Văn Sáu', 'Đức Minh', 'Văn Tư', 'Quang Huy', 'Văn Lực', 'Xuân Trường', 'Công Thắng', 'Văn Bình']
FEMALE = ['Thị Hoa', 'Thị Lan', 'Thị Mận', 'Thị Thu', 'Thị Hằng', 'Thị Nga', 'Thị Xuân', 'Thị Liên']


def random_commune(rng, idx):
    level = rng.choice(['xa', 'xa', 'phuong', 'thi_tran'])
    while True:
        name = rng.choice(SYL_A) + ' ' + rng.choice(SYL_B)
        if name.split()[0] != name.split()[1]:
            break
    noun = {'xa': 'thôn', 'phuong': 'khu phố', 'thi_tran': rng.choice(['khu', 'thôn'])}[level]
    villages = []
    while len(villages) < rng.randint(6, 9):
        v = noun + ' ' + rng.choice(SYL_A) + ' ' + rng.choice(SYL_B)
        if v not in villages:
            villages.append(v)
    layout = rng.choice(['A1', 'A2', 'B'])
    title = {'A1': 't1', 'A2': 't2', 'B': 't3'}[layout] if rng.random() < 0.6 else rng.choice(['t1', 't2', 't3'])
    special = rng.choice([{}, {6: 'six_month'}, {3: 'quarterly', 9: 'quarterly'}, {6: 'six_month', 9: 'quarterly'}])
    base = name.split()[0]
    return dict(
        level=level, name=name, district=(rng.choice(['huyện', 'huyện', 'thị xã']), rng.choice(SYL_A) + ' ' + rng.choice(SYL_B)),
        province=rng.choice(PROVINCES), villages=villages,
        thonw={'thôn': 'thôn, khu dân cư', 'khu phố': 'khu phố', 'khu': 'khu dân cư'}[noun],
        lvh={'thôn': 'Làng văn hóa', 'khu phố': 'Khu phố văn hóa', 'khu': 'Khu dân cư văn hóa'}[noun],
        schools=('Trường Mầm non ' + name, 'Trường Tiểu học ' + name, 'Trường THCS ' + base + ' ' + rng.choice(SYL_B)),
        roads=['quốc lộ %d' % rng.choice([1, 10, 21, 38, 45, 53]), 'đường tỉnh %d' % rng.randint(201, 899),
               'đường liên ' + noun],
        market='chợ ' + name, khu=['khu đồng ' + rng.choice(SYL_B) + ' ' + rng.choice(SYL_B), 'khu Bãi Cát', 'khu ao Làng'],
        chair=('CHỦ TỊCH', rng.choice(SURNAMES) + ' ' + rng.choice(MALE)),
        households=rng.randint(2200, 6500), scale=rng.uniform(0.7, 1.5),
        style=dict(layout=layout, tone=rng.choice(['new', 'new', 'old']), title=title, special=special,
                   issuer_lines=rng.choice(['short', 'long']), money=rng.choice(['d', 'dong']),
                   pad=rng.random() < 0.6, pct_space=rng.choice([0.0, 0.3]), abbr=rng.uniform(0.3, 0.8),
                   wrap=rng.randint(76, 84), issue_days=rng.choice([(20, 25), (22, 27), (25, 29)]),
                   next_month_issue=rng.choice([0.0, 0.0, 0.3]), number_base=rng.randint(3, 10),
                   balance=rng.random() < 0.6, bullets_plan=1.0 if layout == 'B' else rng.choice([0.0, 0.3]),
                   bullets_results=1.0 if layout == 'B' else 0.0,
                   pdf=dict(font_size=rng.choice([12, 13]), justify=rng.random() < 0.6, indent=rng.choice([0.0, 1.0]),
                            two_column_header=rng.random() < 0.4, page_numbers=rng.random() < 0.4,
                            center_parts=layout == 'B')),
    )


def commune_info(c):
    lw = LEVEL_WORD[c['level']]
    c = dict(c)
    c['lw'] = lw
    c['XA'] = lw + ' ' + c['name']
    c['UB'] = 'UBND ' + lw
    c['issuer'] = 'UBND ' + lw + ' ' + c['name']
    c['slug'] = slugify(lw + ' ' + c['name'])
    c['huyen_short'] = c['district'][0]
    c['huyen_ub'] = 'UBND ' + c['district'][0]
    c['huyen_uy'] = 'Huyện ủy' if c['district'][0] == 'huyện' else 'Thị ủy'
    return c


# =====================================================================
# Figures: specifications used by templates
# =====================================================================

BASE_UNIT = {'nam công dân': 'công dân', 'người dân': 'người', 'nông dân': 'người',
             'trường hợp': 'trường hợp'}


class Spec:
    def __init__(self, kind, metric, noun=None, lo=0, hi=0, unit=None, nd=0, form='dat',
                 mode='exact', full=(1.0, 1.0), b_from=None, label_of=None, glue=False):
        self.kind, self.metric, self.noun = kind, metric, noun
        self.lo, self.hi, self.nd, self.form, self.mode = lo, hi, nd, form, mode
        self.full, self.b_from, self.label_of, self.glue = full, b_from, label_of, glue
        if unit is None and noun is not None:
            unit = BASE_UNIT.get(noun, noun)
        self.unit = unit


def Cnt(metric, noun, lo, hi, unit=None):
    return Spec('cnt', metric, noun, lo, hi, unit)


def Rat(metric, noun, lo, hi, form='dat', unit=None, full=(1.0, 1.0), b_from=None, nd=0):
    return Spec('rat', metric, noun, lo, hi, unit, nd=nd, form=form, full=full, b_from=b_from)


def Pct(metric, lo, hi, nd=1, label_of=None):
    return Spec('pct', metric, None, lo, hi, 'percent', nd=nd, label_of=label_of)


def Money(metric, lo, hi, mode='exact'):
    return Spec('money', metric, None, lo, hi, 'VND', mode=mode)


def Qty(metric, unit, lo, hi, nd=0, glue=False):
    return Spec('qty', metric, unit, lo, hi, unit, nd=nd, glue=glue)


def Price(metric, lo, hi):
    return Spec('price', metric, None, lo, hi, 'VND/sào')


# =====================================================================
# Task library (Part II directives and their Part I outcomes)
# =====================================================================
# Template markup:
#   {name}       parameter (commune, period, instance choices)
#   {@ABBR}      abbreviation, written short or long at random
#   {dl}         deadline clause of the directive (may be empty)
#   {dd}         restated date of a done outcome ("ngày 12/12/2023")
#   {REF}        the instance's document reference; {REF:KH} a fresh one
#   {F1} ...     a figure (see figs); [[F1:label]] marks its label
#   ((text))     a figure-like non-figure (route, anniversary count, …)

TASKS = []


def T(topic, key, plan, done, prog=(), look=(), figs=None, months=None, kind='work',
      long=False, routine=False, chain=True, monthly=False, choices=None, lf=None, ref=None):
    TASKS.append(dict(topic=topic, key=topic + '.' + key, plan=list(plan), done=list(done),
                      prog=list(prog), look=list(look), figs=figs or {}, months=months,
                      kind=kind, long=long, routine=routine, chain=chain and not routine,
                      monthly=monthly, choices=choices or {}, lf=(topic + '.' + lf) if lf else None,
                      ref=ref))


SCHOOL_MONTHS = [1, 2, 3, 4, 5, 9, 10, 11, 12]

# ---------------------------------------------------------------- finance
T('finance', 'du_toan', months=[11, 12],
  ref='CV',
  plan=['Xây dựng dự thảo dự toán thu, chi ngân sách năm {Yn} trình {@HĐND} {xa} tại kỳ họp cuối năm{dl}.',
        'Thực hiện {REF} của Phòng Tài chính - Kế hoạch {huyen_short}, xây dựng dự toán thu, chi ngân sách năm {Yn}{dl}.',
        'Hoàn thiện dự toán thu, chi ngân sách {xa} năm {Yn}, báo cáo Thường trực {@HĐND} {xa}{dl}.'],
  done=['Dự toán thu, chi ngân sách năm {Yn} đã được bộ phận tài chính xây dựng xong, trình Thường trực {@HĐND} {xa} {dd}.',
        '{dd}, {UB} đã hoàn thành dự thảo dự toán ngân sách năm {Yn} và gửi {@HĐND} {xa} thẩm tra trước kỳ họp.'],
  prog=['Dự thảo dự toán thu, chi ngân sách năm {Yn} đang được hoàn thiện; chưa trình {@HĐND} {xa} do còn chờ số giao dự toán của {huyen_short}.'],
  look=['Hoàn thành quyết toán kinh phí các chương trình mục tiêu năm {Y}, gửi Phòng Tài chính - Kế hoạch {huyen_short}.'])
T('finance', 'kiem_ke', months=[12, 1],
  plan=['Xây dựng kế hoạch kiểm kê tài sản, {@CCDC} năm {Yc} chuyển sang năm {Yc1} tiếp tục quản lý và sử dụng theo quy định{dl}.',
        'Tổ chức kiểm kê tài sản, công cụ dụng cụ tại các bộ phận của cơ quan {UB} cuối năm {Yc}{dl}.'],
  done=['Việc kiểm kê tài sản, công cụ dụng cụ năm {Yc} của cơ quan đã hoàn thành {dd}; biên bản kiểm kê được lưu theo quy định.',
        'Tổ kiểm kê đã kiểm đếm xong toàn bộ tài sản, công cụ dụng cụ tại các bộ phận {dd}, số liệu khớp đúng sổ kế toán.'],
  prog=['Đang kiểm kê tài sản, công cụ dụng cụ tại các bộ phận; [[F3:số danh mục tài sản đã kiểm kê]]: {F3}.'],
  figs={'F3': Rat('danh_muc_tai_san_kiem_ke', 'danh mục', 120, 260)},
  look=['Kiểm kê quỹ tiền mặt tại đơn vị theo định kỳ, đảm bảo khớp đúng với sổ quỹ.'])
T('finance', 'thue_pnn', months=[10, 11, 12],
  ref='TB',
  plan=['Rà soát, tổng hợp danh sách biến động thuế sử dụng đất phi nông nghiệp để lập bộ thuế năm {Yn}{dl}.',
        'Thực hiện {REF} của Chi cục Thuế khu vực, rà soát biến động thuế sử dụng đất phi nông nghiệp để lập bộ thuế năm {Yn}{dl}.'],
  done=['Danh sách biến động thuế sử dụng đất phi nông nghiệp đã được rà soát, tổng hợp xong và gửi Chi cục Thuế khu vực {dd} để lập bộ thuế năm {Yn}.'],
  prog=['Tiếp tục rà soát biến động thuế đất phi nông nghiệp năm {Yn}; [[F3:số hộ đã rà soát]]: {F3}.'],
  figs={'F3': Rat('ho_ra_soat_thue_pnn', 'hộ', 'hh_lo', 'hh')},
  look=['Đôn đốc các hộ gia đình nộp thuế sử dụng đất phi nông nghiệp năm {Y} vào ngân sách nhà nước.'])
T('finance', 'quyet_toan_thon', months=[12, 1],
  plan=['Đôn đốc các {thonw} nộp báo cáo quyết toán thu, chi các loại quỹ ở cơ sở về {UB}{dl}.'],
  done=['Các {thonw} đã nộp đủ báo cáo quyết toán thu, chi các loại quỹ về {UB} {dd}, đúng thời gian quy định.'],
  prog=['Việc nộp báo cáo quyết toán các loại quỹ ở cơ sở còn chậm; [[F3:số đơn vị đã nộp quyết toán]]: {F3}.'],
  figs={'F3': Rat('don_vi_nop_quyet_toan', 'đơn vị', 'nv', 'nv', form='none')},
  look=['Hướng dẫn các {thonw} lập dự toán thu, chi các loại quỹ năm {Yn}, công khai tại hội nghị nhân dân.'])
T('finance', 'dau_gia', kind='event', ref='QD',
  plan=['Tổ chức phiên đấu giá quyền sử dụng đất các lô đất ở tại khu dân cư mới {thon}{dl}.',
        'Phối hợp đơn vị tư vấn tổ chức đấu giá quyền sử dụng đất ở tại khu dân cư mới {thon} theo {REF} của {huyen_ub}{dl}.'],
  done=['Phiên đấu giá quyền sử dụng đất tại khu dân cư mới {thon} đã diễn ra {dd}; [[F2:số lô trúng đấu giá]]: {F2}, [[F1:tổng số tiền trúng đấu giá]] {F1}.',
        '{dd}, {UB} đã tổ chức xong đấu giá đất ở khu dân cư mới {thon}, [[F1:tổng số tiền trúng đấu giá]] {F1} ([[F2:số lô trúng đấu giá]]: {F2}).'],
  prog=['Đang niêm yết công khai phương án đấu giá quyền sử dụng đất tại khu dân cư mới {thon}; chưa tổ chức được phiên đấu giá do chưa đủ hồ sơ tham gia.'],
  figs={'F1': Money('tien_trung_dau_gia', 2.0e9, 9.0e9, 'ty'), 'F2': Cnt('lo_dat_trung_dau_gia', 'lô', 4, 18)},
  look=['Bàn giao đất trên thực địa cho các hộ trúng đấu giá quyền sử dụng đất tại khu dân cư mới {thon2}.'])
T('finance', 'giai_ngan', long=True,
  plan=['Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {Y}; hoàn thiện hồ sơ thanh toán các công trình đã nghiệm thu{dl}.'],
  done=['Đã hoàn thành thủ tục thanh toán các công trình đã nghiệm thu; [[F1:giá trị giải ngân vốn đầu tư công]] năm {Y} đạt {F1} kế hoạch vốn.'],
  prog=['Giải ngân vốn đầu tư công năm {Y} còn chậm, [[F1:tỷ lệ giải ngân]] đến nay đạt {F1}; một số công trình đang hoàn thiện hồ sơ quyết toán.'],
  figs={'F1': Pct('ty_le_giai_ngan', 55, 92)},
  look=['Hoàn thiện hồ sơ đề xuất danh mục công trình đầu tư công trung hạn giai đoạn {gd}.'])
T('finance', 'luong', routine=True, monthly=True,
  plan=['Cân đối nguồn thu, đảm bảo chi trả lương, phụ cấp cho cán bộ, công chức và người hoạt động không chuyên trách đúng quy định{dl}.'],
  done=['Đã chi trả đầy đủ lương, phụ cấp tháng {M}/{Y} cho cán bộ, công chức và người hoạt động không chuyên trách {dd}.'],
  prog=['Lương của cán bộ, công chức đã được chi trả; phụ cấp của người hoạt động không chuyên trách đang chờ nguồn kinh phí cấp trên chuyển về.'])

# ---------------------------------------------------------------- agriculture
T('agri', 'thuy_loi', months=[11, 12, 1], long=True,
  plan=['Chỉ đạo HTX dịch vụ nông nghiệp tổ chức làm thủy lợi nội đồng, nạo vét kênh mương phục vụ sản xuất vụ chiêm xuân năm {Ys}{dl}.',
        'Đôn đốc các {thonw} thực hiện kế hoạch làm thủy lợi nội đồng vụ chiêm xuân {Ys}{dl}.'],
  done=['Các {thonw} đã hoàn thành làm thủy lợi nội đồng {dd}, [[F1:khối lượng đất đào đắp]] {F1}, đảm bảo tưới tiêu cho vụ chiêm xuân năm {Ys}.',
        'Kết thúc đợt làm thủy lợi nội đồng vụ chiêm xuân {Ys}: [[F1:khối lượng thủy lợi nội đồng]] đạt {F1}; kênh mương được nạo vét thông thoáng.'],
  prog=['Công tác làm thủy lợi nội đồng đang triển khai tại các {thonw}; [[F3:khối lượng thủy lợi nội đồng]] đã thực hiện {F3}.'],
  figs={'F1': Qty('thuy_loi_noi_dong', 'm3', 1200, 4500, glue=True), 'F3': Rat('thuy_loi_noi_dong', 'm3', 1200, 4500)},
  look=['Kiểm tra, tu sửa các trạm bơm điện phục vụ tưới tiêu cho vụ chiêm xuân.'])
T('agri', 'gieo_cay', months=[1, 2],
  plan=['Chỉ đạo gieo cấy lúa vụ chiêm xuân năm {Y} đúng khung thời vụ, phấn đấu [[P1:diện tích gieo cấy]] đạt {P1}{dl}.'],
  done=['Toàn {xa} đã gieo cấy xong lúa vụ chiêm xuân năm {Y} {dd}, [[F1:diện tích gieo cấy]] đạt {F1}, đảm bảo khung thời vụ.'],
  prog=['Nhân dân đang tập trung gieo cấy lúa vụ chiêm xuân; [[F3:diện tích gieo cấy]] đến nay đạt {F3}.'],
  figs={'P1': Qty('dien_tich_gieo_cay', 'ha', 180, 520), 'F1': Qty('dien_tich_gieo_cay', 'ha', 180, 520, nd=1),
        'F3': Rat('dien_tich_gieo_cay', 'ha', 180, 520)},
  look=['Hướng dẫn nhân dân gieo mạ khay phục vụ cấy máy tại {thon2}.'])
T('agri', 'vu_dong', months=[9, 10],
  plan=['Triển khai kế hoạch sản xuất cây vụ đông năm {Y}; vận động nhân dân trồng ngô, khoai tây, rau màu trên đất hai lúa{dl}.'],
  done=['Kết quả sản xuất vụ đông năm {Y}: [[F1:diện tích cây vụ đông]] đạt {F1}, chủ yếu là ngô, khoai tây và rau màu các loại.'],
  prog=['Nhân dân đang xuống giống cây vụ đông; [[F3:diện tích cây vụ đông]] đến nay {F3}.'],
  figs={'F1': Qty('dien_tich_vu_dong', 'ha', 15, 80, nd=1), 'F3': Rat('dien_tich_vu_dong', 'ha', 15, 80)},
  look=['Hướng dẫn nhân dân chăm sóc, phòng trừ sâu bệnh cho diện tích lúa mùa giai đoạn cuối vụ.'])
T('agri', 'thu_hoach', months=[5, 6, 9, 10],
  choices={'vu': lambda p, r: 'chiêm xuân' if p['M'] in (5, 6) else 'mùa'},
  plan=['Chỉ đạo thu hoạch nhanh gọn lúa vụ {vu} năm {Y} theo phương châm “xanh nhà hơn già đồng”{dl}.'],
  done=['Đã thu hoạch xong lúa vụ {vu} năm {Y} {dd}; [[F1:diện tích lúa thu hoạch]] {F1}, [[F2:năng suất bình quân]] ước đạt {F2}.'],
  prog=['Nhân dân đang thu hoạch lúa vụ {vu}; [[F3:diện tích lúa thu hoạch]] đến nay đạt {F3}.'],
  figs={'F1': Qty('dien_tich_thu_hoach', 'ha', 180, 520), 'F2': Qty('nang_suat_lua', 'tạ/ha', 55, 68, nd=1),
        'F3': Rat('dien_tich_thu_hoach', 'ha', 180, 520)},
  look=['Vận động nhân dân không đốt rơm rạ sau thu hoạch gây ô nhiễm môi trường.'])
T('agri', 'lam_dat', months=[12, 1, 6, 7],
  plan=['Chỉ đạo các tổ dịch vụ cày, bừa làm đất kịp thời vụ; thống nhất giá dịch vụ làm đất với các {thonw}{dl}.'],
  done=['Các tổ dịch vụ đã cày, bừa làm đất xong phục vụ gieo cấy {dd}; [[F1:giá dịch vụ làm đất]] thống nhất {F1}.'],
  prog=['Các tổ máy đang cày bừa làm đất; [[F3:diện tích đã làm đất]] {F3}.'],
  figs={'F1': Price('gia_lam_dat', 140000, 200000), 'F3': Rat('dien_tich_lam_dat', 'ha', 150, 450)},
  look=['Kiểm tra máy cấy, máy gặt đập liên hợp của các tổ dịch vụ trước mùa vụ.'])
T('agri', 'tap_huan', kind='event', months=list(range(1, 12)),
  choices={'kt': ['thâm canh lúa chất lượng cao', 'phòng trừ sâu bệnh trên cây lúa',
                  'trồng và chăm sóc ngô vụ đông', 'sử dụng thuốc bảo vệ thực vật an toàn'],
           'kt2': ['nuôi cá nước ngọt', 'trồng nấm rơm', 'chăn nuôi gà thả vườn an toàn sinh học']},
  plan=['Phối hợp Trạm Khuyến nông tổ chức tập huấn kỹ thuật {kt} cho nông dân {thon}{dl}.'],
  done=['{dd}, tại nhà văn hóa {thon} đã tổ chức lớp tập huấn kỹ thuật {kt}; [[F1:số nông dân tham dự]]: {F1}.'],
  prog=['Lớp tập huấn kỹ thuật {kt} tại {thon} chưa tổ chức được do Trạm Khuyến nông điều chỉnh lịch, sẽ tổ chức ngay khi có lịch mới.'],
  figs={'F1': Cnt('nong_dan_tham_du_tap_huan', 'người', 35, 120)},
  look=['Phối hợp Hội Nông dân tổ chức tập huấn kỹ thuật {kt2} cho hội viên {thon2}.'])
T('agri', 'dich_vu', months=[11, 12, 6, 7],
  choices={'vut': lambda p, r: 'mùa' if p['M'] in (11, 12) else 'chiêm xuân'},
  plan=['Chỉ đạo HTX dịch vụ nông nghiệp đôn đốc các {thonw} nộp tiền dịch vụ vụ {vut} năm {Y}{dl}.'],
  done=['HTX dịch vụ nông nghiệp đã thu xong tiền dịch vụ vụ {vut} năm {Y} {dd}, [[F1:số tiền dịch vụ đã thu]] là {F1}.'],
  prog=['Các {thonw} đang nộp tiền dịch vụ vụ {vut}; [[F1:số tiền dịch vụ đã thu]] đến nay là {F1}, bằng {F4} kế hoạch.'],
  figs={'F1': Money('thu_dich_vu_nong_nghiep', 3.0e8, 9.0e8, 'exact'),
        'F4': Pct('thu_dich_vu_nong_nghiep_ty_le', 45, 85, label_of='F1')},
  look=['Hướng dẫn các hộ đăng ký giống lúa, phân bón cho vụ sản xuất tiếp theo.'])

# ---------------------------------------------------------------- livestock
VACCINES = [dict(vx='lở mồm long móng', con='trâu, bò', lo=200, hi=800),
            dict(vx='cúm gia cầm', con='gia cầm', lo=8000, hi=30000),
            dict(vx='dại', con='chó', lo=300, hi=900),
            dict(vx='tụ huyết trùng', con='lợn', lo=1000, hi=4000)]
T('livestock', 'tiem_phong', months=[3, 4, 9, 10], lf='phun_khu_khuan',
  choices={'v': VACCINES, 'v2': VACCINES, 'dot': lambda p, r: '1' if p['M'] <= 6 else '2'},
  plan=['Tổ chức tiêm phòng vắc xin {vx} đợt {dot} năm {Y} cho đàn {con}{dl}.'],
  done=['Đợt tiêm phòng vắc xin {vx} cho đàn {con} đã hoàn thành {dd}; [[F1:tổng số con được tiêm]] {F1}.'],
  prog=['Đang tiêm phòng vắc xin {vx} đợt {dot} cho đàn {con}; [[F3:số con đã tiêm]] {F3}.'],
  figs={'F1': Cnt('con_duoc_tiem_phong', 'con', 'lo', 'hi'), 'F3': Rat('con_duoc_tiem_phong', 'con', 'lo', 'hi')},
  look=['Tổ chức phun khử khuẩn chuồng trại, khu chăn nuôi tập trung tại {thon2}.'])
T('livestock', 'phun_khu_khuan', lf='tiem_phong',
  choices={'v2': VACCINES, 'dot': ['1', '2', '3']},
  plan=['Tổ chức phun khử khuẩn, tiêu độc môi trường chăn nuôi đợt {dot} năm {Y} tại các {thonw}{dl}.'],
  done=['Đã phun khử khuẩn, tiêu độc môi trường chăn nuôi tại các {thonw} {dd}; [[F1:lượng hóa chất sử dụng]] {F1}.'],
  prog=['Đang phun khử khuẩn môi trường chăn nuôi tại các {thonw}; [[F3:lượng hóa chất đã cấp]] {F3}.'],
  figs={'F1': Qty('hoa_chat_khu_khuan', 'lít', 80, 400), 'F3': Rat('hoa_chat_khu_khuan', 'lít', 80, 400)},
  look=['Tổ chức tiêm phòng vắc xin {vx2} cho đàn {con2} tại {thon2}.'])
T('livestock', 'routine', routine=True,
  plan=['Tăng cường công tác phòng, chống dịch bệnh cho đàn gia súc, gia cầm; tuyên truyền các hộ chăn nuôi thực hiện chăn nuôi an toàn sinh học.'],
  done=['Công tác phòng, chống dịch bệnh cho đàn gia súc, gia cầm được duy trì; trong tháng không phát sinh dịch bệnh nguy hiểm trên đàn vật nuôi.'],
  prog=['Tiếp tục theo dõi tình hình dịch bệnh trên đàn vật nuôi; một số hộ chăn nuôi chưa thực hiện đầy đủ các biện pháp an toàn sinh học.'])

# ---------------------------------------------------------------- infrastructure
T('infra', 'san_cong_mn', long=True,
  plan=['Triển khai nâng cấp sân, cổng {truong_mn} theo kế hoạch{dl}.',
        'Đôn đốc đơn vị thi công hoàn thành công trình cải tạo sân, cổng {truong_mn}{dl}.'],
  done=['Công trình cải tạo sân, cổng {truong_mn} đã thi công xong, nghiệm thu và bàn giao đưa vào sử dụng {dd}.',
        '{truong_mn} đã được bàn giao sân, cổng mới {dd} sau khi đơn vị thi công hoàn thành nâng cấp.'],
  prog=['Công trình nâng cấp sân, cổng {truong_mn} đang thi công; [[F1:tiến độ thi công]] đạt {F1} khối lượng.'],
  figs={'F1': Pct('tien_do_cong_trinh', 30, 85, nd=0)},
  look=['Hoàn thành lát sân, xây tường rào, cổng nhà văn hóa {thon2}.'])
T('infra', 'hien_dat', long=True,
  plan=['Tuyên truyền, vận động các hộ hiến đất mở rộng đường giao thông {thon}; bố trí lực lượng hỗ trợ hộ dân tháo dỡ công trình trên phần đất hiến{dl}.'],
  done=['Công tác vận động hiến đất làm đường giao thông {thon} đã hoàn thành: [[F1:số hộ hiến đất]] {F1}, [[F2:tổng diện tích đất hiến]] {F2}.'],
  prog=['Đang vận động các hộ hiến đất làm đường giao thông {thon}; [[F3:số hộ đã ký biên bản hiến đất]] {F3}.'],
  figs={'F1': Cnt('ho_hien_dat', 'hộ', 12, 60), 'F2': Qty('dien_tich_dat_hien', 'm2', 150, 1500),
        'F3': Rat('ho_hien_dat', 'hộ', 12, 60)},
  look=['Vận động nhân dân {thon2} đóng góp kinh phí lắp đặt điện chiếu sáng trên tuyến đường chính.'])
T('infra', 'be_tong', months=[1, 2, 3, 4, 5, 6, 9, 10, 11, 12],
  plan=['Triển khai thi công bê tông hóa tuyến đường trục {thon}, đảm bảo chất lượng và an toàn giao thông{dl}.'],
  done=['Tuyến đường trục {thon} đã được bê tông hóa xong {dd}, [[F1:chiều dài tuyến]] {F1}, [[F2:tổng kinh phí xây dựng]] {F2}.'],
  prog=['Tuyến đường trục {thon} đang thi công, [[F3:chiều dài đã đổ bê tông]] {F3}.'],
  figs={'F1': Qty('chieu_dai_duong_be_tong', 'km', 0.4, 2.5, nd=1), 'F2': Money('kinh_phi_cong_trinh', 0.6e9, 3.5e9, 'ty'),
        'F3': Rat('chieu_dai_duong_be_tong', 'km', 0.4, 2.5, nd=1, form='none')},
  look=['Sửa chữa, dặm vá mặt đường (({road2})) đoạn qua {thon2}.'])
T('infra', 'lop_hoc', long=True,
  plan=['Đôn đốc đơn vị thi công đẩy nhanh tiến độ công trình nhà lớp học {truong_th}{dl}.'],
  done=['Công trình nhà lớp học {truong_th} đã hoàn thành, tổ chức nghiệm thu và bàn giao cho nhà trường {dd}.'],
  prog=['Công trình nhà lớp học {truong_th} đang thi công phần mái, [[F1:tiến độ thi công]] đạt {F1}.'],
  figs={'F1': Pct('tien_do_cong_trinh', 40, 90, nd=0)},
  look=['Hoàn thành sửa chữa nhà bếp, công trình vệ sinh {truong_mn}.'])
T('infra', 'gpmb', kind='event',
  ref='TB',
  plan=['Tổ chức hội nghị triển khai công tác {@GPMB} dự án nâng cấp, cải tạo (({road})){dl}.',
        'Tổ chức hội nghị triển khai công tác {@GPMB} dự án nâng cấp, cải tạo (({road})) theo {REF} của {huyen_ub}{dl}.'],
  done=['Hội nghị triển khai công tác {@GPMB} dự án nâng cấp (({road})) đã được tổ chức {dd}, có đại diện các hộ bị ảnh hưởng tham dự.',
        'Thực hiện {REF}, {dd} {UB} đã tổ chức hội nghị triển khai {@GPMB} dự án nâng cấp (({road})) với các hộ bị ảnh hưởng.'],
  prog=['Đang kiểm đếm, áp giá bồi thường cho các hộ bị ảnh hưởng bởi dự án nâng cấp (({road})); [[F3:số hộ đã kiểm đếm]] {F3}.'],
  figs={'F3': Rat('ho_da_kiem_dem', 'hộ', 20, 90)},
  look=['Phối hợp Ban quản lý dự án {huyen_short} cắm mốc giới hành lang an toàn giao thông (({road2})).'])

# ---------------------------------------------------------------- land
T('land', 'thong_ke', months=[12, 1],
  ref='CV',
  plan=['Triển khai thống kê đất đai năm {Yc} trên địa bàn {xa}{dl}.',
        'Thực hiện {REF} của {huyen_ub}, triển khai thống kê đất đai năm {Yc} trên địa bàn {xa}{dl}.'],
  done=['Đã hoàn thành thống kê đất đai năm {Yc}, lập biểu báo cáo gửi Phòng Tài nguyên và Môi trường {dd}.'],
  prog=['Đang tổng hợp số liệu thống kê đất đai năm {Yc}, đối chiếu với hồ sơ địa chính.'],
  look=['Cập nhật biến động đất đai vào sổ mục kê, sổ địa chính theo quy định.'])
T('land', 'gcn', long=True,
  plan=['Hoàn thiện hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu cho các hộ tại {thon}{dl}.'],
  done=['Đã hoàn thiện và gửi {huyen_ub} hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu tại {thon}, [[F1:số hồ sơ đề nghị cấp giấy]] {F1}.'],
  prog=['Tiếp tục hoàn thiện hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu tại {thon}; [[F3:số hồ sơ cấp giấy đã hoàn thiện]] {F3}.'],
  figs={'F1': Cnt('ho_so_cap_gcn', 'hồ sơ', 5, 40), 'F3': Rat('ho_so_cap_gcn', 'hồ sơ', 5, 40)},
  look=['Trao giấy chứng nhận quyền sử dụng đất cho các hộ {thon2} đã được phê duyệt.'])
T('land', 'lan_chiem',
  plan=['Kiểm tra, xử lý dứt điểm trường hợp lấn chiếm đất công tại {khu} {thon}{dl}.'],
  done=['Trường hợp lấn chiếm đất công tại {khu} {thon} đã được xử lý dứt điểm {dd}: hộ vi phạm tự tháo dỡ công trình, trả lại hiện trạng ban đầu.'],
  prog=['Đã lập biên bản, yêu cầu hộ lấn chiếm đất công tại {khu} {thon} tự tháo dỡ công trình vi phạm; đến nay hộ vi phạm chưa chấp hành.'],
  look=['Kiểm tra hiện trạng sử dụng quỹ đất nông nghiệp công ích tại {khu2} {thon2}.'])
T('land', 'routine', routine=True,
  plan=['Chỉ đạo các {thonw} thực hiện nghiêm túc công tác quản lý đất nghĩa trang nhân dân.'],
  done=['Các {thonw} quản lý tốt đất nghĩa trang nhân dân, không phát sinh trường hợp chôn cất sai quy hoạch.'])

# ---------------------------------------------------------------- environment
T('env', 'phi_vsmt', monthly=True,
  plan=['Đôn đốc các {thonw} thu, nộp phí {@VSMT} năm {Y} về {UB}{dl}.'],
  done=['Các {thonw} đã nộp đủ phí {@VSMT} năm {Y} về {UB}; [[F1:tổng phí {@VSMT} đã thu]] {F1}.'],
  prog=['[[F4:Thu phí {@VSMT}]] năm {Y} đến nay đạt {F4} kế hoạch; một số {thonw} còn chậm nộp.'],
  figs={'F1': Money('thu_phi_vsmt', 4.0e7, 2.5e8, 'exact'), 'F4': Pct('thu_phi_vsmt_ty_le', 40, 90)},
  look=['Tuyên truyền nhân dân phân loại rác thải tại nguồn, đổ rác đúng giờ, đúng nơi quy định.'])
T('env', 'ra_quan', kind='event',
  choices={'dip': lambda p, r: {6: 'Ngày Môi trường thế giới', 1: 'đón Tết Nguyên đán ' + p['tet'],
                               2: 'đón Tết Nguyên đán ' + p['tet'], 9: 'Chiến dịch Làm cho thế giới sạch hơn'}.get(
      p['M'], 'phong trào “Ngày Chủ nhật xanh”')},
  ref='KH',
  plan=['Tổ chức ra quân tổng vệ sinh môi trường, khơi thông cống rãnh tại các {thonw} hưởng ứng {dip}{dl}.',
        'Triển khai {REF} của {UB}, tổ chức ra quân tổng vệ sinh môi trường tại các {thonw} hưởng ứng {dip}{dl}.'],
  done=['{dd}, các {thonw} đã đồng loạt ra quân tổng vệ sinh môi trường hưởng ứng {dip}, [[F1:số lượt người tham gia ra quân]] {F1}.'],
  prog=['Mới có một số {thonw} ra quân tổng vệ sinh hưởng ứng {dip}; các {thonw} còn lại chưa tổ chức.'],
  figs={'F1': Cnt('nguoi_tham_gia_ve_sinh', 'người', 150, 900)},
  look=['Tổ chức trồng cây xanh dọc tuyến đường {thon2} hưởng ứng Tết trồng cây.'])
T('env', 'hanh_lang', long=True,
  plan=['Phối hợp các {thonw} đôn đốc các hộ tự tháo dỡ mái che, mái vẩy, biển quảng cáo lấn chiếm vỉa hè (({road})){dl}.'],
  done=['Các hộ kinh doanh dọc (({road})) đã tự tháo dỡ xong mái che, mái vẩy, biển quảng cáo lấn chiếm vỉa hè; [[F1:số hộ đã tháo dỡ]] {F1}.'],
  prog=['Đang vận động các hộ dọc (({road})) tháo dỡ mái che, mái vẩy; [[F3:số hộ đã tự tháo dỡ]] {F3}.'],
  figs={'F1': Cnt('ho_thao_do_lan_chiem', 'hộ', 15, 80), 'F3': Rat('ho_thao_do_lan_chiem', 'hộ', 15, 80)},
  look=['Kiểm tra, nhắc nhở các hộ kinh doanh tại {cho} không bày bán hàng hóa lấn chiếm lối đi.'])
T('env', 'routine', routine=True,
  plan=['Chỉ đạo các {thonw} duy trì tổ vệ sinh tự quản, quét dọn đường làng, ngõ xóm vào sáng thứ Bảy hằng tuần.'],
  done=['Các tổ vệ sinh tự quản ở các {thonw} duy trì tốt việc quét dọn đường làng, ngõ xóm vào sáng thứ Bảy hằng tuần.'])

# ---------------------------------------------------------------- education
T('edu', 'khai_giang', kind='event', months=[9],
  plan=['Chỉ đạo các nhà trường chuẩn bị tốt các điều kiện tổ chức Lễ khai giảng năm học {nh}{dl}.'],
  done=['Lễ khai giảng năm học {nh} đã được các nhà trường tổ chức trang trọng {dd}; [[F1:tổng số học sinh đầu năm]] {F1}.'],
  prog=['Các nhà trường đang hoàn thiện cơ sở vật chất cho năm học mới; công tác tuyển sinh đầu cấp chưa kết thúc.'],
  figs={'F1': Cnt('hoc_sinh_dau_nam', 'học sinh', 900, 2600)},
  look=['Tổ chức Lễ tổng kết năm học, khen thưởng học sinh giỏi tại {truong_thcs}.'])
T('edu', 'tuyen_sinh', months=[7, 8],
  plan=['Triển khai công tác tuyển sinh đầu cấp năm học {nh} đúng quy chế, công khai{dl}.'],
  done=['Công tác tuyển sinh đầu cấp năm học {nh} đã hoàn thành {dd}; [[F1:số học sinh tuyển mới]] {F1}.'],
  prog=['Các nhà trường đang tiếp nhận hồ sơ tuyển sinh đầu cấp năm học {nh}; [[F2:số hồ sơ đã tiếp nhận]] {F2}.'],
  figs={'F1': Cnt('hoc_sinh_tuyen_moi', 'học sinh', 150, 480), 'F2': Cnt('ho_so_tuyen_sinh', 'hồ sơ', 80, 400)},
  look=['Bàn giao hồ sơ học sinh hoàn thành chương trình mầm non cho trường tiểu học.'])
T('edu', 'xe_dua_don', months=SCHOOL_MONTHS,
  plan=['Chỉ đạo các nhà trường phối hợp Công an {xa} tuyên truyền, ký cam kết với chủ xe đưa đón học sinh về chấp hành quy định {@ATGT}{dl}.'],
  done=['Các nhà trường đã phối hợp Công an {xa} ký cam kết đảm bảo {@ATGT} với chủ xe đưa đón học sinh {dd}; [[F1:số xe đã ký cam kết]] {F1}.'],
  prog=['Đang rà soát danh sách xe đưa đón học sinh để tổ chức ký cam kết đảm bảo {@ATGT}.'],
  figs={'F1': Cnt('xe_dua_don_cam_ket', 'xe', 5, 30)},
  look=['Tổ chức tuyên truyền Luật Giao thông đường bộ cho học sinh {truong_thcs} trong giờ chào cờ.'])
T('edu', 'kiem_tra_hk', months=[12, 1, 4, 5],
  choices={'hk': lambda p, r: 'I' if p['M'] in (12, 1) else 'II'},
  plan=['Chỉ đạo các nhà trường tổ chức kiểm tra cuối học kỳ {hk} năm học {nh} nghiêm túc, đúng quy chế{dl}.'],
  done=['Các nhà trường đã tổ chức kiểm tra cuối học kỳ {hk} năm học {nh} nghiêm túc {dd}; [[F1:tỷ lệ học sinh đạt yêu cầu]] {F1}.'],
  prog=['Các nhà trường đang tổ chức kiểm tra cuối học kỳ {hk} theo lịch của Phòng Giáo dục và Đào tạo.'],
  figs={'F1': Pct('ty_le_hoc_sinh_dat', 92, 99)},
  look=['Tổ chức hội thi giáo viên dạy giỏi cấp trường tại {truong_th}.'])
T('edu', 'chuan_qg', long=True,
  plan=['Hoàn thiện hồ sơ đề nghị công nhận {truong} đạt chuẩn quốc gia ((mức độ 1)){dl}.'],
  done=['Hồ sơ đề nghị công nhận {truong} đạt chuẩn quốc gia ((mức độ 1)) đã hoàn thiện, gửi Phòng Giáo dục và Đào tạo {dd}.'],
  prog=['{truong} đang hoàn thiện các tiêu chí về cơ sở vật chất để đề nghị công nhận đạt chuẩn quốc gia; còn một số tiêu chí chưa đạt.'],
  look=['Đón Đoàn kiểm tra của {huyen_short} về công tác kiểm định chất lượng giáo dục tại {truong2}.'])
T('edu', 'routine', routine=True, months=SCHOOL_MONTHS,
  plan=['Chỉ đạo các nhà trường thực hiện tốt kế hoạch giáo dục năm học {nh}; đảm bảo an toàn trường học, an toàn thực phẩm trong bếp ăn bán trú.'],
  done=['Các nhà trường thực hiện nghiêm kế hoạch giáo dục năm học {nh}; bếp ăn bán trú đảm bảo an toàn thực phẩm, không để xảy ra ngộ độc.'])
T('edu', 'he', routine=True, months=[6, 7, 8],
  plan=['Chỉ đạo các nhà trường tổ chức tốt các hoạt động hè cho học sinh; rà soát, sửa chữa cơ sở vật chất chuẩn bị năm học {nh}.'],
  done=['Các nhà trường đã rà soát, sửa chữa bàn ghế, phòng học chuẩn bị cho năm học {nh}; hoạt động hè của học sinh diễn ra an toàn.'])

# ---------------------------------------------------------------- health
T('health', 'vitamin', months=[6, 12],
  choices={'dot': lambda p, r: '1' if p['M'] == 6 else '2'},
  plan=['Xây dựng kế hoạch, tổ chức cân đo và cho trẻ em uống vitamin A đợt {dot} năm {Y}{dl}.'],
  done=['Chiến dịch uống vitamin A đợt {dot} năm {Y} đã tổ chức tại Trạm Y tế {dd}; [[F1:số trẻ được uống vitamin A]] {F1}.'],
  prog=['Đang tổ chức cân đo, cho trẻ uống vitamin A tại các điểm; [[F3:số trẻ đã được uống vitamin A]] {F3}.'],
  figs={'F1': Cnt('tre_uong_vitamin_a', 'cháu', 250, 900), 'F3': Rat('tre_uong_vitamin_a', 'cháu', 250, 900)},
  look=['Tổ chức tẩy giun cho học sinh tại {truong_th}.'])
T('health', 'sxh', months=[6, 7, 8, 9, 10, 11],
  plan=['Tổ chức chiến dịch diệt bọ gậy, phòng chống sốt xuất huyết tại các {thonw}{dl}.'],
  done=['Chiến dịch diệt bọ gậy phòng chống sốt xuất huyết đã triển khai tại các {thonw} {dd}; [[F1:số hộ được kiểm tra, xử lý bọ gậy]] {F1}.'],
  prog=['Đang triển khai diệt bọ gậy tại các {thonw}; [[F3:số hộ được kiểm tra bọ gậy]] {F3}.'],
  figs={'F1': Cnt('ho_diet_bo_gay', 'hộ', 'hh_lo', 'hh'), 'F3': Rat('ho_diet_bo_gay', 'hộ', 'hh_lo', 'hh')},
  look=['Phun hóa chất diệt muỗi tại khu vực có ca bệnh sốt xuất huyết ở {thon2}.'])
T('health', 'attp', months=[1, 2, 8, 9, 12],
  choices={'dip': lambda p, r: {12: 'Tết Dương lịch và Tết Nguyên đán ' + p['tet'], 1: 'Tết Nguyên đán ' + p['tet'],
                               2: 'Tết Nguyên đán ' + p['tet']}.get(p['M'], 'Tết Trung thu')},
  ref='KH',
  plan=['Thành lập đoàn kiểm tra liên ngành về {@ATTP} dịp {dip}{dl}.',
        'Thành lập đoàn kiểm tra liên ngành về {@ATTP} dịp {dip} theo {REF} của {UB}{dl}.'],
  done=['Đoàn kiểm tra liên ngành về {@ATTP} dịp {dip} đã hoàn thành kiểm tra {dd}; [[F1:số cơ sở thực phẩm được kiểm tra]] {F1}, trong đó [[F2:số cơ sở bị nhắc nhở]] {F2}.'],
  prog=['Đoàn kiểm tra liên ngành về {@ATTP} đã được thành lập, đang kiểm tra các cơ sở kinh doanh thực phẩm dịp {dip}.'],
  figs={'F1': Cnt('co_so_kiem_tra_attp', 'cơ sở', 12, 45), 'F2': Cnt('co_so_nhac_nho_attp', 'cơ sở', 1, 8)},
  look=['Tuyên truyền kiến thức về {@ATTP} trên hệ thống loa truyền thanh.'])
T('health', 'bhyt_hs', months=[9, 10, 11],
  plan=['Phối hợp các nhà trường rà soát, vận động học sinh tham gia {@BHYT} năm học {nh}{dl}.'],
  done=['[[F1:Tỷ lệ học sinh tham gia {@BHYT}]] năm học {nh} đạt {F1}, hoàn thành chỉ tiêu được giao.'],
  prog=['[[F1:Tỷ lệ học sinh tham gia {@BHYT}]] năm học {nh} đến nay đạt {F1}; các nhà trường tiếp tục vận động.'],
  figs={'F1': Pct('ty_le_hoc_sinh_bhyt', 88, 99)},
  look=['Tiếp nhận hồ sơ cấp thẻ {@BHYT} cho trẻ ((dưới 6 tuổi)) đảm bảo kịp thời.'])
T('health', 'routine', routine=True,
  plan=['Chỉ đạo Trạm Y tế tăng cường kiểm tra, quản lý hoạt động hành nghề y, dược tư nhân trên địa bàn.'],
  done=['Trạm Y tế đã phối hợp kiểm tra các cơ sở hành nghề y, dược tư nhân; các cơ sở chấp hành đúng quy định.'])

# ---------------------------------------------------------------- information
T('info', 'ky_niem',
  plan=['Xây dựng kế hoạch tuyên truyền kỷ niệm {ann}{dl}.'],
  done=['Đã treo băng rôn, khẩu hiệu, cờ Tổ quốc và phát các tin bài tuyên truyền kỷ niệm {ann}; [[F1:số băng rôn, khẩu hiệu đã treo]]: {F1}.'],
  prog=['Đang biên tập tin bài, chuẩn bị băng rôn, khẩu hiệu tuyên truyền kỷ niệm {ann}.'],
  figs={'F1': Cnt('bang_ron_khau_hieu', 'cái', 10, 60)},
  look=['Tuyên truyền kỷ niệm {ann_other} trên hệ thống loa truyền thanh.'])
T('info', 'loa', long=True,
  plan=['Tổ chức kiểm tra, sửa chữa hệ thống loa truyền thanh tại {thon}{dl}.'],
  done=['Hệ thống loa truyền thanh {thon} đã được sửa chữa xong {dd}; [[F1:số cụm loa thay mới]] {F1}.'],
  prog=['Đang sửa chữa hệ thống loa truyền thanh {thon}, chờ thay thế bộ thu phát không dây.'],
  figs={'F1': Cnt('cum_loa_thay_moi', 'cụm', 1, 6)},
  look=['Sửa chữa hệ thống điện chiếu sáng công cộng tại {thon2}.'])
T('info', 'cds',
  plan=['Tuyên truyền, hướng dẫn người dân {thon} cài đặt ứng dụng VNeID, sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt{dl}.'],
  done=['Tổ công nghệ số cộng đồng {thon} đã hướng dẫn người dân cài đặt ứng dụng, sử dụng dịch vụ công trực tuyến; [[F1:số người được hướng dẫn]] {F1}.'],
  prog=['Tổ công nghệ số cộng đồng {thon} đang hướng dẫn người dân cài đặt ứng dụng; [[F1:số người được hướng dẫn]] đến nay {F1}.'],
  figs={'F1': Cnt('nguoi_duoc_huong_dan_cds', 'người', 80, 600)},
  look=['Tập huấn kỹ năng số cho thành viên Tổ công nghệ số cộng đồng các {thonw}.'])

# ---------------------------------------------------------------- culture
T('culture', 'gdvh', months=[11, 12],
  plan=['Tổ chức bình xét gia đình văn hóa, {thonw} văn hóa năm {Y}{dl}.'],
  done=['Hoàn thành bình xét gia đình văn hóa năm {Y} {dd}: [[F1:số hộ đạt danh hiệu gia đình văn hóa]] {F1}.'],
  prog=['Các {thonw} đang họp bình xét gia đình văn hóa năm {Y}; {thon} chưa gửi kết quả về {UB}.'],
  figs={'F1': Rat('ho_gia_dinh_van_hoa', 'hộ', 'hh', 'hh', full=(0.84, 0.95))},
  look=['Hướng dẫn các hộ gia đình đăng ký xây dựng gia đình văn hóa năm {Yn}.'])
T('culture', 'don_bang', kind='event', months=[12, 1, 2],
  plan=['Xây dựng kế hoạch tổ chức Lễ đón Bằng công nhận danh hiệu {lvh} {thon}{dl}.'],
  done=['{dd}, {thon} đã tổ chức Lễ đón Bằng công nhận danh hiệu {lvh} trang trọng, tiết kiệm.'],
  prog=['{thon} đang chuẩn bị kịch bản, cơ sở vật chất cho Lễ đón Bằng công nhận danh hiệu {lvh}.'],
  look=['Tổ chức Ngày hội đại đoàn kết toàn dân tộc tại {thon2}.'])
T('culture', 'bong_da', kind='event', months=[1, 2, 3, 4, 8, 9],
  choices={'cup': ['thanh niên', 'mừng Đảng, mừng Xuân', 'lứa tuổi trung niên', 'thiếu niên nhi đồng']},
  plan=['Tổ chức giải bóng đá {cup} năm {Y}{dl}.'],
  done=['Giải bóng đá {cup} năm {Y} đã diễn ra {dd}; [[F1:số đội bóng tham gia]] {F1}.'],
  prog=['Giải bóng đá {cup} năm {Y} đang thi đấu vòng bảng, dự kiến bế mạc vào cuối tháng.'],
  figs={'F1': Cnt('doi_bong_tham_gia', 'đội', 4, 12)},
  look=['Tổ chức giải cầu lông, bóng chuyền hơi chào mừng {ann_other}.'])
T('culture', 'le_hoi', kind='event', months=[1, 2, 3],
  plan=['Tăng cường quản lý, hướng dẫn tổ chức lễ hội truyền thống đình {thon} đảm bảo văn minh, tiết kiệm{dl}.'],
  done=['Lễ hội truyền thống đình {thon} đã diễn ra {dd} an toàn, văn minh, đúng quy định.'],
  look=['Kiểm tra hoạt động kinh doanh dịch vụ văn hóa, trò chơi điện tử trên địa bàn.'])
T('culture', 'routine', routine=True,
  plan=['Hướng dẫn các {thonw} thực hiện nếp sống văn minh trong việc cưới, việc tang và lễ hội.'],
  done=['Các {thonw} thực hiện tốt hương ước, quy ước; việc cưới, việc tang trên địa bàn được tổ chức văn minh, tiết kiệm.'])

# ---------------------------------------------------------------- labour
T('labour', 'qua_tet', months=[1, 2],
  plan=['Phối hợp {@MTTQ} {xa} rà soát, lập danh sách hộ nghèo, hộ cận nghèo, gia đình chính sách để tặng quà Tết Nguyên đán {tet}{dl}.'],
  done=['Đã trao quà Tết Nguyên đán {tet} cho hộ nghèo, hộ cận nghèo, gia đình chính sách {dd}; [[F1:số suất quà]] {F1}, [[F2:tổng trị giá quà]] {F2}.'],
  prog=['Đang tiếp nhận quà của cấp trên và các nhà hảo tâm để trao cho các đối tượng; [[F3:số suất quà đã trao]] {F3}.'],
  figs={'F1': Cnt('suat_qua_tet', 'suất', 150, 700), 'F2': Money('gia_tri_qua_tet', 8.0e7, 4.0e8, 'trieu'),
        'F3': Rat('suat_qua_tet', 'suất', 150, 700)},
  look=['Thăm, tặng quà các cụ cao tuổi mừng thọ tại {thon2}.'])
T('labour', 'ho_ngheo', months=[10, 11, 12],
  ref='KH',
  plan=['Tổ chức rà soát hộ nghèo, hộ cận nghèo năm {Y} theo chuẩn nghèo đa chiều giai đoạn {gdn}{dl}.',
        'Triển khai {REF} của {UB} về rà soát hộ nghèo, hộ cận nghèo năm {Y} theo chuẩn nghèo đa chiều giai đoạn {gdn}{dl}.'],
  done=['Đã hoàn thành rà soát hộ nghèo, hộ cận nghèo năm {Y} {dd}; kết quả được niêm yết công khai tại các {thonw}.',
        'Việc rà soát hộ nghèo, hộ cận nghèo năm {Y} ở các {thonw} đã xong {dd}, danh sách đã gửi Phòng Lao động - Thương binh và Xã hội.'],
  prog=['Các {thonw} đang tổ chức họp dân bình xét hộ nghèo, hộ cận nghèo năm {Y}; kết quả chưa tổng hợp xong.'],
  look=['Rà soát, lập danh sách hộ có mức sống trung bình đề nghị hỗ trợ mua thẻ {@BHYT}.'])
T('labour', 'khuyet_tat',
  ref='ND',
  plan=['Tham mưu Hội đồng xác định mức độ khuyết tật {xa} họp xét hồ sơ của {person} ({thon}){dl}.',
        'Tham mưu Hội đồng xác định mức độ khuyết tật {xa} họp xét hồ sơ của {person} ({thon}) theo {REF} của Chính phủ{dl}.'],
  done=['Hội đồng xác định mức độ khuyết tật {xa} đã họp {dd}, xác định mức độ khuyết tật đặc biệt nặng đối với {person} ({thon}).'],
  prog=['Hồ sơ xác định mức độ khuyết tật của {person} ({thon}) đang được bổ sung giấy tờ, Hội đồng chưa họp xét.'],
  look=['Lập hồ sơ đề nghị hưởng trợ cấp xã hội hằng tháng cho người cao tuổi tại {thon2}.'])
T('labour', 'viec_lam', kind='event', lf='day_nghe',
  choices={'nghe': ['may công nghiệp', 'kỹ thuật trồng nấm', 'sửa chữa máy nông nghiệp', 'chăn nuôi thú y']},
  plan=['Phối hợp Trung tâm Dịch vụ việc làm tỉnh tổ chức phiên giao dịch việc làm lưu động tại {xa}{dl}.'],
  done=['Phiên giao dịch việc làm lưu động đã diễn ra tại hội trường {UB} {dd}; [[F1:số lao động được tư vấn]] {F1}.'],
  prog=['Đang phối hợp Trung tâm Dịch vụ việc làm tỉnh hoàn thiện danh sách doanh nghiệp tham gia phiên giao dịch việc làm.'],
  figs={'F1': Cnt('lao_dong_duoc_tu_van', 'người', 40, 250)},
  look=['Mở lớp đào tạo nghề {nghe} cho lao động nông thôn tại {thon2}.'])
T('labour', 'day_nghe', kind='event', lf='viec_lam',
  choices={'nghe': ['may công nghiệp', 'kỹ thuật trồng nấm', 'sửa chữa máy nông nghiệp', 'chăn nuôi thú y']},
  plan=['Phối hợp mở lớp đào tạo nghề {nghe} cho lao động nông thôn tại {thon}{dl}.'],
  done=['Lớp đào tạo nghề {nghe} cho lao động nông thôn tại {thon} đã khai giảng {dd}; [[F1:số học viên lớp nghề]] {F1}.'],
  prog=['Đang tuyển sinh lớp đào tạo nghề {nghe} tại {thon}; số người đăng ký chưa đủ để mở lớp.'],
  figs={'F1': Cnt('hoc_vien_hoc_nghe', 'học viên', 20, 45)},
  look=['Tổ chức phiên giao dịch việc làm, tư vấn xuất khẩu lao động cho thanh niên.'])
T('labour', 'bhyt',
  plan=['Đôn đốc các {thonw} thực hiện chỉ tiêu phát triển người tham gia {@BHYT}, {@BHXH} tự nguyện; phấn đấu [[P1:tỷ lệ người dân tham gia {@BHYT}]] đạt {P1}{dl}.'],
  done=['[[F1:Tỷ lệ người dân tham gia {@BHYT}]] đạt {F1}, hoàn thành chỉ tiêu {huyen_short} giao.'],
  prog=['[[F1:Tỷ lệ người dân tham gia {@BHYT}]] đến nay đạt {F1}, chưa đạt chỉ tiêu {huyen_short} giao.'],
  figs={'P1': Pct('ty_le_tham_gia_bhyt', 92, 96, nd=0), 'F1': Pct('ty_le_tham_gia_bhyt', 92, 96)},
  look=['Tuyên truyền chính sách {@BHXH} một lần, khuyến cáo người lao động cân nhắc trước khi rút {@BHXH} một lần.'])
T('labour', 'routine', routine=True,
  plan=['Rà soát, cập nhật biến động đối tượng người có công, đối tượng bảo trợ xã hội trên phần mềm quản lý.'],
  done=['Đã cập nhật đầy đủ biến động đối tượng người có công, bảo trợ xã hội trên phần mềm quản lý của ngành.'])

# ---------------------------------------------------------------- defence
T('defence', 'giao_quan', kind='event', months=[1, 2],
  plan=['Tổ chức gặp mặt, tặng quà và bàn giao công dân nhập ngũ năm {Y} đảm bảo đủ chỉ tiêu{dl}.'],
  done=['Lễ giao nhận quân năm {Y} đã diễn ra {dd}; [[F1:số công dân nhập ngũ]]: {F1}, hoàn thành chỉ tiêu được giao.'],
  prog=['Đang hoàn thiện hồ sơ công dân nhập ngũ năm {Y}; tổ chức thăm hỏi các gia đình có con chuẩn bị lên đường nhập ngũ.'],
  figs={'F1': Rat('cong_dan_nhap_ngu', 'công dân', 10, 30, form='paren_dat')},
  look=['Tổ chức gặp mặt quân nhân hoàn thành nghĩa vụ trở về địa phương.'])
T('defence', 'so_tuyen', kind='event', months=[10, 11],
  ref='KH',
  plan=['Phối hợp Trạm Y tế tổ chức khám sơ tuyển {@NVQS} năm {Yn} cho nam công dân trong độ tuổi{dl}.',
        'Thực hiện {REF} của Hội đồng {@NVQS} {huyen_short}, tổ chức khám sơ tuyển {@NVQS} năm {Yn} cho nam công dân trong độ tuổi{dl}.'],
  done=['{dd}, đã tổ chức khám sơ tuyển {@NVQS} năm {Yn}; [[F1:số nam công dân khám sơ tuyển]]: {F1}, qua sơ tuyển có {F2} [[F2:đủ điều kiện khám tuyển tuyến huyện]].'],
  prog=['Đã khám sơ tuyển đợt 1; đang đôn đốc các nam công dân chưa khám tham gia khám bổ sung.'],
  figs={'F1': Cnt('nvqs_kham_so_tuyen', 'nam công dân', 50, 120),
        'F2': Rat('nvqs_du_dieu_kien', 'nam công dân', 50, 120, form='none', full=(0.8, 0.95), b_from='F1')},
  look=['Tổ chức đăng ký {@NVQS} lần đầu cho nam công dân ((đủ 17 tuổi)).'])
T('defence', 'huan_luyen', months=[3, 4, 5],
  plan=['Tổ chức huấn luyện dân quân năm {Y} theo kế hoạch của Ban Chỉ huy quân sự {huyen_short}{dl}.'],
  done=['Lớp huấn luyện dân quân năm {Y} đã kết thúc {dd}; [[F1:quân số tham gia huấn luyện]] {F1}.'],
  prog=['Lực lượng dân quân đang huấn luyện theo kế hoạch; [[F3:quân số tham gia huấn luyện]] {F3}.'],
  figs={'F1': Rat('quan_so_huan_luyen', 'đồng chí', 25, 60, full=(0.9, 1.0)),
        'F3': Rat('quan_so_huan_luyen', 'đồng chí', 25, 60)},
  look=['Tổ chức diễn tập phòng thủ dân sự, ứng phó thiên tai tại {thon2}.'])
T('defence', 'dang_ky_17', months=[4],
  plan=['Tổ chức đăng ký {@NVQS} lần đầu cho nam công dân ((đủ 17 tuổi)) năm {Y}{dl}.'],
  done=['Đã đăng ký {@NVQS} lần đầu {dd}, [[F1:số nam công dân đăng ký]] {F1}.'],
  figs={'F1': Cnt('nvqs_dang_ky_lan_dau', 'nam công dân', 30, 90)},
  look=['Tổ chức khám sơ tuyển {@NVQS} bổ sung cho nam công dân chuyển đến địa phương.'])
T('defence', 'routine', routine=True,
  plan=['Duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực phòng chống thiên tai, tìm kiếm cứu nạn.'],
  done=['Lực lượng dân quân duy trì nghiêm chế độ trực sẵn sàng chiến đấu, trực phòng chống thiên tai theo quy định.'])

# ---------------------------------------------------------------- security
T('security', 'tuan_tra_tet', months=[12, 1, 2],
  plan=['Xây dựng kế hoạch tuần tra, kiểm soát đảm bảo {@ANTT} dịp Tết Dương lịch và Tết Nguyên đán {tet}{dl}.'],
  ref='KH',
  done=['Công an {xa} phối hợp lực lượng dân quân tuần tra, kiểm soát đảm bảo {@ANTT} dịp Tết {tet}; [[F1:số lượt tuần tra dịp Tết]] {F1}.',
        'Thực hiện {REF}, lực lượng Công an, dân quân {xa} đã tuần tra đảm bảo {@ANTT} dịp Tết {tet}; [[F1:số lượt tuần tra dịp Tết]] {F1}.'],
  prog=['Kế hoạch tuần tra dịp Tết đã ban hành; lực lượng Công an, dân quân đang triển khai tuần tra theo kế hoạch.'],
  figs={'F1': Cnt('tuan_tra_dip_tet', 'lượt', 15, 60)},
  look=['Ra quân tấn công, trấn áp tội phạm, đảm bảo trật tự an toàn xã hội đầu năm.'])
T('security', 'pccc',
  plan=['Tổ chức kiểm tra an toàn {@PCCC} đối với các cơ sở kinh doanh, nhà ở kết hợp kinh doanh tại {thon}{dl}.'],
  done=['Đã kiểm tra an toàn {@PCCC} tại các cơ sở kinh doanh trên địa bàn {thon} {dd}; [[F1:số cơ sở được kiểm tra {@PCCC}]] {F1}.'],
  prog=['Đang kiểm tra an toàn {@PCCC} tại các cơ sở kinh doanh {thon}; [[F3:số cơ sở đã kiểm tra {@PCCC}]] {F3}.'],
  figs={'F1': Cnt('co_so_kiem_tra_pccc', 'cơ sở', 8, 40), 'F3': Rat('co_so_kiem_tra_pccc', 'cơ sở', 8, 40)},
  look=['Tuyên truyền, hướng dẫn người dân {thon2} cài đặt ứng dụng “((Báo cháy 114))”.'])
T('security', 'cccd',
  plan=['Phối hợp Công an {huyen_short} thu nhận hồ sơ cấp Căn cước, tài khoản định danh điện tử ((mức 2)) cho công dân {thon}{dl}.'],
  done=['Đã thu nhận hồ sơ cấp Căn cước, tài khoản định danh điện tử cho công dân {thon} {dd}; [[F1:số hồ sơ Căn cước đã thu nhận]] {F1}.'],
  prog=['Đang thu nhận hồ sơ cấp Căn cước cho công dân {thon}; [[F1:số hồ sơ Căn cước đã thu nhận]] đến nay {F1}.'],
  figs={'F1': Cnt('ho_so_can_cuoc', 'hồ sơ', 60, 400)},
  look=['Rà soát, làm sạch dữ liệu dân cư phục vụ ((Đề án 06)).'])
T('security', 'karaoke', lf='le_hoi',
  plan=['Kiểm tra, xử lý nghiêm các cơ sở kinh doanh karaoke hoạt động không đúng quy định{dl}.'],
  done=['Đã kiểm tra các cơ sở kinh doanh karaoke trên địa bàn {dd}; [[F1:số cơ sở karaoke được kiểm tra]] {F1}, không phát hiện vi phạm.'],
  prog=['Đang phối hợp Công an {huyen_short} kiểm tra các cơ sở kinh doanh karaoke; chưa có kết luận kiểm tra.'],
  figs={'F1': Cnt('co_so_karaoke_kiem_tra', 'cơ sở', 2, 8)},
  look=['Kiểm tra các cơ sở kinh doanh dịch vụ cầm đồ, nhà nghỉ trên địa bàn.'])
T('security', 'routine', routine=True,
  plan=['Tuyên truyền nhân dân nâng cao cảnh giác, phòng ngừa tội phạm lừa đảo chiếm đoạt tài sản qua mạng.'],
  done=['Công an {xa} đã tuyên truyền tại các {thonw} và trên loa truyền thanh về phòng ngừa lừa đảo qua mạng, nhân dân nâng cao cảnh giác.'])

# ---------------------------------------------------------------- justice
T('justice', 'ngay_phap_luat', kind='event', months=[11],
  ref='KH',
  plan=['Tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm {Y}{dl}.',
        'Xây dựng {REF} tổ chức hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm {Y}{dl}.'],
  done=['Đã tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm {Y} {dd}, lồng ghép phổ biến pháp luật cho nhân dân; [[F1:số lượt người nghe phổ biến pháp luật]] {F1}.'],
  figs={'F1': Cnt('nguoi_tham_du_pho_bien_phap_luat', 'người', 60, 300)},
  look=['Tổ chức hội nghị phổ biến Luật Đất đai cho nhân dân {thon2}.'])
T('justice', 'hoa_giai',
  plan=['Kiện toàn tổ hòa giải ở cơ sở tại {thon}{dl}.'],
  done=['Tổ hòa giải {thon} đã được kiện toàn {dd}; [[F1:số thành viên tổ hòa giải]]: {F1}.'],
  prog=['Đang hướng dẫn {thon} kiện toàn tổ hòa giải; chờ {thon} giới thiệu nhân sự.'],
  figs={'F1': Cnt('thanh_vien_to_hoa_giai', 'thành viên', 5, 9)},
  look=['Tổ hòa giải {thon2} đã hòa giải thành vụ tranh chấp ranh giới đất giữa hai hộ gia đình.'])
VDS = ['tranh chấp lối đi chung', 'việc xây dựng chuồng trại gây ô nhiễm', 'ranh giới thửa đất',
       'tiền bồi thường, hỗ trợ giải phóng mặt bằng']
T('justice', 'don_thu', choices={'vd': VDS, 'vd2': VDS},
  plan=['Giải quyết dứt điểm đơn kiến nghị của công dân {thon} về {vd}{dl}.'],
  done=['Đơn kiến nghị của công dân {thon} về {vd} đã được giải quyết dứt điểm, trả lời bằng văn bản {dd}.'],
  prog=['Đang xác minh nội dung đơn kiến nghị của công dân {thon} về {vd}; chưa có kết luận.'],
  look=['Tiếp nhận đơn của công dân {thon2} về {vd2}, chuyển bộ phận chuyên môn xác minh.'])
T('justice', 'so_hoa', long=True,
  plan=['Đẩy nhanh tiến độ số hóa sổ hộ tịch, cập nhật dữ liệu vào Cơ sở dữ liệu hộ tịch điện tử{dl}.'],
  done=['Việc số hóa sổ hộ tịch lưu trữ tại {UB} đã hoàn thành {dd}; [[F1:tổng số trang sổ hộ tịch đã số hóa]] {F1}.'],
  prog=['Tiếp tục số hóa sổ hộ tịch; [[F3:số trang sổ hộ tịch đã số hóa]] {F3}.'],
  figs={'F1': Cnt('trang_ho_tich_so_hoa', 'trang', 1800, 5200), 'F3': Rat('trang_ho_tich_so_hoa', 'trang', 1800, 5200)},
  look=['Cấp bản sao trích lục hộ tịch cho công dân theo đúng quy định.'])
T('justice', 'routine', routine=True,
  plan=['Bổ sung, cập nhật văn bản pháp luật mới cho Tủ sách pháp luật của {UB}.'],
  done=['Tủ sách pháp luật của {UB} đã được bổ sung, cập nhật các văn bản pháp luật mới ban hành.'])

# ---------------------------------------------------------------- administration
T('admin', 'danh_gia_cbcc', kind='event', months=[12, 1],
  ref='HD',
  plan=['Tổ chức hội nghị đánh giá, xếp loại chất lượng cán bộ, công chức năm {Yc}{dl}.',
        'Tổ chức hội nghị đánh giá, xếp loại chất lượng cán bộ, công chức năm {Yc} theo {REF} của {huyen_ub}{dl}.'],
  done=['Hội nghị đánh giá, xếp loại cán bộ, công chức năm {Yc} đã được tổ chức {dd}; [[F1:số cán bộ, công chức hoàn thành tốt nhiệm vụ trở lên]] {F1}.'],
  prog=['Cán bộ, công chức đã tự đánh giá theo mẫu; hội nghị đánh giá, xếp loại chưa tổ chức do chờ hướng dẫn của {huyen_ub}.'],
  figs={'F1': Rat('cbcc_hoan_thanh_tot', 'người', 18, 28, form='none', full=(0.8, 1.0))},
  look=['Tổ chức hội nghị cán bộ, công chức cơ quan năm {Yn}.'])
T('admin', 'iso',
  plan=['Hoàn thiện hồ sơ duy trì, cải tiến Hệ thống quản lý chất lượng theo ((TCVN ISO 9001:2015)){dl}.'],
  done=['Hồ sơ duy trì Hệ thống quản lý chất lượng theo ((TCVN ISO 9001:2015)) đã hoàn thiện, gửi Đoàn kiểm tra của tỉnh {dd}.'],
  prog=['Các bộ phận đang rà soát, cập nhật quy trình nội bộ theo ((TCVN ISO 9001:2015)).'],
  look=['Niêm yết công khai bộ thủ tục hành chính mới được công bố tại Bộ phận Một cửa.'])
T('admin', 'cham_diem', months=[11, 12, 1],
  plan=['Hoàn thiện hồ sơ, tài liệu kiểm chứng phục vụ chấm điểm Chỉ số {@CCHC} năm {Yc}{dl}.'],
  done=['Đã hoàn thiện hồ sơ tự chấm điểm Chỉ số {@CCHC} năm {Yc}, gửi Phòng Nội vụ {dd}; [[F1:điểm tự chấm]] {F1}.'],
  prog=['Các bộ phận đang hoàn thiện tài liệu kiểm chứng chấm điểm Chỉ số {@CCHC} năm {Yc}; còn thiếu một số tiêu chí.'],
  figs={'F1': Qty('diem_tu_cham_cchc', 'điểm', 75, 92, nd=1)},
  look=['Tuyên truyền về {@CCHC} trên hệ thống loa truyền thanh của {xa}.'])
T('admin', 'luu_tru', long=True,
  choices={'gdl': ['2010-2015', '2016-2020', '2015-2019']},
  plan=['Chỉnh lý, sắp xếp tài liệu lưu trữ của cơ quan giai đoạn {gdl}{dl}.'],
  done=['Công tác chỉnh lý tài liệu lưu trữ giai đoạn {gdl} đã hoàn thành {dd}; [[F1:số hồ sơ đã chỉnh lý]] {F1}.'],
  prog=['Đang chỉnh lý tài liệu lưu trữ giai đoạn {gdl}; [[F3:số hồ sơ đã chỉnh lý]] {F3}.'],
  figs={'F1': Cnt('ho_so_luu_tru_chinh_ly', 'hồ sơ', 600, 2400), 'F3': Rat('ho_so_luu_tru_chinh_ly', 'hồ sơ', 600, 2400)},
  look=['Tiếp nhận, cập nhật văn bản đến, văn bản đi trên hệ thống quản lý văn bản điều hành.'])
T('admin', 'truc_tuyen',
  ref='DA',
  plan=['Hướng dẫn, hỗ trợ tổ chức, công dân nộp hồ sơ {@TTHC} trực tuyến tại Bộ phận Một cửa; phấn đấu [[P1:tỷ lệ hồ sơ nộp trực tuyến]] đạt {P1}{dl}.',
        'Thực hiện {REF} của {huyen_uy} về chuyển đổi số, hướng dẫn công dân nộp hồ sơ {@TTHC} trực tuyến; phấn đấu [[P1:tỷ lệ hồ sơ nộp trực tuyến]] đạt {P1}{dl}.'],
  done=['[[F1:Tỷ lệ hồ sơ {@TTHC} nộp trực tuyến]] đạt {F1}, vượt chỉ tiêu đề ra.'],
  prog=['[[F1:Tỷ lệ hồ sơ {@TTHC} nộp trực tuyến]] mới đạt {F1}, chưa đạt chỉ tiêu đề ra.'],
  figs={'P1': Pct('ty_le_ho_so_truc_tuyen', 60, 85, nd=0), 'F1': Pct('ty_le_ho_so_truc_tuyen', 60, 85)},
  look=['Thực hiện thanh toán trực tuyến phí, lệ phí cho công dân khi giải quyết thủ tục hành chính.'])
T('admin', 'routine', routine=True,
  plan=['Thực hiện nghiêm quy chế làm việc, kỷ luật, kỷ cương hành chính trong cơ quan.'],
  done=['Cán bộ, công chức chấp hành nghiêm quy chế làm việc, kỷ luật, kỷ cương hành chính; không có trường hợp vi phạm.'])

TASK_BY_KEY = {t['key']: t for t in TASKS}

# Clauses with "đang"/"dự kiến" unrelated to the task, appended to some done outcomes.
DONE_TRAPS = [
    ' Bộ phận văn phòng đang lưu trữ hồ sơ theo quy định.',
    ' Thời gian tới, {UB} dự kiến tổ chức sơ kết, rút kinh nghiệm với các {thonw}.',
    ' Hiện nay các bộ phận đang tổng hợp số liệu phục vụ báo cáo định kỳ.',
    ' Lịch làm việc của lãnh đạo {UB} tháng tới dự kiến thông báo vào đầu tháng.',
]

# Fillers: Part I paragraphs without figures that evidence no directive.
FILLERS = {
    'finance': ['Thực hiện nghiêm túc chế độ thu, chi ngân sách theo đúng Luật Ngân sách nhà nước; kiểm soát chặt chẽ các khoản chi thường xuyên.',
                'Đối chiếu số liệu thu, chi ngân sách với Kho bạc Nhà nước {huyen_short} theo định kỳ, đảm bảo khớp đúng.',
                'Xây dựng báo cáo thực hiện {REF:NQQH} của Quốc hội về chính sách tài khóa, tiền tệ hỗ trợ chương trình phục hồi, phát triển kinh tế - xã hội.'],
    'agri': ['Chỉ đạo HTX dịch vụ nông nghiệp điều tiết nước hợp lý, đảm bảo đủ nước cho sản xuất.',
             'Hướng dẫn nhân dân theo dõi sâu bệnh trên đồng ruộng theo thông báo của Trạm Trồng trọt và Bảo vệ thực vật.'],
    'livestock': ['Hướng dẫn các hộ chăn nuôi giữ ấm cho đàn gia súc, gia cầm khi thời tiết chuyển mùa.'],
    'infra': ['Ban giám sát đầu tư của cộng đồng thường xuyên giám sát chất lượng các công trình trên địa bàn.',
              'Kiểm tra, nhắc nhở các trường hợp xây dựng nhà ở không phép, sai phép.'],
    'land': ['Tiếp nhận, thẩm định hồ sơ chuyển nhượng, tặng cho quyền sử dụng đất của các hộ gia đình theo quy định.'],
    'env': ['Tuyên truyền nhân dân không đổ rác thải, xác động vật xuống kênh mương, ao hồ.'],
    'edu': ['Các nhà trường tổ chức sinh hoạt chuyên môn theo tổ, theo cụm trường đúng kế hoạch.'],
    'health': ['Tiếp tục phối hợp Đài truyền thanh phát các tin bài về chăm sóc sức khỏe cho nhân dân.'],
    'info': ['Tuyên truyền các văn bản chỉ đạo của cấp trên, chủ trương của Đảng, chính sách pháp luật của Nhà nước trên hệ thống loa truyền thanh.'],
    'culture': ['Các câu lạc bộ văn nghệ, thể dục thể thao ở các {thonw} duy trì sinh hoạt thường xuyên.'],
    'labour': ['Hướng dẫn người cao tuổi đủ điều kiện lập hồ sơ hưởng trợ cấp xã hội theo quy định.',
               'Thực hiện {REF:CV} của {huyen_ub} về rà soát cấp thẻ {@BHYT} cho các đối tượng chính sách.'],
    'defence': ['Phối kết hợp các ngành, đoàn thể tuyên truyền kỷ niệm các ngày lễ lớn của đất nước, của địa phương.'],
    'security': ['Thường xuyên nắm tình hình, giám sát các đối tượng có biểu hiện nghi vấn trên địa bàn.',
                 'Thực hiện kiểm tra công tác tạm trú, tạm vắng theo {REF:KH} của {UB}.'],
    'justice': ['Tham mưu Chủ tịch {UB} thực hiện nghiêm lịch tiếp công dân định kỳ vào ngày thứ Năm hằng tuần.',
                'Tham mưu giải quyết dứt điểm các đơn thư, kiến nghị của công dân theo {REF:CT} của {huyen_ub}.'],
    'admin': ['Duy trì hoạt động của Bộ phận Một cửa; cán bộ, công chức thực hiện nghiêm văn hóa công sở.',
              'Triển khai {REF:HD} của {huyen_ub} về đánh giá, phân loại chất lượng cán bộ, công chức.'],
}

LIMITS = [
    'Một số nguồn thu ngân sách đạt thấp so với dự toán; việc thu phí, lệ phí ở một số {thonw} còn chậm.',
    'Tình trạng lấn chiếm vỉa hè, hành lang giao thông vẫn còn xảy ra ở một số tuyến đường.',
    'Một số nhiệm vụ triển khai còn chậm so với kế hoạch đề ra; công tác phối hợp giữa các bộ phận có lúc chưa chặt chẽ.',
    'Công tác quản lý đất đai, trật tự xây dựng còn có mặt hạn chế.',
]

# fix look-alike families that cross keys
TASK_BY_KEY['defence.so_tuyen']['lf'] = 'defence.dang_ky_17'
TASK_BY_KEY['defence.dang_ky_17']['lf'] = 'defence.so_tuyen'
TASK_BY_KEY['security.karaoke']['lf'] = None

# =====================================================================
# Routine figures (Part I paragraphs written every month or by season)
# =====================================================================

ROUTINE_LABELS = {
    'tong_thu_ngan_sach': ['Tổng thu ngân sách', 'Tổng thu NS', 'Thu ngân sách {xa}'],
    'luy_ke_thu': ['Lũy kế thu', 'Lũy kế thu ngân sách', 'lũy kế thu từ đầu năm'],
    'tong_chi_ngan_sach': ['Tổng chi ngân sách', 'Tổng chi NS', 'Chi ngân sách {xa}'],
    'luy_ke_chi': ['Lũy kế chi', 'Lũy kế chi ngân sách', 'lũy kế chi từ đầu năm'],
    'du_chuyen_sang': ['Dư chuyển sang', 'Số dư chuyển sang', 'Tồn quỹ ngân sách chuyển sang'],
    'ty_le_thu_du_toan': ['dự toán năm', 'dự toán {@HĐND} {xa} giao'],
    'tong_thu_ngan_sach_quy': ['Tổng thu ngân sách quý', 'Thu ngân sách quý'],
    'tong_chi_ngan_sach_quy': ['Tổng chi ngân sách quý', 'Chi ngân sách quý'],
    'ke_hoach_vu_dong': ['Giao kế hoạch cây rau màu vụ đông', 'Kế hoạch diện tích cây vụ đông'],
    'tong_dan_lon': ['Tổng đàn lợn', 'Đàn lợn'],
    'tong_dan_trau_bo': ['Tổng đàn trâu, bò', 'Đàn trâu, bò'],
    'tong_dan_gia_cam': ['Tổng đàn gia cầm', 'Đàn gia cầm'],
    'tin_bai_phat_thanh': ['Số tin bài phát sóng', 'Tổng số tin bài đã phát'],
    'doi_tuong_ncc': ['Số đối tượng người có công hưởng trợ cấp hằng tháng', 'Số đối tượng {@NCC} hưởng trợ cấp ưu đãi'],
    'tien_tro_cap_uu_dai': ['tổng kinh phí chi trả trợ cấp ưu đãi', 'kinh phí chi trả trợ cấp ưu đãi'],
    'doi_tuong_btxh': ['Số đối tượng bảo trợ xã hội hưởng trợ cấp hằng tháng', 'Số đối tượng {@BTXH} hưởng trợ cấp'],
    'tien_tro_cap_xa_hoi': ['kinh phí chi trả trợ cấp xã hội', 'tổng kinh phí chi trả trợ cấp xã hội'],
    'kham_chua_benh_bhyt': ['Khám chữa bệnh BHYT', 'Khám, chữa bệnh có thẻ {@BHYT}', 'Số người khám chữa bệnh {@BHYT}'],
    'kham_phu_khoa': ['Khám phụ khoa'],
    'dieu_tri_phu_khoa': ['Điều trị phụ khoa'],
    'tong_luot_kham': ['Tổng số lượt khám bệnh', 'Tổng lượt khám, chữa bệnh'],
    'tong_so_sinh': ['Tổng số sinh', 'Số trẻ sinh ra', 'Số sinh'],
    'sinh_con_thu_3': ['sinh con thứ 3 trở lên'],
    'tre_tiem_chung_day_du': ['Số trẻ em dưới 1 tuổi được tiêm chủng đầy đủ', 'Trẻ dưới 1 tuổi được tiêm chủng đầy đủ'],
    'ca_sot_xuat_huyet': ['mắc sốt xuất huyết'],
    'ty_le_hoan_thanh_tieu_hoc': ['tỷ lệ học sinh hoàn thành chương trình tiểu học'],
    'hs_tot_nghiep_thcs': ['học sinh lớp 9 được công nhận tốt nghiệp THCS'],
    'vi_pham_dat_dai': ['Số trường hợp vi phạm đất đai được phát hiện, lập biên bản', 'Phát hiện, lập biên bản vi phạm đất đai'],
    'rac_thai_sinh_hoat': ['Khối lượng rác thải sinh hoạt thu gom', 'Rác thải sinh hoạt được thu gom, xử lý'],
    'tuan_tra': ['tuần tra, kiểm soát', 'Số lượt tuần tra'],
    'ho_so_xu_phat': ['xử phạt vi phạm hành chính'],
    'tong_tien_phat': ['tổng số tiền phạt', 'tổng mức phạt'],
    'vu_trom_cap': ['trộm cắp tài sản'],
    'tai_nan_giao_thong': ['tai nạn giao thông'],
    'nguoi_cai_dat_bao_chay': ['cài đặt ứng dụng'],
    'co_so_cam_ket_pccc': ['ký cam kết đảm bảo an toàn {@PCCC}'],
    'khai_sinh': ['Đăng ký khai sinh'],
    'ket_hon': ['Đăng ký kết hôn'],
    'khai_tu': ['Đăng ký khai tử'],
    'chung_thuc': ['Chứng thực bản sao', 'Chứng thực'],
    'tiep_cong_dan': ['Tiếp công dân'],
    'don_thu': ['Tiếp nhận đơn thư'],
    'ho_so_tthc': ['Tổng số hồ sơ {@TTHC} tiếp nhận', 'Bộ phận Một cửa tiếp nhận'],
    'ho_so_dung_han': ['giải quyết đúng hạn', 'đúng hạn'],
    'ho_ngheo': ['Tổng số hộ nghèo xét duyệt theo tiêu chí', 'Số hộ nghèo'],
    'ho_can_ngheo': ['Tổng số hộ cận nghèo xét duyệt theo tiêu chí', 'Số hộ cận nghèo'],
    'ho_muc_song_trung_binh': ['Số hộ làm nông, ngư nghiệp có mức sống trung bình'],
}
for _m in ('ho_ngheo', 'ho_can_ngheo', 'ho_muc_song_trung_binh'):
    ROUTINE_LABELS[_m + '_ty_le'] = ROUTINE_LABELS[_m]
ROUTINE_LABELS['ho_so_dung_han_ty_le'] = ROUTINE_LABELS['ho_so_dung_han']
ROUTINE_LABELS['hs_tot_nghiep_thcs_ty_le'] = ROUTINE_LABELS['hs_tot_nghiep_thcs']

ROUTINE_UNITS = {
    'tong_thu_ngan_sach': 'VND', 'luy_ke_thu': 'VND', 'tong_chi_ngan_sach': 'VND', 'luy_ke_chi': 'VND',
    'du_chuyen_sang': 'VND', 'ty_le_thu_du_toan': 'percent', 'tong_thu_ngan_sach_quy': 'VND',
    'tong_chi_ngan_sach_quy': 'VND', 'ke_hoach_vu_dong': 'ha', 'tong_dan_lon': 'con',
    'tong_dan_trau_bo': 'con', 'tong_dan_gia_cam': 'con', 'tin_bai_phat_thanh': 'tin bài',
    'doi_tuong_ncc': 'người', 'tien_tro_cap_uu_dai': 'VND', 'doi_tuong_btxh': 'người',
    'tien_tro_cap_xa_hoi': 'VND', 'kham_chua_benh_bhyt': 'người', 'kham_phu_khoa': 'lượt',
    'dieu_tri_phu_khoa': 'lượt', 'tong_luot_kham': 'lượt', 'tong_so_sinh': None, 'sinh_con_thu_3': None,
    'tre_tiem_chung_day_du': 'cháu', 'ca_sot_xuat_huyet': 'ca', 'ty_le_hoan_thanh_tieu_hoc': 'percent',
    'hs_tot_nghiep_thcs': 'học sinh', 'hs_tot_nghiep_thcs_ty_le': 'percent', 'vi_pham_dat_dai': 'trường hợp',
    'rac_thai_sinh_hoat': 'tấn', 'tuan_tra': 'lượt', 'ho_so_xu_phat': 'hồ sơ', 'tong_tien_phat': 'VND',
    'vu_trom_cap': 'vụ', 'tai_nan_giao_thong': 'vụ', 'nguoi_cai_dat_bao_chay': 'người',
    'co_so_cam_ket_pccc': 'cơ sở', 'khai_sinh': 'trường hợp', 'ket_hon': 'cặp', 'khai_tu': 'trường hợp',
    'chung_thuc': 'bản', 'tiep_cong_dan': 'lượt', 'don_thu': 'đơn', 'ho_so_tthc': 'hồ sơ',
    'ho_so_dung_han': 'hồ sơ', 'ho_so_dung_han_ty_le': 'percent',
    'ho_ngheo': 'hộ', 'ho_can_ngheo': 'hộ', 'ho_muc_song_trung_binh': 'hộ',
}

# metric: (base, month-to-month sigma, season {month: factor})
SERIES = {
    'tin_bai_phat_thanh': (46, 0.18, None),
    'doi_tuong_ncc': (230, 0.01, None),
    'doi_tuong_btxh': (310, 0.015, None),
    'kham_chua_benh_bhyt': (150, 0.2, {1: 1.2, 2: 1.25, 12: 1.15}),
    'kham_phu_khoa': (140, 0.2, None),
    'tong_luot_kham': (420, 0.15, {1: 1.2, 2: 1.2, 7: 1.1, 8: 1.1}),
    'tong_so_sinh': (14, 0.3, {9: 1.2, 10: 1.2}),
    'tre_tiem_chung_day_du': (12, 0.25, None),
    'ca_sot_xuat_huyet': (2, 0.4, {7: 1.0, 8: 1.5, 9: 2.0, 10: 1.8, 11: 1.0}),
    'vi_pham_dat_dai': (1.6, 0.6, None),
    'rac_thai_sinh_hoat': (118, 0.08, {1: 1.25, 2: 1.3, 12: 1.1}),
    'tuan_tra': (38, 0.2, {1: 1.3, 2: 1.3, 12: 1.2}),
    'ho_so_xu_phat': (3, 0.5, None),
    'vu_trom_cap': (0.9, 0.6, None),
    'tai_nan_giao_thong': (0.6, 0.6, {1: 1.6, 2: 1.6}),
    'khai_sinh': (14, 0.3, None),
    'ket_hon': (6, 0.4, {11: 1.6, 12: 1.8, 1: 1.7, 7: 0.5}),
    'khai_tu': (5, 0.3, {1: 1.3, 2: 1.2}),
    'chung_thuc': (250, 0.2, {8: 1.3}),
    'tiep_cong_dan': (4, 0.4, None),
    'don_thu': (2, 0.5, None),
    'ho_so_tthc': (128, 0.2, {1: 1.2, 12: 1.15}),
    'tong_dan_lon': (3200, 0.08, None),
    'tong_dan_trau_bo': (420, 0.05, None),
    'tong_dan_gia_cam': (46000, 0.1, {12: 1.3, 1: 1.2}),
    'co_so_cam_ket_pccc': (140, 0.2, None),
    'nguoi_cai_dat_bao_chay': (320, 0.3, None),
}
JUMP_METRICS = ['kham_phu_khoa', 'kham_chua_benh_bhyt', 'tin_bai_phat_thanh', 'tuan_tra',
                'ho_so_tthc', 'chung_thuc', 'tong_luot_kham']


# =====================================================================
# Document references
# =====================================================================

def make_ref(rng, kind, before, style):
    """A document reference dated before `before` (a date)."""
    d = before - timedelta(days=rng.randint(3, 75))
    if kind == 'NQQH':
        return dict(kind='Nghị quyết', number='43/2022/QH15', date='2022-01-11',
                    raw='Nghị quyết số 43/2022/QH15 ngày 11/01/2022')
    names = {'TB': 'Thông báo', 'KH': 'Kế hoạch', 'QD': 'Quyết định', 'CV': 'Công văn',
             'NQ': 'Nghị quyết', 'CT': 'Chỉ thị', 'HD': 'Hướng dẫn', 'DA': 'Đề án', 'ND': 'Nghị định'}
    name = names[kind]
    if kind == 'TB':
        number = '%d/TB-UBND' % rng.randint(8, 160)
    elif kind == 'KH':
        number = '%d/KH-UBND' % rng.randint(5, 190)
    elif kind == 'QD':
        number = '%d/QĐ-UBND' % rng.randint(120, 3400)
    elif kind == 'CV':
        number = rng.choice(['%d/UBND-VP', '%d/UBND-TCKH', '%d']) % rng.randint(300, 2500)
    elif kind == 'NQ':
        number = '%d/NQ-HĐND' % rng.randint(3, 40)
    elif kind == 'CT':
        number = rng.choice(['%d-CT/HU', '%d/CT-UBND']) % rng.randint(2, 40)
    elif kind == 'HD':
        number = '%d/HD-UBND' % rng.randint(2, 60)
    elif kind == 'DA':
        number = '%d-ĐA/HU' % rng.randint(2, 20)
    else:
        number = '%d/%d/NĐ-CP' % (rng.randint(10, 180), d.year)
    so = '' if rng.random() < 0.1 else 'số '
    dated = kind != 'CV' or '/' in number
    if dated and rng.random() < 0.7:
        raw = '%s %s%s ngày %s' % (name, so, number, fmt_date(d, style, rng))
        iso = d.isoformat()
    else:
        raw = '%s %s%s' % (name, so, number)
        iso = None
    return dict(kind=name, number=number, date=iso, raw=raw)


def fmt_date(d, style, rng, year=True):
    dd = '%02d' % d.day if rng.random() < 0.8 else str(d.day)
    mm = '%02d' % d.month if (d.month >= 10 or rng.random() < 0.5) else str(d.month)
    return '%s/%s/%d' % (dd, mm, d.year) if year else '%s/%s' % (dd, mm)


# =====================================================================
# Paragraphs and the report being built
# =====================================================================

class Para:
    def __init__(self, topic, bullet=False):
        self.topic = topic
        self.bullet = bullet
        self.parts = []
        self.figs = []
        self.refs = []
        self.nonfigs = []
        self.text = None       # final (tone applied, capitalised)
        self.part = None
        self.section = None
        self.directive = None  # directive record if this is a Part II directive

    def add(self, s):
        self.parts.append(s)
        return self

    def fig(self, label, raw, metric, value, unit, of=None):
        self.figs.append(dict(label=label, raw=raw, metric=metric, value=value, unit=unit, of=of))
        return self


class Instance:
    """One concrete task (a task template with its parameters)."""
    counter = 0

    def __init__(self, task, params, rng):
        Instance.counter += 1
        self.task = task
        self.params = params
        self.rng = rng
        self.base = {}
        self.vals = {}
        self.prog = None
        self.prog_key = None
        self.chain = []     # directive records, one per consecutive month
        self.stubborn = 0   # forced chain length (0 = none)
        self.ref = None
        self.id = None

    def base_value(self, metric, lo, hi):
        if metric not in self.base:
            self.base[metric] = self.rng.uniform(lo, hi) if hi > lo else float(lo)
        return self.base[metric]

    def progress(self, key):
        if self.prog_key != key:
            self.prog = self.rng.uniform(0.3, 0.6) if self.prog is None else min(0.95, self.prog + self.rng.uniform(0.08, 0.2))
            self.prog_key = key
        return self.prog


class Report:
    def __init__(self, sim, idx):
        self.sim = sim
        self.c = sim.c
        self.st = sim.c['style']
        self.rng = sim.rng
        self.idx = idx
        self.y, self.m = sim.months[idx]
        self.period = ym_str(self.y, self.m)
        self.kind = self.st['special'].get(self.m, 'monthly')
        self.py, self.pm = ym_add(self.y, self.m, 1)
        self.plan_period = ym_str(self.py, self.pm)
        self.issued = sim.issue[idx]
        self.results = {t: [] for t in TOPICS + ['limits']}
        self.plan = {t: [] for t in TOPICS}
        self.directives = []
        self.planted = []
        self.plant = None
        self.blocks = []
        self.sections = []

    # ---- style helpers
    def abbr(self, key):
        short = self.rng.random() < self.st['abbr']
        return key if short else self.rng.choice(ABBR[key])

    def expand(self, s, params=None):
        params = params or self.sim.params
        for _ in range(3):
            if '{' not in s:
                break
            s = re.sub(r'\{([^{}]+)\}', lambda m: self.abbr(m.group(1)[1:]) if m.group(1)[0] == '@'
                       else str(params[m.group(1)]), s)
        return s

    def lab(self, metric):
        variants = ROUTINE_LABELS[metric]
        u = stable_unit(self.c['slug'], 'label', metric)
        i = int(u * len(variants))
        if self.rng.random() < 0.15:
            i = self.rng.randrange(len(variants))
        return self.expand(variants[i])

    def households(self):
        return self.c['households'] + 35 * (self.y - 2022)

    def cnt(self, n):
        n = int(n)
        if self.st['pad'] and 0 <= n < 10:
            return '%02d' % n
        return fmt_int(n)

    def pct(self, v, nd=1):
        q = Decimal(str(float(v))).quantize(Decimal(1).scaleb(-nd), ROUND_HALF_UP)
        if q == q.to_integral_value():
            txt, val = fmt_int(int(q)), int(q)
        else:
            txt, val = fmt_dec(q, nd), num(q)
        sp = ' ' if self.rng.random() < self.st['pct_space'] else ''
        return txt + sp + '%', val

    def money(self, v, mode='exact'):
        if mode == 'raw':
            v = int(v)
            suf = {'d': 'đ', 'dong': ' đồng'}[self.st['money']]
            return fmt_int(v) + suf, v
        if mode == 'exact':
            v = int(round(v / 1000.0)) * 1000
            suf = {'d': 'đ', 'dong': ' đồng'}[self.st['money']]
            return fmt_int(v) + suf, v
        if mode == 'trieu':
            q = Decimal(str(v / 1e6)).quantize(Decimal('0.1'), ROUND_HALF_UP)
            txt = fmt_dec(q, 1) if q != q.to_integral_value() else fmt_int(int(q))
            return txt + ' triệu đồng', num(q * Decimal(1000000))
        q = Decimal(str(v / 1e9)).quantize(Decimal('0.01'), ROUND_HALF_UP)
        txt = fmt_dec(q, 2).rstrip('0').rstrip(',') if q != q.to_integral_value() else fmt_int(int(q))
        return txt + ' tỷ đồng', num(q * Decimal(1000000000))

    def period_words(self):
        r = self.rng.random()
        if r < 0.5:
            return 'tháng %d/%d' % (self.m, self.y)
        if r < 0.75:
            return 'tháng %d' % self.m
        return 'trong tháng'

    def date_phrase(self, d):
        r = self.rng.random()
        if r < 0.45:
            return 'ngày ' + fmt_date(d, self.st, self.rng)
        if r < 0.65:
            return 'ngày ' + fmt_date(d, self.st, self.rng, year=False)
        if r < 0.8:
            return 'vào ngày ' + fmt_date(d, self.st, self.rng)
        if r < 0.9:
            return 'sáng ngày ' + fmt_date(d, self.st, self.rng)
        return 'ngày %d tháng %d năm %d' % (d.day, d.month, d.year)

    # ---- templates
    def render(self, tmpl, params, topic, inst=None, role='results', dl='', dd='', extra=''):
        p = Para(topic)
        rng = self.rng

        def sub(m):
            k = m.group(1)
            if k[0] == '@':
                return self.abbr(k[1:])
            if k == 'REF':
                p.refs.append(inst.ref)
                return inst.ref['raw']
            if k.startswith('REF:'):
                r = make_ref(rng, k[4:], date(self.y, self.m, 1), self.st)
                p.refs.append(r)
                return r['raw']
            if re.fullmatch(r'[FP]\d', k):
                return m.group(0)
            if k == 'dl':
                return dl
            if k == 'dd':
                return dd
            return str(params[k])
        s = re.sub(r'\{([^{}]+)\}', sub, tmpl + extra)
        s = re.sub(r'\{([^{}]+)\}', sub, s)  # parameters that contain markup
        labels = {}

        def lab(m):
            labels[m.group(1)] = m.group(2)
            return m.group(2)
        s = re.sub(r'\[\[([FP]\d):([^\]]+)\]\]', lab, s)

        def nf(m):
            p.nonfigs.append(m.group(1))
            return m.group(1)
        s = re.sub(r'\(\(([^()]+)\)\)', nf, s)

        def fig(m):
            k = m.group(1)
            spec = inst.task['figs'][k]
            raw, figs = self.render_spec(spec, inst, 'plan' if k[0] == 'P' else role, k)
            label = labels.get(k) or labels.get(spec.label_of)
            for f in figs:
                f['label'] = label
                f['part'] = 'plan' if k[0] == 'P' else 'results'
                p.figs.append(f)
            return raw
        s = re.sub(r'\{([FP]\d)\}', fig, s)
        p.add(s)
        return p

    def resolve(self, x, inst):
        if isinstance(x, str):
            if x == 'hh':
                return self.households()
            if x == 'hh_lo':
                return int(self.households() * 0.55)
            if x == 'nv':
                return len(self.c['villages'])
            return inst.params[x]
        return x

    def render_spec(self, spec, inst, role, key):
        rng = self.rng
        lo, hi = self.resolve(spec.lo, inst), self.resolve(spec.hi, inst)
        base = inst.base_value(spec.metric, lo, hi)
        unit = spec.unit
        if spec.kind == 'cnt':
            n = max(1, int(round(base)))
            inst.vals[key] = n
            raw = self.cnt(n) + ' ' + spec.noun
            return raw, [dict(raw=raw, metric=spec.metric, value=n, unit=unit, of=None)]
        if spec.kind == 'qty':
            v = base * (rng.uniform(0.96, 1.0) if role == 'results' else 1.0)
            txt = fmt_dec(v, spec.nd) if spec.nd else fmt_int(round(v))
            val = dec_value(v, spec.nd) if spec.nd else int(round(v))
            if spec.nd and txt.endswith(',0'):
                txt, val = txt[:-2], int(val)
            glue = spec.glue and rng.random() < 0.5
            raw = txt + ('' if glue else ' ') + spec.noun
            return raw, [dict(raw=raw, metric=spec.metric, value=val, unit=unit, of=None)]
        if spec.kind == 'price':
            v = int(round(base / 5000.0)) * 5000
            raw = fmt_int(v) + rng.choice(['đ/sào', 'đ/ sào', ' đồng/sào'])
            return raw, [dict(raw=raw, metric=spec.metric, value=v, unit='VND/sào', of=None)]
        if spec.kind == 'money':
            raw, v = self.money(base, spec.mode)
            return raw, [dict(raw=raw, metric=spec.metric, value=v, unit='VND', of=None)]
        if spec.kind == 'pct':
            if role == 'plan':
                v = base
            elif role == 'prog':
                v = max(1.0, base - rng.uniform(3, 12))
            else:
                v = min(100.0, base + rng.uniform(0, 2.5))
            raw, val = self.pct(v, spec.nd)
            return raw, [dict(raw=raw, metric=spec.metric, value=val, unit='percent', of=None)]
        # ratio
        if spec.b_from:
            b = inst.vals[spec.b_from]
        else:
            b = round(base, spec.nd) if spec.nd else int(round(base))
        if role == 'prog':
            a = b * inst.progress(self.period)
        else:
            a = b * rng.uniform(*spec.full)
        a = round(a, spec.nd) if spec.nd else int(round(a))
        a = min(max(a, 1 if not spec.nd else 0.1), b)
        fa = (fmt_dec(a, spec.nd) if spec.nd else self.cnt(a))
        fb = (fmt_dec(b, spec.nd) if spec.nd else self.cnt(b))
        va = dec_value(a, spec.nd) if spec.nd else int(a)
        vb = dec_value(b, spec.nd) if spec.nd else int(b)
        pct_nd = 2 if a / b < 0.1 else 1
        ptxt, pval = self.pct(100.0 * va / vb, pct_nd)
        sep = '' if spec.noun in ('m3',) else ' '
        if spec.form == 'paren':
            main = '%s %s/%s %s' % (fa, spec.noun, fb, spec.noun)
            raw = '%s (%s)' % (main, ptxt)
        elif spec.form == 'paren_dat':
            main = '%s/%s%s%s' % (fa, fb, sep, spec.noun)
            raw = '%s (đạt %s)' % (main, ptxt)
        elif spec.form == 'none':
            main = '%s/%s%s%s' % (fa, fb, sep, spec.noun)
            raw = main
        else:
            main = '%s/%s%s%s' % (fa, fb, sep, spec.noun)
            raw = '%s, đạt %s' % (main, ptxt)
        figs = [dict(raw=main, metric=spec.metric, value=va, unit=unit, of=vb)]
        if spec.form != 'none':
            figs.append(dict(raw=ptxt, metric=spec.metric + '_ty_le', value=pval, unit='percent', of=None))
        return raw, figs

    # ---- routine values and planted errors
    def rv(self, metric):
        v = self.sim.vals[self.idx][metric]
        if self.plant == ('jump', metric):
            w = v * 10
            self.planted.append(dict(metric=metric, kind='jump', value=w, expected=v,
                                     detail='%s written as %s, about ten times the series value %s (tenfold typo)'
                                            % (metric, fmt_int(w), fmt_int(v))))
            return w
        return v

    def fp_finance(self):
        rng = self.rng
        s = self.sim.fin[(self.y, self.m)]
        p = Para('finance')
        form = {'A1': 'A', 'A2': 'B', 'B': 'C'}[self.st['layout']]
        per = 'tháng %d/%d' % (self.m, self.y) if self.kind != 'monthly' else self.period_words()
        lk_thu, lk_chi = s['lk_thu'], s['lk_chi']
        w_thu, w_chi = lk_thu, lk_chi
        if self.plant and self.plant[0] == 'cumulative_mismatch':
            which = self.plant[1]
            true = lk_thu if which == 'luy_ke_thu' else lk_chi
            month_key = 'thu' if which == 'luy_ke_thu' else 'chi'
            prev = self.sim.fin.get(ym_add(self.y, self.m, -1))
            r = rng.random()
            if self.m > 1 and prev and r < 0.5:
                wrong = true - prev[month_key]
                how = 'the figure of month %d is missing from the sum' % (self.m - 1)
            else:
                digits = list(str(true))
                for _ in range(20):
                    i = rng.randrange(1, len(digits) - 1)
                    if digits[i] != digits[i + 1]:
                        digits[i], digits[i + 1] = digits[i + 1], digits[i]
                        break
                wrong = int(''.join(digits))
                how = 'two digits transposed'
            if which == 'luy_ke_thu':
                w_thu = wrong
            else:
                w_chi = wrong
            self.planted.append(dict(metric=which, kind='cumulative_mismatch', value=wrong, expected=true,
                                     detail='%s written as %s but the %d monthly %s figures of %d sum to %s (%s)'
                                            % (which, fmt_int(wrong), self.m,
                                               'tong_thu_ngan_sach' if which == 'luy_ke_thu' else 'tong_chi_ngan_sach',
                                               self.y, fmt_int(true), how)))
        du = w_thu - w_chi
        w_du = du
        if self.plant == ('balance',):
            delta = int(round(rng.uniform(1e6, 5e7) / 1000.0)) * 1000 * rng.choice([1, -1])
            w_du = du + delta
            self.planted.append(dict(metric='du_chuyen_sang', kind='balance', value=w_du, expected=du,
                                     detail='du_chuyen_sang written as %s but luy_ke_thu - luy_ke_chi = %s'
                                            % (fmt_int(w_du), fmt_int(du))))

        def F(metric, label, value, para=p):
            raw, v = self.money(value, 'raw')
            para.fig(label, raw, metric, v, 'VND')
            return raw

        def L(metric, mid=False):
            lb = self.lab(metric)
            return lcfirst(lb) if mid else lb
        six = self.kind == 'six_month'
        six_words = ' 6 tháng đầu năm %d' % self.y if six else ''
        l_thu = L('tong_thu_ngan_sach') + ' ' + per
        t_thu = F('tong_thu_ngan_sach', l_thu, s['thu'])
        if form == 'A':
            l = L('luy_ke_thu') + six_words
            t_lk = F('luy_ke_thu', l, w_thu)
            p.add('%s là: %s. %s: %s. ' % (l_thu, t_thu, l, t_lk))
            l_chi = L('tong_chi_ngan_sach') + ' ' + per
            t_chi = F('tong_chi_ngan_sach', l_chi, s['chi'])
            l = L('luy_ke_chi') + six_words
            t_lk = F('luy_ke_chi', l, w_chi)
            p.add('%s là: %s. %s: %s' % (l_chi, t_chi, l, t_lk))
        else:
            l = L('luy_ke_thu', mid=True) + six_words
            t_lk = F('luy_ke_thu', l, w_thu)
            ltp = L('ty_le_thu_du_toan')
            ptxt, pval = self.pct(100.0 * w_thu / s['du_toan'], 1)
            p.fig(ltp, ptxt, 'ty_le_thu_du_toan', pval, 'percent')
            if form == 'B':
                p.add('%s đạt %s, %s %s, bằng %s %s; ' % (l_thu, t_thu, l, t_lk, ptxt, ltp))
            else:
                p.add('%s: %s; %s: %s, đạt %s %s. ' % (l_thu, t_thu, l, t_lk, ptxt, ltp))
            l_chi = L('tong_chi_ngan_sach', mid=(form == 'B')) + ' ' + per
            t_chi = F('tong_chi_ngan_sach', l_chi, s['chi'])
            l = L('luy_ke_chi', mid=True) + six_words
            t_lk = F('luy_ke_chi', l, w_chi)
            p.add(('%s %s, %s %s' if form == 'B' else '%s: %s; %s: %s') % (l_chi, t_chi, l, t_lk))
        if self.st['balance']:
            l = L('du_chuyen_sang') + ' tháng %d/%d' % (self.pm, self.py)
            t_du = F('du_chuyen_sang', l, w_du)
            p.add(rng.choice(['. ', ' ', '; ']) + '%s: %s.' % (l, t_du))
        else:
            p.add('.')
        paras = [p]
        if self.kind == 'quarterly':
            q = (self.m - 1) // 3 + 1
            months = [ym_add(self.y, self.m, -k) for k in range(3)]
            q_thu = sum(self.sim.fin[k]['thu'] for k in months)
            q_chi = sum(self.sim.fin[k]['chi'] for k in months)
            p2 = Para('finance')
            l1 = L('tong_thu_ngan_sach_quy') + ' %s/%d' % (ROMAN[q], self.y)
            t1 = F('tong_thu_ngan_sach_quy', l1, q_thu, p2)
            l2 = L('tong_chi_ngan_sach_quy') + ' %s/%d' % (ROMAN[q], self.y)
            t2 = F('tong_chi_ngan_sach_quy', l2, q_chi, p2)
            p2.add('%s: %s; %s: %s.' % (l1, t1, l2, t2))
            paras.append(p2)
        return paras

    def fp_health(self):
        rng = self.rng
        out = []
        p = Para('health')
        lead = rng.choice(['Trong tháng: ', 'Kết quả trong tháng: ', ''])
        l1 = self.lab('kham_chua_benh_bhyt')
        n1 = self.rv('kham_chua_benh_bhyt')
        r1 = self.cnt(n1) + ' người'
        p.add(lead + l1 + (' ' if rng.random() < 0.6 else ': ') + r1 + '; ')
        p.fig(l1, r1, 'kham_chua_benh_bhyt', n1, 'người')
        kpk = self.rv('kham_phu_khoa')
        r2 = self.cnt(kpk) + ' lượt'
        p.add('Khám phụ khoa: %s. ' % r2).fig('Khám phụ khoa', r2, 'kham_phu_khoa', kpk, 'lượt')
        dt = self.sim.vals[self.idx]['dieu_tri_phu_khoa']
        r3 = self.cnt(dt) + ' lượt'
        p.add('Điều trị phụ khoa: %s. ' % r3).fig('Điều trị phụ khoa', r3, 'dieu_tri_phu_khoa', dt, 'lượt')
        if self.c['style']['layout'] == 'A2':
            tk = self.rv('tong_luot_kham')
            l = self.lab('tong_luot_kham')
            r = self.cnt(tk) + ' lượt'
            p.add('%s: %s. ' % (l, r)).fig(l, r, 'tong_luot_kham', tk, 'lượt')
        ls = self.lab('tong_so_sinh') + ' trong tháng'
        sinh = self.sim.vals[self.idx]['tong_so_sinh']
        s3 = self.sim.vals[self.idx]['sinh_con_thu_3']
        rs = self.cnt(sinh)
        p.add('%s là %s' % (ls, rs)).fig(ls, rs, 'tong_so_sinh', sinh, None)
        if s3 > 0:
            r = self.cnt(s3)
            p.add(' (trong đó sinh con thứ 3 trở lên là: %s)' % r).fig('sinh con thứ 3 trở lên', r, 'sinh_con_thu_3', s3, None)
        p.add('.')
        out.append(p)
        p = Para('health')
        d = rng.randint(5, 25)
        lt = self.lab('tre_tiem_chung_day_du') + ' trong tháng'
        n = self.sim.vals[self.idx]['tre_tiem_chung_day_du']
        r = self.cnt(n) + ' cháu'
        p.add('Ngày %d/%d tổ chức tiêm chủng mở rộng thường xuyên cho các cháu trên địa bàn đảm bảo an toàn, '
              'không xảy ra tai biến. %s là: %s.' % (d, self.m, lt, r))
        p.fig(lt, r, 'tre_tiem_chung_day_du', n, 'cháu')
        out.append(p)
        if self.m in (7, 8, 9, 10, 11):
            n = self.sim.vals[self.idx]['ca_sot_xuat_huyet']
            p = Para('health')
            if n > 0:
                r = self.cnt(n) + ' ca'
                p.add('Dịch sốt xuất huyết diễn biến phức tạp, trong tháng trên địa bàn ghi nhận %s mắc sốt xuất huyết, '
                      'đều là ca bệnh nội địa.' % r).fig('mắc sốt xuất huyết', r, 'ca_sot_xuat_huyet', n, 'ca')
            else:
                p.add('Trong tháng trên địa bàn chưa ghi nhận ca mắc sốt xuất huyết.')
            out.append(p)
        return out

    def simple(self, topic, metric, noun, fmt, per=False, value=None):
        """One figure paragraph from a format with {L} (label) and {R} (raw)."""
        v = self.rv(metric) if value is None else value
        l = self.lab(metric) + ((' ' + self.period_words()) if per else '')
        r = (self.cnt(v) if isinstance(v, int) else fmt_dec(v, 1)) + ' ' + noun
        val = v if isinstance(v, int) else dec_value(v, 1)
        p = Para(topic)
        p.add(fmt.replace('{L}', l).replace('{R}', r))
        p.fig(l, r, metric, val, ROUTINE_UNITS[metric])
        return p

    def routine_paras(self, topic, excluded_anns):
        rng = self.rng
        V = self.sim.vals[self.idx]
        out = []
        if topic == 'finance':
            out += self.fp_finance()
        elif topic == 'health':
            out += self.fp_health()
        elif topic == 'info':
            out.append(self.simple('info', 'tin_bai_phat_thanh', 'tin bài', '{L}: {R}.', per=True))
            anns = [a for a in anniversaries_in(self.m) if a not in excluded_anns]
            if anns and rng.random() < 0.7:
                p = Para('info')
                txt = ' và '.join(anniversary_text(a, self.y, rng) for a in anns)
                txt = re.sub(r'\(\(([^()]+)\)\)', lambda m: (p.nonfigs.append(m.group(1)), m.group(1))[1], txt)
                p.add('Tăng cường tuyên truyền kỷ niệm ' + txt + '.')
                out.append(p)
        elif topic == 'labour':
            p = Para('labour')
            ncc, btxh = V['doi_tuong_ncc'], V['doi_tuong_btxh']
            l1, l2, l3, l4 = (self.lab('doi_tuong_ncc'), lcfirst(self.lab('tien_tro_cap_uu_dai')),
                              self.lab('doi_tuong_btxh'), lcfirst(self.lab('tien_tro_cap_xa_hoi')))
            r1, r3 = self.cnt(ncc) + ' người', self.cnt(btxh) + ' người'
            r2, v2 = self.money(V['tien_ncc'])
            r4, v4 = self.money(V['tien_btxh'])
            p.add('Chi trả trợ cấp tháng %d/%d: %s: %s, %s %s; %s: %s, %s %s.'
                  % (self.m, self.y, l1, r1, l2, r2, l3, r3, l4, r4))
            p.fig(l1, r1, 'doi_tuong_ncc', ncc, 'người').fig(l2, r2, 'tien_tro_cap_uu_dai', v2, 'VND')
            p.fig(l3, r3, 'doi_tuong_btxh', btxh, 'người').fig(l4, r4, 'tien_tro_cap_xa_hoi', v4, 'VND')
            out.append(p)
            if self.m == 12:
                # yearly review of poor households, as in the Lai Cách report
                p = Para('labour')
                hh = self.households()
                p.add('Kết quả rà soát hộ nghèo, hộ cận nghèo năm %d theo chuẩn nghèo đa chiều: ' % self.y)
                items = []
                for mk in ('ho_ngheo', 'ho_can_ngheo', 'ho_muc_song_trung_binh'):
                    n = V[mk]
                    l = self.lab(mk)
                    main = '%s hộ/%s%s' % (self.cnt(n), fmt_int(hh), ' hộ' if rng.random() < 0.7 else '')
                    pt, pv = self.pct(100.0 * n / hh, 2)
                    pt = pt.replace('%', ' %') if ' %' not in pt and rng.random() < 0.5 else pt
                    items.append('%s: %s (%s)' % (l, main, pt))
                    p.fig(l, main, mk, n, 'hộ', of=hh).fig(l, pt, mk + '_ty_le', pv, 'percent')
                p.add('; '.join(items) + '.')
                out.append(p)
        elif topic == 'land':
            n = self.rv('vi_pham_dat_dai')
            if n > 0:
                out.append(self.simple('land', 'vi_pham_dat_dai', 'trường hợp', '{L}: {R}.', per=True))
            else:
                out.append(Para('land').add('Trong tháng không phát sinh trường hợp vi phạm đất đai mới.'))
        elif topic == 'env':
            out.append(self.simple('env', 'rac_thai_sinh_hoat', 'tấn', '{L}: {R}.', per=True))
        elif topic == 'security':
            p = Para('security')
            tt = self.rv('tuan_tra')
            l = self.lab('tuan_tra')
            r = self.cnt(tt) + ' lượt'
            if l.startswith('Số'):
                p.add('%s trong tháng: %s. ' % (l, r))
            else:
                p.add('Tổ chức %s %s tại các %s. ' % (l, r, self.c['thonw']))
            p.fig(l + (' trong tháng' if l.startswith('Số') else ''), r, 'tuan_tra', tt, 'lượt')
            tc, tn = V['vu_trom_cap'], V['tai_nan_giao_thong']
            bits = []
            if tc:
                rr = self.cnt(tc) + ' vụ'
                bits.append('xảy ra %s trộm cắp tài sản' % rr)
                p.fig('trộm cắp tài sản', rr, 'vu_trom_cap', tc, 'vụ')
            if tn:
                rr = self.cnt(tn) + ' vụ'
                bits.append('%s tai nạn giao thông' % rr)
                p.fig('tai nạn giao thông', rr, 'tai_nan_giao_thong', tn, 'vụ')
            if bits:
                p.add('Tình hình {@ANTT}: '.replace('{@ANTT}', self.abbr('ANTT')) + ', '.join(bits) + '.')
            else:
                p.add('Tình hình %s ổn định, không xảy ra tai nạn giao thông.' % self.abbr('ANTT'))
            out.append(p)
            if rng.random() < 0.5 and V['ho_so_xu_phat'] > 0:
                p = Para('security')
                n = V['ho_so_xu_phat']
                r = self.cnt(n) + ' hồ sơ'
                lt = self.lab('tong_tien_phat')
                rt, vt = self.money(V['tien_phat'], 'trieu' if rng.random() < 0.5 else 'exact')
                if rt.endswith('đ'):
                    rt, vt = fmt_int(vt) + ' đồng', vt
                p.add('Lập %s xử phạt vi phạm hành chính, %s: %s.' % (r, lt, rt))
                p.fig('xử phạt vi phạm hành chính', r, 'ho_so_xu_phat', n, 'hồ sơ').fig(lt, rt, 'tong_tien_phat', vt, 'VND')
                out.append(p)
            if rng.random() < 0.3:
                p = Para('security')
                a, b = V['co_so_cam_ket_pccc'], V['nguoi_cai_dat_bao_chay']
                la = self.lab('co_so_cam_ket_pccc')
                ra, rb = self.cnt(a) + ' cơ sở', self.cnt(b) + ' người dân'
                p.add('Tuyên truyền, %s với %s, hộ gia đình; vận động %s cài đặt ứng dụng “Báo cháy 114”.' % (la, ra, rb))
                p.fig(la, ra, 'co_so_cam_ket_pccc', a, 'cơ sở').fig('cài đặt ứng dụng', rb, 'nguoi_cai_dat_bao_chay', b, 'người')
                p.nonfigs.append('Báo cháy 114')
                out.append(p)
        elif topic == 'justice':
            p = Para('justice')
            ks, kh, kt, ct = V['khai_sinh'], V['ket_hon'], V['khai_tu'], self.rv('chung_thuc')
            lc = self.lab('chung_thuc')
            rs = [self.cnt(ks) + ' trường hợp', self.cnt(kh) + ' cặp', self.cnt(kt) + ' trường hợp', self.cnt(ct) + ' bản']
            p.add('Đăng ký khai sinh: %s; Đăng ký kết hôn: %s; Đăng ký khai tử: %s; %s: %s.' % (rs[0], rs[1], rs[2], lc, rs[3]))
            p.fig('Đăng ký khai sinh', rs[0], 'khai_sinh', ks, 'trường hợp')
            p.fig('Đăng ký kết hôn', rs[1], 'ket_hon', kh, 'cặp')
            p.fig('Đăng ký khai tử', rs[2], 'khai_tu', kt, 'trường hợp')
            p.fig(lc, rs[3], 'chung_thuc', ct, 'bản')
            out.append(p)
            if rng.random() < 0.6:
                p = Para('justice')
                a, b = V['tiep_cong_dan'], V['don_thu']
                ra, rb = self.cnt(a) + ' lượt', self.cnt(b) + ' đơn'
                p.add('Tiếp công dân: %s; Tiếp nhận đơn thư: %s, đã chuyển bộ phận chuyên môn giải quyết theo quy định.' % (ra, rb))
                p.fig('Tiếp công dân', ra, 'tiep_cong_dan', a, 'lượt').fig('Tiếp nhận đơn thư', rb, 'don_thu', b, 'đơn')
                out.append(p)
        elif topic == 'admin':
            p = Para('admin')
            n = self.rv('ho_so_tthc')
            late = V['ho_so_tre_han'] if n == V['ho_so_tthc'] else 0
            ok = max(0, min(n, V['ho_so_tthc']) - late)
            tot = min(n, V['ho_so_tthc'])
            l = self.lab('ho_so_tthc')
            r = self.cnt(n) + ' hồ sơ'
            rr = '%s/%s hồ sơ' % (self.cnt(ok), fmt_int(tot))
            pt, pv = self.pct(100.0 * ok / tot, 1)
            if l.startswith('Bộ phận'):
                p.add('%s %s, giải quyết đúng hạn %s (đạt %s).' % (l, r, rr, pt))
                ld = 'giải quyết đúng hạn'
            else:
                l = l + ' trong tháng'
                p.add('%s: %s; đã giải quyết %s đúng hạn (đạt %s).' % (l, r, rr, pt))
                ld = 'đúng hạn'
            p.fig(l, r, 'ho_so_tthc', n, 'hồ sơ').fig(ld, rr, 'ho_so_dung_han', ok, 'hồ sơ', of=tot)
            p.fig(ld, pt, 'ho_so_dung_han_ty_le', pv, 'percent')
            out.append(p)
        elif topic == 'agri':
            if self.m == 9:
                l = self.lab('ke_hoach_vu_dong')
                x = V['ke_hoach_vu_dong']
                r = fmt_int(x) + ' ha'
                p = Para('agri').add('%s năm %d cho các %s là %s.' % (l, self.y, self.c['thonw'], r))
                p.fig(l, r, 'ke_hoach_vu_dong', x, 'ha')
                out.append(p)
        elif topic == 'livestock':
            if self.m in (3, 6, 9, 12):
                p = Para('livestock')
                p.add('Tính đến thời điểm báo cáo: ')
                items = []
                for mk in ('tong_dan_lon', 'tong_dan_trau_bo', 'tong_dan_gia_cam'):
                    l = self.lab(mk)
                    r = self.cnt(V[mk]) + ' con'
                    items.append('%s: %s' % (l, r))
                    p.fig(l, r, mk, V[mk], 'con')
                p.add('; '.join(items) + '.')
                out.append(p)
        elif topic == 'edu':
            if self.m in (5, 6):
                p = Para('edu')
                l1 = self.lab('ty_le_hoan_thanh_tieu_hoc')
                r1, v1 = self.pct(V['ty_le_hoan_thanh_tieu_hoc'], 1)
                b = V['hs_lop9']
                a = b - V['hs_lop9_truot']
                l2 = self.lab('hs_tot_nghiep_thcs')
                r2 = '%s/%s học sinh' % (self.cnt(a), fmt_int(b))
                r3, v3 = self.pct(100.0 * a / b, 1)
                p.add('Kết quả cuối năm học: %s đạt %s; %s: %s (%s).' % (l1, r1, l2, r2, r3))
                p.fig(l1, r1, 'ty_le_hoan_thanh_tieu_hoc', v1, 'percent')
                p.fig(l2, r2, 'hs_tot_nghiep_thcs', a, 'học sinh', of=b)
                p.fig(l2, r3, 'hs_tot_nghiep_thcs_ty_le', v3, 'percent')
                out.append(p)
        for p in out:
            for f in p.figs:
                f.setdefault('part', 'results')
        return out

    # ---- document frame
    def part_heading(self, part):
        y, m, py, pm = self.y, self.m, self.py, self.pm
        lay = self.st['layout']
        k = self.kind
        q = ROMAN[(m - 1) // 3 + 1]
        if lay == 'B':
            if part == 'results':
                per = {'quarterly': 'QUÝ %s NĂM %d' % (q, y), 'six_month': '6 THÁNG ĐẦU NĂM %d' % y}.get(
                    k, 'THÁNG %d NĂM %d' % (m, y))
                return ['PHẦN I', 'TÌNH HÌNH KINH TẾ - XÃ HỘI ' + per]
            per = '6 THÁNG CUỐI NĂM %d' % y if k == 'six_month' else 'THÁNG %d NĂM %d' % (pm, py)
            return ['PHẦN II', 'CÔNG TÁC TRỌNG TÂM ' + per]
        if lay == 'A2':
            if part == 'results':
                per = {'quarterly': 'QUÝ %s/%d' % (q, y), 'six_month': '6 THÁNG ĐẦU NĂM %d' % y}.get(k, 'THÁNG %d/%d' % (m, y))
                return ['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI ' + per]
            per = '6 THÁNG CUỐI NĂM %d' % y if k == 'six_month' else 'THÁNG %d/%d' % (pm, py)
            return ['II. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM ' + per]
        if part == 'results':
            per = {'quarterly': 'QUÝ %s NĂM %d' % (q, y), 'six_month': '6 THÁNG ĐẦU NĂM %d' % y}.get(
                k, 'THÁNG %d' % m + (' NĂM %d' % y if self.sim.hrng.random() < 0.3 else ''))
            return ['I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ ' + per]
        per = '6 THÁNG CUỐI NĂM %d' % y if k == 'six_month' else 'THÁNG %d NĂM %d' % (pm, py)
        return ['II. PHƯƠNG HƯỚNG, NHIỆM VỤ ' + per]

    def title_lines(self):
        y, m, py, pm = self.y, self.m, self.py, self.pm
        k = self.kind
        q = ROMAN[(m - 1) // 3 + 1]
        t = self.st['title']
        r = self.sim.hrng
        mm = lambda x: '%02d' % x if x < 3 else str(x)
        if t == 't1':
            what = 'Kết quả thực hiện nhiệm vụ' + (' phát triển kinh tế - xã hội' if r.random() < 0.25 else '')
            if k == 'six_month':
                return [what + ' 6 tháng đầu năm %d;' % y, 'phương hướng, nhiệm vụ 6 tháng cuối năm %d' % y]
            first = (' quý %s năm %d;' % (q, y)) if k == 'quarterly' else (
                ' tháng %d năm %d;' % (m, y) if py != y else ' tháng %d;' % m)
            second = r.choice(['phương hướng, nhiệm vụ', 'Phương hướng, nhiệm vụ chỉ đạo công tác'])
            return [what + first, second + ' tháng %s năm %d' % (mm(pm), py)]
        if t == 't2':
            if k == 'six_month':
                return ['Kết quả thực hiện nhiệm vụ kinh tế - xã hội 6 tháng đầu năm %d; '
                        'nhiệm vụ trọng tâm 6 tháng cuối năm %d' % (y, y)]
            first = 'quý %s/%d' % (q, y) if k == 'quarterly' else 'tháng %d/%d' % (m, y)
            return ['Kết quả thực hiện nhiệm vụ kinh tế - xã hội %s; nhiệm vụ trọng tâm tháng %s/%d'
                    % (first, mm(pm), py)]
        if k == 'six_month':
            return ['Tình hình kinh tế - xã hội 6 tháng đầu năm và công tác trọng tâm 6 tháng cuối năm %d' % y]
        first = 'quý %s' % q if k == 'quarterly' else 'tháng %d' % m
        if py != y:
            return ['Tình hình kinh tế - xã hội %s năm %d và công tác trọng tâm tháng %s năm %d'
                    % (first, y, mm(pm), py)]
        return ['Tình hình kinh tế - xã hội %s và công tác trọng tâm tháng %d năm %d' % (first, pm, py)]

    def header(self):
        c = self.c
        lw = c['lw']
        if self.st['issuer_lines'] == 'short':
            issuer = ['UBND %s %s' % (lw.upper(), c['name'].upper())]
        else:
            issuer = ['ỦY BAN NHÂN DÂN', ('%s %s' % (lw, c['name'])).upper()]
        d = self.issued
        day = '%02d' % d.day
        mon = '%02d' % d.month if d.month < 3 else str(d.month)
        return dict(issuer_lines=issuer,
                    motto_lines=['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
                    number='Số: %s' % self.number,
                    date_line='%s, ngày %s tháng %s năm %d' % (c['name'], day, mon, d.year))

    def closing_text(self):
        c = self.c
        if self.kind == 'six_month':
            what = 'kết quả thực hiện nhiệm vụ 6 tháng đầu năm; phương hướng, nhiệm vụ 6 tháng cuối năm %d' % self.y
        elif self.kind == 'quarterly':
            what = 'kết quả thực hiện nhiệm vụ quý %s; nhiệm vụ trọng tâm tháng %d' % (ROMAN[(self.m - 1) // 3 + 1], self.pm)
        else:
            what = 'kết quả thực hiện nhiệm vụ tháng %d; phương hướng, nhiệm vụ tháng %d' % (self.m, self.pm)
        return ('Trên đây là báo cáo %s của %s. Đề nghị các bộ phận, cán bộ, công chức căn cứ nhiệm vụ '
                'được giao triển khai thực hiện tốt các nội dung trên; trong quá trình thực hiện nếu có khó khăn, '
                'vướng mắc kịp thời báo cáo về %s để xem xét, giải quyết./.' % (what, c['issuer'], c['UB']))

    def recipients(self):
        xa = self.c['lw']
        return ['Nơi nhận:', '- TT Đảng ủy, HĐND %s (b/c);' % xa, '- Thường trực UB MTTQ %s;' % xa,
                '- Lãnh đạo UBND, UV UBND %s;' % xa, '- CBCC chuyên môn;', '- Lưu: VP.']

    def signature(self):
        title, name = self.c['chair']
        return ['TM. ỦY BAN NHÂN DÂN'] + title.split('|') + [name]

    # ---- assembly
    def assemble(self):
        rng = self.rng
        st = self.st
        layout = LAYOUTS[st['layout']]
        self.blocks = []
        self.sections = []
        self.parts = []
        for part in ('results', 'plan'):
            lines = self.part_heading(part)
            self.parts.append(dict(key=part, label=' '.join(lines)))
            for line in lines:
                self.blocks.append(dict(kind='part', text=line, sec='part'))

            def walk(nodes, level):
                for n in nodes:
                    if part == 'plan' and n['opt'].get('part1_only'):
                        continue
                    title = n['title'][0 if part == 'results' else 1]
                    self.blocks.append(dict(kind='heading', text=n['disp'] + ' ' + title, sec=n['num'], level=level))
                    entry = dict(part=part, number=n['num'], title=title, level=level, paragraphs=0)
                    self.sections.append(entry)
                    if n['topics']:
                        prob = st['bullets_plan'] if part == 'plan' else st.get('bullets_results', 0.0)
                        bullet = rng.random() < prob
                        dash = n['opt'].get('dash')
                        for t in n['topics']:
                            paras = (self.results if part == 'results' else self.plan)[t]
                            if dash:
                                self.blocks.append(dict(kind='sub', text='- %s:' % dash[t], sec=n['num']))
                            for p in paras:
                                p.part, p.section, p.bullet = part, n['num'], bullet
                                entry['paragraphs'] += 1
                                self.blocks.append(dict(kind='para', para=p, sec=n['num']))
                    walk(n['children'], level + 1)
            walk(layout, 1)
        self.blocks.append(dict(kind='closing', text=self.closing_text(), sec='closing'))
        k = 0
        self.directives = []
        for b in self.blocks:
            if b['kind'] == 'para' and b['para'].directive is not None:
                k += 1
                d = b['para'].directive
                d['id'] = '%s:%s:%d' % (self.c['slug'], self.period, k)
                self.directives.append(d)

    def tone(self, text, sec):
        p_old = 0.9 if self.st['tone'] == 'old' else 0.04
        seed, slug, period = self.sim.seed, self.c['slug'], self.period

        def f(m):
            w = m.group(0)
            if stable_unit(seed, slug, period, sec, w.lower()) < p_old:
                return tone_old(w)
            return w
        return TONE_WORD.sub(f, text)

    def finalize(self):
        self.hdr = self.header()
        self.hdr['issuer_lines'] = [self.tone(x, 'header') for x in self.hdr['issuer_lines']]
        self.hdr['motto_lines'] = [self.tone(x, 'header') for x in self.hdr['motto_lines']]
        self.titles = [self.tone(x, 'title') for x in self.title_lines()]
        for p in self.parts:
            p['label'] = self.tone(p['label'], 'part')
        for s in self.sections:
            s['title'] = self.tone(s['title'], s['number'])
        for b in self.blocks:
            if b['kind'] == 'para':
                finalize_para(self, b['para'], b['sec'])
            else:
                b['text'] = self.tone(b['text'], b['sec'])
        self.sig = [self.tone(x, 'sig') for x in self.signature()]
        self.rec = self.recipients()


TONE_WORD = re.compile(r'\w*(?:[óòỏõọÓÒỎÕỌ][aeAE]|[úùủũụÚÙỦŨỤ][yY])\b')

ALLOWED_NUM = re.compile('|'.join([
    r'\d{1,2}\s?-\s?\d{1,2}/\d{1,2}/\d{4}',
    r'\d{1,2}/\d{1,2}/\d{4}\s?[-–]\s?\d{1,2}/\d{1,2}/\d{4}',
    r'\d{1,2}/\d{1,2}/\d{4}',
    r'\d{1,2}/\d{1,2}(?![\d/])',
    r'(?:[Nn]ăm|NĂM) \d{4}(?:\s?[-–]\s?\d{4})?',
    r'\d{4}\s?[-–]\s?\d{4}',
    r'(?:[Tt]háng|THÁNG) \d{1,2}(?:/\d{4})?',
    r'(?:[Qq]uý|QUÝ) [IVX]+/\d{4}',
    r'[Nn]gày \d{1,2}(?:\s?-\s?\d{1,2})?(?:/\d{1,2}(?:/\d{4})?)?(?: tháng \d{1,2} năm \d{4})?',
    r'đợt \d',
    r'\d+ tháng (?:đầu|cuối) năm',
    r'(?<![\d/])(?<!\d[.,])(?:19|20)\d{2}(?![\d/%]|[.,]\d)',
]))


def finalize_para(rep, p, sec):
    text = ucfirst(rep.tone(''.join(p.parts), sec))
    if p.bullet and text.startswith('- '):
        text = text[2:]
    covered = []
    for f in p.figs:
        f['label'] = rep.tone(f['label'], sec)
        f['raw'] = rep.tone(f['raw'], sec)
        if f['label'] not in text:
            if ucfirst(f['label']) in text:
                f['label'] = ucfirst(f['label'])
            else:
                raise AssertionError('label %r not in paragraph %r' % (f['label'], text))
        if f['raw'] not in text:
            raise AssertionError('raw %r not in paragraph %r' % (f['raw'], text))
        covered += [f['label'], f['raw']]
    for r in p.refs:
        covered.append(r['raw'])
    p.nonfigs = [rep.tone(x, sec) for x in p.nonfigs]
    covered += p.nonfigs
    check_numbers(text, covered)
    p.text = text


def check_numbers(text, covered):
    mask = bytearray(len(text))
    for s in covered:
        if not s:
            continue
        start = 0
        while True:
            i = text.find(s, start)
            if i < 0:
                break
            mask[i:i + len(s)] = b'\x01' * len(s)
            start = i + 1
    for m in ALLOWED_NUM.finditer(text):
        mask[m.start():m.end()] = b'\x01' * (m.end() - m.start())
    for m in re.finditer(r'\d', text):
        if not mask[m.start()]:
            raise AssertionError('unaccounted number at %d in %r' % (m.start(), text))


# =====================================================================
# Simulation of one commune over the months
# =====================================================================

PLANT_EVERY = 25   # one report in 25 gets a planted consistency error


class Sim:
    def __init__(self, c, seed, start, nmonths, index=0):
        self.c = c
        self.seed = seed
        slug = c['slug']
        self.rng = random.Random('%s:%s' % (seed, slug))
        self.hrng = random.Random('%s:%s:frame' % (seed, slug))
        sy, sm = start
        self.months = [ym_add(sy, sm, k) for k in range(nmonths)]
        st = c['style']
        self.params = dict(xa=c['lw'], XA=c['XA'], UB=c['UB'], thonw=c['thonw'], huyen_short=c['huyen_short'],
                           huyen_ub=c['huyen_ub'], huyen_uy=c['huyen_uy'], lvh=c['lvh'], truong_mn=c['schools'][0],
                           truong_th=c['schools'][1], truong_thcs=c['schools'][2], cho=c['market'])
        r = random.Random('%s:%s:calendar' % (seed, slug))
        self.issue = []
        self.numbers = []
        n = 0
        for k in range(nmonths + 2):
            y, m = ym_add(sy, sm, k)
            if st.get('next_month_issue') and r.random() < st['next_month_issue']:
                ny, nm = ym_add(y, m, 1)
                d = date(ny, nm, r.randint(1, 3))
            else:
                lo, hi = st['issue_days']
                d = date(y, m, min(r.randint(lo, hi), last_day(y, m)))
            self.issue.append(d)
            base = st['number_base']
            if k == 0:
                n = base * 2 * (m - 1) + r.randint(1, base)
            elif m == 1:
                n = r.randint(1, base)
            else:
                n += r.randint(base, 3 * base)
            self.numbers.append('%d/BC-UBND' % n)
        self.fin = self.sim_finance()
        self.vals = self.sim_values()
        self.pending = {}
        self.carry = {}
        self.recent = {}
        self.reports = []
        self.instances = []
        self.plant_cycle = (0, 2, 1)[index % 3]
        self.plant_offset = int(stable_unit(seed, slug, 'plant') * PLANT_EVERY)

    def sim_finance(self):
        rng = random.Random('%s:%s:finance' % (self.seed, self.c['slug']))
        scale = self.c['scale']
        fin = {}
        years = sorted(set(y for y, m in self.months))
        for y in years:
            base = rng.uniform(0.75e9, 1.25e9) * scale
            du_toan = int(round(base * 12 * rng.uniform(1.02, 1.12), -6))
            lk_thu = lk_chi = 0
            for m in range(1, 13):
                season = {1: 1.35, 2: 0.8, 6: 1.15, 7: 0.9, 12: 1.6}.get(m, 1.0)
                thu = base * season * math.exp(rng.gauss(0, 0.18))
                chi = thu * rng.uniform(0.72, 1.1)
                if lk_chi + chi > 0.96 * (lk_thu + thu):
                    chi = max(0.3 * thu, 0.96 * (lk_thu + thu) - lk_chi)
                thu, chi = int(round(thu)), int(round(chi))
                lk_thu += thu
                lk_chi += chi
                fin[(y, m)] = dict(thu=thu, chi=chi, lk_thu=lk_thu, lk_chi=lk_chi, du_toan=du_toan)
        return fin

    def sim_values(self):
        rng = random.Random('%s:%s:values' % (self.seed, self.c['slug']))
        scale = self.c['scale']
        lvl = {k: 0.0 for k in SERIES}
        poor = {}
        out = []
        for (y, m) in self.months:
            V = {}
            for k, (base, sig, season) in SERIES.items():
                lvl[k] = 0.6 * lvl[k] + rng.gauss(0, sig)
                V[k] = max(0, int(round(base * scale * (season or {}).get(m, 1.0) * math.exp(lvl[k]))))
            V['kham_phu_khoa'] = max(V['kham_phu_khoa'], 20)
            V['ho_so_tthc'] = max(V['ho_so_tthc'], 20)
            V['dieu_tri_phu_khoa'] = int(round(V['kham_phu_khoa'] * rng.uniform(0.5, 0.75)))
            V['tong_so_sinh'] = max(V['tong_so_sinh'], 3)
            V['sinh_con_thu_3'] = max(0, min(V['tong_so_sinh'] // 3, int(round(rng.gauss(1.2, 1.0)))))
            V['tre_tiem_chung_day_du'] = max(V['tre_tiem_chung_day_du'], 3)
            V['tien_ncc'] = int(round(V['doi_tuong_ncc'] * rng.uniform(2.05e6, 2.2e6) / 1000.0)) * 1000
            V['tien_btxh'] = int(round(V['doi_tuong_btxh'] * rng.uniform(0.5e6, 0.6e6) / 1000.0)) * 1000
            V['tien_phat'] = V['ho_so_xu_phat'] * rng.uniform(1.5e6, 6e6)
            V['ho_so_tre_han'] = 0 if rng.random() < 0.8 else rng.randint(1, 2)
            V['ke_hoach_vu_dong'] = int(round(rng.uniform(15, 60) * scale))
            t = rng.uniform(99.0, 100.3)
            V['ty_le_hoan_thanh_tieu_hoc'] = 100.0 if t > 99.8 else t
            V['hs_lop9'] = int(rng.uniform(150, 260) * scale)
            V['hs_lop9_truot'] = rng.choice([0, 0, 1, 2])
            if y not in poor:
                hh = self.c['households'] + 35 * (y - 2022)
                last = poor.get(y - 1, (rng.uniform(0.008, 0.03), rng.uniform(0.008, 0.03), rng.uniform(0.002, 0.006)))
                poor[y] = tuple(r * rng.uniform(0.75, 0.98) for r in last)
            hh = self.c['households'] + 35 * (y - 2022)
            V['ho_ngheo'], V['ho_can_ngheo'], V['ho_muc_song_trung_binh'] = (max(1, int(round(hh * r))) for r in poor[y])
            out.append(V)
        return out

    # ---- tasks
    def person(self):
        rng = self.rng
        if rng.random() < 0.5:
            return 'ông %s %s' % (rng.choice(SURNAMES), rng.choice(MALE))
        return 'bà %s %s' % (rng.choice(SURNAMES), rng.choice(FEMALE))

    def new_instance(self, task, rep):
        rng = self.rng
        c = self.c
        P = dict(self.params)
        py, pm = rep.py, rep.pm
        P.update(Y=py, M=pm, Yn=py + 1, Yc=py if pm >= 7 else py - 1)
        P['Yc1'] = P['Yc'] + 1
        P['Ys'] = py + 1 if pm >= 10 else py
        P['nh'] = '%d-%d' % (py, py + 1) if pm >= 6 else '%d-%d' % (py - 1, py)
        P['tet'] = can_chi(py + 1 if pm >= 10 else py)
        P['gd'] = '2021-2025' if py <= 2025 else '2026-2030'
        P['gdn'] = '2022-2025' if py <= 2025 else '2026-2030'
        P['thon'], P['thon2'] = rng.sample(c['villages'], 2)
        P['truong'], P['truong2'] = rng.sample(list(c['schools']), 2)
        P['road'], P['road2'] = rng.sample(c['roads'], 2)
        P['khu'], P['khu2'] = rng.sample(c['khu'], 2)
        P['person'] = self.person()
        anns = anniversaries_in(pm)
        a = rng.choice(anns)
        P['_ann'] = a
        P['ann'] = anniversary_text(a, py, rng)
        others = [x for x in anns if x != a]
        oy = py
        if not others:
            oy, om = ym_add(py, pm, 1)
            others = anniversaries_in(om)
        P['ann_other'] = anniversary_text(rng.choice(others), oy, rng)
        for key, vals in task['choices'].items():
            for _ in range(10):
                v = vals(P, rng) if callable(vals) else rng.choice(vals)
                if key.endswith('2') and key[:-1] in task['choices'] and v == P.get('_' + key[:-1]):
                    continue
                if key.endswith('2') and isinstance(v, dict) and P.get('vx') == v.get('vx'):
                    continue
                break
            P['_' + key] = v
            if isinstance(v, dict):
                suffix = '2' if key.endswith('2') else ''
                for kk, vv in v.items():
                    P[kk + suffix] = vv
            else:
                P[key] = v
        inst = Instance(task, P, rng)
        inst.id = len(self.instances) + 1
        if task['ref']:
            inst.ref = make_ref(rng, task['ref'], date(rep.y, rep.m, 1), self.c['style'])
        if task['chain'] and rng.random() < (0.14 if task['long'] else 0.03):
            inst.stubborn = rng.randint(3, 5)
        self.instances.append(inst)
        return inst

    def make_deadline(self, rep, inst, outcome, late):
        rng = self.rng
        st = self.c['style']
        task = inst.task
        py, pm = rep.py, rep.pm
        first, last = date(py, pm, 1), date(py, pm, last_day(py, pm))
        idx = rep.idx
        out = dict(clause='', raw=None, iso=None, event=None)
        if task['kind'] == 'event':
            if outcome == 'done' and not late:
                lo = max(first + timedelta(days=1), self.issue[idx] + timedelta(days=1))
                hi = min(last, self.issue[idx + 1] - timedelta(days=1))
                if hi < lo:
                    hi = lo
                ev = lo + timedelta(days=rng.randint(0, (hi - lo).days))
            else:
                ev = date(py, pm, rng.randint(3, 28))
            out['event'] = ev
            form = rng.choices(['sang', 'duykien', 'vaongay', 'trongthang', 'none'], [0.22, 0.18, 0.17, 0.11, 0.32])[0]
            if form == 'duykien' and ev.day < 2:
                form = 'vaongay'
            if form == 'sang':
                raw = 'vào %s ngày %s' % (rng.choice(['sáng', 'sáng', 'chiều']), fmt_date(ev, st, rng))
                out.update(clause=' ' + raw, raw=raw, iso=ev.isoformat())
            elif form == 'duykien':
                raw = 'dự kiến tổ chức vào ngày %02d-%s' % (ev.day - 1, fmt_date(ev, st, rng))
                out.update(clause=' (' + raw + ')', raw=raw, iso=ev.isoformat())
            elif form == 'vaongay':
                raw = 'vào ngày ' + fmt_date(ev, st, rng)
                out.update(clause=' ' + raw, raw=raw, iso=ev.isoformat())
            elif form == 'trongthang':
                raw = 'trong tháng %s/%d' % ('%02d' % pm if rng.random() < 0.5 else str(pm), py)
                out.update(clause=' ' + raw, raw=raw, iso=last.isoformat())
            return out
        forms = ['truoc', 'chamnhat', 'xong', 'trongthang', 'noyear', 'none']
        weights = [0.25, 0.15, 0.09, 0.09, 0.07, 0.25]
        if task['monthly']:
            forms.append('hangthang')
            weights.append(0.2)
        form = rng.choices(forms, weights)[0]
        dl = date(py, pm, rng.randint(8, 28))
        if form == 'truoc':
            raw = 'trước ngày ' + fmt_date(dl, st, rng)
            clause = (' ' + raw) if rng.random() < 0.75 else ('; thời gian hoàn thành ' + raw)
            out.update(clause=clause, raw=raw, iso=dl.isoformat())
        elif form == 'chamnhat':
            if rng.random() < 0.4:
                dl = last
            raw = 'chậm nhất ' + ('ngày ' if rng.random() < 0.5 else '') + fmt_date(dl, st, rng)
            out.update(clause=' ' + raw, raw=raw, iso=dl.isoformat())
        elif form == 'xong':
            raw = 'xong trước ngày ' + fmt_date(dl, st, rng)
            out.update(clause=' (' + raw + ')', raw=raw, iso=dl.isoformat())
        elif form == 'trongthang':
            raw = 'trong tháng %s/%d' % ('%02d' % pm if rng.random() < 0.5 else str(pm), py)
            out.update(clause=' ' + raw, raw=raw, iso=last.isoformat())
        elif form == 'noyear':
            raw = 'chậm nhất ngày %d/%d' % (dl.day, pm)
            out.update(clause=' ' + raw, raw=raw, iso=dl.isoformat())
        elif form == 'hangthang':
            d = rng.choice([5, 10, 15, 20, 25])
            raw = 'trước ngày %d %s tháng' % (d, rng.choice(['hằng', 'hằng', 'hàng']))
            out.update(clause=' ' + raw, raw=raw, iso=date(py, pm, d).isoformat())
        return out

    def done_date(self, d, idx, R):
        y, m = self.months[idx]
        py, pm = ym_add(y, m, 1)
        if d['event'] is not None and R == idx + 1:
            return d['event']
        lo = max(date(py, pm, 1), self.issue[idx] + timedelta(days=1))
        if R == idx + 2:
            lo = self.issue[idx + 1] + timedelta(days=1)
        hi = self.issue[R] - timedelta(days=1)
        if d['deadline'] and R == idx + 1:
            dl = date.fromisoformat(d['deadline'])
            if dl >= lo:
                hi = min(hi, dl)
        if hi < lo:
            hi = lo
        return lo + timedelta(days=self.rng.randint(0, (hi - lo).days))

    def new_directive(self, rep, inst, cont):
        """One Part II paragraph and its planned fate. The random draws do not
        depend on how many months the corpus has, so a longer run repeats a
        shorter one month for month (only the outcomes of the last two months
        can differ: they may be reported after the end of the shorter run)."""
        rng = self.rng
        task = inst.task
        idx = rep.idx
        n = len(self.months)
        pos = len(inst.chain)
        if inst.stubborn and pos < inst.stubborn - 1:
            planned = 'in_progress' if task['prog'] and rng.random() < 0.6 else 'not_reported'
        else:
            r = rng.random()
            if r < 0.5:
                planned = 'done'
            elif r < 0.7 and task['prog']:
                planned = 'in_progress'
            elif r < 0.7:
                planned = 'done' if rng.random() < 0.6 else 'not_reported'
            else:
                planned = 'not_reported'
        late = planned == 'done' and not task['routine'] and rng.random() < 0.06
        tmpl = rng.choice(task['plan'])
        dl = self.make_deadline(rep, inst, planned, late)
        if '{dl}' not in tmpl:
            dl.update(clause='', raw=None, iso=None)
        p = rep.render(tmpl, inst.params, task['topic'], inst, role='plan', dl=dl['clause'])
        if cont and not p.parts[0].startswith('Tiếp tục') and rng.random() < 0.65:
            p.parts[0] = 'Tiếp tục ' + lcfirst(p.parts[0])
        d = dict(inst=inst, para=p, period=rep.period, outcome='not_reported', late=False,
                 tracked=idx + 1 < n, deadline=dl['iso'], deadline_raw=dl['raw'], event=dl['event'],
                 evidence_para=None, look_para=None, reported_in=None, evidence_trap=False,
                 topic=task['topic'], recurring=False)
        p.directive = d
        inst.chain.append(d)
        if planned == 'done':
            R = idx + (2 if late else 1)
            done_date = self.done_date(d, idx, R)
            if R < n:
                d.update(outcome='done', late=late, reported_in=ym_str(*self.months[R]), done_date=done_date)
                self.pending.setdefault(R, []).append((d, 'done'))
        elif planned == 'in_progress':
            if idx + 1 < n:
                d.update(outcome='in_progress', reported_in=ym_str(*self.months[idx + 1]))
                self.pending.setdefault(idx + 1, []).append((d, 'prog'))
        elif task['look'] and rng.random() < 0.5 and idx + 1 < n:
            self.pending.setdefault(idx + 1, []).append((d, 'look'))
        if planned != 'done' and task['chain']:
            if inst.stubborn and pos < inst.stubborn - 1:
                go = True
            else:
                go = rng.random() < (0.35 if planned == 'in_progress' else 0.15)
            if go and idx + 1 < n:
                self.carry.setdefault(idx + 1, []).append(inst)
        return p

    def plan_part(self, rep):
        rng = self.rng
        idx = rep.idx
        carry = self.carry.get(idx, [])
        used = set(i.task['key'] for i in carry)
        for topic in TOPICS:
            k = rng.choices([1, 2, 3], [0.35, 0.45, 0.2])[0]
            chosen = [(i, True) for i in carry if i.task['topic'] == topic]

            def eligible(t, cooldown=True):
                if t['topic'] != topic or t['key'] in used:
                    return False
                if t['months'] is not None and rep.pm not in t['months']:
                    return False
                return not cooldown or idx - self.recent.get(t['key'], -99) >= (1 if t['routine'] else 3)
            pool = [t for t in TASKS if eligible(t)]
            nonr = [t for t in pool if not t['routine']]
            rout = [t for t in pool if t['routine']]
            while len(chosen) < k and (nonr or rout):
                if nonr and (not rout or rng.random() < 0.78):
                    t = nonr.pop(rng.randrange(len(nonr)))
                else:
                    t = rout.pop(rng.randrange(len(rout)))
                chosen.append((self.new_instance(t, rep), False))
                used.add(t['key'])
            if not chosen:
                pool = [t for t in TASKS if eligible(t, cooldown=False)]
                t = rng.choice(pool)
                chosen.append((self.new_instance(t, rep), False))
                used.add(t['key'])
            rep.plan[topic] = [self.new_directive(rep, inst, cont) for inst, cont in chosen]
            for inst, _ in chosen:
                self.recent[inst.task['key']] = idx

    def outcome_para(self, rep, d, kind):
        rng = self.rng
        inst = d['inst']
        task = inst.task
        if kind == 'done':
            extra = ''
            if rng.random() < 0.12:
                extra = rng.choice(DONE_TRAPS)
                d['evidence_trap'] = True
            p = rep.render(rng.choice(task['done']), inst.params, task['topic'], inst, 'results',
                           dd=rep.date_phrase(d['done_date']), extra=extra)
            d['evidence_para'] = p
        elif kind == 'prog':
            p = rep.render(rng.choice(task['prog']), inst.params, task['topic'], inst, 'prog')
            d['evidence_para'] = p
        else:
            p = rep.render(rng.choice(task['look']), inst.params, task['topic'], inst, 'results')
            d['look_para'] = p
        return p

    def build(self, idx):
        rng = self.rng
        rep = Report(self, idx)
        rep.number = self.numbers[idx]
        st = self.c['style']
        if idx % PLANT_EVERY == self.plant_offset:
            kinds = ['cumulative_mismatch', 'jump', 'balance'] if st['balance'] else ['cumulative_mismatch', 'jump']
            kind = kinds[self.plant_cycle % len(kinds)]
            self.plant_cycle += 1
            if kind == 'cumulative_mismatch':
                rep.plant = (kind, rng.choice(['luy_ke_thu', 'luy_ke_chi']))
            elif kind == 'jump':
                jm = [m for m in JUMP_METRICS if m != 'tong_luot_kham' or st['layout'] == 'A2']
                rep.plant = ('jump', rng.choice(jm))
            else:
                rep.plant = ('balance',)
        prev = self.reports[idx - 1] if idx > 0 else None
        prev_keys = set(d['inst'].task['key'] for d in prev.directives) if prev else set()
        excluded = set(d['inst'].params['_ann'] for d in prev.directives
                       if d['inst'].task['key'] == 'info.ky_niem') if prev else set()
        for topic in TOPICS:
            rep.results[topic] = rep.routine_paras(topic, excluded)
        extra = {t: [] for t in TOPICS}
        for d, kind in self.pending.get(idx, []):
            if kind == 'look' and d['inst'].task['lf'] in prev_keys:
                continue
            extra[d['topic']].append(self.outcome_para(rep, d, kind))
        for topic in TOPICS:
            figs = rep.results[topic]
            more = extra[topic]
            if not figs and not more or rng.random() < 0.45:
                f = rng.choice(FILLERS[topic])
                more.append(rep.render(f, self.params, topic))
            rng.shuffle(more)
            rep.results[topic] = figs + more if rng.random() < 0.75 else more + figs
        if st['layout'] == 'A2':
            rep.results['limits'] = [rep.render(t, dict(self.params, Yn=rep.y + 1), 'limits')
                                     for t in rng.sample(LIMITS, rng.randint(1, 2))]
        self.plan_part(rep)
        rep.assemble()
        rep.finalize()
        self.reports.append(rep)
        return rep

    def run(self):
        for idx in range(len(self.months)):
            self.build(idx)
        for inst in self.instances:
            if len(inst.chain) >= 3:
                for d in inst.chain:
                    d['recurring'] = True
        return self.reports


# =====================================================================
# Output: txt with extraction artefacts, PDF description, truth
# =====================================================================

RANGE_TOKEN = re.compile(r'^(\(?\d[\d/]*[-–])(\d[\d/]*\)?[.,;:)]*)$')
GLUE_PAIR = re.compile(r'(?<!\w)([^\W\d_]{2,7}) ([^\W\d_]{2,7})(?!\w)')
GLUE_ABBR = re.compile(r'(?<!\w)(BHYT|NVQS|TTHC|PCCC|BHXH|CCHC|NCC) (\d[\d.,]*)')


def wrap_txt(text, width, rng, splits):
    words = text.split(' ')
    lines, cur = [], ''
    w = width + rng.randint(-4, 4)
    for tok in words:
        if not cur:
            cur = tok
            continue
        if len(cur) + 1 + len(tok) <= w:
            cur += ' ' + tok
            continue
        m = RANGE_TOKEN.match(tok)
        if m and len(cur) + 1 + len(m.group(1)) <= w:
            lines.append(cur + ' ' + m.group(1))
            splits.append(tok)
            cur = m.group(2)
        else:
            lines.append(cur + (' ' if rng.random() < 0.85 else ''))
            cur = tok
        w = width + rng.randint(-4, 4)
    lines.append(cur)
    return lines


def apply_glue(texts, rng):
    """Remove the space between two syllables in a few paragraphs (and one
    abbreviation + number). Returns new texts and the glued words."""
    texts = list(texts)
    glued = []
    n = rng.choices([0, 1, 2, 3], [0.2, 0.35, 0.3, 0.15])[0]
    for _ in range(n * 4):
        if len(glued) >= n or not texts:
            break
        i = rng.randrange(len(texts))
        cands = [m for m in GLUE_PAIR.finditer(texts[i]) if m.group(1).islower() and m.group(2).islower()]
        if not cands:
            continue
        m = rng.choice(cands)
        word = m.group(1) + m.group(2)
        texts[i] = texts[i][:m.start()] + word + texts[i][m.end():]
        glued.append(word)
    if rng.random() < 0.45:
        order = list(range(len(texts)))
        rng.shuffle(order)
        for i in order:
            m = GLUE_ABBR.search(texts[i])
            if m:
                word = m.group(1) + m.group(2)
                texts[i] = texts[i][:m.start()] + word + texts[i][m.end():]
                glued.append(word)
                break
    return texts, glued


def render_txt(rep, seed):
    rng = random.Random('%s:%s:%s:txt' % (seed, rep.c['slug'], rep.period))
    W = rep.st['wrap']
    out = []
    out += rep.hdr['issuer_lines'] + rep.hdr['motto_lines'] + [rep.hdr['number'], rep.hdr['date_line'], '']
    out.append('BÁO CÁO')
    for t in rep.titles:
        if len(t) > 90:
            ws = wrap_txt(t, 72, rng, [])
            out += [x.rstrip() for x in ws]
        else:
            out.append(t)
        if rng.random() < 0.3 and t is not rep.titles[-1]:
            out.append('')
    out.append('')
    paras = [b for b in rep.blocks if b['kind'] in ('para', 'closing')]
    texts = [(b['para'].text if b['kind'] == 'para' else b['text']) for b in paras]
    texts, glued = apply_glue(texts, rng)
    glued_text = dict((id(b), t) for b, t in zip(paras, texts))
    splits = []
    for b in rep.blocks:
        k = b['kind']
        if k == 'part':
            if rng.random() < 0.4 and out and out[-1] != '':
                out.append('')
            out.append(b['text'])
        elif k == 'heading':
            h = b['text']
            if rng.random() < 0.12:
                h = re.sub(r'^(\d+)\. ', r'\1.', h)
            if rng.random() < 0.2:
                h += ' '
            out.append(h)
            if rng.random() < 0.25:
                out.append('')
        elif k == 'sub':
            out.append(b['text'])
        else:
            t = glued_text[id(b)]
            if k == 'para' and b['para'].bullet:
                t = ('-' if rng.random() < 0.1 else '- ') + t
            if rng.random() < 0.55 or k == 'closing':
                out.append('')
            lines = wrap_txt(t, W, rng, splits)
            if len(lines) >= 2 and rng.random() < 0.35:
                j = 0 if rng.random() < 0.6 else rng.randrange(len(lines) - 1)
                lines.insert(j + 1, '')
            if rng.random() < 0.05:
                lines[0] = ' ' + lines[0]
            out += lines
    out.append('')
    out += rep.rec
    out.append('')
    out += rep.sig[:-1] + ['', rep.sig[-1]]
    return '\n'.join(out) + '\n', glued, splits


def pdf_doc(rep):
    blocks = []
    for b in rep.blocks:
        if b['kind'] == 'para':
            p = b['para']
            blocks.append(('para', ('- ' if p.bullet else '') + p.text))
        else:
            blocks.append((b['kind'], b['text']))
    return dict(title_text='Báo cáo ' + ' '.join(rep.titles), header=rep.hdr, title_lines=['BÁO CÁO'] + rep.titles,
                blocks=blocks, recipients=rep.rec, signature=rep.sig)


def pdf_style(rep):
    from reportlab.lib.units import cm
    s = dict(rep.st['pdf'])
    s['indent'] = s['indent'] * cm
    return s


def pdf_splits(doc, style):
    """Range tokens ("2021-2025") that the PDF layout breaks after the hyphen."""
    import render_pdf
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    render_pdf.register_fonts()
    size = style.get('font_size', 13)
    width = A4[0] - 3.0 * cm - 2.0 * cm
    out = []
    for kind, text in doc['blocks']:
        if kind in ('para', 'closing'):
            _, sp = render_pdf.wrap_words(text.split(), 'Serif-R', size, width - style['indent'], width)
            out += sp
    return out


def num_out(v):
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def truth_of(rep, files, glued, splits, psplits):
    figures, refs, nonfigs = [], [], []
    for b in rep.blocks:
        if b['kind'] != 'para':
            continue
        p = b['para']
        for f in p.figs:
            figures.append(dict(part=p.part, section=p.section, label=f['label'], metric=f['metric'],
                                value=num_out(f['value']), unit=f['unit'], of=num_out(f['of']), raw=f['raw']))
        for r in p.refs:
            refs.append(dict(kind=r['kind'], number=r['number'], date=r['date'], raw=r['raw'],
                             part=p.part, section=p.section))
        for x in p.nonfigs:
            if x not in nonfigs:
                nonfigs.append(x)
    directives = []
    for d in rep.directives:
        ev = d['evidence_para'].text if d['evidence_para'] is not None else None
        lk = d['look_para'].text if d['look_para'] is not None else None
        directives.append(dict(
            id=d['id'], section=d['para'].section, text=d['para'].text, deadline=d['deadline'],
            deadline_raw=d['deadline_raw'], outcome=d['outcome'], reported_in=d['reported_in'],
            evidence=ev, lookalike=lk, recurring=d['recurring'], late=d['late'], tracked=d['tracked'],
            evidence_trap=d['evidence_trap'], task=d['inst'].task['key'],
            chain='%s#%d' % (rep.c['slug'], d['inst'].id)))
    return dict(
        issuer=rep.c['issuer'], commune=rep.c['slug'], period=rep.period, plan_period=rep.plan_period,
        kind=rep.kind, report_number=rep.number, title=' '.join(rep.titles), date_line=rep.hdr['date_line'],
        issued=rep.issued.isoformat(), parts=rep.parts, sections=rep.sections, figures=figures,
        references=refs, directives=directives,
        planted_errors=[{k: num_out(v) for k, v in e.items()} for e in rep.planted],
        glued_words=glued, hyphen_wraps=splits, pdf_hyphen_wraps=psplits, non_figures=nonfigs, files=files)


def dump_json(obj, path):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        json.dump(obj, f, ensure_ascii=False, sort_keys=True, indent=1)
        f.write('\n')


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        h.update(f.read())
    return h.hexdigest()


# =====================================================================
# Metric vocabulary (metrics_used.tsv)
# =====================================================================

def expand_variants(label):
    """All wordings a label template can take: abbreviations short/long,
    {xa} for the three kinds of commune, tone placements."""
    out = [label]
    changed = True
    while changed:
        changed = False
        nxt = []
        for s in out:
            m = re.search(r'\{([^{}]+)\}', s)
            if not m:
                nxt.append(s)
                continue
            changed = True
            k = m.group(1)
            if k.startswith('@'):
                reps = [k[1:]] + ABBR[k[1:]]
            elif k == 'xa':
                reps = list(LEVEL_WORD.values())
            else:
                reps = ['{' + k + '}']
                nxt.append(s)
                continue
            for r in reps:
                nxt.append(s[:m.start()] + r + s[m.end():])
        out = nxt
    res = []
    for s in out:
        for v in (s, TONE_WORD.sub(lambda m: tone_old(m.group(0)), s)):
            if v not in res:
                res.append(v)
    return res


def metric_vocabulary():
    voc = {}

    def add(metric, label):
        lst = voc.setdefault(metric, [])
        for v in expand_variants(label):
            if v not in lst:
                lst.append(v)
    for metric, labels in ROUTINE_LABELS.items():
        for l in labels:
            add(metric, l)
    for t in TASKS:
        for tmpl in t['plan'] + t['done'] + t['prog']:
            labels = dict(re.findall(r'\[\[([FP]\d):([^\]]+)\]\]', tmpl))
            for key, label in labels.items():
                spec = t['figs'][key]
                add(spec.metric, label)
                if spec.kind == 'rat' and spec.form != 'none':
                    add(spec.metric + '_ty_le', label)
            for key, spec in t['figs'].items():
                if spec.label_of and ('{%s}' % key) in tmpl and spec.label_of in labels:
                    add(spec.metric, labels[spec.label_of])
    return voc


PERIOD_TAIL = re.compile(r'(?:\s+(?:trong tháng|tháng \d+(?:/\d{4})?|6 tháng đầu năm \d{4}|[IV]+/\d{4}))+$')


def check_vocabulary(voc, reports_truth):
    known = {}
    for metric, labels in voc.items():
        known[metric] = set(fold(l) for l in labels)
    missing = []
    for t in reports_truth:
        for f in t['figures']:
            base = PERIOD_TAIL.sub('', f['label'])
            if fold(base) not in known.get(f['metric'], ()):
                missing.append((f['metric'], f['label']))
    return missing


# =====================================================================
# Main
# =====================================================================

def render_pdf_job(args):
    doc, style, path = args
    import render_pdf
    render_pdf.render_report(doc, path, style)
    return path


def clean_previous(out):
    """Delete the files a previous run listed in DIR/truth/index.json (and
    nothing else), so that a smaller corpus leaves no stale reports behind."""
    path = os.path.join(out, 'truth', 'index.json')
    if not os.path.exists(path):
        return
    with open(path, encoding='utf-8') as f:
        old = json.load(f)
    for r in old.get('reports', []):
        for rel in r.get('files', {}).values():
            p = os.path.join(out, rel)
            if os.path.isfile(p):
                os.remove(p)
    for d in [os.path.join(out, c['slug']) for c in old.get('communes', [])] + \
             [os.path.join(out, 'truth', c['slug']) for c in old.get('communes', [])]:
        if os.path.isdir(d) and not os.listdir(d):
            os.rmdir(d)


def generate(out, ncommunes, start, nmonths, seed, formats, jobs=1, quiet=False):
    t0 = time.time()
    clean_previous(out)
    rng = random.Random('%s:communes' % seed)
    communes = []
    for i in range(ncommunes):
        c = FIXED_COMMUNES[i] if i < len(FIXED_COMMUNES) else random_commune(rng, i)
        c = commune_info(c)
        while any(x['slug'] == c['slug'] for x in communes):
            c = commune_info(random_commune(rng, i))
        communes.append(c)
    index = []
    all_truth = []
    pdf_jobs = []
    for c in communes:
        sim = Sim(c, seed, start, nmonths, communes.index(c))
        reports = sim.run()
        os.makedirs(os.path.join(out, c['slug']), exist_ok=True)
        os.makedirs(os.path.join(out, 'truth', c['slug']), exist_ok=True)
        for rep in reports:
            base = os.path.join(c['slug'], rep.period)
            files = {}
            txt, glued, splits = render_txt(rep, seed)
            doc = pdf_doc(rep)
            style = pdf_style(rep)
            psplits = pdf_splits(doc, style)
            if 'txt' in formats:
                files['txt'] = base + '.txt'
                with open(os.path.join(out, files['txt']), 'w', encoding='utf-8', newline='\n') as f:
                    f.write(txt)
            if 'pdf' in formats:
                files['pdf'] = base + '.pdf'
                pdf_jobs.append((doc, style, os.path.join(out, files['pdf'])))
            truth = truth_of(rep, files, glued, splits, psplits)
            files['truth'] = os.path.join('truth', base + '.json')
            dump_json(truth, os.path.join(out, files['truth']))
            all_truth.append(truth)
            index.append(dict(commune=c['slug'], issuer=c['issuer'], period=rep.period, kind=rep.kind,
                              plan_period=rep.plan_period, files=dict(files)))
    t1 = time.time()
    if pdf_jobs:
        if jobs > 1:
            import multiprocessing
            with multiprocessing.Pool(jobs) as pool:
                for _ in pool.imap_unordered(render_pdf_job, pdf_jobs, chunksize=4):
                    pass
        else:
            for j in pdf_jobs:
                render_pdf_job(j)
    t2 = time.time()
    for e in index:
        e['sha256'] = {k: sha256_file(os.path.join(out, v)) for k, v in sorted(e['files'].items())}
    dump_json(dict(generator='scripts/gen_corpus.py', seed=seed, start=ym_str(*start), months=nmonths,
                   communes=[dict(slug=c['slug'], issuer=c['issuer'],
                                  district='%s %s' % c['district'], province='tỉnh ' + c['province'],
                                  villages=c['villages'], style={k: v for k, v in c['style'].items() if k != 'pdf'},
                                  pdf_style=c['style']['pdf'])
                             for c in communes],
                   reports=index),
              os.path.join(out, 'truth', 'index.json'))
    voc = metric_vocabulary()
    missing = check_vocabulary(voc, all_truth)
    if missing:
        raise AssertionError('labels missing from the vocabulary: %r' % missing[:10])
    used = sorted(set(f['metric'] for t in all_truth for f in t['figures']))
    with open(os.path.join(out, 'metrics_used.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('metric\tlabel_variants\n')
        for m in used:
            f.write('%s\t%s\n' % (m, ' | '.join(voc[m])))
    stats = summary(all_truth)
    stats.update(seconds_content=round(t1 - t0, 1), seconds_pdf=round(t2 - t1, 1),
                 seconds_total=round(time.time() - t0, 1))
    if not quiet:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
    return stats


def summary(all_truth):
    from collections import Counter
    out = Counter()
    kinds = Counter()
    for t in all_truth:
        out['reports'] += 1
        kinds[t['kind']] += 1
        out['figures'] += len(t['figures'])
        out['figures_plan'] += sum(1 for f in t['figures'] if f['part'] == 'plan')
        out['references'] += len(t['references'])
        out['directives'] += len(t['directives'])
        for d in t['directives']:
            out['outcome_' + d['outcome'] + ('' if d['tracked'] else '_untracked')] += 1
            out['late'] += d['late']
            out['lookalikes'] += d['lookalike'] is not None
            out['recurring'] += d['recurring']
            out['evidence_traps'] += d['evidence_trap']
            out['with_deadline'] += d['deadline'] is not None
        out['planted_errors'] += len(t['planted_errors'])
        for e in t['planted_errors']:
            out['planted_' + e['kind']] += 1
        out['glued_words'] += len(t['glued_words'])
        out['hyphen_wraps_txt'] += len(t['hyphen_wraps'])
        out['hyphen_wraps_pdf'] += len(t['pdf_hyphen_wraps'])
    d = dict(out)
    d['kinds'] = dict(kinds)
    d['metrics'] = len(set(f['metric'] for t in all_truth for f in t['figures']))
    return d


def real_pdf(check=True):
    import render_pdf
    src = os.path.join(ROOT, 'corpus', 'lai-cach-2023-11.txt')
    dst = os.path.join(ROOT, 'corpus', 'lai-cach-2023-11.pdf')
    render_pdf.render_real(src, dst)
    print('wrote', os.path.relpath(dst, ROOT))
    if check:
        with open(src, encoding='utf-8') as f:
            txt = f.read()
        ok, n, diff = render_pdf.check_tokens(txt, dst, raw=True)
        print('pdftotext -raw: %s (%d non-space tokens)%s' % ('all tokens back' if ok else 'MISMATCH', n,
                                                              '' if ok else ': %r' % (diff,)))
        return ok
    return True


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--out', default=os.path.join(ROOT, 'corpus', 'synthetic'))
    ap.add_argument('--communes', type=int, default=3)
    ap.add_argument('--start', default='2022-01')
    ap.add_argument('--months', type=int, default=26)
    ap.add_argument('--seed', type=int, default=20231125)
    ap.add_argument('--formats', default='txt,pdf', help='comma list of txt, pdf')
    ap.add_argument('--no-pdf', action='store_true', help='same as --formats txt')
    ap.add_argument('--jobs', type=int, default=1, help='processes for PDF rendering (output is identical)')
    ap.add_argument('--real-pdf', action='store_true',
                    help='render corpus/lai-cach-2023-11.txt to corpus/lai-cach-2023-11.pdf and check it with pdftotext')
    ap.add_argument('--quiet', action='store_true')
    a = ap.parse_args(argv)
    if a.real_pdf:
        return 0 if real_pdf() else 1
    formats = set(x.strip() for x in a.formats.split(',') if x.strip())
    if a.no_pdf:
        formats.discard('pdf')
    bad = formats - {'txt', 'pdf'}
    if bad:
        ap.error('unknown format(s): %s' % ', '.join(sorted(bad)))
    m = re.fullmatch(r'(\d{4})-(\d{2})', a.start)
    if not m or not 1 <= int(m.group(2)) <= 12:
        ap.error('--start must be YYYY-MM')
    if a.communes < 1 or a.months < 1:
        ap.error('--communes and --months must be positive')
    generate(a.out, a.communes, (int(m.group(1)), int(m.group(2))), a.months, a.seed, formats, a.jobs, a.quiet)
    return 0


if __name__ == '__main__':
    sys.exit(main())
