"""Standing relations of affiliation told by participles and nouns, not titles.

* "fighters linked to al-Qaeda", "an IS-affiliated group", "the Iran-aligned Houthis": an armed
  group or population ALLY_OF the group or state it is tied to;
* "a faction that has pledged allegiance to the Islamic State": ALLY_OF what it swore to;
* "a faction that forms part of the PMF", "the Peshmerga are part of the KRG", "X belongs to Y":
  MEMBER_OF;
* "the army's 6th Infantry Division", "its Amaq news agency", "Haiti's Transitional Presidential
  Council": a body named with its owner's possessive belongs to the owner; "UNICEF, the UN
  children's agency": a body described as a bloc's arm belongs to the bloc;
* "the Saudi-led coalition": the state LEADS it;
* "Nigeria's Taraba state", "Goma in Congo": the sentence that says a place lies in its country;
* "his Ugandan counterpart X": X holds the possessor's kind of post in Uganda;
* "the ruling Sovereignty Council", "the Federal Government of Somalia": a government body the
  text names with no state belongs to the state the story is about there, or the one its name names.

>>> sorted(LINKING)
['affiliate', 'link', 'tie']
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.home import home_state
from graphbuild.actors.kinds import party
from graphbuild.extract.senses import ALLYING
from graphbuild.extract.syntax import (
    AMOD, APPOS, COMPOUND, PASS_SUBJ, POSS, SAYING, SUBJ, antecedent, children, prep_objects, with_conjuncts,
)
from graphbuild.model import Evidence, Relation

#: Participles that tie a group to another: "linked to", "affiliated with", "tied to" (for "allied
#: with", "aligned with" see :func:`graphbuild.extract.senses.allied_with`).
LINKING = frozenset({"link", "affiliate", "tie"})
#: The same before a hyphen, with the patron's name: "al-Qaeda-linked", "Iran-aligned".
HYPHEN_TIES = LINKING | ALLYING
#: Who a tie makes an ally: fighters and peoples, not bodies ("a body linked to the OAU").
TIED_TYPES = frozenset({"ARMED_GROUP", "GROUP"})
#: Whom they can be tied to.
PATRON_TYPES = frozenset({"ARMED_GROUP", "STATE"})
#: Nouns sworn to: "pledged allegiance to", "swore loyalty to".
ALLEGIANCE = frozenset({"allegiance", "loyalty", "fealty"})
#: Verbs of swearing it.
SWEARING = frozenset({"pledge", "swear", "declare", "give", "announce", "renew"})
#: Their present forms, which the tagger may read as a noun before "allegiance": "ISWAP pledges allegiance".
SWEARS = frozenset({"pledges", "swears", "renews", "declares"})
#: Verbs that make their subject a part: "forms part of", "is part of", "became part of".
PART_VERBS = frozenset({"form", "be", "become", "remain"})
#: Bodies a possessive owner's name makes its own: units of an army or an armed group ("the RSF's 9th
#: Brigade"), an arm of a bloc, a group's outlet.
OWNED = {"MILITARY": frozenset({"MILITARY", "STATE", "ARMED_GROUP"}), "IGO": frozenset({"IGO"}),
         "GOVERNMENT": frozenset({"STATE", "ARMED_GROUP"}),  # ("the Taliban's interior ministry": the de facto rulers')
         "MEDIA": frozenset({"ARMED_GROUP"}), "ARMED_GROUP": frozenset({"ARMED_GROUP"})}


def evidence_of(token: Token, doc_id: str, extractor: str) -> Evidence:
    """The sentence holding ``token`` as evidence, without the line breaks or spaces around it.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("sentencizer")
    >>> ev = evidence_of(nlp("Rebels shelled the town.\\n\\n")[0], "d1", "verb")
    >>> (ev.text, ev.start, ev.end)
    ('Rebels shelled the town.', 0, 24)
    """
    sent = token.sent
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return Evidence(doc_id, text, start, start + len(text), extractor)


def holders(verb: Token) -> list[Token]:
    """What a participle is said of: the noun it modifies ("militias aligned with Y"), else its
    subject, through a relative pronoun ("X, which is allied with Y").

    >>> holders.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'holders'
    """
    if verb.dep_ in ("acl", AMOD):
        return [verb.head]
    return [antecedent(s, verb) for s in children(verb, SUBJ | PASS_SUBJ)]


#: Nouns for a part of a group: "a faction of Ansaru that has pledged ...".
PART_NOUNS = frozenset({"faction", "wing", "cell", "branch", "splinter", "unit", "offshoot"})


def _of_whom(noun: Token, found, nouns: frozenset[str]):
    """The actor a noun names, or, for one of ``nouns``, the actor of its "of" phrase: "a faction of
    X" is X's part, "the leadership of X" stands for X."""
    return found.actor(noun) or next((found.actor(o) for _p, o in prep_objects(noun, {"of"})
                                      if noun.lemma_.lower() in nouns and found.actor(o)), None)


