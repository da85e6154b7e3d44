"""Who a noun phrase or a clause refers to: the actor-finding helpers the event frames share.

:func:`arg_actors` reads one argument (coordination, quantities, collectives, appositions,
nouns that stand for their owner); :func:`object_reach` and :func:`clause_reach` follow a
non-actor object or a complement clause to the actor it concerns.

>>> "warplane" in proxy_nouns()
True
"""
from __future__ import annotations

import functools
from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Token

from graphbuild.actors.forces import POLICE, police_of
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import read_words
from graphbuild.extract.sides import (
    PLACE_HEADS, both_listed_before, pair_before, pair_named_before, places_named_before,
)
from graphbuild.extract.syntax import (
    AMOD, APPOS, COLLECTIVE_HEADS, COMPOUND, CONJ, OBJ, POBJ, POSS, PREP, QUANTITY_HEADS, RELATIVE_PRONOUNS, SUBJ,
    children, circumstance, clause_subject, infinitival, listed, prep_objects, reciprocal, unique, with_conjuncts,
)

#: Participles of "X-run", "X-led" modifiers: X owns the noun they modify.
RUN_BY = frozenset({"run", "led", "controlled", "commanded", "held", "backed", "owned", "operated", "flagged",
                    "registered"})
#: Those of them that make the noun its owner's own ("a coalition led by X", "the X-led strikes"); not backing.
LED_BY = RUN_BY - {"backed"}
#: Participles of issuing a document: "a report released by X" is X's.
ISSUED_BY = frozenset({"released", "published", "issued", "compiled", "prepared"})
#: Participles by which a thing is said to be someone's: "a convoy working for the army".
SERVING = frozenset({"work", "belong"})
#: Documents that speak for whoever wrote them ("a report by X said").
DOCUMENTS = frozenset({"report", "statement"})
#: Prepositions through which a verb's non-actor object leads to the actor it concerns:
#: "rejected calls by Belarus", "demanded the resignation of X", "broke relations with Y".
REACH_PREPS = frozenset({"of", "by", "from", "with", "against", "on", "to", "toward", "towards"})


@functools.lru_cache(maxsize=1)
def proxy_nouns() -> frozenset[str]:
    """Nouns that stand for their owner in an event role (``data/proxy_nouns.txt``).

    >>> "warplane" in proxy_nouns()
    True
    """
    return read_words(Path(__file__).parent / "data" / "proxy_nouns.txt")


#: Prepositions whose object owns a proxy noun: "positions of the army", "forces in Guinea".
OWNER_PREPS = frozenset({"of", "in", "from"})
#: Proxies who speak for whoever follows "for": "a spokesman for the government".
SPEAKS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy", "negotiator"})


#: Participles that tie a group to another ("the al-Qaeda-linked group"): the other is not the group.
TIED = frozenset({"link", "linked", "affiliate", "affiliated", "align", "aligned", "back", "backed", "ally", "allied"})
#: What a person's state is theirs by: "his country", "his government", "her army".
STATE_OF = frozenset({"country", "nation", "government", "administration", "cabinet", "regime", "army", "military",
                      "troop", "force", "forces", "people"})
#: People known by whose they are, not themselves named: "X's lawyer", "X's brother" are not X.
KIN = frozenset({"lawyer", "attorney", "brother", "sister", "son", "daughter", "wife", "husband", "widow", "mother",
                 "father", "relative", "cousin", "nephew", "niece", "bodyguard", "aide", "friend", "family"})
#: People of a body who act for it: "Hamas's fighters" are Hamas.
FOLLOWERS = frozenset({"fighter", "militant", "gunman", "gunmen", "member", "commander", "soldier", "troop",
                       "force", "unit", "loyalist", "militiaman", "militiamen", "combatant", "insurgent"})


#: Sites named after the place they lie at: "the Qadim oil fields", "the Zamzam camp".
SITES = frozenset({"field", "oilfield", "gasfield", "camp", "refinery"})


