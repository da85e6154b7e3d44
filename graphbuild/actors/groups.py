"""Population groups and generic collective actors named by a common noun.

"civilians", "militants", "opposition groups" come from ``data/groups.csv``; a group named
by the place it comes from ("Darfur rebels") or followed by where it is or comes from
("protesters in Baghdad", "refugees from Syria") is that place's or country's group.

>>> "in" in GROUP_PLACE_PREPS
True
"""
from __future__ import annotations

from dataclasses import replace

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graphbuild.actors.bodies import COUNTS, ethnic_word, political_opposition, regional_word
from graphbuild.actors.aircraft import AIRCRAFT
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.names import rekey
from graphbuild.actors.tables import slug
from graphbuild.model import Actor

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors

#: Place nouns a group word can name the kind of: "refugee camp", "civilian area", "prisoner camp".
SITES = frozenset({"camp", "area", "neighbourhood", "neighborhood", "district", "site", "settlement", "village",
                   "quarter", "shelter", "compound", "zone", "centre", "center"})
#: Words for an organisation's armed members: whose fighters they are is an armed group ("X fighters").
FIGHTERS = frozenset({"fighter", "militiaman", "gunman", "combatant", "militant"})
#: Group words that are also stances or acts when a pronoun owns them ("its opposition").
EVENTFUL_GROUPS = frozenset({"opposition", "resistance", "support"})