def tied_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "Militants linked to al-Shabaab", "an al-Qaeda-affiliated group", "the Iran-aligned Houthis",
    "militias loyal to X", "pro-government X militias": the fighters ALLY_OF the group, state (or its
    army) or leader (not "not linked to", not "X linked Y to Z").

    >>> tied_relations.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'tied_relations'
    """
    for t in doc:
        sided = _pro_government_group(t, found)
        if sided is not None:  # "pro-government Wazalendo militias": allied with the state's army, or the state
            yield Relation(sided[0], "ALLY_OF", sided[1], evidence_of(t, doc_id, "tied"))
            continue
        if t.lower_ in LOYAL and t.dep_ == AMOD and not any(c.dep_ == "neg" for c in t.children):
            # "militias loyal to X", "forces loyal to the leadership of X"
            patrons = [_of_whom(o, found, LEADING_NOUNS) for _p, o in prep_objects(t, {"to"})]
            holder = found.actor(t.head) if t.head.lemma_.lower() not in PART_NOUNS else None  # (a faction: a part)
            if holder is not None and holder.type in TIED_TYPES:
                yield from (Relation(holder.key, "ALLY_OF", p.key, evidence_of(t, doc_id, "tied")) for p in patrons
                            if p is not None and p.type in PATRON_TYPES | {"PERSON"} and p.key != holder.key)
            continue
        if t.lemma_.lower() not in HYPHEN_TIES or t.pos_ != "VERB" or any(
                c.dep_ in ("neg", "dobj") for c in t.children):
            continue
        partners = [found.actor(o) for _p, o in prep_objects(t, {"to", "with"})] \
            if t.lemma_.lower() in LINKING else []
        if t.dep_ == AMOD:  # "al-Qaeda-linked": the name before the hyphen
            partners += [found.actor(c) for c in t.children if c.dep_ in ("npadvmod", COMPOUND, AMOD)]
        partners = [a for a in partners if a is not None and a.type in PATRON_TYPES]
        for holder in (found.actor(h) for h in holders(t)) if partners else ():
            if holder is not None and holder.type in TIED_TYPES:
                yield from (Relation(holder.key, "ALLY_OF", p.key, evidence_of(t, doc_id, "tied"))
                            for p in partners if p.key != holder.key)


def _pro_government_group(word: Token, found) -> tuple[str, str] | None:
    """(group, ally) for "government" in "pro-government X militias": the named group and the army of the
    state the story is about, where the story names that army, else the state; None otherwise."""
    if word.lower_ != "government" or word.dep_ != AMOD or word.i < 2 or word.nbor(-1).text != "-" \
            or word.nbor(-2).lower_ != "pro":
        return None
    group = found.actor(word.head) or next((found.actor(c) for c in word.head.children if c.dep_ == COMPOUND
                                            and found.actor(c) is not None), None)  # ("Wazalendo militias")
    if group is None or group.type != "ARMED_GROUP" or group.key.startswith("group/"):
        return None  # (bare "pro-government militias" are the government's own forces: see actors.coref)
    state = home_state(found, Gazetteer.load(), word)
    army = next((k for k, a in sorted(found.actors.items()) if a.type == "MILITARY" and a.country == state), None)
    ally = army or state
    return (group.key, ally) if ally is not None and ally != group.key else None


#: Words of loyalty after those who hold it: "forces loyal to X".
LOYAL = frozenset({"loyal", "allegiant"})
#: Nouns of those who lead an actor, who stand for it: "loyal to the leadership of X".
LEADING_NOUNS = frozenset({"leadership", "command", "leaders"})


def allegiance_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "A faction that has pledged allegiance to the Islamic State": the swearer ALLY_OF it.

    >>> allegiance_relations.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'allegiance_relations'
    """
    for noun in doc:
        if noun.lemma_.lower() not in ALLEGIANCE:
            continue
        verb = noun.head
        tagged = next((c for c in noun.children if c.dep_ == COMPOUND and c.lower_ in SWEARS), None)
        if tagged is not None:  # "ISWAP pledges(NOUN) allegiance to X": a verb the tagger took for a noun
            verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), noun) if noun.dep_ == "conj" else noun
            who = holders(verb) if verb is not noun else [  # ("X, which split ... and pledges allegiance":
                c for c in noun.children if c.dep_ == COMPOUND and c.i < tagged.i]  # the relative clause's)
        elif verb.lemma_.lower() in SWEARING:
            who = holders(verb)
        else:
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        sworn = [found.actor(o) for _p, o in (*prep_objects(noun, {"to"}),
                                               *(prep_objects(verb, {"to"}) if verb is not noun else ()))]
        for swearer in (_of_whom(h, found, PART_NOUNS) for h in who):
            if swearer is None:
                continue
            yield from (Relation(swearer.key, "ALLY_OF", a.key, evidence_of(verb, doc_id, "allegiance"))
                        for a in sworn if a is not None and a.key != swearer.key and a.type in PATRON_TYPES)