def arg_actors(token: Token, found, *, owner: bool = True) -> list[str]:
    """Actor keys a noun phrase headed by ``token`` refers to, coordination included.

    "hundreds of civilians" -> civilians; "countries including A and B" -> A, B;
    with ``owner``, a possessor or modifier stands for the phrase ("its warplane",
    "Russia stance") when the head itself is no actor.
    """
    keys: list[str] = []
    proxies = proxy_nouns()
    for t in [*listed(token), *_second_side(token), *_other_people(token, found)]:
        if t.lemma_.lower() in ON_BEHALF:
            continue  # "on behalf of Russia": done for Russia, who is none of the phrase's actors
        if reciprocal(t):  # "A and B accused each other": A and B
            keys.extend(k for s in clause_subject(t.head) for k in arg_actors(s, found, owner=owner))
            continue
        together = _coordinated_speakers(t, found) or pair_named_before(t, found) or both_listed_before(t, found) \
            or pair_before(t, found) or places_named_before(t, found)  # ("fire on both towns")
        if together:  # "Mali and Niger said they would leave": both; "the two sides agreed"
            keys.extend(together)
            continue
        key = found.at(t)
        named = [found.at(c) for c in t.children if c.dep_ == APPOS and found.at(c)
                 and not found.at(c).startswith("group/")] if key and key.startswith("group/") else []
        if key and key.startswith("group/") and t.dep_ == APPOS and found.at(t.head) \
                and not found.at(t.head).startswith("group/"):  # "Kataib Hezbollah, an Iraqi militia backed by X"
            named = [found.at(t.head)]
        if named:  # "the main opposition group, the SPLM-IO": the name, not the kind
            keys.extend(named)
            continue
        body = None
        if key and key.startswith("group/") and t.lemma_.lower() in FOLLOWERS:
            bearers = [found.at(c) for c in t.children if c.dep_ == POSS]
            bearers += [found.at(o) for _p, o in prep_objects(t, {"from", "of"})
                        if found.at(o) and found.actors[found.at(o)].type in ("ARMED_GROUP", "MILITARY")]
            body = next((b for b in bearers if b and not b.startswith("group/")), None)
        if body:  # "Hamas's fighters", "the group's gunmen", "fighters from the group": the group's own
            keys.append(body)
            continue
        if key:  # "Egyptian and Saudi diplomats": the head names one, its coordinated modifier another
            keys.append(key)
            keys.extend(found.at(x) for c in t.children if c.dep_ in (AMOD, COMPOUND, "nmod") and c.conjuncts
                        for x in with_conjuncts(c) if found.at(x))
            continue
        low = t.lower_
        if t.pos_ == "NUM" and not any(True for _ in t.children) and t.dep_ in OBJ and t.head.dep_ == CONJ:
            # "killing two of them and capturing four": four of those the first number counts
            keys.extend(k for o in t.head.head.children if o.dep_ in OBJ and o.pos_ == "NUM"
                        for _p, obj in prep_objects(o, {"of"}) for k in arg_actors(obj, found, owner=owner))
            continue
        if low in QUANTITY_HEADS or t.lemma_.lower() in QUANTITY_HEADS:
            members = [k for prep, obj in prep_objects(t, {"of"}) for k in arg_actors(obj, found, owner=owner)]
            if not members:  # "the ELN rebel group", "a FARC dissident group": no "of" phrase, the name before it
                tied = {x.i for c in t.children if c.dep_ == AMOD and c.lemma_.lower() in TIED for x in c.subtree}
                named = unique(found.at(x) for x in t.subtree if x.i < t.i and found.at(x) and x.i not in tied
                               and found.actors[found.at(x)].type not in ("LOCATION", "STATE"))
                # (not "the al-Qaeda-linked group": another group, tied to al-Qaeda)
                members = [k for k in named if not k.startswith("group/")] or list(named)
            if members or not any(c.dep_ == APPOS for c in t.children):
                keys.extend(members)
                continue  # (else "the rebel group M23": the name in apposition, below)
        if t.lemma_.lower() in COLLECTIVE_HEADS and not any(
                c.dep_ in (POSS, COMPOUND, AMOD) and found.at(c) for c in t.children):  # ("the UN's official in X")
            included = [k for prep, obj in prep_objects(t, {"including", "like", "such", "from", "in"})
                        for k in arg_actors(obj, found, owner=False)
                        if found.actors[k].type != "LOCATION"]  # ("Hamas leaders in Cairo": where they are)
            if included:
                keys.extend(included)
                continue
        appos = [found.at(c) for c in t.children if c.dep_ == APPOS and found.at(c)] or _loose_appos(t, found)
        if appos:  # "the Kremlin's ally, President X": X
            keys.extend(appos)
            continue
        if t.lemma_.lower() in NEIGHBOURS and (other := _neighbour(t, found)):
            keys.append(other)  # "Serbia ... charging its neighbour": the one state beside Serbia the sentence names
            continue
        named_place = [k for _p, o in prep_objects(t, {"of"}) if t.lemma_.lower() in PLACE_HEADS
                       for x in with_conjuncts(o)  # ("the villages of Hurti and Mushu": both)
                       if (k := found.at(x)) and found.actors[k].type == "LOCATION"] or [
            k for c in t.children if c.dep_ in (COMPOUND, "nmod") and t.lemma_.lower() in SITES
            and (k := found.at(c)) and found.actors[k].type == "LOCATION"]
        if named_place:  # "the Chinese-backed port town of Kyaukphyu": the town, whoever backs it; "the Qadim
            # oil fields and the town of X": the fields' place, as it is when they are named alone
            keys.extend(named_place)
            continue
        if owner and (t.lemma_.lower() in proxies or low in proxies):
            owners = [found.at(x) for c in t.children if c.dep_ in (POSS, COMPOUND, AMOD, "nmod")
                      for x in with_conjuncts(c) if found.at(x)]  # "Hungarian and Romanian officials"
            owners += [found.at(x) for c in t.children if c.dep_ == COMPOUND and not found.at(c) for g in c.children
                       if g.dep_ in (POSS, AMOD, "nmod") for x in with_conjuncts(g)
                       if found.at(x)] if not owners else []  # "Thai(nmod) F-16 fighter(compound) jets"
            owners += [k for c in t.children if c.dep_ == COMPOUND and not found.at(c) for g in c.children
                       if g.dep_ == COMPOUND and (k := found.at(g)) and found.actors[k].type in BODY_TYPES]
            # ("Russian FSB(compound) border(compound) guards": the FSB's)
            owners += [k for c in t.children if c.dep_ == POSS and c.lower_ == "their" and not found.at(c)
                       for k in _listed_subject(c, found)]  # "India and China ... their foreign ministers"
            owners = [found.actors[o].country if found.actors[o].type == "PERSON" and t.lemma_.lower() in STATE_OF
                      and found.actors[o].country else o for o in owners]  # "his country", "his government"
            owners = [o for o in owners if o in found.actors or _add_state(o, found)]  # (a country named no
            # other way: "Haftar's forces", Libya's)
            owners += [found.at(g) for c in t.children if c.dep_ in (AMOD, COMPOUND) and c.lower_ in RUN_BY
                       for g in c.children if found.at(g) and found.actors[found.at(g)].type != "LOCATION"
                       ] if not owners else []  # "the Houthi-run ministry" (but "Burundi's Tutsi-led army": Burundi's)
            owners += [found.at(o) for c in t.children if c.dep_ == "acl" and c.lower_ in LED_BY | ISSUED_BY
                       for _p, o in prep_objects(c, {"by"}) if found.at(o)]  # "a coalition led by Saudi Arabia"
            owners += [found.at(o) for _p, o in prep_objects(t, {"by"}) if t.lemma_.lower() in DOCUMENTS
                       and found.at(o)]  # "a report by Human Rights Watch said": its author's
            owners += [found.at(o) for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in SERVING
                       for _p, o in prep_objects(c, {"for", "to"}) if found.at(o)] if not owners else []
            # ("any convoy working for the army", "trucks belonging to the UN": theirs)
            if not owners:  # "security forces in Guinea", "positions of the Palestinian forces"
                owners = [k for prep, obj in prep_objects(t, OWNER_PREPS | (
                    {"for"} if t.lemma_.lower() in SPEAKS_FOR else set()))  # "a spokesman for the army"
                          for k in arg_actors(obj, found)
                          if found.actors[k].type not in ("LOCATION", "GROUP") or prep == "of"]
            keys.extend(_policed(t, _own_bodies_first(owners, found), found))
    return list(unique(keys))