def find_groups(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """Add the population groups and generic collective actors of ``doc`` to ``found``.

    >>> find_groups.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'find_groups'
    """
    political = political_opposition(doc)  # ("opposition leader X": then any "opposition" of the text is)
    for t in doc:
        named = found.actors.get(found.token_actor.get(t.i, ""))
        if named is not None and named.key.startswith("group/") and named == gaz.group(t.lower_):
            qualifier = _qualifier(doc, t.i, t, gaz, found)  # "Iraqi Kurds", the people NER found
            if qualifier is not None:
                found.replace(doc[qualifier.i:t.i + 1], _qualified(named, qualifier, gaz), "group")
            continue
        if _named_after(t, found):
            continue  # "the rebel group M23", "the militant group Hamas": the name says who
        if t.i in found.token_actor or t.pos_ not in ("NOUN", "PROPN") and not _armed_adjective(t, gaz) or (
                t.dep_ == "compound" and t.head.lower_ in AIRCRAFT):
            continue  # "fighter jets" are aircraft, not fighters ("rebel positions" are the rebels')
        if t.dep_ in ("compound", "amod") and t.head.i == t.i + 1 and _phrase(doc[t.i:t.i + 2], gaz):
            continue  # "Opposition groups": the group is the whole phrase, read at its head
        if t.dep_ == "compound" and t.head.lemma_.lower() in SITES:
            continue  # "the Jenin refugee camp", "a civilian area": a place, not the people
        if _people_word(t, gaz) and (t.dep_ in ("compound", "amod", "nmod") and t.head.i > t.i and (
                t.head.lemma_.lower() in SITES or _group_word(t.head, gaz)) or any(
                c.dep_ == "conj" and _group_word(c, gaz) for c in t.children)):
            continue  # "Druze fighters", "Tebu and Tuareg militias" are read at their head; "Druze villages" are places
        group = gaz.group(t.lower_) or gaz.group(t.lemma_.lower()) or (_phrase(doc[t.i - 1:t.i + 1], gaz)
                                                                         if t.i else None) or (
            gaz.group("protesters") if marching_people(t) else None)
        if group is not None and t.lemma_.lower() == "opposition" and political:
            group = gaz.group("opposition parties") or group  # "opposition leader X": a politician's opposition
        if group is None and t.lower_ in REGIONAL_FORCES and (loyal := _loyal_to(t, found)) is not None \
                and loyal.type in NAMED_GROUPS:  # "forces loyal to the Chin National Front": its own
            found.add(doc[t.i:t.i + 1], loyal, "group")
            continue
        if group is None and t.lower_ in REGIONAL_FORCES and t.i and (found.actor(doc[t.i - 1]) or FORCES).region:
            local = _place_group(doc, t.i, FORCES, found)  # "Tigray forces": the region's, no place that fights
            if local is not None:
                found.replace(doc[local[0]:t.i + 1], local[1], "group")
            continue
        described = (_described_before(t, found) or (found.actor(t.head) if t.dep_ == "appos" else None)) \
            if group is not None else None  # (the name right before the comma, wherever the parser hung it)
        allied = _alliance_of(t, found) if group is not None and group.type == "ARMED_GROUP" else None
        if allied is not None and allied.type in ("NGO", "IGO", "GOVERNMENT") and found.ner_only(allied.key):
            # "the Chin Brotherhood, an alliance of six armed groups": armed, whatever NER guessed
            found.actors[allied.key] = replace(allied, type="ARMED_GROUP")
        if described is not None and described.type == "PERSON" and group.type in ("NGO", "ARMED_GROUP") \
                and found.ner_only(described.key) and len(described.label.split()) > 1:
            # "Kolo Bante, a gang that ...": an organisation NER took for a person
            organisation = Actor(key=f"org/{slug(described.label)}", label=described.label, type=group.type)
            found.actors.setdefault(organisation.key, organisation)
            rekey(found, described.key, organisation.key)
            described = found.actors[organisation.key]
        if described is not None and not described.key.startswith("group/") and described.type != group.type \
                and described.type in ("NGO", "ARMED_GROUP", "IGO") and group.type in ("NGO", "ARMED_GROUP") \
                and found.ner_only(described.key):
            # "the FDLR, a Hutu militia": what the text says it is, not NER's guess from its letters (nor
            # from its words: "the X Defence Union, an armed group" is no union of states)
            described = replace(described, type=group.type)
            found.actors[described.key] = described
        if described is not None and not described.key.startswith("group/") and described.type == group.type:
            start = min([c.i for c in t.children if c.dep_ in ("compound", "amod") and c.i < t.i
                         and found.at(c) is not None] + [t.i])  # ("a Hutu militia": NER's "Hutu" goes too)
            found.replace(doc[start:t.i + 1], described, "coref")  # "the Arakan Army, an ethnic armed group": it
            continue
        if group is None or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) \
                and (t.lemma_.lower() in EVENTFUL_GROUPS or group.type == "ARMED_GROUP"):
            continue  # "its opposition to ..." is a stance, not the opposition; "its fighters" are its own
        named_man = found.actor(doc[t.i - 1]) if t.i and doc[t.i - 1].dep_ == "compound" \
            and doc[t.i - 1].head.i == t.i else None
        if named_man is not None and named_man.type == "PERSON" and len(named_man.label.split()) == 1 \
                and found.ner_only(named_man.key) and t.lemma_.lower() in FIGHTERS:
            # "Dozo militiamen": a force NER took for a man
            force = Actor(key=f"org/{slug(named_man.label)}", label=named_man.label, type="ARMED_GROUP")
            found.actors.setdefault(force.key, force)
            rekey(found, named_man.key, force.key)
        owner = next((found.actor(c) for c in t.children if c.dep_ in ("compound", "amod", "nmod")
                      and found.actor(c) is not None and not any(x.dep_ == "conj" and x.i < t.i for x in c.children)
                      # ("between the SDF and Arab tribal fighters": two sides, not the SDF's fighters)
                      and found.actor(c).type in ("ARMED_GROUP", "MILITARY", "NGO", "IGO", "GOVERNMENT")
                      and not _people_word(c, gaz)), None)
        if owner is not None:  # "Al-Shabaab militants", "Hamas fighters": the named group, not generic militants
            if owner.type == "NGO" and t.lemma_.lower() in FIGHTERS and found.ner_only(owner.key):
                found.actors[owner.key] = replace(owner, type="ARMED_GROUP")  # (an organisation with fighters)
            continue
        before = found.actor(doc[t.i - 1]) if t.i else None
        if before is not None and group.type == "ARMED_GROUP" and before.type == "ARMED_GROUP" \
                and not before.key.startswith("group/") and doc[t.i - 1].dep_ != "compound":
            found.add(doc[t.i:t.i + 1], before, "group")  # "... and M23 rebels", the parser splitting the name off
            continue
        start = t.i
        # "opposition groups", "militant groups": a compound or adjective that is itself the group word
        for left in reversed(list(t.lefts)):
            if left.i == start - 1 and left.dep_ in ("compound", "amod") and gaz.group(
                    f"{left.lower_} {t.lower_}") is not None:
                start = left.i
        if start != t.i:
            group = gaz.group(f"{doc[start].lower_} {t.lower_}")
        local = _place_group(doc, start, group, found)
        if local is not None:  # "Darfur rebels": the rebels of that place, in its country
            found.replace(doc[local[0]:t.i + 1], local[1], "group")
            continue
        qualifier = _qualifier(doc, start, t, gaz, found)
        if qualifier is not None:  # "Chechen refugees", "Sunni militants": a population of its own
            found.replace(doc[qualifier.i:t.i + 1], _qualified(group, qualifier, gaz, t), "group")
            other = _shared_head(qualifier, t, gaz, found)
            if other is not None:  # "between Tebu and Tuareg militias": the Tebu militias too
                found.replace(doc[other.i:other.i + 1], _qualified(group, other, gaz, t), "group")
            continue
        found.add(doc[start:t.i + 1], _group_from(t, group, gaz, found) or group, "group")


