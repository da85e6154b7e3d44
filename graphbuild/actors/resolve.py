"""Mentions to canonical actors: pure functions over a parsed spaCy ``Doc``.

:func:`resolve` reads, in this order, and never lets a later source overwrite an
earlier one:

1. government bodies formed from a country word and a head noun
   ("the Russian Defense Ministry", "Syrian warplanes" -> Russia / Syria's bodies);
2. the gazetteer spans the ``graphbuild_gazetteer`` ruler found (countries,
   capitals and seats of government as metonyms, organisations, people);
3. demonyms used alone ("Russian air strikes" -> Russia; "thousands of Nigerians" are a people),
   read in :mod:`graphbuild.actors.bodies`;
4. spaCy's named entities the gazetteer does not know (a PERSON, ORG, GPE, LOC
   still becomes an actor; places are geocoded offline);
5. population groups ("civilians", "militants"; :mod:`graphbuild.actors.groups`);
   names read as one actor (:mod:`graphbuild.actors.names`: a name spelled out before its
   acronym, nicknames, short names and lone surnames) and names the words beside them describe
   (:mod:`graphbuild.actors.described`: "the rights group X");
6. coreference (:mod:`graphbuild.actors.coref`): pronouns and definite
   descriptions resolve to an actor named before them in the same document.

The result, :class:`DocActors`, maps token indices to actor keys so extractors
can ask "which actor is this token?" in constant time.

>>> from graphbuild.actors.resolve import org_type
>>> org_type("Free Kabul Radio")
'MEDIA'
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from graphbuild.actors.antecedents import ruling_council
from graphbuild.actors.armies import armies
from graphbuild.actors.branches import group_branches, named_branches, national_society_names, possessed_branches
from graphbuild.actors.boundaries import (
    ends_in_state, headed_by_org_word, in_person_name, named_after_state, national_namesake, owned_body,
    person_after_title, someone_elses_name, surname, tail_of_longer_name, unnamed_word_before, others_body,
    title_phrases, title_words, titled_person, whole_org_name, whole_person, without_leading_title,
)
from graphbuild.actors.bodies import (
    LEADING, body_head_index, find_bodies, find_bodies_in_capitals, find_demonyms, find_paired_bodies,
    force_named_before, military_adjective,
)
from graphbuild.actors.described import appositive_names, described_names, named_before_kind
from graphbuild.actors.forces import find_border_guards_again, named_police
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import person_key, slug
from graphbuild.actors.groups import (
    ORGANISATIONS, find_groups, hyphen_sides, identified_groups, ner_peoples, peacekeepers,
)
from graphbuild.actors.home import RULERS, SPOKESPEOPLE, home_body, named_body
from graphbuild.actors.kinds import (
    GENERIC_MILITARY, after_news_agency, media_after, national, numbered_unit, org_heads, org_type,
    platforms, time_zones,
)
from graphbuild.actors.names import (
    agreement_names, merge_short_names, particle_names, peoples_organisations, spelled_out, titled_names,
    untagged_surnames,
)
from graphbuild.actors.nicknames import nicknames, or_names, quoted_nicknames, self_described
from graphbuild.actors.placenames import (
    AREAS, COMPASS, GROUND, HELD, MEETINGS, MOVING, NAME_LINKS, ONLY_PLACES, PARTS, PLACE_HINTS, WITHIN,
    area_named, coordinated_places, described_places, feature_named, hyphen_joined, joined_places, named_as_place,
    neighbouring_places,
    new_place, one_reading_of_a_place, place_actor, proper_places, country_context, listed_names, regions,
    place_phrase,
)
from graphbuild.actors.plurals import first_conjunct
from graphbuild.actors.regional import (
    regional_government_again, regional_governments, regional_police, regional_police_again,
)
from graphbuild.actors.seats import named_governments, said_from, seat_actor, seated_governments
from graphbuild.model import Actor, Mention
from graphbuild.nlp.components import DATELINE_DASHES, GAZETTEER_KEY

#: NER labels that name actors or places.
PERSON, ORG, GPE, LOC, FAC, NORP = "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"
#: Prepositions after which a capital is a place ("in Moscow"), not the state ("Moscow said").
PLACE_PREPS = frozenset({"in", "at", "near", "to", "from", "into", "across", "around", "outside", "inside", "through", "throughout",
                         "towards", "toward", "along", "within", "via"})
#: Prepositions before a name that put something there, not at someone's ("workers at" a firm aside).
TOWN_PREPS = frozenset({"in", "near", "outside", "around", "inside", "across"})
#: Words of a place named "X of Y" that is neither X nor Y ("the Gulf of Aden", "the Horn of Africa").
FEATURES = frozenset({"gulf", "bay", "sea", "strait", "straits", "horn", "cape", "isle", "lake"})
#: Nouns after a name that make it a weapon's name ("Patriot systems", "Leopard tanks").
WEAPON_HEADS = frozenset({"system", "missile", "launcher", "tank", "jet", "drone", "rocket", "howitzer",
                          "munition", "interceptor", "battery"})
#: Lower-case words for a settlement NER may take into the name before them: "a Zamfara village raid" is
#: a raid on a village in Zamfara, no place named "Zamfara village".
SETTLEMENT_WORDS = frozenset({"village", "villages", "town", "city"})
#: Nouns after a name that make it a people's: "the Kachin people", "the Druze community".
PEOPLE_NOUNS = frozenset({"people", "peoples", "community", "communities", "minority", "minorities"})
#: Nouns after a one-word name that make it a site's ("the Zamzam camp", "the Rafah crossing").
SITE_HEADS = frozenset({"camp", "crossing", "checkpoint", "airport", "airbase", "prison", "refinery", "dam"})
#: Tags of a finite verb, which no name holds in lower case: NER's "Government of National Unity
#: accused Radaa" is a name and its verb.
FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP"})


@dataclass
class DocActors:
    """The actors of one document and where they are mentioned."""

    doc_id: str
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    token_actor: dict[int, str] = field(default_factory=dict)  # token index -> actor key
    mention_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start tok, end tok, key)

    def add(self, span: Span, actor: Actor, how: str) -> bool:
        """Record ``span`` as a mention of ``actor`` unless one of its tokens is taken."""
        if any(t.i in self.token_actor for t in span):
            return False
        self.actors.setdefault(actor.key, actor)
        for t in span:
            self.token_actor[t.i] = actor.key
        self.mention_spans.append((span.start, span.end, actor.key))
        self.mentions.append(Mention(self.doc_id, span.start_char, span.end_char, span.text, actor.key, how))
        return True

    def replace(self, span: Span, actor: Actor | None, how: str) -> None:
        """Record ``span`` as a mention of ``actor``, dropping the mentions it overlaps
        ("Aleppo" inside "Aleppo province", "Syria" inside "north Syria"); with no actor, only drop them."""
        for start, end, _key in self.mention_spans:
            if start < span.end and end > span.start:  # an overlapped mention goes whole, not only where it overlaps
                for i in range(start, end):
                    self.token_actor.pop(i, None)
        for t in span:
            self.token_actor.pop(t.i, None)
        self.mention_spans = [m for m in self.mention_spans if m[1] <= span.start or m[0] >= span.end]
        self.mentions = [m for m in self.mentions if m.end <= span.start_char or m.start >= span.end_char]
        if actor is not None:
            self.add(span, actor, how)

    def at(self, token: Token | None) -> str | None:
        """The actor key a token is part of, or None."""
        return None if token is None else self.token_actor.get(token.i)

    def actor(self, token: Token | None) -> Actor | None:
        """The Actor a token is part of, or None."""
        key = self.at(token)
        return self.actors.get(key) if key else None

    def ner_only(self, key: str) -> bool:
        """Whether NER alone read the actor ``key``: no gazetteer entry or rule named it, so its
        type is NER's guess."""
        return all(m.how == "ner" for m in self.mentions if m.actor == key)


