"""Standing relations read from titles: "the Syrian President X" -> X LEADS Syria, "Foreign
Minister X" -> X MEMBER_OF its state, "Kebbi Governor X" -> X LEADS Kebbi, and from appositions:
"X, director of the programme at Amnesty International" -> X MEMBER_OF Amnesty International
(``data/titles.csv`` says which titles lead).

>>> "governor" in REGION_OFFICES, "president" in HEADS_OF_STATE
(True, True)
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.actors.armies import army_juntas, state_army
from graphbuild.actors.bodies import force_named_before
from graphbuild.actors.clauses import description_types
from graphbuild.actors.coref import DENYING
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.forces import POLICE, police_of
from graphbuild.actors.home import (
    SPOKESPEOPLE, home_state, paragraph_start, paragraph_state, previous_subject_state, quoted, state_side,
)
from graphbuild.actors.seats import opening_phrase
from graphbuild.extract.affiliations import FORMER, evidence_of
from graphbuild.extract.offices import (
    LOCAL_OFFICES, REGION_OFFICES, governed, region_in, region_president_before, regional_head, story_region,
)
from graphbuild.extract.syntax import APPOS, POSS, prep_objects
from graphbuild.model import Relation

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
        second = [t for t in tokens[:i] if t.text != "-" and t.lower_ not in WHOLE_BODY][-1:]  # ("deputy regional
        # president X": second, whatever words of the title stand between)
        if rel == "LEADS" and second and second[0].lower_ in SECONDS:
            rel = "MEMBER_OF"  # "Pakistan's deputy prime minister, X": second to whoever leads
        return rel, i
    return None, -1


#: Military ranks and their first words ("Field Marshal"): written after a role, the role is the title
#: ("army chief General X").
RANKS = frozenset({"general", "lieutenant", "major", "brigadier", "colonel", "captain", "admiral", "commodore",
                   "marshal", "field", "sergeant"})
#: Words that make a title the second to the one who holds it: "deputy prime minister", "vice-chancellor".
SECONDS = frozenset({"deputy", "vice", "assistant", "under", "sub"})


def _of_a_body(tokens: list[Token], title: Token, org: str, found) -> bool:
    """Whether a title heads a body or field of ``org`` rather than ``org`` itself: the state named
    through a common noun among ``tokens`` ("Uganda's army chief"), or a common noun of no actor
    just before the title ("the EU's foreign policy chief"). Whoever holds it belongs to ``org``."""
    if found.actors[org].type == "STATE" and any(t.pos_ == "NOUN" and found.at(t) == org for t in tokens):
        return True
    before = title.doc[title.i - 1] if title.i > 0 else None
    if before is not None and before.i > 1 and before.nbor(-1).text == "-" \
            and before.nbor(-2).lower_ + before.lower_ in WHOLE_BODY:
        return False  # "the group's long-time leader": a hyphened word of the whole body's ("longtime")
    return before is not None and before.head.i == title.i and found.at(before) is None and (
        before.pos_ == "NOUN" and before.dep_ == "compound" and before.lower_ != "party"  # ("party chairman X"
        # heads the party)
        or before.pos_ == "ADJ" and before.dep_ == "amod" and before.lower_ not in WHOLE_BODY)  # "humanitarian chief"


#: Adjectives of a title that still head the whole body ("the UN's top official", "its new chief"), or are
#: part of the title ("executive director", "prime minister", "regional president").
WHOLE_BODY = frozenset({"top", "new", "former", "acting", "interim", "overall", "supreme", "military", "outgoing",
                        "incoming", "current", "late", "sole", "de", "facto", "longtime", "veteran", "executive",
                        "prime", "regional", "provincial", "national", "federal", "managing", "general",
                        "presidential", "royal", "religious", "spiritual"})


def _denier_before(title: Token, found) -> str | None:
    """The state that denied or rejected something in the sentence before a spokesman's: "Rwanda
    denied the charge. Government spokesman X said ..." -> Rwanda."""
    if title.lower_ not in SPOKESPEOPLE or title.sent.start == 0:
        return None
    if title.doc[title.sent.start - 1].sent.root.lemma_.lower() not in DENYING | {"reject"}:
        return None  # (a state answering a charge)
    return _previous_subject(title, found, frozenset({"STATE"}))