#: Words for armed men a region before them makes that region's own force ("Tigray forces").
REGIONAL_FORCES = frozenset({"forces", "troops"})
FORCES = Actor(key="group/forces", label="forces", type="ARMED_GROUP")
#: Armed acts an armed group's word can be read as an adjective of: "a rebel attack".
ARMED_ACTS = frozenset({"attack", "attacks", "ambush", "ambushes", "assault", "offensive", "raid", "raids",
                        "shelling", "bombardment", "bombing", "incursion", "advance", "fire", "rocket", "rockets",
                        "mortar", "mortars", "uprising", "insurgency", "campaign", "push"})


def _described_before(word: Token, found: DocActors):
    """The organisation a group word describes right after its name, where the parser missed the
    apposition: "the FDLR, a Hutu militia that ...", "the Wazalendo, the pro-government militias
    fighting ..." (name, its short form in brackets or none, comma, article, the words of the kind;
    not a list: "the M23, the militias and the army")."""
    doc = word.doc
    article = next((i for i in range(word.i - 1, max(word.i - 6, 1), -1) if doc[i].lower_ in ("a", "an", "the")),
                   None)
    if article is None or article < 2 or doc[article - 1].text != "," or any(
            doc[i].head.i != word.i and doc[i].head.head.i != word.i for i in range(article, word.i)):
        return None
    if doc[article].lower_ == "the" and (word.dep_ == "conj" or any(c.dep_ == "conj" for c in word.children)
                                         or word.i + 1 < len(doc) and doc[word.i + 1].lower_ in ("and", "or")):
        return None
    name = article - 2
    if doc[name].text == ")" and name >= 3 and doc[name - 2].text == "(":
        name -= 3  # "the Movement for X (MSA), a Tuareg armed group": the name before its short form
    return found.actor(doc[name])


#: Nouns of a body made of others: "an alliance of six armed groups".
ALLIANCES = frozenset({"alliance", "coalition", "umbrella", "grouping", "federation", "network"})


def _alliance_of(word: Token, found: DocActors):
    """The name described in apposition as an alliance of the groups ``word`` names ("the X Brotherhood,
    an alliance of six armed groups"), or None."""
    whole = word.head.head if word.dep_ == "pobj" and word.head.lower_ == "of" else None
    if whole is None or whole.lemma_.lower() not in ALLIANCES or whole.dep_ != "appos":
        return None
    return found.actor(whole.head)


def _named_after(token: Token, found: DocActors) -> bool:
    """Whether a group word, or the noun it modifies, has a name in apposition: "the rebel group
    M23" is M23, not rebels besides."""
    heads = [token, token.head] if token.dep_ in ("compound", "amod") else [token]
    named = found.actor(token.head) if token.dep_ == "compound" and token.head.i > token.i else None
    if named is not None and not named.key.startswith("group/"):
        return True  # "the rights group Emergency Lawyers", parsed as one compound name
    return any(c.dep_ == "appos" and c.i > h.i and found.actor(c) is not None
               and not found.actor(c).key.startswith("group/") for h in heads for c in h.children)


