"""A second fresh set of figures in news sentences, written after the fixes for the first fresh set and
measured before any rule was changed for it: an estimate of how the rules do on news they were not
tuned on. Same conventions and judge as :mod:`fixtures_news_figures` and :mod:`fixtures_news_figures_fresh`.

``python tests/fixtures_news_figures_unseen.py`` prints the counts per domain and every miss.
"""

from __future__ import annotations

from fixtures_news_figures import ANY, Case, _cases, approx, ex, lower, loose, rng, upper  # noqa: F401

P, PP, BP, PT = "percent", "percentage_point", "basis_point", "point"
USD, GBP, EUR, JPY = "USD", "GBP", "EUR", "JPY"
FR, X, AGE, SC, S = "fraction", "times", "years", "score", "second"
C, F, M, KM = "degree_c", "degree_f", "m", "km"

BUSINESS = _cases("business", [
    ("Germany's economy contracted 0.3% in the second quarter, and the Bundesbank expects a further 0.2% decline in the third.",
     [ex("0.3%", 0.3, P), ex("0.2%", 0.2, P)]),
    ("The central bank delivered a quarter-point cut, taking its key rate to 4.25%, the lowest in two years.",
     [ex("quarter-point", 0.25, ANY), ex("4.25%", 4.25, P)], ["two years"]),
    ("Qantas reported an underlying pre-tax profit of A$2.47 billion and said it would return A$400 million to shareholders.",
     [ex("A$2.47 billion", 2.47e9, "AUD"), ex("A$400 million", 400e6, "AUD")]),
    ("Petrobras will invest R$111 billion over five years, with roughly two-thirds going to exploration and production.",
     [ex("R$111 billion", 111e9, "BRL"), approx("roughly two-thirds", 0.667, FR)], ["five years"]),
    ("Reliance Industries posted a net profit of ₹19,878 crore, up 7.3% on the year, as its telecom arm added 8.4 million users.",
     [ex("₹19,878 crore", 1.9878e11, "INR"), ex("7.3%", 7.3, P), ex("8.4 million", 8.4e6)]),
    ("The S&P 500 fell 1.2% to 5,432.1, while the yield on two-year notes dropped 9 bps to 3.98%.",
     [ex("1.2%", 1.2, P), loose("5,432.1", 5432.1), ex("9 bps", 9, BP), ex("3.98%", 3.98, P)]),
    ("Singapore Airlines carried 3.2 million passengers in July, and its load factor rose to 88.4 per cent.",
     [ex("3.2 million", 3.2e6), ex("88.4 per cent", 88.4, P)]),
    ("Three-quarters of the 1,500 firms surveyed said they planned to raise prices in the next six months.",
     [ex("Three-quarters", 0.75, FR), ex("1,500", 1500)], ["six months"]),
    ("The Japanese carmaker expects operating profit of ¥4.3 trillion for the year to March, down from ¥5.35 trillion.",
     [ex("¥4.3 trillion", 4.3e12, JPY), ex("¥5.35 trillion", 5.35e12, JPY)]),
    ("Copper hit a record $11,104.50 a tonne on the London Metal Exchange, having gained more than 25% this year.",
     [ex("$11,104.50", 11104.5, USD), lower("more than 25%", 25, P)]),
    ("The iPhone 16 maker returned $29 billion to shareholders in the quarter, including $3.9 billion in dividends.",
     [ex("$29 billion", 29e9, USD), ex("$3.9 billion", 3.9e9, USD)]),
    ("Jobless claims fell by 12,000 to 219,000 in the week ended Nov. 23, the Labor Department said.",
     [ex("12,000", 12000), ex("219,000", 219000)]),
    ("The watchdog said 1 in 4 customers had been overcharged by an average of £87.",
     [ex("1 in 4", 0.25, FR), ex("£87", 87, GBP)]),
    ("The takeover, worth about €2.4bn ($2.6bn), is the group's biggest since 2019.",
     [approx("about €2.4bn", 2.4e9, EUR), ex("$2.6bn", 2.6e9, USD)]),
    ("Factory output shrank for a 14th straight month, with the purchasing managers' index at 46.2, below the 50 mark that separates growth from contraction.",
     [loose("46.2", 46.2), ex("50", 50, ANY)]),
    ("Shares in the Hong Kong-listed developer plunged as much as 40% to HK$0.36, wiping out HK$1.2 billion of market value.",
     [upper("as much as 40%", 40, P), ex("HK$0.36", 0.36, "HKD"), ex("HK$1.2 billion", 1.2e9, "HKD")]),
    ("Economists polled by Reuters expect growth of between 1% and 1.5% next year, after an estimated 0.8% this year.",
     [rng("between 1% and 1.5%", 1, 1.5, P), approx("an estimated 0.8%", 0.8, P)]),
    ("The chain will shut 55 of its 300 stores, putting up to 2,000 jobs at risk.",
     [ex("55", 55), ex("300", 300), upper("up to 2,000", 2000)]),
    ("Cocoa futures have almost tripled since January, trading above $10,000 a tonne in New York.",
     [upper("almost tripled", 3, X), lower("above $10,000", 10000, USD)]),
    ("The lender cut its forecast for net interest income by half a percentage point, to growth of 2.5%.",
     [ex("half a percentage point", 0.5, PP), ex("2.5%", 2.5, P)]),
    ("Average weekly earnings rose to £712, some 5.2 per cent higher than a year earlier.",
     [ex("£712", 712, GBP), approx("some 5.2 per cent", 5.2, P)]),
    ("The Airbus A350 order, for 20 jets, is valued at roughly $6.8 billion at list prices.",
     [ex("20", 20), approx("roughly $6.8 billion", 6.8e9, USD)]),
    ("For inquiries call +44 20 7946 0321; the company has 12,400 employees in 31 countries.",
     [ex("12,400", 12400), ex("31", 31)]),
    ("Mortgage approvals rose to 65,600 in October, the highest since August 2022, Bank of England figures showed.",
     [ex("65,600", 65600)]),
    ("The peso has slumped 18% against the dollar since the June 2 election, trading at 19.9 per dollar.",
     [ex("18%", 18, P), ex("19.9", 19.9, ANY)]),
])  # fmt: skip

