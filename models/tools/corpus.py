"""Real parallel text available offline on Debian.

Bible: the World English Bible (sword-text-web) and the Reina-Valera 1909 (sword-text-sparv),
both public domain.

Exported with `mod2imp` (from libsword-utils; *not* `mod2imp -s`, which glues words together
around footnotes). Footnotes (<note>), headings (<title>) and all other OSIS markup are dropped.
The two texts number some verses differently, so pairs are filtered by length ratio.

LibreOffice help ("help"): the English and Spanish LibreOffice help pages (libreoffice-help-en-us,
libreoffice-help-es), aligned by their own paragraph ids (`par_id…`, `hd_id…`); MPL-2.0.

FreeDict English-Spanish (dict-freedict-eng-spa, GPL-2+): headword -> first translation, for
lexical coverage (the "dict" domain: trained on, never scored).

Freeciv's nation legends (freeciv-data, GPL-2+): short encyclopedic histories of peoples and
states, with years and numbers: the general-domain evaluation set, never trained on.

Software UI strings: the Spanish gettext catalogs (.mo) of Debian packages, English msgid ->
Spanish msgstr. The packages are fetched with `apt-get download` (no root needed) so any Debian
bookworm machine gets the same text; each package's licence is read from its copyright file.
Accelerators (_File, &File, ~File) are removed, simple markup is stripped, printf-style integer
placeholders become numbers (the same on both sides) and strings with any other placeholder are
dropped, as are untranslated, identifier-like and very long strings.
"""
from __future__ import annotations

import gettext
import hashlib
import html
import random
import re
import subprocess
from pathlib import Path

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


_CAPS_OPENING = re.compile(r"^([A-ZÁÉÍÓÚÑÜ])([A-ZÁÉÍÓÚÑÜ]+)\b")


def fix_opening_caps(text: str) -> str:
    """The Reina-Valera prints the first word of each chapter in capitals ("EN el principio");
    write it as an ordinary capitalised word."""
    return _CAPS_OPENING.sub(lambda m: m.group(1) + m.group(2).lower(), text)


def bible_pairs(min_ratio: float = 0.5, max_ratio: float = 2.0) -> list[tuple[str, str, str]]:
    """(key, english, spanish) for verses present in both, with a plausible length ratio."""
    en = verses(MODULES["en"])
    es = verses(MODULES["es"])
    pairs = []
    for key, e in en.items():
        s = es.get(key)
        if not s:
            continue
        s = fix_opening_caps(s)
        r = len(s) / max(1, len(e))
        if min_ratio <= r <= max_ratio:
            pairs.append((key, e, s))
    return pairs



# Large applications with Spanish catalogs, plus the packages whose Spanish catalogs a plain
# Debian bookworm development machine already has.
GETTEXT_PACKAGES = [
    "libreoffice-l10n-es", "inkscape", "gimp-data", "vlc-l10n", "evolution-common", "gnucash-common",
    "audacity-data", "gnumeric-common", "pidgin-data", "gnome-control-center-data", "filezilla-common",
    "nautilus-data", "thunar-data",
    "adduser", "apt", "libapt-pkg6.0", "bash", "coreutils", "diffutils", "dpkg", "libdpkg-perl",
    "findutils", "gettext", "gettext-base", "git", "gnupg-l10n", "grep", "make", "man-db", "procps",
    "psmisc", "sed", "tar", "wget", "xz-utils", "systemd", "login", "libpam-runtime", "binutils-common",
    "libc-l10n", "libelf1", "libidn2-0", "libgnutls30", "libglib2.0-data", "libgtk-3-common",
    "libgtk2.0-common", "libgdk-pixbuf2.0-common", "glib-networking-common", "libsoup-3.0-common",
    "libsoup2.4-common", "libsecret-common", "libjson-glib-1.0-common", "at-spi2-common", "appstream",
    "packagekit", "shared-mime-info", "xdg-user-dirs", "xdg-desktop-portal", "xdg-desktop-portal-gtk",
    "gsettings-desktop-schemas", "libgstreamer1.0-0", "libgstreamer-plugins-base1.0-0",
    "gstreamer1.0-plugins-good", "gstreamer1.0-plugins-bad", "libpipewire-0.3-common", "aspell",
    "iso-codes", "xkb-data", "postgresql-client-15", "libpq5", "python-apt-common",
    "software-properties-common", "libavahi-common-data", "libzvbi-common", "xiphos-data",
]
# Catalogs left out: thousands of names with no sentence structure (ISO 639-3 language names,
# ISO 3166-2 subdivisions) or long reference text (timezone names).
SKIP_CATALOGS = {"iso_639-3.mo", "iso_639_3.mo", "iso_3166-2.mo", "iso_3166_2.mo",
                 "gnome-control-center-2.0-timezones.mo"}