def _armed_adjective(token: Token, gaz: Gazetteer) -> bool:
    """Whether ``token`` is an armed group's word the parser read as an adjective of an armed act or
    of fighters: "a rebel attack", "an insurgent ambush" are the rebels' and the insurgents', "separatist
    fighters" are separatists (but "terrorist
    activities", "an extremist organisation" and "civilian areas" name no one)."""
    group = gaz.group(token.lower_)
    return token.pos_ == "ADJ" and token.dep_ == "amod" and group is not None and group.type == "ARMED_GROUP" \
        and (token.head.lower_ in ARMED_ACTS or token.head.lemma_.lower() in FIGHTERS and token.head.tag_ == "NNS")
    # ("separatist fighters": the separatists, not any militants)


def _group_word(word: Token, gaz: Gazetteer) -> bool:
    """Whether a noun is a group word groups.csv lists ("fighters", "militias"), not a people's name."""
    return (gaz.group(word.lower_) or gaz.group(word.lemma_.lower())) is not None and not _people_word(word, gaz)


def _people_of(word: Token, gaz: Gazetteer) -> Actor | None:
    """The people a capitalised word names, one groups.csv lists with a plural ("Druze": "Druzes"),
    whatever NER took it for; None for any other word."""
    people = gaz.group(f"{word.lower_}s")
    return people if word.is_title and people is not None and people.type == "GROUP" else None


def _people_word(word: Token, gaz: Gazetteer) -> bool:
    """Whether a capitalised word names a people (see ``_people_of``)."""
    return _people_of(word, gaz) is not None


def _qualifier(doc: Doc, start: int, head: Token, gaz: Gazetteer, found: DocActors) -> Token | None:
    """The proper adjective right before a group word that says whose population it is: a people
    or faith that names no actor ("Chechen refugees", "Muslim hackers", "Sunni militants"), or a
    state's demonym the bodies table has no head for ("Iraqi Kurds"); not "Angry protesters" at
    the start of a sentence."""
    if start == 0:
        return None
    word = doc[start - 1]
    people = _people_word(word, gaz)  # "Tuareg rebels", "Tutsi refugees": a people groups.csv lists
    named = word.ent_type_ == "NORP" or (word.pos_ == "PROPN" or word.is_title) and not word.is_sent_start \
        or people
    listed = word.dep_ == "conj" and word.head.dep_ in ("amod", "compound", "nmod") and word.head.head.i == head.i \
        and people and (_people_word(word.head, gaz) or found.actor(word.head) is not None)
    # ("Druze and Bedouin fighters", the first parsed on "fighters"; "the SDF and Arab tribal fighters", the
    # parser coordinating the people with a name before it)
    own = gaz.group(word.lower_)  # (the group the word names alone, if any: "Bedouin")
    if not named or not word.is_alpha or not listed and (word.dep_ not in ("amod", "compound", "nmod")
                                                         or word.head.i != head.i) \
            or own is not None and not people or any(c.dep_ == "conj" for c in word.children):
        return None
    state = gaz.demonym(word.text)
    taken = found.token_actor.get(word.i)
    spans = _spans_of(found, taken, word.i) if taken is not None else []
    if taken is not None and people and spans and spans[0][1] - spans[0][0] == 1 \
            and (found.actors[taken].type in ("PERSON", "NGO") or found.ner_only(taken)
                 or own is not None and taken == own.key):
        return word  # (NER took the people's name for a person, an organisation or a place; or it was read
        # as the people before its group word was: "Bedouin tribal forces")
    loyal = gaz.group(head.lower_)
    if taken is not None and found.actors[taken].type == "PERSON" and spans and spans[0][1] - spans[0][0] == 1 \
            and loyal is not None and loyal.key == LOYALISTS:
        return word  # "Museveni loyalists": a person the gazetteer knows, whose loyalists they are
    if taken is not None:  # only the demonym itself, one word: not "the Iraqi government"
        if state is None or taken != state.key or not spans or spans[0][1] - spans[0][0] != 1:
            return None
    return word


