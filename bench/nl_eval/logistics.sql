-- Logistics (development-only probe schema), modelled on public text-to-SQL benchmark databases.
-- A parcel-delivery cluster in the non-public schema `ship`: warehouses (city, country, capacity in parcels,
-- opened_on), carriers (is_express, hq_country, founded_year), customers (customer_type 'business' or 'individual',
-- email or NULL, city, country, registered_on), drivers (carrier_id, home_warehouse_id, supervisor_id referencing
-- drivers, NULL for a team lead, hired_on, vehicle_type truck / van / cargo bike), routes (directed line-haul lanes
-- from an origin to a destination warehouse run by a carrier, distance_km, transit_hours), shipments (sender_id and
-- recipient_id both reference customers, origin_warehouse_id and destination_warehouse_id both reference warehouses;
-- carrier, driver or NULL, weight_kg, declared_value in euros or NULL, package_type envelope / parcel / pallet,
-- created_at, delivered_at NULL while not delivered), tracking_events (status picked_up / in_transit /
-- out_for_delivery / delivered / exception, event_time, warehouse_id NULL on the road or at the door, details on
-- exceptions) and invoices (at most one per shipment, amount in euros billed to the sender, issued_on, paid,
-- paid_on NULL while unpaid). Primary keys on all eight tables; foreign keys declared everywhere except
-- drivers.home_warehouse_id and tracking_events.warehouse_id (both -> warehouses.warehouse_id).
-- 13 warehouses in 8 countries: the Netherlands has the most (3: Rotterdam Hub, Amsterdam North, Venlo Logistics
-- Park), France, Germany and Spain two each; Rotterdam Hub is the biggest (42000), Vienna Danube the smallest
-- (12000), Paris Nord the oldest (2011-01-20), Barcelona Zona Franca the newest (2023-04-17) and the only one with
-- no driver based there; Venlo Logistics Park has no shipment at all; Vienna Danube, Barcelona Zona Franca and
-- Venlo Logistics Park never sent a shipment out. 8 carriers, 4 express (SwiftPost, BlueLine Express, Alpine
-- Couriers, RapidRoute); EuroFreight is the oldest (1998); RapidRoute carried nothing; NordParcel and RapidRoute run
-- no route. 20 customers (9 business, 11 individual); Casa Olivera, Lukas Steiner and Giulia Romano have no email;
-- Nordic Outdoor AB and Anna Fischer never sent nor received anything; Anna Fischer registered last (2024-09-01);
-- Maison Lefèvre, Jan Kowalski, Claire Dubois, Hanse Textil GmbH, Antwerp Diamonds BV and Milano Moda Srl both sent
-- and received. 16 drivers, 8 of them team leads (no supervisor); Klaus Weber is the longest-serving (2012-09-17)
-- and supervises the most (3: Jonas Hoffmann, Mia Schulz, Felix Braun); Elena Costa was hired before her
-- supervisor Stefan Gruber; Pieter Janssen, Javier Ruiz, Marco Bianchi and Felix Braun have no shipment; Piotr
-- Zieliński handled the most (5, all delivered). 15 routes: PAR-MAD is the longest (1270 km), AMS-RTM the shortest
-- (78 km); BlueLine Express runs the most (4); Rotterdam Hub has the most outgoing routes (3), Lyon Central the most
-- incoming (3); Lyon Central, Vienna Danube and Barcelona Zona Franca have no outgoing route.
-- 35 shipments created 2023-01-16 .. 2025-09-22 (9 in 2023, 15 in 2024, 11 in 2025); 5 not delivered (PX52264,
-- PX52401, PX52679, PX52815, PX52950); 5 without a driver (PX49344, PX50309, PX52401, PX52679, PX52950); 3 without
-- a declared value (PX49344, PX50723, PX51985); PX49061 (pallet, 420.00 kg) is the heaviest, then PX50869 (180.00),
-- PX52120 (0.30 kg) the lightest; PX48935 (12500.00) is the most valuable, then PX49061 (9800.00) and PX50034
-- (8400.00); PX49752 starts and ends at Hamburg Elbe; 29 shipments cross a border. BlueLine Express carried the most
-- (8), then EuroFreight (7); Van der Berg Electronics sent the most (9) and received none; Emma de Vries received the
-- most (5); Rotterdam Hub sends out the most (9), Hamburg Elbe receives the most (6). PX49344 took the longest to
-- deliver (175.75 hours); PX48641 and PX50034 arrived within a day; SwiftPost is the fastest carrier on average.
-- 41 tracking events, kept only for the 11 shipments created in 2025 (the 24 older shipments have none); 4
-- shipments had an exception (PX51703, PX51985, PX52264, PX52401), and PX52264 and PX52401 are still stuck in one;
-- 8 events have no warehouse; Rotterdam Hub logged the most events (6). 33 invoices (PX52401 and PX52950 have
-- none), 1396.70 in all, 6 unpaid (154.59); EuroFreight earned the most (687.09); Van der Berg Electronics was
-- invoiced the most (669.85), then Hanse Textil GmbH (244.78) and Antwerp Diamonds BV (164.24), and owes the most
-- (92.02); invoice 1007 (386.20) is the largest; the invoices of PX48502 and PX49344 were paid before delivery.
-- A phone-shop cluster in the public schema, like device (no declared keys, quoted mixed-case columns; stock."Shop_ID"
-- = shop."Shop_ID", stock."Device_ID" = device."Device_ID"; device."Carrier" is a mobile network, not a shipping
-- carrier): 12 devices (8 Android, 3 iOS, 1 HarmonyOS); iPhone 15 Pro (1199) is the most expensive; Fairphone 5 has
-- no Carrier; OnePlus 11 is stocked nowhere; Galaxy S23 is in the most shops (4) with the most units (55). 10 shops;
-- Handy Haus is the oldest (2010); Amsterdam has two (Phone Corner, Mobile Zone); Pocket Tech has no stock;
-- MobileWorld has the most units (41).
-- An employee cluster in the public schema, like employee_hire_evaluation (declared keys): 5 departments, 12
-- employees, 14 evaluations (one bonus per employee and year_awarded); Operations has the most employees (4) and the
-- highest bonus total; Marketing has nobody; Lotte Peeters has no department; Eva Novak is the youngest (26); Daniel
-- Schmidt is the oldest (52), was evaluated most often (3) and got the biggest bonus (6200 in 2024); Eva Novak,
-- Karin Visser and Lotte Peeters were never evaluated. Values asked about in orderings have no ties.
CREATE SCHEMA ship;
CREATE TABLE ship.warehouses (warehouse_id integer PRIMARY KEY, warehouse_name text NOT NULL, city text NOT NULL,
                              country text NOT NULL, capacity integer NOT NULL, opened_on date NOT NULL);
