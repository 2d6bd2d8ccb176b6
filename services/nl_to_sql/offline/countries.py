"""Countries by name, ISO 3166-1 codes (alpha-2, alpha-3) and demonym, so "players from Spain"
finds a `country_code` column storing 'ESP' and "French singers" a `Country` column storing
'France' (valuenames.py decides when a column holds such values)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    names: tuple[str, ...]       # the common name first
    alpha2: str
    alpha3: str
    demonyms: tuple[str, ...] = ()


def _c(names: str, alpha2: str, alpha3: str, demonyms: str = "") -> Country:
    return Country(tuple(n.strip() for n in names.split("|")), alpha2, alpha3,
                   tuple(d.strip() for d in demonyms.split("|") if d.strip()))


COUNTRIES = (
    _c("Afghanistan", "AF", "AFG", "Afghan"), _c("Albania", "AL", "ALB", "Albanian"),
    _c("Algeria", "DZ", "DZA", "Algerian"), _c("Andorra", "AD", "AND", "Andorran"),
    _c("Angola", "AO", "AGO", "Angolan"), _c("Argentina", "AR", "ARG", "Argentine|Argentinian"),
    _c("Armenia", "AM", "ARM", "Armenian"), _c("Australia", "AU", "AUS", "Australian"),
    _c("Austria", "AT", "AUT", "Austrian"), _c("Azerbaijan", "AZ", "AZE", "Azerbaijani"),
    _c("Bahrain", "BH", "BHR", "Bahraini"), _c("Bangladesh", "BD", "BGD", "Bangladeshi"),
    _c("Belarus", "BY", "BLR", "Belarusian"), _c("Belgium", "BE", "BEL", "Belgian"),
    _c("Bolivia", "BO", "BOL", "Bolivian"), _c("Bosnia and Herzegovina|Bosnia", "BA", "BIH", "Bosnian"),
    _c("Brazil", "BR", "BRA", "Brazilian"), _c("Bulgaria", "BG", "BGR", "Bulgarian"),
    _c("Cambodia", "KH", "KHM", "Cambodian"), _c("Cameroon", "CM", "CMR", "Cameroonian"),
    _c("Canada", "CA", "CAN", "Canadian"), _c("Chile", "CL", "CHL", "Chilean"),
    _c("China", "CN", "CHN", "Chinese"), _c("Colombia", "CO", "COL", "Colombian"),
    _c("Costa Rica", "CR", "CRI", "Costa Rican"), _c("Croatia", "HR", "HRV", "Croatian"),
    _c("Cuba", "CU", "CUB", "Cuban"), _c("Cyprus", "CY", "CYP", "Cypriot"),
    _c("Czech Republic|Czechia", "CZ", "CZE", "Czech"), _c("Denmark", "DK", "DNK", "Danish"),
    _c("Dominican Republic", "DO", "DOM", "Dominican"), _c("Ecuador", "EC", "ECU", "Ecuadorian"),
    _c("Egypt", "EG", "EGY", "Egyptian"), _c("Estonia", "EE", "EST", "Estonian"),
    _c("Ethiopia", "ET", "ETH", "Ethiopian"), _c("Finland", "FI", "FIN", "Finnish"),
    _c("France", "FR", "FRA", "French"), _c("Georgia", "GE", "GEO", "Georgian"),
    _c("Germany", "DE", "DEU", "German"), _c("Ghana", "GH", "GHA", "Ghanaian"),
    _c("Greece", "GR", "GRC", "Greek"), _c("Guatemala", "GT", "GTM", "Guatemalan"),
    _c("Hungary", "HU", "HUN", "Hungarian"), _c("Iceland", "IS", "ISL", "Icelandic"),
    _c("India", "IN", "IND", "Indian"), _c("Indonesia", "ID", "IDN", "Indonesian"),
    _c("Iran", "IR", "IRN", "Iranian"), _c("Iraq", "IQ", "IRQ", "Iraqi"),
    _c("Ireland", "IE", "IRL", "Irish"), _c("Israel", "IL", "ISR", "Israeli"),
    _c("Italy", "IT", "ITA", "Italian"), _c("Jamaica", "JM", "JAM", "Jamaican"),
    _c("Japan", "JP", "JPN", "Japanese"), _c("Jordan", "JO", "JOR", "Jordanian"),
    _c("Kazakhstan", "KZ", "KAZ", "Kazakh"), _c("Kenya", "KE", "KEN", "Kenyan"),
    _c("Kuwait", "KW", "KWT", "Kuwaiti"), _c("Latvia", "LV", "LVA", "Latvian"),
    _c("Lebanon", "LB", "LBN", "Lebanese"), _c("Lithuania", "LT", "LTU", "Lithuanian"),
    _c("Luxembourg", "LU", "LUX", "Luxembourgish"), _c("Malaysia", "MY", "MYS", "Malaysian"),
    _c("Malta", "MT", "MLT", "Maltese"), _c("Mexico", "MX", "MEX", "Mexican"),
    _c("Moldova", "MD", "MDA", "Moldovan"), _c("Monaco", "MC", "MCO", "Monegasque"),
    _c("Mongolia", "MN", "MNG", "Mongolian"), _c("Montenegro", "ME", "MNE", "Montenegrin"),
    _c("Morocco", "MA", "MAR", "Moroccan"), _c("Nepal", "NP", "NPL", "Nepali|Nepalese"),
    _c("Netherlands|Holland", "NL", "NLD", "Dutch"), _c("New Zealand", "NZ", "NZL", "New Zealander"),
    _c("Nigeria", "NG", "NGA", "Nigerian"), _c("North Korea", "KP", "PRK", "North Korean"),
    _c("North Macedonia|Macedonia", "MK", "MKD", "Macedonian"), _c("Norway", "NO", "NOR", "Norwegian"),
    _c("Pakistan", "PK", "PAK", "Pakistani"), _c("Panama", "PA", "PAN", "Panamanian"),
    _c("Paraguay", "PY", "PRY", "Paraguayan"), _c("Peru", "PE", "PER", "Peruvian"),
    _c("Philippines", "PH", "PHL", "Filipino|Philippine"), _c("Poland", "PL", "POL", "Polish"),
    _c("Portugal", "PT", "PRT", "Portuguese"), _c("Qatar", "QA", "QAT", "Qatari"),
    _c("Romania", "RO", "ROU", "Romanian"), _c("Russia|Russian Federation", "RU", "RUS", "Russian"),
    _c("Saudi Arabia", "SA", "SAU", "Saudi"), _c("Senegal", "SN", "SEN", "Senegalese"),
    _c("Serbia", "RS", "SRB", "Serbian"), _c("Singapore", "SG", "SGP", "Singaporean"),
    _c("Slovakia", "SK", "SVK", "Slovak"), _c("Slovenia", "SI", "SVN", "Slovenian|Slovene"),
    _c("South Africa", "ZA", "ZAF", "South African"), _c("South Korea|Korea", "KR", "KOR", "South Korean|Korean"),
    _c("Spain", "ES", "ESP", "Spanish"), _c("Sri Lanka", "LK", "LKA", "Sri Lankan"),
    _c("Sweden", "SE", "SWE", "Swedish"), _c("Switzerland", "CH", "CHE", "Swiss"),
    _c("Syria", "SY", "SYR", "Syrian"), _c("Taiwan", "TW", "TWN", "Taiwanese"),
    _c("Thailand", "TH", "THA", "Thai"), _c("Tunisia", "TN", "TUN", "Tunisian"),
    _c("Turkey|Türkiye", "TR", "TUR", "Turkish"), _c("Ukraine", "UA", "UKR", "Ukrainian"),
    _c("United Arab Emirates|UAE", "AE", "ARE", "Emirati"),
    _c("United Kingdom|UK|Great Britain|Britain", "GB", "GBR", "British"),
    _c("United States|United States of America|USA|America", "US", "USA", "American"),
    _c("Uruguay", "UY", "URY", "Uruguayan"), _c("Uzbekistan", "UZ", "UZB", "Uzbek"),
    _c("Venezuela", "VE", "VEN", "Venezuelan"), _c("Vietnam|Viet Nam", "VN", "VNM", "Vietnamese"),
    # the home nations, as sports store them (ISO 3166-2 and FIFA codes)
    _c("England", "GB-ENG", "ENG", "English"), _c("Scotland", "GB-SCT", "SCO", "Scottish|Scot"),
    _c("Wales", "GB-WLS", "WAL", "Welsh"), _c("Northern Ireland", "GB-NIR", "NIR", "Northern Irish"),
)
# Sports bodies code some countries differently from ISO 3166 (the IOC's and FIFA's alpha-3).
SPORTS_ALPHA3 = {"GER": "DE", "SUI": "CH", "NED": "NL", "POR": "PT", "CRO": "HR", "DEN": "DK", "GRE": "GR",
                 "BUL": "BG", "RSA": "ZA", "CHI": "CL", "URU": "UY", "PAR": "PY", "SLO": "SI", "LAT": "LV",
                 "INA": "ID", "MAS": "MY", "PHI": "PH", "KSA": "SA", "UAE": "AE", "IRI": "IR", "ALG": "DZ",
                 "NGR": "NG", "VIE": "VN", "TPE": "TW", "CRC": "CR", "GUA": "GT", "ANG": "AO", "MGL": "MN"}

BY_CODE: dict[str, Country] = {}
for _country in COUNTRIES:
    BY_CODE[_country.alpha2] = BY_CODE[_country.alpha3] = _country
BY_CODE.update({code: BY_CODE[alpha2] for code, alpha2 in SPORTS_ALPHA3.items()})
BY_NAME: dict[str, Country] = {name.lower(): c for c in COUNTRIES for name in c.names}
DEMONYMS = {d.lower() for c in COUNTRIES for d in c.demonyms}