#: Verbs of taking to the street: "thousands of people protested" are protesters.
MARCHING = frozenset({"protest", "demonstrate", "march", "rally", "riot"})


def marching_people(token: Token) -> bool:
    """Whether "people" is the subject of a verb of protest: "thousands of people rallied in Lima".

    >>> marching_people.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'marching_people'
    """
    if token.lower_ != "people":
        return False
    head = token.head.head if token.dep_ == "pobj" and token.head.head.lower_ in COUNTS else token
    return head.dep_ == "nsubj" and head.head.lemma_.lower() in MARCHING


#: The group word for forces loyal to a government, which a person's name makes that person's loyalists.
LOYALISTS = "group/pro-government-forces"


def _shared_head(qualifier: Token, head: Token, gaz: Gazetteer, found: DocActors) -> Token | None:
    """The people's word coordinated before "<people> <group word>" that shares its group word:
    "Tebu" of "Tebu and Tuareg militias", which the parser reads as the bare "Tebu" and "Tuareg
    militias"; None when it has a noun of its own or names an actor other than by NER's guess."""
    first = head.head if head.dep_ == "conj" else qualifier.head if qualifier.dep_ == "conj" else None
    if first is None or first.i != qualifier.i - 2 or first.doc[first.i + 1].lower_ not in ("and", "or") \
            or not _people_word(first, gaz) or any(c.dep_ in ("compound", "amod") for c in first.children):
        return None
    taken = found.at(first)
    return first if taken is None or found.ner_only(taken) else None


def _qualified(group: Actor, qualifier: Token, gaz: Gazetteer, head: Token | None = None) -> Actor:
    """The group of one people, faith or country: "Chechen refugees" (key ``group/chechen-refugees``),
    "Iraqi Kurds" (in Iraq)."""
    if ethnic_word(qualifier.doc, qualifier.i) and gaz.demonym(qualifier.text) is not None:
        return _named_group(f"ethnic {qualifier.text}", group.label, group.type, None)  # "ethnic Russian
        # separatists": a people's, not Russia's (but "ethnic Fulani herders", of no state, are "Fulani herders")
    if regional_word(qualifier.doc, qualifier.i):  # "Latin American migrants": a continent's
        return _named_group(f"{qualifier.nbor(-1).text} {qualifier.text}", group.label, group.type, None)
    state = gaz.demonym(qualifier.text)
    # a person's "pro-government forces" are that person's loyalists ("Museveni loyalists")
    word = "loyalists" if group.key == LOYALISTS and state is None and not _people_word(qualifier, gaz) \
        else group.label
    head = head if head is not None else qualifier.head
    if _people_word(qualifier, gaz) and head.tag_ == "NNS" and head.is_lower and word != "loyalists":
        word = head.lower_  # a people's group as written: "Tebu fighters", "Tuareg militiamen"
        if group.type == "ARMED_GROUP":  # one people's fighters, gunmen and factions are one armed actor,
            armed = _named_group(qualifier.text, "armed", group.type, group.country)  # named as first written
            written = " ".join(t.lower_ for t in qualifier.doc[qualifier.i + 1:head.i + 1] if t.i == head.i or (
                t.head.i == head.i and t.dep_ in ("amod", "compound") and not _people_word(t, gaz)))
            return replace(armed, label=f"{qualifier.text} {written}")  # ("Arab tribal fighters")
    return _named_group(qualifier.text, word, group.type, state.key if state is not None else group.country)


def _named_group(owner: str, word: str, kind: str, country: str | None) -> Actor:
    """A group named by whose it is and a group word: "Chechen refugees", "Al Jazeera journalists",
    "Khalifa Haftar loyalists" (key ``group/`` + both words' slugs)."""
    return Actor(key=f"group/{slug(owner)}-{slug(word)}", label=f"{owner} {word}", type=kind, country=country)


def _phrase(span, gaz: Gazetteer) -> Actor | None:
    """The group a two-word phrase names when its first word modifies the second ("armed groups")."""
    if len(span) != 2 or span[0].dep_ not in ("compound", "amod") or span[0].head.i != span[1].i:
        return None
    return gaz.group(f"{span[0].lower_} {span[1].lower_}")