CREATE TABLE ship.carriers (carrier_id integer PRIMARY KEY, carrier_name text NOT NULL, is_express boolean NOT NULL,
                            hq_country text NOT NULL, founded_year integer NOT NULL);
CREATE TABLE ship.customers (customer_id integer PRIMARY KEY, customer_name text NOT NULL, customer_type text NOT NULL,
                             email text, city text NOT NULL, country text NOT NULL, registered_on date NOT NULL);
CREATE TABLE ship.drivers (driver_id integer PRIMARY KEY, driver_name text NOT NULL,
                           carrier_id integer NOT NULL REFERENCES ship.carriers, home_warehouse_id integer NOT NULL,
                           supervisor_id integer REFERENCES ship.drivers, hired_on date NOT NULL,
                           vehicle_type text NOT NULL);
CREATE TABLE ship.routes (route_id integer PRIMARY KEY, route_code text NOT NULL,
                          origin_warehouse_id integer NOT NULL REFERENCES ship.warehouses,
                          destination_warehouse_id integer NOT NULL REFERENCES ship.warehouses,
                          carrier_id integer NOT NULL REFERENCES ship.carriers, distance_km integer NOT NULL,
                          transit_hours numeric(4,1) NOT NULL);
CREATE TABLE ship.shipments (shipment_id integer PRIMARY KEY, tracking_number text NOT NULL UNIQUE,
                             sender_id integer NOT NULL REFERENCES ship.customers,
                             recipient_id integer NOT NULL REFERENCES ship.customers,
                             origin_warehouse_id integer NOT NULL REFERENCES ship.warehouses,
                             destination_warehouse_id integer NOT NULL REFERENCES ship.warehouses,
                             carrier_id integer NOT NULL REFERENCES ship.carriers,
                             driver_id integer REFERENCES ship.drivers, weight_kg numeric(7,2) NOT NULL,
                             declared_value numeric(10,2), package_type text NOT NULL, created_at timestamp NOT NULL,
                             delivered_at timestamp);
CREATE TABLE ship.tracking_events (event_id integer PRIMARY KEY,
                                   shipment_id integer NOT NULL REFERENCES ship.shipments, status text NOT NULL,
                                   event_time timestamp NOT NULL, warehouse_id integer, details text);
CREATE TABLE ship.invoices (invoice_id integer PRIMARY KEY,
                            shipment_id integer NOT NULL UNIQUE REFERENCES ship.shipments,
                            amount numeric(8,2) NOT NULL, issued_on date NOT NULL, paid boolean NOT NULL, paid_on date);