def _attacked(span: Span, attack_word) -> bool:
    """Whether a name is what an attack hits or where it was ("shelled Kyiv", "strikes on Sanaa",
    "air strikes in the capital Kabul", "the Ankara attack"): a city, then.

    ``attack_word(lemma, pos)`` says whether a word names an attack; the actors stage knows no
    event vocabulary of its own, so the pipeline hands it in.
    """
    if attack_word is None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in ("capital", "city"):
        root = root.head  # "strikes in the capital Kabul": where the capital stands
    head = root.head
    while head.dep_ == "conj" and head.pos_ == "ADP" and head.head.pos_ == "ADP":
        head = head.head  # ("in Khost and in the capital Kabul": the first "in")
    if root.dep_ == "pobj" and head.lower_ in ("on", "at", "against", "in"):
        head = head.head
    elif root.dep_ == "compound" and root.pos_ == "PROPN" and head.pos_ == "NOUN":
        pass  # "the Ankara attack": where the attack was, not who made it
    elif root.dep_ not in ("dobj", "nsubjpass"):
        return False
    return attack_word(head.lemma_.lower(), head.pos_)


def _common_noun(token: Token, gaz: Gazetteer) -> bool:
    """A capitalised word that is really a common noun: a group word, a plural the tagger
    lemmatises to something else ("Jets", "Warplanes", "Rebels"), or the first word of a body's head
    that starts a sentence ("Riot police")."""
    low = token.lower_
    nxt = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if token.is_sent_start and (low, nxt) in body_head_index(gaz):
        return True  # "Riot police used tear gas": the first word of a body's head
    if token.is_sent_start and low in RULERS:
        return True  # "Junta spokesman X said": the junta of the story, no organisation of that name
    return gaz.group(low) is not None or (low.endswith("s") and token.is_sent_start and token.lemma_.lower() != low
                                          and not token.text.isupper())


