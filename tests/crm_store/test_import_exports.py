"""Other CRMs' exports, in their own header layouts, imported on SQLite and PostgreSQL: every row
accounted for, nothing dropped without a line in the report, the same file twice changes nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from crm_store.models import Activity, Contact, Customer, Deal, User
from crm_store.transfer.columns import MappingError, parse_overrides
from crm_store.transfer.importer import import_file
from crm_store.transfer.records import ImportOptions
from tests.support.exported import exported

SF_ACCOUNTS = """"Id","Name","Type","BillingStreet","BillingCity","BillingState","BillingPostalCode","BillingCountry","Phone","Website","Industry","AnnualRevenue","OwnerId","Rating","Description"
"0015g00000AbCdEAAV","Burlington Textiles Corp of America","Customer - Direct","525 S. Lexington Ave","Burlington","NC","27215","USA","(336) 222-7000","www.burlington.com","Apparel","350000000","0055g000003XyZaAAC","Warm",""
"0015g00000AbCdFAAV","Edge Communications","Customer - Direct","312 Constitution Place","Austin","TX","78767","USA","(512) 757-6000","http://edgecomm.com","Electronics","139000000","0055g000003XyZaAAC","Hot","Edge, founded in 1998
Austin office"
"""  # noqa: E501
SF_CONTACTS = """"Id","AccountId","FirstName","LastName","Title","Phone","MobilePhone","Email","LeadSource"
"0035g00000XyZ1AAA","0015g00000AbCdEAAV","Jack","Rogers","VP, Facilities","(336) 222-7000","(336) 555-0101","jrogers@burlington.com","Web"
"0035g00000XyZ2AAA","0015g00000AbCdFAAV","Rose","Gonzalez","SVP, Procurement","(512) 757-6000","","rose@edge.com","Trade Show"
"0035g00000XyZ3AAA","0015g00000ZZZZZAAA","Ghost","Person","","","","",""
"""  # noqa: E501
SF_OPPORTUNITIES = """"Id","AccountId","Name","StageName","Amount","CloseDate","Probability","IsClosed","IsWon","CurrencyIsoCode","OwnerId"
"0065g00000Q1aAAE","0015g00000AbCdEAAV","Burlington Weaving Plant Generator","Closed Won","235000","2021-05-12","100","true","true","USD","0055g000003XyZaAAC"
"0065g00000Q1aBAE","0015g00000AbCdFAAV","Edge Emergency Generator","Id. Decision Makers","75000.50","2021-07-01","60","false","false","USD","0055g000003XyZaAAC"
"0065g00000Q1aCAE","0015g00000AbCdFAAV","Edge SLA","Closed Lost","60000","2021-06-20","0","true","false","EUR","0055g000003XyZaAAC"
"""  # noqa: E501


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def run(app, path: Path, *, dry_run: bool = False, **options):
    org_id = app.org().id
    with app.db.transaction() as session:
        find_similar = app.search.import_duplicates(session, org_id)
        opts = ImportOptions(find_similar=find_similar, timezone="UTC", **options)
        report = import_file(session, org_id, path, opts, dry_run=dry_run)
    assert report.accounted == report.rows, report.summary()
    return report


def rows(app, model) -> list:
    with app.db.transaction() as session:
        found = list(session.scalars(select(model).order_by(model.id)))
        session.expunge_all()
        return found


def snapshot(app) -> dict:
    data = exported(app)
    data.pop("exported_at")
    return data


def test_salesforce_accounts_contacts_opportunities(app, tmp_path: Path) -> None:
    accounts = run(app, write(tmp_path, "Account.csv", SF_ACCOUNTS))
    assert (accounts.kind, accounts.imported, accounts.source) == ("customers", 2, "salesforce")
    assert accounts.unmapped == ["Type", "AnnualRevenue", "Rating"]
    burlington, edge = rows(app, Customer)
    assert burlington.address == "525 S. Lexington Ave, Burlington, NC 27215, USA"
    assert (burlington.phone, burlington.website, burlington.industry) == (
        "(336) 222-7000",
        "www.burlington.com",
        "Apparel",
    )
    assert burlington.extra == {
        "Type": "Customer - Direct",
        "AnnualRevenue": "350000000",
        "Rating": "Warm",
        "OwnerId": "0055g000003XyZaAAC",
    }
    assert edge.notes == "Edge, founded in 1998\nAustin office"

    contacts = run(app, write(tmp_path, "Contact.csv", SF_CONTACTS))
    assert (contacts.kind, contacts.imported) == ("contacts", 2)
    assert contacts.skipped == [
        (
            4,
            "contact 'Ghost Person': customer id 0015g00000ZZZZZAAA is not imported "
            "yet (import the companies file first)",
        )
    ]
    jack, rose = rows(app, Contact)
    assert (jack.customer_id, jack.name, jack.title, jack.phone) == (
        burlington.id,
        "Jack Rogers",
        "VP, Facilities",
        "(336) 222-7000",
    )
    assert jack.extra == {"LeadSource": "Web", "MobilePhone": "(336) 555-0101"}
    assert (rose.customer_id, rose.email) == (edge.id, "rose@edge.com")

    deals = run(app, write(tmp_path, "Opportunity.csv", SF_OPPORTUNITIES))
    assert (deals.kind, deals.imported) == ("deals", 3)
    won, open_, lost = rows(app, Deal)
    assert (won.customer_id, won.stage, won.status, won.amount, won.currency, won.expected_close) == (
        burlington.id,
        "won",
        "won",
        Decimal("235000.00"),
        "USD",
        date(2021, 5, 12),
    )
    assert (open_.stage, open_.status, open_.amount) == ("qualified", "open", Decimal("75000.50"))
    assert (lost.stage, lost.currency, lost.customer_id) == ("lost", "EUR", edge.id)
    assert won.extra == {"Probability": "100", "OwnerId": "0055g000003XyZaAAC"}

    before = snapshot(app)
    for name, text in (
        ("Account.csv", SF_ACCOUNTS),
        ("Contact.csv", SF_CONTACTS),
        ("Opportunity.csv", SF_OPPORTUNITIES),
    ):
        again = run(app, write(tmp_path, name, text))
        assert again.imported == 0 and not again.created
        assert all("same id" in reason or "already imported" in reason for *_, reason in again.merged)
    assert snapshot(app) == before


HUBSPOT_COMPANIES = """Record ID,Company name,Company owner,Create Date,Phone Number,City,Country/Region,Industry,Company Domain Name,Lifecycle Stage,Number of Employees
5001,Northwind Traders,Sam Taylor,2023-01-02 10:00,+1 206 555 0100,Seattle,United States,Wholesale,northwind.com,Customer,120
5002,Contoso Ltd,jane.roe@corp.example,2023-01-03 10:00,+44 20 7946 0000,London,United Kingdom,Software,contoso.com,Opportunity,
5003,Fabrikam,Nobody Here,2023-01-04 09:00,,Berlin,Germany,,fabrikam.de,Lead,
"""  # noqa: E501
HUBSPOT_CONTACTS = """Record ID,First Name,Last Name,Email,Phone Number,Job Title,Contact owner,Associated Company,Lifecycle Stage
901,Ana,Lopez,ana@northwind.com,+1 206 555 0111,Buyer,Sam Taylor,Northwind Traders,customer
902,Bo,Chen,bo@contoso.com,,CTO,Jane Roe,Contoso Ltd,lead
"""  # noqa: E501
HUBSPOT_DEALS = """Record ID,Deal Name,Deal Stage,Amount,Close Date,Deal owner,Associated Company,Pipeline
7001,Northwind renewal,Closed Won,"$12,500.00",03/14/2024,Sam Taylor,Northwind Traders,Sales Pipeline
7002,Contoso expansion,Presentation Scheduled,8000,04/30/2024,Jane Roe,Contoso Ltd,Sales Pipeline
7003,Fabrikam pilot,Decision maker bought in,"€4,500",05/02/2024,Sam Taylor,Fabrikam,Sales Pipeline
"""


def test_hubspot_companies_contacts_deals_owners_by_name_and_email(app, add_user, tmp_path: Path) -> None:
    sam = add_user("Sam Taylor")
    jane = add_user("Jane Roe")
    with app.db.transaction() as session:
        session.get(User, jane.id).email = "jane.roe@corp.example"
    companies = run(app, write(tmp_path, "hubspot-companies.csv", HUBSPOT_COMPANIES))
    assert companies.source == "hubspot" and companies.imported == 3
    assert companies.notes == {"Company owner 'Nobody Here' is not a user; kept in extra, unassigned": [4]}
    northwind, contoso, fabrikam = rows(app, Customer)
    assert (northwind.phone, northwind.owner_id, northwind.lifecycle) == (
        "+1 206 555 0100",
        sam.id,
        "customer",
    )
    assert (contoso.owner_id, contoso.website, contoso.lifecycle) == (jane.id, "contoso.com", "prospect")
    assert fabrikam.owner_id is None and fabrikam.extra == {"Company owner": "Nobody Here"}
    assert northwind.extra == {"Number of Employees": "120"}
    assert northwind.created_at.isoformat() == "2023-01-02T10:00:00+00:00"

    contacts = run(app, write(tmp_path, "hubspot-contacts.csv", HUBSPOT_CONTACTS))
    assert contacts.imported == 2
    ana = rows(app, Contact)[0]
    assert (ana.customer_id, ana.name, ana.phone) == (northwind.id, "Ana Lopez", "+1 206 555 0111")
    assert ana.extra == {"Lifecycle Stage": "customer", "Contact owner": "Sam Taylor"}

    deals = run(app, write(tmp_path, "hubspot-deals.csv", HUBSPOT_DEALS))
    assert deals.imported == 3, deals.summary()
    renewal, expansion, pilot = rows(app, Deal)
    assert (renewal.stage, renewal.amount, renewal.currency, renewal.owner_id) == (
        "won",
        Decimal("12500.00"),
        "USD",
        sam.id,
    )
    assert renewal.expected_close == date(2024, 3, 14)
    assert (expansion.stage, expansion.owner_id, expansion.customer_id) == ("proposal", jane.id, contoso.id)
    assert (pilot.stage, pilot.amount, pilot.currency) == ("negotiation", Decimal("4500.00"), "EUR")
    assert "dates in 'Close Date' read as month/day/year (no day above 12 tells)" not in deals.notes


PIPEDRIVE_ORGS = """Organization - ID,Organization - Name,Organization - Owner,Organization - Address,Organization - Label
11,Globex Corporation,Sam Taylor,"1 Globex Way, Springfield",Hot lead
12,Initech,Sam Taylor,,
"""  # noqa: E501
PIPEDRIVE_PERSONS = """Person - ID,Person - Name,Person - Organization,Person - Email - Work,Person - Phone - Work
21,Hank Scorpio,Globex Corporation,hank@globex.com,+1 555 0100
"""  # noqa: E501
PIPEDRIVE_DEALS = """Deal - ID,Deal - Title,Deal - Value,Deal - Currency,Deal - Stage,Deal - Status,Deal - Expected close date,Deal - Owner,Organization - Name,Organization - ID,Person - Name
31,Globex doomsday device,50000,USD,Proposal Made,open,2024-07-01,Sam Taylor,Globex Corporation,11,Hank Scorpio
32,Initech TPS,1200,USD,Negotiations Started,lost,2024-02-01,Sam Taylor,Initech,12,
"""  # noqa: E501


def test_pipedrive_prefixed_headers(app, add_user, tmp_path: Path) -> None:
    sam = add_user("Sam Taylor")
    orgs = run(app, write(tmp_path, "organizations.csv", PIPEDRIVE_ORGS))
    assert (orgs.kind, orgs.source, orgs.imported) == ("customers", "pipedrive", 2)
    globex, initech = rows(app, Customer)
    assert (globex.address, globex.owner_id, globex.extra) == (
        "1 Globex Way, Springfield",
        sam.id,
        {"Organization - Label": "Hot lead"},
    )
    persons = run(app, write(tmp_path, "persons.csv", PIPEDRIVE_PERSONS))
    assert persons.kind == "contacts" and persons.imported == 1
    hank = rows(app, Contact)[0]
    assert (hank.customer_id, hank.email, hank.phone) == (globex.id, "hank@globex.com", "+1 555 0100")
    deals = run(app, write(tmp_path, "deals.csv", PIPEDRIVE_DEALS))
    assert deals.kind == "deals" and deals.imported == 2
    device, tps = rows(app, Deal)
    assert (device.stage, device.status, device.customer_id, device.amount) == (
        "proposal",
        "open",
        globex.id,
        Decimal("50000.00"),
    )
    assert device.extra == {"Person - Name": "Hank Scorpio"}
    assert (tps.stage, tps.status, tps.customer_id) == ("lost", "lost", initech.id)


def test_zoho_and_odoo_layouts(app, add_user, tmp_path: Path) -> None:
    add_user("Mitchell Admin")
    zoho = write(
        tmp_path,
        "Accounts.csv",
        "Record Id,Account Name,Account Owner,Phone,Website,Billing Street,"
        "Billing City,Billing State,Billing Code,Billing Country,Industry\n"
        "zcrm_1,Zylker Inc,Mitchell Admin,+1 555 1234,zylker.com,1 Main St,Pleasanton,CA,94588,USA,"
        "Technology\n",
    )
    report = run(app, zoho)
    assert report.source == "zoho" and not report.unmapped
    assert rows(app, Customer)[0].address == "1 Main St, Pleasanton, CA 94588, USA"
    odoo = write(
        tmp_path,
        "crm.lead.csv",
        "Opportunity,Customer,Expected Revenue,Stage,Salesperson,"
        "Expected Closing,Probability,Sales Team\n"
        "Office Design,Deco Addict,24000,Proposition,Mitchell Admin,2024-06-30,70,Sales\n"
        "Quote for 150 carpets,Zylker Inc,40000,Won,Mitchell Admin,2024-05-01,100,Sales\n",
    )
    deals = run(app, odoo)
    assert (deals.kind, deals.source, deals.imported) == ("deals", "odoo", 2)
    design, carpets = rows(app, Deal)
    assert (design.stage, design.amount, carpets.stage) == ("proposal", Decimal("24000.00"), "won")
    assert carpets.customer_id == rows(app, Customer)[0].id
    assert deals.notes["customer 'Deco Addict' was not there; created"] == [2]


def test_chinese_headers_customer_phone_deals_and_follow_ups(app, add_user, tmp_path: Path) -> None:
    zhang = add_user("张伟", locale="zh")
    customers = write(
        tmp_path,
        "客户.csv",
        "客户名称,联系电话,负责人,所属行业,地址,客户来源\n"
        "华为技术有限公司,0755-28780808,张伟,通信,深圳市龙岗区,展会\n"
        "腾讯科技(深圳)有限公司,0755-86013388,李娜,互联网,深圳市南山区,老客户介绍\n",
    )
    report = run(app, customers)
    assert report.mapped["联系电话"] == "phone" and report.unmapped == ["客户来源"]
    huawei, tencent = rows(app, Customer)
    assert (huawei.phone, huawei.owner_id, huawei.industry, huawei.address) == (
        "0755-28780808",
        zhang.id,
        "通信",
        "深圳市龙岗区",
    )
    assert tencent.extra == {"客户来源": "老客户介绍", "负责人": "李娜"}
    with_contact = write(
        tmp_path, "联系人.csv", "客户名称,联系人,联系电话\n华为技术有限公司,王芳,138 0013 8000\n"
    )
    assert run(app, with_contact).merged[0][3] == "same name"
    assert [(c.name, c.phone) for c in rows(app, Contact)] == [("王芳", "138 0013 8000")]

    deals = write(
        tmp_path,
        "商机.csv",
        "商机名称,客户名称,商机阶段,金额,预计成交日期,负责人\n"
        '华为云扩容,华为技术有限公司,方案报价,"¥1,200,000",2024-06-30,张伟\n'
        "腾讯会议采购,腾讯科技(深圳)有限公司,赢单,12万,2024/5/1,张伟\n",
    )
    assert run(app, deals, default_currency="CNY").imported == 2
    cloud, meeting = rows(app, Deal)
    assert (cloud.stage, cloud.amount, cloud.currency, cloud.owner_id) == (
        "proposal",
        Decimal("1200000.00"),
        "CNY",
        zhang.id,
    )
    assert (meeting.stage, meeting.amount, meeting.expected_close) == (
        "won",
        Decimal("120000.00"),
        date(2024, 5, 1),
    )

    follow_ups = write(
        tmp_path,
        "跟进记录.csv",
        "客户名称,跟进时间,跟进方式,跟进内容,跟进人,联系人\n"
        "华为技术有限公司,2024-03-01 14:00,拜访,现场演示，客户满意,张伟,王芳\n"
        "腾讯科技(深圳)有限公司,2024年3月2日,电话,确认报价,张伟,\n",
    )
    assert run(app, follow_ups).kind == "activities"
    visit, call = rows(app, Activity)
    assert (visit.kind, visit.summary, visit.author_id, visit.customer_id) == (
        "visit",
        "现场演示，客户满意",
        zhang.id,
        huawei.id,
    )
    assert visit.contact_id == rows(app, Contact)[0].id
    assert visit.occurred_at.isoformat() == "2024-03-01T14:00:00+00:00"
    assert (call.kind, call.occurred_at.date()) == ("call", date(2024, 3, 2))
    assert run(app, follow_ups).imported == 0 and len(rows(app, Activity)) == 2


OPPORTUNITIES = """opportunity_id,sales_agent,product,account,deal_stage,engage_date,close_date,close_value
1C1I7A6R,Moses Frase,GTX Plus Basic,Cancity,Won,2016-10-20,2017-03-01,1054
Z063OYW0,Darcel Schlecht,GTXPro,Isdom,Won,2016-10-25,2017-03-11,4514
MV1LWRNH,Moses Frase,GTX Basic,Codehow,Engaging,2016-10-25,,
PE84CX4O,Zane Levy,GTX Basic,,Prospecting,,,
ZNBS69V1,Anna Snelling,MG Special,Ron-tech,Lost,2016-10-29,2017-03-18,0
HAXMC4IX,Moses Frase,GTX Basic,Cancity,Parked,2016-11-02,,
"""


def test_opportunities_dataset_stages_and_stage_overrides(app, add_user, tmp_path: Path) -> None:
    moses = add_user("Moses Frase")
    path = write(tmp_path, "sales_pipeline.csv", OPPORTUNITIES)
    report = run(app, path)
    assert (report.rows, report.imported) == (6, 4)
    assert report.skipped == [
        (5, "deal 'GTX Basic': no customer named"),
        (7, "deal 'GTX Basic': stage 'Parked' unknown (map it: --stage \"Parked=<our stage>\")"),
    ]
    won, _, engaging, lost = rows(app, Deal)
    assert (won.title, won.stage, won.amount, won.owner_id, won.expected_close) == (
        "GTX Plus Basic",
        "won",
        Decimal("1054.00"),
        moses.id,
        date(2017, 3, 1),
    )
    assert won.created_at.date() == date(2016, 10, 20) and won.closed_at.date() == date(2017, 3, 1)
    assert (engaging.stage, engaging.amount) == ("qualified", None)
    assert (lost.stage, lost.amount, lost.extra) == (
        "lost",
        Decimal("0.00"),
        {"sales_agent": "Anna Snelling"},
    )
    again = run(app, path, stage_overrides={"Parked": "lead"})
    assert (again.imported, len(again.merged), len(again.skipped)) == (1, 4, 1)
    assert rows(app, Deal)[-1].stage == "lead"


def test_distinct_companies_are_never_merged_and_exact_names_are_found(app, tmp_path: Path) -> None:
    names = [
        "Williams Inc",
        "Williams LLC",
        "da Mata",
        "da Mata Ltda.",
        "Acme Corp",
        "ACME Corporation",
        "Müller GmbH",
        "Müller AG",
    ]
    path = write(tmp_path, "companies.csv", "Company,Phone\n" + "".join(f"{n},\n" for n in names))
    report = run(app, path)
    assert report.rows == 8 and len(report.skipped) == 0
    assert report.merged == [(7, "ACME Corporation", "Acme Corp", "same name as line 6")]
    assert {line for line, *_ in report.possible_duplicates} == {3, 5, 9}
    assert report.imported + report.flagged == 7
    org_id = app.org().id
    with app.db.transaction() as session:
        for name in ("Williams LLC", "da Mata Ltda.", "Müller AG", "Williams Inc"):
            assert app.search.search(session, org_id, name)[0].name == name


def test_map_overrides_unmapped_columns_and_dry_run(app, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "leads.csv",
        "Firm title,Main line,Segment,Favourite colour\nUmbrella Corp,+1 555 0199,Pharma,green\n",
    )
    with pytest.raises(MappingError, match="no column 'Nope'"):
        run(app, path, overrides=parse_overrides(["Nope=name"]))
    with pytest.raises(MappingError, match="no field 'colour'"):
        run(app, path, overrides=parse_overrides(["Firm title=name", "Segment=colour"]))
    overrides = parse_overrides(["Firm title=name", "Main line=phone", "Segment=industry"])
    preview = run(app, path, overrides=overrides, dry_run=True)
    assert preview.dry_run and preview.imported == 1 and preview.unmapped == ["Favourite colour"]
    assert rows(app, Customer) == []
    run(app, path, overrides=overrides)
    umbrella = rows(app, Customer)[0]
    assert (umbrella.name, umbrella.phone, umbrella.industry, umbrella.extra) == (
        "Umbrella Corp",
        "+1 555 0199",
        "Pharma",
        {"Favourite colour": "green"},
    )
