"""A generated enterprise schema of 100+ tables (padded with distractor tables up to 1,000) for the
retrieval tests and benchmark. Each line: `table | comment | column:type ... | fk_column>ref_table ...`."""
from __future__ import annotations

from services.nl_to_sql.schema import Column, ForeignKey, Schema, Table

DOMAINS = """
regions | Sales regions of the company | name:text code:text |
countries | Countries we operate in | name:text iso_code:text region_id:int | region_id>regions
offices | Office locations | name:text city:text country_id:int opened_on:date | country_id>countries
departments | Organisational departments | name:text budget:numeric office_id:int | office_id>offices
job_titles | Job titles and grades | title:text grade:int |
employees | Staff members | first_name:text last_name:text email:text hire_date:date department_id:int job_title_id:int manager_id:int | department_id>departments job_title_id>job_titles manager_id>employees
salaries | Salary history of employees | employee_id:int amount:numeric valid_from:date | employee_id>employees
payroll_runs | Monthly payroll runs | period:date status:text |
payslips | Payslip per employee per payroll run | payroll_run_id:int employee_id:int gross_pay:numeric net_pay:numeric | payroll_run_id>payroll_runs employee_id>employees
leave_requests | Vacation and sick leave requests | employee_id:int starts_on:date ends_on:date leave_type:text approved:bool | employee_id>employees
trainings | Training courses offered to staff | name:text hours:int |
training_enrollments | Employees enrolled in trainings | employee_id:int training_id:int completed_on:date | employee_id>employees training_id>trainings
performance_reviews | Yearly performance reviews | employee_id:int reviewer_id:int score:int review_date:date | employee_id>employees reviewer_id>employees
customers | Companies and people who buy from us | name:text email:text country_id:int segment:text created_at:date | country_id>countries
customer_contacts | Contact persons at customer companies | customer_id:int full_name:text phone:text | customer_id>customers
customer_addresses | Billing and shipping addresses of customers | customer_id:int street:text city:text postal_code:text | customer_id>customers
product_categories | Categories of the product catalogue | name:text parent_id:int | parent_id>product_categories
brands | Product brands | name:text |
products | Products we sell | name:text sku:text category_id:int brand_id:int list_price:numeric launched_on:date | category_id>product_categories brand_id>brands
product_prices | Price list history | product_id:int price:numeric valid_from:date | product_id>products
product_reviews | Ratings and reviews written by customers | product_id:int customer_id:int rating:int body:text | product_id>products customer_id>customers
sales_orders | Orders placed by customers | customer_id:int employee_id:int order_date:date status:text | customer_id>customers employee_id>employees
order_lines | Line items of sales orders with quantity and price | sales_order_id:int product_id:int quantity:int unit_price:numeric | sales_order_id>sales_orders product_id>products
discounts | Discount codes | code:text percent:numeric |
order_discounts | Discounts applied to sales orders | sales_order_id:int discount_id:int | sales_order_id>sales_orders discount_id>discounts
quotes | Price quotes sent to prospects | customer_id:int total:numeric sent_on:date | customer_id>customers
contracts | Signed customer contracts | customer_id:int starts_on:date ends_on:date value:numeric | customer_id>customers
invoices | Invoices issued to customers | customer_id:int sales_order_id:int amount:numeric issued_on:date due_on:date | customer_id>customers sales_order_id>sales_orders
invoice_lines | Lines of an invoice | invoice_id:int description:text amount:numeric | invoice_id>invoices
payments | Payments received from customers for invoices | invoice_id:int amount:numeric paid_on:date method:text | invoice_id>invoices
refunds | Money returned to customers | payment_id:int amount:numeric reason:text | payment_id>payments
credit_notes | Credit notes issued against invoices | invoice_id:int amount:numeric | invoice_id>invoices
currencies | Currencies | code:text name:text |
exchange_rates | Daily currency exchange rates | currency_id:int rate:numeric day:date | currency_id>currencies
ledger_accounts | Chart of accounts of the general ledger | number:text name:text |
journal_entries | General ledger journal entries | entry_date:date memo:text |
journal_lines | Debit and credit lines of journal entries | journal_entry_id:int ledger_account_id:int debit:numeric credit:numeric | journal_entry_id>journal_entries ledger_account_id>ledger_accounts
budgets | Yearly budgets per department | department_id:int year:int amount:numeric | department_id>departments
expenses | Employee expense claims | employee_id:int amount:numeric category:text spent_on:date | employee_id>employees
tax_rates | Sales tax rates per country | country_id:int rate:numeric | country_id>countries
suppliers | Vendors we buy goods from | name:text country_id:int rating:int | country_id>countries
supplier_contacts | Contact persons at suppliers | supplier_id:int full_name:text email:text | supplier_id>suppliers
purchase_orders | Orders we place with suppliers | supplier_id:int ordered_on:date status:text | supplier_id>suppliers
purchase_order_lines | Lines of purchase orders | purchase_order_id:int product_id:int quantity:int cost:numeric | purchase_order_id>purchase_orders product_id>products
supplier_invoices | Bills received from suppliers | supplier_id:int purchase_order_id:int amount:numeric | supplier_id>suppliers purchase_order_id>purchase_orders
warehouses | Warehouses storing stock | name:text city:text capacity:int |
inventory_levels | Stock on hand per product per warehouse | warehouse_id:int product_id:int quantity_on_hand:int reorder_point:int | warehouse_id>warehouses product_id>products
stock_movements | Stock moved in or out of warehouses | warehouse_id:int product_id:int quantity:int moved_at:timestamp | warehouse_id>warehouses product_id>products
stock_counts | Physical inventory counts | warehouse_id:int counted_on:date | warehouse_id>warehouses
carriers | Shipping carriers and couriers | name:text |
shipments | Deliveries of sales orders to customers | sales_order_id:int carrier_id:int shipped_on:date delivered_on:date delayed:bool | sales_order_id>sales_orders carrier_id>carriers
shipment_items | Items inside a shipment | shipment_id:int product_id:int quantity:int | shipment_id>shipments product_id>products
returns | Products returned by customers | sales_order_id:int product_id:int reason:text returned_on:date | sales_order_id>sales_orders product_id>products
routes | Delivery routes | name:text distance_km:numeric |
vehicles | Delivery vehicles of the fleet | plate:text capacity_kg:int |
drivers | Truck drivers | full_name:text license_no:text vehicle_id:int | vehicle_id>vehicles
deliveries_routes | Which route a shipment took | shipment_id:int route_id:int | shipment_id>shipments route_id>routes
support_agents | Customer support agents | employee_id:int team:text | employee_id>employees
support_tickets | Customer support tickets and complaints | customer_id:int support_agent_id:int opened_at:timestamp resolved_at:timestamp priority:text | customer_id>customers support_agent_id>support_agents
ticket_messages | Messages exchanged on a support ticket | support_ticket_id:int body:text sent_at:timestamp | support_ticket_id>support_tickets
satisfaction_surveys | Customer satisfaction survey answers | support_ticket_id:int score:int | support_ticket_id>support_tickets
knowledge_articles | Help centre articles | title:text body:text |
sla_policies | Service level agreements | name:text response_hours:int |
marketing_channels | Marketing channels such as email, search, social | name:text |
campaigns | Marketing campaigns | name:text marketing_channel_id:int starts_on:date budget:numeric | marketing_channel_id>marketing_channels
campaign_clicks | Clicks on campaign ads | campaign_id:int clicked_at:timestamp | campaign_id>campaigns
leads | Sales leads from campaigns | campaign_id:int email:text created_at:date converted:bool | campaign_id>campaigns
newsletter_subscribers | Email newsletter subscribers | email:text subscribed_on:date |
web_sessions | Website visits | visitor_id:text started_at:timestamp pages:int |
page_views | Pages viewed during web sessions | web_session_id:int url:text | web_session_id>web_sessions
projects | Internal projects | name:text department_id:int starts_on:date | department_id>departments
project_members | Employees assigned to projects | project_id:int employee_id:int role:text | project_id>projects employee_id>employees
timesheets | Hours worked per employee per project | project_id:int employee_id:int day:date hours:numeric | project_id>projects employee_id>employees
tasks | Project tasks | project_id:int title:text due_on:date done:bool | project_id>projects
meetings | Scheduled meetings | title:text starts_at:timestamp |
meeting_attendees | Who attends a meeting | meeting_id:int employee_id:int | meeting_id>meetings employee_id>employees
assets | Company equipment such as laptops | name:text serial:text purchased_on:date cost:numeric |
asset_assignments | Which employee holds which asset | asset_id:int employee_id:int assigned_on:date | asset_id>assets employee_id>employees
maintenance_jobs | Repairs and maintenance of assets | asset_id:int done_on:date cost:numeric | asset_id>assets
it_incidents | IT incidents and outages | title:text severity:text opened_at:timestamp |
software_licenses | Software licenses owned | product:text seats:int expires_on:date |
audit_logs | Audit trail of user actions | actor:text action:text at:timestamp |
users | Application login accounts | username:text employee_id:int last_login:timestamp | employee_id>employees
roles | Application roles | name:text |
user_roles | Roles granted to users | user_id:int role_id:int | user_id>users role_id>roles
api_keys | API keys issued to users | user_id:int created_at:timestamp | user_id>users
notifications | Notifications sent to users | user_id:int body:text sent_at:timestamp | user_id>users
documents | Uploaded documents | title:text uploaded_at:timestamp |
document_tags | Tags on documents | document_id:int tag:text | document_id>documents
stores | Retail stores | name:text city:text country_id:int | country_id>countries
store_visits | Footfall counts per store per day | store_id:int day:date visitors:int | store_id>stores
pos_transactions | Point of sale transactions in stores | store_id:int amount:numeric at:timestamp | store_id>stores
loyalty_members | Members of the loyalty programme | customer_id:int tier:text points:int | customer_id>customers
loyalty_transactions | Points earned and redeemed | loyalty_member_id:int points:int at:timestamp | loyalty_member_id>loyalty_members
gift_cards | Gift cards sold | code:text balance:numeric |
subscriptions | Recurring customer subscriptions | customer_id:int plan_id:int started_on:date cancelled_on:date | customer_id>customers plan_id>plans
plans | Subscription plans and their monthly fee | name:text monthly_fee:numeric |
usage_records | Metered usage per subscription | subscription_id:int quantity:numeric day:date | subscription_id>subscriptions
churn_predictions | Predicted churn risk per customer | customer_id:int risk:numeric | customer_id>customers
forecasts | Sales forecasts per product and month | product_id:int month:date quantity:int | product_id>products
quality_inspections | Quality checks of received goods | purchase_order_id:int passed:bool | purchase_order_id>purchase_orders
manufacturing_orders | Production orders | product_id:int quantity:int due_on:date | product_id>products
bill_of_materials | Components needed to build a product | product_id:int component_id:int quantity:int | product_id>products component_id>products
machines | Factory machines | name:text |
machine_downtime | Machine outages | machine_id:int minutes:int day:date | machine_id>machines
energy_readings | Energy consumption readings | machine_id:int kwh:numeric at:timestamp | machine_id>machines
facilities | Buildings and sites | name:text office_id:int | office_id>offices
rooms | Meeting rooms | facility_id:int name:text seats:int | facility_id>facilities
room_bookings | Room reservations | room_id:int employee_id:int starts_at:timestamp | room_id>rooms employee_id>employees
visitors | Guests visiting offices | full_name:text office_id:int visited_on:date | office_id>offices
insurance_policies | Company insurance policies | provider:text premium:numeric |
legal_cases | Lawsuits and legal cases | title:text opened_on:date |
holidays | Public holidays per country | country_id:int day:date name:text | country_id>countries
"""