# Copyright files that are not machine-readable or are symlinks into another package's docs.
LICENSE_OVERRIDES = {
    "evolution-common": "LGPL-2+ (Evolution)",
    "inkscape": "GPL-2+ / GPL-3+ (Inkscape)",
    "nautilus-data": "GPL-3+ (Nautilus)",
    "thunar-data": "GPL-2+ (Thunar)",
    "gettext": "GPL-3+ (GNU gettext)",
    "gettext-base": "LGPL-2.1+ / GPL-3+ (GNU gettext)",
    "wget": "GPL-3+ (GNU Wget)",
    "binutils-common": "GPL-3+ (GNU binutils)",
    "libc-l10n": "LGPL-2.1+ (GNU C Library)",
    "libgnutls30": "LGPL-2.1+ (GnuTLS library)",
    "shared-mime-info": "GPL-2+",
    "xdg-user-dirs": "GPL-2+",
    "xkb-data": "MIT/X11-style (xkeyboard-config)",
    "libavahi-common-data": "LGPL-2.1+ (Avahi)",
}


def _license_of(root: Path, package: str) -> str:
    if package in LICENSE_OVERRIDES:
        return LICENSE_OVERRIDES[package]
    for f in sorted(root.glob("usr/share/doc/*/copyright")):
        try:
            text = f.read_text(errors="replace")
        except OSError:
            continue
        stanzas = re.split(r"\n\s*\n", text)
        for st in stanzas:  # the machine-readable format: the licence of `Files: *`
            if re.search(r"^Files:\s*\*\s*$", st, re.M):
                m = re.search(r"^License:[ \t]*(\S[^\n]*)$", st, re.M)
                if m:
                    return m.group(1).strip()
        m = re.search(r"^License:[ \t]*(\S[^\n]*)$", text, re.M)
        if m:
            return m.group(1).strip()
    return "see the package's copyright file"


def fetch_packages(packages: list[str], cache: Path) -> dict[str, tuple[Path, str, str]]:
    """apt-get download + dpkg-deb -x into `cache`; package -> (root, version, licence)."""
    cache.mkdir(parents=True, exist_ok=True)
    out = {}
    for pkg in packages:
        root = cache / pkg
        if not root.is_dir():
            debs = list(cache.glob(f"{pkg}_*.deb"))
            if not debs:
                subprocess.run(["apt-get", "download", pkg], cwd=cache, check=True, capture_output=True)
                debs = list(cache.glob(f"{pkg}_*.deb"))
            tmp = cache / f".{pkg}.tmp"
            subprocess.run(["dpkg-deb", "-x", str(debs[0]), str(tmp)], check=True)
            tmp.rename(root)
        version = next(cache.glob(f"{pkg}_*.deb")).name.split("_")[1].replace("%3a", ":")
        out[pkg] = (root, version, _license_of(root, pkg))
    return out


_ACCEL = re.compile(r"(?<![\w&_~])[_&~](?=\w)")
_PERCENT_LITERAL = "\x00"
_PRINTF_INT = re.compile(r"%(?:\d+\$)?[-+ 0#']*\d*(?:l|ll|z|h|j|I64)?[diu]")
_PLACEHOLDER = re.compile(r"%|\$\(|\{[\w.]*\}|\$\w|\\[a-z]|\b[A-Z]+_[A-Z_]+\b|\.\.\.\.|#\d|\bhttps?:|@\w")
_MARKUP = re.compile(r"</?(?:b|i|u|big|small|tt|span|a|sub|sup|em|strong)\b[^>]*>")


def clean_ui(text: str) -> str | None:
    text = text.replace("%PRODUCTNAME", "LibreOffice").replace("\u00a0", " ").replace("\u2026", "...")
    text = _MARKUP.sub("", text)
    text = html.unescape(text)
    text = _ACCEL.sub("", text)
    if "_" in text or "<" in text or ">" in text or "|" in text or "\t" in text:
        return None
    text = _WS.sub(" ", text).strip()
    return text or None


