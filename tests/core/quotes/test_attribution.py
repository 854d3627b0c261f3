"""Who said it: every attribution pattern the issue lists, in both languages."""

from __future__ import annotations

import pytest

from presspad.core.quotes.finder import find_quotes


def speakers(body: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(q.speaker, q.title) for q in find_quotes(body, lang)]


@pytest.mark.parametrize(("body", "speaker", "title"), [
    # “…,” said Name, Title.
    ("“We start in May,” said Elena Sorokina, Vice-Rector for International Affairs at BPU.",
     "Elena Sorokina", "Vice-Rector for International Affairs at BPU"),
    # Name, Title, said: “…”
    ("Professor Markus Lindqvist, Dean of Engineering at Lakeshore, said: “BPU was the obvious "
     "choice.”", "Markus Lindqvist", "Dean of Engineering at Lakeshore"),
    # According to Name, Title, “…”
    ("According to Pavel Kuznetsov, Head of the Arctic Technologies Laboratory, “the applicants "
     "are stronger than ever.”", "Pavel Kuznetsov", "Head of the Arctic Technologies Laboratory"),
    # Title Name stressed that “…”
    ("Vice-Rector for Academic Affairs Dmitry Belov stressed that the courses “were designed "
     "together with our industrial partners.”", "Dmitry Belov", "Vice-Rector for Academic Affairs"),
    # “…” asked Title Name
    ("“Why not a joint degree in shipbuilding?” asked BPU Rector Andrei Volkov in his speech.",
     "Andrei Volkov", "BPU Rector"),
    # Name, Title: “…” (no verb)
    ("Aidos Seitkali, Chief Engineer at KazEnergo Service: “I came with very little Russian "
     "and left with a profession.”", "Aidos Seitkali", "Chief Engineer at KazEnergo Service"),
    # “…” — Name, Title.
    ("“The evening felt like a reunion of a big family.” — Saule Nurlanova, lecturer at "
     "Satbayev University.", "Saule Nurlanova", "lecturer at Satbayev University"),
    # Name (Title) said, “…”
    ("Prof. Rajesh Iyer (Director, IIT Madras Research Park) said, “India needs a million "
     "engineers a year.”", "Rajesh Iyer", "Director, IIT Madras Research Park"),
    # “…,” Name said
    ("“We want graduates who can start on day one,” Belov said at the presentation.",
     "Belov", None),
    # “…,” the role, Name, said
    ("“Cold is the one test you cannot fake,” the university’s rector, Andrei Volkov, said.",
     "Andrei Volkov", "rector"),
    # In the words of Name, “…”
    ("In the words of Professor Henrik Aalto, “nobody can afford a test site alone.”",
     "Henrik Aalto", "Professor"),
    # “…,” according to Name, Title (initials)
    ("“This is a big step,” according to A.I. Rudskoi, the rector.", "A.I. Rudskoi", "rector"),
    # a place before the name, an apostrophe in it
    ("The Mayor of St. Petersburg Alexander Beglov said: “The city supports the project.”",
     "Alexander Beglov", "Mayor of St. Petersburg"),
    ("\"It's a great day,\" said Mike O'Brien, CEO of Northwind.", "Mike O'Brien",
     "CEO of Northwind"),
    # the attribution comes late: “…,” Name, Title, told …
    ("“The students did great work,” Dr. Chen Li, head of the lab, told the BPU News.",
     "Chen Li", "head of the lab"),
    # only a role, nobody named: the role speaks
    ("The Rector noted: “This is a historic day for the university.”", "rector", "Rector"),
    # straight single quotes as the main marks
    ("After the meeting, Abd-El-Aziz said, 'Our partners were very well received. I was "
     "proud to take part in the Island's mission.'", "Abd-El-Aziz", None),
    # a surname in capitals after initials
    ("“We all strive to give the best to the new generation,” stressed A.I. RUDSKOY.",
     "A.I. RUDSKOY", None),
    # an organisation speaks
    ("“We expect growth of ten percent,” the company said in a statement.", "the company", None),
    # Name called X “…”
    ("Rector Andrei Volkov called the programme “a model for how universities can share the "
     "cost.”", "Andrei Volkov", "Rector"),
])
def test_english_patterns(body, speaker, title):
    assert speakers(body, "en") == [(speaker, title)]


