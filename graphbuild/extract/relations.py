"""Standing relations: LEADS, MEMBER_OF, ALLY_OF, LOCATED_IN.

Read from titles and appositions, not from events:

* a title before a name, with a country or organisation before the title:
  "the Syrian President X" -> X LEADS Syria; "Foreign Minister X" -> X MEMBER_OF ...;
* an apposition after a name: "X, director of ... at Amnesty International" ->
  X MEMBER_OF Amnesty International (``data/titles.csv`` says which titles lead);
* "A's ally, B" / "B, an ally of A" -> B ALLY_OF A;
* a government body belongs to its state: "the Russian Defense Ministry" -> MEMBER_OF Russia;
* a geocoded place lies in its country (from the gazetteer; with the sentence where one says so);
* ties, parts, owners and "-led" read by :mod:`graphbuild.extract.affiliations`.

>>> from graphbuild.extract.relations import ALLY_NOUNS
>>> "ally" in ALLY_NOUNS
True
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.actors.bodies import force_named_before
from graphbuild.actors.coref import DENYING
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.home import SPOKESPEOPLE, home_state, paragraph_state, previous_subject_state, state_side
from graphbuild.extract.affiliations import (
    STATE_LED, allegiance_relations, arm_relations, counterpart_relations, evidence_of, holders,
    home_bodies, hyphen_led_relations, owned_relations, part_relations, stated_in, tied_relations,
)
from graphbuild.extract.arguments import arg_actors
from graphbuild.extract.senses import allied_with
from graphbuild.extract.syntax import (
    APPOS, PASS_SUBJ, POSS, QUANTITY_HEADS, RELATIVE_PRONOUNS, SUBJ, antecedent, children, clause_subject, prep_objects,
)
from graphbuild.model import Relation

ALLY_NOUNS = frozenset({"ally", "allies", "partner", "backer", "patron", "protege"})
#: Prepositions after a title that name the body the title belongs to.
OWNING_PREPS = frozenset({"of", "at"})
#: Titles of a calling, not an office: with a state's name they say whose national one is ("Algeria's
#: leading activist"), not that one belongs to the state.
CIVIL_TITLES = frozenset({"activist", "campaigner", "journalist", "reporter", "lawyer", "researcher", "analyst",
                          "expert", "dissident", "blogger", "writer"})
ORG_TYPES = frozenset({"STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "NGO", "MEDIA"})


def _title(tokens: list[Token], gaz: Gazetteer, last: bool = False) -> tuple[str | None, int]:
    """The relation a title among ``tokens`` implies, and where it starts (two-word titles first);
    with ``last``, the title that ends last, the head of a noun phrase ("chief negotiator" is a
    negotiator, "army chief" a chief)."""
    found = []
    for i in range(len(tokens)):
        for n in (3, 2, 1):
            words = " ".join(t.lower_ for t in tokens[i:i + n])
            if len(tokens[i:i + n]) == n:
                rel = gaz.title(words)
                if rel and not last:
                    return rel, i
                if rel:
                    found.append((i + n, n, rel, i))
    if found:
        _end, _n, rel, i = max(found, key=lambda f: (f[0], f[1]))
        first = i
        while first > 0 and tokens[first - 1].lower_ in RANKS | {"senior"}:
            first -= 1  # ("junta chief Senior General X": the rank's words go back to "Senior")
        role = next((f for f in found if f[0] == first and tokens[i].lower_ in RANKS), None) if last else None
        if role is not None:  # "Army commander General X": the rank after a role says less than the role
            _end, _n, rel, i = role
        second = [t for t in tokens[:i] if t.text != "-"][-1:]
        if rel == "LEADS" and second and second[0].lower_ in SECONDS:
            rel = "MEMBER_OF"  # "Pakistan's deputy prime minister, X": second to whoever leads
        return rel, i
    return None, -1


#: Military ranks: written after a role, the role is the title ("army chief General X").
RANKS = frozenset({"general", "lieutenant", "major", "brigadier", "colonel", "captain", "admiral", "commodore",
                   "sergeant"})
#: Words that make a title the second to the one who holds it: "deputy prime minister", "vice-chancellor".
SECONDS = frozenset({"deputy", "vice", "assistant", "under"})


def _of_a_body(tokens: list[Token], title: Token, org: str, found) -> bool:
    """Whether a title heads a body or field of ``org`` rather than ``org`` itself: the state named
    through a common noun among ``tokens`` ("Uganda's army chief"), or a common noun of no actor
    just before the title ("the EU's foreign policy chief"). Whoever holds it belongs to ``org``."""
    if found.actors[org].type == "STATE" and any(t.pos_ == "NOUN" and found.at(t) == org for t in tokens):
        return True
    before = title.doc[title.i - 1] if title.i > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.dep_ == "compound" and before.head.i == title.i \
        and found.at(before) is None


def _denier_before(title: Token, found) -> str | None:
    """The state that denied or rejected something in the sentence before a spokesman's: "Rwanda
    denied the charge. Government spokesman X said ..." -> Rwanda."""
    sent = title.sent
    if title.lower_ not in SPOKESPEOPLE or sent.start == 0:
        return None
    before = title.doc[sent.start - 1].sent
    if before.root.lemma_.lower() not in DENYING | {"reject"}:  # (a state answering a charge)
        return None
    return next((k for s in before.root.children if s.dep_ == "nsubj" and (k := found.at(s))
                 and found.actors[k].type == "STATE"), None)


