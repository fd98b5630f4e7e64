#!/usr/bin/python3
"""Writes the small PDF fixtures of tests/data/ (committed; CI does not run this).

Needs Debian's python3-reportlab and fonts-liberation2:
    /usr/bin/python3 scripts/make_test_pdfs.py
Output is deterministic (reportlab invariant mode).
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib import pdfencrypt
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data")
FONT = "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"

LINES = [
    "UBND XÃ AN THẠNH",
    "BÁO CÁO",
    "Kết quả thực hiện nhiệm vụ tháng 11; phương hướng, nhiệm vụ tháng 12 năm 2023",
    "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 11",
    "1. Công tác tài chính kế toán",
    "Tổng thu ngân sách tháng 11/2023 là: 1.327.732.848đ.",
    "II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 12 NĂM 2023",
    "1. Công tác tài chính kế toán",
    "Xây dựng dự toán thu chi ngân sách năm 2024 (xong trước ngày 15/12/2023).",
]


def write(name, pages, encrypt=None):
    c = canvas.Canvas(os.path.join(HERE, name), pagesize=A4, invariant=1, encrypt=encrypt)
    for lines in pages:
        c.setFont("Serif", 12)
        y = 800
        for line in lines:
            if line == "#image":
                # A filled shape stands for a scanned image: no text layer.
                c.rect(60, 300, 470, 450, fill=1)
                continue
            c.drawString(60, y, line)
            y -= 18
        c.showPage()
    c.save()


def main():
    os.makedirs(HERE, exist_ok=True)
    pdfmetrics.registerFont(TTFont("Serif", FONT))
    write("text.pdf", [LINES])
    write("scanned.pdf", [["#image"], ["#image"]])
    write("half-scanned.pdf", [LINES, ["#image"]])
    write("encrypted-user.pdf", [LINES],
          pdfencrypt.StandardEncryption("secret", ownerPassword="owner", strength=128))
    write("encrypted-owner.pdf", [LINES],
          pdfencrypt.StandardEncryption("", ownerPassword="owner", canPrint=0, strength=128))
    with open(os.path.join(HERE, "text.pdf"), "rb") as f:
        data = f.read()
    with open(os.path.join(HERE, "truncated.pdf"), "wb") as f:
        f.write(data[: len(data) // 3])


if __name__ == "__main__":
    main()