def _fill_numbers(text: str, nums: list[str]) -> str:
    """Replaces the integer printf placeholders of `text` by `nums`: `%2$d` by position, plain
    `%d` in order of appearance."""
    order = iter(range(len(nums)))

    def rep(m: re.Match) -> str:
        pos = re.match(r"%(\d+)\$", m.group(0))
        i = int(pos.group(1)) - 1 if pos else next(order, -1)
        return nums[i] if 0 <= i < len(nums) else m.group(0)

    return _PRINTF_INT.sub(rep, text)


def ui_pair(msgid: str, msgstr: str, rng: random.Random) -> tuple[str, str] | None:
    """A cleaned (english, spanish) pair from one catalog entry, or None if it is not usable
    text: untranslated, too long, no words, or a placeholder other than an integer one (those get
    the same number on both sides)."""
    src, tgt = clean_ui(msgid), clean_ui(msgstr)
    if not src or not tgt or src == tgt or len(src) > 400 or len(src.split()) > 60:
        return None
    if not re.search(r"[A-Za-z]{2}", src):
        return None
    ints_s, ints_t = _PRINTF_INT.findall(src), _PRINTF_INT.findall(tgt)
    if ints_s:
        # In a format string "%%" is a literal percent sign ("%d%%" -> "50%").
        src, tgt = src.replace("%%", _PERCENT_LITERAL), tgt.replace("%%", _PERCENT_LITERAL)
        ints_s, ints_t = _PRINTF_INT.findall(src), _PRINTF_INT.findall(tgt)
    if len(ints_s) != len(ints_t):
        return None
    if ints_s:
        nums = [random_number(rng) for _ in ints_s]
        src, tgt = _fill_numbers(src, nums), _fill_numbers(tgt, nums)
    if _PLACEHOLDER.search(src) or _PLACEHOLDER.search(tgt):
        return None
    return src.replace(_PERCENT_LITERAL, "%"), tgt.replace(_PERCENT_LITERAL, "%")


def random_number(rng: random.Random) -> str:
    """An integer for a printf placeholder, of 1 to 6 digits (small counts most often), so that the
    model sees every digit in every position and learns to copy numbers."""
    digits = rng.choices([1, 2, 3, 4, 5, 6], weights=[30, 30, 20, 12, 5, 3])[0]
    return str(rng.randrange(10 ** (digits - 1) if digits > 1 else 0, 10 ** digits))


def gettext_pairs(cache: Path, packages: list[str] | None = None, seed: int = 7) -> tuple[list, dict]:
    """(key, english, spanish) from the Spanish catalogs of `packages`, and per-package metadata
    {package: {"version", "license", "catalogs", "pairs"}}. Keys are "ui:<package>:<n>"."""
    packages = packages or GETTEXT_PACKAGES
    fetched = fetch_packages(packages, cache)
    rng = random.Random(seed)
    seen: set[str] = set()
    pairs = []
    meta = {}
    for pkg in packages:
        root, version, lic = fetched[pkg]
        catalogs = sorted(p for p in root.glob("**/es/LC_MESSAGES/*.mo") if p.name not in SKIP_CATALOGS)
        n_pkg = 0
        for mo in catalogs:
            with open(mo, "rb") as f:
                catalog = gettext.GNUTranslations(f)._catalog
            for k, v in sorted(catalog.items(), key=lambda kv: str(kv[0])):
                if isinstance(k, tuple):  # plural: (msgid, n) -> take the singular form once
                    if k[1] != 0:
                        continue
                    k = k[0]
                if not k or not v:
                    continue
                pair = ui_pair(k.split("\x04", 1)[-1], v, rng)  # msgctxt dropped
                if pair is None:
                    continue
                src, tgt = pair
                if src in seen:
                    continue
                seen.add(src)
                n_pkg += 1
                pairs.append((f"ui:{pkg}:{n_pkg}", src, tgt))
        meta[pkg] = {"version": version, "license": lic, "catalogs": [c.name for c in catalogs], "pairs": n_pkg}
    return pairs, meta


_HELP_ID = re.compile(r"^(par_id|hd_id)\w+$")
HELP_PACKAGES = {"en": "libreoffice-help-en-us", "es": "libreoffice-help-es"}