COMMENT ON COLUMN ship.warehouses.capacity IS 'storage capacity in parcels';
COMMENT ON COLUMN ship.carriers.is_express IS 'true when the carrier offers express (next-day) service';
COMMENT ON COLUMN ship.customers.customer_type IS 'business or individual';
COMMENT ON COLUMN ship.drivers.home_warehouse_id IS 'warehouses.warehouse_id of the warehouse the driver is based at';
COMMENT ON COLUMN ship.drivers.supervisor_id IS 'the driver who supervises this driver, NULL for a team lead';
COMMENT ON COLUMN ship.drivers.vehicle_type IS 'truck, van or cargo bike';
COMMENT ON COLUMN ship.routes.transit_hours IS 'scheduled line-haul time in hours';
COMMENT ON COLUMN ship.shipments.sender_id IS 'customers.customer_id of the customer who sends (and pays for) the shipment';
COMMENT ON COLUMN ship.shipments.recipient_id IS 'customers.customer_id of the customer who receives the shipment';
COMMENT ON COLUMN ship.shipments.driver_id IS 'driver assigned to the shipment, NULL when none is assigned';
COMMENT ON COLUMN ship.shipments.declared_value IS 'declared value of the contents in euros, NULL when not declared';
COMMENT ON COLUMN ship.shipments.package_type IS 'envelope, parcel or pallet';
COMMENT ON COLUMN ship.shipments.delivered_at IS 'NULL while the shipment is not delivered';
COMMENT ON COLUMN ship.tracking_events.status IS 'picked_up, in_transit, out_for_delivery, delivered or exception';
COMMENT ON COLUMN ship.tracking_events.warehouse_id IS 'warehouses.warehouse_id where the scan happened, NULL on the road or at the door';
COMMENT ON COLUMN ship.tracking_events.details IS 'free-text note, set on exceptions';
COMMENT ON COLUMN ship.invoices.amount IS 'invoiced amount in euros, billed to the sender';
COMMENT ON COLUMN ship.invoices.paid_on IS 'NULL while unpaid';

INSERT INTO ship.warehouses VALUES
  (1, 'Rotterdam Hub', 'Rotterdam', 'Netherlands', 42000, '2012-04-01'),
  (2, 'Amsterdam North', 'Amsterdam', 'Netherlands', 18000, '2016-09-15'),
  (3, 'Antwerp Port', 'Antwerp', 'Belgium', 30000, '2014-03-10'),
  (4, 'Lyon Central', 'Lyon', 'France', 22000, '2015-06-01'),
  (5, 'Paris Nord', 'Paris', 'France', 36000, '2011-01-20'),
  (6, 'Hamburg Elbe', 'Hamburg', 'Germany', 40000, '2013-05-12'),
  (7, 'Munich South', 'Munich', 'Germany', 16000, '2018-10-01'),
  (8, 'Milan Linate', 'Milan', 'Italy', 20000, '2017-02-14'),
  (9, 'Madrid Coslada', 'Madrid', 'Spain', 26000, '2019-07-08'),
  (10, 'Warsaw East', 'Warsaw', 'Poland', 14000, '2021-03-22'),
  (11, 'Vienna Danube', 'Vienna', 'Austria', 12000, '2022-11-05'),
  (12, 'Barcelona Zona Franca', 'Barcelona', 'Spain', 15000, '2023-04-17'),
  (13, 'Venlo Logistics Park', 'Venlo', 'Netherlands', 28000, '2020-01-13');

INSERT INTO ship.carriers VALUES
  (1, 'SwiftPost', true, 'Netherlands', 2005),
  (2, 'EuroFreight', false, 'Germany', 1998),
  (3, 'BlueLine Express', true, 'France', 2010),
  (4, 'Iberia Cargo', false, 'Spain', 2001),
  (5, 'Alpine Couriers', true, 'Austria', 2014),
  (6, 'NordParcel', false, 'Denmark', 2008),
  (7, 'Vistula Logistics', false, 'Poland', 2012),
  (8, 'RapidRoute', true, 'Italy', 2019);

