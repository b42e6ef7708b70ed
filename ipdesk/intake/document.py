"""Reading a plan file into text: format sniffing, encoding detection and size limits.

Supported: ``.txt`` (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK, Big5) and ``.docx``.
Old Word (``.doc``), WPS and PDF files get a clear message asking for ``.docx`` or ``.txt``.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from ipdesk.intake.docx import DocxError, docx_text
from ipdesk.intake.model import ParseWarning

MAX_FILE_BYTES = 32 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ""})
ASK_FOR_DOCX = "请在 WPS 或 Word 中“另存为” .docx（Word 文档）或 .txt（纯文本）后再导入。"
UNSUPPORTED = {
    ".doc": "不支持旧版 Word（.doc）文件。",
    ".wps": "不支持 WPS（.wps）文件。",
    ".wpt": "不支持 WPS 模板（.wpt）文件。",
    ".dot": "不支持 Word 模板（.dot）文件。",
    ".pdf": "不支持 PDF 文件。",
    ".rtf": "不支持 RTF 文件。",
    ".odt": "不支持 OpenDocument（.odt）文件。",
    ".ofd": "不支持 OFD 版式文件。",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_PDF_MAGIC = b"%PDF"
_RTF_MAGIC = b"{\\rtf"

# Characters that make up most of any Chinese government text; used to choose between decodings.
_COMMON = frozenset(
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后"
    "多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合"
    "还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只"
    "没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边"
    "流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造"
    "百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例"
    "真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且"
    "究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何"
    "除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满"
    "县局照参红细引听该铁价严龙飞"
)


def _input_error(message: str) -> Exception:
    """``ipdesk.errors.InputFileError`` (imported late so the core has no import-time dependency)."""
    from ipdesk.errors import InputFileError

    return InputFileError(message)


def _too_large(size: int) -> str:
    return f"文件太大（{size // (1024 * 1024)} MB），规划文件一般不超过几 MB，请检查是否选错了文件。"


@dataclass(slots=True)
class SourceDocument:
    text: str
    encoding: str
    source_name: str | None = None
    warnings: list[ParseWarning] = field(default_factory=list)


def _common_ratio(text: str) -> float:
    cjk = [ch for ch in text if "\u3400" <= ch <= "\u9fff"]
    if not cjk:
        return 0.0
    return sum(ch in _COMMON for ch in cjk) / len(cjk)


def _cjk_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u3400" <= ch <= "\u9fff" for ch in letters) / len(letters)


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    return controls / len(sample) > 0.02


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is mostly zero (ASCII-heavy UTF-16)."""
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 text that was decoded as Latin-1/cp1252 somewhere upstream ("é„‚å°”" -> "鄂尔")."""
    latin = sum("\u00c0" <= ch <= "\u00ff" for ch in text)
    if latin < 20 or latin < len(text) * 0.1 or _cjk_ratio(text) > 0.3:
        return None
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        if _cjk_ratio(repaired) > 0.5:
            return repaired
    return None


def decode_text(data: bytes) -> tuple[str, str, list[ParseWarning]]:
    """Decode a plain-text file; returns (text, encoding, warnings). Raises InputFileError for binary data."""
    warnings: list[ParseWarning] = []
    boms = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
    for bom, codec in boms:
        if data.startswith(bom):
            try:
                return data.decode(codec), codec, warnings
            except UnicodeDecodeError as exc:
                raise _input_error(f"文件以 {codec} 标记开头，但内容无法按该编码读取（第 {exc.start} 字节）。") from exc
    sample = data[:65536]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        try:
            return data.decode(utf16), utf16, warnings
        except UnicodeDecodeError:
            pass
    if b"\x00" in sample or _looks_binary(sample):
        raise _input_error("这不是文本文件（含有二进制内容）。" + ASK_FOR_DOCX)
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        candidates: list[tuple[float, str, str]] = []
        for codec in ("gb18030", "big5"):
            try:
                decoded = data.decode(codec)
            except UnicodeDecodeError:
                continue
            candidates.append((_common_ratio(decoded), codec, decoded))
        if candidates:
            _, encoding, text = max(candidates)
        else:
            text = data.decode("utf-8", errors="replace")
            encoding = "utf-8 (damaged)"
            warnings.append(ParseWarning("encoding_damaged", "文件编码无法识别，部分文字已用“�”代替，请核对原文。"))
    repaired = _repair_mojibake(text)
    if repaired is not None:
        text = repaired
        encoding += "+mojibake-repaired"
        warnings.append(ParseWarning("encoding_repaired", "文件中的中文曾被错误转码（乱码），已自动还原，请核对。"))
    elif len(text.strip()) >= 40 and _cjk_ratio(text) < 0.2:
        warnings.append(
            ParseWarning(
                "encoding_suspect",
                "文件中几乎没有中文，可能编码不对或不是规划文件，请用记事本另存为 UTF-8 后重试。",
            )
        )
    return text, encoding, warnings


def read_bytes(data: bytes, *, suffix: str = "", source_name: str | None = None) -> SourceDocument:
    """Turn a file's bytes into text, choosing the reader from the content and the file suffix."""
    suffix = suffix.lower()
    if suffix in UNSUPPORTED:
        raise _input_error(UNSUPPORTED[suffix] + ASK_FOR_DOCX)
    if len(data) > MAX_FILE_BYTES:
        raise _input_error(_too_large(len(data)))
    if not data.strip():
        raise _input_error("文件是空的，没有可以读取的内容。")
    if data.startswith(_OLE_MAGIC):
        raise _input_error("这是旧版 Word（.doc）或 WPS 格式的文件，不能直接读取。" + ASK_FOR_DOCX)
    if data.startswith(_PDF_MAGIC):
        raise _input_error("这是 PDF 文件，不能直接读取。" + ASK_FOR_DOCX)
    if data.startswith(_RTF_MAGIC):
        raise _input_error("这是 RTF 文件，不能直接读取。" + ASK_FOR_DOCX)
    if data.startswith(_ZIP_MAGIC) or suffix == ".docx":
        try:
            text = docx_text(data)
        except DocxError as exc:
            raise _input_error(str(exc) + ("" if suffix == ".docx" else ASK_FOR_DOCX)) from exc
        if not text.strip():
            raise _input_error("Word 文件里没有文字内容（可能全是图片或扫描件）。")
        return SourceDocument(text, "docx", source_name)
    if suffix not in TEXT_SUFFIXES:
        raise _input_error(f"不支持 {suffix} 文件。" + ASK_FOR_DOCX)
    text, encoding, warnings = decode_text(data)
    if not text.strip():
        raise _input_error("文件是空的，没有可以读取的内容。")
    return SourceDocument(text, encoding, source_name, warnings)


def read_document(path: str | Path) -> SourceDocument:
    """Read a plan file. Raises ``ipdesk.errors.InputFileError`` with a message for the clerk."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in UNSUPPORTED:  # refuse before reading a possibly large file
        raise _input_error(UNSUPPORTED[suffix] + ASK_FOR_DOCX)
    try:
        if path.is_dir():
            raise _input_error(f"“{path}”是文件夹，请选择一个文件。")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _input_error(_too_large(size))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise _input_error(f"找不到文件“{path}”。") from exc
    except PermissionError as exc:
        raise _input_error(f"没有权限读取文件“{path}”。") from exc
    except OSError as exc:
        raise _input_error(f"无法读取文件“{path}”：{exc.strerror or exc}") from exc
    return read_bytes(data, suffix=suffix, source_name=path.name)