def _help_paragraphs(path: Path) -> dict[str, str]:
    """Paragraph id -> text of one help page (innermost elements carrying an id only)."""
    import lxml.html

    doc = lxml.html.parse(str(path)).getroot()
    out = {}
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        pid = el.get("id")
        if not pid or not _HELP_ID.match(pid):
            continue
        if any(_HELP_ID.match(c.get("id") or "") for c in el.iterdescendants() if isinstance(c.tag, str)):
            continue
        text = _WS.sub(" ", el.text_content().replace("\u00a0", " ")).strip()
        if text:
            out[pid] = text
    return out


def help_pairs(cache: Path) -> tuple[list, dict]:
    """(key, english, spanish) from the LibreOffice help, paragraph by paragraph (same page, same
    id), and the packages' metadata. Untranslated, over-long, placeholder-like ("<?>") and
    implausible length-ratio paragraphs are dropped; one translation per English text."""
    fetched = fetch_packages(list(HELP_PACKAGES.values()), cache)
    en_root = fetched[HELP_PACKAGES["en"]][0] / "usr/share/libreoffice/help/en-US"
    es_root = fetched[HELP_PACKAGES["es"]][0] / "usr/share/libreoffice/help/es"
    seen: set[str] = set()
    pairs = []
    for es_page in sorted(es_root.rglob("*.html")):
        rel = es_page.relative_to(es_root)
        en_page = en_root / rel
        if not en_page.exists():
            continue
        es = _help_paragraphs(es_page)
        for pid, e in _help_paragraphs(en_page).items():
            s = es.get(pid)
            if not s or s == e or e in seen or "<?>" in e or len(e) > 400 or len(e.split()) > 60:
                continue
            if not re.search(r"[A-Za-z]{2}", e) or not 0.5 <= len(s) / len(e) <= 2.0:
                continue
            seen.add(e)
            pairs.append((f"help:{rel}#{pid}", e, s))
    meta = {pkg: {"version": fetched[pkg][1], "license": fetched[pkg][2]} for pkg in HELP_PACKAGES.values()}
    return pairs, meta


def freedict_pairs(cache: Path) -> tuple[list, dict]:
    """(key, english headword, first Spanish translation) from FreeDict's dictd database."""
    import gzip

    pkg = "dict-freedict-eng-spa"
    root, version, lic = fetch_packages([pkg], cache)[pkg]
    base = root / "usr/share/dictd/freedict-eng-spa"
    data = gzip.open(f"{base}.dict.dz").read()
    b64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}

    def num(s: str) -> int:
        n = 0
        for c in s:
            n = n * 64 + b64[c]
        return n

    pairs, seen = [], set()
    for line in open(f"{base}.index", encoding="utf-8"):
        word, off, size = line.rstrip("\n").split("\t")
        if word.startswith("00") or word in seen:
            continue
        entry = data[num(off):num(off) + num(size)].decode("utf-8").strip().split("\n")
        if len(entry) < 2:
            continue
        first = re.sub(r"^\d+\.\s*", "", entry[1].split(",")[0].split(";")[0]).strip()
        if first and re.fullmatch(r"[\w' .-]+", word) and re.fullmatch(r"[\w' .-]+", first):
            seen.add(word)
            pairs.append((f"dict:{len(pairs) + 1}", word, first))
    return pairs, {pkg: {"version": version, "license": lic}}


def legends(cache: Path) -> tuple[list, dict]:
    """(key, english, spanish) nation legends from Freeciv's Spanish catalog (general-domain
    evaluation text, never trained on)."""
    pkg = "freeciv-data"
    root, version, lic = fetch_packages([pkg], cache)[pkg]
    with open(root / "usr/share/locale/es/LC_MESSAGES/freeciv-nations.mo", "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    pairs = []
    for k, v in sorted((k, v) for k, v in catalog.items() if isinstance(k, str)):
        e, s = (_WS.sub(" ", t.replace("\u200b", "")).strip() for t in (k, v))
        if len(e.split()) >= 8 and s and s != e and 0.5 <= len(s) / len(e) <= 2.0:
            pairs.append((f"legend:{len(pairs) + 1}", e, s))
    return pairs, {pkg: {"version": version, "license": lic if lic.startswith("GPL") else "GPL-2+"}}


def split_key(text: str, buckets: int = 1000) -> int:
    """Stable bucket of a source sentence (held-out splits by content, not by position)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:8], 16) % buckets


if __name__ == "__main__":
    p = bible_pairs()
    print(len(p), "pairs")
    for k, e, s in p[:3] + p[-3:]:
        print(k, "|", e, "|", s)