INSERT INTO ship.customers VALUES
  (1, 'Tulip Garden Supplies', 'business', 'orders@tulipgarden.nl', 'Amsterdam', 'Netherlands', '2021-02-10'),
  (2, 'Van der Berg Electronics', 'business', 'sales@vdberg-electronics.nl', 'Rotterdam', 'Netherlands', '2020-11-03'),
  (3, 'Maison Lefèvre', 'business', 'contact@maisonlefevre.fr', 'Paris', 'France', '2021-06-21'),
  (4, 'Brauhaus Müller', 'business', 'info@brauhaus-mueller.de', 'Munich', 'Germany', '2022-01-15'),
  (5, 'Casa Olivera', 'business', NULL, 'Madrid', 'Spain', '2022-05-09'),
  (6, 'Sofia Marino', 'individual', 'sofia.marino@mail.it', 'Milan', 'Italy', '2023-03-02'),
  (7, 'Jan Kowalski', 'individual', 'jan.kowalski@poczta.pl', 'Warsaw', 'Poland', '2022-09-30'),
  (8, 'Emma de Vries', 'individual', 'emma.devries@mail.nl', 'Utrecht', 'Netherlands', '2023-01-18'),
  (9, 'Lukas Steiner', 'individual', NULL, 'Vienna', 'Austria', '2023-07-07'),
  (10, 'Claire Dubois', 'individual', 'claire.dubois@mail.fr', 'Lyon', 'France', '2022-12-12'),
  (11, 'Hanse Textil GmbH', 'business', 'versand@hansetextil.de', 'Hamburg', 'Germany', '2020-08-25'),
  (12, 'Antwerp Diamonds BV', 'business', 'logistics@antwerpdiamonds.be', 'Antwerp', 'Belgium', '2021-10-04'),
  (13, 'Marta Nowak', 'individual', 'marta.nowak@poczta.pl', 'Krakow', 'Poland', '2024-02-14'),
  (14, 'Pedro Alvarez', 'individual', 'pedro.alvarez@correo.es', 'Barcelona', 'Spain', '2023-11-20'),
  (15, 'Giulia Romano', 'individual', NULL, 'Rome', 'Italy', '2024-04-03'),
  (16, 'Thomas Becker', 'individual', 'thomas.becker@mail.de', 'Berlin', 'Germany', '2022-03-28'),
  (17, 'Nordic Outdoor AB', 'business', 'ship@nordicoutdoor.se', 'Stockholm', 'Sweden', '2024-06-11'),
  (18, 'Anna Fischer', 'individual', 'anna.fischer@mail.at', 'Graz', 'Austria', '2024-09-01'),
  (19, 'Lars Jensen', 'individual', 'lars.jensen@mail.dk', 'Copenhagen', 'Denmark', '2023-05-05'),
  (20, 'Milano Moda Srl', 'business', 'spedizioni@milanomoda.it', 'Milan', 'Italy', '2021-04-19');

INSERT INTO ship.drivers VALUES
  (1, 'Pieter Janssen', 1, 1, NULL, '2015-03-01', 'truck'),
  (2, 'Sanne Bakker', 1, 2, 1, '2019-06-10', 'van'),
  (3, 'Ruben Visser', 1, 13, 1, '2021-02-01', 'van'),
  (4, 'Klaus Weber', 2, 6, NULL, '2012-09-17', 'truck'),
  (5, 'Jonas Hoffmann', 2, 7, 4, '2018-04-23', 'truck'),
  (6, 'Mia Schulz', 2, 6, 4, '2022-08-08', 'van'),
  (7, 'Julien Moreau', 3, 5, NULL, '2016-11-14', 'van'),
  (8, 'Camille Laurent', 3, 4, 7, '2020-05-04', 'cargo bike'),
  (9, 'Javier Ruiz', 4, 9, NULL, '2017-01-09', 'truck'),
  (10, 'Lucía Fernández', 4, 9, 9, '2023-03-13', 'van'),
  (11, 'Stefan Gruber', 5, 11, NULL, '2019-10-21', 'van'),
  (12, 'Piotr Zieliński', 7, 10, NULL, '2018-07-02', 'truck'),
  (13, 'Marco Bianchi', 8, 8, NULL, '2024-01-15', 'van'),
  (14, 'Elena Costa', 5, 8, 11, '2018-09-06', 'cargo bike'),
  (15, 'Erik Nilsen', 6, 6, NULL, '2020-02-17', 'truck'),
  (16, 'Felix Braun', 2, 3, 4, '2023-06-19', 'van');

INSERT INTO ship.routes VALUES
  (1, 'RTM-HAM', 1, 6, 2, 480, 6.5),
  (2, 'RTM-PAR', 1, 5, 3, 440, 6.0),
  (3, 'AMS-RTM', 2, 1, 1, 78, 1.5),
  (4, 'ANR-LYS', 3, 4, 3, 850, 10.5),
  (5, 'PAR-LYS', 5, 4, 3, 465, 5.5),
  (6, 'HAM-MUC', 6, 7, 2, 780, 9.0),
  (7, 'MUC-VIE', 7, 11, 5, 435, 5.0),
  (8, 'MUC-MIL', 7, 8, 5, 490, 7.0),
  (9, 'MAD-BCN', 9, 12, 4, 620, 7.5),
  (10, 'PAR-MAD', 5, 9, 4, 1270, 15.0),
  (11, 'HAM-WAW', 6, 10, 7, 860, 10.0),
  (12, 'VNL-ANR', 13, 3, 1, 160, 2.5),
  (13, 'MIL-LYS', 8, 4, 3, 445, 6.0),
  (14, 'WAW-VIE', 10, 11, 7, 680, 8.5),
  (15, 'RTM-ANR', 1, 3, 1, 100, 2.0);