#: Armed groups that belong to the country they fight in: "rebels in Chad" are Chadian rebels,
#: "the opposition in Chad" is Chad's.
DOMESTIC_GROUPS = frozenset({"rebels", "insurgents", "opposition groups", "gangs", "separatists"})
#: Organisations whose members a generic armed group word can be: "militants of al-Shabaab".
NAMED_GROUPS = frozenset({"ARMED_GROUP", "MILITARY"})
#: Organisations whose people a population word can name: "activists from Fatah".
ORGANISATIONS = frozenset({"ARMED_GROUP", "GOVERNMENT", "NGO", "IGO", "MEDIA", "MILITARY"})
#: Generic words for an organisation after its name: "fighters of the CODECO militia".
KIND_NOUNS = frozenset({"party", "movement", "group", "coalition", "alliance", "militia", "faction", "organisation",
                        "organization"})
#: Parts of a force whose fighters are the force's: "fighters from factions of the SNA".
FORCE_PARTS = frozenset({"faction", "factions", "unit", "units", "ranks", "elements", "wing", "brigade", "brigades",
                         "battalion", "battalions", "cells"})
#: Prepositions by which a population names where it is or comes from: "residents of Gaza",
#: "protesters in Baghdad", "refugees from Syria".
GROUP_PLACE_PREPS = frozenset({"in", "of", "from", "throughout", "across"})