def _one_of(title: Token) -> bool:
    """Whether a title is said of one among several: "a commander", "a senior leader"."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in title.children)


#: Words that say a title is no longer held.
FORMER = frozenset({"former", "ex", "late", "ousted", "deposed", "exiled"})
#: Titles (their first word) that head a state: with no state named, the one the gazetteer knows
#: the person is of ("President Vladimir Putin").
HEADS_OF_STATE = frozenset({"president", "prime", "premier", "king", "queen", "emir", "chancellor", "sultan"})


#: Words of a state's offices below its head: "Foreign Minister", "Vice President", "Secretary of State".
STATE_OFFICES = frozenset({"minister", "vice", "deputy"})
#: What a secretary of a state's government is secretary of: "Secretary of State", "Foreign Secretary".
SECRETARIES_OF = frozenset({"state", "defense", "defence", "foreign", "treasury", "interior", "home"})


def _state_office(title: list[Token]) -> bool:
    """Whether title words name an office of a state's government (not "Secretary-General")."""
    words = {t.lower_ for t in title}
    return bool(words & STATE_OFFICES) or "secretary" in words and bool(words & SECRETARIES_OF)


#: Bodies that rule a state: whoever heads one leads the state ("junta chief X").
RULING_BODIES = frozenset({"junta", "government", "regime"})
#: A state's bodies named bare before a title: "police spokesman X", "army chief X" (no state said).
HOME_BODIES = frozenset({"police", "army", "military", "government", "navy", "junta"})
#: Body words before a title that point back to the body of that name named before.
NAMED_BODIES = frozenset({"coalition", "ministry", "mission", "alliance", "movement", "council", "commission",
                          "agency", "front", "force"})


def _org_in(tokens, found) -> str | None:
    for t in tokens:
        actor = found.actor(t)
        if actor is not None and actor.type in ORG_TYPES:
            return actor.key
    return None