# (question, tables a correct query needs)
QUESTIONS = [
    ("How many employees work in each department?", {"employees", "departments"}),
    ("Total invoice amount per customer", {"invoices", "customers"}),
    ("Which suppliers have the most purchase orders?", {"suppliers", "purchase_orders"}),
    ("Average support ticket resolution time per support agent", {"support_tickets", "support_agents"}),
    ("Products whose stock on hand is below the reorder point per warehouse",
     {"inventory_levels", "products", "warehouses"}),
    ("Number of campaign clicks by marketing channel", {"campaign_clicks", "campaigns", "marketing_channels"}),
    ("How many shipments were delayed per carrier?", {"shipments", "carriers"}),
    ("Total net pay of payslips per department", {"payslips", "employees", "departments"}),
    ("Revenue per product category from order lines", {"order_lines", "products", "product_categories"}),
    ("Average product review rating per brand", {"product_reviews", "products", "brands"}),
    ("Hours worked on each project last month", {"timesheets", "projects"}),
    ("Which customers paid their invoices late?", {"payments", "invoices", "customers"}),
    ("Leave requests approved per employee", {"leave_requests", "employees"}),
    ("Visitors per store per day", {"store_visits", "stores"}),
    ("Loyalty points earned by tier", {"loyalty_transactions", "loyalty_members"}),
    ("Monthly subscription revenue per plan", {"subscriptions", "plans"}),
    ("Machine downtime minutes per machine", {"machine_downtime", "machines"}),
    ("Which employees completed the most trainings?", {"training_enrollments", "employees", "trainings"}),
    ("Expense claims total per department", {"expenses", "employees", "departments"}),
    ("Sales orders per country of the customer", {"sales_orders", "customers", "countries"}),
    ("Returned products by return reason", {"returns", "products"}),
    ("Customer satisfaction score per support agent", {"satisfaction_surveys", "support_tickets", "support_agents"}),
    ("Leads converted per campaign", {"leads", "campaigns"}),
    ("Employees per office city", {"employees", "departments", "offices"}),
]


