"""Reading spreadsheets as people export them: any Excel CSV flavour, English or Chinese headers."""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

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


def decode(raw: bytes) -> str:
    """UTF-8 with or without BOM, UTF-16 with BOM (Excel "Unicode text"), GB18030, Windows-1252."""
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16")
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


def read_table(path: Path, *, map_headers: bool = True) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Headers and (line number, row) pairs; headers mapped to our column names unless told not to."""
    try:
        text = decode(path.read_bytes())
    except OSError as error:
        raise UnreadableFile(f"cannot read {path}: {error.strerror or error}") from None
    if not text.strip():
        raise UnreadableFile(f"{path} is empty")
    sample = text[:8192]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        raw_headers = next(reader)
    except StopIteration:
        raise UnreadableFile(f"{path} has no header row") from None
    headers = [
        (map_header(h) or _normal_header(h)) if map_headers else h.strip().lstrip("\ufeff")
        for h in raw_headers
    ]
    rows: list[tuple[int, dict[str, str]]] = []
    for row in reader:
        line = reader.line_num
        if not row:
            continue
        values = {headers[i]: cell.strip() for i, cell in enumerate(row[: len(headers)])}
        if len(row) > len(headers) and any(cell.strip() for cell in row[len(headers) :]):
            values["__extra__"] = "; ".join(c.strip() for c in row[len(headers) :] if c.strip())
        rows.append((line, values))
    return headers, rows
