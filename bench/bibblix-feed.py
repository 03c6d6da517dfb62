#!/usr/bin/env python3
"""Writes made-up ONIX for Books 3.0 feeds (reference tags) of N children's e-books for the Bibblix
benchmark: bench/bibblix-feed.py COUNT FILES OUT_PREFIX -> OUT_PREFIX-1.xml ... (each under the
upload limit, sambruk.bibblix.import.max-size). Titles are random combinations of Swedish words; ISBNs get real check digits."""
import random
import sys

count, files, prefix = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
random.seed(20000)
first = ["Draken", "Hästen", "Mysteriet", "Resan", "Skatten", "Hemligheten", "Kompisen", "Spöket", "Roboten", "Katten", "Vargen",
         "Piraten", "Häxan", "Trollet", "Ugglan", "Målvakten", "Detektiven", "Prinsessan", "Räven", "Björnen", "Sjöjungfrun", "Jätten"]
middle = ["i", "på", "och", "under", "bakom", "vid", "från"]
last = ["skogen", "sängen", "havet", "skolan", "stallet", "fjällen", "månen", "staden", "källaren", "vinden", "ön", "berget",
        "biblioteket", "rymden", "tåget", "sjön", "parken", "slottet", "dalen", "museet"]
names = ["Lova", "Elias", "Saga", "Maja", "Noah", "Ines", "Vera", "Hugo", "Alma", "Freja", "Tilda", "Otto", "Ebba", "Liam"]
surnames = ["Ekström", "Berg", "Lind", "Holm", "Sandberg", "Wallin", "Nyström", "Åberg", "Forsberg", "Lundin", "Ek", "Sjöberg"]
thema = ["YFH", "YFCF", "YFC", "YFM", "YFP", "YFR", "YFQ", "YFD", "YFS", "YNNA", "YNT"]
words = ["äventyr", "vänskap", "hästar", "drakar", "mod", "skratt", "hemligheter", "djur", "fotboll", "magi", "rymdskepp", "skatter"]


def isbn13(first12):
    total = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(first12))
    return first12 + str((10 - total % 10) % 10)


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


per_file = (count + files - 1) // files
n = 0
for f in range(1, files + 1):
    with open(f"{prefix}-{f}.xml", "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<ONIXMessage release="3.0" xmlns="http://ns.editeur.org/onix/3.0/reference">'
                  "<Header><Sender><SenderName>Benchmark (made up)</SenderName></Sender><SentDateTime>20261207</SentDateTime></Header>\n")
        for _ in range(per_file):
            if n >= count:
                break
            n += 1
            title = f"{random.choice(first)} {random.choice(middle)} {random.choice(last)} {n}"
            author = f"{random.choice(names)} {random.choice(surnames)}"
            age = random.randint(6, 10)
            text = f"En bok om {random.choice(words)} och {random.choice(words)}."
            out.write(f"<Product><RecordReference>bench-{n}</RecordReference><NotificationType>03</NotificationType>"
                      f"<ProductIdentifier><ProductIDType>15</ProductIDType><IDValue>{isbn13('979128' + format(n, '06d'))}</IDValue></ProductIdentifier>"
                      "<DescriptiveDetail><ProductComposition>00</ProductComposition><ProductForm>ED</ProductForm>"
                      f"<TitleDetail><TitleType>01</TitleType><TitleElement><TitleElementLevel>01</TitleElementLevel><TitleText>{esc(title)}</TitleText></TitleElement></TitleDetail>"
                      f"<Contributor><ContributorRole>A01</ContributorRole><PersonName>{esc(author)}</PersonName></Contributor>"
                      "<Language><LanguageRole>01</LanguageRole><LanguageCode>swe</LanguageCode></Language>"
                      f"<Subject><SubjectSchemeIdentifier>93</SubjectSchemeIdentifier><SubjectCode>{random.choice(thema)}</SubjectCode></Subject>"
                      f"<AudienceRange><AudienceRangeQualifier>17</AudienceRangeQualifier><AudienceRangePrecision>03</AudienceRangePrecision><AudienceRangeValue>{age}</AudienceRangeValue>"
                      f"<AudienceRangePrecision>04</AudienceRangePrecision><AudienceRangeValue>{age + 2}</AudienceRangeValue></AudienceRange></DescriptiveDetail>"
                      f"<CollateralDetail><TextContent><TextType>03</TextType><ContentAudience>00</ContentAudience><Text>{esc(text)}</Text></TextContent></CollateralDetail>"
                      "</Product>\n")
        out.write("</ONIXMessage>\n")
