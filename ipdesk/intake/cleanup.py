"""Splitting the text into lines and removing what is not the plan.

Texts copied from government web pages carry the site's chrome (breadcrumbs, 发布时间, 分享到, 打印,
footers, 相关链接) and news reprints often append a press Q&A (答记者问) or 政策解读. Those lines are
dropped here; line numbers of the kept lines stay those of the original text. Site metadata blocks
(发文字号：…, 成文日期：…) are removed as chrome but their values are kept for the metadata reader.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ipdesk.intake.model import ParseWarning
from ipdesk.intake.text import Aligned, normalise

_MAX_CHROME_LEN = 120


@dataclass(slots=True)
class Line:
    no: int
    """1-based line number in the decoded text."""
    raw: str
    """The line as read (tabs kept, for tables)."""
    text: Aligned
    """The line without surrounding whitespace, with its normalised twin."""
    note: bool = False
    """Part of a 注/说明 block (table footnotes): never tasks or indicators."""

    @property
    def blank(self) -> bool:
        return not self.text.norm


@dataclass(slots=True)
class CleanText:
    lines: list[Line]
    meta: dict[str, str] = field(default_factory=dict)
    """Site metadata fields found in the chrome: 发文字号, 成文日期, 发文机关, 标题."""
    warnings: list[ParseWarning] = field(default_factory=list)


_META_LABELS = {
    "发文字号": "doc_number",
    "文号": "doc_number",
    "成文日期": "date",
    "印发日期": "date",
    "发文机关": "issuer",
    "发布机构": "issuer",
    "标题": "title",
    "名称": "title",
}
_META = re.compile(r"^\[?(" + "|".join(_META_LABELS) + r")\]?\s*:\s*(.+?)\s*$")
_CHROME_START = re.compile(
    # labels that are site furniture even without a colon
    r"^[\[【]?\s*(?:(?:首页|当前位置|您当前的位置|您现在的位置|当前页面|您的位置|发布时间|发布日期|更新时间|信息来源|"
    r"责任编辑|浏览次数|阅读次数|点击数|点击量|访问次数|字号|分享到|相关链接|相关文档|相关阅读|相关新闻|相关稿件|"
    r"附件下载|转载声明|版权所有|版权声明|主办单位|承办单位|技术支持|网站标识码|联系我们|网站地图|建议使用|"
    r"违法和不良信息|举报电话|索引号|主题分类|发文机关|发文字号|成文日期|印发日期|发布机构|生效日期|废止日期|"
    r"扫一扫|上一篇|下一篇|打印本页|关闭窗口|返回顶部|【打印】|【关闭】|违法和不良信息举报|相关解读|访问量|阅读量|"
    r"浏览量)\s*(?::|$|\]|】|\s)"
    # ordinary words that are chrome only as "word: value" (a table header cell 名称 / 时间 must survive)
    r"|(?:来源|作者|编辑|分享|主办|承办|协办|联系电话|邮箱|电子邮箱|地址|邮编|文号|有效性|时效性|标题|名称|字体|"
    r"日期|时间)\s*[:：])"
)
_CHROME_ANYWHERE = re.compile(r"ICP\s*备|ICP\d|公网安备|网站标识码|Copyright|©|版权所有|技术支持\s*:|分辨率|浏览器")
_CHROME_WORDS = re.compile(
    r"保存|打印|关闭|分享到|分享|收藏|字号|字体|纠错|繁体|简体|无障碍|长者模式|默认|窗口|本页|大|中|小|"
    r"微信|微博|QQ|空间|扫一扫|二维码|[【】\[\]|:：·•/\\\-_>»›<«‹()]"
)
_BREADCRUMB = re.compile(r"[>»›]")
_ATTACHMENT = re.compile(r"\.(?:docx?|wps|pdf|xlsx?|et|zip|rar|ofd)\s*$", re.IGNORECASE)
_SITE_NAME = re.compile(r"(官方微信|官方微博|微信公众号|门户网站|政府网站|客户端)\s*$")
_TAIL_MARKER = re.compile(
    r"^(?:相关链接|相关文档|相关阅读|相关新闻|相关解读|上一篇|下一篇|转载声明|版权所有|主办|网站标识码|扫一扫)"
)

_QA_STRONG = re.compile(r"答记者问|记者问|新闻发布会|答问")
_QA_WEAK = re.compile(
    r"^(?:#+\s*)?(?:政策解读|解读|一图读懂|图解|问答)|(?:政策解读|解读|问答)\s*$|《[^》]+》.{0,10}(?:政策解读|解读)"
)
_NUMBERED = re.compile(r"^(?:#+\s*)?(?:第?[一二三四五六七八九十\d]+[、.章节条]|\(\s*[一二三四五六七八九十\d]+\s*\))")
_QUESTION = re.compile(r"^(?:问|记者|提问)\s*[:：]|^问\s*\d*\s*[:：、.]")
_ANSWER = re.compile(r"^(?:答|回答)\s*[:：]")
_NOTE_START = re.compile(r"^\(?(?:注|备注|说明|注释)\s*\d?\s*[:：]")
_NOTE_ITEM = re.compile(r"^\d{1,2}\s*[.、]")


def split_lines(text: str) -> list[Line]:
    """Lines of ``text`` with 1-based numbers; CRLF, CR and LF all end a line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = []
    for number, raw in enumerate(text.split("\n"), start=1):
        lines.append(Line(number, raw, Aligned(raw, normalise(raw)).strip()))
    return lines