def _previous_subject(title: Token, found, types=ORG_TYPES) -> str | None:
    """The actor of one of ``types`` that is the subject of the sentence before a title's: "The
    Kremlin denied any role. Spokesman X said ..." -> Russia, whose spokesman X is."""
    sent = title.sent
    if sent.start == 0:
        return None
    root = title.doc[sent.start - 1].sent.root
    return next((k for s in root.children if s.dep_ == "nsubj" and (k := found.at(s))
                 and found.actors[k].type in types), None)


def _reported_subject(name: Token, found) -> str | None:
    """The body that did what a spokesperson reports after it: "The ministry summoned the envoy,
    spokesperson X said" -> the ministry (not a state: "Russia shelled X, spokesman Y said" may be
    the other side's)."""
    if name.dep_ != "nsubj" or name.head.lemma_.lower() not in ("say", "tell", "add"):
        return None
    told = [c for c in name.head.children if c.dep_ == "ccomp" and c.i < name.i]
    return next((k for c in told for s in c.children if s.dep_ == "nsubj" and (k := found.at(s))
                 and found.actors[k].type in ORG_TYPES - {"STATE"}), None)


def _one_of(title: Token, found=None) -> bool:
    """Whether a title is said of one among several: "a commander", "a senior leader", or one of a
    place or area only ("the army's commander in the area", "its commander for the north").

    >>> import spacy
    >>> d = spacy.blank("en")("a commander")
    >>> d[0].head, d[0].dep_ = d[1], "det"
    >>> _one_of(d[1])
    True
    """
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in title.children):
        return True
    return any(o.lemma_.lower() in AREAS or found is not None and (a := found.actor(o)) is not None
               and a.type == "LOCATION" for _p, o in prep_objects(title, {"in", "for"}))


#: Words for a part of a country a commander or chief may hold a post in: "the commander in the area".
AREAS = frozenset({"area", "region", "sector", "zone", "district", "province", "north", "south", "east", "west",
                   "northeast", "northwest", "southeast", "southwest", "theatre", "theater", "front"})


#: Titles (their first word) that head a state: with no state named, the one the gazetteer knows
#: the person is of ("President Vladimir Putin").
HEADS_OF_STATE = frozenset({"president", "prime", "premier", "king", "queen", "emir", "chancellor", "sultan",
                            "supreme"})  # ("Supreme Leader X": the head of his state)


#: Words of a state's offices below its head: "Foreign Minister", "Vice President", "Secretary of State".
STATE_OFFICES = frozenset({"minister", "vice", "deputy"})
#: What a secretary of a state's government is secretary of: "Secretary of State", "Foreign Secretary".
SECRETARIES_OF = frozenset({"state", "defense", "defence", "foreign", "treasury", "interior", "home"})


def _state_office(title: list[Token]) -> bool:
    """Whether title words name an office of a state's government (not "Secretary-General")."""
    words = {t.lower_ for t in title}
    return bool(words & STATE_OFFICES) or "secretary" in words and bool(words & SECRETARIES_OF)


#: Words before a bare "leader" or "president" that leave it the head of a state: "the military leader, X".
RULERS = frozenset({"military", "junta", "interim", "transitional", "national", "country", "state"})
#: Bodies that rule a state: whoever heads one leads the state ("junta chief X").
RULING_BODIES = frozenset({"junta", "government", "regime"})
#: A state's bodies named bare before a title: "police spokesman X", "army chief X" (no state said).
HOME_BODIES = frozenset({"police", "army", "military", "government", "navy", "junta"})
#: Words of a state's armed service before a title in apposition, and the posts in it: "the army
#: chief, X" (not "Ituri's military governor, X").
ARMED_SERVICES = frozenset({"army", "military", "forces", "navy"})
SERVICE_POSTS = frozenset({"chief", "commander", "head", "spokesman", "spokeswoman", "spokesperson"})
#: Body words before a title that point back to the body of that name named before.
NAMED_BODIES = frozenset({"coalition", "ministry", "mission", "alliance", "movement", "council", "commission",
                          "agency", "front", "force", "service", "office", "directorate", "unit"})