def _add_state(key: str, found) -> bool:
    """Add the gazetteer's state ``key`` to the document's actors, where it knows it; whether it did."""
    state = Gazetteer.load().actor(key)
    if state is not None:
        found.actors[key] = state
    return state is not None


def _policed(proxy: Token, owners: list[str], found) -> list[str]:
    """Owners of a police thing ("a police convoy in Kenya", "police posts in X"): a state's own
    police, not the state."""
    if not any(c.dep_ == COMPOUND and c.lemma_.lower() in POLICE and not found.at(c) for c in proxy.children):
        return owners
    gaz = Gazetteer.load()
    if not owners:  # "a police convoy in Mandera county": the police of the state the place lies in
        places = [found.actors[k] for _p, o in prep_objects(proxy, {"in"}) if (k := found.at(o))]
        owners = [a.key if a.type == "STATE" else a.country for a in places if a.type == "STATE" or a.country][:1]
        owners = [k for k in owners if k in found.actors or gaz.actor(k) is not None]
    out = []
    for k in owners:
        state = found.actors.get(k) or gaz.actor(k)
        if state.type == "STATE":
            k = found.actors.setdefault((body := police_of(proxy, state, found, gaz)).key, body).key
        out.append(k)
    return out


#: Organised bodies a phrase may name inside a longer head: "FSB border guards".
BODY_TYPES = frozenset({"GOVERNMENT", "MILITARY", "ARMED_GROUP"})