INSERT INTO ship.shipments VALUES
  (1, 'PX48213', 2, 3, 1, 5, 3, 7, 12.40, 1850.00, 'parcel', '2023-01-16 09:15', '2023-01-18 14:30'),
  (2, 'PX48377', 1, 16, 2, 6, 2, 6, 3.20, 85.00, 'parcel', '2023-02-14 11:02', '2023-02-17 10:45'),
  (3, 'PX48502', 11, 7, 6, 10, 7, 12, 8.75, 240.00, 'parcel', '2023-03-06 08:40', '2023-03-10 16:20'),
  (4, 'PX48641', 3, 10, 5, 4, 3, 8, 1.10, 320.00, 'envelope', '2023-04-24 13:30', '2023-04-25 11:05'),
  (5, 'PX48790', 4, 9, 7, 11, 5, 11, 18.00, 60.00, 'parcel', '2023-06-12 07:55', '2023-06-14 09:10'),
  (6, 'PX48935', 12, 8, 3, 2, 1, 2, 0.35, 12500.00, 'envelope', '2023-07-19 10:20', '2023-07-20 15:40'),
  (7, 'PX49061', 2, 11, 1, 6, 2, 4, 420.00, 9800.00, 'pallet', '2023-09-04 06:30', '2023-09-07 12:00'),
  (8, 'PX49218', 20, 14, 8, 9, 4, 10, 2.60, 410.00, 'parcel', '2023-10-23 15:10', '2023-10-30 13:25'),
  (9, 'PX49344', 5, 6, 9, 8, 4, NULL, 6.30, NULL, 'parcel', '2023-11-27 10:00', '2023-12-04 17:45'),
  (10, 'PX49480', 2, 8, 1, 2, 1, 2, 5.50, 699.00, 'parcel', '2024-01-08 09:30', '2024-01-09 12:15'),
  (11, 'PX49615', 3, 6, 5, 8, 5, 14, 2.10, 150.00, 'parcel', '2024-02-05 14:20', '2024-02-08 10:30'),
  (12, 'PX49752', 11, 16, 6, 6, 2, 6, 4.80, 130.00, 'parcel', '2024-03-11 08:00', '2024-03-12 16:10'),
  (13, 'PX49897', 4, 7, 7, 10, 7, 12, 22.50, 95.00, 'parcel', '2024-04-02 07:45', '2024-04-08 15:30'),
  (14, 'PX50034', 12, 3, 3, 5, 3, 7, 0.50, 8400.00, 'envelope', '2024-04-22 11:00', '2024-04-23 09:50'),
  (15, 'PX50176', 2, 19, 1, 6, 6, 15, 35.00, 2100.00, 'parcel', '2024-05-13 10:15', '2024-05-17 14:05'),
  (16, 'PX50309', 3, 15, 5, 8, 3, NULL, 1.75, 260.00, 'parcel', '2024-06-03 12:40', '2024-06-07 11:20'),
  (17, 'PX50451', 1, 13, 2, 10, 7, 12, 9.90, 120.00, 'parcel', '2024-06-24 09:05', '2024-07-01 10:00'),
  (18, 'PX50588', 2, 12, 1, 3, 1, 3, 14.20, 3200.00, 'parcel', '2024-07-15 08:20', '2024-07-16 13:00'),
  (19, 'PX50723', 5, 14, 9, 12, 4, 10, 7.40, NULL, 'parcel', '2024-08-19 10:30', '2024-08-21 12:45'),
  (20, 'PX50869', 11, 3, 6, 5, 2, 4, 180.00, 2600.00, 'pallet', '2024-09-09 07:10', '2024-09-12 15:35'),
  (21, 'PX51004', 4, 16, 7, 6, 2, 5, 24.00, 75.00, 'parcel', '2024-10-07 09:45', '2024-10-09 11:00'),
  (22, 'PX51142', 12, 20, 3, 8, 3, 7, 0.40, 6900.00, 'envelope', '2024-10-28 16:00', '2024-10-31 10:20'),
  (23, 'PX51287', 7, 9, 10, 11, 7, 12, 3.30, 45.00, 'parcel', '2024-11-18 12:00', '2024-11-22 14:40'),
  (24, 'PX51430', 2, 10, 1, 4, 3, 8, 8.10, 1299.00, 'parcel', '2024-12-09 10:10', '2024-12-13 09:30'),
  (25, 'PX51566', 3, 8, 5, 2, 1, 2, 2.90, 540.00, 'parcel', '2025-01-13 09:00', '2025-01-15 17:20'),
  (26, 'PX51703', 2, 7, 1, 10, 2, 4, 16.60, 980.00, 'parcel', '2025-02-17 08:30', '2025-02-21 12:10'),
  (27, 'PX51849', 20, 3, 8, 5, 3, 7, 5.20, 1750.00, 'parcel', '2025-03-24 11:15', '2025-03-26 10:05'),
  (28, 'PX51985', 10, 9, 4, 11, 5, 11, 1.20, NULL, 'envelope', '2025-04-28 14:45', '2025-05-02 12:30'),
  (29, 'PX52120', 12, 19, 3, 6, 6, 15, 0.30, 4300.00, 'envelope', '2025-05-19 10:00', '2025-05-22 11:30'),
  (30, 'PX52264', 2, 9, 1, 11, 5, 11, 11.00, 860.00, 'parcel', '2025-06-16 09:20', NULL),
  (31, 'PX52401', 4, 10, 7, 4, 2, NULL, 30.00, 140.00, 'parcel', '2025-07-21 08:00', NULL),
  (32, 'PX52538', 3, 7, 5, 10, 7, 12, 2.40, 310.00, 'parcel', '2025-08-25 13:10', '2025-08-29 15:00'),
  (33, 'PX52679', 1, 6, 2, 8, 1, NULL, 4.00, 65.00, 'parcel', '2025-09-08 10:40', NULL),
  (34, 'PX52815', 2, 8, 1, 2, 1, 2, 9.60, 1150.00, 'parcel', '2025-09-15 09:00', NULL),
  (35, 'PX52950', 20, 8, 8, 2, 3, NULL, 1.60, 220.00, 'parcel', '2025-09-22 15:30', NULL);