def _written_before(doc: Doc, lo: int, start: int, gaz: Gazetteer) -> list[Token]:
    """The capitalised words right before a name that end in a title, however the parser hung them:
    "Egyptian President X hosted ...", "signed by President X and ..."; [] when there are none."""
    first = start
    while first > lo and (doc[first - 1].is_title or doc[first - 1].tag_ == "POS") and start - first < 4:
        first -= 1
    words = list(doc[first:start])
    return words if words and _title(words[-2:], gaz, last=True)[0] else []


def _title_of_body(doc: Doc, lo: int, start: int, gaz: Gazetteer) -> list[Token]:
    """A capitalised title "of" a body word right before a name, which the parser hangs apart from
    its body: "Inspector General(subject) of Police(the name's) X"; [] when there is none."""
    if start - lo < 3 or doc[start - 1].lower_ not in HOME_BODIES or doc[start - 2].lower_ != "of":
        return []
    first = start - 2
    while first > lo and (doc[first - 1].is_title or doc[first - 1].text == "-") and start - 2 - first < 4:
        first -= 1
    words = list(doc[first:start])
    return words if first < start - 2 and _title(words, gaz)[0] else []


#: Last words of the names of parties and political movements: "party spokesman X" speaks for the one named last.
PARTY_NAMES = frozenset({"party", "movement", "front", "congress", "league", "union", "alliance"})


def _party_named_before(found, before: int) -> str | None:
    """The party or political movement last named before token ``before`` ("the Sudan Liberation
    Movement (SLM) ... party spokesman X"), or None."""
    named = [(start, key) for start, _end, key in found.mention_spans if start < before
             and found.actors[key].type in ("ARMED_GROUP", "NGO")
             and PARTY_NAMES & set(re.split(r"[\s-]+", found.actors[key].label.lower()))]
    return max(named)[1] if named else None


def _police_key(word: Token, state: str, found, gaz: Gazetteer) -> str:
    """The key of the police a police word names for ``state``, its actor recorded (for a word of
    other forces, the state's own key)."""
    body = police_of(word, found.actors.get(state) or gaz.actor(state), found, gaz)
    return found.actors.setdefault(body.key, body).key


