"""GB/T 9704 (党政机关公文格式) conventions for the Word exports.

Fonts: title 方正小标宋简体, headings 黑体 / 楷体_GB2312, body 仿宋_GB2312, page
numbers 宋体 "— 1 —". Word has no font fallback list, so the fallback is written
where Word looks for one: each GB2312 / 方正 font is declared in the font table with
``w:altName`` naming the font Windows always has (仿宋, 楷体, 黑体) and the GB2312
charset, so a machine without the 公文 fonts substitutes the right family instead of
宋体. The East Asian font is set on every run (``w:rFonts w:eastAsia``) and in the
document defaults, so text the clerk adds later is also 仿宋.

Runs are written as XML strings and parsed once per row: python-docx's per-cell
object API is quadratic in table size and far too slow for a 1 000-row 台账.
"""

from __future__ import annotations

from datetime import UTC, datetime
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt

TITLE_FONT = "方正小标宋简体"
HEI = "黑体"
KAI = "楷体_GB2312"
FANG = "仿宋_GB2312"
SONG = "宋体"
LATIN = "Times New Roman"

# font -> (the font Windows ships that stands in for it, PANOSE family)
FONT_FALLBACKS = {
    TITLE_FONT: HEI,
    FANG: "仿宋",
    KAI: "楷体",
}

# 字号 in points
ER_HAO, SAN_HAO, SI_HAO, XIAO_SI, WU_HAO = 22.0, 16.0, 14.0, 12.0, 10.5

W_NS = nsdecls("w")
APP_NAME = "govledger"


def rpr_xml(font: str, size: float, *, bold: bool = False, color: str = "") -> str:
    """Run properties: the East Asian font always, Latin digits in Times New Roman."""
    half_points = round(size * 2)
    extra = "<w:b/>" if bold else ""
    extra += f'<w:color w:val="{color}"/>' if color else ""
    return (
        f'<w:rPr><w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:eastAsia="{font}" '
        f'w:cs="{LATIN}" w:hint="eastAsia"/>{extra}'
        f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>'
    )


def run_xml(text: str, rpr: str) -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def paragraph_xml(
    runs: str, *, align: str = "left", keep_next: bool = False, exact_pt: float = 0
) -> str:
    """A compact table-cell paragraph (pPr children in the order the schema demands).

    exact_pt: an exact line height, the same in every font, so that a layout can be
    estimated before Word or LibreOffice lays the text out."""
    keep = "<w:keepNext/>" if keep_next else ""
    line = (
        f'w:line="{round(exact_pt * 20)}" w:lineRule="exact"'
        if exact_pt
        else 'w:line="264" w:lineRule="auto"'
    )
    return (
        f'<w:p><w:pPr>{keep}<w:spacing w:before="0" w:after="0" {line}/>'
        f'<w:jc w:val="{align}"/></w:pPr>{runs}</w:p>'
    )


def new_document(*, landscape: bool) -> DocumentObject:
    """An A4 document with 公文 defaults: fonts, margins, "— 1 —" page numbers."""
    document = Document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(297), Mm(210)
        section.top_margin, section.bottom_margin = Mm(25), Mm(22)
        section.left_margin, section.right_margin = Mm(22), Mm(22)
    else:  # GB/T 9704: 版心 156 × 225 mm, 天头 37 mm, 订口 28 mm
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
    section.footer_distance = Mm(12)
    _set_default_fonts(document)
    declare_font_fallbacks(document)
    add_page_number_footer(document)
    set_properties(document)
    return document


def _set_default_fonts(document: DocumentObject) -> None:
    normal = document.styles["Normal"]
    normal.font.name = LATIN
    normal.font.size = Pt(SAN_HAO)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), FANG)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr_default = defaults.find(qn("w:rPrDefault"))
        rpr = rpr_default.find(qn("w:rPr")) if rpr_default is not None else None
        fonts = rpr.find(qn("w:rFonts")) if rpr is not None else None
        if fonts is not None:
            for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attribute), None)
            fonts.set(qn("w:ascii"), LATIN)
            fonts.set(qn("w:hAnsi"), LATIN)
            fonts.set(qn("w:eastAsia"), FANG)
        lang = rpr.find(qn("w:lang")) if rpr is not None else None
        if lang is not None:  # proofing language of the text: Chinese, not en-US
            lang.set(qn("w:val"), "zh-CN")
            lang.set(qn("w:eastAsia"), "zh-CN")