SPORT = _cases("sport", [
    ("Bayern came from behind to draw 4-4 with Barcelona, and go through 7-5 on aggregate.",
     [ex("4-4", 4, SC), ex("7-5", 7, SC)]),
    ("Joe Root made 262 and Harry Brook 317 as England declared on 823 for seven, their highest total since 1938.",
     [ex("262", 262), ex("317", 317), ex("823 for seven", 823, ANY)]),
    ("The Dutch cyclist covered 55.089 kilometres in an hour to set a new world record in Grenchen.",
     [ex("55.089 kilometres", 55.089, KM)], ["an hour"]),
    ("The 18-year-old scored twice in the first half and has now netted 11 times in 15 games.",
     [ex("18-year-old", 18, AGE), ex("twice", 2, ANY), ex("11", 11), ex("15", 15)]),
    ("A sell-out crowd of 82,300 saw the Springboks edge New Zealand 12-11, a third straight win over their rivals.",
     [ex("82,300", 82300), ex("12-11", 12, SC)]),
    ("Novak Djokovic, 37, beat the world No 2 in straight sets, 6-4, 7-6, in two hours and 14 minutes.",
     [ex("37", 37, AGE), ex("6-4", 6, SC), ex("7-6", 7, SC)], ["two hours and 14 minutes"]),
    ("Sprinter Noah Lyles won the 100m in 9.79 seconds, five thousandths of a second ahead of Kishane Thompson.",
     [ex("9.79 seconds", 9.79, S), ex("five thousandths of a second", 0.005, S)], ["100m"]),
    ("The club has agreed a fee of about £45m, plus add-ons worth up to £10m, for the 22-year-old midfielder.",
     [approx("about £45m", 45e6, GBP), upper("up to £10m", 10e6, GBP), ex("22-year-old", 22, AGE)]),
    ("Caitlin Clark finished with 27 points and 13 assists, and the Fever outscored Chicago 32-18 in the fourth quarter.",
     [ex("27 points", 27, ANY), ex("13", 13), ex("32-18", 32, SC)]),
    ("Nearly 70,000 fans packed Wembley, where tickets changed hands for more than £1,000 on resale sites.",
     [upper("Nearly 70,000", 70000), lower("more than £1,000", 1000, GBP)]),
    ("The Kenyan ran 2:00:35 in Chicago, 34 seconds faster than the previous world record.",
     [ex("2:00:35", 7235, S), ex("34 seconds", 34, S)]),
    ("The 2026 World Cup will feature 48 teams playing 104 matches in 16 host cities.",
     [ex("48", 48), ex("104", 104), ex("16", 16)]),
    ("Scotland lost by 27 runs after being bowled out for 152 in 38.2 overs.",
     [ex("27", 27), ex("152", 152), ex("38.2", 38.2, ANY)]),
    ("The Frenchman jumped 8.36 metres, two centimetres short of his personal best.",
     [ex("8.36 metres", 8.36, M), ex("two centimetres", 2, "cm")]),
    ("Leclerc finished 2.3 seconds behind the race winner, with Hamilton a further 11 seconds back.",
     [ex("2.3 seconds", 2.3, S), ex("11 seconds", 11, S)]),
    ("The F1 team's budget cap is $135 million a year, and breaches can bring fines of up to 5% of it.",
     [ex("$135 million", 135e6, USD), upper("up to 5%", 5, P)]),
    ("The Celtics won 108-89 to take a 3-1 lead in the best-of-seven series.",
     [ex("108-89", 108, SC), ex("3-1", 3, SC)], ["best-of-seven"]),
    ("The golfer, 29, earned $25 million in bonuses after winning seven titles this season.",
     [ex("29", 29, AGE), ex("$25 million", 25e6, USD), ex("seven", 7)]),
    ("The stadium's roof, 150 metres wide and weighing some 7,000 tonnes, took two years to build.",
     [ex("150 metres", 150, M), approx("some 7,000 tonnes", 7000, "tonne")], ["two years"]),
    ("India's women won by eight wickets, chasing 180 with 21 balls to spare.",
     [ex("eight", 8), ex("180", 180), ex("21", 21)]),
    ("The jockey has ridden more than 4,000 winners in a career spanning 30 years.",
     [lower("more than 4,000", 4000)], ["30 years"]),
    ("Sheffield United, relegated with a record 104 goals conceded, have spent about £60m since returning.",
     [ex("104", 104), approx("about £60m", 60e6, GBP)]),
    ("The swimmer, who is 6ft 4in, won four golds and set two world records at the championships.",
     [loose("6ft 4in"), ex("four", 4), ex("two", 2)]),
    ("The 72-hole tournament offers a purse of $20 million, with $3.6 million to the winner.",
     [ex("$20 million", 20e6, USD), ex("$3.6 million", 3.6e6, USD)], ["72-hole"]),
    ("Attendance at Premier League matches averaged 38,500 last season, up 1.8 per cent.",
     [ex("38,500", 38500), ex("1.8 per cent", 1.8, P)]),
])  # fmt: skip