def _described_before(doc: Doc, found, word: str, before: int) -> str | None:
    """The body a bare "mission"/"ministry" before a title refers back to, as "the mission" would: the
    actor of a type the word may describe (``data/coref_nouns.csv``) named last in its paragraph
    before token ``before`` ("The UN mission, MINUSCA, said ... Mission spokesman X": MINUSCA's)."""
    types = tuple(t for t in description_types().get(word, ()) if t in ORG_TYPES)
    start = paragraph_start(doc, before)
    named = [(s, e, k) for s, e, k in found.mention_spans
             if start <= s < before and found.actors[k].type in types and doc[s].pos_ != "PRON"]
    if not named:
        return None
    _s, end, key = max(named)  # (not a name that only begins a longer one: "European Union Monitoring Mission")
    head = doc[end - 1].head
    if doc[end - 1].dep_ == "compound" and head.dep_ == "appos" and found.at(head.head) in found.actors:
        return found.at(head.head)  # "MONUSCO, the U.N. peacekeeping mission": MONUSCO's, not the UN's
    return key if doc[end - 1].dep_ != "compound" else None


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
        if not before or before[-1].i != start - 1:
            before = _written_before(doc, lo, start, gaz) or before  # (a title the parser hung elsewhere)
        before = _title_of_body(doc, lo, start, gaz) or before
        if before and before[0].i > lo and doc[before[0].i - 1].dep_ == "dep" and found.actor(doc[before[0].i - 1]):
            before = [doc[before[0].i - 1], *before]  # "ECOWAS Commission President X": a name the parser left out
        if head.dep_ == APPOS and head.head.lower_ in RANKS and head.head.i == start - 1:
            before = [t for t in head.head.subtree if lo <= t.i < start]  # "LNA spokesman Brigadier General(the
            # name's head) X(appos)": the title the parser hung on the rank
        if all(t.head.i == head.i for t in before) and start > head.sent.start and head.dep_ == "nsubj":
            # two subjects: "Sudan's army chief(nsubj) Burhan(nsubj) flew", "UN envoy(nsubj) for Yemen X(nsubj)
            # urged", "Army chief(nsubj) of staff General(the name's) X(nsubj) flew"
            title = next((c for c in head.head.children if c.dep_ == "nsubj" and c.i < start
                          and all(doc[j].head.i == head.i for j in range(c.right_edge.i + 1, start))), None)
            before = [t for t in title.subtree if lo <= t.i < start] + before if title is not None else before
        if head.dep_ == "pobj" and head.head.lower_ == "for" and gaz.title(head.head.head.lower_) \
                and not _title(before, gaz)[0]:  # "UN envoy for Libya(compound) X(pobj)": the envoy is X
            before = [t for t in head.head.head.subtree if lo <= t.i < start]
        rel, at = _title(before, gaz, last=True)
        inside = None if rel else _title(list(doc[start:end - 1]), gaz)[0]  # "Queen X", "King X II": in the name
        owned = head.dep_ == APPOS and gaz.title(head.head.lower_) is not None and any(
            c.dep_ == POSS and found.at(c) for c in head.head.children)  # "Its commander, police officer X":
        if (rel or inside) and not owned:  # what X is to "it" says more than his rank
            # the body before the title ("the Syrian President", "UN envoy"), else one the title
            # is "of" or "at" ("President of Syria"), not "for"/"to" ("envoy for Myanmar"), else
            # one the name is "of" ("King X of Morocco", "President X of Gabon")
            org = _org_in(before[:at] if rel else before, found) or region_in(before, at, found) or _org_in(
                [t for t in before[at:] if t.head.lower_ in OWNING_PREPS or t.head.head.lower_ in OWNING_PREPS
                 or t.head.lower_ == "for" and before[at].lower_ in SPOKESPEOPLE], found) or _org_in(
                [o for _p, o in prep_objects(head, {"of"})], found) or region_in(
                [*before, *(o for _p, o in prep_objects(head, {"of"}))], at, found, after=True) or story_region(
                before, at, found)
            rel = rel or inside
            denier = _denier_before(before[at], found) if 0 < at and before[at - 1].lower_ in HOME_BODIES else None
            if denier is not None:  # (whatever state "government" was read as)
                org, rel = denier, "MEMBER_OF"
            if org is None and at == 0 and before and before[0].i == head.sent.start \
                    and before[0].lower_ in SPOKESPEOPLE:  # "The Kremlin denied it. Spokesman X said": the Kremlin's
                org, rel = _previous_subject(before[0], found), "MEMBER_OF"
            if org is None and at == 0 and before and before[0].lower_ in SPOKESPEOPLE \
                    and (told := _reported_subject(head, found)):  # "X summoned Y, spokesperson Z said": X's
                org, rel = told, "MEMBER_OF"
            if any(t.lower_ in FORMER for t in before):
                continue  # "former President X", "the late king X": no longer
            country = found.actors[key].country
            word = next((t.lower_ for t in reversed(before[:at]) if t.lower_ in NAMED_BODIES), None) if rel else None
            if org is None and word:
                # "Coalition spokesman Colonel X", "ministry spokesman Y": the coalition, the ministry named before
                org = force_named_before(found, word, start, ORG_TYPES) or _described_before(
                    doc, found, word, start)  # ("Council president X" leads it)
            if org is None and rel and at > 0 and before[at - 1].lower_ == "party":
                org = _party_named_before(found, start)  # "party spokesman X" after "the Liberation Movement"
            body = before[at - 1] if rel and at > 0 and before[at - 1].lower_ in HOME_BODIES else before[-1] \
                if rel and 0 <= at < len(before) - 2 and before[-1].lower_ in HOME_BODIES \
                and before[-2].lower_ == "of" else None  # ("Inspector General of Police X": the body in the title)
            if org is None and body is not None:
                # "police spokesman X": the state the story is about ("army spokesman X" after "the
                # Nigerian Army": that army's; "junta chief X" the gazetteer knows: X's state's)
                known = country if country and gaz.actor(country) is not None else None
                here = frozenset(state for s, _e, k in found.mention_spans if head.sent.start <= s < start
                                 for state in (k, found.actors[k].country) if state)  # (the states the sentence names)
                org = force_named_before(found, body.lower_, start, states=here) or known \
                    or home_state(found, gaz, body)
                if org and found.actors.get(org, gaz.actor(org)).type == "STATE":  # "police spokesman X": its police
                    org = _police_key(body, org, found, gaz)
                if known is not None and org == known:
                    found.actors.setdefault(known, gaz.actor(known))
                if org and org.startswith("state/") and body.lower_ == "junta" \
                        and org.split("/")[-1] in army_juntas():  # "junta chief X" where the junta is the army
                    army = state_army(found.actors.get(org) or gaz.actor(org), gaz)
                    org = found.actors.setdefault(army.key, army).key
                rel = "MEMBER_OF" if org and body.lower_ not in RULING_BODIES and (
                    org == known or found.actors[org].type == "STATE") else rel
            if org is None and rel == "LEADS" and 0 <= at < len(before) and before[at].lower_ == "president" \
                    and not country:  # "Puntland's president said ... President X": that region's, not the state's
                org = region_president_before(doc, found, start)
            office = 0 <= at < len(before) and (
                before[at].lower_ in HEADS_OF_STATE if rel == "LEADS" else _state_office(before[at:]))
            if org is None and rel and office and country and gaz.actor(country) is not None:
                # "President Vladimir Putin", "Secretary of State Marco Rubio": the state the gazetteer
                # knows he heads or serves
                org = country
                found.actors.setdefault(country, gaz.actor(country))
            elif org is None and rel and office and not country and head.sent.start > 0 and not any(
                    state_side(found.actors[k]) for s, _e, k in found.mention_spans if head.sent.start <= s < start
                    and not quoted(doc[s]) and s not in opening_phrase(head.sent)):
                # (a state he speaks of in quotes is not the one he serves, nor the capital he speaks in: "In
                # Port Sudan, where the government sits, Prime Minister X said")
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
            if org and rel == "LEADS" and found.actors[org].type != "LOCATION" and not org.endswith(
                    "/regional-government") and any((k := found.at(t)) and found.actors[k].type == "LOCATION"
                                                    for t in before[:at]):
                rel = "MEMBER_OF"  # "Mandera county police commander X": he heads the county's part of it only
            if org:
                yield Relation(key, rel, org, evidence_of(head, doc_id, "title"))
                continue
        # "the EU envoy for Libya, X": the name is in apposition to the title
        if head.dep_ == APPOS:
            title = head.head
            if title.dep_ == "pobj" and title.head.head.pos_ == "NOUN" and gaz.title(title.head.head.lower_) \
                    and found.at(title) is not None:
                title = title.head.head  # "China's envoy for Myanmar, X", the name hung on "Myanmar": the envoy
            among = next((o for _p, o in prep_objects(title, {"of"})), None) if title.lower_ == "one" else None
            title = among if among is not None and among.tag_ == "NNS" else title  # "one of its lawmakers, X"
            words = [t for t in title.lefts if t.dep_ in ("amod", "compound")] + [title]
            if title.i > 1 and title.nbor(-1).text == "-" and title.nbor(-2).head == title:
                words = [title.nbor(-2), title.nbor(-1), *words]  # "Hezbollah's secretary-general, X", the
                # parser splitting the title: no "general" of rank
            elif title.i + 2 < len(doc) and title.nbor(1).text == "-" and title.nbor(2).head == title:
                words = [*words, title.nbor(1), title.nbor(2)]  # ("Its secretary-general, X": no "secretary")
            rel = _title(words, gaz, last=True)[0] if len(words) > 1 else None  # "Ethiopia's prime minister, X"
            rel = rel or gaz.title(title.lower_) or gaz.title(title.lemma_.lower())
            owners = [t for t in title.lefts] + [o for p, o in prep_objects(
                title, OWNING_PREPS | ({"for"} if title.lower_ in SPOKESPEOPLE else set()))]  # "a spokesman for X, Y"
            rel = None if any(w.lower_ in FORMER for w in words) else rel  # ("Borno's former governor, X")
            org = _org_in(owners, found) if rel else None
            if org is None and rel and title.lower_ in LOCAL_OFFICES:  # "Borno's governor, X", "the mayor of Y, X"
                org = region_in([*owners, title], len(owners), found, after=True)
            if org is None and rel and title.lower_ in REGION_OFFICES:  # "Puntland's information minister, X"
                org = governed(next((k for c in owners if (k := found.at(c)) and found.actors[k].type == "LOCATION"
                                      and found.actors[k].region), None), found)
            if org is None and rel and regional_head(words, len(words) - 1):  # "Deputy regional president X"
                org = story_region(words, len(words) - 1, found)
            if org and rel == "LEADS" and (_of_a_body(owners, title, org, found) or _one_of(title, found)
                                           or title is among):
                rel = "MEMBER_OF"  # "Uganda's army chief, X"; "one of the group's leaders, X"
            post = rel and title.lemma_.lower() in SERVICE_POSTS and not any(w.dep_ == POSS for w in title.lefts)
            force = next((w.lower_ for w in title.lefts if w.lower_ in ARMED_SERVICES), None) if post else None
            if org is None and force:  # "the armed forces chief, X" after the state's forces were named: theirs
                org = force_named_before(found, "army" if force == "forces" else force, start)
            chief = next((a for c in title.lefts if c.dep_ == POSS and (a := found.actor(c)) is not None), None)
            if org is None and rel and chief is not None and chief.type == "PERSON" and chief.country \
                    and gaz.office(chief.key) == "LEADS" and gaz.actor(chief.country) is not None:
                # "His defence minister, X" after a head of state: of the state he leads
                org, rel = found.actors.setdefault(chief.country, gaz.actor(chief.country)).key, "MEMBER_OF"
            country = found.actors[key].country
            if org is None and rel == "LEADS" and title.lower_ in HEADS_OF_STATE | {"leader", "ruler"} and country \
                    and gaz.actor(country) is not None and all(w.lower_ in RULERS for w in words[:-1]):
                # "the military leader, Captain X": the state the gazetteer knows he leads
                org = found.actors.setdefault(country, gaz.actor(country)).key
            if org:
                yield Relation(key, rel, org, evidence_of(head, doc_id, "apposition"))
                continue
        # "X, director of the programme at Amnesty International", "X, UN secretary-general"
        for app in (c for c in head.children if c.dep_ == APPOS):
            whose = {x.i for c in app.children if c.dep_ == POSS for x in c.subtree}
            words = [t for t in app.subtree if t.i not in whose]  # ("the secretary-general's envoy": not his title)
            rel = _title(words, gaz)[0] if len(words) > 1 else None  # the longest title: "secretary-general"
            rel = rel or gaz.title(app.lower_) or gaz.title(app.lemma_.lower())
            if rel is None or any(c.lower_ in FORMER for c in app.children if c.dep_ in ("amod", "compound")):
                continue  # ("X, a former head of the commission": no longer)
            if rel == "LEADS" and app.i > 1 and app.doc[app.i - 1].text == "-" and app.doc[app.i - 2].lower_ in SECONDS:
                rel = "MEMBER_OF"  # "X, a sub-leader of the group", the parser splitting the hyphenated title
            # (not a place the post is "for" or "in": "X, the council's director for Chad" is the council's)
            direct = _org_in([o for _p, o in prep_objects(app, OWNING_PREPS)], found)
            if direct and app.lower_ in DIRECTING and not any(c.dep_ in ("amod", "compound") for c in app.children):
                rel = "LEADS"  # "X, director of the National Bureau of Investigation" (not "regional director of")
            org = direct or _org_in([
                p for p in app.subtree if p.i != app.i and not (
                    p.head.dep_ == "prep" and p.head.lower_ in ("for", "in") and p.head.head == app
                    and app.lower_ not in SPOKESPEOPLE)], found)  # ("a spokesman for the army" is the army's)
            # ("X, director of Finland's National Bureau of Investigation": the bureau's, not Finland's)
            police = next((t for t in words if t.lower_ in POLICE and t.i < app.i), None)
            state = home_state(found, gaz, police) if org is None and police is not None else None
            if state is not None:  # "X, the district police officer": of the police the story is about
                org = _police_key(police, state, found, gaz)
            if org and rel == "LEADS" and (_of_a_body(words, app, org, found) or _one_of(app, found) or any(
                    o.lower_ in BRANCH_NOUNS and not found.at(o) for _p, o in prep_objects(app, {"of"}))):
                # ("X, the head of its office in Port Sudan": of one office, a member of the whole)
                # "X, the army chief of Nigeria": heads the army, a member of the state; "X, a commander
                # in the RSF": one of its commanders, not its head
                rel = "MEMBER_OF"
            if org and not (app.lemma_.lower() in CIVIL_TITLES and found.actors[org].type == "STATE"):
                # ("X, Algeria's leading human rights activist": of Algeria, no member of its state)
                yield Relation(key, rel, org, evidence_of(head, doc_id, "apposition"))