#: Nouns that end a part's own name: "the Rosa Quintero front of X", "the Nord faction of Y".
NAMED_PARTS = PART_NOUNS | {"front", "brigade", "battalion"}


def _named_whole(noun: Token, found):
    """The actor a whole is named as, or the name on its generic word: "the X Alliance (XA) political-military
    coalition" is X Alliance."""
    return found.actor(noun) or next((found.actor(c) for c in noun.children if c.dep_ in ("compound", "nmod")
                                      and found.actor(c) is not None), None)


def part_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "Kataib Hezbollah, a faction that forms part of the PMF", "the Peshmerga are part of the
    KRG", "the gang belongs to the coalition", "X, which operates as part of Y", "the X front of Y":
    the subject (or the name its description is on, or the named part) MEMBER_OF the whole.

    >>> part_relations.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'part_relations'
    """
    for part in doc:
        named = found.actor(part) if part.lemma_.lower() in NAMED_PARTS else None
        if named is not None and named.type == "ARMED_GROUP":  # "the X front of Y": a named part of Y
            yield from (Relation(named.key, "MEMBER_OF", w.key, evidence_of(part, doc_id, "part"))
                        for _p, o in prep_objects(part, {"of"}) if (w := found.actor(o)) is not None
                        and w.key != named.key and w.type in ("ARMED_GROUP", "NGO"))
            continue
        belongs = part.lemma_.lower() == "belong" and part.pos_ in ("VERB", "AUX")
        acting_as = part.lower_ == "part" and part.dep_ == "pobj" and part.head.lower_ == "as" \
            and part.head.head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in part.head.head.children)
        # ("X, which operates as part of Y", "fights as part of Y"; not "keeps troops there as part of Y")
        if belongs and not any(c.dep_ == "neg" for c in part.children):  # "X belongs to Y"
            wholes, verb = [found.actor(o) for _p, o in prep_objects(part, {"to"})], part
        elif acting_as and not any(c.dep_ == "neg" for c in part.head.head.children):
            wholes, verb = [_named_whole(o, found) for _p, o in prep_objects(part, {"of"})], part.head.head
        elif part.lower_ != "part" or part.dep_ not in ("dobj", "attr") or part.head.lemma_.lower() not in PART_VERBS \
                or any(c.dep_ == "neg" for c in part.head.children):
            continue
        else:
            wholes, verb = [_named_whole(o, found) for _p, o in prep_objects(part, {"of"})], part.head
        for h in holders(verb):
            member = found.actor(h) or (found.actor(h.head) if h.dep_ == APPOS else None)
            if member is None or member.type == "LOCATION":  # (a town "belongs to" a district: LOCATED_IN)
                continue
            yield from (Relation(member.key, "MEMBER_OF", w.key, evidence_of(part, doc_id, "part"))
                        for w in wholes if w is not None and w.key != member.key and w.type != "LOCATION"
                        and w.type != "PERSON")


#: Nouns for the men of a unit: "troops of the Rapid Intervention Battalion".
UNIT_MEN = frozenset({"troops", "soldiers", "units"})


def told_units(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "The army said troops of the Rapid Intervention Battalion killed ...": a force with no state
    of its own, whose men a state's army tells of, is a unit of that army (MEMBER_OF it).

    >>> told_units.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'told_units'
    """
    for men in doc:
        if men.lower_ not in UNIT_MEN or any(c.dep_ == "conj" for c in men.children):
            continue  # ("troops and members of the X militia": the army's troops, X's members)
        verb = next((a for a in men.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in SAYING), None)
        army = next((a for s in verb.children if s.dep_ in SUBJ and (a := found.actor(s)) is not None
                     and a.type == "MILITARY" and a.country), None) if verb is not None else None
        if army is None:
            continue
        for _p, o in prep_objects(men, {"of"}):  # ("troops of the elite(pobj) X Battalion(appos)")
            unit = found.actor(o) or next((u for a in o.children if a.dep_ == APPOS and (u := found.actor(a))), None)
            if unit is not None and unit.type in ("MILITARY", "ARMED_GROUP") and not unit.country \
                    and unit.key != army.key:  # (a brigade NER took for a group's: soldiers are an army's)
                yield Relation(unit.key, "MEMBER_OF", army.key, evidence_of(men, doc_id, "part"))


