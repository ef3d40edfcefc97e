"""Which column of another CRM's export is which of our fields.

Exports name the same thing differently (Salesforce `BillingCity`, HubSpot `Phone Number`,
Pipedrive `Organization - Name`, Zoho `Billing Code`, Odoo `Salesperson`, Chinese `联系电话`),
and one header means different things in different files: `Name` is the company in an account
export, the person in a contact export and the deal's title in an opportunity export. So the
kind of file is decided first (from its headers, or `--kind`), and then each header is looked up
in that kind's table. `--map "Their Column=field"` overrides both. A column that maps to nothing
is kept with the record (its `extra` field) and named in the report.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

KINDS = ("customers", "contacts", "deals", "activities")

# Fields that hold one part of the customer's address, in the order they are written out.
ADDRESS_PARTS = ("street", "street2", "city", "state", "postal_code", "country")

# Spellings are compared after `header_key`: lower case, without spaces, _, -, ., /, (, ), %, #.
_CUSTOMER_LINK = {
    "customer": ("account", "accountname", "company", "companyname", "associatedcompany", "organization",
                 "organisation", "organizationname", "orgname", "customer", "customername", "client",
                 "partner", "公司", "公司名称", "客户", "客户名称", "所属客户", "企业名称", "单位名称"),
    "customer_source_id": ("accountid", "companyid", "associatedcompanyid", "associatedcompanyids",
                           "organizationid", "orgid", "customerid", "partnerid", "客户编号", "客户id"),
}  # fmt: skip
_OWNER = ("owner", "ownername", "owneremail", "ownerid", "recordowner", "accountowner", "companyowner",
          "contactowner", "dealowner", "opportunityowner", "leadowner", "hubspotowner", "salesagent",
          "salesrep", "salesperson", "rep", "accountmanager", "assignedto", "assigneduser", "user",
          "负责人", "销售", "销售人员", "销售代表", "客户经理", "归属", "所有者", "跟进人")  # fmt: skip
_CREATED = ("createddate", "createdat", "createdate", "datecreated", "addtime", "创建时间", "创建日期")

ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "customers": {
        "name": ("name", "accountname", "company", "companyname", "customer", "customername", "account",
                 "firma",
                 "organization", "organisation", "organizationname", "client", "displayname", "公司",
                 "公司名称", "客户", "客户名称", "名称", "企业名称", "单位名称"),
        "source_id": ("id", "recordid", "accountid", "companyid", "organizationid", "orgid", "customerid",
                      "externalid", "客户编号", "客户id", "编号"),
        "aliases": ("aliases", "alias", "aka", "othernames", "shortname", "别名", "简称", "客户简称"),
        "industry": ("industry", "sector", "vertical", "branche", "行业", "所属行业", "客户行业"),
        "street": ("street", "straße", "strasse",
                   "billingstreet", "billingaddress", "address", "streetaddress", "address1",
                   "addressline1", "addressstreet", "地址", "公司地址", "详细地址", "联系地址"),
        "street2": ("street2", "address2", "addressline2", "billingstreet2"),
        "city": ("city", "billingcity", "addresscity", "ort", "stadt", "ville", "城市", "所在城市"),
        "state": ("state", "billingstate", "stateregion", "province", "region", "billingstateprovince",
                  "stateprovince", "省份", "省", "所在省份"),
        "postal_code": ("postalcode", "billingpostalcode", "billingcode", "zip", "zipcode", "postcode", "plz",
                        "postal", "邮编", "邮政编码"),
        "country": ("country", "billingcountry", "countryregion", "land", "pays", "国家", "国家地区"),
        "phone": ("phone", "phonenumber", "telephone", "tel", "telefon", "téléphone", "companyphone",
                  "mainphone", "officephone",
                  "电话", "公司电话", "座机", "固定电话"),
        "email": ("email", "emailaddress", "companyemail", "邮箱", "电子邮件", "公司邮箱"),
        "website": ("website", "web", "url", "homepage", "companydomainname", "domain", "websiteurl",
                    "网站", "网址", "官网"),
        "tier": ("tier", "level", "class", "grade", "customertier", "级别", "客户级别", "客户等级", "等级"),
        "lifecycle": ("lifecycle", "lifecyclestage", "客户状态", "客户阶段"),
        "owner": _OWNER,
        "notes": ("notes", "note", "description", "comments", "remarks", "备注", "描述", "说明"),
        "created": _CREATED,
        "contact_name": ("contactname", "contact", "contactperson", "primarycontact", "联系人",
                         "联系人姓名"),
        "contact_title": ("contacttitle", "title", "jobtitle", "position", "职位", "职务"),
        "contact_phone": ("contactphone", "mobile", "mobilephone", "cell", "cellphone", "手机", "手机号",
                          "联系人电话", "联系人手机"),
        "contact_email": ("contactemail", "联系人邮箱"),
    },
    "contacts": {
        "contact_name": ("name", "fullname", "contactname", "personname", "contact", "姓名", "联系人",
                         "联系人姓名"),
        "first_name": ("firstname", "first", "givenname", "名"),
        "last_name": ("lastname", "last", "surname", "familyname", "姓"),
        "source_id": ("id", "recordid", "contactid", "personid", "externalid", "联系人编号"),
        "contact_title": ("title", "jobtitle", "position", "职位", "职务"),
        "contact_phone": ("phone", "phonenumber", "workphone", "businessphone", "telephone", "phonework",
                          "phonehome", "phoneother", "电话",
                          "联系电话", "办公电话"),
        "contact_mobile": ("mobilephone", "mobile", "mobilephonenumber", "cell", "cellphone",
                           "phonemobile", "手机", "手机号"),
        "contact_email": ("email", "emailaddress", "workemail", "emailwork", "emailhome", "emailother",
                          "邮箱", "电子邮件"),
        "owner": _OWNER,
        "notes": ("notes", "note", "description", "comments", "备注", "描述"),
        "created": _CREATED,
        **_CUSTOMER_LINK,
    },
    "deals": {
        "deal_title": ("name", "opportunityname", "opportunity", "dealname", "title", "dealtitle",
                       "商机名称", "商机", "项目名称", "机会名称"),
        "source_id": ("id", "recordid", "opportunityid", "dealid", "externalid", "商机编号", "商机id"),
        "product": ("product", "productname", "products", "产品", "产品名称"),
        "amount": ("amount", "value", "dealvalue", "closevalue", "expectedrevenue", "opportunityamount",
                   "dealamount", "金额", "商机金额", "预计金额", "合同金额", "预计成交金额", "成交金额"),
        "currency": ("currency", "currencyisocode", "currencycode", "dealcurrency", "币种", "货币"),
        "stage": ("stage", "stagename", "dealstage", "opportunitystage", "salesstage", "pipelinestage",
                  "商机阶段", "阶段", "销售阶段"),
        "status": ("status", "dealstatus", "商机状态", "状态"),
        "is_won": ("iswon",),
        "is_closed": ("isclosed",),
        "close_date": ("closedate", "expectedclosedate", "closingdate", "expectedclosing", "closedon",
                       "wontime", "预计成交日期", "成交日期", "预计签单日期", "结单日期", "预计结单日期"),
        "lost_reason": ("lostreason", "closedlostreason", "reasonlost", "输单原因", "丢单原因"),
        "owner": _OWNER,
        "created": ("engagedate", *_CREATED),
        "notes": ("description", "notes", "note", "备注", "描述"),
        **_CUSTOMER_LINK,
    },
    "activities": {
        "activity_date": ("date", "activitydate", "activitydatetime", "duedate", "occurredat", "timestamp",
                          "completeddate", "time", "日期", "时间", "跟进时间", "跟进日期", "拜访时间",
                          "拜访日期", "活动时间", "活动日期"),
        "activity_kind": ("type", "activitytype", "kind", "tasksubtype", "engagementtype", "跟进方式",
                          "类型", "活动类型", "拜访方式", "跟进类型"),
        "subject": ("subject", "title", "主题", "标题"),
        "body": ("description", "body", "note", "notes", "notebody", "content", "comments", "details",
                 "内容", "跟进内容", "记录", "备注", "描述", "拜访内容", "沟通内容"),
        "source_id": ("id", "recordid", "activityid", "noteid", "taskid", "engagementid", "externalid"),
        "author": ("author", "createdby", "loggedby", *_OWNER),
        "contact": ("contactname", "contact", "person", "personname", "联系人", "拜访对象"),
        "deal_source_id": ("opportunityid", "dealid"),
        "next_step": ("nextstep", "下一步", "下次跟进", "下一步计划"),
        **_CUSTOMER_LINK,
    },
}  # fmt: skip

# Headers that say which kind of file this is (after `header_key`), with their weight.
_KIND_HINTS = {
    "deals": {"stage": 3, "stagename": 3, "dealstage": 3, "商机阶段": 3, "销售阶段": 3, "opportunityname": 3,
              "dealname": 3, "商机名称": 3, "closedate": 2, "closevalue": 2, "预计成交日期": 3,
              "opportunityid": 3, "dealid": 2, "amount": 1, "value": 1, "expectedrevenue": 2,
              "金额": 1, "closingdate": 2, "expectedclosing": 2, "opportunity": 2, "iswon": 3},
    "activities": {"subject": 2, "activitytype": 3, "activitydate": 3, "notebody": 3, "跟进方式": 3,
                   "跟进内容": 3, "跟进时间": 3, "tasksubtype": 3, "activityid": 3, "noteid": 3,
                   "engagementtype": 3, "拜访时间": 3, "拜访内容": 3},
    "contacts": {"firstname": 3, "lastname": 3, "姓名": 2, "contactid": 3, "personid": 3,
                 "mobilephone": 1, "jobtitle": 1},
}  # fmt: skip
# Pipedrive writes "Organization - Name", "Deal - Value", ...: the prefix names the record.
_ENTITY_PREFIX = re.compile(
    r"^\s*(organization|organisation|person|deal|activity|note|lead)\s+-\s+(.+)$", re.I
)
_PREFIX_KIND = {"organization": "customers", "organisation": "customers", "person": "contacts",
                "deal": "deals", "lead": "deals", "activity": "activities", "note": "activities"}  # fmt: skip
# What a column of another record means in this file (a deal's "Organization - Name").
_LINKS = {"customers": {"name": "customer", "id": "customer_source_id"},
          "contacts": {"name": "contact", "id": "contact_source_id"}}  # fmt: skip

# Fields a user may name in --map, per kind (the aliases' targets plus "extra" and "ignore").
_KEY_DROP = re.compile(r"[\s_\-./()%#:：（）]+")


def header_key(header: str) -> str:
    return _KEY_DROP.sub("", header.strip().lstrip("\ufeff").lower())


def fields_of(kind: str) -> tuple[str, ...]:
    return tuple(ALIASES[kind])


class MappingError(ValueError):
    """A --map or --kind the file cannot use; the message says why in one line."""


@dataclass
class ColumnMap:
    kind: str
    fields: dict[str, str] = field(default_factory=dict)  # their header -> our field
    unmapped: list[str] = field(default_factory=list)  # their headers kept as extra
    vendor_prefix: bool = False

    def by_field(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for header, target in self.fields.items():
            out.setdefault(target, []).append(header)
        return out


def parse_overrides(items: Iterable[str]) -> dict[str, str]:
    """`["Their Column=field", ...]` -> {their header: field}; a bad item raises MappingError."""
    overrides: dict[str, str] = {}
    for item in items:
        header, sep, target = item.rpartition("=")
        if not sep or not header.strip() or not target.strip():
            raise MappingError(f'--map {item!r}: write it as "Their Column=field"')
        overrides[header.strip()] = target.strip().lower()
    return overrides


def detect_kind(headers: Iterable[str]) -> str:
    """customers, contacts, deals or activities, from the headers alone."""
    scores = dict.fromkeys(KINDS, 0)
    prefixes: dict[str, int] = {}
    for header in headers:
        prefixed = _ENTITY_PREFIX.match(header)
        if prefixed:
            kind = _PREFIX_KIND[prefixed.group(1).lower()]
            prefixes[kind] = prefixes.get(kind, 0) + 1
            continue
        key = header_key(header)
        for kind, hints in _KIND_HINTS.items():
            scores[kind] += hints.get(key, 0)
    if prefixes:  # a Pipedrive export: most columns belong to the exported record
        return max(prefixes, key=lambda kind: prefixes[kind])
    best = max(scores, key=lambda kind: scores[kind])
    return best if scores[best] >= 3 else "customers"


def map_columns(headers: list[str], *, kind: str | None = None,
                overrides: Mapping[str, str] | None = None) -> ColumnMap:  # fmt: skip
    kind = kind or detect_kind(headers)
    if kind not in ALIASES:
        raise MappingError(f"--kind must be one of {', '.join(KINDS)}, not {kind!r}")
    overrides = dict(overrides or {})
    known = {header_key(h): h for h in headers}
    for header, wanted in overrides.items():
        if header not in headers and header_key(header) not in known:
            raise MappingError(f"--map: the file has no column {header!r}")
        if wanted not in ALIASES[kind] and wanted not in ("extra", "ignore"):
            raise MappingError(
                f"--map {header}={wanted}: {kind} have no field {wanted!r} "
                f"(fields: {', '.join(fields_of(kind))}, extra, ignore)"
            )
    by_key = {header_key(h): t for h, t in overrides.items()}
    lookup = {spelling: target for target, spellings in ALIASES[kind].items() for spelling in spellings}
    columns = ColumnMap(kind)
    taken: set[str] = set()
    contact_context = any(lookup.get(header_key(h)) == "contact_name" for h in headers)
    for header in headers:
        target = by_key.get(header_key(header))
        if target is None:
            target = _target(header, kind, lookup, contact_context, columns)
            if target not in ALIASES[kind]:  # e.g. a deal's "Person - Name": kept as extra
                target = None
        if target is None or target == "extra" or (target in taken and target not in ADDRESS_PARTS):
            columns.unmapped.append(header)
            continue
        if target == "ignore":
            continue
        columns.fields[header] = target
        taken.add(target)
    return columns


def _target(header: str, kind: str, lookup: dict[str, str], contact_context: bool,
            columns: ColumnMap) -> str | None:  # fmt: skip
    prefixed = _ENTITY_PREFIX.match(header)
    if prefixed:
        columns.vendor_prefix = True
        own = _PREFIX_KIND[prefixed.group(1).lower()]
        key = header_key(prefixed.group(2))
        if own != kind:
            return _LINKS.get(own, {}).get(key)
        return lookup.get(key)
    key = header_key(header)
    target = lookup.get(key)
    if kind == "customers" and contact_context:
        # Beside a contact column, "联系电话"/"Email" are that person's, not the company's.
        if key in ("联系电话", "email", "emailaddress", "邮箱", "电子邮件"):
            return "contact_phone" if key == "联系电话" else "contact_email"
        if target == "phone" and key in ("phone", "phonenumber", "telephone", "tel", "电话"):
            return "phone"
    if kind == "customers" and target is None and key == "联系电话":
        return "phone"  # no contact on the row: the number is the customer's
    return target


# Headers only one vendor's exports use (after `header_key`): the source system of the ids.
_VENDOR_HINTS = {
    "salesforce": {"billingstreet", "billingcity", "billingpostalcode", "stagename", "ownerid", "isclosed",
                   "iswon", "mailingstreet", "mailingcity", "createddate", "accountid", "forecastcategory",
                   "leadsource", "sicdesc", "numberofemployees", "recordtypeid"},
    "hubspot": {"phonenumber", "companyowner", "companydomainname", "dealstage", "dealname",
                "associatedcompany", "createdate", "lifecyclestage", "contactowner", "dealowner",
                "hubspotowner", "associatedcompanyids", "pipeline", "numberofemployees"},
    "zoho": {"billingcode", "closingdate", "accountowner", "dealowner", "accountname", "contactowner",
             "expectedrevenue", "leadsource", "billingstreet", "billingcity"},
    "odoo": {"salesperson", "expectedrevenue", "expectedclosing", "salesteam", "externalid", "displayname",
             "companytype", "tags"},
}  # fmt: skip


def detect_vendor(headers: list[str]) -> str | None:
    """The CRM that wrote the file, when its headers say so clearly; else None."""
    if any(_ENTITY_PREFIX.match(h) for h in headers):
        return "pipedrive"
    keys = {header_key(h) for h in headers}
    if "recordid" in keys and keys & {"billingcode", "closingdate"}:
        return "zoho"
    scores = {vendor: len(keys & hints) for vendor, hints in _VENDOR_HINTS.items()}
    if "recordid" in keys:
        scores["hubspot"] += 1
    best = max(scores, key=lambda vendor: scores[vendor])
    return best if scores[best] >= 2 else None