def _group_from(token: Token, group: Actor, gaz: Gazetteer, found: DocActors) -> Actor | None:
    """A population followed by the place or country it is in or from: that place's group
    ("protesters in Baghdad" -> Baghdad protesters, in Iraq) or the country's ("refugees from
    Syria" -> Syrian refugees). Of armed groups only rebels are: "rebels in Chad" are Chad's,
    "militants in Syria" may be anyone's; but "fighters from" or "of" a named armed group are
    that group."""
    loyal = _loyal_to(token, found)
    if loyal is not None and group.type == "ARMED_GROUP":  # "fighters loyal to General X"
        if loyal.type == "PERSON" and loyal.country is None:
            return loyal  # (a warlord's men are coded as him: "gunmen loyal to the bandit leader X")
        return loyal if loyal.type in NAMED_GROUPS else _named_group(
            loyal.label, "loyalists", "ARMED_GROUP", loyal.country if loyal.type != "STATE" else loyal.key)
    preps = list(token.children)
    if token.dep_ == "conj":  # "drones and fighters from X", the phrase hung on the first conjunct
        preps += [c for c in token.head.children if c.i > token.i and c.dep_ == "prep" and c.lower_ == "from"]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in GROUP_PLACE_PREPS:
            continue
        for obj in prep.children:
            where = found.actor(obj) if obj.dep_ == "pobj" and not obj.conjuncts else None  # not "in A and B"
            if where is None and obj.dep_ == "pobj" and obj.lower_ in KIND_NOUNS:
                # "the Fatah Party", "the CODECO militia": the name before the generic word
                where = next((found.actor(c) for c in obj.children
                              if c.dep_ in ("compound", "nmod") and found.actor(c)), None)
            if where is None and obj.dep_ == "pobj" and obj.lower_ in FORCE_PARTS:
                # "fighters from Ankara-backed factions of the SNA": the SNA's
                where = next((found.actor(o) for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj" and found.actor(o)), None)
            if where is not None and prep.lower_ in ("of", "from") and where.type == "NGO" \
                    and group.type == "ARMED_GROUP" and found.ner_only(where.key):
                # "gunmen from the Viv Ansanm coalition": an organisation whose gunmen they are is armed
                where = replace(where, type="ARMED_GROUP")
                found.actors[where.key] = where
            if where is not None and prep.lower_ in ("of", "from") and where.type in NAMED_GROUPS \
                    and group.type == "ARMED_GROUP":
                return where  # "fighters from Hayat Tahrir al-Sham" are that group's
            if where is not None and prep.lower_ in ("of", "from") and where.type in ORGANISATIONS \
                    and group.type == "GROUP" and not (where.type in ("MILITARY", "ARMED_GROUP") and any(
                        token.i < c.i < prep.i for c in token.conjuncts)):
                # "activists from Fatah", "journalists of Al Jazeera"; not the "Christians" of "Christians
                # and soldiers of the army" (the phrase the parser hung on the first is the soldiers')
                return _named_group(where.label, group.label, "GROUP", where.country)
            if group.type != "GROUP" and group.label not in DOMESTIC_GROUPS:
                continue
            if where is not None and where.type == "LOCATION" and where.country:
                return _local(group, where)
            if where is not None and where.type == "STATE":  # "gangs in Haiti": Haitian gangs
                return gaz.body(where, token.lower_) or gaz.body(where, group.label) or _named_group(
                    gaz.demonym_of(where) or where.label, group.label, group.type, where.key)
    return None


def _loyal_to(token: Token, found: DocActors) -> Actor | None:
    """Whom a group is "loyal to": "militants loyal to al-Zarqawi" -> al-Zarqawi."""
    objects = [obj for adj in token.children if adj.dep_ == "amod" and adj.lower_ == "loyal"
               for prep in adj.children if prep.dep_ == "prep" and prep.lower_ == "to"
               for obj in prep.children if obj.dep_ == "pobj"]
    named = [x for obj in objects for x in [obj, *(c for c in obj.children if c.dep_ == "appos")]]
    return next((found.actor(x) for x in named if found.actor(x) is not None), None)  # "its frontman, X"


def _place_group(doc: Doc, start: int, group: Actor, found: DocActors) -> tuple[int, Actor] | None:
    """A group named by the place it comes from ("Darfur rebels", "Gaza residents"): the place
    (a geocoded location with a country, right before the group word and modifying it) and the
    group as an actor of its own, labelled "PLACE GROUP" and lying in the place's country."""
    if start == 0:
        return None
    place = found.actor(doc[start - 1])
    word = doc[start - 1]
    if word.dep_ == "conj" and word.head.dep_ in ("compound", "amod", "nmod"):
        word = word.head  # "X's government and Tigray forces": the parser coordinated the modifiers
    if place is None or place.type != "LOCATION" or not place.country or word.dep_ not in ("compound", "amod", "nmod") \
            or word.head.i < start:
        return None
    first = min(i for i, _end, key in _spans_of(found, place.key, start - 1))
    return first, _local(group, place)


def _local(group: Actor, place: Actor) -> Actor:
    """The group of one place, labelled "PLACE GROUP" and lying in the place's country."""
    iso = place.country.split("/", 1)[1]
    # keyed and named by the place, not by how it was written: "Tigrayan forces" are the "Tigray forces"
    name = place.key.split("/", 1)[1]
    label = name.replace("-", " ").title() if slug(place.label) != name and slug(place.label).startswith(name) \
        else place.label  # (its people's word: "Tigrayan"; but "eastern Chad" stays as written)
    return Actor(key=f"group/{iso}/{name}-{slug(group.label)}", label=f"{label} {group.label}", type=group.type,
                 country=place.country)


def _spans_of(found: DocActors, key: str, token: int) -> list[tuple[int, int, str]]:
    """The mention spans of ``key`` that hold token ``token``."""
    return [m for m in found.mention_spans if m[2] == key and m[0] <= token < m[1]]


#: Nouns of fighting two sides named before them with a hyphen carry on: "Druze-Bedouin clashes".
FEUD_NOUNS = frozenset({"clash", "clashes", "fighting", "violence", "battle", "battles", "feud", "conflict",
                        "war", "skirmish", "skirmishes", "tension", "tensions", "hostilities"})


def hyphen_sides(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """The two peoples or states of "A-B clashes" ("Druze-Bedouin clashes", "Arab-Kurdish fighting"),
    each its own actor, whatever NER read the pair as (an organisation "Druze-Bedouin").

    >>> hyphen_sides.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'hyphen_sides'
    """
    for t in doc[1:-2]:
        left, right = doc[t.i - 1], doc[t.i + 1]
        after = doc[right.i + 1:right.i + 3]
        if t.text != "-" or t.whitespace_ or left.whitespace_ or not (after[0].lower_ in FEUD_NOUNS or len(
                after) > 1 and after[0].pos_ == "NOUN" and after[1].lower_ in FEUD_NOUNS):
            continue  # (one noun may come between: "Thai-Cambodian border clashes")
        sides = [_side(w, gaz, found) for w in (left, right)]
        if all(sides) and sides[0].key != sides[1].key:
            found.replace(doc[left.i:right.i + 1], None, "group")
            for word, actor in zip((left, right), sides):
                found.add(doc[word.i:word.i + 1], actor, "group")


def ner_peoples(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """A people's word NER read alone as a person, an organisation or a place is that people
    ("protect the Druze", "Bedouin leaders"), and before a place noun names no actor ("two Druze
    villages": the villages are where, not who).

    >>> ner_peoples.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'ner_peoples'
    """
    for start, end, key in sorted(found.mention_spans):
        word = doc[start]
        people = _people_of(word, gaz) if end - start == 1 and found.ner_only(key) else None
        if people is None:
            continue
        placed = word.dep_ in ("compound", "amod", "nmod") and word.head.i > word.i and word.head.lemma_.lower() in SITES
        found.replace(doc[start:end], None if placed else people, "group")


#: Words in the names of peacekeeping missions: "United Nations Interim Force in Lebanon", "... Mission in
#: South Sudan".
MISSION_WORDS = frozenset({"mission", "force"})


def peacekeepers(doc: Doc, found: DocActors) -> None:
    """Peacekeepers, whatever country they come from ("an Indonesian peacekeeper", "UN peacekeepers"),
    are the one peacekeeping mission the story names (an IGO with "Mission" or "Force" in its name),
    not their country; with no mission named, or two, they stay as they were.

    >>> peacekeepers.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'peacekeepers'
    """
    missions = {m.actor for m in found.mentions if found.actors[m.actor].type == "IGO" and MISSION_WORDS & {
        w.lower() for n in (found.actors[m.actor].label, *found.actors[m.actor].aliases) for w in n.split()}}
    if len(missions) != 1:
        return
    mission = found.actors[missions.pop()]
    for t in doc:
        if t.lemma_.lower() != "peacekeeper" or t.pos_ != "NOUN" or found.at(t) is not None:
            continue
        start = min([c.i for c in t.children if c.dep_ in ("amod", "compound", "nmod") and c.i < t.i] + [t.i])
        found.replace(doc[start:t.i + 1], mission, "coref")


def _side(word: Token, gaz: Gazetteer, found: DocActors) -> Actor | None:
    """The state a demonym names or the people a people word does ("Israeli", "Druze")."""
    named = found.actor(word)
    if named is not None and named.type in ("STATE", "GROUP"):
        return named
    people = gaz.group(f"{word.lower_}s") or gaz.group(word.lower_)
    return gaz.demonym(word.text) or (people if people is not None and people.type == "GROUP" else None)


#: Verbs (with their preposition) that say whose fighters a generic armed group were: "the attackers
#: belonged to X".
BELONGING = {"belong": "to"}


def identified_groups(doc: Doc, found: DocActors) -> None:
    """A generic armed group a sentence says belongs to a named one is that group throughout the
    text: "the attackers belonged to the FPRC" makes every "attackers", "gunmen" and "assailants"
    of the document the FPRC.

    >>> identified_groups.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'identified_groups'
    """
    for verb in doc:
        prep = BELONGING.get(verb.lemma_.lower())
        if prep is None:
            continue
        generic = [k for s in verb.children if s.dep_ == "nsubj" and (k := found.at(s))
                   and k.startswith("group/") and found.actors[k].type == "ARMED_GROUP"]
        named = [k for p in verb.children if p.dep_ == "prep" and p.lower_ == prep for o in p.children
                 if o.dep_ == "pobj" and (k := found.at(o)) and not k.startswith("group/")
                 and found.actors[k].type == "ARMED_GROUP"]
        if len(generic) == 1 and len(named) == 1:
            rekey(found, generic[0], named[0])