#: Nouns of a body's branch in one place, whose head is a member of the body: "the head of its office in X".
BRANCH_NOUNS = frozenset({"office", "branch", "delegation", "bureau", "sub-office", "field"})

#: Titles that head the body they are "of" when nothing qualifies them: "director of the agency".
DIRECTING = frozenset({"director"})
#: Words of a ministry's portfolio written two ways: a "Home Minister" heads the Ministry of Home
#: Affairs or the Interior Ministry, a "Defense Minister" the Defence Ministry.
SAME_PORTFOLIO = {"defense": "defence", "home": "interior", "internal": "interior"}
#: Words of respect between a title and a name: "Defence Minister Mullah X".
HONORIFICS = frozenset({"mullah", "sheikh", "dr", "dr.", "mawlawi", "maulvi", "sir", "dame"})
#: Words that name a ministry's portfolio (not its state's: "the Syrian Defence Ministry").
PORTFOLIOS = frozenset({"defence", "foreign", "interior", "justice", "health", "finance", "information", "economy",
                        "energy", "oil", "education", "emergencies", "trade", "agriculture", "labour", "transport",
                        "security", "intelligence", "treasury"})


def _portfolio(words) -> frozenset[str]:
    """The portfolio words among ``words`` (lower case), spelt one way."""
    return frozenset(SAME_PORTFOLIO.get(w, w) for w in words) & PORTFOLIOS