#: Buildings and sites a capital before them says the city of: "a Mogadishu hotel", "Kabul airport".
BUILDINGS = SITE_HEADS | frozenset({"hotel", "market", "hospital", "school", "mosque", "church", "street", "suburb",
                                    "district", "neighbourhood", "neighborhood", "port", "station", "mall",
                                    "stadium", "bridge", "university", "restaurant", "residence", "plant", "facility",
                                    "base"})


def _place_context(span: Span) -> bool:
    root, doc = span.root, span.doc
    noun = span.start - 1 - (span.start > 1 and doc[span.start - 1].text == ",")
    if noun > 1 and doc[noun].lower_ in ("capital", "city"):
        prep = next((i for i in range(noun - 1, max(noun - 5, -1), -1) if doc[i].lower_ in PLACE_PREPS), None)
        # "agents in the capital Juba", "in the Libyan capital, Tripoli", "in Sudan's capital X", however parsed
        if prep is not None and all(t.lower_ in ("the", "'s") or t.pos_ in ("ADJ", "PROPN")
                                    for t in doc[prep + 1:noun]):
            return True
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS:
        return True
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in BUILDINGS | MEETINGS:
        return True  # "an attack on a Mogadishu hotel", "the Pretoria peace agreement", "the Doha talks"
    if span.text.isupper() and span.start == span.sent.start and span.sent[-1].text in DATELINE_DASHES:
        return True  # "KYIV, March 4 -": where the story was filed
    return any(t.lower_ in PLACE_HINTS for t in span.doc[span.end:span.end + 1])


