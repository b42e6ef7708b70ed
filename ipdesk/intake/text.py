"""Character-level normalisation shared by the intake modules.

Every rule of the parser runs on a *normalised* copy of the text that has exactly the same length as
the original: full-width digits, letters and punctuation become half-width, odd spaces become plain
spaces and common Traditional characters become Simplified ones. Because the mapping is one character
to one character, any span found in the normalised copy is also the span of the original wording, so
names can be reported exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Full-width ASCII block (！ .. ～) to ASCII, plus the other look-alikes plans use.
_WIDTH_PAIRS = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_WIDTH_PAIRS.update(
    {
        "\u3000": " ",  # ideographic space
        "\u00a0": " ",  # no-break space
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u200b": " ",  # zero-width space (kept as a space so lengths stay equal)
        "\ufeff": " ",
        "\t": " ",
        "﹝": "〔",
        "﹞": "〕",
        "［": "[",
        "］": "]",
        "﹙": "(",
        "﹚": ")",
        "﹕": ":",
        "︰": ":",
        "–": "-",
    }
)

# Traditional -> Simplified for characters that occur in plans, department names and numbering.
_TRAD_SIMP = (
    "負负責责單单頭头門门關关會会協协參参與与務务資资農农業业財财縣县區区級级機机構构衛卫計计發发員员體体場场"
    "監监網网廣广電电視视華华據据職职實实導导權权產产識识專专標标書书記记號号辦办廳厅處处組组織织宣宣傳传統统"
    "國国際际經经濟济貿贸環环護护質质檢检驗验測测試试範范開开設设劃划規规層层應应個个們们來来時时對对後后從从"
    "點点動动進进運运營营維维調调解解執执訊讯報报議议論论總总結结說说請请讀读證证審审判判稅税銀银險险戶户絡络"
    "線线連连廠厂礦矿輕轻紡纺針针鋼钢鐵铁腦脑軟软數数庫库圖图館馆藝艺術术劇剧聽听項项類类準准種种漁渔藥药醫医"
    "療疗學学創创設设舉举鄉乡設设輸输糧粮體体軍军應应急急黨党紀纪協协僑侨臺台灣湾澳澳團团聯联議议屬属兩两"
    "萬万億亿與与興兴務务爭争態态獎奖勵励擔担積积極极響响優优勢势獲获權权續续稱称紹绍將将專专鑑鉴歸归樣样"
    "條条紅红綠绿節节屆届夠够價价額额標标驗验簡简細细確确檔档違违規规懲惩費费賴赖潛潜濟济濱滨灣湾熱热爾尔"
    "牽牵獨独現现環环產产畫画當当療疗監监盡尽碼码礎础禮礼稅税穩稳競竞筆笔範范築筑結结絕绝綜综維维編编緊紧"
    "縣县縮缩績绩總总聯联聲声職职腦脑興兴舊旧藥药蘭兰號号衛卫補补裝装製制複复覆覆見见規规視视覽览觀观訂订"
    "託托記记設设許许訴诉診诊詢询試试話话該该詳详認认誠诚語语誤误說说調调談谈請请諮咨謀谋講讲謝谢證证議议"
    "護护讓让變变貨货質质購购貸贷費费資资賠赔賽赛贊赞趨趋蹤踪躍跃較较載载輔辅輪轮辦办農农遊游運运過过達达"
    "違违遠远適适選选遺遗邊边邏逻郵邮鄉乡鄰邻醫医釋释針针銷销鋪铺錄录鍵键長长門门閉闭問问間间閱阅闆板陽阳"
    "隊队隨随險险隱隐雙双雜杂雞鸡離离難难電电須须預预領领頻频題题顧顾類类風风飛飞養养館馆駐驻驗验體体髮发"
    "鬥斗魚鱼鳥鸟麥麦黃黄齊齐龍龙賦赋蓋盖滿满漢汉滬沪灃沣瀋沈縱纵綫线蒙蒙蘇苏贛赣閩闽黔黔滇滇陝陕隴陇寧宁"
    "廈厦橋桥樓楼歷历殘残氣气決决沒没況况淨净漲涨測测湯汤溝沟減减滯滞漸渐潔洁濕湿災灾為为無无煙烟營营"
    "爭争獸兽環环瑪玛產产畝亩異异療疗癥症發发盜盗盤盘眾众礙碍禍祸禦御種种稱称穀谷積积窮穷競竞筆笔籌筹"
    "籃篮糾纠紀纪約约級级紛纷純纯紙纸紡纺細细終终絡络給给統统絲丝綁绑綱纲網网緒绪線线練练縂总繁繁繫系"
    "繼继續续纖纤罰罚羅罗聖圣聽听脅胁脫脱腳脚與与艦舰藝艺蘋苹虛虚蟲虫衝冲裏里補补製制覈核親亲觸触"
    "訓训託托訪访評评識识詞词譽誉譯译豐丰豬猪貝贝負负貢贡財财貧贫販贩貪贪貫贯責责貴贵貶贬買买貿贸賀贺"
    "賃赁賄贿資资賈贾賓宾賬账賭赌賺赚賽赛贈赠贍赡趕赶車车軌轨軟软軸轴較较載载輕轻輝辉輩辈輯辑輸输轄辖"
    "轉转辯辩農农邁迈遞递遲迟遷迁鄭郑醬酱釀酿鈔钞鉛铅銳锐錢钱錯错鍊炼鎖锁鎮镇鏈链鐘钟鑒鉴閃闪閣阁"
    "闢辟陣阵陰阴陸陆隸隶雖虽頁页順顺頒颁頓顿頗颇頻频顆颗顯显飯饭飲饮飾饰餘余驅驱驚惊髒脏鬆松鹽盐"
    "於于週周註注佈布採采並并嚴严優优劃划範范齡龄懷怀麼么雲云僅仅傑杰備备幣币慶庆擁拥攜携數数"
)
_TRAD_MAP = {}
for _i in range(0, len(_TRAD_SIMP) - 1, 2):
    _trad, _simp = _TRAD_SIMP[_i], _TRAD_SIMP[_i + 1]
    if _trad != _simp:
        _TRAD_MAP[_trad] = _simp

_NORMALISE = str.maketrans({**_WIDTH_PAIRS, **_TRAD_MAP})
_FOLD_WIDTH = str.maketrans(_WIDTH_PAIRS)


def normalise(text: str) -> str:
    """Width-folded, Simplified copy of ``text``; always the same length as ``text``."""
    return text.translate(_NORMALISE)


def fold_width(text: str) -> str:
    """Width-folded copy of ``text`` (Traditional characters kept); same length as ``text``."""
    return text.translate(_FOLD_WIDTH)


_SPACE_RUN = re.compile(r"\s+")
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_GAP_PUNCT = "、，。；：（）《》“”〔〕,;:()"
_CJK_GAP = re.compile(rf"(?<=[{_CJK}\d{_GAP_PUNCT}])\s+|\s+(?=[{_CJK}{_GAP_PUNCT}])")


def squeeze(text: str) -> str:
    """Drop whitespace next to Chinese characters and collapse the rest ("负 责" -> "负责")."""
    return _SPACE_RUN.sub(" ", _CJK_GAP.sub("", text)).strip()


def has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


@dataclass(frozen=True, slots=True)
class Aligned:
    """A piece of text with its normalised twin of equal length (see the module docstring)."""

    orig: str
    norm: str

    @classmethod
    def of(cls, text: str) -> Aligned:
        return cls(text, normalise(text))

    def __len__(self) -> int:
        return len(self.orig)

    def __getitem__(self, key: slice) -> Aligned:
        return Aligned(self.orig[key], self.norm[key])

    def __add__(self, other: Aligned) -> Aligned:
        return Aligned(self.orig + other.orig, self.norm + other.norm)

    def strip(self) -> Aligned:
        start, end = 0, len(self.norm)
        while start < end and self.norm[start].isspace():
            start += 1
        while end > start and self.norm[end - 1].isspace():
            end -= 1
        return self[start:end]

    def compact(self) -> Aligned:
        """Drop every whitespace character from both copies (they stay aligned)."""
        keep = [i for i, ch in enumerate(self.norm) if not ch.isspace()]
        if len(keep) == len(self.norm):
            return self
        return Aligned("".join(self.orig[i] for i in keep), "".join(self.norm[i] for i in keep))


_CN_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9
}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "零〇○一二两三四五六七八九十百千"


def cn_to_int(text: str) -> int | None:
    """Value of a Chinese numeral such as 十二 / 二十 / 一百零五 / 二〇二三 (digit by digit); None if not one."""
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if all(ch in _CN_DIGITS for ch in text):  # 二〇二三
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    total, current = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            total += (current or 1) * _CN_UNITS[ch]
            current = 0
        else:
            return None
    return total + current


def to_number(text: str) -> float | None:
    """A float from "1.5", "5,500", "3.1219"; None when the text is not a plain number."""
    cleaned = text.replace(",", "").strip()
    try:
        return float(cleaned)
    except ValueError:
        return None


def clean_number(value: float) -> float | int:
    """1.0 -> 1 so JSON shows whole numbers as written."""
    return int(value) if value.is_integer() and abs(value) < 1e15 else value