SCIENCE = _cases("science", [
    ("Temperatures dropped to -12C overnight in Warsaw, and forecasters warned of up to 30cm of snow in the mountains.",
     [ex("-12C", -12, C), upper("up to 30cm", 30, "cm")]),
    ("The 7.1-magnitude earthquake struck 10km below the seabed, about 50km off the coast, at 2:14am.",
     [ex("7.1-magnitude", 7.1, ANY), ex("10km", 10, KM), approx("about 50km", 50, KM)]),
    ("Typhoon Gaemi brought gusts of up to 227 km/h and more than 1,000mm of rain to parts of Taiwan.",
     [upper("up to 227 km/h", 227, "km/h"), lower("more than 1,000mm", 1000, "mm")]),
    ("Scientists found microplastics in 87% of the 250 samples, at concentrations of up to 4.2 milligrams per litre.",
     [ex("87%", 87, P), ex("250", 250), upper("up to 4.2 milligrams per litre", 4.2, ANY)]),
    ("The drug lowered LDL cholesterol by 58% in a trial of 14,000 patients over a median of 3.4 years.",
     [ex("58%", 58, P), ex("14,000", 14000)], ["3.4 years"]),
    ("Roughly a third of the world's 8 billion people live in areas with high water stress.",
     [approx("Roughly a third", 0.333, FR), ex("8 billion", 8e9)]),
    ("The exoplanet is about 1.3 times the size of Earth and orbits its star every 11.2 days.",
     [approx("about 1.3 times", 1.3, X)], ["11.2 days"]),
    ("Heat-related deaths in Europe topped 47,000 last year, with Greece, Bulgaria and Italy worst hit.",
     [lower("47,000", 47000)]),
    ("The island recorded 39.5 degrees Celsius on Sunday, 1.2 degrees above the previous national record.",
     [ex("39.5 degrees Celsius", 39.5, C), ex("1.2 degrees", 1.2, ANY)]),
    ("Fewer than 3,900 tigers remain in the wild, and poaching has cut some populations by half in a decade.",
     [upper("Fewer than 3,900", 3900), ex("half", 0.5, FR)], ["a decade"]),
    ("A boy aged 12 and his 15-year-old sister were among the 31 people treated in hospital.",
     [ex("aged 12", 12, AGE), ex("15-year-old", 15, AGE), ex("31", 31)]),
    ("The rover has driven 30.4 km since landing in 2021 and collected 24 rock samples.",
     [ex("30.4 km", 30.4, KM), ex("24", 24)]),
    ("The flood defences, built to withstand a 1-in-100-year event, failed when the river rose 5.2 metres.",
     [ex("5.2 metres", 5.2, M)], ["1-in-100-year"]),
    ("Obesity affects about 16% of adults worldwide, more than double the share in 1990.",
     [approx("about 16%", 16, P), lower("more than double", 2, X)]),
    ("The vaccine cut hospitalisations among over-75s by 71 per cent, researchers reported in a study of 2.3 million people.",
     [ex("71 per cent", 71, P), ex("2.3 million", 2.3e6)]),
    ("The Sahara dust pushed PM10 levels above 500 micrograms per cubic metre, 10 times the safe limit.",
     [lower("above 500 micrograms per cubic metre", 500, ANY), ex("10 times", 10, X)]),
    ("Antarctica's sea ice covered 16.96 million square kilometres at its winter peak, about 1.5 million below the average.",
     [ex("16.96 million square kilometres", 16.96e6, "km2"), approx("about 1.5 million", 1.5e6, ANY)]),
    ("The new chip packs 208 billion transistors and is made on a 4-nanometre process.",
     [ex("208 billion", 208e9)], ["4-nanometre"]),
    ("Doctors removed a 5kg tumour from the woman, who is in her 50s.",
     [ex("5kg", 5, "kg"), rng("in her 50s", 50, 59, AGE)]),
    ("Wind chill values could fall as low as minus 40 degrees Fahrenheit in parts of North Dakota.",
     [lower("as low as minus 40 degrees Fahrenheit", -40, F)]),
    ("Cholera has killed at least 1,300 people and infected tens of thousands since the outbreak began in August.",
     [lower("at least 1,300", 1300), lower("tens of thousands", 20000)]),
    ("The satellite weighs 1,200kg and orbits at an altitude of 550 km.",
     [ex("1,200kg", 1200, "kg"), ex("550 km", 550, KM)]),
    ("Half of the 40 volunteers received a placebo, and one in 10 reported side effects.",
     [ex("Half", 0.5, FR), ex("40", 40), ex("one in 10", 0.1, FR)]),
    ("Global coal demand rose 1% to a record 8.77 billion tonnes, the International Energy Agency said.",
     [ex("1%", 1, P), ex("8.77 billion tonnes", 8.77e9, "tonne")]),
    ("The Covid-19 inquiry heard that 1.2 million operations were postponed in the first 12 months of the pandemic.",
     [ex("1.2 million", 1.2e6)], ["12 months"]),
])  # fmt: skip