def minister_relations(doc: Doc, found, doc_id: str, known: list[Relation]) -> Iterator[Relation]:
    """ "Defence Minister X", "Minister of Defence X" in a story that names that ministry of X's state:
    X LEADS it (a deputy, or a minister of a state no relation ``known`` says, does not).

    >>> _portfolio(["ministry", "of", "home", "affairs"]) == _portfolio(["interior"])
    True
    """
    ministries = {key: _portfolio(words) for key, a in found.actors.items() if a.type == "GOVERNMENT"
                  for words in [a.label.lower().split()] if {"ministry", "department"} & set(words)}
    owners: dict[str, set[str]] = {}
    for r in known:
        if r.predicate == "MEMBER_OF" and r.subject in ministries:
            owners.setdefault(r.subject, set()).add(r.object)
    for start, end, key in found.mention_spans:
        if found.actors[key].type != "PERSON" or not ministries:
            continue
        before = [t.lower_ for t in doc[max(doc[start].sent.start, start - 6):start]]
        if "minister" not in before or SECONDS & set(before):
            continue
        at = len(before) - 1 - before[::-1].index("minister")
        after = before[at + 1:]
        if after[:1] == ["of"]:  # "Minister of Defence X"
            portfolio, after = _portfolio(after[1:3]), after[3:]
        else:  # "Defence Minister X"
            portfolio = _portfolio(before[max(0, at - 2):at])
        if any(w not in RANKS | HONORIFICS for w in after):
            continue  # ("the minister said X ...": not X's title)
        states = {r.object for r in known if r.subject == key and found.actors[r.object].type == "STATE"}
        led = [k for k, words in ministries.items() if portfolio & words
               and {found.actors[k].country, *owners.get(k, ())} & states]
        if len(led) == 1:
            yield Relation(key, "LEADS", led[0], evidence_of(doc[end - 1], doc_id, "title"))


