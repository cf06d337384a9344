"""Figures in general news sentences: business, sport, science and politics, written for these tests.

Each case is a sentence and the figures a careful reader would mark in it: the figure as written
(hedge included, the anchor found in the sentence), its value, its interval by the package's
conventions (``approx`` a 10 % band, ``lower`` open above, ``upper`` open below, ``range`` low to
high) and its unit. ``ANY`` leaves a field unjudged where news gives no one right answer (the unit
of "magnitude 6.8", the value of a race time "2:03:45"). ``ignore`` lists the numbers a reader
might or might not mark (odds "a 20-1 outsider", a duration "for five years"): neither found nor false.
A score or tally is one figure, unit ``score``, its value the first side's number ("won 3-1" is 3).

:func:`score` runs a pipeline over the cases and counts, per domain, the figures found (a claim over
the anchor), found with the right value and unit, and with the right interval too, and the false
figures (claims over no anchor: years, dates, model numbers...). ``python tests/fixtures_news_figures.py``
prints the counts and every miss.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ANY = object()
"""A field left unjudged."""

PUB = dt.date(2025, 3, 27)


@dataclass(frozen=True)
class Fig:
    text: str
    value: object
    bound: object = "exact"
    unit: object = None
    low: object = None
    high: object = None


def ex(text, value, unit=None):
    return Fig(text, value, "exact", unit, value, value)


def approx(text, value, unit=None):
    return Fig(text, value, "approx", unit, round(value * 0.9, 6), round(value * 1.1, 6))


def lower(text, value, unit=None):
    return Fig(text, value, "lower", unit, value, None)


def upper(text, value, unit=None):
    return Fig(text, value, "upper", unit, None, value)


def rng(text, lo, hi, unit=None):
    return Fig(text, (lo + hi) / 2, "range", unit, lo, hi)


def loose(text, value=ANY, unit=ANY):
    """A figure whose interval is not judged ("estimated the crowd at 50,000")."""
    return Fig(text, value, ANY, unit, ANY, ANY)


@dataclass(frozen=True)
class Case:
    domain: str
    text: str
    figs: tuple[Fig, ...]
    ignore: tuple[str, ...] = field(default=())


def _cases(domain, rows):
    return [Case(domain, t, tuple(f), tuple(ig[0]) if ig else ()) for t, f, *ig in rows]


P, PP, BP, PT = "percent", "percentage_point", "basis_point", "point"
USD, GBP, EUR, JPY = "USD", "GBP", "EUR", "JPY"
FR, X, AGE, SC = "fraction", "times", "years", "score"

BUSINESS = _cases("business", [
    ("Shares of Acme rose 3.2% to $45.10 in early trading on Tuesday.", [ex("3.2%", 3.2, P), ex("$45.10", 45.1, USD)]),
    ("The company reported revenue of $4.7 billion for the quarter, up 12 per cent from a year earlier.",
     [ex("$4.7 billion", 4.7e9, USD), ex("12 per cent", 12, P)]),
    ("The FTSE 100 closed down 45.3 points at 7,512.6.", [ex("45.3 points", 45.3, PT), loose("7,512.6", 7512.6)]),
    ("Brent crude fell 2% to $81.40 a barrel.", [ex("2%", 2, P), ex("$81.40", 81.4, USD)]),
    ("Petrol prices hit $4 a gallon for the first time since 2008.", [ex("$4", 4, USD)]),
    ("The central bank raised its main rate by 25 basis points to 5.25%.", [ex("25 basis points", 25, BP), ex("5.25%", 5.25, P)]),
    ("Inflation eased to 3.4 per cent in March from 4.1 per cent in February.", [ex("3.4 per cent", 3.4, P), ex("4.1 per cent", 4.1, P)]),
    ("The retailer will cut about 2,500 jobs, or roughly 8% of its workforce.", [approx("about 2,500", 2500), approx("roughly 8%", 8, P)]),
    ("Unemployment rose by 0.3 percentage points to 4.2%.", [ex("0.3 percentage points", 0.3, PP), ex("4.2%", 4.2, P)]),
    ("The deal values the startup at more than £1.2bn.", [lower("more than £1.2bn", 1.2e9, GBP)]),
    ("Toyota sold 10.5 million vehicles last year, a record.", [ex("10.5 million", 10.5e6)]),
    ("Boeing delivered 44 of its 737 Max jets in May.", [ex("44", 44)]),
    ("The Dow Jones Industrial Average gained 312 points, or 0.9%, to 34,500.",
     [ex("312 points", 312, PT), ex("0.9%", 0.9, P), loose("34,500", 34500)]),
    ("Analysts expect earnings of $1.25 a share, according to a poll of 18 brokers.", [ex("$1.25", 1.25, USD), ex("18", 18)]),
    ("Gold rose as high as $2,050 an ounce before easing.", [upper("as high as $2,050", 2050, USD)]),
    ("The firm's market value has topped $3 trillion.", [lower("$3 trillion", 3e12, USD)]),
    ("Sales at the chain fell 4.5% in the 12 weeks to September 10.", [ex("4.5%", 4.5, P)], ["12 weeks"]),
    ("The euro slipped 0.4% to $1.0850.", [ex("0.4%", 0.4, P), ex("$1.0850", 1.085, USD)]),
    ("Nearly half of small businesses said they expect to raise prices.", [upper("Nearly half", 0.5, FR)]),
    ("The group posted a pre-tax loss of €320m, compared with a profit of €150m a year earlier.",
     [ex("€320m", 320e6, EUR), ex("€150m", 150e6, EUR)]),
    ("Amazon employs some 1.5 million people worldwide.", [approx("some 1.5 million", 1.5e6)]),
    ("The bank set aside between $2 billion and $3 billion for bad loans.", [rng("between $2 billion and $3 billion", 2e9, 3e9, USD)]),
    ("Mortgage rates averaged 6.8% last week, the highest level since 2000.", [ex("6.8%", 6.8, P)]),
    ("The airline carried 4.2m passengers in July, 9% more than a year ago.", [ex("4.2m", 4.2e6), ex("9%", 9, P)]),
    ("Apple unveiled the iPhone 15 at its September event.", []),
    ("Microsoft shares closed at $410.34, giving the company a value of $3.05 trillion.",
     [ex("$410.34", 410.34, USD), ex("$3.05 trillion", 3.05e12, USD)]),
    ("Oil output will be cut by 1.16 million barrels per day from May.", [ex("1.16 million barrels per day", 1.16e6, "barrel/day")]),
    ("The chipmaker plans to invest $20bn in two new factories in Arizona.", [ex("$20bn", 20e9, USD), ex("two", 2)]),
    ("Its shares have more than tripled this year.", [lower("more than tripled", 3, X)]),
    ("Revenue grew threefold over five years to $900 million.", [ex("threefold", 3, X), ex("$900 million", 900e6, USD)], ["five years"]),
    ("House prices in London fell 1.1% month on month, the biggest drop in 14 years.", [ex("1.1%", 1.1, P)], ["14 years"]),
    ("The Nasdaq Composite rose 1.8% to a record 16,274.94.", [ex("1.8%", 1.8, P), loose("16,274.94", 16274.94)]),
    ("Starbucks will close about 400 stores in North America.", [approx("about 400", 400)]),
    ("Tesla delivered 484,507 vehicles in the fourth quarter.", [ex("484,507", 484507)]),
    ("The startup raised $50 million in a Series B round led by two venture firms.", [ex("$50 million", 50e6, USD), ex("two", 2)]),
    ("Wages rose 5.6% in the year to June, outpacing inflation of 4.6%.", [ex("5.6%", 5.6, P), ex("4.6%", 4.6, P)]),
    ("The company bought back 12 million of its own shares for $600m.", [ex("12 million", 12e6), ex("$600m", 600e6, USD)]),
    ("A barrel of West Texas Intermediate cost under $70 on Friday.", [upper("under $70", 70, USD)]),
    ("Holiday spending is forecast to reach $960 billion, up 3% to 4% on last year.",
     [ex("$960 billion", 960e9, USD), rng("3% to 4%", 3, 4, P)]),
    ("The pound rose above $1.30 for the first time in a year.", [lower("above $1.30", 1.3, USD)]),
    ("Profits at the 25 largest banks rose by a fifth.", [ex("25", 25), ex("a fifth", 0.2, FR)]),
    ("Coffee prices have surged 70% since January.", [ex("70%", 70, P)]),
    ("The merger will create a company with annual sales of roughly ¥5 trillion.", [approx("roughly ¥5 trillion", 5e12, JPY)]),
    ("The supermarket chain has 1,200 stores and employs 140,000 staff.", [ex("1,200", 1200), ex("140,000", 140000)]),
    ("Ford recalled nearly 240,000 SUVs over a faulty camera.", [upper("nearly 240,000", 240000)]),
    ("The carmaker aims to sell 1m electric cars a year by 2026.", [ex("1m", 1e6)]),
    ("Finance ministers from the G7 met in Tokyo on Thursday.", []),
    ("The Nikkei 225 index jumped 2.7 per cent.", [ex("2.7 per cent", 2.7, P)]),
    ("Investors will receive 95 pence in cash for each share.", [ex("95 pence", 0.95, GBP)]),
    ("The budget airline cut its fare to just £19.99.", [ex("just £19.99", 19.99, GBP)]),
    ("The firm's debt stands at about 3.5 times its annual earnings.", [approx("about 3.5 times", 3.5, X)]),
    ("Retail sales volumes dropped 0.5 per cent in November, worse than the 0.2 per cent fall economists had expected.",
     [ex("0.5 per cent", 0.5, P), ex("0.2 per cent", 0.2, P)]),
    ("The average price of a home reached £285,000 in the three months to August.", [ex("£285,000", 285000, GBP)], ["three months"]),
    ("Crypto exchange users lost an estimated $1.7bn to hackers.", [approx("an estimated $1.7bn", 1.7e9, USD)]),
    ("Exports to China rose 8.1% year on year to $45.2bn.", [ex("8.1%", 8.1, P), ex("$45.2bn", 45.2e9, USD)]),
    ("The watchdog fined the bank £42 million.", [ex("£42 million", 42e6, GBP)]),
    ("The company said it would hire 3,000 to 5,000 workers over the next two years.", [rng("3,000 to 5,000", 3000, 5000)], ["two years"]),
    ("Hundreds of millions of dollars were wiped off its value.", [lower("Hundreds of millions", 2e8, USD)]),
    ("Shares in the Boeing 737 maker fell 4% on Monday.", [ex("4%", 4, P)]),
    ("The chain's 3,400 outlets sold 2.1bn cups of coffee last year.", [ex("3,400", 3400), ex("2.1bn", 2.1e9)]),
])  # fmt: skip

SPORT = _cases("sport", [
    ("Manchester City won 3-1 at Anfield on Sunday.", [ex("3-1", 3, SC)]),
    ("Usain Bolt ran the 100m in 9.58 seconds in Berlin in 2009.", [ex("9.58 seconds", 9.58, ANY)], ["100m"]),
    ("Kipchoge won in 2:03:45, some 30 seconds ahead of his nearest rival.", [loose("2:03:45"), loose("some 30 seconds")]),
    ("The Lakers beat the Celtics 112-104 on Tuesday night.", [ex("112-104", 112, SC)]),
    ("Haaland has scored 27 goals in 24 league games this season.", [ex("27", 27), ex("24", 24)]),
    ("The Chiefs sealed a 24-17 victory in front of 70,000 fans.", [ex("24-17", 24, SC), ex("70,000", 70000)]),
    ("Ronaldo, 38, signed a contract worth more than €200m a year.", [ex("38", 38, AGE), lower("more than €200m", 200e6, EUR)]),
    ("Djokovic won his 24th Grand Slam title at the US Open.", []),
    ("Verstappen won the race by 8.2 seconds, his 10th straight win in Formula One.", [ex("8.2 seconds", 8.2, ANY)]),
    ("The striker joined for a fee of about £85 million.", [approx("about £85 million", 85e6, GBP)]),
    ("England were bowled out for 172 in 45.3 overs.", [ex("172", 172), ex("45.3", 45.3)]),
    ("She cleared 2.05 metres to win the high jump gold.", [ex("2.05 metres", 2.05, "m")]),
    ("More than 90,000 spectators packed Wembley for the final.", [lower("More than 90,000", 90000)]),
    ("The Yankees agreed to a nine-year, $360 million contract with the pitcher.", [ex("$360 million", 360e6, USD)], ["nine-year"]),
    ("The quarterback threw for 327 yards and three touchdowns.", [ex("327 yards", 327, "yard"), ex("three", 3)]),
    ("The hat-trick took his tally to 12 goals in the competition.", [ex("12", 12)]),
    ("The No. 1 seed lost in straight sets, 6-4, 6-3.", [ex("6-4", 6, SC), ex("6-3", 6, SC)]),
    ("The cyclist averaged 45.6 km/h over the 35km time trial.", [ex("45.6 km/h", 45.6, "km/h"), ex("35km", 35, "km")]),
    ("Hamilton finished 1.3 seconds behind the winner.", [ex("1.3 seconds", 1.3, ANY)]),
    ("The club has won the league 20 times.", [ex("20", 20, ANY)]),
    ("Tickets for the final cost up to $1,500 each.", [upper("up to $1,500", 1500, USD)]),
    ("The 32-year-old forward has played 95 matches for his country.", [ex("32-year-old", 32, AGE), ex("95", 95)]),
    ("The team is 12 points clear at the top of the table with six games left.", [ex("12 points", 12, PT), ex("six", 6)]),
    ("Serena Williams won 23 Grand Slam singles titles during her career.", [ex("23", 23)]),
    ("The winning putt came from 15 feet.", [ex("15 feet", 15, "ft")]),
    ("Attendance averaged 41,200 last season, up 6% on the year before.", [ex("41,200", 41200), ex("6%", 6, P)]),
    ("The Australian swimmer touched the wall in 51.2 seconds to set a world record.", [ex("51.2 seconds", 51.2, ANY)]),
    ("The batsman hit 11 sixes in an innings of 147.", [ex("11", 11), ex("147", 147)]),
    ("Around 15,000 runners are expected at Sunday's half marathon.", [approx("Around 15,000", 15000)]),
    ("He served 38 aces in a five-set win.", [ex("38", 38)], ["five-set"]),
    ("The Boston Celtics are valued at $6 billion, a 20 per cent rise on last year.", [ex("$6 billion", 6e9, USD), ex("20 per cent", 20, P)]),
    ("Liverpool have won seven of their last eight matches.", [ex("seven", 7), ex("eight", 8)]),
    ("The Open champion earned $3 million from a prize fund of $16.5 million.", [ex("$3 million", 3e6, USD), ex("$16.5 million", 16.5e6, USD)]),
    ("The winger was clocked at 36.2 km/h, the fastest in the Premier League.", [ex("36.2 km/h", 36.2, "km/h")]),
    ("Woods shot a 3-under-par 69 in the first round.", [ex("69", 69)], ["3-under-par"]),
    ("Roughly two thirds of season-ticket holders renewed.", [approx("Roughly two thirds", 0.667, FR)]),
    ("The horse, a 20-1 outsider, won by three lengths.", [ex("three", 3)], ["20-1"]),
    ("Fewer than 5,000 tickets remain for the opening game.", [upper("Fewer than 5,000", 5000)]),
    ("The goalkeeper kept 17 clean sheets in 38 league appearances.", [ex("17", 17), ex("38", 38)]),
    ("Messi won his eighth Ballon d'Or at the age of 36.", [ex("36", 36, AGE)]),
    ("The sprinter reached a top speed of 44.72 km/h.", [ex("44.72 km/h", 44.72, "km/h")]),
    ("The franchise sold for a record $4.05bn to a group of 12 investors.", [ex("$4.05bn", 4.05e9, USD), ex("12", 12)]),
    ("The Wimbledon champion takes home £2.7m, up 15% on last year.", [ex("£2.7m", 2.7e6, GBP), ex("15%", 15, P)]),
    ("The rower lost 6kg before the Olympics.", [ex("6kg", 6, "kg")]),
    ("The stadium holds 62,000 fans, about 10,000 more than the old ground.", [ex("62,000", 62000), approx("about 10,000", 10000)]),
    ("India chased down 287 with 10 balls to spare.", [ex("287", 287), ex("10", 10)]),
    ("The Tour de France covers 3,404 km over 21 stages.", [ex("3,404 km", 3404, "km"), ex("21", 21)]),
    ("The cricket board was fined $1.2m after a 2-0 series defeat.", [ex("$1.2m", 1.2e6, USD), ex("2-0", 2, SC)]),
    ("At least 40 people were hurt when a stand collapsed during the match.", [lower("At least 40", 40)]),
    ("He has hit 62 home runs this season.", [ex("62", 62)]),
    ("The club's wage bill is estimated at £400m a year.", [approx("estimated at £400m", 400e6, GBP)]),
    ("The boxer weighed in at 90.7kg, nearly two kilograms above the limit.", [ex("90.7kg", 90.7, "kg"), upper("nearly two kilograms", 2, "kg")]),
    ("The Formula One season has 24 races, the most in its history.", [ex("24", 24)]),
    ("Only 3 of the 20 clubs made a profit.", [ex("Only 3", 3), ex("20", 20)]),
    ("The forward was sold for 100 million euros in 2017.", [ex("100 million euros", 100e6, EUR)]),
    ("Thousands of fans lined the streets for the victory parade.", [lower("Thousands", 2000)]),
    ("The 25-year-old won the 400m hurdles in 52.6 seconds.", [ex("25-year-old", 25, AGE), ex("52.6 seconds", 52.6, ANY)], ["400m"]),
])  # fmt: skip

SCIENCE = _cases("science", [
    ("Temperatures are expected to reach 40C in parts of Spain on Friday.", [ex("40C", 40, "degree_c")]),
    ("The storm brought winds of up to 120 mph and more than 10 inches of rain.",
     [upper("up to 120 mph", 120, "mph"), lower("more than 10 inches", 10, "inch")]),
    ("The vaccine was 95% effective in a trial of 43,000 people.", [ex("95%", 95, P), ex("43,000", 43000)]),
    ("COVID-19 cases rose by 12% in the week to Sunday.", [ex("12%", 12, P)]),
    ("Obesity rates among adults have nearly doubled since 1990.", [upper("nearly doubled", 2, X)]),
    ("The asteroid, about 1.5 km wide, will pass within 4.6 million miles of Earth.",
     [approx("about 1.5 km", 1.5, "km"), upper("within 4.6 million miles", 4.6e6, "mile")]),
    ("The death rate from heart disease fell to 30 per 100,000 people.", [ex("30 per 100,000", 30, ANY)]),
    ("About one in five adults smokes, according to the survey.", [approx("About one in five", 0.2, FR)]),
    ("The glacier has lost 30 metres of ice in a decade.", [ex("30 metres", 30, "m")]),
    ("Scientists measured a temperature of minus 89.2C at the station.", [ex("minus 89.2C", -89.2, "degree_c")]),
    ("The study followed 2,300 patients for five years.", [ex("2,300", 2300)], ["five years"]),
    ("The drug cut the risk of death by a third.", [ex("a third", 0.333, FR)]),
    ("Hurricane Ian made landfall as a Category 4 storm with winds of 150 mph.", [ex("150 mph", 150, "mph")]),
    ("Global temperatures are now 1.2C above pre-industrial levels.", [ex("1.2C", 1.2, "degree_c")]),
    ("The wildfire has burned more than 50,000 acres and destroyed 120 homes.", [lower("more than 50,000 acres", 50000, "acre"), ex("120", 120)]),
    ("An earthquake of magnitude 6.8 struck 70 km south-west of the city.", [ex("6.8", 6.8, ANY), ex("70 km", 70, "km")]),
    ("Hospital waiting lists reached a record 7.7 million in England.", [ex("7.7 million", 7.7e6)]),
    ("The probe travelled 6.4 billion km to reach the comet.", [ex("6.4 billion km", 6.4e9, "km")]),
    ("Up to 30cm of snow could fall on high ground.", [upper("Up to 30cm", 30, "cm")]),
    ("Measles cases have risen thirtyfold in Europe.", [ex("thirtyfold", 30, X)]),
    ("The new telescope's mirror is 6.5 metres across.", [ex("6.5 metres", 6.5, "m")]),
    ("Roughly 40% of the world's coral reefs are at risk.", [approx("Roughly 40%", 40, P)]),
    ("The patient, aged 57, received a pig kidney in a four-hour operation.", [ex("57", 57, AGE)], ["four-hour"]),
    ("Sea levels rose by 10 cm between 1993 and 2023.", [ex("10 cm", 10, "cm")]),
    ("Air pollution causes an estimated 4.2 million premature deaths a year.", [approx("an estimated 4.2 million", 4.2e6)]),
    ("The telescope spotted a galaxy 13.4 billion light years away.", [ex("13.4 billion light years", 13.4e9, "light_year")]),
    ("Rainfall in July was 150% of the monthly average.", [ex("150%", 150, P)]),
    ("The heatwave pushed the mercury to 104F in Phoenix.", [ex("104F", 104, "degree_f")]),
    ("Antarctic sea ice shrank to 1.79 million square kilometres.", [ex("1.79 million square kilometres", 1.79e6, "km2")]),
    ("Some 70 per cent of the samples contained microplastics.", [approx("Some 70 per cent", 70, P)]),
    ("The malaria vaccine cut cases by as much as 75%.", [upper("as much as 75%", 75, P)]),
    ("The condition affects around one in 100 children.", [approx("around one in 100", 0.01, FR)]),
    ("Dozens of flights were cancelled as fog reduced visibility to less than 50 metres.",
     [lower("Dozens", 24), upper("less than 50 metres", 50, "m")]),
    ("A 7.1-magnitude earthquake shook the region.", [ex("7.1", 7.1, ANY)]),
    ("The virus has killed at least 1,200 people in three countries.", [lower("at least 1,200", 1200), ex("three", 3)]),
    ("Researchers sequenced the genomes of 10,000 people from 50 populations.", [ex("10,000", 10000), ex("50", 50)]),
    ("The fusion experiment produced 69 megajoules of energy.", [ex("69 megajoules", 69, ANY)]),
    ("The river peaked at 5.8 metres on Tuesday, just below the record of 6.1 metres.", [ex("5.8 metres", 5.8, "m"), ex("6.1 metres", 6.1, "m")]),
    ("Life expectancy at birth fell to 76.4 years in 2021.", [ex("76.4 years", 76.4, ANY)]),
    ("The tornado left a path of destruction 1.6 km long.", [ex("1.6 km", 1.6, "km")]),
    ("Smoking rates have fallen from 20% to 12.9% over a decade.", [ex("20%", 20, P), ex("12.9%", 12.9, P)]),
    ("The quake was felt 500 miles away in Mexico City.", [ex("500 miles", 500, "mile")]),
    ("Each dose costs less than $3.", [upper("less than $3", 3, USD)]),
    ("A third of patients reported side effects, twice the rate in the placebo group.", [ex("A third", 0.333, FR)], ["twice"]),
    ("The satellite orbits at an altitude of 550km.", [ex("550km", 550, "km")]),
    ("The NHS employs 1.3 million people.", [ex("1.3 million", 1.3e6)]),
    ("Three people died and 12 were injured when the storm hit.", [ex("Three", 3), ex("12", 12)]),
    ("Particles measuring 2.5 micrometres or less are the most harmful.", [upper("2.5 micrometres or less", 2.5, "um")]),
    ("The blood test detected cancer in 51% of cases.", [ex("51%", 51, P)]),
    ("Over 3 million people in the region are without power.", [lower("Over 3 million", 3e6)]),
    ("The whale measured 25 metres and weighed about 150 tonnes.", [ex("25 metres", 25, "m"), approx("about 150 tonnes", 150, "tonne")]),
    ("Temperatures dropped by 15 degrees overnight.", [ex("15 degrees", 15, "degree")]),
    ("The trial enrolled 400 volunteers aged 18 to 65.", [ex("400", 400), rng("18 to 65", 18, 65, AGE)]),
    ("The Boeing 787 diverted to Dublin after a passenger fell ill.", []),
    ("A drought has left 20 million people short of food in the Horn of Africa.", [ex("20 million", 20e6)]),
    ("Hundreds of homes were flooded after the river burst its banks.", [lower("Hundreds", 200)]),
    ("The mosquito-borne disease infects 400 million people a year, the WHO says.", [ex("400 million", 400e6)]),
])  # fmt: skip

POLITICS = _cases("politics", [
    ("The Conservatives won 365 seats, giving them a majority of 80.", [ex("365", 365), ex("80", 80)]),
    ("Turnout was 67.3%, down 1.5 percentage points on the last election.", [ex("67.3%", 67.3, P), ex("1.5 percentage points", 1.5, PP)]),
    ("The government will spend £1.2 billion on new hospitals over five years.", [ex("£1.2 billion", 1.2e9, GBP)], ["five years"]),
    ("The bill passed the Senate by 68 votes to 32.", [ex("68", 68), ex("32", 32)]),
    ("Biden won 306 electoral votes to Trump's 232.", [ex("306", 306), ex("232", 232)]),
    ("About 60 per cent of voters backed the measure.", [approx("About 60 per cent", 60, P)]),
    ("The defence budget will rise to 2.5% of GDP by 2030.", [ex("2.5%", 2.5, P)]),
    ("The candidate leads her rival by 7 points, 48% to 41%, in the latest poll.",
     [ex("7 points", 7, PT), ex("48%", 48, P), ex("41%", 41, P)]),
    ("The poll of 1,003 adults has a margin of error of plus or minus 3.1 percentage points.",
     [ex("1,003", 1003), loose("3.1 percentage points", 3.1, PP)]),
    ("Congress approved a $1.7 trillion spending package.", [ex("$1.7 trillion", 1.7e12, USD)]),
    ("The prime minister survived a confidence vote by 211 to 148.", [ex("211", 211), ex("148", 148)]),
    ("Almost 5 million people have signed the petition.", [upper("Almost 5 million", 5e6)]),
    ("The G7 pledged $600 billion for infrastructure in poorer countries.", [ex("$600 billion", 600e9, USD)]),
    ("Article 50 was triggered on March 29, 2017.", []),
    ("The council plans to cut 350 jobs to save £25m.", [ex("350", 350), ex("£25m", 25e6, GBP)]),
    ("The party's share of the vote fell to 11.7 per cent.", [ex("11.7 per cent", 11.7, P)]),
    ("The minister, 54, resigned after just 44 days in office.", [ex("54", 54, AGE)], ["44 days"]),
    ("Voters in 12 states will choose 35 senators in November.", [ex("12", 12), ex("35", 35)]),
    ("The national debt has passed $34 trillion.", [lower("$34 trillion", 34e12, USD)]),
    ("More than 2,000 protesters gathered outside parliament.", [lower("More than 2,000", 2000)]),
    ("The welfare reforms will save around £12bn a year.", [approx("around £12bn", 12e9, GBP)]),
    ("The president's approval rating slipped to 38%, its lowest since 2021.", [ex("38%", 38, P)]),
    ("Two-thirds of the 100 senators must vote for the treaty.", [ex("Two-thirds", 0.667, FR), ex("100", 100)]),
    ("The ruling coalition holds 270 of the 450 seats.", [ex("270", 270), ex("450", 450)]),
    ("Turnout in the referendum was just under 72 per cent.", [upper("just under 72 per cent", 72, P)]),
    ("The state will give each household a one-off payment of $500.", [ex("$500", 500, USD)]),
    ("Public sector pay will rise by 5 per cent from April.", [ex("5 per cent", 5, P)]),
    ("Police estimated the crowd at 50,000, while organisers put it at 200,000.", [loose("50,000", 50000), loose("200,000", 200000)]),
    ("The Labour candidate won by a margin of 1,200 votes.", [ex("1,200", 1200)]),
    ("The European Parliament has 720 members from 27 countries.", [ex("720", 720), ex("27", 27)]),
    ("Spending on the state pension is forecast to reach £124bn this year.", [ex("£124bn", 124e9, GBP)]),
    ("Nearly 40 million Americans rely on food stamps.", [upper("Nearly 40 million", 40e6)]),
    ("The mayor proposed a 4% increase in property taxes.", [ex("4%", 4, P)]),
    ("Only 18 of the 50 states have passed such laws.", [ex("Only 18", 18), ex("50", 50)]),
    ("A 2019 law capped rent increases at 5% a year.", [ex("5%", 5, P)]),
    ("The senator, who is 81, said he would not seek a ninth term.", [ex("81", 81, ANY)]),
    ("The budget deficit narrowed to 4.4% of GDP, or $1.8 trillion.", [ex("4.4%", 4.4, P), ex("$1.8 trillion", 1.8e12, USD)]),
    ("The UN says 1.9 million people in Gaza have been displaced.", [ex("1.9 million", 1.9e6)]),
    ("The government has pledged to build 1.5 million homes by the end of the parliament.", [ex("1.5 million", 1.5e6)]),
    ("The motion was defeated 312-291.", [ex("312-291", 312, SC)]),
    ("Polls open at 7 a.m. and close at 10 p.m.", []),
    ("The opposition needs a swing of 4.5 points to win.", [ex("4.5 points", 4.5, PT)]),
    ("The aid package includes $61bn for Ukraine and $26bn for Israel.", [ex("$61bn", 61e9, USD), ex("$26bn", 26e9, USD)]),
    ("The Supreme Court ruled 6-3 to strike down the law.", [ex("6-3", 6, SC)]),
    ("Roughly 3,000 troops will be sent to the border.", [approx("Roughly 3,000", 3000)]),
    ("The tax cut is worth about $2,000 a year to the average family.", [approx("about $2,000", 2000, USD)]),
    ("He won 52.5% of the vote in the second round.", [ex("52.5%", 52.5, P)]),
    ("The party raised $45 million in the first quarter, double its rival's haul.", [ex("$45 million", 45e6, USD)], ["double"]),
    ("Some 900 delegates will attend the convention.", [approx("Some 900", 900)]),
    ("Each of the 435 House seats is up for election.", [ex("435", 435)]),
    ("The minimum wage will rise from £10.42 to £11.44 an hour.", [ex("£10.42", 10.42, GBP), ex("£11.44", 11.44, GBP)]),
    ("The city spends $5.5 billion a year on its police department, 10% of its budget.",
     [ex("$5.5 billion", 5.5e9, USD), ex("10%", 10, P)]),
    ("Fewer than half of eligible voters cast a ballot.", [upper("Fewer than half", 0.5, FR)]),
    ("Officials counted 150,000 ballots by hand over three days.", [ex("150,000", 150000)], ["three days"]),
    ("The president met the leaders of the 27 EU member states on Thursday.", [ex("27", 27)]),
    ("The Interstate 95 bridge will be rebuilt at a cost of $200m.", [ex("$200m", 200e6, USD)]),
    ("The legislation would raise $300 billion over a decade.", [ex("$300 billion", 300e9, USD)]),
    ("The independent candidate polled 9 per cent, up from 6 per cent in June.", [ex("9 per cent", 9, P), ex("6 per cent", 6, P)]),
    ("Tens of thousands of people marched against the pension reform.", [lower("Tens of thousands", 20000)]),
    ("The 46-year-old mayor won a second term with 61% of the vote.", [ex("46-year-old", 46, AGE), ex("61%", 61, P)]),
])  # fmt: skip

# A second batch in harder shapes: headlines, glued units, split scores, units after the noun, race
# times, ages of things, shares and multiples, names that hold numbers.
BUSINESS += _cases("business", [
    ("Stocks slide 2% as rate fears bite", [ex("2%", 2, P)]),
    ("Shares in the miner jumped 14 per cent to 1,340p.", [ex("14 per cent", 14, P), ex("1,340p", 13.4, GBP)]),
    ("The company's shares, which have fallen 40pc this year, closed at 212.5 pence.", [ex("40pc", 40, P), ex("212.5 pence", 2.125, GBP)]),
    ("The index added 15.6 pts to 7,890.", [ex("15.6 pts", 15.6, PT), loose("7,890", 7890)]),
    ("Revenue was $3.4bn (£2.7bn), a rise of 11% on the previous year.", [ex("$3.4bn", 3.4e9, USD), ex("£2.7bn", 2.7e9, GBP), ex("11%", 11, P)]),
    ("The bank has a 2.5 per cent stake in the lender and a 65%-owned unit in Spain.", [ex("2.5 per cent", 2.5, P), ex("65%-owned", 65, P)]),
    ("The firm made a profit of Rs 1,200 crore in the quarter.", [ex("Rs 1,200 crore", 1.2e10, "INR")]),
    ("Prices are up 3% year-on-year, with food costs up 5.2 per cent.", [ex("3%", 3, P), ex("5.2 per cent", 5.2, P)]),
    ("The company sells 800,000 barrels a day and expects output to rise to 1.2 million tonnes.",
     [ex("800,000 barrels a day", 8e5, "barrel/day"), ex("1.2 million tonnes", 1.2e6, "tonne")]),
    ("The stock hit a 52-week low of $12.30.", [ex("$12.30", 12.3, USD)], ["52-week"]),
    ("Oil prices hit a 10-year high.", [], ["10-year"]),
    ("It filed a Form 10-K with the SEC on Monday.", []),
    ("The chain has 7,000 stores in the US and 2,500 abroad.", [ex("7,000", 7000), ex("2,500", 2500)]),
    ("A 10kg bag of rice now costs twice as much as a year ago.", [ex("10kg", 10, "kg")], ["twice"]),
    ("Nvidia's market value rose by $279bn in a single day.", [ex("$279bn", 279e9, USD)], ["a single day"]),
    ("Investors pulled $40 mn from the fund, leaving it with assets of $2.3 bn.", [ex("$40 mn", 40e6, USD), ex("$2.3 bn", 2.3e9, USD)]),
    ("Ryanair carried 17.4 million passengers in August, a load factor of 96%.", [ex("17.4 million", 17.4e6), ex("96%", 96, P)]),
    ("The airline flies 737-800 and A320neo aircraft.", []),
    ("Two million shares changed hands.", [ex("Two million", 2e6)]),
    ("The 7-Eleven chain has 83,000 stores worldwide.", [ex("83,000", 83000)]),
    ("The group employs one million people across 50 countries.", [ex("one million", 1e6), ex("50", 50)]),
    ("The price was set at 3.5 times earnings, against a sector average of 2.8 times.", [ex("3.5 times", 3.5, X), ex("2.8 times", 2.8, X)]),
    ("Sales rose to 1.5 million units, up from 1.2 million.", [ex("1.5 million", 1.5e6), ex("1.2 million", 1.2e6)]),
    ("Brent rose $1.20, or 1.5%, to $82.10.", [ex("$1.20", 1.2, USD), ex("1.5%", 1.5, P), ex("$82.10", 82.1, USD)]),
    ("Copper traded at $8,500 a tonne, down from a peak of more than $10,000.", [ex("$8,500", 8500, USD), lower("more than $10,000", 10000, USD)]),
    ("The retailer's profit margin widened to 4.1% from 3.8%.", [ex("4.1%", 4.1, P), ex("3.8%", 3.8, P)]),
    ("Shares have lost roughly a quarter of their value since March.", [approx("roughly a quarter", 0.25, FR)]),
    ("The company expects revenue of between £2.1bn and £2.3bn.", [rng("between £2.1bn and £2.3bn", 2.1e9, 2.3e9, GBP)]),
    ("The firm cut its growth forecast to 2-3%.", [rng("2-3%", 2, 3, P)]),
    ("Unemployment stands at a 50-year low of 3.4%.", [ex("3.4%", 3.4, P)], ["50-year"]),
    ("The yield rose 12 basis points to 4.35%.", [ex("12 basis points", 12, BP), ex("4.35%", 4.35, P)]),
    ("The bitcoin price slumped below $60,000.", [upper("below $60,000", 60000, USD)]),
    ("It had roughly 150m monthly users at its peak.", [approx("roughly 150m", 150e6)]),
    ("The airline will buy 150 Airbus A321neo jets worth $18bn at list prices.", [ex("150", 150), ex("$18bn", 18e9, USD)]),
    ("Some 4,000 workers, or about a tenth of its staff, will lose their jobs.", [approx("Some 4,000", 4000), approx("about a tenth", 0.1, FR)]),
    ("The bank's shares are down almost 30 per cent since the start of the year.", [upper("almost 30 per cent", 30, P)]),
    ("Revenue reached ¥1.2tn in the year to March.", [ex("¥1.2tn", 1.2e12, JPY)]),
    ("The group's 2023 revenue was $12bn.", [ex("$12bn", 12e9, USD)]),
    ("The company's 10,000th store opened in Shanghai.", []),
    ("The Bank of England held rates at 5.25 per cent for a sixth time.", [ex("5.25 per cent", 5.25, P)]),
    ("Wholesale gas prices are 10 times higher than a year ago.", [ex("10 times", 10, X)]),
])  # fmt: skip

SPORT += _cases("sport", [
    ("Lebron James had 41 points, 12 rebounds and 8 assists.", [ex("41 points", 41, PT), ex("12", 12), ex("8", 8)]),
    ("He kicked a 47-yard field goal with two seconds left.", [ex("47-yard", 47, "yard")], ["two seconds"]),
    ("Arsenal took a 2-0 lead before half-time.", [ex("2-0", 2, SC)]),
    ("The world No 1 beat the 19-year-old in two sets.", [ex("19-year-old", 19, AGE), ex("two", 2)]),
    ("The striker was handed a five-match ban.", [ex("five", 5, ANY)]),
    ("She set a personal best of 10.72sec in the 100 metres.", [ex("10.72sec", 10.72, "second")], ["100 metres"]),
    ("He clocked 1:43.5 in the 800m.", [ex("1:43.5", 103.5, "second")], ["800m"]),
    ("Root was 120 not out at stumps, with England on 310 for four.", [ex("120", 120), ex("310", 310), ex("four", 4)]),
    ("Anderson took figures of 5-42.", [], ["5-42"]),
    ("McIlroy is at 12-under after a 66 on Saturday.", [ex("12", 12, ANY), ex("66", 66)]),
    ("The midfielder, aged just 17, became the youngest scorer in the club's history.", [ex("17", 17, AGE)]),
    ("Odds of 5-1 were offered on a draw.", [], ["5-1"]),
    ("The 2024-25 season starts in August.", []),
    ("Warriors guard Stephen Curry made nine three-pointers.", [ex("nine", 9)]),
    ("The Olympic champion won gold in the 1500m freestyle by more than 10 seconds.", [], ["1500m", "more than 10 seconds"]),
    ("Fans paid as much as £200 for a ticket.", [upper("as much as £200", 200, GBP)]),
    ("The team has lost four of its past five games.", [ex("four", 4), ex("five", 5)]),
    ("The race was run over 42.195km.", [loose("42.195km", 42.195, "km")]),
    ("Kipchoge crossed the line in 2hr 1min 9sec.", [loose("2hr 1min 9sec")]),
    ("Federer won 20 majors, two fewer than Nadal.", [ex("20", 20), ex("two", 2)]),
    ("The Eagles won 38-35 in overtime.", [ex("38-35", 38, SC)]),
    ("The All Blacks ran in eight tries.", [ex("eight", 8)]),
    ("Bayern have won 11 straight Bundesliga titles.", [ex("11", 11)]),
    ("He averaged 27.4 points per game.", [ex("27.4 points", 27.4, PT)]),
    ("The transfer fee could rise to £100m with add-ons.", [ex("£100m", 100e6, GBP)]),
    ("Attendance was down by a quarter.", [ex("a quarter", 0.25, FR)]),
    ("Bolt's 100m world record of 9.58sec has stood since 2009.", [ex("9.58sec", 9.58, "second")], ["100m"]),
    ("The pitcher threw a fastball at 102 mph.", [ex("102 mph", 102, "mph")]),
    ("The Tour's 21 stages cover 3,492 kilometres.", [ex("21", 21), ex("3,492 kilometres", 3492, "km")]),
    ("The 34-year-old has won 88 caps.", [ex("34-year-old", 34, AGE), ex("88", 88)]),
    ("Premier League clubs spent a record £2.36bn in the summer window.", [ex("£2.36bn", 2.36e9, GBP)]),
    ("They have won just one of their last 10 games.", [ex("just one", 1), ex("10", 10)]),
    ("The ball travelled 450 feet.", [ex("450 feet", 450, "ft")]),
    ("A crowd of 80,000-plus watched the game.", [lower("80,000-plus", 80000)]),
    ("He needs 26 runs to reach 10,000 in Test cricket.", [ex("26", 26), ex("10,000", 10000)]),
])  # fmt: skip

SCIENCE += _cases("science", [
    ("The average temperature was 32°C, with highs of 38 °C.", [ex("32°C", 32, "degree_c"), ex("38 °C", 38, "degree_c")]),
    ("Temperatures fell to -5°C overnight.", [ex("-5°C", -5, "degree_c")]),
    ("Warming should be limited to 1.5C.", [ex("1.5C", 1.5, "degree_c")]),
    ("The Earth is 4.5 billion years old.", [ex("4.5 billion years old", 4.5e9, AGE)]),
    ("The star lies 12,000 light-years from Earth.", [ex("12,000 light-years", 12000, "light_year")]),
    ("A 5.6-magnitude quake struck at a depth of 10km.", [ex("5.6", 5.6, ANY), ex("10km", 10, "km")]),
    ("A magnitude-7.8 earthquake hit the region.", [ex("magnitude-7.8", 7.8, ANY)]),
    ("Carbon dioxide levels reached 420 parts per million.", [ex("420 parts per million", 420, "ppm")]),
    ("There is a 20% chance of rain tomorrow.", [ex("20%", 20, P)]),
    ("One in three adults is overweight.", [ex("One in three", 0.333, FR)]),
    ("Nine out of 10 doctors recommend it.", [ex("Nine out of 10", 0.9, FR)]),
    ("The H5N1 virus has spread to 12 countries.", [ex("12", 12)]),
    ("Up to 100mm of rain fell, with wind gusts of 80km/h.", [upper("Up to 100mm", 100, "mm"), ex("80km/h", 80, "km/h")]),
    ("The body temperature reached 98.6F.", [ex("98.6F", 98.6, "degree_f")]),
    ("The outbreak has infected more than 1,000 people, killing 45.", [lower("more than 1,000", 1000), ex("45", 45)]),
    ("The 1,000-year-old tree is 30m tall.", [ex("1,000-year-old", 1000, AGE), ex("30m", 30, "m")]),
    ("The cure rate rose from 60 percent to 85 percent.", [ex("60 percent", 60, P), ex("85 percent", 85, P)]),
    ("Each tablet contains 500mg of paracetamol.", [ex("500mg", 500, "mg")]),
    ("The rocket stands 120 metres tall and weighs 5,000 tonnes.", [ex("120 metres", 120, "m"), ex("5,000 tonnes", 5000, "tonne")]),
    ("Temperatures could hit 45 degrees Celsius.", [ex("45 degrees Celsius", 45, "degree_c")]),
    ("The quake, which measured 6.2 on the Richter scale, killed 300 people.", [ex("6.2", 6.2, ANY), ex("300", 300)]),
    ("Around 1 in 10 people will develop the condition.", [approx("Around 1 in 10", 0.1, FR)]),
    ("Rainfall totals of 200-300mm are possible.", [rng("200-300mm", 200, 300, "mm")]),
    ("Winds gusting to 70mph are forecast.", [ex("70mph", 70, "mph")]),
    ("The spacecraft is travelling at 17,500mph.", [ex("17,500mph", 17500, "mph")]),
    ("The vaccine reduces hospitalisation by up to 90 per cent.", [upper("up to 90 per cent", 90, P)]),
    ("Doctors carried out 1.2m operations last year, 5% fewer than in 2019.", [ex("1.2m", 1.2e6), ex("5%", 5, P)]),
    ("The exoplanet is about 40 light years away.", [approx("about 40 light years", 40, "light_year")]),
    ("Ocean temperatures were 0.2C higher than the previous record.", [ex("0.2C", 0.2, "degree_c")]),
    ("Scientists found 300 new species on the 12-day expedition.", [ex("300", 300)], ["12-day"]),
    ("The eruption sent ash 15km into the sky.", [ex("15km", 15, "km")]),
    ("Three-quarters of the world's population lives in the northern hemisphere.", [ex("Three-quarters", 0.75, FR)]),
    ("The drug costs £20,000 per patient per year.", [ex("£20,000", 20000, GBP)]),
    ("More than 1 in 4 deaths are caused by heart disease.", [lower("More than 1 in 4", 0.25, FR)]),
])  # fmt: skip

POLITICS += _cases("politics", [
    ("The bill was approved 218-212 in the House.", [ex("218-212", 218, SC)]),
    ("The Senate is split 50-50.", [], ["50-50"]),
    ("The 27-member bloc agreed a €50bn package.", [ex("27", 27), ex("€50bn", 50e9, EUR)]),
    ("The party won 51% to 49%.", [ex("51%", 51, P), ex("49%", 49, P)]),
    ("The prime minister lives at 10 Downing Street.", []),
    ("NATO's Article 5 has been invoked only once.", [], ["only once"]),
    ("The 25th Amendment has never been used.", []),
    ("Republicans hold a 222-213 majority.", [ex("222-213", 222, SC)]),
    ("The plan would cost £9bn a year.", [ex("£9bn", 9e9, GBP)]),
    ("The first 100 days of the administration saw 50 executive orders.", [ex("50", 50)], ["100 days"]),
    ("Labour has a 20-point lead in the polls.", [ex("20", 20, ANY)]),
    ("The government unveiled a five-point plan.", [], ["five-point"]),
    ("The Conservatives lost 1,000 councillors.", [ex("1,000", 1000)]),
    ("He served two terms as governor.", [ex("two", 2)]),
    ("Proposition 13 limits property taxes to 1% of assessed value.", [ex("1%", 1, P)]),
    ("The G20 summit will be held in Brazil.", []),
    ("The 118th Congress passed 27 laws in its first year.", [ex("27", 27)]),
    ("A few hundred people attended the rally.", [lower("A few hundred", 200)]),
    ("More than a million people have fled the country.", [lower("More than a million", 1e6)]),
    ("Half a million voters are yet to register.", [ex("Half a million", 5e5)]),
    ("The turnout was 4 percentage points lower than in 2019.", [ex("4 percentage points", 4, PP)]),
    ("The minister announced a £350m-a-year fund.", [ex("£350m", 350e6, GBP)]),
    ("The 64-year-old senator won 55 per cent of the vote.", [ex("64-year-old", 64, AGE), ex("55 per cent", 55, P)]),
    ("The tax would raise an extra $1.2tn over ten years.", [ex("$1.2tn", 1.2e12, USD)], ["ten years"]),
    ("Nearly one in four voters is undecided.", [upper("Nearly one in four", 0.25, FR)]),
    ("The House voted 220 to 215 to pass the bill.", [ex("220", 220), ex("215", 215)]),
    ("A quarter of MPs voted against the government.", [ex("A quarter", 0.25, FR)]),
    ("Labour won 411 of the 650 seats.", [ex("411", 411), ex("650", 650)]),
    ("Trump won 74.2 million votes.", [ex("74.2 million", 74.2e6)]),
    ("The referendum passed with 52% of the vote.", [ex("52%", 52, P)]),
    ("The 2024 budget includes $886bn for defence.", [ex("$886bn", 886e9, USD)]),
    ("The UN's 193 member states adopted the resolution.", [ex("193", 193)]),
    ("A poll of 2,000 voters put the party on 23%.", [ex("2,000", 2000), ex("23%", 23, P)]),
    ("The government's majority was cut to 21.", [ex("21", 21)]),
    ("More than two-thirds of Americans support the ban.", [lower("More than two-thirds", 0.667, FR)]),
    ("The council tax rise of 4.99% was approved.", [ex("4.99%", 4.99, P)]),
    ("Macron won 58.5% against 41.5% for Le Pen.", [ex("58.5%", 58.5, P), ex("41.5%", 41.5, P)]),
    ("Roughly 1 in 3 Republicans believe the claim.", [approx("Roughly 1 in 3", 0.333, FR)]),
    ("The chancellor raised the threshold to £12,570.", [ex("£12,570", 12570, GBP)]),
    ("Over 100 MPs signed the letter.", [lower("Over 100", 100)]),
])  # fmt: skip

# A third batch: revisions and paths, number words with "and", sentence-final units, counts of one.
BUSINESS += _cases("business", [
    ("The jackpot stands at a whopping £150m.", [ex("£150m", 150e6, GBP)]),
    ("The figure was revised up to 3.1% from 2.9%.", [ex("3.1%", 3.1, P), ex("2.9%", 2.9, P)]),
    ("Inflation hit 11.1%, a 41-year high.", [ex("11.1%", 11.1, P)], ["41-year"]),
    ("Its shares have almost halved since January.", [upper("almost halved", 0.5, X)]),
    ("The ECB cut rates by a quarter of a percentage point.", [ex("a quarter of a percentage point", 0.25, PP)]),
    ("Economists polled by Reuters had expected a 0.3% rise.", [ex("0.3%", 0.3, P)]),
    ("The FTSE 250 rose 0.8% to 19,876.", [ex("0.8%", 0.8, P), loose("19,876", 19876)]),
    ("The price of a pint has risen by 20p to £4.80.", [ex("20p", 0.2, GBP), ex("£4.80", 4.8, GBP)]),
    ("The company's value has plunged by two-thirds.", [ex("two-thirds", 0.667, FR)]),
    ("GDP grew at an annualised rate of 2.4%.", [ex("2.4%", 2.4, P)]),
    ("Gas prices averaged $3.52 a gallon nationwide.", [ex("$3.52", 3.52, USD)]),
    ("Tickets start at $49.99.", [ex("$49.99", 49.99, USD)]),
    ("A hundred and fifty jobs will go.", [ex("A hundred and fifty", 150)]),
    ("The bank expects two more rate cuts this year.", [ex("two", 2)]),
])  # fmt: skip

SPORT += _cases("sport", [
    ("Arsenal are five points behind leaders Liverpool with a game in hand.", [ex("five points", 5, PT)]),
    ("The Bulls won 10 of their last 12 games.", [ex("10", 10), ex("12", 12)]),
    ("Spain's 1-0 win over England secured the title.", [ex("1-0", 1, SC)]),
    ("Djokovic leads their head-to-head 30-29.", [ex("30-29", 30, SC)]),
    ("She ran a 3:49.11 mile.", [ex("3:49.11", 229.11, "second")]),
    ("The visitors were reduced to 10 men after 35 minutes.", [ex("10", 10)], ["35 minutes"]),
    ("He was sent off in the 89th minute.", []),
    ("The jockey rode his 4,000th winner.", []),
    ("Twenty-five people were arrested after the match.", [ex("Twenty-five", 25)]),
])  # fmt: skip

SCIENCE += _cases("science", [
    ("The quake's epicentre was 10 miles (16 km) deep.", [ex("10 miles", 10, "mile"), ex("16 km", 16, "km")]),
    ("About 2,000 people a day are admitted to hospital.", [approx("About 2,000", 2000)]),
    ("The storm dumped 2ft of snow on Buffalo.", [ex("2ft", 2, "ft")]),
    ("The comet is 4 km across and travels at 150,000 km/h.", [ex("4 km", 4, "km"), ex("150,000 km/h", 150000, "km/h")]),
    ("The world population passed 8 billion in November.", [lower("8 billion", 8e9)]),
    ("Average rainfall is 1,200mm a year.", [ex("1,200mm", 1200, "mm")]),
    ("Some 60% to 70% of cases are mild.", [rng("Some 60% to 70%", 60, 70, P)]),
    ("The researchers tested 50 mice and 20 rats.", [ex("50", 50), ex("20", 20)]),
    ("Half of all adults take no exercise.", [ex("Half", 0.5, FR)]),
    ("One person was killed and four others were injured.", [ex("One", 1), ex("four", 4)]),
])  # fmt: skip

POLITICS += _cases("politics", [
    ("The US has 50 states and 435 congressional districts.", [ex("50", 50), ex("435", 435)]),
    ("The party's vote share rose 4 points to 38%.", [ex("4 points", 4, PT), ex("38%", 38, P)]),
    ("The government will recruit 20,000 extra police officers.", [ex("20,000", 20000)]),
    ("He won the seat with a majority of just 57.", [ex("just 57", 57)]),
    ("The spending plan totals $1.2tn over 10 years.", [ex("$1.2tn", 1.2e12, USD)], ["10 years"]),
    ("Voter turnout hit a record 66.8 per cent.", [ex("66.8 per cent", 66.8, P)]),
    ("The 79-year-old president faces a 59-year-old rival.", [ex("79-year-old", 79, AGE), ex("59-year-old", 59, AGE)]),
    ("Some 40 of the 100 senators oppose the bill.", [approx("Some 40", 40), ex("100", 100)]),
    ("A £2,000-a-year tax cut was promised.", [ex("£2,000", 2000, GBP)]),
    ("At least one protester was hurt.", [lower("At least one", 1)]),
])  # fmt: skip

# A fourth batch: hedges of every kind, and names that hold numbers.
BUSINESS += _cases("business", [
    ("In excess of $2bn was spent on the project.", [lower("In excess of $2bn", 2e9, USD)]),
    ("North of $500 million was raised.", [lower("North of $500 million", 5e8, USD)]),
    ("The cost is in the region of £3bn.", [approx("in the region of £3bn", 3e9, GBP)]),
    ("The deal is worth around $1bn or so.", [approx("around $1bn or so", 1e9, USD)]),
    ("Approximately 7.5 million barrels were shipped.", [approx("Approximately 7.5 million barrels", 7.5e6, "barrel")]),
    ("The company lost as much as 40% of its value.", [upper("as much as 40%", 40, P)]),
    ("The firm lost 2-3m customers.", [rng("2-3m", 2e6, 3e6)]),
    ("The S&P 500 rose 1.2% while the Russell 2000 fell.", [ex("1.2%", 1.2, P)]),
    ("The Stoxx 600 hit a record as the Fortune 500 company reported results.", []),
    ("Sony has sold 50 million PS5 consoles.", [ex("50 million", 50e6)]),
    ("Apple's iPhone 15 Pro costs $999.", [ex("$999", 999, USD)]),
    ("Coca-Cola sells 1.9 billion servings a day.", [ex("1.9 billion", 1.9e9)]),
])  # fmt: skip

SPORT += _cases("sport", [
    ("Upwards of 5,000 people attended.", [lower("Upwards of 5,000", 5000)]),
    ("The crowd was estimated at 10,000-plus.", [lower("estimated at 10,000-plus", 10000)]),
    ("Euro 2024 drew record crowds.", []),
    ("Game 7 of the series is on Sunday.", []),
    ("Schalke 04 were relegated.", []),
    ("The San Francisco 49ers signed the quarterback.", []),
    ("It was a top-five finish for the rookie.", []),
    ("Clubs in the Premier League earn more than £100m each.", [lower("more than £100m", 1e8, GBP)]),
])  # fmt: skip

SCIENCE += _cases("science", [
    ("At most 5 cm of rain is expected.", [upper("At most 5 cm", 5, "cm")]),
    ("Temperatures of up to 38C are forecast, with lows of around 20C.", [upper("up to 38C", 38, "degree_c"), approx("around 20C", 20, "degree_c")]),
    ("The storm killed at least 12 and injured dozens more.", [lower("at least 12", 12), lower("dozens", 24)]),
    ("The waves were between 2m and 3m high.", [rng("between 2m and 3m", 2, 3, "m")]),
    ("Barely 2% of the land is farmed.", [upper("Barely 2%", 2, P)]),
    ("An estimated 2.3 million people lack water.", [approx("An estimated 2.3 million", 2.3e6)]),
    ("SpaceX launched a Falcon 9 rocket from Cape Canaveral.", []),
    ("Hurricane Milton strengthened into a Category 5 storm.", []),
    ("The Apollo 11 astronauts spent 21 hours on the Moon.", [], ["21 hours"]),
    ("CO2 emissions fell 2% last year.", [ex("2%", 2, P)]),
    ("The PM2.5 level reached 300 micrograms per cubic metre.", [ex("300 micrograms", 300, ANY)]),
])  # fmt: skip

POLITICS += _cases("politics", [
    ("Shy of 50% of voters turned out.", [upper("Shy of 50%", 50, P)]),
    ("Between about 12 and 15 per cent of staff quit.", [rng("Between about 12 and 15 per cent", 12, 15, P)]),
    ("As many as 1,000 jobs are at risk.", [upper("As many as 1,000", 1000)]),
    ("No more than 20 people may gather.", [upper("No more than 20", 20)]),
    ("Not less than 30% of the seats go to women.", [lower("Not less than 30%", 30, P)]),
    ("Close to 40% of adults are obese.", [upper("Close to 40%", 40, P)]),
    ("Well over half of the members voted.", [lower("Well over half", 0.5, FR)]),
    ("Fewer than one in five firms expect growth.", [upper("Fewer than one in five", 0.2, FR)]),
    ("Just under a third of the budget goes on health.", [upper("Just under a third", 0.333, FR)]),
    ("Almost two-thirds of the vote went to the incumbent.", [upper("Almost two-thirds", 0.667, FR)]),
    ("The population is between 2m and 2.5m.", [rng("between 2m and 2.5m", 2e6, 2.5e6)]),
    ("The deficit could top $2 trillion.", [lower("$2 trillion", 2e12, USD)]),
    ("More than 30,000 people, including about 12,000 children, have died.", [lower("More than 30,000", 30000), approx("about 12,000", 12000)]),
    ("Saudi Arabia's Vision 2030 plan aims to diversify the economy.", []),
    ("Leaders gathered for COP28 in Dubai.", []),
    ("The Class of 2024 graduates next week.", []),
    ("The suspect, 24, was arrested in Leeds.", [ex("24", 24, AGE)]),
])  # fmt: skip

CASES: list[Case] = BUSINESS + SPORT + SCIENCE + POLITICS
DOMAINS = ("business", "sport", "science", "politics")


# -- scoring ------------------------------------------------------------------------------------


def _close(a, b) -> bool:
    if a is ANY or b is ANY:
        return True
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= max(1e-6, 0.002 * abs(b))


def value_ok(fig: Fig, q) -> bool:
    return _close(q.value, fig.value) and (fig.unit is ANY or q.unit == fig.unit)


def interval_ok(fig: Fig, q) -> bool:
    if fig.bound is ANY:
        return True
    return q.bound == fig.bound and _close(q.low, fig.low) and _close(q.high, fig.high)


def _spans(text: str, needles) -> list[tuple[int, int]]:
    out, pos = [], 0
    for needle in needles:
        k = text.find(needle, pos)
        if k < 0:
            k = text.find(needle)
        if k < 0:
            raise ValueError(f"{needle!r} not in {text!r}")
        out.append((k, k + len(needle)))
        pos = k + len(needle)
    return out


def judge(case: Case, claims) -> dict:
    """The case's figures matched to claims: found, value right, interval right, and the false claims."""
    spans = _spans(case.text, [f.text for f in case.figs])
    ignored = _spans(case.text, case.ignore) if case.ignore else []
    used: set[int] = set()
    rows = []
    for fig, (a, b) in zip(case.figs, spans):
        over = [k for k, c in enumerate(claims) if k not in used and c.span[0] < b and a < c.span[1]]
        best = next((k for k in over if value_ok(fig, claims[k].quantity) and interval_ok(fig, claims[k].quantity)), None)
        if best is None:
            best = next((k for k in over if value_ok(fig, claims[k].quantity)), over[0] if over else None)
        if best is None:
            rows.append((fig, None, False, False))
            continue
        used.add(best)
        q = claims[best].quantity
        v = value_ok(fig, q)
        rows.append((fig, claims[best], v, v and interval_ok(fig, q)))
    false = [
        c
        for k, c in enumerate(claims)
        if k not in used and not any(c.span[0] < b and a < c.span[1] for a, b in ignored)
    ]
    return {"rows": rows, "false": false}