POLITICS = _cases("politics", [
    ("The ruling party won 191 of the 465 seats, short of the 233 needed for a majority, after its vote share fell to 26.7%.",
     [ex("191", 191), ex("465", 465), ex("233", 233), ex("26.7%", 26.7, P)]),
    ("Dozens of people were killed and hundreds of thousands displaced as fighting spread to the east of the country.",
     [lower("Dozens", 24), lower("hundreds of thousands", 200000)]),
    ("The House approved the measure 285-144, sending the $886 billion defence bill to the Senate.",
     [ex("285-144", 285, SC), ex("$886 billion", 886e9, USD)]),
    ("Resolution 2334 was adopted by 14 votes, with the United States abstaining.",
     [ex("14", 14)]),
    ("About 4 in 10 registered voters say they have a favourable view of the governor, down from 52% in April.",
     [approx("About 4 in 10", 0.4, FR), ex("52%", 52, P)]),
    ("The government will spend Rs 11.11 lakh crore on infrastructure, about 3.4% of GDP.",
     [ex("Rs 11.11 lakh crore", 1.111e13, "INR"), approx("about 3.4%", 3.4, P)]),
    ("Officials estimate that as many as 120,000 ethnic Armenians have fled the region since the offensive on Sept. 19.",
     [upper("as many as 120,000", 120000)]),
    ("The party's candidate, 46, took 50.4% of the vote in the runoff, a margin of fewer than 40,000 votes.",
     [ex("46", 46, AGE), ex("50.4%", 50.4, P), upper("fewer than 40,000", 40000)]),
    ("Israel said it had killed more than 17,000 militants, a figure that could not be verified; the ministry put the overall toll at 44,000.",
     [lower("more than 17,000", 17000), loose("44,000", 44000)]),
    ("The EU agreed a €50 billion aid package for Ukraine covering 2024 to 2027.",
     [ex("€50 billion", 50e9, EUR)]),
    ("Between 30 and 40 per cent of eligible voters are expected to cast ballots, the election commission said.",
     [rng("Between 30 and 40 per cent", 30, 40, P)]),
    ("Thousands of farmers drove some 1,000 tractors into the capital, blocking roads for more than six hours.",
     [lower("Thousands", 2000), approx("some 1,000", 1000)], ["more than six hours"]),
    ("The 100-member Senate confirmed the nominee 51-49 after Vice President Harris cast no tie-breaking vote.",
     [ex("100", 100), ex("51-49", 51, SC)]),
    ("Voter turnout reached 67.5%, the highest since 1992, with 158 million ballots cast.",
     [ex("67.5%", 67.5, P), ex("158 million", 158e6)]),
    ("The spending review allocates £22.6bn more to the NHS over two years, a real-terms rise of roughly 3.4% a year.",
     [ex("£22.6bn", 22.6e9, GBP), approx("roughly 3.4%", 3.4, P)], ["two years"]),
    ("More than two-thirds of the 1,200 delegates backed the motion at the party conference in Liverpool.",
     [lower("More than two-thirds", 0.667, FR), ex("1,200", 1200)]),
    ("Nearly 900 migrants have died in the Mediterranean this year, according to the International Organization for Migration.",
     [upper("Nearly 900", 900)]),
    ("The strike by 33,000 machinists lasted 53 days and cost the company an estimated $5 billion.",
     [ex("33,000", 33000), approx("an estimated $5 billion", 5e9, USD)], ["53 days"]),
    ("Police said 3,200 officers would be deployed and that up to 15 demonstrations were planned for Saturday.",
     [ex("3,200", 3200), upper("up to 15", 15)]),
    ("The minister said 72 of the country's 101 districts had been hit, and a quarter of the crops destroyed.",
     [ex("72", 72), ex("101", 101), ex("a quarter", 0.25, FR)]),
    ("The president's approval rating slipped to 39%, with 57% disapproving, a Reuters/Ipsos poll of 4,411 adults found.",
     [ex("39%", 39, P), ex("57%", 57, P), ex("4,411", 4411)]),
    ("Congress has 90 days to act on the proposal under Section 301 of the Trade Act of 1974.",
     [], ["90 days"]),
    ("An estimated 2 million people attended the rally, while police put the crowd at 800,000.",
     [approx("An estimated 2 million", 2e6), loose("800,000", 800000)]),
    ("The defence minister announced 20,000 more troops and a 10% increase in the military budget, to $52 billion.",
     [ex("20,000", 20000), ex("10%", 10, P), ex("$52 billion", 52e9, USD)]),
    ("At least 12 people, including three children, died when a bus plunged 150 feet into a ravine early on Friday.",
     [lower("At least 12", 12), ex("three", 3), ex("150 feet", 150, "ft")]),
])  # fmt: skip

CASES: list[Case] = BUSINESS + SPORT + SCIENCE + POLITICS


if __name__ == "__main__":  # pragma: no cover - a report for people
    import sys

    from fixtures_news_figures import _describe, score

    from newsledger.nlp import load_pipeline

    result = score(load_pipeline(), CASES)
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