def _own_bodies_first(owners: list[str], found) -> list[str]:
    """Owners less a state one of whose own bodies the phrase also names: "Russian FSB border guards"
    are the FSB's, not Russia's as well."""
    homes = {found.actors[o].country for o in owners if found.actors[o].type in BODY_TYPES}
    return [o for o in owners if not (found.actors[o].type == "STATE" and o in homes)]


def _second_side(token: Token) -> list[Token]:
    """The second of two sides "between" names where the parser cut the list at its "and" and made
    the second the sentence's subject ("Fighting between the SDF and Arab tribal fighters spread
    to six villages": the fighters too).

    >>> _second_side.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    '_second_side'
    """
    if token.dep_ != POBJ or token.head.lower_ != "between" or token.conjuncts:
        return []
    cc = next((c for c in token.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None or cc.i + 1 >= len(token.doc):
        return []
    return [t for t in token.doc[cc.i + 1:token.sent.end] if t.left_edge.i == cc.i + 1 and t.pos_ in ("NOUN", "PROPN")
            and t.head.left_edge.i != cc.i + 1 and t.dep_ in SUBJ][:1]


def _other_people(token: Token, found) -> list[Token]:
    """Named people the parser hung on a named person as appositions: two people are no one person,
    so they are a list ("spoke with Prime Minister A, Prime Minister B of Pakistan and ...")."""
    person = found.at(token)
    if person is None or found.actors[person].type != "PERSON":
        return []
    return [a for a in token.children if a.dep_ == APPOS and (k := found.at(a)) and k != person
            and found.actors[k].type == "PERSON"]


#: Words for a country's parts that a place's name comes before: "in Kaduna state", "in Borno province".
AREA_WORDS = frozenset({"state", "province", "region", "district", "county", "governorate", "municipality"})


def named_area(word: Token, found):
    """The place a name before an area word names ("Kaduna state" -> Kaduna), or None.

    >>> named_area.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'named_area'
    """
    if word.lemma_.lower() not in AREA_WORDS:
        return None
    return next((found.actor(c) for c in word.children if c.dep_ in (COMPOUND, AMOD) and found.actor(c) is not None
                 and found.actor(c).type == "LOCATION"), None)


def _listed_subject(pronoun: Token, found) -> list[str]:
    """The actors of the coordinated subject of the clause a plural pronoun is in: "India and China
    agreed ... after talks between their foreign ministers" -> India, China."""
    verb = next((a for a in pronoun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    for subj in clause_subject(verb) if verb is not None else ():
        keys = list(unique(found.at(x) for x in listed(subj)))
        if len(keys) > 1:
            return keys
    return []


def _coordinated_speakers(token: Token, found) -> list[str]:
    """The actors of a coordinated subject that "they" in its verb's complement refers to:
    "Mali, Niger and Chad announced they would leave the bloc" -> all three."""
    clause = token.head
    if token.lower_ != "they" or token.dep_ not in SUBJ or clause.dep_ not in ("ccomp", "xcomp"):
        return []
    for subj in children(clause.head, SUBJ):
        keys = list(unique(found.at(x) for x in listed(subj)))
        if len(keys) > 1:
            return keys
    return []


#: Verbs whose object is kept "from" a danger: the danger is not whom they are aimed at.
PROTECTING = frozenset({"protect", "defend", "shield", "save", "rescue", "secure", "guard"})


#: Nouns of the state next to one: "its neighbour" is another state.
NEIGHBOURS = frozenset({"neighbour", "neighbor"})


def _neighbour(noun: Token, found) -> str | None:
    """The state "its neighbour" is: the one state its sentence names besides the owner's."""
    owners = {found.actors[k].country or k for c in noun.children if c.dep_ == POSS and (k := found.at(c))}
    others = {k for t in noun.sent if (k := found.at(t)) and found.actors[k].type == "STATE" and k not in owners}
    return next(iter(others)) if owners and len(others) == 1 else None


#: Nouns of acting for someone: whoever an act is done "on behalf of" is no one it is aimed at.
ON_BEHALF = frozenset({"behalf"})
#: Nouns of acting as asked: whoever an act is done "at the request of" asked for it, no target of it.
AS_ASKED = frozenset({"request", "behest", "invitation", "urging"})
#: Nouns of acting with someone: "struck in coordination with X" is done with X, not at X.
ALONG_WITH = frozenset({"coordination", "cooperation", "collaboration", "partnership", "conjunction"})


def object_reach(token: Token, found, depth: int = 2, preps: frozenset[str] = frozenset()) -> list[str]:
    """Actors a verb's object that names no actor is about: its owner, its country adjective,
    or the actors of its prepositional phrases, one or two phrases deep.

    "rejected a Senegalese peace plan" -> Senegal; "supports Turkey's efforts to join the EU" ->
    Turkey (an owner named, the phrases are not read);
    "demanded the resignation of the president" -> the president; "threatened to break
    relations with Russia" -> Russia. Locations are not reached (a place is where, not whom).
    """
    if token.lemma_.lower() in ON_BEHALF or token.lemma_.lower() in KIN:
        return []  # "attacks on behalf of Russia": done for Russia, not at it; "arrested X's brother": not X
    named = [k for c in token.children if c.dep_ == APPOS for k in arg_actors(c, found)]
    if named:  # "two French media outlets, RFI and France 24": the ones named, not France
        return list(unique(named))
    owners = [c for c in token.children if c.dep_ in (POSS, AMOD, COMPOUND, "nmod")]
    keys = [k for c in owners for k in arg_actors(c, found)]
    named = [k for c in owners if c.pos_ != "PRON" for k in arg_actors(c, found)
             if found.actors[k].type != "LOCATION"]
    if named:  # "X's fight against Y": X (but "its links with Y": Y, "its" is the actor itself)
        return list(unique(named))
    shielded = token.dep_ in OBJ and token.head.lemma_.lower() in PROTECTING  # "protect X from Y": Y threatens
    for prep, obj in prep_objects(token, (REACH_PREPS | preps) - ({"from"} if shielded else set())):
        if found.at(obj):
            keys.extend(arg_actors(obj, found))
        elif depth > 1:
            keys.extend(object_reach(obj, found, depth - 1))
    for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in BELONGING):
        for _p, obj in prep_objects(clause, {"to"}):  # "tankers belonging to Russia's fleet": Russia's
            keys.extend(arg_actors(obj, found) if found.at(obj) else object_reach(obj, found, max(depth - 1, 1)))
    if not keys:  # "rejected a plan drafted by Uganda": whoever made it
        keys = [k for agent in _agents(token) for k in arg_actors(agent, found)]
    if not keys:  # "lifted the sanctions it had imposed on Niger": whom they were imposed on
        keys = [k for clause in token.children if clause.dep_ in ("relcl", "acl")
                for _p, obj in prep_objects(clause, {"on", "against", "upon"}) for k in arg_actors(obj, found)]
    return [k for k in unique(keys) if found.actors[k].type != "LOCATION"]


def _loose_appos(token: Token, found) -> list[str]:
    """An apposition the parser missed: "help its ally, President X, defeat ..." -> X.

    The first actor within a few words after "NOUN ," whose head word is not a modifier and
    which a second comma or the sentence's full stop closes ("talks with his counterpart, X."; but
    "..., Amnesty said" is no apposition), with no verb before it ("militants, who have links to
    al-Qaeda," describes the militants) nor a closing quotation mark ('"... the people," Colonel X,
    a commander, said': the speaker).
    """
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "," or token.pos_ != "NOUN":
        return []
    for start, end, key in found.mention_spans:
        if token.i + 2 <= start <= token.i + 6 and doc[end - 1].dep_ not in (AMOD, COMPOUND) \
                and end < len(doc) and (doc[end].text == "," or doc[end].text == "." and doc[end].is_sent_end
                                        and not any(t.pos_ == "ADP" for t in doc[token.i + 2:start])) \
                and not any(t.pos_ in ("VERB", "AUX") or t.lower_ in RELATIVE_PRONOUNS or t.is_quote
                            for t in doc[token.i + 2:start]) \
                and found.actors[key].type in ("PERSON", "STATE", "ARMED_GROUP", "IGO", "NGO", "GOVERNMENT"):
            return [key]
    return []


def clause_reach(verb: Token, found) -> list[str]:
    """Whom the act a complement clause names is aimed at, when that act is no event of its
    own: its object or what its object concerns, else the actors of its prepositional phrases.

    "threatened to cut off electricity to X" -> X; "agreed to provide aid for A and B" -> A, B.
    """
    keys = []
    for obj in children(verb, OBJ):
        keys.extend(arg_actors(obj, found) if found.at(obj) else object_reach(obj, found))
    if not keys:
        for prep, obj in prep_objects(verb, REACH_PREPS | {"for"}):
            keys.extend(arg_actors(obj, found))
    return keys


#: Links a deep search for an event's other party does not follow: clauses of circumstance and
#: reported speech, relative clauses, coordinated acts. An infinitival ``advcl`` ("to help
#: defend X") is followed; one with a marker ("after", "as") is not.
UNREACHED = frozenset({"expl", "relcl", "parataxis", "neg", "punct", "cc", "conj", "mark", "aux", "auxpass",
                       "appos", "npadvmod", "agent", "oprd"})  # oprd: "called X a violation of Y's ...": what X is
#: Clauses that modify a verb or a noun: followed only when infinitival ("to help defend X").
CLAUSE_MODIFIERS = frozenset({"advcl", "acl"})
#: Links into a clause the event governs: what they hold comes after the event's own phrases.
CLAUSES = frozenset({"xcomp", "ccomp", "advcl", "acl", "pcomp"})
#: The event's own subjects (its sources) are not searched; the subject of a clause it governs
#: is ("demanded that the ministry be handed to X").
OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})


def subtree_reach(token: Token, found, exclude=(), places: bool = True, skip_preps: frozenset[str] = frozenset(),
                  events: dict | None = None, depth: int = 4) -> list[str]:
    """The nearest actors below ``token`` in the parse that are not in ``exclude``: the other
    party of an event whose roles named none, read from its complements and phrases.

    Nearest means fewest links down; at the same distance, actors of the event's own phrases
    come before those of a clause it governs ("demanded a meeting of the Council to discuss
    X's advance" -> the Council), then text order. All actors that tie are returned, places
    only when no other actor ties with them; below "near" or "outside", only places ("a hotel near
    the presidential palace" is not the presidency's). With ``places`` false, places are passed over;
    prepositions in ``skip_preps`` are not followed. ``events`` maps the triggers of other
    events to the actors they lead to: the search takes those and does not look into the
    event's own phrase ("demanded the withdrawal of X's forces from Y" reaches the withdrawal,
    which leads to X); a trigger mapped to None is searched like any word. "agreed to set up a
    research centre in Oslo" -> Oslo. Subjects, relative clauses, coordinated verbs, reported
    speech and circumstances ("as ...", "after the raid") are not searched.

    >>> subtree_reach.__name__  # needs a parsed sentence; see tests/extract/test_arguments.py
    'subtree_reach'
    """
    events = events or {}
    level = [(c, int(c.dep_ in CLAUSES), _landmark(c)) for c in _links(token, skip_preps)
             if c.dep_ not in OWN_SUBJECTS]
    for _ in range(depth):
        hits = sorted((clauses, t.i, k) for t, clauses, landmark in level
                      for k in (arg_actors(t, found) if events.get(t.i) is None else events[t.i])
                      if k not in exclude and (places or found.actors[k].type != "LOCATION")
                      and (not landmark or found.actors[k].type == "LOCATION"))
        if hits:
            keys = list(unique(k for clauses, i, k in hits if clauses == hits[0][0]))
            actors = [k for k in keys if found.actors[k].type != "LOCATION"]
            return actors or keys  # "talks between A and B in Istanbul": A and B, not the venue
        level = [(c, clauses + (c.dep_ in CLAUSES), landmark or _landmark(c)) for t, clauses, landmark in level
                 if not found.at(t) and events.get(t.i) is None
                 for c in _links(t, skip_preps)]
        if not level:
            break
    return []


#: Prepositions of a landmark: what is "near" or "outside" something is not aimed at it, only there.
LANDMARK_PREPS = frozenset({"near", "outside", "beside", "opposite"})


def _landmark(token: Token) -> bool:
    """Whether ``token`` opens a landmark's phrase: "stormed a hotel near the presidential palace"
    (below it, only places count: the palace's owner is not attacked)."""
    return token.dep_ == PREP and token.lower_ in LANDMARK_PREPS


def _links(token: Token, skip_preps: frozenset[str]) -> Iterator[Token]:
    """The words a search goes on to below ``token``; "crimes committed by X" leads straight to X
    (whoever did the thing a phrase names), as near as "X's crimes"."""
    if token.lemma_.lower() in ON_BEHALF:
        return  # "on behalf of Russia": whom it is done for, not at
    kin = token.lemma_.lower() in KIN  # "arrested X's brother": the brother, whom no name says, not X
    named_so = any(c.dep_ == "dobj" and c.lower_ == "what" for c in token.children)
    yield from _agents(token)
    yield from (c for c in token.children if not _done_by(c) and _reachable(c, skip_preps)
                and not (kin and c.dep_ == POSS) and not (c.dep_ == "pobj" and c.lemma_.lower() in AS_ASKED)
                and not (named_so and c.dep_ in OWN_SUBJECTS)
                and not (c.dep_ == "prep" and c.lower_ == "in" and any(o.lemma_.lower() in ALONG_WITH
                                                                     for o in c.children)))
    # ("at Kiir's request": who asked, not whom it is aimed at; "would not allow what he called X": not him)
    if named_so:
        # "condemned what it called a Russian attack": whose the thing named is (not "a violation of
        # Iraqi sovereignty", "force against demonstrators": whom it harmed)
        yield from (m for c in token.children if c.dep_ == "oprd" for m in c.children
                    if m.dep_ in (POSS, AMOD, COMPOUND, "nmod"))


def _agents(noun: Token) -> list[Token]:
    """Who did what ``noun`` names, by a participle's "by": "crimes committed by X" -> X."""
    return [obj for c in noun.children if _done_by(c) for agent in c.children if agent.dep_ == "agent"
            for obj in agent.children if obj.dep_ == "pobj"]


#: Verbs of a relative clause the parser may hang on the verb as its complement: "struck caves that
#: the army said the cell used" (the army tells where, it is not struck).
TOLD_OF = frozenset({"say", "claim", "allege"})


def _reachable(token: Token, skip_preps: frozenset[str]) -> bool:
    if token.dep_ in UNREACHED or token.dep_ == PREP and token.lower_ in skip_preps:
        return False
    if token.dep_ == "ccomp" and token.lemma_.lower() in TOLD_OF and any(
            c.dep_ == "mark" and c.lower_ == "that" for c in token.children) and any(
            c.dep_ == "dobj" and c.i < token.i for c in token.head.children):
        return False  # ("struck caves that the army said ...": a relative clause on the caves, not what was struck)
    if token.dep_ == PREP and token.lower_ == "according":  # "according to X": who tells it, no party
        return False
    if token.dep_ in CLAUSE_MODIFIERS:  # "to help defend X" is reached; "as police cracked down",
        # "citing domestic opposition", "the bridge spanning the river" are not; "tankers belonging to
        # X" are X's
        return infinitival(token) or token.dep_ == "acl" and token.lemma_.lower() in BELONGING
    return not circumstance(token)


#: Participles of ownership, through which what something is hits its owner ("a ship belonging to X").
BELONGING = frozenset({"belong"})
#: Participles of a go-between: "a truce brokered by X" was not X's act, only X's good offices.
MEDIATED = frozenset({"broker", "mediate", "facilitate", "host", "sponsor", "arrange"})


def _done_by(token: Token) -> bool:
    """A past participle on a noun with a "by" agent: "the crimes committed by X" (not "a truce
    brokered by X")."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and any(c.dep_ == "agent" for c in token.children) \
        and token.lemma_.lower() not in MEDIATED
