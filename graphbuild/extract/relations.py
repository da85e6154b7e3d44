"""Standing relations: LEADS, MEMBER_OF, ALLY_OF, LOCATED_IN.

Read from titles and appositions, not from events:

* titles before a name and appositions after it (:mod:`graphbuild.extract.titles`):
  "the Syrian President X" -> X LEADS Syria; "X, director of ... at Amnesty International" ->
  X MEMBER_OF Amnesty International;
* "A's ally, B" / "B, an ally of A" -> B ALLY_OF A;
* a government body belongs to its state: "the Russian Defense Ministry" -> MEMBER_OF Russia;
* a geocoded place lies in its country (from the gazetteer; with the sentence where one says so);
* a place lies in the province or region a sentence puts it in (:mod:`graphbuild.extract.placement`);
* ties, parts, owners and "-led" read by :mod:`graphbuild.extract.affiliations`.

>>> from graphbuild.extract.relations import ALLY_NOUNS
>>> "ally" in ALLY_NOUNS
True
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.kinds import party
from graphbuild.actors.seats import governing
from graphbuild.extract.affiliations import (
    STATE_LED, adviser_relations, allegiance_relations, arm_relations, commander_relations, counterpart_relations,
    evidence_of, holders, home_bodies, hyphen_led_relations, owned_relations, part_relations, possessed_people,
    stated_in, tied_relations, told_units,
)
from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.placement import place_relations
from graphbuild.extract.senses import allied_with
from graphbuild.extract.syntax import (
    APPOS, COMPOUND, PASS_SUBJ, POSS, QUANTITY_HEADS, RELATIVE_PRONOUNS, SUBJ, antecedent, children, clause_subject,
    prep_objects,
)
from graphbuild.extract.titles import minister_relations, ranked_officers, title_relations
from graphbuild.model import Relation

ALLY_NOUNS = frozenset({"ally", "allies", "partner", "backer", "patron", "protege"})


def _described(noun: Token, found) -> list[str]:
    """The actors a noun describes: in apposition ("Egypt, a member of X", "A's ally, B"), as what
    its subjects are ("Iran is an ally of Syria", "India and China are members of X", "X, of which
    Kenya is a member"), or as what it is ("X, whose armed wing is Y")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "Kenya is one of the bloc's eight members": what "one" is said of
    keys = [found.at(c) for c in noun.children if (c.dep_ == APPOS or _conj_apposed(noun, c)) and found.at(c)]
    if noun.dep_ == APPOS and found.at(noun.head):
        keys.append(found.at(noun.head))
        if any(c.lower_ in ("both", "all") for c in noun.children):  # "Egypt and the UAE, both allies of X": each
            keys += [found.at(x) for x in noun.head.conjuncts if found.at(x)]
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
        keys += [found.at(x) for s in noun.head.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS
                 for x in (s, *s.conjuncts) if found.at(x)]
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in COPULAS:  # "X, whose armed wing is Y": Y
        keys += [found.at(x) for a in noun.head.children if a.dep_ == "attr" for x in (a, *a.conjuncts) if found.at(x)]
    return keys


def _conj_apposed(noun: Token, child: Token) -> bool:
    """Whether the parser made a conjunct of what is an apposition: "its armed wing, the Chin National
    Army" (a comma right before it, no "and" or "or" on the noun)."""
    return child.dep_ == "conj" and child.i > noun.i and noun.doc[child.left_edge.i - 1].text == "," \
        and noun.doc[child.left_edge.i - 1].i == noun.i + 1 and not any(c.dep_ == "cc" for c in noun.children)


#: Verbs that say what their subject is: "Sweden is a member of NATO", "became a member", "remains an ally".
COPULAS = frozenset({"be", "become", "remain"})
#: Verbs of entering or founding a body: "Finland joined NATO", "Mali, Burkina Faso and Niger formed the AES".
JOINING = frozenset({"join", "accede", "form", "found", "establish", "create"})
#: Those of them a body is founded by, which others may share: "X formed the AES with Y".
FOUNDING = JOINING - {"join", "accede"}


def joined_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "Finland joined NATO in 2023", "Timor-Leste has joined ASEAN": a member of the bloc it
    entered, when the joining is told as done (not "wants to join", "will join", "did not join").

    >>> joined_relations.__name__  # needs a parsed sentence; see tests/extract/test_events.py (FOUND)
    'joined_relations'
    """
    for verb in doc:
        if verb.lemma_.lower() not in JOINING or verb.pos_ != "VERB" or not (
                verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lemma_ == "have" for c in verb.children)) \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        bodies = [found.at(o) for o in (*children(verb, {"dobj"}), *(o for _p, o in prep_objects(verb, {"to"})))
                  if found.at(o) and found.actors[found.at(o)].type == "IGO"]
        members = [m for s in clause_subject(verb) for m in arg_actors(s, found)]
        # ("A, B and C left X and formed Y": the subject of both; "the three countries formed Y": the three named)
        if verb.lemma_.lower() in FOUNDING:  # "Together with Burkina Faso and Niger, Mali formed the AES": all three
            members += [found.at(x) for _p, o in prep_objects(verb, {"with"}) for x in o.subtree]
        for member in dict.fromkeys(members):
            if member and found.actors[member].type in ("STATE", "GOVERNMENT"):
                yield from (Relation(member, "MEMBER_OF", body, evidence_of(verb, doc_id, "joined"))
                            for body in bodies if body != member)


def _of(noun: Token, found) -> list[str]:
    """Whom a noun of belonging is "of", with their conjuncts ("of both NATO and the EU"), or whom a
    relative "of which" before its verb points at ("the AU, of which Kenya is a member")."""
    keys = []
    for holder in (noun, noun.head if noun.dep_ == "attr" else None):
        for _p, obj in prep_objects(holder, {"of"}) if holder is not None else ():
            if obj.lower_ in RELATIVE_PRONOUNS and holder.dep_ == "relcl":
                obj = holder.head
            keys += [found.at(x) for x in (obj, *obj.conjuncts) if found.at(x)]
    return keys


def _allied(verb: Token, found) -> list[str]:
    """Who a participle of alliance is said of: its subject ("X is allied with Y"), the noun it is
    on ("militias aligned with Y"), a relative pronoun's noun ("X, which is allied with Y")."""
    if verb.dep_ in ("acl", "amod"):
        return [k for k in map(found.at, holders(verb)) if k]
    return [found.at(x) for h in holders(verb) for x in (h, *h.conjuncts) if found.at(x)]


def ally_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "A's main ally, B", "B, an ally of A", "B is an ally of A", "B is allied with A"."""
    for t in doc:
        partners = [found.at(x) for x in allied_with(t) if found.at(x)]
        for a in _allied(t, found) if partners else ():
            yield from (Relation(a, "ALLY_OF", o, evidence_of(t, doc_id, "allied")) for o in partners if o != a)
        if t.lemma_.lower() not in ALLY_NOUNS and t.lower_ not in ALLY_NOUNS:
            continue
        owners = [found.at(c) for c in t.children if c.dep_ == POSS and found.at(c)]
        owners += [found.at(o) for _p, o in prep_objects(t, {"of"}) if found.at(o)]
        for a in _described(t, found):
            for o in owners:
                if a != o:
                    yield Relation(a, "ALLY_OF", o, evidence_of(t, doc_id, "apposition"))


#: Nouns of belonging to a body: "a member of NATO", "a member state of the AU", "a signatory to X",
#: "a unit (faction, cell) of the EMC".
MEMBER_NOUNS = frozenset({"member", "signatory", "wing", "branch", "unit", "faction", "cell", "offshoot"})
#: Nouns of a part of a body, which can be a party's or a ministry's: "the armed wing of the X Party".
PART_OF = frozenset({"wing", "branch"})
#: Who can be a member, and of what.
MEMBER_TYPES = frozenset({"STATE", "GOVERNMENT", "ARMED_GROUP", "NGO", "PERSON"})
BODY_TYPES = frozenset({"IGO", "ARMED_GROUP", "NGO"})


def member_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "Lithuania is a member of NATO", "Poland, a fellow NATO member", "Egypt is a member state of
    the Arab League", "the AU, of which Kenya is a member": members of a bloc, alliance or group.

    >>> member_relations.__name__  # needs a parsed sentence; see tests/extract/test_events.py (FOUND)
    'member_relations'
    """
    for t in doc:
        kind = t.lemma_.lower()
        if kind not in MEMBER_NOUNS and not any(c.dep_ == "compound" and c.lemma_.lower() == "member"
                                                for c in t.children):
            continue  # ("a member state of": the state is the member)
        bodies = _of(t, found) + [found.at(c) for c in t.children if c.dep_ in ("compound", POSS) and found.at(c)]
        if kind == "signatory":
            bodies += [found.at(o) for _p, o in prep_objects(t, {"to"}) if found.at(o)]
        elif kind in MEMBER_NOUNS:  # "one of the factions within the PMF"
            bodies += [found.at(o) for _p, o in prep_objects(t, {"within", "inside"}) if found.at(o)]
        types = BODY_TYPES | {"GOVERNMENT"} if kind in PART_OF else BODY_TYPES  # "the armed wing of a party"
        bodies = [b for b in bodies if found.actors[b].type in types]
        for member in _described(t, found):
            if found.actors[member].type not in MEMBER_TYPES:
                continue
            for body in bodies:
                if body != member:
                    yield Relation(member, "MEMBER_OF", body, evidence_of(t, doc_id, "apposition"))


#: Verbs by which a body names its members: "a regional force that includes Nigeria and Chad".
INCLUDING = frozenset({"include", "comprise", "group", "unite"})
#: What a force's members send it: "a mission that includes troops from Kenya and Burundi".
CONTINGENTS = frozenset({"troop", "soldier", "force", "contingent", "unit", "officer", "police", "battalion"})


def included_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "the MNJTF, a regional force that also includes Nigeria, Cameroon and Benin", "the AES, which
    groups Mali with Burkina Faso and Niger", "brings together": each listed state
    or group is a MEMBER_OF the body (the subject, or the name the subject's description is on).

    >>> included_relations.__name__  # needs a parsed sentence; see tests/extract/test_events.py (FOUND)
    'included_relations'
    """
    for verb in doc:
        together = verb.lemma_.lower() == "bring" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "together"
                                                          for c in verb.children)  # "brings together X and Y"
        as_noun = verb.lower_ in INCLUDES and {"nsubj", "dobj"} <= {c.dep_ for c in verb.children}
        if not as_noun and (verb.lemma_.lower() not in INCLUDING and not together or verb.pos_ != "VERB"):
            continue  # (a verb the tagger read as a noun still has its subject and object: "X groups(NOUN) troops")
        subjects = clause_subject(verb)
        bodies = [k for s in subjects for k in (found.at(s), found.at(s.head) if s.dep_ == APPOS else None)
                  if k and found.actors[k].type in BODY_TYPES] or [  # (else the body last named before it)
            k for start, _e, k in sorted(found.mention_spans, reverse=True)
            if verb.sent.start <= start < verb.i and found.actors[k].type in BODY_TYPES][:1]
        if subjects and all(s.pos_ in ("NOUN", "PROPN") and s.dep_ != APPOS and not any(
                found.at(x) for x in (s, *s.lefts)) for s in subjects):
            continue  # "a commission that included the Church": a body no one named, not the last one named
            # (but "the African Union mission, which includes ...": the AU's)
        objects = [x for obj in children(verb, {"dobj"}) for x in (obj, *obj.conjuncts)]
        listed = [found.at(x) for x in objects]
        listed += [k for x in objects if found.at(x) is None and x.lemma_.lower() in CONTINGENTS
                   for _p, o in (*prep_objects(x, {"from"}), *prep_objects(verb, {"from"}))
                   for k in (found.at(y) for y in (o, *o.conjuncts))]
        # ("includes troops from Kenya, Uganda and Burundi": the states that sent them)
        if verb.lemma_.lower() in ("group", "unite"):  # "groups Mali with its neighbours Burkina Faso and Niger"
            listed += [k for _p, o in prep_objects(verb, {"with"}) for k in arg_actors(o, found)]
        for member in dict.fromkeys(listed):
            if member and found.actors[member].type in MEMBER_TYPES and bodies and member != bodies[0]:
                yield Relation(member, "MEMBER_OF", bodies[0], evidence_of(verb, doc_id, "verb"))
    yield from _included_as_noun(doc, found, doc_id)


#: Present forms of those verbs the tagger may read as a noun before what is included: "X, ..., groups troops".
INCLUDES = frozenset({"groups", "includes", "comprises", "unites"})


def _included_as_noun(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "The MNJTF, which is based in N'Djamena, groups(NOUN) troops from Chad and Niger": the tagger
    made the verb a noun and its contingents an apposition to the body; the states they come from are
    its members."""
    for t in doc:
        troops = t.head
        if t.lower_ not in INCLUDES or t.pos_ != "NOUN" or t.dep_ != COMPOUND \
                or troops.lemma_.lower() not in CONTINGENTS or troops.dep_ != APPOS:
            continue
        body = found.at(troops.head)
        if body is None or found.actors[body].type not in BODY_TYPES:
            continue
        for member in dict.fromkeys(k for _p, o in prep_objects(troops, {"from"}) for y in (o, *o.conjuncts)
                                    if (k := found.at(y))):
            if found.actors[member].type in MEMBER_TYPES and member != body:
                yield Relation(member, "MEMBER_OF", body, evidence_of(t, doc_id, "verb"))


def composed_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "X and Y, together with Z, make up the Three Brotherhood Alliance", "X and Y form the
    coalition": each listed subject (and those it is "together with") is a MEMBER_OF the object.

    >>> composed_relations.__name__  # needs a parsed sentence; see tests/extract/test_affiliations.py
    'composed_relations'
    """
    for verb in doc:
        making = verb.lemma_.lower() == "make" and any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        if not (making or verb.lemma_.lower() in ("form", "constitute")) or verb.pos_ != "VERB" \
                or any(c.dep_ == "neg" for c in verb.children):
            continue
        bodies = [k for o in children(verb, {"dobj"}) if (k := found.at(o)) and found.actors[k].type in BODY_TYPES
                  and not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in o.children)]
        # ("formed a new alliance": none named)
        if not bodies and verb.dep_ == "relcl" and verb.lemma_.lower() == "form":
            # "the AES, the confederation that Niger formed with Mali": the body the clause is on
            body = found.at(verb.head) or (found.at(verb.head.head) if verb.head.dep_ == APPOS else None)
            bodies = [body] if body and found.actors[body].type in BODY_TYPES else []
        subjects = [x for s in children(verb, {"nsubj"}) for x in _listed(antecedent(s, verb))]
        subjects += [o for s in subjects for p, o in prep_objects(s, {"with"})]  # "together with Z"
        subjects += [x for _p, o in prep_objects(verb, {"with"}) for x in (*_listed(o), *(
            c for c in o.children if c.dep_ == "nmod" and any(g.dep_ == "cc" for g in c.children)))] \
            if verb.dep_ == "relcl" else []  # ("with Mali and Burkina Faso", "Mali" parsed as a modifier of "Faso")
        for member in dict.fromkeys(k for x in subjects if (k := found.at(x))):
            if found.actors[member].type in MEMBER_TYPES and bodies and member != bodies[0]:
                yield Relation(member, "MEMBER_OF", bodies[0], evidence_of(verb, doc_id, "verb"))


def _listed(first: Token) -> list[Token]:
    """A list's items from its first: its conjuncts, and a list the parser hung on it as an
    apposition ("Mali, Burkina Faso and Niger, which form ...")."""
    return [first, *first.conjuncts, *(x for a in children(first, {APPOS}) if a.conjuncts for x in (a, *a.conjuncts))]


#: Nouns for who leads an actor: "the group's leadership under X" is X's.
LEADERSHIPS = frozenset({"leadership", "command"})
#: Participles of heading: "gangs led by X", "a faction headed by Y".
HEADED = frozenset({"lead", "head", "command", "chair"})
#: Nouns for those a state sends, whom a leader of their own may lead: "the delegation was led by X".
ENVOYS = frozenset({"delegation", "team", "negotiators", "delegates", "envoys"})
#: Actor types a person can lead.
LED_TYPES = frozenset({"STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "NGO", "MEDIA", "GROUP"})


#: Verbs of a name a description goes by: "a commander known as X", "a man called Y".
NAMING = frozenset({"know", "call", "name"})


def _led(verb: Token, found):
    """The actor a participle of heading is on: the noun ("gangs led by X"), the passive subject
    ("the group is led by Z") or, in a relative clause, the noun its pronoun stands for ("the
    council, which is headed by Y")."""
    if verb.dep_ == "acl":  # ("dozens of gunmen, led by X": the gunmen)
        held = verb.head
        if held.lemma_.lower() in QUANTITY_HEADS:
            held = next((o for _p, o in prep_objects(held, {"of"})), held)
        # ("Niger and Burkina Faso, led by X": the parser hangs it on the first; X leads the nearest)
        held = max((c for c in (held, *held.conjuncts) if c.i < verb.i), key=lambda c: c.i, default=held)
        named = found.actor(held)
        if held.dep_ == "appos" and (named is None or named.key.startswith("group/")):
            return found.actor(held.head) or named  # "the NRF, an anti-Taliban group led by X": the NRF
        if named is None:  # "the SPLM-N faction led by X": the name on the kind word; "Boko Haram's
            # lake-based faction, led by X": the name that owns it
            named = next((a for c in held.children if (c.dep_ == "compound" or c.dep_ == POSS
                                                         and held.lemma_.lower() in FACTIONS)
                          and (a := found.actor(c)) is not None
                          and a.type == "ARMED_GROUP" and not a.key.startswith("group/")), None)
        if named is None and verb.i > 1 and verb.doc[verb.i - 1].text == ",":
            named = found.actor(verb.doc[verb.i - 2])  # "the war between the army, led by X, and ...": the army
        return named
    # its passive subject, or in a relative clause the noun its pronoun stands for ("the council, which
    # is headed by Y"; "the group is led by Z")
    return next((_named_or_its_kind(antecedent(s, verb), found) for s in children(verb, PASS_SUBJ)
                 if s.lemma_.lower() not in ENVOYS), None)  # (a delegation led by X: not X's state)


def _named_or_its_kind(noun: Token, found):
    """The actor a noun names, or the one the noun its "of" phrase hangs from names: a relative clause
    the parser put on the last noun ("the largest group of FARC dissidents, which is led by X": the group)."""
    named = found.actor(noun)
    if named is None and noun.dep_ == "pobj" and noun.head.lower_ == "of":
        named = found.actor(noun.head.head)
    return named


def led_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "Gangs led by X", "the faction headed by Y", "the council, which is headed by Z",
    "attackers led by a commander known as W": the person leads the actor the participle is on (a
    state may lead a coalition: "the coalition, led by Saudi Arabia").

    >>> led_relations.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'led_relations'
    """
    for t in doc:
        if t.lemma_.lower() in HEADED and t.tag_ in ("VBZ", "VBP") and not any(c.dep_ == "neg" for c in t.children):
            yield from _heads_now(t, found, doc_id)
        if t.lemma_.lower() in LEADERSHIPS and t.pos_ == "NOUN":  # "the group's leadership under X": X leads it
            owners = [a for c in t.children if c.dep_ == POSS and (a := found.actor(c)) and a.type in LED_TYPES]
            yield from (Relation(leader.key, "LEADS", owner.key, evidence_of(t, doc_id, "apposition"))
                        for _p, obj in prep_objects(t, {"under"}) if (leader := found.actor(obj)) is not None
                        and leader.type == "PERSON" for owner in owners)
        if t.lower_ in LEADER_TITLES and t.dep_ == "compound" and t.head.dep_ == "pobj" and t.head.head.lower_ == "of":
            leader, owner = found.actor(t.head), found.actor(t.head.head.head)  # "the LNA of commander X": X's
            if leader is not None and leader.type == "PERSON" and owner is not None and owner.type in LED_TYPES \
                    and owner.type != "STATE":
                yield Relation(leader.key, "LEADS", owner.key, evidence_of(t, doc_id, "apposition"))
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in FACTIONS \
                and (leader := found.actor(t)) is not None and leader.type == "PERSON":
            faction = t.head.head  # "the SPLM-N faction of Abdelaziz al-Hilu": his
            owner = found.actor(faction) or next((a for c in faction.children if c.dep_ in (COMPOUND, APPOS, "nmod")
                                                  and (a := found.actor(c)) is not None and a.type in LED_TYPES
                                                  and a.type != "STATE"), None) or (
                found.actor(faction.head) if faction.dep_ == APPOS else None)  # ("the SPLM-IO, the party of X")
            if owner is not None and owner.type != "STATE":
                yield Relation(leader.key, "LEADS", owner.key, evidence_of(t, doc_id, "apposition"))
        if t.tag_ != "VBN" or t.lemma_.lower() not in HEADED or any(c.dep_ == "neg" for c in t.children):
            continue
        led = _led(t, found)
        if led is None or led.type not in LED_TYPES:
            continue
        for _p, obj in prep_objects(t, {"by"}):
            named = [o for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING
                     for _q, o in prep_objects(c, {"as"})] + [c for c in obj.children if c.dep_ == APPOS]
            for leader in (found.actor(x) for x in (obj, *named)):
                if leader is not None and leader.key != led.key and (
                        leader.type == "PERSON" or leader.type == "STATE" and led.type in STATE_LED):
                    yield Relation(leader.key, "LEADS", led.key, evidence_of(t, doc_id, "participle"))


#: Nouns for the part of a movement, or the party, a leader's name says is his: "the SPLM-N faction of X",
#: "the SPLM-IO, the party of X".
FACTIONS = frozenset({"faction", "wing", "party"})
#: Titles written before a leader's name: "the army of commander X" is X's.
LEADER_TITLES = frozenset({"commander", "leader", "chief", "warlord", "strongman"})


def _heads_now(verb: Token, found, doc_id: str) -> Iterator[Relation]:
    """ "X, who heads the unity government", "the SPLM-IO, which Machar leads", "X, the envoy who
    heads the mission": a person who leads an actor now (the present tense; "led" may be over); one
    who commands a part of it is one of it ("who commands the LNA's ground forces")."""
    subjects = [antecedent(s, verb) for s in children(verb, SUBJ)]
    leaders = [found.actor(s.head if s.dep_ == APPOS and found.actor(s) is None else s) for s in subjects]
    led = [found.actor(antecedent(o, verb)) or next((found.actor(a) for a in children(o, {APPOS}) if found.actor(a)),
                                                     None) for d in children(verb, {"dobj"}) for o in (d, *d.conjuncts)]
    # ("who heads the ruling junta, the National Council ...": the name in apposition to the kind, or
    # coordinated with it where the parser read the comma as a list's)
    # ("who commands the LNA's ground forces": a part of the LNA, which makes him one of it)
    parts_of = [a for d in children(verb, {"dobj"}) if found.actor(d) is None for c in children(d, {POSS})
                if (a := found.actor(c)) is not None and a.type in ("MILITARY", "ARMED_GROUP")]
    for leader in (a for a in leaders if a is not None and a.type == "PERSON"):
        yield from (Relation(leader.key, "LEADS", a.key, evidence_of(verb, doc_id, "verb"))
                    for a in led if a is not None and a.type in LED_TYPES)
        yield from (Relation(leader.key, "MEMBER_OF", a.key, evidence_of(verb, doc_id, "verb")) for a in parts_of)


def body_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """Government bodies and other actors belong to their state (a party of it does not); places
    lie in their country."""
    seen = set()
    for start, _end, key in found.mention_spans:
        actor = found.actors[key]
        if not actor.country or actor.country == key or key in seen:
            continue
        seen.add(key)
        if actor.type == "LOCATION":  # with the sentence that says so, where one does ("Nigeria's Taraba state")
            said = next((t for s, e, k in found.mention_spans if k == key
                         for t in [stated_in(doc[s:e], actor.country, found)] if t is not None), None)
            yield Relation(key, "LOCATED_IN", actor.country, evidence_of(said, doc_id, "stated") if said else None)
        elif actor.type in ("GOVERNMENT", "MILITARY") and not party(actor.label):
            yield Relation(key, "MEMBER_OF", actor.country, evidence_of(doc[start], doc_id, "gazetteer"))


#: Actor types whose name may open with the bloc they belong to.
BLOC_BODY_TYPES = frozenset({"IGO", "MILITARY", "GOVERNMENT", "NGO"})


def _described_bloc(span, found):
    """The bloc a name's description says it is a body of, the description a noun before it or in
    apposition: "the UN peacekeeping mission MONUSCO", "the UN refugee agency UNHCR"."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "compound" and c.i < span.start and c.pos_ == "NOUN"]
    nouns += [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < span.start else []
    return next((b for n in nouns for c in n.children if c.dep_ == "compound" and c.i < n.i
                 for b in [found.actor(c)] if b is not None and b.type == "IGO"), None)


def bloc_bodies(doc: Doc, found, gaz: Gazetteer, doc_id: str) -> Iterator[Relation]:
    """ "the African Union Support and Stabilization Mission in Somalia", "the European Union
    Mission in Armenia", "the UN Human Rights Office": a body whose name opens with a bloc's name
    belongs to the bloc (not a body a capital or a state names: that is its state's, elsewhere).

    >>> bloc_bodies.__name__  # needs resolved actors; see tests/extract/test_events.py
    'bloc_bodies'
    """
    for start, end, key in found.mention_spans:
        words = [t for t in doc[start:end] if t.lower_ != "the"]
        if found.actors[key].type not in BLOC_BODY_TYPES:
            continue
        described = _described_bloc(doc[start:end], found)
        if described is not None and described.key != key:  # "the UN peacekeeping mission MONUSCO"
            yield Relation(key, "MEMBER_OF", described.key, evidence_of(doc[start], doc_id, "apposition"))
            continue
        if len(words) < 3:
            continue
        for n in (2, 1):
            bloc = gaz.lookup(" ".join(t.text for t in words[:n]))
            if bloc is not None and bloc.type == "IGO" and bloc.key != key:
                found.actors.setdefault(bloc.key, bloc)
                yield Relation(key, "MEMBER_OF", bloc.key, evidence_of(doc[start], doc_id, "name"))
                break


def standing_relations(doc: Doc, found, gaz: Gazetteer, doc_id: str) -> list[Relation]:
    """All standing relations in a document, without duplicates, in a stable order."""
    out: dict[tuple[str, str, str], Relation] = {}
    titles = list(title_relations(doc, found, gaz, doc_id))
    for rel in (*titles, *counterpart_relations(doc, found, doc_id, titles),
                *adviser_relations(doc, found, doc_id, titles), *ally_relations(doc, found, doc_id),
                *member_relations(doc, found, doc_id), *joined_relations(doc, found, doc_id),
                *included_relations(doc, found, doc_id), *composed_relations(doc, found, doc_id),
                *led_relations(doc, found, doc_id), *place_relations(doc, found, gaz, doc_id),
                *body_relations(doc, found, doc_id),
                *tied_relations(doc, found, doc_id), *allegiance_relations(doc, found, doc_id),
                *part_relations(doc, found, doc_id), *owned_relations(doc, found, doc_id),
                *told_units(doc, found, doc_id),
                *possessed_people(doc, found, gaz, doc_id),
                *hyphen_led_relations(doc, found, gaz, doc_id), *arm_relations(doc, found, doc_id),
                *bloc_bodies(doc, found, gaz, doc_id)):
        out.setdefault((rel.subject, rel.predicate, rel.object), rel)
    for rel in home_bodies(doc, found, gaz, doc_id, list(out.values())):  # (last: only bodies nothing placed)
        out.setdefault((rel.subject, rel.predicate, rel.object), rel)
    for rel in minister_relations(doc, found, doc_id, list(out.values())):  # (once ministries are placed)
        out.setdefault((rel.subject, rel.predicate, rel.object), rel)
    for rel in commander_relations(found, list(out.values())):  # (once units have their owners)
        out.setdefault((rel.subject, rel.predicate, rel.object), rel)
    for rel in ranked_officers(doc, found, doc_id, list(out.values())):  # (last: only officers nothing placed)
        out.setdefault((rel.subject, rel.predicate, rel.object), rel)
    return list(_governed(out, found).values())


def _governed(out: dict[tuple[str, str, str], Relation], found) -> dict[tuple[str, str, str], Relation]:
    """A state's leader leads the government the story names it by ("Prime Minister X" of Libya, in a
    story naming its Government of National Unity, LEADS that government, not the disputed state)."""
    named = governing(found.actors)
    if not named:
        return out
    led: dict[tuple[str, str, str], Relation] = {}
    for rel in out.values():
        if rel.predicate == "LEADS" and rel.object in named and found.actors[rel.subject].type == "PERSON":
            rel = Relation(rel.subject, "LEADS", named[rel.object], rel.evidence)
        led.setdefault((rel.subject, rel.predicate, rel.object), rel)
    return led