def title_relations(doc: Doc, found, gaz: Gazetteer, doc_id: str) -> Iterator[Relation]:
    """Relations from titles written before a person's name or in an apposition after it."""
    for start, end, key in found.mention_spans:
        if found.actors[key].type != "PERSON":
            continue
        head = doc[end - 1]
        # "the Syrian President Bashar al-Assad": up to four words before the name, same sentence
        lo = max(head.sent.start, start - 7)
        # only words inside the name's own noun phrase: "the Syrian President X", not "the rebels
        # said they will release Prime Minister X"
        before = [t for t in doc[lo:start] if any(start <= a.i < end for a in t.ancestors)]
        title = doc[start - 1] if start > head.sent.start else None
        if not before and title is not None and title.dep_ == "nsubj" and head.dep_ == "nsubj" \
                and title.head == head.head:  # "Sudan's army chief(nsubj) Burhan(nsubj) flew": two subjects
            before = [t for t in title.subtree if lo <= t.i < start]
        rel, at = _title(before, gaz, last=True)
        inside = None if rel else _title(list(doc[start:end - 1]), gaz)[0]  # "Queen X", "King X II": in the name
        if rel or inside:
            # the body before the title ("the Syrian President", "UN envoy"), else one the title
            # is "of" or "at" ("President of Syria"), not "for"/"to" ("envoy for Myanmar"), else
            # one the name is "of" ("King X of Morocco", "President X of Gabon")
            org = _org_in(before[:at] if rel else before, found) or _org_in(
                [t for t in before[at:] if t.head.lower_ in OWNING_PREPS or t.head.head.lower_ in OWNING_PREPS
                 or t.head.lower_ == "for" and before[at].lower_ in SPOKESPEOPLE], found) or _org_in(
                [o for _p, o in prep_objects(head, {"of"})], found)
            rel = rel or inside
            denier = _denier_before(before[at], found) if 0 < at and before[at - 1].lower_ in HOME_BODIES else None
            if denier is not None:  # (whatever state "government" was read as)
                org, rel = denier, "MEMBER_OF"
            if any(t.lower_ in FORMER for t in before):
                continue  # "former President X", "the late king X": no longer
            country = found.actors[key].country
            word = next((t.lower_ for t in reversed(before[:at]) if t.lower_ in NAMED_BODIES), None) if rel else None
            if org is None and word:
                # "Coalition spokesman Colonel X", "ministry spokesman Y": the coalition, the ministry named before
                org = force_named_before(found, word, start, ORG_TYPES)  # ("Council president X" leads it)
            if org is None and rel and at > 0 and before[at - 1].lower_ in HOME_BODIES:
                # "police spokesman X": the state the story is about ("army spokesman X" after "the
                # Nigerian Army": that army's; "junta chief X" the gazetteer knows: X's state's)
                known = country if country and gaz.actor(country) is not None else None
                org = force_named_before(found, before[at - 1].lower_, start) or known \
                    or home_state(found, gaz, before[at - 1])
                if known is not None and org == known:
                    found.actors.setdefault(known, gaz.actor(known))
                rel = "MEMBER_OF" if org and before[at - 1].lower_ not in RULING_BODIES and (
                    org == known or found.actors[org].type == "STATE") else rel
            office = 0 <= at < len(before) and (
                before[at].lower_ in HEADS_OF_STATE if rel == "LEADS" else _state_office(before[at:]))
            if org is None and rel and office and country and gaz.actor(country) is not None:
                # "President Vladimir Putin", "Secretary of State Marco Rubio": the state the gazetteer
                # knows he heads or serves
                org = country
                found.actors.setdefault(country, gaz.actor(country))
            elif org is None and rel and office and not country and head.sent.start > 0 and not any(
                    state_side(found.actors[k]) for s, _e, k in found.mention_spans if head.sent.start <= s < start):
                # "Defence Minister X" after a sentence on what Niger did, in a paragraph or a story on Niger
                org = previous_subject_state(before[at], found, frozenset(), named=True) \
                    or paragraph_state(doc, found, start) or home_state(found, gaz, before[at], speaker=True)
                if org is not None:
                    found.actors.setdefault(org, gaz.actor(org))
            if org and rel == "LEADS" and _of_a_body(before, before[at] if at >= 0 else head, org, found) \
                    and not (0 < at < len(before) and (before[at - 1].lower_ in RULING_BODIES or (
                        before[at - 1].lower_ in HOME_BODIES | NAMED_BODIES and found.actors[org].type != "STATE"))):
                # ("army commander X" after the army was named leads that army)
                rel = "MEMBER_OF"  # "Ugandan army chief X" (but a "junta chief" leads the state the junta rules)
            if org:
                yield Relation(key, rel, org, evidence_of(head, doc_id, "title"))
                continue
        # "the EU envoy for Libya, X": the name is in apposition to the title
        if head.dep_ == APPOS:
            title = head.head
            among = next((o for _p, o in prep_objects(title, {"of"})), None) if title.lower_ == "one" else None
            title = among if among is not None and among.tag_ == "NNS" else title  # "one of its lawmakers, X"
            words = [t for t in title.lefts if t.dep_ in ("amod", "compound")] + [title]
            rel = _title(words, gaz, last=True)[0] if len(words) > 1 else None  # "Ethiopia's prime minister, X"
            rel = rel or gaz.title(title.lower_) or gaz.title(title.lemma_.lower())
            owners = [t for t in title.lefts] + [o for p, o in prep_objects(
                title, OWNING_PREPS | ({"for"} if title.lower_ in SPOKESPEOPLE else set()))]  # "a spokesman for X, Y"
            org = _org_in(owners, found) if rel else None
            if org and rel == "LEADS" and (_of_a_body(owners, title, org, found) or _one_of(title) or title is among):
                rel = "MEMBER_OF"  # "Uganda's army chief, X"; "one of the group's leaders, X"
            if org:
                yield Relation(key, rel, org, evidence_of(head, doc_id, "apposition"))
                continue
        # "X, director of the programme at Amnesty International", "X, UN secretary-general"
        for app in (c for c in head.children if c.dep_ == APPOS):
            words = list(app.subtree)
            rel = _title(words, gaz)[0] if len(words) > 1 else None  # the longest title: "secretary-general"
            rel = rel or gaz.title(app.lower_) or gaz.title(app.lemma_.lower())
            if rel is None:
                continue
            # (not a place the post is "for" or "in": "X, the council's director for Chad" is the council's)
            org = _org_in([p for p in app.subtree if p.i != app.i and not (
                p.head.dep_ == "prep" and p.head.lower_ in ("for", "in") and p.head.head == app
                and app.lower_ not in SPOKESPEOPLE)], found)  # ("a spokesman for the army" is the army's)
            if org and rel == "LEADS" and (_of_a_body(words, app, org, found) or _one_of(app)):
                # "X, the army chief of Nigeria": heads the army, a member of the state; "X, a commander
                # in the RSF": one of its commanders, not its head
                rel = "MEMBER_OF"
            if org and not (app.lemma_.lower() in CIVIL_TITLES and found.actors[org].type == "STATE"):
                # ("X, Algeria's leading human rights activist": of Algeria, no member of its state)
                yield Relation(key, rel, org, evidence_of(head, doc_id, "apposition"))