def _whose(poss: Token) -> Token:
    """The noun "whose" stands for: "the Philippines, whose Department of Foreign Affairs said" ->
    the Philippines; any other possessive is itself."""
    if poss.lower_ != "whose":
        return poss
    clause = next((a for a in poss.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None else poss


def owned_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "The army's 6th Infantry Division", "its Amaq news agency", "the UN's refugee agency",
    "Haiti's Transitional Presidential Council", "the Philippines, whose Department of Foreign
    Affairs": a body named after its owner's possessive is the owner's (a unit of an army or a
    state, a state's government body, an arm of a bloc, a group's outlet or wing; not "Israel's
    Haaretz newspaper"); an armed force named after a person's is led by that person ("Haftar's
    Libyan National Army").

    >>> owned_relations.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'owned_relations'
    """
    for start, end, key in found.mention_spans:
        body = found.actors[key]
        owners = OWNED.get(body.type)
        head = doc[end - 1]
        poss = [c for c in head.children if c.dep_ == POSS and c.i < start] or [
            c for t in doc[start:end] for c in t.children if c.dep_ == POSS and c.i < start]
        if party(body.label):  # ("Moldova's ruling party" is none of its state's bodies; "his party" has him)
            yield from (Relation(a.key, "MEMBER_OF", key, evidence_of(head, doc_id, "possessive")) for p in poss
                        if (a := found.actor(_whose(p))) is not None and a.type == "PERSON")
            continue
        if body.type in ("ARMED_GROUP", "MILITARY") and head.pos_ == "PROPN":  # "Haftar's Libyan National Army":
            # the man who leads it (but "his fighters" are only his men)
            yield from (Relation(a.key, "LEADS", key, evidence_of(head, doc_id, "possessive")) for p in poss
                        if (a := found.actor(_whose(p))) is not None and a.type == "PERSON")
        if owners is None:
            continue
        for p in poss:
            owner = found.actor(_whose(p))
            if owner is not None and owner.key != key and owner.type in owners:
                yield Relation(key, "MEMBER_OF", owner.key, evidence_of(head, doc_id, "possessive"))


#: Participles of heading before a noun with the leader's name: "the Saudi-led coalition".
HEADING = frozenset({"lead", "head"})
#: What a state may be said to lead: "the Saudi-led coalition", "the coalition, led by Saudi Arabia".
STATE_LED = frozenset({"IGO", "MILITARY"})


def hyphen_led_relations(doc: Doc, found, gaz: Gazetteer, doc_id: str) -> Iterator[Relation]:
    """ "The Saudi-led coalition", "a US-led mission": the state LEADS the coalition or mission
    (also where the whole is one name the gazetteer knows).

    >>> hyphen_led_relations.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'hyphen_led_relations'
    """
    for t in doc:
        if t.dep_ != AMOD or t.lemma_.lower() not in HEADING or t.tag_ != "VBN":
            continue
        # the name "led" is part of ("the Saudi-led coalition"), or a proper name; not a noun read as
        # someone named before ("the Kenyan-led force's mandate")
        led = found.actor(t) or (found.actor(t.head) if t.head.pos_ == "PROPN" else None)
        for c in (c for c in t.children if c.dep_ in ("npadvmod", COMPOUND, AMOD)):
            leader = found.actor(c)
            if leader is None or led is not None and leader.key == led.key:  # "the Saudi-led coalition" named whole
                leader = gaz.demonym(c.text) or gaz.lookup(c.text)
            if leader is not None and led is not None and leader.key != led.key and leader.type == "STATE" \
                    and led.type in STATE_LED:
                found.actors.setdefault(leader.key, leader)
                yield Relation(leader.key, "LEADS", led.key, evidence_of(t, doc_id, "hyphen"))


#: Nouns for a body of a bloc: "UNICEF, the UN children's agency", "X, the AU's peace mission".
ARM_NOUNS = frozenset({"agency", "body", "arm", "mission", "office", "programme", "program", "fund", "force",
                       "organisation", "organization", "court", "tribunal", "envoy"})


def arm_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "UNICEF, the UN children's agency", "AMISOM, the African Union's mission in Somalia": the
    body named MEMBER_OF the bloc its description names it an arm of.

    >>> arm_relations.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'arm_relations'
    """
    for noun in doc:
        if noun.dep_ != APPOS or noun.lemma_.lower() not in ARM_NOUNS or found.at(noun):
            continue
        body = found.actor(noun.head)
        blocs = {a.key: a for t in noun.subtree if t.i < noun.i for a in [found.actor(t)]
                 if a is not None and a.type == "IGO"}
        if body is None or body.type not in ("IGO", "MILITARY"):
            continue
        yield from (Relation(body.key, "MEMBER_OF", k, evidence_of(noun, doc_id, "apposition"))
                    for k in blocs if k != body.key)


#: Nouns of a place a country adjective locates: "the Yemeni port of Hodeidah".
PLACE_NOUNS = frozenset({"city", "town", "village", "port", "capital", "region", "province", "state", "district",
                         "county", "island", "border", "area", "coast", "camp", "governorate", "division",
                         "regency", "prefecture", "municipality", "oblast", "commune", "territory"})


def stated_in(place: Span, country: str, found) -> Token | None:
    """The token of a place's phrase that says it lies in ``country``, if the phrase does: "Nigeria's
    Taraba state", "Kumbo in Cameroon", "the Yemeni port of Hodeidah", "Goma, Congo"; else None.

    >>> stated_in.__name__  # needs resolved actors; see tests/extract/test_affiliations.py
    'stated_in'
    """
    head = place.root
    while head.dep_ in (COMPOUND, "conj") and head.head.i != head.i and found.at(head.head) in (None, found.at(head)):
        head = head.head  # "Taraba state", "Cross River and Taraba states": the phrase's head
    words = [c for c in head.children if c.dep_ in (POSS, APPOS)]
    words += [o for _p, o in prep_objects(head, {"in"})]
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in PLACE_NOUNS:
        words += [c for c in head.head.head.children if c.dep_ in (AMOD, COMPOUND, POSS)]  # "the Yemeni port of X"
    if head.dep_ == APPOS:
        words.append(head.head)  # "Goma, Congo" read the other way round
    return next((w for w in words if found.at(w) == country), None)


#: Nouns for one who holds the same post in another state: "his Ugandan counterpart, X".
COUNTERPARTS = frozenset({"counterpart", "opposite number"})


def counterpart_relations(doc: Doc, found, doc_id: str, known: list[Relation]) -> Iterator[Relation]:
    """A person named as someone's counterpart from a state holds that person's kind of post there:
    "Kenya's president called his Ugandan counterpart X" -> X LEADS Uganda; "the Ukrainian ombudsman
    ... his Russian counterpart, Y" -> Y MEMBER_OF Russia; with no state said, a counterpart the
    gazetteer knows holds it in the state it knows. ``known`` are the relations found from titles
    (what the possessor holds); a counterpart of no one known is left alone.

    >>> counterpart_relations.__name__  # needs a parsed Doc; see tests/extract/test_affiliations.py
    'counterpart_relations'
    """
    for token in doc:
        if token.lemma_.lower() not in COUNTERPARTS or token.pos_ != "NOUN":
            continue
        people = _counterpart_people(token, found)
        states = [k for c in sorted({x for c in token.children if c.dep_ in NAMING_DEPS for x in with_conjuncts(c)})
                  if (k := found.at(c)) and found.actors[k].type == "STATE"]
        owner = next((found.at(c) for c in token.children if c.dep_ == POSS), None)
        if not states and people and all(found.actors[p].country for p in people):
            states = [found.actors[p].country for p in people]  # "his counterpart Paul Kagame": the one known
        if not people or len(people) != len(states) or owner is None:
            continue
        held = {r.predicate for r in known if r.subject == owner and found.actors.get(r.object) is not None
                and found.actors[r.object].type == "STATE"}
        if held:
            for person, state in zip(people, states):
                yield Relation(person, "LEADS" if "LEADS" in held else "MEMBER_OF", state,
                               evidence_of(token, doc_id, "counterpart"))


#: Words that say a title is no longer held.
FORMER = frozenset({"former", "ex", "late", "ousted", "deposed", "exiled"})


def possessed_people(doc: Doc, found, gaz: Gazetteer, doc_id: str) -> Iterator[Relation]:
    """A person the gazetteer knows, named with their own country's possessive and no title ("Kenya's
    Ruto", "Russia's Lavrov"), holds the post the gazetteer knows them for there: LEADS for a head of
    state or government, else MEMBER_OF (``people.csv``'s office).

    >>> possessed_people.__name__  # needs a parsed Doc; see tests/extract/test_affiliations.py
    'possessed_people'
    """
    for start, end, key in found.mention_spans:
        person = found.actors[key]
        office = gaz.office(key) if person.type == "PERSON" else None
        if office is None or person.country is None:
            continue
        if any(c.lower_ in FORMER for t in doc[start:end] for c in t.children):
            continue  # ("Pakistan's former Khan": no longer)
        for p in (c for t in doc[start:end] for c in t.children if c.dep_ == POSS and c.i < start):
            if found.at(p) == person.country:
                yield Relation(key, office, person.country, evidence_of(doc[end - 1], doc_id, "possessive"))


#: Bodies whose units' commanders are their members: "the army's 20th Division", "the RSF's 3rd Brigade".
COMMANDED_BODIES = frozenset({"MILITARY", "ARMED_GROUP"})


def commander_relations(found, known: list[Relation]) -> Iterator[Relation]:
    """The commander of a unit named as an army's or armed group's ("X, commander of the army's
    20th Division") is a member of that army as well as the unit's leader. ``known`` are the
    document's standing relations so far.

    >>> commander_relations.__name__  # needs a parsed Doc; see tests/extract/test_affiliations.py
    'commander_relations'
    """
    owners = {r.subject: r.object for r in known if r.predicate == "MEMBER_OF" and r.evidence.extractor == "possessive"
              and found.actors[r.subject].type in COMMANDED_BODIES and found.actors[r.object].type in COMMANDED_BODIES}
    for r in known:
        if r.predicate == "LEADS" and r.object in owners and found.actors[r.subject].type == "PERSON":
            yield Relation(r.subject, "MEMBER_OF", owners[r.object], r.evidence)


#: Nouns of one who serves a person: "X, an adviser to President Y" serves Y's state or body.
SERVING = frozenset({"adviser", "advisor", "aide"})


def adviser_relations(doc: Doc, found, doc_id: str, known: list[Relation]) -> Iterator[Relation]:
    """A person named as an adviser or aide "to" someone is a member of what that someone leads or
    belongs to: "X, an adviser to President Y" -> X MEMBER_OF Y's state. ``known`` are the relations
    found from titles; an adviser to no one known is left alone.

    >>> adviser_relations.__name__  # needs a parsed Doc; see tests/extract/test_affiliations.py
    'adviser_relations'
    """
    for start, end, key in found.mention_spans:
        if found.actors[key].type != "PERSON":
            continue
        for noun in (c for c in doc[end - 1].children if c.dep_ == APPOS and c.lemma_.lower() in SERVING):
            served = [k for _p, o in prep_objects(noun, {"to"}) if (k := found.at(o)) and k != key]
            for r in known:
                if r.subject in served and r.predicate in ("LEADS", "MEMBER_OF") and r.object != key:
                    yield Relation(key, "MEMBER_OF", r.object, evidence_of(noun, doc_id, "apposition"))


#: Dependencies of the words that name a counterpart's state: "his Ugandan counterpart", "its
#: Kenya counterpart" (the parser reads some demonyms as proper nouns: nmod).
NAMING_DEPS = frozenset({AMOD, COMPOUND, "nmod"})


def _counterpart_people(token: Token, found) -> list[str]:
    """The people a "counterpart(s)" names, in order: in apposition or compounded ("his Ugandan
    counterpart Yoweri Museveni"), or listed right after it and its comma, however the parser attached
    the names ("his Russian and Ukrainian counterparts, X and Y")."""
    doc = token.doc
    heads = [c for c in token.children if c.dep_ == APPOS] + ([token.head] if token.dep_ in (COMPOUND, APPOS) else [])
    people: list[str] = []
    for key in (found.at(h) for h in heads):
        if key and found.actors[key].type == "PERSON" and key not in people:
            people.append(key)
    i = token.i + 1 + (token.i + 1 < len(doc) and doc[token.i + 1].text == ",")
    listed: list[str] = []
    while i < len(doc) and (key := found.at(doc[i])) and found.actors[key].type == "PERSON":
        listed.append(key)
        while i < len(doc) and found.at(doc[i]) == key:
            i += 1
        while i < len(doc) and doc[i].lower_ in (",", "and"):
            i += 1
    return listed if len(listed) > len(people) else people


#: Words before a government's name that make it no organ of the state it sits in.
NOT_THE_STATE_S = frozenset({"opposition", "rival", "shadow", "parallel", "exiled", "breakaway", "separatist",
                             "rebel", "settler", "settlers", "militant", "insurgent"})


def _state_named_in(name: Span, gaz: Gazetteer):
    """The state a body's own name names ("Canadian Security Intelligence Service", "Federal
    Government of Somalia", "South Sudan Human Rights Commission"), or None."""
    for n in (3, 2, 1):
        for i in range(len(name) - n + 1):
            words = name[i:i + n].text
            state = gaz.demonym(words) or gaz.lookup(words)
            if state is not None and state.type == "STATE":
                return state
    return None


def _state_after(doc: Doc, end: int, found):
    """The state named "of" right after a body's name ("the National Security Agency of Somalia",
    where NER stopped the name before "of"), or None."""
    at = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    state = found.actor(doc[at]) if end < len(doc) and doc[end].lower_ == "of" and at < len(doc) else None
    return state if state is not None and state.type == "STATE" else None


def home_bodies(doc: Doc, found, gaz: Gazetteer, doc_id: str, known: list[Relation]) -> Iterator[Relation]:
    """A government body named with no state ("the ruling Sovereignty Council", "Transitional
    Presidential Council") belongs to the state its own name names or names after "of", else to
    the state the story is about where it is first named (:func:`graphbuild.actors.home.home_state`), unless the text
    already places it, or names it as an opposition's ("the opposition National Unity Government"), or the
    gazetteer knows it as no state's.

    >>> home_bodies.__name__  # needs resolved actors; see tests/extract/test_affiliations.py
    'home_bodies'
    """
    placed = {r.subject for r in known if r.predicate in ("MEMBER_OF", "LEADS")}
    seen = set()
    for start, end, key in sorted(found.mention_spans):
        actor = found.actors[key]
        if actor.type != "GOVERNMENT" or actor.country or not key.startswith("org/") or key in placed or key in seen \
                or party(actor.label) or gaz.actor(key) is not None:
            continue  # (one the gazetteer knows with no state is no state's: a government in exile)
        seen.add(key)
        before = {t.lower_ for t in doc[max(doc[start].sent.start, start - 3):start]}
        if before & NOT_THE_STATE_S:
            continue
        named = _state_named_in(doc[start:end], gaz) or _state_after(doc, end, found)
        if named is not None:
            found.actors.setdefault(named.key, named)
        state = named.key if named is not None else home_state(found, gaz, doc[start])
        if state is not None and state != key:
            yield Relation(key, "MEMBER_OF", state, evidence_of(doc[start], doc_id, "home state"))
