"""Where a name of the gazetteer stops being that name: read against the spans NER found.

A gazetteer match inside a longer name NER read is not the gazetteer's actor: the start of a
person's name ("Tirana Hassan"), the tail of a longer organisation's ("the Nigeria Labour
Congress"), someone else's surname ("Turki al-Maliki"), a surname after a given name ("Anna
Jordan"), a state's name that starts or ends an organisation's ("the Kenya Anti-Corruption
Commission", "the Movement for the Liberation of the Central African Republic"). Also whose a
name NER read is: a person's after a title (:func:`titled_person`), a state's body after its
possessive (:func:`owned_body`).

>>> import spacy
>>> doc = spacy.blank("en")("Foreign Minister Anna Jordan met the envoy")
>>> entity_around(doc[3:4]) is None  # no NER here
True
"""
from __future__ import annotations

import functools

from spacy.tokens import Span

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.kinds import org_heads, org_type
from graphbuild.actors.tables import DATA_DIR, read_codes, slug
from graphbuild.model import Actor
from graphbuild.nlp.components import GAZETTEER_KEY

PERSON, ORG = "PERSON", "ORG"


@functools.lru_cache(maxsize=4)
def title_words(gaz: Gazetteer) -> frozenset[str]:
    """Every word of the gazetteer's titles ("defence", "minister", "foreign", ...).

    >>> "minister" in title_words(Gazetteer.load())
    True
    """
    return frozenset(w for title in gaz.titles() for w in title.replace("-", " ").split())


def entity_around(span: Span) -> Span | None:
    """The entity NER found that ``span`` lies in, or None.

    >>> entity_around.__name__  # needs NER spans; see tests/actors/test_resolve.py (RESOLVED)
    'entity_around'
    """
    doc, first = span.doc, span[0]
    if not first.ent_type_:
        return None
    start, end = first.i, first.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Span(doc, start, end, label=first.ent_type_) if span.end <= end else None


def in_person_name(span: Span) -> bool:
    """Whether NER reads ``span`` as the start of a longer person's name ("Tirana Hassan").

    >>> in_person_name.__name__  # needs NER spans; see tests/actors/test_resolve.py (RESOLVED)
    'in_person_name'
    """
    ent = entity_around(span)
    return ent is not None and ent.label_ == PERSON and len(ent) > len(span)


#: Lower-case words inside a capitalised name: "Defence and Security Council", "Office of the ...".
NAME_JOINERS = frozenset({"and", "of", "for", "the"})


def tail_of_longer_name(span: Span, gaz: Gazetteer) -> bool:
    """Whether a gazetteer name ends a longer organisation name NER found: a one-word name after two
    capitalised words ("Nigeria Labour Congress", "Indian National Congress"), a longer one after a
    capitalised word that names no country ("the Ta'ang National Liberation Army" is no "National
    Liberation Army" of the gazetteer; "the Colombian National Liberation Army" is).

    >>> tail_of_longer_name.__name__  # needs NER spans; see tests/actors/test_resolve.py (RESOLVED)
    'tail_of_longer_name'
    """
    ent = entity_around(span)
    if ent is None or ent.start == span.start:
        return unnamed_word_before(span, gaz)
    if ent.label_ != ORG or span.end != ent.end:
        return False
    start = ent.start + (1 if ent[0].lower_ == "the" else 0)
    while start < span.start and span.doc[start].is_lower and span.doc[start].lower_ not in NAME_JOINERS:
        start += 1  # ("the ethnic Ta'ang National Liberation Army")
    before = span.doc[start:span.start]
    joined = any(t.lower_ in NAME_JOINERS for t in before)
    if not before or not before[0].text[:1].isupper() or not all(
            t.text[:1].isupper() or t.lower_ in NAME_JOINERS for t in before):
        return False  # ("the Defence and Security Council" is no UN Security Council)
    if joined and (known := gaz.lookup(span.text)) is not None and known.type == "STATE":
        return False  # ("the Popular Front for the Liberation of the Central African Republic": see ends_in_state)
    heads = [t for t in before if t.lower_ not in NAME_JOINERS]
    if joined and heads and heads[-1].lower_ in MINISTRY_WORDS and before[-1].lower_ in NAME_JOINERS:
        return False  # ("the Defence Ministry of the Government of National Unity": a body of the one named)
    return len(before) >= 2 if len(span) == 1 else not any(gaz.demonym(t.text) or gaz.lookup(t.text) for t in before)