def _is_chrome(norm: str) -> bool:
    if not norm or len(norm) > _MAX_CHROME_LEN:
        return False
    if _CHROME_START.match(norm) or _CHROME_ANYWHERE.search(norm):
        return True
    if len(_BREADCRUMB.findall(norm)) >= 2 and len(norm) <= 80 and "。" not in norm:
        return True
    if len(norm) <= 80 and _ATTACHMENT.search(norm):
        return True
    if len(norm) <= 24 and _SITE_NAME.search(norm):
        return True
    return len(norm) <= 40 and not _CHROME_WORDS.sub("", norm).strip()


def _is_long(norm: str) -> bool:
    return len(norm) >= 100 or norm.endswith(("。", ";", "；"))


def _qa_start(lines: list[Line], first_content: int) -> int | None:
    """Index where an appended press Q&A / 政策解读 begins, or None."""
    for index, line in enumerate(lines):
        norm = line.text.norm
        if index <= first_content or not norm:
            continue
        heading_like = len(norm) <= 120 and not norm.endswith("。") and not _NUMBERED.match(norm)
        if heading_like and (_QA_STRONG.search(norm) or _QA_WEAK.search(norm)):
            return index
        if _QUESTION.match(norm):
            for later in lines[index + 1 : index + 12]:
                if _ANSWER.match(later.text.norm):
                    # Start at the lead paragraph that introduces the interview, when there is one.
                    start = index
                    for back in range(index - 1, max(first_content, index - 4), -1):
                        if "记者" in lines[back].text.norm:
                            start = back
                            break
                    return start
    return None


def clean(text: str) -> CleanText:
    """Lines of the plan proper: chrome and appended Q&A removed, footnotes marked."""
    lines = split_lines(text)
    meta: dict[str, str] = {}
    warnings: list[ParseWarning] = []
    kept: list[Line] = []
    # Footer: after the last paragraph of running text, a marker line starts the site footer.
    last_long = max((i for i, line in enumerate(lines) if _is_long(line.text.norm)), default=-1)
    for index in range(last_long + 1, len(lines)):
        if _TAIL_MARKER.match(lines[index].text.norm):
            del lines[index:]
            break
    for line in lines:
        norm = line.text.norm
        match = _META.match(norm) if norm and len(norm) <= _MAX_CHROME_LEN else None
        if match:
            key = _META_LABELS[match.group(1)]
            value = line.text.orig[match.start(2) : match.end(2)].strip()
            if value and key not in meta:
                meta[key] = value
            continue
        if _is_chrome(norm):
            continue
        kept.append(line)

    first_content = next((i for i, line in enumerate(kept) if not line.blank), 0)
    qa = _qa_start(kept, first_content + 2)
    if qa is not None:
        warnings.append(
            ParseWarning("qa_removed", f"第 {kept[qa].no} 行起的答记者问/政策解读不属于规划正文，已忽略。", kept[qa].no)
        )
        del kept[qa:]

    _mark_notes(kept)
    while kept and kept[-1].blank:
        kept.pop()
    return CleanText(kept, meta, warnings)


def _mark_notes(lines: list[Line]) -> None:
    in_note = False
    for line in lines:
        norm = line.text.norm
        if not norm:
            continue
        if _NOTE_START.match(norm):
            line.note = True
            in_note = True
        elif in_note and _NOTE_ITEM.match(norm) and len(norm) < 400:
            line.note = True
        else:
            in_note = False