def _table(line: str) -> Table:
    name, comment, cols, fks = [part.strip() for part in line.split("|")]
    columns = [Column("id", "integer", False)]
    for spec in cols.split():
        cname, ctype = spec.split(":")
        columns.append(Column(cname, {"int": "integer", "bool": "boolean", "timestamp": "timestamp with time zone"}
                              .get(ctype, ctype)))
    foreign = []
    for spec in fks.split():
        col, ref = spec.split(">")
        foreign.append(ForeignKey((col,), "public", ref, ("id",)))
    return Table("public", name, tuple(columns), comment=comment, primary_key=("id",),
                 foreign_keys=tuple(foreign))


_NOUNS = """sensor vendor audit claim policy batch shift route badge locker permit quota ledger voucher
coupon parcel pallet crate tariff license device firmware patch release build deployment cluster node
volume snapshot backup alert metric dashboard widget report export import feed channel topic segment
cohort experiment variant survey question answer poll vote comment thread post like share follower
badge reward tier level mission quest season episode asset clip track album artist venue ticket seat
""".split()
_FIELDS = "code label status kind note amount score weight size rank started_at ended_at owner_name".split()


def _distractor(number: int, prefix: str) -> Table:
    a, b = _NOUNS[number % len(_NOUNS)], _NOUNS[(number * 7 + 3) % len(_NOUNS)]
    name = f"{prefix}{a}_{b}s_{number:03d}"
    columns = [Column("id", "integer", False)] + [
        Column(_FIELDS[(number + k) % len(_FIELDS)], "text" if k % 2 else "numeric") for k in range(4)]
    return Table("public", name, tuple(columns), comment=f"{a.title()} {b} records", primary_key=("id",))