def unnamed_word_before(span: Span, gaz: Gazetteer) -> bool:
    """Whether a capitalised word NER left out of the name starts it: "the ethnic Ta'ang National Liberation
    Army", where the parser makes "Ta'ang" a compound of the name's head and knows it as nothing else (the
    "Maoist" of "the Maoist Shining Path" is a group's word).

    >>> unnamed_word_before.__name__  # needs a parse; see tests/actors/test_resolve.py (RESOLVED)
    'unnamed_word_before'
    """
    if len(span) < 2 or span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return word.pos_ == "PROPN" and word.dep_ == "compound" and span.start <= word.head.i < span.end \
        and word.text[:1].isupper() and not word.ent_type_ and word.lower_ not in title_words(gaz) \
        and not gaz.demonym(word.text) and gaz.lookup(word.text) is None and gaz.group(word.text) is None


#: Heads of a ministry's name, before "of" and the government it belongs to.
MINISTRY_WORDS = frozenset({"ministry", "department"})


#: Words before a body's name that make it one state's own: "the national security council".
NATIONAL_WORDS = frozenset({"national", "state", "federal", "presidential"})


def national_namesake(span: Span, actor: Actor, gaz: Gazetteer) -> bool:
    r"""Whether an international body's name stands for one state's own body of the same name: "the
    national security council", "Benin's security council", "the Nigerian Security Council" are no
    UN Security Council ("the UN Security Council", "the Security Council" are).

    >>> national_namesake.__name__  # needs a parsed span; see tests/actors/test_resolve.py (RESOLVED)
    'national_namesake'
    """
    if actor.type != "IGO" or len(span) < 2 or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    if before.lower_ in NATIONAL_WORDS:
        return True
    if before.tag_ == "POS" and span.start > 1:
        before = span.doc[span.start - 2]  # ("Benin's security council"; "the UN's Security Council" is the UN's)
        owner = gaz.lookup(before.text)
        return owner is not None and owner.type == "STATE"
    return before.text[:1].isupper() and gaz.demonym(before.text) is not None


def someone_elses_name(span: Span, person: Actor, gaz: Gazetteer) -> bool:
    """Whether a gazetteer person's surname or given name is part of a longer name whose other
    names are not this person's: "Turki al-Maliki" is not "Nouri al-Maliki", "Abiy Tesfaye" not
    "Abiy Ahmed" ("President Nouri al-Maliki", "Abiy Ahmed Ali" are).

    >>> someone_elses_name.__name__  # needs NER spans; see tests/actors/test_resolve.py (RESOLVED)
    'someone_elses_name'
    """
    own = person.label.lower().split()
    ent = entity_around(span)
    if ent is not None and ent.label_ == PERSON and (ent.start, ent.end) != (span.start, span.end):
        others = [t for t in ent if not span.start <= t.i < span.end and t.lower_ not in title_words(gaz)
                  and t.is_alpha]
        return bool(others) and not any(t.lower_ in own for t in others)
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None  # a surname NER read as a name of its own
    return len(span) == 1 and span[0].lower_ == own[0] and after is not None and after.pos_ == "PROPN" \
        and after.is_title and after.lower_ not in own and after.ent_type_ == PERSON


#: Articles that start Arabic family names: "al-Houthi", "el-Sisi".
NAME_ARTICLES = frozenset({"al", "el", "ul", "ad", "ar", "as", "ash", "at", "az", "an"})


def surname(span: Span, gaz: Gazetteer) -> bool:
    """Whether a gazetteer name ends a person's name NER read, after a given name of its own
    ("Anna Jordan", "Therese Kayikwamba Wagner", "Abdul-Malik al-Houthi"), not a title
    ("President Hamas" is no name).

    >>> surname.__name__  # needs NER spans; see tests/actors/test_resolve.py (RESOLVED)
    'surname'
    """
    ent = entity_around(span)
    if ent is None or ent.label_ != PERSON or ent.end != span.end or ent.start == span.start:
        return False
    given = span.doc[span.start - 1]
    if given.text == "-" and span.start - 2 > ent.start and span.doc[span.start - 2].lower_ in NAME_ARTICLES:
        return True  # "Abdul-Malik al-Houthi": a family name made of a group's, after a given name
    return given.is_alpha and given.is_title and given.lower_ not in title_words(gaz) \
        and not any(s.start <= given.i < s.end for s in span.doc.spans.get(GAZETTEER_KEY, []))