INSERT INTO ship.tracking_events VALUES
  (1, 25, 'picked_up', '2025-01-13 10:45', 5, NULL),
  (2, 25, 'in_transit', '2025-01-13 20:00', 5, NULL),
  (3, 25, 'out_for_delivery', '2025-01-15 08:30', 2, NULL),
  (4, 25, 'delivered', '2025-01-15 17:20', NULL, NULL),
  (5, 26, 'picked_up', '2025-02-17 09:50', 1, NULL),
  (6, 26, 'in_transit', '2025-02-17 18:30', 1, NULL),
  (7, 26, 'exception', '2025-02-19 07:15', NULL, 'delayed by snow on the A2'),
  (8, 26, 'out_for_delivery', '2025-02-21 07:45', 10, NULL),
  (9, 26, 'delivered', '2025-02-21 12:10', NULL, NULL),
  (10, 27, 'picked_up', '2025-03-24 13:00', 8, NULL),
  (11, 27, 'in_transit', '2025-03-24 21:30', 8, NULL),
  (12, 27, 'delivered', '2025-03-26 10:05', NULL, NULL),
  (13, 28, 'picked_up', '2025-04-28 16:10', 4, NULL),
  (14, 28, 'in_transit', '2025-04-29 03:20', 4, NULL),
  (15, 28, 'in_transit', '2025-04-30 11:45', 7, NULL),
  (16, 28, 'exception', '2025-05-01 09:40', 11, 'address incomplete, recipient contacted'),
  (17, 28, 'out_for_delivery', '2025-05-02 08:00', 11, NULL),
  (18, 28, 'delivered', '2025-05-02 12:30', NULL, NULL),
  (19, 29, 'picked_up', '2025-05-19 11:15', 3, NULL),
  (20, 29, 'in_transit', '2025-05-19 19:40', 3, NULL),
  (21, 29, 'out_for_delivery', '2025-05-22 07:55', 6, NULL),
  (22, 29, 'delivered', '2025-05-22 11:30', NULL, NULL),
  (23, 30, 'picked_up', '2025-06-16 10:30', 1, NULL),
  (24, 30, 'in_transit', '2025-06-16 21:15', 1, NULL),
  (25, 30, 'in_transit', '2025-06-18 06:40', 7, NULL),
  (26, 30, 'out_for_delivery', '2025-06-19 08:10', 11, NULL),
  (27, 30, 'exception', '2025-06-19 15:45', 11, 'recipient not found at address'),
  (28, 31, 'picked_up', '2025-07-21 09:30', 7, NULL),
  (29, 31, 'in_transit', '2025-07-21 17:50', 7, NULL),
  (30, 31, 'exception', '2025-07-23 10:15', 4, 'parcel damaged in transit'),
  (31, 32, 'picked_up', '2025-08-25 14:40', 5, NULL),
  (32, 32, 'in_transit', '2025-08-26 02:00', 5, NULL),
  (33, 32, 'out_for_delivery', '2025-08-29 08:20', 10, NULL),
  (34, 32, 'delivered', '2025-08-29 15:00', NULL, NULL),
  (35, 33, 'picked_up', '2025-09-08 12:05', 2, NULL),
  (36, 33, 'in_transit', '2025-09-08 20:30', 2, NULL),
  (37, 33, 'in_transit', '2025-09-10 09:15', NULL, NULL),
  (38, 34, 'picked_up', '2025-09-15 10:20', 1, NULL),
  (39, 34, 'in_transit', '2025-09-15 14:00', 1, NULL),
  (40, 34, 'out_for_delivery', '2025-09-16 08:05', 2, NULL),
  (41, 35, 'picked_up', '2025-09-22 17:10', 8, NULL);

