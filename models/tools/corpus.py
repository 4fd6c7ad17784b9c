"""Real parallel text available offline on Debian: the World English Bible (sword-text-web)
and the Reina-Valera 1909 (sword-text-sparv), both public domain.

Exported with `mod2imp` (from libsword-utils; *not* `mod2imp -s`, which glues words together
around footnotes). Footnotes (<note>), headings (<title>) and all other OSIS markup are dropped.
The two texts number some verses differently, so pairs are filtered by length ratio.
"""
from __future__ import annotations

import html
import re
import subprocess

MODULES = {"en": "engWEB2015eb", "es": "spaRV1909eb"}

_NOTE = re.compile(r"<note\b.*?</note>", re.S)
_TITLE = re.compile(r"<title\b.*?</title>", re.S)
_TAG = re.compile(r"<[^>]+>")
_WS = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r" ([.,;:!?»”’)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([«“(\[¿¡]) ")


def clean_osis(raw: str) -> str:
    text = _NOTE.sub(" ", raw)
    text = _TITLE.sub(" ", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    text = _WS.sub(" ", text).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _SPACE_AFTER_OPEN.sub(r"\1", text)
    return text


def verses(module: str) -> dict[str, str]:
    """Key "Book C:V" -> cleaned verse text, in canonical order. Drops the module/testament/book
    headings (chapter or verse 0); glossary entries have no "C:V" key and are dropped too."""
    out = subprocess.run(["mod2imp", module], check=True, capture_output=True, text=True).stdout
    result: dict[str, str] = {}
    key = None
    buf: list[str] = []

    def flush():
        if key is None:
            return
        m = re.fullmatch(r"(.+) (\d+):(\d+)", key)
        if m and int(m.group(2)) > 0 and int(m.group(3)) > 0:
            text = clean_osis("\n".join(buf))
            if text:
                result[key] = text

    for line in out.splitlines():
        if line.startswith("$$$"):
            flush()
            key = line[3:].strip()
            buf = []
        else:
            buf.append(line)
    flush()
    return result


def bible_pairs(min_ratio: float = 0.5, max_ratio: float = 2.0) -> list[tuple[str, str, str]]:
    """(key, english, spanish) for verses present in both, with a plausible length ratio."""
    en = verses(MODULES["en"])
    es = verses(MODULES["es"])
    pairs = []
    for key, e in en.items():
        s = es.get(key)
        if not s:
            continue
        r = len(s) / max(1, len(e))
        if min_ratio <= r <= max_ratio:
            pairs.append((key, e, s))
    return pairs


if __name__ == "__main__":
    p = bible_pairs()
    print(len(p), "pairs")
    for k, e, s in p[:3] + p[-3:]:
        print(k, "|", e, "|", s)