def named_after_state(span: Span, found) -> bool:
    """Whether ``span`` is an unknown organisation whose name starts with a state's ("Kenya
    Anti-Corruption Commission"): the state's name is taken, the rest of the name is free and
    ends in an organisation word.

    >>> named_after_state.__name__  # needs resolved actors; see tests/actors/test_resolve.py
    'named_after_state'
    """
    taken = [t for t in span if t.i in found.token_actor]
    headed = span[-1].lower_ in org_heads() or span.root.lower_ in org_heads() and any(
        t.lower_ == "of" for t in span[span.root.i - span.start:])  # ("the Somali Ministry of Internal Security")
    return len(span) > 2 and headed and bool(taken) \
        and all(found.actors[found.token_actor[t.i]].type == "STATE" for t in taken) \
        and taken[-1].i < span[-1].i and taken[0].i == span.start \
        and all(t.i not in found.token_actor for t in span[len(taken):])


def headed_by_org_word(span: Span, found) -> bool:
    """Whether ``span`` is an organisation's name that starts with an organisation's word and "for",
    "of" or "on" ("the Centre for Democracy and Development", which NER may call a facility), and no
    other actor's name is in it but a place the gazetteer may read in its first word (a region is
    named Centre).

    >>> headed_by_org_word.__name__  # needs resolved actors; see tests/actors/test_resolve.py
    'headed_by_org_word'
    """
    first = found.actor(span[0])
    return len(span) > 2 and span[0].lower_ in org_heads() and span[1].lower_ in ("for", "of", "on") \
        and span[-1].is_title and (first is None or first.type == "LOCATION") \
        and all(found.at(t) is None for t in span[1:])


def ends_in_state(span: Span, found) -> bool:
    """Whether ``span`` is an organisation's name that ends "of"/"for" a state's: an organisation
    word, then the state taken by the gazetteer and nothing else taken ("Movement for the
    Liberation of the Central African Republic"; a qualifier in brackets may follow: "the Communist
    Party of India (Maoist)").

    >>> ends_in_state.__name__  # needs resolved actors; see tests/actors/test_resolve.py
    'ends_in_state'
    """
    if len(span) > 3 and span[-3].text == "(" and span[-1].text == ")":
        span = span[:-3]
    taken = [t for t in span if t.i in found.token_actor]
    if len(span) < 4 or not taken or taken[-1].i != span[-1].i:
        return False
    first = taken[0].i - (1 if span.doc[taken[0].i - 1].lower_ == "the" else 0)
    return span.doc[first - 1].lower_ in ("of", "for") and first - 1 > span.start \
        and all(found.actors[found.token_actor[t.i]].type == "STATE" for t in taken) \
        and len({found.token_actor[t.i] for t in taken}) == 1 \
        and any(t.lower_ in org_heads() for t in span[:first - 1 - span.start])


@functools.lru_cache(maxsize=4)
def title_phrases(gaz: Gazetteer) -> frozenset[str]:
    """The gazetteer's title phrases, as a set.

    >>> "foreign minister" in title_phrases(Gazetteer.load())
    True
    """
    return frozenset(gaz.titles())


#: Prepositions that put a title's post somewhere: "its spokesman in the state", "envoy to Sudan".
POST_PREPS = frozenset({"in", "for", "to", "at"})


def _title_before_place(span: Span, gaz: Gazetteer):
    """The title before a short phrase of where the post is, before the comma and the name: "its
    spokesman(title) in the state, X"; else None."""
    doc = span.doc
    for k in range(span.start - 2, max(span.sent.start, span.start - 7), -1):
        if doc[k].text in ",;:" or doc[k].pos_ in ("VERB", "AUX"):
            return None
        if doc[k].lower_ in POST_PREPS and gaz.title(doc[k - 1].lower_) is not None:
            return doc[k - 1]
    return None


@functools.lru_cache(maxsize=4)
def titled_person(span: Span, gaz: Gazetteer) -> bool:
    """Whether a name NER read as an organisation is a person's, written with a title: two or three
    capitalised words with no organisation word, right after "President", "General" or "government
    spokesman" (or in apposition after one: "its secretary general, X"), or with a title in apposition
    ("X, senior researcher at Y").

    >>> titled_person.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'titled_person'
    """
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "," and span.start > 1:
        before = span.doc[span.start - 2]  # "its secretary general, X": the title the name stands after
        before = _title_before_place(span, gaz) or before
    titled = before is not None and gaz.title(before.lower_) is not None or any(
        c.dep_ == "appos" and gaz.title(c.lemma_.lower()) is not None for c in span.root.children)
    return titled and 2 <= len(span) <= 3 and all(t.is_title and t.is_alpha for t in span) \
        and not any(t.lower_ in org_heads() for t in span)