INSERT INTO ship.invoices VALUES
  (1001, 1, 39.53, '2023-01-16', true, '2023-01-20'),
  (1002, 2, 11.58, '2023-02-14', true, '2023-02-23'),
  (1003, 3, 17.96, '2023-03-06', true, '2023-03-07'),
  (1004, 4, 10.22, '2023-04-24', true, '2023-04-30'),
  (1005, 5, 41.47, '2023-06-12', true, '2023-07-03'),
  (1006, 6, 59.68, '2023-07-19', true, '2023-07-22'),
  (1007, 7, 386.20, '2023-09-04', true, '2023-09-19'),
  (1008, 8, 10.89, '2023-10-23', true, '2023-11-22'),
  (1009, 9, 15.15, '2023-11-27', true, '2023-11-29'),
  (1010, 10, 20.63, '2024-01-08', true, '2024-01-13'),
  (1011, 11, 14.96, '2024-02-05', true, '2024-02-16'),
  (1012, 12, 13.42, '2024-03-11', true, '2024-03-18'),
  (1013, 13, 33.78, '2024-04-02', false, NULL),
  (1014, 14, 43.39, '2024-04-22', true, '2024-04-24'),
  (1015, 15, 56.55, '2024-05-13', true, '2024-05-31'),
  (1016, 16, 14.37, '2024-06-03', true, '2024-06-13'),
  (1017, 17, 19.29, '2024-06-24', true, '2024-07-20'),
  (1018, 18, 47.93, '2024-07-15', true, '2024-07-21'),
  (1019, 19, 16.41, '2024-08-19', true, '2024-09-01'),
  (1020, 20, 213.40, '2024-09-09', true, '2024-09-18'),
  (1021, 21, 35.50, '2024-10-07', true, '2024-10-11'),
  (1022, 22, 37.32, '2024-10-28', true, '2024-11-14'),
  (1023, 23, 11.70, '2024-11-18', true, '2024-11-26'),
  (1024, 24, 30.16, '2024-12-09', false, NULL),
  (1025, 25, 16.29, '2025-01-13', true, '2025-01-25'),
  (1026, 26, 26.99, '2025-02-17', true, '2025-02-24'),
  (1027, 27, 27.13, '2025-03-24', true, '2025-03-29'),
  (1028, 28, 10.30, '2025-04-28', true, '2025-05-20'),
  (1029, 29, 23.85, '2025-05-19', true, '2025-05-24'),
  (1030, 30, 29.80, '2025-06-16', false, NULL),
  (1031, 32, 10.66, '2025-08-25', false, NULL),
  (1032, 33, 18.13, '2025-09-08', false, NULL),
  (1033, 34, 32.06, '2025-09-15', false, NULL);

CREATE TABLE device ("Device_ID" integer, "Device" text, "Carrier" text, "Software_Platform" text,
                     "Release_Year" integer, "Price" integer);
CREATE TABLE shop ("Shop_ID" integer, "Name" text, "Location" text, "Open_Year" integer);
CREATE TABLE stock ("Shop_ID" integer, "Device_ID" integer, "Quantity" integer);
COMMENT ON COLUMN device."Carrier" IS 'mobile network operator the phone is sold with, NULL when sold unlocked';
COMMENT ON COLUMN device."Price" IS 'retail price in euros';
COMMENT ON COLUMN stock."Shop_ID" IS 'shop."Shop_ID"';
COMMENT ON COLUMN stock."Device_ID" IS 'device."Device_ID"';
COMMENT ON COLUMN stock."Quantity" IS 'units of the device in stock at the shop';