@pytest.mark.parametrize(("body", "speaker", "title"), [
    # «…», — сказал Title Name.
    ("«Олимпиада помогает находить сильных ребят», — сказал первый проректор БПУ Виктор Сёмин.",
     "Виктор Сёмин", "первый проректор БПУ"),
    # По словам Title(gen) Name(gen), «…» → nominative
    ("По словам директора Института международных программ Марины Ковалёвой, «почти все "
     "выпускники поступают в БПУ».", "Марина Ковалёва",
     "директор Института международных программ"),
    ("По словам начальника управления Владимира Хижняка, «Корея — приоритетный регион».",
     "Владимир Хижняк", "начальник управления"),
    # По мнению …
    ("По мнению заместителя директора Института физики Павла Гусева, «для постдоков это лучший "
     "подарок».", "Павел Гусев", "заместитель директора Института физики"),
    # Name: «…»
    ("Генеральный директор «Балттехпрома» Игорь Лебедев: «Мы берём на практику тридцать "
     "студентов в год».", "Игорь Лебедев", "генеральный директор «Балттехпрома»"),
    # Title Name отметил: «…»
    ("Декан факультета профессор Маркус Линдквист отметил: «Мы искали сильного партнёра».",
     "Маркус Линдквист", "декан факультета"),
    # Name подчеркнул, что «…»
    ("Ректор Андрей Волков подчеркнул, что «университет не пожалеет ресурсов».",
     "Андрей Волков", "ректор"),
    # «…!» — рассказал Title Name (no comma)
    ("«Я прочитал меню в столовой!» — рассказал исследователь из Бразилии Рафаэл Силва.",
     "Рафаэл Силва", "исследователь из Бразилии"),
    # straight quotes and a hyphen
    ('"Олимпиада помогает нам", - сказал проректор Виктор Сёмин.', "Виктор Сёмин", "проректор"),
    # «…», — уверен Title Name
    ("«Это хороший знак», — уверен ректор БПУ Андрей Волков.", "Андрей Волков", "ректор БПУ"),
    # two titles in a row
    ("«Это большой шаг», — подчеркнул ректор СПбПУ, академик РАН Андрей Рудской.",
     "Андрей Рудской", "ректор СПбПУ, академик РАН"),
    # an adverbial between the dash and the verb
    ("«Самое трудное — зима», — со смехом добавляет аспирантка Линь Яо.", "Линь Яо", "аспирантка"),
    # Name уверена: «…»
    ("Заместитель координатора Кирси Лайне уверена: «БПУ приводит людей, которые строили».",
     "Кирси Лайне", "заместитель координатора"),
    # Как отметила Title Name, «…»
    ("Как отметила заведующая лабораторией Татьяна Белоусова, «образец говорит больше, чем "
     "год моделирования».", "Татьяна Белоусова", "заведующая лабораторией"),
])
def test_russian_patterns(body, speaker, title):
    assert speakers(body, "ru") == [(speaker, title)]


@pytest.mark.parametrize(("body", "lang", "speaker"), [
    ("Vice-Rector Elena Sorokina summed up the year:\n\n“We signed 37 agreements. Twelve "
     "already work.”\n", "en", "Elena Sorokina"),
    ("Ректор Андрей Волков подвёл итоги года:\n\n«Мы подписали 37 соглашений».\n", "ru",
     "Андрей Волков"),
])
def test_quote_paragraph_after_a_colon(body, lang, speaker):
    assert [s for s, _t in speakers(body, lang)] == [speaker]


def test_possessive_pronoun_po_ee_slovam():
    body = ("Заместитель координатора Кирси Лайне рассказала о планах. По её словам, консорциум "
            "«давно ждал такого партнёра».")
    assert [s for s, _t in speakers(body, "ru")] == ["Кирси Лайне"]


def test_as_she_put_it():
    body = ("Tatiana Belousova, who heads the Laboratory of Materials, spoke first. As she put it, "
            "“a sample that survives a winter tells us more than a year of simulations.”")
    assert [s for s, _t in speakers(body, "en")] == ["Tatiana Belousova"]


def test_pronoun_means_the_last_person_named():
    body = ("Exchange student Camille Roux from Lyon said she chose BPU for its courses. "
            "“The lab equipment here is the best I have used,” she said.")
    assert speakers(body, "en") == [("Camille Roux", "Exchange student from Lyon")]


def test_russian_pronoun_after_an_earlier_speaker():
    body = ("Декан Маркус Линдквист отметил: «Мы искали партнёра».\n\n"
            "«Приём заявок откроется 1 февраля», — добавил он.\n")
    assert [s for s, _t in speakers(body, "ru")] == ["Маркус Линдквист"] * 2