def person_after_title(span: Span, gaz: Gazetteer) -> Span | None:
    """The person's name at the end of a name NER read with the title before it ("Zamfara Governor
    Dauda Lawal" -> "Dauda Lawal"): two or three capitalised words with no organisation word after
    a title word inside the span; else None.

    >>> person_after_title.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'person_after_title'
    """
    title = next((t.i for t in reversed(span[1:-2]) if gaz.title(t.lower_) is not None), None)
    rest = span.doc[title + 1:span.end] if title is not None else None
    if rest is None or not 2 <= len(rest) <= 3 or not all(t.is_title and t.is_alpha for t in rest) \
            or any(t.lower_ in org_heads() or gaz.title(t.lower_) is not None for t in rest):
        return None
    return rest


#: Titles of rulers written before a bare given name, which NER often leaves untagged ("King Harald"); part
#: of how the name is written, they stay in it.
RULER_TITLES = frozenset({"king", "queen", "emir", "sultan", "prince", "princess", "sheikh", "ayatollah"})
#: Bodies a title may name after "of" and before the holder's name: "Inspector-General of Police X".
TITLED_BODIES = frozenset({"police", "army", "staff", "defence", "defense", "state"})


def without_leading_title(span: Span, gaz: Gazetteer) -> Span:
    """A person's name without the title words NER read into its start ("Chairperson X Y Z" -> "X Y
    Z"; "Police X Y" after "Inspector-General of"), keeping two words at least.

    >>> import spacy
    >>> doc = spacy.blank("en")("Commission Chairperson Amina Bello Sani spoke")
    >>> without_leading_title(doc[1:5], Gazetteer.load()).text
    'Amina Bello Sani'
    """
    doc, start = span.doc, span.start
    while span.end - start > 2 and doc[start].is_title and doc[start].lower_ not in RULER_TITLES and (
            gaz.title(doc[start].lower_) is not None
            or doc[start].lower_ in TITLED_BODIES and start > 1 and doc[start - 1].lower_ == "of"):
        start += 1
    return doc[start:span.end]


#: Bodies a state's possessive may own by name: "Ukraine's State Emergency Service".
OWNED_KINDS = frozenset({"GOVERNMENT", "MILITARY"})


def owned_body(span: Span, found) -> Actor | None:
    """A government or military body NER named right after a state's possessive ("Ukraine's State
    Emergency Service", "Ethiopia's Federal Police Commission"): an organisation of that state.

    >>> owned_body.__name__  # needs resolved mentions; see tests/actors/test_resolve.py
    'owned_body'
    """
    doc = span.doc
    owner = found.actor(doc[span.start - 2]) if span.start >= 2 and doc[span.start - 1].tag_ == "POS" else None
    kind = org_type(span.text)
    if owner is None or owner.type != "STATE" or kind not in OWNED_KINDS or found.at(span[0]):
        return None
    return Actor(key=f"org/{slug(span.text)}", label=span.text, type=kind, country=owner.key)


def whole_person(span: Span, titles: frozenset[str] = frozenset()) -> Span:
    """A person's name with the words NER cut off it: a last name the name it read leans on
    ("Omar Vidal" of "Omar Vidal Harfuch"; not a title: "Kebbi Governor"), the rest of a name it
    read as a second one ("Padoh Saw" and "Kler" of "Padoh Saw Htoo Kler") or a hyphened last name it
    read as an organisation ("Fils-Aimé"), a first name it read as a place before it.

    >>> whole_person.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'whole_person'
    """
    doc = span.doc
    start, end = span.start, span.end
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and doc[end].ent_iob_ == "O" \
            and doc[end].lower_ not in titles \
            and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and end - start < 5:
        end += 1
    gap = end
    while gap < len(doc) and gap - end < 2 and doc[gap].is_title and doc[gap].pos_ == "PROPN" \
            and doc[gap].ent_iob_ == "O" and doc[gap].lower_ not in titles:
        gap += 1
    nxt = doc[gap] if gap < len(doc) else None
    if nxt is not None and nxt.ent_iob_ == "B" and nxt.ent_type_ == "PERSON" and nxt.is_title \
            and nxt.i + 1 - start <= 6:  # "Padoh Saw [Htoo] Kler", read as two names
        end = next((t.i for t in doc[nxt.i + 1:] if t.ent_iob_ != "I"), len(doc))
    elif nxt is not None and gap == end and nxt.ent_iob_ == "B" and nxt.ent_type_ == "ORG" and nxt.is_title \
            and nxt.i + 2 < len(doc) and doc[nxt.i + 1].text == "-" and doc[nxt.i + 2].is_title \
            and not doc[nxt.i + 1].whitespace_ and (nxt.i + 3 == len(doc) or doc[nxt.i + 3].ent_iob_ != "I"):
        end = nxt.i + 3  # "Alix Didier [Fils-Aimé]": a hyphened last name NER read as an organisation
    if start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound" \
            and start <= doc[start - 1].head.i < end and doc[start - 1].ent_iob_ != "I" and end - start < 4 \
            and doc[start - 1].lower_ not in titles \
            and (start == 1 or not doc[start - 2].is_title):
        start -= 1
    return doc[start:end]