def _in_place(span: Span) -> bool:
    """Whether a name is followed by "in" and a place's name ("at Kpinkankandi in Kpendjal")."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "in" and (doc[span.end + 1].ent_type_ in (GPE, LOC) or (
        span.end + 2 < len(doc) and doc[span.end + 1].is_title and doc[span.end + 2].lower_ in PLACE_HINTS))


def _gazetteer_spans(doc: Doc, gaz: Gazetteer, found: DocActors, context: list[str], attack_word=None) -> None:
    named: dict[str, set[str]] = {}  # actor key -> the words the text names it by
    for span in doc.spans.get(GAZETTEER_KEY, []):
        named.setdefault(span.id_, set()).add(span.text.lower())
    taken: set[int] = set()
    for span in sorted(doc.spans.get(GAZETTEER_KEY, []), key=lambda s: (-len(s), s.start)):
        actor = gaz.actor(span.id_)
        if actor is None or taken & set(range(span.start, span.end)):
            continue  # (a shorter name inside a longer one: "the UN" in "the UN agency for ...")
        taken |= set(range(span.start, span.end))
        if gaz.is_capital(span.text) and in_person_name(span):
            continue  # "said Tirana Hassan": a person's first name, no capital
        if gaz.is_capital(span.text) and span.start > 1 and doc[span.start - 1].lower_ in NAME_LINKS \
                and doc[span.start - 2].is_title:
            continue  # "Mocimboa da Praia": the end of a longer place name, no capital
        if tail_of_longer_name(span, gaz) or national_namesake(span, actor, gaz):
            continue  # "the Nigeria Labour Congress" is no "Congress" of the gazetteer, "the national
            # security council" no UN Security Council
        own = others_body(span, actor, context)
        if own is not None:  # "Congress" in a story on India or Ecuador: its own party or legislature
            found.add(own[0], own[1], "ner")
            continue
        if actor.type == "MILITARY" and len(span) > 1 and military_adjective(span[-1]) \
                and gaz.actor(actor.country or "") is not None:  # "any U.S. military action": the state's act
            found.add(span[:-1], gaz.actor(actor.country), "gazetteer")
            continue
        if actor.type == "PERSON" and someone_elses_name(span, actor, gaz):
            continue  # "Colonel Turki al-Maliki" is no "Nouri al-Maliki", "Abiy Tesfaye" no "Abiy Ahmed"
        if actor.type != "PERSON" and surname(span, gaz):
            continue  # "Foreign Minister Anna Jordan" is a person, no state
        longer = place_actor(doc[span.start - 1:span.end].text, context) \
            if actor.type == "STATE" and span.start > 0 and doc[span.start - 1].is_title \
            and doc[span.end - 1].dep_ not in ("nsubj", "nsubjpass") else None
        if longer is not None:  # "struck Port Sudan", a city named after its state (but "Port Sudan refused":
            # the government sitting there)
            found.add(doc[span.start - 1:span.end], longer, "gazetteer")
            continue
        seat = seat_actor(span, actor, gaz, named) if actor.type == "STATE" and (
            said_from(span) or not _place_context(span)) else None  # ("warnings from Brussels" are the EU's)
        if seat is not None:  # "called on Brussels to act", in a text about the EU
            found.add(span, seat, "gazetteer")
            continue
        if actor.type == "STATE" and gaz.is_capital(span.text) and (
                _place_context(span) or _attacked(span, attack_word)):
            place = place_actor(span.text, context)
            if place is not None:
                found.add(span, place, "gazetteer")
                continue
        inside = [m for m in found.mention_spans if span.start <= m[0] and m[1] <= span.end and m[1] - m[0] < len(span)]
        if inside and actor.type in ("IGO", "NGO", "MEDIA", "ARMED_GROUP", "MILITARY", "GOVERNMENT"):
            found.replace(span, actor, "gazetteer")  # "the UN agency for Palestinian refugees": UNRWA, not refugees
            continue
        found.add(span, actor, "gazetteer")


#: Organisations with national sections named after the country: "Amnesty International Kenya".
SECTIONED = frozenset({"NGO", "MEDIA"})


def _national_sections(doc: Doc, found: DocActors) -> None:
    """A country named right after an organisation it heads the phrase of is the organisation's
    national section, no state: "Amnesty International Kenya said" is Amnesty International."""
    for start, end, key in sorted(found.mention_spans):
        actor = found.actors[key]
        if actor.type != "STATE" or start == 0 or end - start != 1:
            continue
        before = found.token_actor.get(start - 1)
        if before is not None and found.actors[before].type in SECTIONED and doc[start - 1].head.i == start \
                and doc[start - 1].dep_ == "compound":
            org_start = min(s for s, e, k in found.mention_spans if k == before and e == start)
            found.replace(doc[org_start:end], found.actors[before], "gazetteer")


#: Named buildings: a name before one names the building, no one's ("the Hayat hotel").
FACILITIES = SITE_HEADS | frozenset({"hotel", "hospital", "school", "mosque", "church", "mall", "stadium",
                                     "university", "restaurant", "market", "synagogue", "temple", "cathedral",
                                     "border", "river"})  # ("the Rovuma border")


def _entities(doc: Doc, gaz: Gazetteer, found: DocActors, context: list[str], attack_word=None) -> None:
    for ent in joined_places(doc, context):
        label = _label(ent, gaz)
        if label not in (PERSON, ORG, GPE, LOC, FAC, NORP):
            continue
        span = ent[1:] if ent[0].lower_ in ("the", "suspected", "alleged") and len(ent) > 1 else ent  # ("Suspected X")
        while label == ORG and len(span) > 1 and span[0].is_lower and span[0].is_alpha and span[0].pos_ == "ADJ":
            span = span[1:]  # ("the ethnic Ta'ang National Liberation Army")
        opening = [t.i for t in span[1:-1] if t.text in ("The", "A", "An") and t.nbor(-1).text.endswith(".")]
        if opening:  # "wrote on X. The SPLM-IO accused ...": a name from the next sentence's start
            span = span.doc[opening[-1] + 1:span.end]
        bracket = next((t.i - span.start for t in span if t.text == "("), None)
        if bracket:  # "Movement for Democratic Renewal (MDR": the name stops at the bracket
            span = span[:bracket]
        verb = next((t.i - span.start for t in span[1:] if t.is_lower and t.tag_ in FINITE_VERBS), None)
        if verb:  # "the Government of National Unity accused Radaa": the name stops at its verb
            span = span[:verb]
        while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"  # "Gustavo Petro's": the name
                                 or span[-1].is_lower and span[-1].pos_ in ("ADP", "CCONJ")):  # ("X in")
            span = span[:-1]
        if label in (GPE, LOC) and len(span) > 1 and span[-1].lower_ in SETTLEMENT_WORDS and span[-1].is_lower:
            span = span[:-1]  # ("Zamfara village": Zamfara)
        span, linked = hyphen_joined(span)  # "Croix-des-Bouquets", which NER read only "Croix" of, as a person
        titled = person_after_title(span, gaz) if not linked else None
        if titled is not None:  # "Zamfara Governor Dauda Lawal", read as one name: the person after the title
            span, label = titled, PERSON
        if label == PERSON and not linked:  # "Chairperson X Y Z", read with the title: the person
            span = without_leading_title(span, gaz)
            if len(span) > 1 and span[0].is_sent_start and span[0].pos_ == "ADJ":
                span = span[1:]  # ("Rival Chin rebels battle ...": a headline's capitalised adjective is no name)
        cut = whole_person(span, title_words(gaz)) if label == PERSON and not linked else span  # "Omar Vidal [Harfuch]"
        if cut.start < span.start and not all(found.ner_only(k) for k in {found.at(t) for t in cut} - {None}):
            cut = span.doc[span.start:cut.end]  # (a first name NER read as a place only if nothing else read it)
        if any(found.at(t) for t in span.doc[span.end:cut.end]):
            cut = span.doc[cut.start:span.end]  # (a last word read otherwise stays so)
        span = cut
        if label in (GPE, LOC) and not linked and len(span) == 1 and place_actor(span.text, context) is None:
            whole = whole_person(span, title_words(gaz))  # '"...," Mulualem Bekele, head of the bureau, said':
            if whole.end > span.end and titled_person(whole, gaz):  # a first name NER read as a place
                span, label = whole, PERSON
        label = GPE if linked and label in (PERSON, ORG) else label
        if label == ORG and numbered_unit(doc, span):  # "the 14th Mechanised Brigade": the number is in the name
            span = doc[span.start - 1:span.end]
        if label == ORG:
            named, span = span, whole_org_name(span)  # "the Communist Party of India (Maoist)"
            if span.end > named.end and span.end + 2 < len(doc) and doc[span.end].text == "(" \
                    and doc[span.end + 1].is_upper:
                found.replace(doc[named.end:span.end], None, "ner")  # "the Front for Change and Concord in
                # Chad (FACT)": the acronym closes one name; "Chad" in it is no mention of its own
        text = span.text
        if text.lower().rstrip(".") in platforms():  # (a sentence's last word may carry its full stop: "on X.")
            continue  # "a statement on Telegram": where it was posted, no one's name
        if text.isupper() and text.lower() in time_zones():
            continue  # "at 2 a.m. (0100 GMT)": a clock's zone, no one's name
        if len(span) == 1 and (gaz.group(span[0].lower_) is not None or _common_noun(span[0], gaz) and (
                label in (PERSON, ORG) or label == GPE and span[0].pos_ != "PROPN")):
            continue  # "Jets pounded ..." at the start of a sentence is not a name, nor "Gunmen" a place
        if len(span) == 1 and span[0].is_lower and span[0].is_alpha:
            continue  # "... as diplomatic row deepens": a lower-case word is no name
        if len(span) == 1 and label != NORP and gaz.demonym(text) is not None and not found.at(span[0]):
            continue  # "a Tajik exclave", "his Kyrgyz and Tajik counterparts": a state's adjective, no person or place
        if label == PERSON and any(t.lower_ in ("to", "and") and t.is_lower for t in span[1:-1]):
            continue  # "from Gilgel Beles to Bulen": two places NER read as one person; no name has "to" in it
        if label == ORG and span.root.dep_ == "amod" and all(t.tag_ == "JJ" and t.is_alpha for t in span) \
                and gaz.group(span.root.head.lower_) is not None:
            continue  # "Anglophone separatist fighters": an adjective describes the fighters, it names no organisation
        if label in (PERSON, ORG) and text.islower():
            continue  # "into the bush": no name is written in lower case
        if label in (PERSON, ORG) and gaz.title(text.lower()) is not None:
            continue  # "Army chief Field Marshal X": a title NER read as a name of its own
        if label == ORG and {w.lower() for w in text.split()} <= GENERIC_MILITARY | {"military", "navy", "police"}:
            continue  # "Army spokesman X": some state's army, not an organisation named "Army"
        known = gaz.lookup(text)
        if known is not None and label == ORG and unnamed_word_before(span, gaz):
            span = doc[span.start - 1:span.end]  # "Ta'ang National Liberation Army", NER read without "Ta'ang"
            text, known = span.text, None
        sea = place_actor(text, context) if label == LOC and len(span) > 1 and found.at(span[0]) \
            and found.actor(span[0]).type in ("STATE", "LOCATION") else None  # (not in "AQ in the Arabian Peninsula")
        if sea is not None and sea.region:
            found.replace(span, sea, "ner")  # "the Indian Ocean": a sea, not India
            continue
        if known is not None:
            found.add(span, known, "gazetteer")
            continue
        if label in (LOC, GPE) and len(span) > 2 and span[1].lower_ == "of" and span[0].lower_ in FEATURES:
            # "the Gulf of Mexico", "the Horn of Africa": one place, not a gulf and a country
            found.replace(span, new_place(text), "ner")
            continue
        after = doc[span.end] if span.end < len(doc) else None
        if label == PERSON and after is not None and after.lower_ in PEOPLE_NOUNS:
            continue  # "the mostly Christian Kachin people": a people, no person NER took it for
        weapon = after is not None and after.lemma_.lower() in WEAPON_HEADS or span.root.dep_ == "compound" \
            and span.root.head.lemma_.lower() in WEAPON_HEADS \
            or len(span) > 1 and span.root.lemma_.lower() in WEAPON_HEADS  # "its Arrow air defence system",
        # "three Iskander-M ballistic missiles" (NER took the weapon's noun into the name)
        if weapon and (label in (PERSON, ORG) and not any(w.lower() in org_heads() for w in text.split())
                       or label in (GPE, LOC) and place_actor(text, context) is None):
            continue  # "Patriot systems", "Leopard tanks", "Katyusha rockets": a weapon's name, no one's
        if (label in (PERSON, ORG) or after_news_agency(span)) and media_after(span):
            # "the Tolo television channel"; "the news agency Varorud", whatever NER took the name for
            found.add(span, Actor(key=f"org/{slug(text)}", label=text, type="MEDIA"), "ner")
            continue
        if span.start > 1 and doc[span.start - 1].lower_ == "of" and \
                f"{doc[span.start - 2].lower_} of {text.lower()}" in title_phrases(gaz):
            continue  # "Secretary of State X": part of a title, not an organisation
        place = place_actor(text, context)
        site = span.root.head if span.root.dep_ == "compound" and span.root.head.i >= span.end else after
        if site is not None and site.lemma_.lower() in FACILITIES and label in (PERSON, ORG) and len(span) <= 3 \
                and not any(w.lower() in org_heads() for w in text.split()):  # ("the Kerem Shalom crossing" too)
            # "the Zamzam camp", "the Rafah crossing", "the Hayat hotel": a place, whatever NER said
            found.add(span, place or new_place(text), "ner")
            continue
        if label in (PERSON, ORG) and feature_named(span):
            found.add(span, place or new_place(text), "ner")  # "the W National Park": a place, no charity
            continue
        if label == NORP:
            group = gaz.group(text)
            if group is not None:
                found.add(span, group, "group")
            elif place is not None and gaz.demonym(text) is None:  # "Aleppo" tagged as a nationality
                found.add(span, place, "ner")
            continue
        if named_as_place(span) or label in (PERSON, ORG) and area_named(span):
            # "the town of Harardhere", "Cali Mayor X", "the Mayo-Tsanaga department": whatever NER calls it
            found.add(span, place or new_place(text), "ner")
            continue
        taken = first_conjunct(span.root)  # "seized Goma and Bukavu": both taken
        if label == PERSON and place is not None and len(span) == 1 and (
                place.region or taken.dep_ in ("dobj", "nsubjpass") and taken.head.lemma_.lower() in GROUND
                or taken.dep_ == "pobj" and taken.head.lower_ in ("on", "to", "towards", "toward")
                and taken.head.head.lemma_.lower() in MOVING
                or taken.dep_ == "pobj" and taken.head.lower_ == "of" and taken.head.head.lemma_.lower() in HELD | PARTS
                or any(c.dep_ == "conj" and c.lemma_.lower() in AREAS for c in span.root.children)):
            found.add(span, place, "ner")  # a region NER took for a person ("Tigray"), a town taken ("seized Goma"),
            # one moved on ("advanced on Goma"), one held ("control of Goma", "parts of Rutshuru"), one listed
            # with areas ("Rutshuru and Masisi territories")
            continue
        if label in (PERSON, ORG, FAC) and len(span) <= 3 and place_phrase(taken):
            found.add(span, place or new_place(text), "ner")  # "sent reinforcements to Metekel", "homes in Velyka
            # Pysarivka": troops go to places, homes stand in them
            continue
        if label == PERSON and place is None and (taken.dep_ in ("dobj", "nsubjpass") and taken.head.lemma_.lower()
                                                  in ONLY_PLACES or taken.dep_ == "pobj" and taken.head.lower_ in (
                "to", "towards", "toward") and taken.head.head.lemma_.lower() in MOVING):
            found.add(span, new_place(text), "ner")  # "RSF fighters stormed Wad al-Noura": no one storms a person,
            # nor pushes on to one
            continue
        if label in (PERSON, ORG) and len(span) == 1 and span.root.dep_ == "pobj" and span[0].is_title and (
                span.root.head.lower_ in (WITHIN if label == PERSON else WITHIN - {"in", "into"})
                or span.root.head.lower_ == "of" and span.root.head.head.lower_ in COMPASS):
            # "positions around Stepanakert", "authorities in Stepanakert", "clashed near Badme", "west of
            # Goma": no one is "in" a person, nor "near" or "west of" an organisation
            found.add(span, place or new_place(text), "ner")
            continue
        if label == ORG and titled_person(span, gaz):
            label = PERSON  # "President Gustavo Petro", which NER may read as an organisation
        if label in (ORG, FAC) and named_after_state(span, found):
            # "the Kenya Anti-Corruption Commission" (NER may call it a facility) is an organisation
            # of its own, not Kenya, and a body of the state its name starts with ("US Africa
            # Command"); not after a demonym: the "Liberian Peace Council" was an armed faction
            kind = org_type(text)
            state = found.token_actor[span.start] if kind in ("GOVERNMENT", "MILITARY") \
                and gaz.demonym(span[0].text) is None else None
            found.replace(span, Actor(key=f"org/{slug(text)}", label=text, type=kind, country=state), "ner")
            continue
        if label == ORG and span.end < len(doc) and ({doc[span.end].lower_, text.lower()} <= title_words(gaz) or any(
                f"{words} {doc[span.end:span.end + n].text.lower()}" in title_phrases(gaz) for n in (1, 2)
                for words in (text.lower(), span[-1].lower_))):
            continue  # "Defence Minister X", "Interior Cabinet Secretary Y", "Federal Information Minister Z": part
            # of a title, no organisation
        body = owned_body(span, found) if label == ORG else None
        if body is not None:  # "Ukraine's State Emergency Service": a body of that state
            found.replace(span, body, "ner")
            continue
        if label in (ORG, FAC) and headed_by_org_word(span, found):
            # "the Centre for Democracy and Development": no place the gazetteer knows by its first word
            found.replace(span, Actor(key=f"org/{slug(text)}", label=text, type=org_type(text)), "ner")
            continue
        if label == ORG and ends_in_state(span, found) and _government_of(span, found):
            # "the Federal Government of Somalia", "the Federal Republic of Somalia": the state itself
            found.replace(span, found.actors[found.token_actor[span[-1].i]], "body")
            continue
        if label == ORG and ends_in_state(span, found):
            # "the Popular Front for the Renaissance of the Central African Republic": one armed group's
            # name, not the state it ends in
            found.replace(span, Actor(key=f"org/{slug(text)}", label=text, type=org_type(text)), "ner")
            continue
        if label in (GPE, LOC, FAC) or (place is not None and (
                _place_context(span) or _attacked(span, attack_word))):  # "jets struck Kenema"
            if place is None and label == GPE and span.root.dep_ not in ("amod", "advmod") and not _leading(span):
                place = new_place(text)  # (not the "Tutsi" of a "Tutsi-led army": no place leads)
            if place is None and label == FAC and span.root.dep_ == "pobj" and span.root.head.lower_ in WITHIN:
                place = new_place(text)  # "shells hit homes in Velyka Pysarivka": a facility, or a town, is a place
            if place is not None:
                found.add(span, place, "ner")
            continue
        if label == PERSON and len(span) > 1 and span[-1].lower_ in org_heads():
            # "Tigray People's Liberation Front": a name ending in an organisation word is no person
            found.add(span, Actor(key=f"org/{slug(text)}", label=text, type=org_type(text, national(span, gaz))),
                      "ner")
        elif label == PERSON:
            if span.end < len(doc) and doc[span.end].lower_ in PLACE_HINTS and span.root.head.i == span.end:
                continue  # "the Presevo valley": a place the region rule reads, not a person
            known = gaz.lookup(span[-1].text) if len(span) == 1 else None
            actor = known if known is not None and known.type == "PERSON" else Actor(
                key=person_key(text), label=text, type="PERSON")
            if span.start < ent.start:  # a first name NER read as a place of its own
                found.replace(span, actor, "ner")
            else:
                found.add(span, actor, "ner")
        elif label == ORG:
            if tuple(text.lower().split()) in body_head_index(gaz):  # "the health ministry", "The Defence
                # Ministry": a body whose owner the text does not name here, the home state's
                body = None if text.islower() or span.root.dep_ not in ("nsubj", "nsubjpass") and not (
                    span.end < len(doc) and doc[span.end].lower_ in SPOKESPEOPLE) else (  # "Foreign Office spokesman"
                    named_body(found, gaz, text, span.start, doc) or home_body(doc, span[-1], found, gaz))
                if body is not None:  # (the one named before: "Iran's Foreign Ministry ... The Foreign Ministry")
                    found.add(span, body, "coref")
                    continue
                if text.islower():
                    continue
            if span.end < len(doc) and doc[span.end].lower_ in PLACE_HINTS:
                continue  # "the Kalbajar district": a place the region rule reads, not an organisation

            if not text.isupper() and not any(w.lower() in org_heads() for w in text.split()) and (
                    place is not None or len(span) <= 2 and _place_context(span) and (
                        span.root.head.lower_ in TOWN_PREPS or _in_place(span))):
                # a town the tagger took for an organisation (not "ILO", an acronym): one it knows, or a
                # one-word name the text puts somewhere ("an attack at Kpinkankandi")
                found.add(span, place or new_place(text), "ner")
                continue
            named = force_named_before(found, text.lower(), span.start, BODY_TYPES) \
                if len(span) == 1 and text.lower() in org_heads() else None
            if named is not None:  # "... the Presidential Council met. Council chairman X": that council
                found.add(span, found.actors[named], "coref")
                continue
            found.add(span, Actor(key=f"org/{slug(text)}", label=text, type=org_type(text, national(span, gaz))),
                      "ner")


#: Organisations a bare capitalised head word can point back to ("Council", "Coalition").
BODY_TYPES = ORGANISATIONS


def _government_of(span: Span, found: DocActors) -> bool:
    """Whether a name that ends in a state is that state's government or republic ("the Federal
    Government of Somalia"), which this project reads as the state."""
    doc, i = span.doc, span[-1].i
    while i > span.start and found.token_actor.get(i - 1) == found.token_actor.get(span[-1].i):
        i -= 1
    i -= 1 if doc[i - 1].lower_ == "the" else 0
    return i - 2 >= span.start and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ("government", "republic")