def _described(noun: Token, found) -> list[str]:
    """The actors a noun describes: in apposition ("Egypt, a member of X", "A's ally, B"), or as
    what its subjects are ("Iran is an ally of Syria", "India and China are members of X", "X, of
    which Kenya is a member")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head  # "Kenya is one of the bloc's eight members": what "one" is said of
    keys = [found.at(c) for c in noun.children if c.dep_ == APPOS and found.at(c)]
    if noun.dep_ == APPOS and found.at(noun.head):
        keys.append(found.at(noun.head))
    if noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
        keys += [found.at(x) for s in noun.head.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_PRONOUNS
                 for x in (s, *s.conjuncts) if found.at(x)]
    return keys


#: Verbs that say what their subject is: "Sweden is a member of NATO", "became a member", "remains an ally".
COPULAS = frozenset({"be", "become", "remain"})
#: Verbs of entering or founding a body: "Finland joined NATO", "Mali, Burkina Faso and Niger formed the AES".
JOINING = frozenset({"join", "accede", "form", "found", "establish", "create"})


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
        for s in clause_subject(verb):  # ("A, B and C left X and formed Y": the subject of both)
            for member in arg_actors(s, found):  # ("the three countries formed Y": the three named)
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


#: Nouns of belonging to a body: "a member of NATO", "a member state of the AU", "a signatory to X".
MEMBER_NOUNS = frozenset({"member", "signatory", "wing", "branch"})
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
        bodies = [b for b in bodies if found.actors[b].type in BODY_TYPES]
        for member in _described(t, found):
            if found.actors[member].type not in MEMBER_TYPES:
                continue
            for body in bodies:
                if body != member:
                    yield Relation(member, "MEMBER_OF", body, evidence_of(t, doc_id, "apposition"))


#: Verbs by which a body names its members: "a regional force that includes Nigeria and Chad".
INCLUDING = frozenset({"include", "comprise"})


def included_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """ "the MNJTF, a regional force that also includes Nigeria, Cameroon and Benin": each listed state
    or group is a MEMBER_OF the body (the subject, or the name the subject's description is on).

    >>> included_relations.__name__  # needs a parsed sentence; see tests/extract/test_events.py (FOUND)
    'included_relations'
    """
    for verb in doc:
        if verb.lemma_.lower() not in INCLUDING or verb.pos_ != "VERB":
            continue
        bodies = [k for s in clause_subject(verb) for k in (found.at(s), found.at(s.head) if s.dep_ == APPOS else None)
                  if k and found.actors[k].type in BODY_TYPES] or [  # (else the body last named before it)
            k for start, _e, k in sorted(found.mention_spans, reverse=True)
            if verb.sent.start <= start < verb.i and found.actors[k].type in BODY_TYPES][:1]
        for obj in children(verb, {"dobj"}):
            for member in (found.at(x) for x in (obj, *obj.conjuncts)):
                if member and found.actors[member].type in MEMBER_TYPES and bodies and member != bodies[0]:
                    yield Relation(member, "MEMBER_OF", bodies[0], evidence_of(verb, doc_id, "verb"))


#: Participles of heading: "gangs led by X", "a faction headed by Y".
HEADED = frozenset({"lead", "head", "command", "chair"})
#: Actor types a person can lead.
LED_TYPES = frozenset({"STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "NGO", "MEDIA", "GROUP"})


#: Verbs of a name a description goes by: "a commander known as X", "a man called Y".
NAMING = frozenset({"know", "call", "name"})


def _led(verb: Token, found):
    """The actor a participle of heading is on: the noun ("gangs led by X") or, in a relative
    clause, the noun its pronoun stands for ("the council, which is headed by Y")."""
    if verb.dep_ == "acl":  # ("dozens of gunmen, led by X": the gunmen)
        held = verb.head
        if held.lemma_.lower() in QUANTITY_HEADS:
            held = next((o for _p, o in prep_objects(held, {"of"})), held)
        return found.actor(held)
    if verb.dep_ == "relcl":
        return next((found.actor(antecedent(s, verb)) for s in children(verb, PASS_SUBJ)), None)
    return None


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


def _heads_now(verb: Token, found, doc_id: str) -> Iterator[Relation]:
    """ "X, who heads the unity government", "the SPLM-IO, which Machar leads": a person who leads
    an actor now (the present tense; "led" may be over)."""
    leaders = [found.actor(antecedent(s, verb)) for s in children(verb, SUBJ)]
    led = [found.actor(antecedent(o, verb)) for o in children(verb, {"dobj"})]
    for leader in (a for a in leaders if a is not None and a.type == "PERSON"):
        yield from (Relation(leader.key, "LEADS", a.key, evidence_of(verb, doc_id, "verb"))
                    for a in led if a is not None and a.type in LED_TYPES)


def body_relations(doc: Doc, found, doc_id: str) -> Iterator[Relation]:
    """Government bodies and other actors belong to their state; places lie in their country."""
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
        elif actor.type in ("GOVERNMENT", "MILITARY"):
            yield Relation(key, "MEMBER_OF", actor.country, evidence_of(doc[start], doc_id, "gazetteer"))


#: Actor types whose name may open with the bloc they belong to.
BLOC_BODY_TYPES = frozenset({"IGO", "MILITARY", "GOVERNMENT", "NGO"})


def bloc_bodies(doc: Doc, found, gaz: Gazetteer, doc_id: str) -> Iterator[Relation]:
    """ "the African Union Support and Stabilization Mission in Somalia", "the European Union
    Mission in Armenia", "the UN Human Rights Office": a body whose name opens with a bloc's name
    belongs to the bloc (not a body a capital or a state names: that is its state's, elsewhere).

    >>> bloc_bodies.__name__  # needs resolved actors; see tests/extract/test_events.py
    'bloc_bodies'
    """
    for start, end, key in found.mention_spans:
        words = [t for t in doc[start:end] if t.lower_ != "the"]
        if found.actors[key].type not in BLOC_BODY_TYPES or len(words) < 3:
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
    for rel in (*titles, *counterpart_relations(doc, found, doc_id, titles), *ally_relations(doc, found, doc_id),
                *member_relations(doc, found, doc_id), *joined_relations(doc, found, doc_id),
                *included_relations(doc, found, doc_id),
                *led_relations(doc, found, doc_id), *body_relations(doc, found, doc_id),
                *tied_relations(doc, found, doc_id), *allegiance_relations(doc, found, doc_id),
                *part_relations(doc, found, doc_id), *owned_relations(doc, found, doc_id),
                *hyphen_led_relations(doc, found, gaz, doc_id), *arm_relations(doc, found, doc_id),
                *bloc_bodies(doc, found, gaz, doc_id)):
        out.setdefault((rel.subject, rel.predicate, rel.object), rel)
    for rel in home_bodies(doc, found, gaz, doc_id, list(out.values())):  # (last: only bodies nothing placed)
        out.setdefault((rel.subject, rel.predicate, rel.object), rel)
    return list(out.values())