def _sentence_army(name: Token, found) -> str | None:
    """The one state military the sentence of ``name`` names (its quotation included); None where
    it names none or several."""
    sent = name.sent
    armies = {k for s, _e, k in found.mention_spans if sent.start <= s < sent.end
              and found.actors[k].type == "MILITARY"}
    return next(iter(armies)) if len(armies) == 1 else None


#: Unnamed speakers an army's name can describe: "a Somali National Army officer said".
ARMY_SPEAKERS = frozenset({"officer", "soldier", "commander"})


def _officer_before(name: Token, found) -> str | None:
    """The army of the unnamed officer who spoke at the end of the sentence before ``name``'s ("...,
    an SNA officer said. '...,' Captain X said": X is that officer)."""
    start = name.sent.start
    for _ in range(3):  # (back over the sentences of X's own quotation)
        if start == 0:
            return None
        before = name.doc[start - 1].sent
        speakers = [t for t in before if t.dep_ == "nsubj" and t.head.lemma_.lower() in ("say", "tell")]
        said = [t for t in speakers if t.lemma_.lower() in ARMY_SPEAKERS]
        armies = {k for t in said for c in t.children if c.dep_ in ("compound", "amod", "nmod") and (k := found.at(c))
                  and found.actors[k].type == "MILITARY"}
        if speakers:  # the last one who spoke before X: that officer, or someone else
            return next(iter(armies)) if len(armies) == 1 else None
        start = before.start
    return None