def test_russian_pronoun_gender_skips_a_man_named_in_between():
    body = ("Аспирантка Университета Цинхуа Линь Яо изучает в группе Михаила Орлова сети. "
            "«Я прочитала две его статьи», — говорит она.")
    assert [s for s, _t in speakers(body, "ru")] == ["Линь Яо"]


def test_follow_on_quote_belongs_to_the_previous_speaker():
    body = ("“Korea is one of the priority regions,” said Vladimir Khizhnyak, Head of the "
            "International Cooperation Department. *“Korean companies have vast experience.”*")
    quotes = find_quotes(body, "en")
    assert [q.speaker for q in quotes] == ["Vladimir Khizhnyak"] * 2
    assert quotes[1].how == "follow-on"


def test_role_noun_finds_the_person_with_that_title():
    body = ("Vice Governor of Gyeonggi Province Mr. Lee Yong Chol took part. "
            "In addition, the vice governor stressed that the province “will not grudge "
            "resources.”")
    assert speakers(body, "en") == [("Lee Yong Chol", "Vice Governor of Gyeonggi Province")]


def test_surname_alone_gets_the_full_name_and_title():
    body = ("According to Pavel Kuznetsov, Head of the Laboratory, “the applicants are strong.”"
            "\n\nKuznetsov noted that “the field trips are what people remember most.”\n")
    assert speakers(body, "en") == [("Pavel Kuznetsov", "Head of the Laboratory")] * 2


def test_headline_quote_takes_the_speaker_of_its_repetition():
    body = ("“Our partners are our best ambassadors”: alumni meet\n\n"
            "“Our partners are our best ambassadors,” said Natalia Orlova, Head of the Alumni "
            "Office.\n")
    assert [s for s, _t in speakers(body, "en")] == ["Natalia Orlova"] * 2


def test_a_quote_with_nobody_around_has_no_speaker():
    body = "The report ends with one line: “we will build it together, and soon.”"
    assert speakers(body, "en") == [(None, None)]


def test_sample_attributes_both_lee_and_both_khizhnyak_quotes(sample_path):
    from presspad.core.storage.release_file import load

    release = load(sample_path)
    en = find_quotes(release.en.body, "en")
    ru = find_quotes(release.ru.body, "ru")
    assert [q.speaker for q in en] == ["Lee Yong Chol"] * 2 + ["Vladimir Khizhnyak"] * 2
    assert [q.speaker for q in ru] == ["Ли Ён Чоль"] * 2 + ["Владимир Хижняк"] * 2
    assert en[3].how == ru[3].how == "follow-on"
    assert en[0].title == "Vice Governor of Gyeonggi Province"
    assert ru[2].title == "начальник Управления международного сотрудничества СПбПУ"
    assert all("Газпром" not in q.text for q in ru)


@pytest.mark.parametrize(("body", "lang", "speaker"), [
    ("Rector Andrei Rudskoi addressed the participants.\n\n“Dear colleagues, welcome to "
     "Polytech.”\n", "en", "Andrei Rudskoi"),
    ("Ректор СПбПУ Андрей Рудской обратился к участникам.\n\n«Дорогие коллеги, добро пожаловать "
     "в Политех!»\n", "ru", "Андрей Рудской"),
])
def test_quote_paragraph_after_a_person_is_introduced(body, lang, speaker):
    assert [s for s, _t in speakers(body, lang)] == [speaker]


def test_a_newly_introduced_person_beats_the_follow_on():
    body = ("“We start in May,” said Pavel Kuznetsov.\n\nAssociate Professor Ingrid Dahl joined "
            "the school this year.\n\n“It is a great place to teach.”\n")
    assert [s for s, _t in speakers(body, "en")] == ["Pavel Kuznetsov", "Ingrid Dahl"]


def test_first_name_and_patronymic_is_the_person_named_before():
    body = ("Ректор СПбПУ Андрей Рудской посетил форум.\n\nВо время эфира Андрей Иванович "
            "поделился впечатлениями: «Такие встречи очень важны».\n")
    assert speakers(body, "ru") == [("Андрей Рудской", "ректор СПбПУ")]


def test_press_office_speaks_as_an_organisation():
    body = '"Комиссия одобрила инициативу советов", - сообщает пресс-служба Минобрнауки.\n'
    assert speakers(body, "ru") == [("пресс-служба Минобрнауки", None)]