INSERT INTO device VALUES
  (1, 'Galaxy S23', 'Vodafone', 'Android', 2023, 849),
  (2, 'iPhone 14', 'Orange', 'iOS', 2022, 799),
  (3, 'Pixel 8', 'T-Mobile', 'Android', 2023, 699),
  (4, 'iPhone 15 Pro', 'Vodafone', 'iOS', 2023, 1199),
  (5, 'Xperia 10 IV', 'Orange', 'Android', 2022, 379),
  (6, 'Moto G54', 'TIM', 'Android', 2023, 229),
  (7, 'Fairphone 5', NULL, 'Android', 2023, 649),
  (8, 'Nokia G42', 'T-Mobile', 'Android', 2023, 199),
  (9, 'Galaxy A54', 'KPN', 'Android', 2023, 449),
  (10, 'iPhone SE', 'TIM', 'iOS', 2022, 529),
  (11, 'Huawei P60 Pro', 'Orange', 'HarmonyOS', 2023, 1099),
  (12, 'OnePlus 11', 'Vodafone', 'Android', 2023, 749);

INSERT INTO shop VALUES
  (1, 'Phone Corner', 'Amsterdam', 2015),
  (2, 'MobileWorld', 'Rotterdam', 2012),
  (3, 'Telecom Plaza', 'Paris', 2018),
  (4, 'Handy Haus', 'Munich', 2010),
  (5, 'Smart Point', 'Milan', 2019),
  (6, 'CellMart', 'Madrid', 2016),
  (7, 'GadgetHub', 'Hamburg', 2021),
  (8, 'Pocket Tech', 'Lyon', 2023),
  (9, 'Mobile Zone', 'Amsterdam', 2020),
  (10, 'Connect Store', 'Vienna', 2017);

INSERT INTO stock VALUES
  (1, 1, 12),
  (1, 2, 8),
  (1, 7, 5),
  (2, 1, 20),
  (2, 4, 6),
  (2, 9, 15),
  (3, 2, 10),
  (3, 4, 9),
  (3, 11, 4),
  (4, 1, 7),
  (4, 3, 11),
  (4, 5, 3),
  (5, 6, 14),
  (5, 10, 9),
  (6, 9, 18),
  (6, 6, 2),
  (7, 3, 13),
  (9, 1, 16),
  (9, 7, 1),
  (10, 4, 5),
  (10, 8, 6);

CREATE TABLE department (department_id integer PRIMARY KEY, department_name text NOT NULL);
CREATE TABLE employee (employee_id integer PRIMARY KEY, name text NOT NULL, age integer NOT NULL, city text NOT NULL,
                       department_id integer REFERENCES department, hired_on date NOT NULL);
CREATE TABLE evaluation (employee_id integer NOT NULL REFERENCES employee, year_awarded integer NOT NULL,
                         bonus numeric(8,2) NOT NULL, PRIMARY KEY (employee_id, year_awarded));
COMMENT ON COLUMN employee.department_id IS 'NULL for staff not assigned to a department';
COMMENT ON COLUMN evaluation.bonus IS 'bonus awarded in euros';

INSERT INTO department VALUES
  (1, 'Operations'),
  (2, 'Finance'),
  (3, 'Customer Service'),
  (4, 'IT'),
  (5, 'Marketing');

INSERT INTO employee VALUES
  (1, 'Anouk Smit', 34, 'Rotterdam', 1, '2016-03-01'),
  (2, 'Bram de Jong', 45, 'Amsterdam', 2, '2011-09-12'),
  (3, 'Chloé Martin', 29, 'Paris', 3, '2020-01-06'),
  (4, 'Daniel Schmidt', 52, 'Hamburg', 1, '2008-05-19'),
  (5, 'Eva Novak', 26, 'Warsaw', 3, '2023-02-13'),
  (6, 'Filippo Conti', 38, 'Milan', 4, '2017-07-03'),
  (7, 'Greta Lindqvist', 41, 'Rotterdam', 2, '2014-11-24'),
  (8, 'Hugo Lambert', 31, 'Lyon', 4, '2021-04-12'),
  (9, 'Ines Garcia', 36, 'Madrid', 1, '2019-08-26'),
  (10, 'Jakob Huber', 48, 'Vienna', 3, '2012-02-27'),
  (11, 'Karin Visser', 28, 'Rotterdam', 1, '2024-01-08'),
  (12, 'Lotte Peeters', 33, 'Antwerp', NULL, '2022-10-03');

INSERT INTO evaluation VALUES
  (1, 2022, 3000.00),
  (1, 2023, 3500.00),
  (2, 2021, 4200.00),
  (2, 2023, 2500.00),
  (3, 2023, 1800.00),
  (4, 2021, 5000.00),
  (4, 2022, 4800.00),
  (4, 2024, 6200.00),
  (6, 2022, 2800.00),
  (7, 2024, 3900.00),
  (9, 2023, 3100.00),
  (9, 2024, 2700.00),
  (10, 2022, 2200.00),
  (8, 2024, 1500.00);