def _leading(span: Span) -> bool:
    """Whether a name is the X of "X-led", "X-run": a leader, not a place."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in LEADING


def _label(ent: Span, gaz: Gazetteer) -> str:
    """NER's label, except that a name ending in an organisation's word is an organisation whatever
    else NER took it for ("Iran Human Rights" is no EVENT), and one right after a title, or with one
    in apposition, is a person's ("Governor Hyacinth Alia", read as an EVENT)."""
    if ent.label_ in ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW") and ent[-1].lower_ in org_heads():
        return ORG
    if ent.label_ in ("EVENT", "PRODUCT", "WORK_OF_ART", "LAW") and ent.start > 0 and 1 < len(ent) <= 3 \
            and ent.doc[ent.start - 1].lower_ in title_words(gaz) and all(t.is_title for t in ent):
        return PERSON
    if ent.label_ in ("EVENT", "PRODUCT", "WORK_OF_ART") and titled_person(ent, gaz):
        return PERSON  # ('"...," Oleksandr Kovalenko, deputy head of the administration, said', read as a work)
    if ent.label_ == ORG and _led_by(ent) and 1 < len(ent) <= 3 and all(t.is_title for t in ent) \
            and not any(t.lower_ in org_heads() for t in ent):
        return PERSON  # ("a faction led by Bakura Doro", read as an organisation)
    return ent.label_