def declare_font_fallbacks(document: DocumentObject) -> None:
    """Add the 公文 fonts to word/fontTable.xml with w:altName fallbacks."""
    part = next(
        p for p in document.part.package.iter_parts() if p.partname == "/word/fontTable.xml"
    )
    table = parse_xml(part.blob)
    for font, alternative in FONT_FALLBACKS.items():
        table.append(
            parse_xml(
                f'<w:font {W_NS} w:name="{font}"><w:altName w:val="{alternative}"/>'
                f'<w:charset w:val="86"/><w:family w:val="modern"/>'
                f'<w:pitch w:val="fixed"/></w:font>'
            )
        )
    from lxml import etree

    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_page_number_footer(document: DocumentObject) -> None:
    """GB/T 9704 page numbers: "— 1 —" in 4号 半角 arabic numerals between em dashes,
    odd pages at the right and even pages at the left, one character from the edge
    (different odd and even footers, switched on in the settings)."""
    section = document.sections[0]
    rpr = rpr_xml(SONG, SI_HAO)
    field = (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run_xml('1', rpr)}"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )
    runs = run_xml("— ", rpr) + field + run_xml(" —", rpr)
    one_char = round(SI_HAO * 20)  # twips
    for footer, align, side in (
        (section.footer, "right", "right"),
        (section.even_page_footer, "left", "left"),
    ):
        paragraph = footer.paragraphs[0]
        xml = (
            f'<w:p {W_NS}><w:pPr><w:spacing w:before="0" w:after="0"/>'
            f'<w:ind w:{side}="{one_char}" w:{side}Chars="100"/><w:jc w:val="{align}"/></w:pPr>'
            f"{runs}</w:p>"
        )
        paragraph._p.addnext(parse_xml(xml))
        paragraph._p.getparent().remove(paragraph._p)
    document.settings.odd_and_even_pages_header_footer = True


def set_properties(document: DocumentObject, *, title: str = "", author: str = "") -> None:
    """Document properties of our own making, not python-docx's template (author
    "python-docx", created 2013): the title, the office as author, now, zh-CN."""
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props = document.core_properties
    props.title = title
    props.author = author or APP_NAME
    props.last_modified_by = author or APP_NAME
    props.created = props.modified = now
    props.revision = 1
    props.language = "zh-CN"
    props.comments = ""
    props.keywords = ""
    props.subject = ""
    props.category = ""


def add_paragraph(
    document: DocumentObject,
    text: str,
    font: str,
    size: float,
    *,
    align: str = "left",
    bold: bool = False,
    first_line_chars: int = 0,
    line_pt: float = 0,
    space_after_pt: float = 0,
    highlight: str = "",
) -> None:
    """A paragraph of one run, written with the 公文 run properties."""
    indent = _first_line_indent(first_line_chars, size) if first_line_chars else ""
    spacing = ""
    if line_pt or space_after_pt:
        line = f' w:line="{round(line_pt * 20)}" w:lineRule="exact"' if line_pt else ""
        spacing = f'<w:spacing w:before="0" w:after="{round(space_after_pt * 20)}"{line}/>'
    rpr = rpr_xml(font, size, bold=bold)
    if highlight:
        rpr = rpr.replace("</w:rPr>", f'<w:highlight w:val="{highlight}"/></w:rPr>')
    xml = (
        f'<w:p {W_NS}><w:pPr>{spacing}{indent}<w:jc w:val="{align}"/></w:pPr>'
        f"{run_xml(text, rpr)}</w:p>"
    )
    document.element.body.append(parse_xml(xml))
    _keep_section_last(document)


def add_runs_paragraph(
    document: DocumentObject, runs: str, *, first_line_chars: int = 2, line_pt: float = 28
) -> None:
    """A body paragraph made of prepared runs (mixed plain and highlighted)."""
    xml = (
        f'<w:p {W_NS}><w:pPr><w:spacing w:before="0" w:after="0" '
        f'w:line="{round(line_pt * 20)}" w:lineRule="exact"/>'
        f'{_first_line_indent(first_line_chars, SAN_HAO)}<w:jc w:val="both"/></w:pPr>'
        f"{runs}</w:p>"
    )
    document.element.body.append(parse_xml(xml))
    _keep_section_last(document)


def _first_line_indent(chars: int, size: float) -> str:
    """Indent in characters (Word) and in twips (LibreOffice reads only those)."""
    return f'<w:ind w:firstLine="{round(chars * size * 20)}" w:firstLineChars="{chars * 100}"/>'


def _keep_section_last(document: DocumentObject) -> None:
    # The body's final sectPr must stay the last child or Word drops the page setup.
    body = document.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None and body[-1] is not sect:
        body.remove(sect)
        body.append(sect)