def run_claims(nlp, texts, published=PUB):
    docs = []
    for k, text in enumerate(texts):
        doc = nlp.make_doc(text)
        doc._.article_id = f"c{k}"
        doc._.published = published
        docs.append(doc)
    return [doc._.claims for doc in nlp.pipe(docs)]


def score(nlp, cases=CASES) -> dict:
    totals = {d: {"sentences": 0, "figures": 0, "found": 0, "value": 0, "interval": 0, "false": 0} for d in DOMAINS}
    misses = []
    for case, claims in zip(cases, run_claims(nlp, [c.text for c in cases])):
        t = totals[case.domain]
        t["sentences"] += 1
        j = judge(case, claims)
        bad = False
        for fig, claim, v, i in j["rows"]:
            t["figures"] += 1
            t["found"] += claim is not None
            t["value"] += v
            t["interval"] += i
            bad |= not i
        t["false"] += len(j["false"])
        bad |= bool(j["false"])
        if bad:
            misses.append((case, j))
    return {"totals": totals, "misses": misses}


def assert_right(case: Case, claims) -> None:
    """Fail unless every figure of ``case`` is among ``claims`` with its value, unit and interval, and no claim is false."""
    j = judge(case, claims)
    wrong = [(fig.text, claim.text if claim else None, claim.quantity if claim else None)
             for fig, claim, v, i in j["rows"] if not i]
    assert not wrong, wrong
    assert not j["false"], [(c.text, c.quantity.value) for c in j["false"]]


