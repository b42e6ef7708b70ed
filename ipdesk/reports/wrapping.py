"""Breaking a cell's text into lines for the printed sheets: Chinese between characters, Latin at word boundaries.

Qt's own word wrap leaves a word wider than its column running over the border, and wrapping "anywhere"
breaks every word of the cell mid-word; English sheets need both rules at once. Here a Latin word (with the
punctuation that clings to it) stays whole and goes to the next line when it does not fit, and is broken
only when it is wider than a whole line. Chinese breaks between any two characters, except that closing
punctuation (，。、）》 …) never starts a line and opening punctuation (（《“ …) never ends one.

Pure Python over an ``advance`` function (a font's ``horizontalAdvance``), so it is tested without fonts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

Advance = Callable[[str], float]

CLOSING = frozenset("，。、；：？！）》」』】〕〉”’…·—%‰!),.:;?]}")  # never at the start of a line
OPENING = frozenset("（《「『【〔〈“‘([{")  # never at the end of a line
_BREAK_AFTER = frozenset("-/")  # inside a Latin word, before a letter or digit: well-known, and/or
_FIT = 0.97  # below this share of the width the sum of the pieces' advances is trusted without measuring


def wrap_lines(text: str, width: float, advance: Advance) -> list[str]:
    """``text`` as lines no wider than ``width`` (its own line breaks kept; a lone glyph wider stays whole)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, advance))
    return lines


def _is_wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def tokens(text: str) -> list[str]:
    """The pieces a line may break between: Latin words, single Chinese characters, runs of spaces.

    Closing punctuation is part of the piece before it and opening punctuation of the piece after it.
    """
    pieces: list[str] = []
    opening = ""  # opening punctuation waiting for what follows it
    latin = False  # the last piece is a Latin word that may go on
    for char in text:
        if char.isspace():
            if opening:
                pieces.append(opening)
                opening = ""
            if pieces and pieces[-1].isspace():
                pieces[-1] += char
            else:
                pieces.append(char)
            latin = False
        elif char in CLOSING and not opening and pieces and not pieces[-1].isspace():
            pieces[-1] += char
            latin = latin and not _is_wide(char)
        elif char in OPENING:
            opening += char
            latin = False
        elif _is_wide(char):
            pieces.append(opening + char)
            opening = ""
            latin = False
        elif latin and not opening:
            if pieces[-1][-1] in _BREAK_AFTER and char.isalnum():
                pieces.append(char)  # a break is allowed after a hyphen or slash
            else:
                pieces[-1] += char
        else:
            pieces.append(opening + char)
            opening = ""
            latin = True
    if opening:
        pieces.append(opening)
    return pieces


def _wrap_paragraph(text: str, width: float, advance: Advance) -> list[str]:
    stripped = text.lstrip()
    indent = text[: len(text) - len(stripped)]  # a paragraph's own leading spaces are kept
    pieces = tokens(stripped)
    if indent and pieces:
        pieces[0] = indent + pieces[0]
    lines: list[str] = []
    line, line_width, space = "", 0.0, ""
    for piece in pieces:
        if piece.isspace():
            space = piece if line else ""
            continue
        piece_width = advance(piece)
        if line:
            estimate = line_width + advance(space) + piece_width
            candidate = line + space + piece
            if estimate <= width * _FIT or advance(candidate) <= width:
                line, line_width, space = candidate, estimate, ""
                continue
            lines.append(line)
            line, line_width, space = "", 0.0, ""
        if piece_width <= width:
            line, line_width = piece, piece_width
            continue
        broken = _break_word(piece, width, advance)  # wider than a whole line: broken where it must be
        lines.extend(broken[:-1])
        line = broken[-1]
        line_width = advance(line)
    lines.append(line)
    return lines


def _break_word(word: str, width: float, advance: Advance) -> list[str]:
    """A word wider than ``width`` in pieces that fit (at least one character each)."""
    pieces: list[str] = []
    piece, piece_width = "", 0.0
    for char in word:
        char_width = advance(char)
        if piece and piece_width + char_width > width * _FIT and advance(piece + char) > width:
            pieces.append(piece)
            piece, piece_width = "", 0.0
        piece += char
        piece_width += char_width
    pieces.append(piece)
    return pieces
