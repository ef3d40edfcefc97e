"""Reading spreadsheets as people export them: any Excel CSV flavour, English or Chinese headers."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from crm_store.limits import MAX_IMPORT_BYTES, strip_controls

# Header spellings -> our column. Compared after lower-casing and removing spaces, _ and -.
HEADER_ALIASES = {
    "id": ("id",),
    "created_at": ("createdat",),
    "updated_at": ("updatedat",),
    "name": ("name", "company", "companyname", "customer", "customername", "account", "accountname",
             "organization", "organisation", "client", "公司", "公司名称", "客户", "客户名称", "名称",
             "企业名称", "单位名称"),
    "aliases": ("aliases", "alias", "aka", "othernames", "别名", "简称"),
    "industry": ("industry", "sector", "vertical", "行业", "所属行业"),
    "address": ("address", "street", "city", "地址", "公司地址"),
    "phone": ("phone", "telephone", "tel", "companyphone", "mainphone", "电话", "公司电话", "座机"),
    "website": ("website", "web", "url", "homepage", "网站", "网址", "官网"),
    "tier": ("tier", "level", "class", "grade", "级别", "客户级别", "等级"),
    "lifecycle": ("lifecycle", "lifecyclestage", "status", "type", "客户状态", "状态"),
    "owner": ("owner", "accountowner", "salesrep", "rep", "accountmanager", "负责人", "销售",
              "客户经理", "归属"),
    "notes": ("notes", "note", "comments", "remarks", "备注"),
    "contact_name": ("contactname", "contact", "contactperson", "person", "联系人", "联系人姓名"),
    "contact_title": ("contacttitle", "title", "position", "jobtitle", "role", "职位", "职务"),
    "contact_phone": ("contactphone", "mobile", "cell", "mobilephone", "手机", "联系电话",
                      "联系人电话", "手机号"),
    "contact_email": ("contactemail", "email", "e-mail", "mail", "邮箱", "电子邮件", "联系人邮箱"),
}  # fmt: skip
_LOOKUP = {spelling: column for column, spellings in HEADER_ALIASES.items() for spelling in spellings}


class UnreadableFile(Exception):
    """The file cannot be read as a table; the message says why in one line."""


# Signatures of files people pick by mistake: (magic bytes, what it is).
_BINARY_KINDS = (
    (b"PK\x03\x04", "a zip file or an Excel workbook (.xlsx)"),
    (b"\xd0\xcf\x11\xe0", "an Excel workbook (.xls)"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3", "an SQLite database"),
)


def check_not_binary(raw: bytes, name: str) -> None:
    """Refuse, in one line, a file that is not text at all (a workbook, an image, a database)."""
    for magic, kind in _BINARY_KINDS:
        if raw.startswith(magic):
            raise UnreadableFile(f"{name} is {kind}, not a CSV table (in Excel: Save As → CSV UTF-8)")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    sample = raw[:65536]
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 13))
    if sample.count(0) > max(1, len(sample) // 100) or controls > len(sample) // 20:  # a stray NUL is cleaned
        raise UnreadableFile(f"{name} is a binary file, not a CSV table")


def decode(raw: bytes) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode text"), GB18030, Windows-1252.

    A UTF-8 file with a few broken bytes stays UTF-8; the broken bytes become U+FFFD (the
    importer reports the lines that hold them) instead of the whole file turning into mojibake."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    lenient = raw.decode("utf-8", errors="replace")
    broken = lenient.count("\ufffd")
    readable = sum(1 for char in lenient if ord(char) > 127) - broken
    if broken and readable >= broken * 2:
        return lenient
    for encoding in ("utf-8", "gb18030", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def _normal_header(header: str) -> str:
    return re.sub(r"[\s_\-]+", "", header.strip().lower())


def map_header(header: str) -> str | None:
    return _LOOKUP.get(_normal_header(header))


def read_file(path: Path) -> bytes:
    """The bytes of a regular file within `MAX_IMPORT_BYTES` (a device such as /dev/zero, a pipe or
    a socket would be read forever)."""
    try:
        if not path.is_file():
            raise UnreadableFile(f"{path} is not a regular file")
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise UnreadableFile(f"{path.name} is {size:,} bytes; the limit is {MAX_IMPORT_BYTES:,}")
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"cannot read {path}: {error.strerror or error}") from None


def read_table(path: Path, *, map_headers: bool = True) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Headers and (line number, row) pairs; headers mapped to our column names unless told not to."""
    raw = read_file(path)
    check_not_binary(raw, path.name)
    text = decode(raw)
    # A cell may be as long as the file (the limits refuse it per row, with its line number),
    # instead of the csv module stopping the whole import at 131,072 characters.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    if not text.strip():
        raise UnreadableFile(f"{path} is empty")
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    # Spreadsheets quote with " only. Cells that start with the ' a spreadsheet keeps to force text
    # ('0123 4567, '=SUM(...)) make the sniffer take ' for the quote, and rows run into each other.
    if dialect.quotechar == '"':
        reader = csv.reader(io.StringIO(text, newline=""), dialect)
    else:
        reader = csv.reader(io.StringIO(text, newline=""), dialect, quotechar='"', doublequote=True)
    try:
        raw_headers = next(reader)
    except StopIteration:
        raise UnreadableFile(f"{path} has no header row") from None
    except csv.Error as error:
        raise UnreadableFile(f"{path.name}: the header row cannot be read ({error})") from None
    raw_headers = [strip_controls(h, keep_newlines=False) for h in raw_headers]
    headers = [
        (map_header(h) or _normal_header(h)) if map_headers else h.strip().lstrip("\ufeff")
        for h in raw_headers
    ]
    rows: list[tuple[int, dict[str, str]]] = []
    for row in _rows(reader, path):
        line = reader.line_num
        if not row:
            continue
        # Cells without NUL and other control characters (as every stored text: the importer writes
        # in bulk, past the storage guard, and PostgreSQL refuses NUL where SQLite keeps it).
        row = [strip_controls(cell).strip() for cell in row]
        values = {headers[i]: cell for i, cell in enumerate(row[: len(headers)])}
        if len(row) > len(headers) and any(row[len(headers) :]):
            values["__extra__"] = "; ".join(cell for cell in row[len(headers) :] if cell)
        rows.append((line, values))
    return headers, rows


def _rows(reader: Any, path: Path) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as error:  # the rest of the file cannot be split into cells
        raise UnreadableFile(f"{path.name}: line {reader.line_num} cannot be read ({error})") from None