def _describe(q) -> str:
    return f"{q.value:g} {q.bound} [{q.low}, {q.high}] {q.unit}"


def report(cases=None) -> None:  # pragma: no cover - a report for people
    """Print every miss of ``cases`` (this set by default) and the counts per domain."""
    import sys

    from newsledger.nlp import load_pipeline

    result = score(load_pipeline()) if cases is None else score(load_pipeline(), cases)
    for case, j in result["misses"]:
        print(f"[{case.domain}] {case.text}")
        for fig, claim, v, i in j["rows"]:
            if not i:
                got = f"{claim.text!r} {_describe(claim.quantity)}" if claim else "MISSING"
                want = " ".join("*" if x is ANY else str(x) for x in (fig.value, fig.bound, fig.unit))
                print(f"    want {fig.text!r} {want}: got {got}")
        for c in j["false"]:
            print(f"    FALSE {c.text!r} {_describe(c.quantity)}")
    all_t = {k: sum(t[k] for t in result["totals"].values()) for k in next(iter(result["totals"].values()))}
    for name, t in [*result["totals"].items(), ("all", all_t)]:
        print(f"{name:9} sentences {t['sentences']:3} figures {t['figures']:3} found {t['found']:3} value {t['value']:3} "
              f"interval {t['interval']:3} false {t['false']:3}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover - a report for people
    report()