def ranked_officers(doc: Doc, found, doc_id: str, known: list[Relation]) -> Iterator[Relation]:
    """An officer known only by his rank ('"The army is pursuing them," Colonel X said') serves the
    one army his sentence names: X MEMBER_OF it. Only for people the gazetteer does not know and no
    other relation ``known`` places (a title, "who heads the task force ...").

    >>> ranked_officers.__name__  # needs a parsed Doc; see tests/extract/test_affiliations.py
    'ranked_officers'
    """
    placed = {r.subject for r in known if r.predicate in ("LEADS", "MEMBER_OF")}
    for start, end, key in sorted(found.mention_spans):
        actor = found.actors[key]
        if actor.type != "PERSON" or actor.country or key in placed or start == 0:
            continue
        first = start
        while first > doc[start].sent.start and doc[first - 1].lower_ in RANKS:
            first -= 1
        if first == start or first > doc[start].sent.start and (
                doc[first - 1].is_title or doc[first - 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            continue  # (no rank, or a rank after another title: "army spokesman Colonel X")
        army = _sentence_army(doc[start], found) or _officer_before(doc[start], found)
        if army is not None and doc[end - 1].dep_ in ("nsubj", "compound") and doc[end - 1].head.pos_ == "VERB":
            placed.add(key)
            yield Relation(key, "MEMBER_OF", army, evidence_of(doc[end - 1], doc_id, "title"))