def others_body(span: Span, actor: Actor, context: list[str]) -> tuple[Span, Actor] | None:
    """A state's body the gazetteer knows by one word ("Congress": the US Congress), in a story on
    other states (``context``: their ISO3 codes, most named first): the story's own body of that name,
    a party where the story says so ("the Congress party"), else the legislature of the state it is
    about; with the span that names it. None where the gazetteer's reading stands.

    >>> import spacy
    >>> doc = spacy.blank("en")("The Congress party won")
    >>> us = Actor("org/us-congress", "US Congress", "GOVERNMENT", country="state/USA")
    >>> span, own = others_body(doc[1:2], us, ["IND"])
    >>> span.text, own.label, own.country
    ('Congress party', 'Congress', None)
    >>> others_body(doc[1:2], us, ["USA"]) is None
    True
    """
    if actor.type != "GOVERNMENT" or not actor.country or len(span) != 1 or not context \
            or actor.country.split("/")[1] in context and not (
                context[0] in congresses() and span.text == "Congress"):  # ("In Congress" in a Peruvian story
        return None  # that names US aid too: Peru's)
    doc = span.doc
    party = any(t.lower_ == "party" and doc[t.i - 1].text == span.text for t in doc[1:])
    named = doc[span.start:span.end + 1] if span.end < len(doc) and doc[span.end].lower_ == "party" else span
    return named, Actor(key=f"org/{slug(span.text)}", label=span.text, type="GOVERNMENT",
                        country=None if party else f"state/{context[0]}")


@functools.lru_cache(maxsize=1)
def congresses() -> frozenset[str]:
    """ISO3 codes of the states whose own legislature is called Congress (``data/congresses.txt``).

    >>> "PER" in congresses(), "USA" in congresses()
    (True, False)
    """
    return read_codes(DATA_DIR / "congresses.txt")


#: Last words of a party's or a movement's name that may go on "of" a country: "the Communist Party of
#: the Philippines" (a state's agency "of Somalia" is that state's body: not joined).
COUNTRY_NAMED = frozenset({"party", "front", "movement", "alliance", "league"})


def _of_a_country(span: Span) -> Span:
    """ "the Communist Party [of the Philippines]": a party's or a movement's name, then "of" a country
    NER read apart, is one name (see :func:`ends_in_state`)."""
    doc = span.doc
    i = span.end + 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or span[-1].lower_ not in COUNTRY_NAMED \
            or not span[-1].is_title or i >= len(doc) or doc[i].ent_iob_ != "B" or doc[i].ent_type_ != "GPE":
        return span
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[span.start:end]


#: First words of names of bodies that may list their briefs: "the Ministry of A, B and C".
BRIEFED = frozenset({"ministry", "department"})


#: Possessors that are part of an organisation's name: "the People's Defence Force", "the Attorney
#: General's Office", "the State Prosecutor's Office".
NAME_POSSESSORS = frozenset({"people", "general", "prosecutor", "workers", "women", "children", "citizens",
                             "defenders", "veterans"})