#: Participles after which "by" names who leads: "a faction led by X".
LED_BY = frozenset({"led", "headed", "commanded"})


def _led_by(ent: Span) -> bool:
    """Whether a name follows "led by", "headed by" or "commanded by"."""
    return ent.start > 1 and ent.doc[ent.start - 1].lower_ == "by" and ent.doc[ent.start - 2].lower_ in LED_BY


def resolve(doc: Doc, doc_id: str, gaz: Gazetteer | None = None, attack_word=None,
            context: Sequence[str] | None = None) -> DocActors:
    """Every actor mention in ``doc``, resolved to canonical actors (coreference included).

    ``context`` lists the countries (ISO3) its places are read in, most relevant first; by default
    the document's own (:func:`~graphbuild.actors.placenames.country_context`). A related story's
    pipeline context adds its article's after its own ("Samar" in a Philippine story).

    ``attack_word(lemma, pos) -> bool``, when given, lets a capital an attack hits be the city
    ("shelled Kyiv") rather than the state, and keeps an attacker from owning what it attacks
    ("X said Y shelled its villages": X's).

    >>> from graphbuild.pipeline import load_pipeline                 # doctest: +SKIP
    >>> found = resolve(load_pipeline()("Moscow denied it."), "d")    # doctest: +SKIP
    >>> sorted(found.actors)                                # doctest: +SKIP
    ['state/RUS']
    """
    from graphbuild.actors.coref import resolve_references

    gaz = gaz or Gazetteer.load()
    found = DocActors(doc_id)
    context = list(context) if context is not None else country_context(doc, gaz)
    find_bodies(doc, gaz, found)
    find_paired_bodies(doc, gaz, found)
    find_border_guards_again(doc, found)
    find_bodies_in_capitals(doc, gaz, found)
    _gazetteer_spans(doc, gaz, found, context, attack_word)
    _national_sections(doc, found)
    find_demonyms(doc, gaz, found)
    national_society_names(doc, found)
    coordinated_places(doc, found, context)
    _entities(doc, gaz, found, context, attack_word)
    agreement_names(doc, found, gaz)
    regions(doc, found, context)
    listed_names(doc, found, context, gaz)
    proper_places(doc, found, context)
    described_places(doc, found, context)
    neighbouring_places(doc, found, context)
    regional_governments(doc, found)
    regional_government_again(doc, found)
    regional_police(doc, found)
    one_reading_of_a_place(doc, found)
    described_names(doc, found)
    appositive_names(doc, found)
    named_before_kind(doc, found)
    titled_names(doc, found, gaz)
    particle_names(doc, found)
    quoted_nicknames(doc, found)
    find_groups(doc, gaz, found)
    hyphen_sides(doc, gaz, found)
    ner_peoples(doc, gaz, found)
    peacekeepers(doc, found)
    group_branches(doc, found)
    possessed_branches(doc, gaz, found)
    named_branches(doc, found)
    identified_groups(doc, found)
    spelled_out(doc, found, gaz)
    seated_governments(doc, found, gaz)
    merge_short_names(found)
    peoples_organisations(found, gaz)
    nicknames(doc, found)
    or_names(doc, found)
    self_described(doc, found)
    untagged_surnames(doc, found)
    resolve_references(doc, found, gaz, attack_word)
    named_governments(doc, found)
    armies(doc, gaz, found)
    ruling_council(doc, found)
    named_police(found, gaz)
    regional_police_again(found, gaz)
    mentioned = {m.actor for m in found.mentions}
    kept = mentioned | {found.actors[k].country for k in mentioned}
    for key in [k for k in found.actors if k not in kept]:
        del found.actors[key]  # read from words a longer or later reading took ("the West Bank City of")
    return found