def enterprise_schema(database_id: str = "enterprise", tables: int = 0) -> Schema:
    """The ~110 business tables; with `tables` above that, padded with distinct distractor tables
    (their own names, columns and comments) up to that many, for the 1,000-table benchmark."""
    schema = Schema(database_id)
    for line in (line for line in DOMAINS.strip().splitlines() if line.strip()):
        table = _table(line)
        schema.tables[table.key] = table
    number = 0
    while len(schema.tables) < tables:
        table = _distractor(number, "")
        schema.tables[table.key] = table
        number += 1
    return schema


def padded(schema: Schema, tables: int = 1000, *, near: bool = False) -> Schema:
    """`schema` inside a bigger database: the same tables, then distractor tables of other topics up
    to `tables` in all. With `near`, the enterprise tables whose names it does not use come first:
    other employees-, orders- and invoice-like tables, so a question may fit either."""
    out = Schema(schema.database_id, dict(schema.tables), schema.dialect)
    taken = {key.lower() for key in out.tables}
    if near:
        for key, table in enterprise_schema().tables.items():
            if key.lower() not in taken:
                out.tables[key] = table
    number = 0
    while len(out.tables) < tables:
        table = _distractor(number, "")
        if table.key.lower() not in taken:
            out.tables[table.key] = table
        number += 1
    return out


_DECOYS = """active inactive pending open closed archived draft approved rejected new done failed
small medium large red green blue north south east west alpha beta gamma delta basic premium
standard express internal external primary secondary manual automatic daily weekly monthly yearly
low high critical minor major public private online offline mobile desktop partner reseller""".split()


def decoy_values(schema: Schema) -> dict[str, dict[str, list[str]]]:
    """Sampled values for the distractor tables `padded` adds (table -> column -> values): the
    statuses, sizes, colours and channels real tables hold, so a value the question mentions
    competes with decoys the way it would in a real database."""
    out: dict[str, dict[str, list[str]]] = {}
    for n, (key, table) in enumerate(sorted(schema.tables.items())):
        columns = {}
        for k, column in enumerate(c for c in table.columns if c.type == "text"):
            start = (n * 5 + k * 11) % len(_DECOYS)
            columns[column.name] = [_DECOYS[(start + i * 3) % len(_DECOYS)] for i in range(4 + (n + k) % 5)]
        if columns:
            out[key] = columns
    return out