def _named_possessor(span: Span) -> Span:
    """An organisation's name with the possessor NER cut off it ("People's" of "the People's
    Anti-Fascist Front"), and the capitalised words before that possessor ("Attorney General's"),
    where the possessor is a word of names (:data:`NAME_POSSESSORS`), not an actor of its own."""
    doc, start = span.doc, span.start
    if span[0].lower_ in NAME_POSSESSORS and span[0].i + 1 < span.end and span[1].tag_ == "POS":
        pass  # (NER kept the possessor: "General's Office"; take the words before it)
    elif start >= 2 and doc[start - 1].tag_ == "POS" and doc[start - 2].lower_ in NAME_POSSESSORS \
            and doc[start - 2].is_title and doc[start - 2].ent_type_ in ("", span.label_):
        start -= 2
    else:
        return span
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].dep_ == "compound" and start <= doc[start - 1].head.i < span.end \
            and not doc[start - 1].is_sent_start:
        start -= 1
    return doc[start:span.end]


#: Entities that start a name of their own: "the UN and the African Union (AU)" are two.
ACTOR_ENTITIES = frozenset({"ORG", "GPE", "PERSON", "NORP", "LOC", "FAC"})


def _acronym_closed(span: Span) -> Span:
    """An organisation's name with the "and ..." or "in ..." NER cut off it, up to the bracketed acronym
    that closes the whole name: "the International Society for Civil Liberties [and the Rule of Law]
    (Intersociety)"; not where the words after "and" are another entity's, unless the name is one
    "for" or "of" something and the acronym starts with its first letter: "the Front for Change
    [and Concord in Chad] (FACT)", "the Centre for Human Rights and Democracy [in Africa] (CHRDA)"."""
    doc, end = span.doc, span.end
    if end >= len(doc) or doc[end].lower_ not in ("and", "in"):
        return span
    stop = end + 1
    while stop < len(doc) and (doc[stop].is_title or doc[stop].lower_ in ("of", "the", "for", "and")) \
            and not (doc[stop].ent_iob_ == "B" and doc[stop].ent_type_ in ACTOR_ENTITIES):
        stop += 1
    if stop + 2 < len(doc) and doc[stop].text == "(" and doc[stop + 2].text == ")" and doc[stop - 1].is_title:
        return doc[span.start:stop]
    stop = end + 1
    while stop < len(doc) and (doc[stop].is_title or doc[stop].lower_ in ("of", "for", "and", "in")):
        stop += 1
    first = next((t for t in span if t.is_title), None)
    if _acronym_at(doc, stop) and doc[stop - 1].is_title and first is not None and len(doc[stop + 1]) > 2 \
            and doc[stop + 1].text[0] == first.text[0] and any(t.lower_ in ("for", "of") for t in span):
        return doc[span.start:stop]
    return span


def _acronym_at(doc, i: int) -> bool:
    """Whether ``doc[i:i + 3]`` is a bracketed acronym: "(FACT)"."""
    return i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_upper \
        and doc[i + 1].is_alpha


def whole_org_name(span: Span) -> Span:
    """An organisation's name with the one-word qualifier in brackets after it that is part of it,
    "the Communist Party of India (Maoist)" (no acronym: "(MDR)" only repeats the name), or with the
    last item of a list NER stopped before: "the Ministry of Interior, Federal Affairs [and Reconciliation]",
    or with the country it is "of" that NER read apart: "the Communist Party [of the Philippines]".

    >>> import spacy
    >>> doc = spacy.blank("en")("the Communist Party of India (Maoist) said")
    >>> whole_org_name(doc[1:5]).text, whole_org_name(doc[1:4]).text
    ('Communist Party of India (Maoist)', 'Communist Party of')
    >>> doc = spacy.blank("en")("the Ministry of Peace , Justice and Reconciliation said")
    >>> whole_org_name(doc[1:4]).text
    'Ministry of Peace , Justice and Reconciliation'
    """
    doc = span.doc
    named = _of_a_country(_named_possessor(span))
    span = _acronym_closed(named)
    after = doc[span.end:span.end + 3]
    if span.end == named.end and len(after) == 3 and after[0].text == "(" and after[2].text == ")" \
            and after[1].is_title and not after[1].is_upper:
        return doc[span.start:span.end + 3]
    if not (span[0].lower_ in BRIEFED or span[0].lower_ == "the" and len(span) > 1 and span[1].lower_ in BRIEFED):
        return span
    end = span.end  # "the Ministry of A, B and C": B and C too, wherever NER stopped
    while end + 1 < len(doc) and doc[end].text in (",", "and") and doc[end + 1].is_title:
        last = doc[end].text == "and"
        end += 1
        while end < len(doc) and doc[end].is_title:
            end += 1
        if last:
            return doc[span.start:end]
    return span  # (no "and": no list, "the Ministry of Defence, Kenya's")
