"""The state a text is about, and its institutions named with no state.

"The army said ...", "security forces killed five protesters", "the interior ministry said":
news names a country's own army, police and ministries without the country when the story is
about it. :func:`home_state` says which state that is (one named before in the sentence, else
the one the document names most, its places counting); :mod:`graphbuild.actors.coref` uses it
for such descriptions.

>>> "army" in HOME_WORDS
True
"""
from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Token

from graphbuild.actors.armies import ARMY_POSTS
from graphbuild.actors.bodies import body_head_index, building_only
from graphbuild.actors.forces import is_police
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.placenames import MEETINGS
from graphbuild.actors.seats import opening_phrase, place_state
from graphbuild.model import Actor
from graphbuild.nlp.components import DATELINE_DASHES

#: Descriptions of a state's own institutions: with no state named in their sentence, the state the
#: document is about; "the junta" and "the regime" too (not the last state named, often a mediator).
HOME_WORDS = frozenset({"army", "military", "government", "authorities", "navy", "state", "junta", "regime"})
#: Who rules a state, named bare before its forces or its blows: "junta air strikes", "regime jets".
RULERS = frozenset({"junta", "regime"})


def home_state(found, gaz: Gazetteer, token: Token, exclude=frozenset(), speaker: bool = False) -> str | None:
    """The state "the army" or "the government" is: the state of the place it is "in" ("police in Zahedan") or
    of the capital its sentence opens in ("In New Delhi, the ministry"), else the state named last
    before it in its own sentence ("Sudan said the army had ..."), else the state the document has named
    most so far, its places counting for it and references not ("... near Djibo. The army said ..." ->
    Burkina Faso, not the Russia whose instructors were named last). Ties go to the one named first.
    With no state named before, the country of an armed group it is coordinated with ("the army and the
    RSF"), else the state of a place after it in its sentence.

    >>> home_state.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'home_state'
    """
    # "shot dead by police in the city of Zahedan": Iran's, whatever else was named; "In New Delhi, the
    # foreign ministry said": India's, in a story about Myanmar
    placed = _placed_in(token, found, gaz) or _capital_opening(token, found, gaz)
    if placed is not None and placed not in exclude:
        return placed
    states = [(start, state) for start, end, key in found.mention_spans
              if start < token.i and (state := state_side(found.actors[key])) and state not in exclude
              and not _dateline(token.doc, start) and not _border_side(token.doc[end - 1])]
    # (where the story was filed, which border is meant: no side)
    # ("the Kenyan parliament approved sending police": Kenya's)
    local = [(start, key) for start, key in states if start >= token.sent.start and not (
        token.doc[start].dep_ in ("amod", "compound", "npadvmod") and token.doc[start].head.i != token.i
        and not any(found.at(h) for h in (token.doc[start].head, token.doc[start].head.head)))]
    # (a nationality on something else says whose that is: "two French media outlets ... the army" is not France's,
    # nor are "government forces" after "a truce brokered with US help" America's, nor "the army" after "US-brokered")
    if speaker:  # "Chilean President X recalled the ambassador to Israel, the foreign ministry said": Chile's
        root = token.sent.root  # (the subject of what the speaker said, too)
        subject = {found.token_actor.get(x.i) for v in [root, *(c for c in root.children if c.dep_ == "ccomp")]
                   for s in v.children if s.dep_ == "nsubj"
                   for x in token.doc[s.left_edge.i:s.i + 1]}
        # (the subject's own words: "Somali forces backed by US air strikes" are Somalia's, not the backer's)
        local = [(start, key) for start, key in local if key in subject] or local
        local = [(start, key) for start, key in local if not quoted(token.doc[start])]  # (what he says, quoted,
        # of "official Belgrade" is not whose minister he is)
    if local and not any(c.lower_ == "federal" for c in token.children):
        # ("federal forces" are the country's the text is about, whoever else the sentence names:
        # "Ethiopia accused Eritrea of arming militiamen fighting federal forces")
        state = max(local)[1]
        found.actors.setdefault(state, gaz.actor(state))
        return state
    ahead = _named_in_the_body(token, found, exclude)
    if ahead is not None:  # a standfirst's "The army said ..." is the "Sudan's army" the body opens with
        found.actors.setdefault(ahead, gaz.actor(ahead))
        return ahead
    topic = previous_subject_state(token, found, exclude, named=speaker)
    if topic is not None:  # "The junta has expelled French troops. ... the army killed 40": the junta's
        found.actors.setdefault(topic, gaz.actor(topic))
        return topic
    counts: dict[str, list[int]] = {}
    for start, end, key in found.mention_spans:
        actor = found.actors[key]
        # (a state's army counts for it: "Myanmar's army torched villages. A junta spokesman ...")
        state = key if actor.type == "STATE" else actor.country if actor.type in ("LOCATION", "MILITARY") \
            or is_police(actor) else None  # (its police too)
        if start < token.i and state and state not in exclude and gaz.actor(state) is not None \
                and not _meeting_place(token.doc[end - 1]) and not _dateline(token.doc, start) \
                and not _border_side(token.doc[end - 1]) \
                and not (speaker and quoted(token.doc[start])):
            counts.setdefault(state, []).append(start)
    fighting = [found.actors[k].country for x in token.conjuncts if (k := found.at(x))
                and found.actors[k].type == "ARMED_GROUP" and found.actors[k].country]
    if not counts and fighting and fighting[0] not in exclude and gaz.actor(fighting[0]) is not None:
        found.actors.setdefault(fighting[0], gaz.actor(fighting[0]))
        return fighting[0]  # "The army and the RSF met in Jeddah": Sudan's army, whatever the place
    if not counts:  # "Police fired tear gas at protesters in Lagos": where it happens
        after = [found.actors[key] for start, end, key in sorted(found.mention_spans)
                 if token.sent.start <= start < token.sent.end and start > token.i
                 and (found.actors[key].type == "LOCATION" or _where(token.doc[end - 1]))
                 and not _meeting_place(token.doc[end - 1])]
        # (a state after it only where things happen: not "arrested a man for spying for Israel")
        state = next((a.key if a.type == "STATE" else a.country for a in after
                      if a.type == "STATE" or a.type == "LOCATION" and a.country and gaz.actor(a.country)), None)
        filed = [found.actors[key] for start, _end, key in found.mention_spans
                 if start < token.i and _dateline(token.doc, start)]
        state = state or next((a.key if a.type == "STATE" else a.country for a in filed
                               if a.type == "STATE" or a.type == "LOCATION" and a.country and gaz.actor(a.country)),
                              None)  # "KHARTOUM - The army said": with no other state, the one it was filed in
        if state is not None:
            found.actors.setdefault(state, gaz.actor(state))
        return state
    best = max(counts, key=lambda k: (len(counts[k]), -min(counts[k])))
    found.actors.setdefault(best, gaz.actor(best))
    return best


#: How many sentences open a story before its body: the headline and the standfirst.
LEAD_SENTENCES = 2


def _named_in_the_body(token: Token, found, exclude=frozenset()) -> str | None:
    """For a description in a story's headline or standfirst, the state of a body of the same word the
    body's first sentence names ("The army said ..." then "Sudan's army said ..."), or None."""
    sents = list(islice(token.doc.sents, LEAD_SENTENCES + 1))  # (the story's opening only, not all of it)
    if len(sents) <= LEAD_SENTENCES or token.i >= sents[LEAD_SENTENCES - 1].end:
        return None
    first = sents[LEAD_SENTENCES]
    named = min(((start, actor.country) for start, end, key in found.mention_spans
                 if first.start <= start < first.end and token.doc[end - 1].lower_ == token.lower_
                 and (actor := found.actors[key]).country and actor.type in ("MILITARY", "GOVERNMENT")
                 and actor.country not in exclude), default=None)
    return named[1] if named else None


#: Lines between states: a state's name or adjective on one only says where ("near the Venezuelan border").
BORDERS = frozenset({"border", "frontier", "boundary"})


def _border_side(token: Token) -> bool:
    """Whether a state's name only says which border is meant ("near the Venezuelan border"): no side."""
    return token.dep_ in ("amod", "compound", "poss") and token.head.lemma_.lower() in BORDERS


def _meeting_place(token: Token) -> bool:
    """Whether a name only says where an agreement or meeting was made ("the Pretoria agreement"):
    no side in the story."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in MEETINGS


def _dateline(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is in a wire dateline ("VATICAN CITY -"), which says where a story was filed."""
    return doc[i].sent[-1].text in DATELINE_DASHES


def previous_subject_state(token: Token, found, exclude, named: bool = False) -> str | None:
    """The state the sentence before ``token``'s is about, when its main clause's subject refers to
    it by a description ("The junta has expelled French troops." -> Burkina Faso; not "The United
    States expressed concern.", which names a state that comments); with ``named``, also by name
    (a spokesman's: "Iran rejected the charge. Foreign Ministry spokesman X said" is Iran's)."""
    sent = token.sent
    if sent.start == 0:
        return None
    before = token.doc[sent.start - 1].sent
    described = {m.start for m in found.mentions if m.how == "coref"}
    subjects = [s for s in before.root.children if s.dep_ == "nsubj" and (s.idx in described or named and found.at(s))]
    for s in subjects:
        actor = found.actor(s)
        state = None if actor is None else state_side(actor) or (  # ("President X ordered ...": X's state)
            actor.country if named and actor.type == "PERSON" else None)
        if state is not None and state not in exclude:
            return state
    return None


def quoted(token: Token) -> bool:
    """Whether a word stands inside quotation marks (counted from its paragraph's start: a
    sentence may begin after the opening mark).

    >>> import spacy
    >>> doc = spacy.blank("en")('" We will win , " the minister said')
    >>> quoted(doc[1]), quoted(doc[7])
    (True, False)
    """
    start = token.i
    while start > 0 and "\n" not in token.doc[start - 1].text + token.doc[start - 1].whitespace_:
        start -= 1
    return sum(t.is_quote for t in token.doc[start:token.i]) % 2 == 1


def paragraph_start(doc: Doc, before: int) -> int:
    r"""Where the paragraph (a line of the text) holding token ``before`` begins.

    >>> import spacy
    >>> paragraph_start(spacy.blank("en")("One line.\nA second one."), 5)
    4
    """
    return next((t.i + 1 for t in reversed(doc[:before]) if "\n" in t.text or "\n" in t.whitespace_), 0)


def paragraph_state(doc: Doc, found, before: int) -> str | None:
    """The state its paragraph names most before token ``before`` (its bodies, armies and the known
    people who lead or serve it count for it; ties go to the one named first): whose a minister
    with no state named is ("President X said ... Prime Minister Y said": X's).

    >>> paragraph_state.__name__  # needs resolved actors; see tests/extract/test_events.py (FOUND)
    'paragraph_state'
    """
    start = paragraph_start(doc, before)
    counts: dict[str, list[int]] = {}
    for s, _e, key in found.mention_spans:
        actor = found.actors[key]
        if quoted(doc[s]):
            continue  # (a state a speaker's quoted words name is not his)
        state = state_side(actor) or (actor.country if actor.type == "PERSON" else None)
        if start <= s < before and state:
            counts.setdefault(state, []).append(s)
    return max(counts, key=lambda k: (len(counts[k]), -min(counts[k]))) if counts else None


#: Nouns of a state's rule that a leader's possessive makes that leader's state's: "his government".
RULE_NOUNS = frozenset({"government", "administration", "regime", "cabinet"})


#: Titles of heads of a state or government, written between the state's name and theirs.
RULER_TITLES = frozenset({"president", "premier", "king", "emir", "leader"})


def _ruler_of(doc: Doc, person: str, found, gaz: Gazetteer) -> str | None:
    """The state a person was named the ruler of, its name or people's before the title before the
    person's name ("Somaliland President X", "Kenyan President Y"), or None."""
    for start, _end, key in found.mention_spans:
        if key != person or start < 2 or doc[start - 1].lower_ not in RULER_TITLES:
            continue
        named = found.actor(doc[start - 2])
        state = named if named is not None and named.type == "STATE" else gaz.demonym(doc[start - 2].text)
        if state is not None:
            return state.key
    return None


def leaders_state(token: Token, found, gaz: Gazetteer) -> str | None:
    """The state of the person a possessive before a noun of rule refers to ("President Luis
    Abinader said ... and his government said": the Dominican Republic), or None.

    >>> leaders_state.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'leaders_state'
    """
    if token.lower_ not in RULE_NOUNS:
        return None
    owner = next((found.actor(c) for c in token.children if c.dep_ == "poss" and found.actor(c)), None)
    return _persons_state(token.doc, owner, found, gaz)


def _persons_state(doc: Doc, person: Actor | None, found, gaz: Gazetteer) -> str | None:
    """The state a person is of, or rules where the document says so; None for no person."""
    if person is None or person.type != "PERSON":
        return None
    country = person.country or _ruler_of(doc, person.key, found, gaz)
    state = (found.actors.get(country) or gaz.actor(country)) if country else None
    if state is None or state.type != "STATE":
        return None
    found.actors.setdefault(state.key, state)
    return state.key


#: Verbs of giving orders: whom a ruler orders ("ordered the army to pursue them") is his own.
COMMANDING = frozenset({"order", "direct", "instruct", "command", "deploy", "dispatch", "mobilise", "mobilize"})
#: The forces a ruler orders.
ORDERED = frozenset({"army", "military", "troops", "forces", "soldiers", "police"})


def commanders_state(token: Token, found, gaz: Gazetteer) -> str | None:
    """The state of the ruler who orders the forces ``token`` names ("General X, who heads the junta,
    ordered the army to pursue them": X's state), or None.

    >>> commanders_state.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'commanders_state'
    """
    if token.lower_ not in ORDERED or token.dep_ != "dobj" or token.head.lemma_.lower() not in COMMANDING:
        return None
    verb = token.head
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "X declared mourning and ordered the army to ...": X orders
    ruler = next((found.actor(c) for c in verb.children if c.dep_ == "nsubj" and found.actor(c)), None)
    return _persons_state(token.doc, ruler, found, gaz)


def state_side(actor: Actor) -> str | None:
    """The state an actor is, or the state whose government body or military it is; None for
    any other actor.

    >>> state_side(Actor("gov/KEN/parliament", "Kenyan parliament", "GOVERNMENT", country="state/KEN"))
    'state/KEN'
    """
    if actor.type == "STATE":
        return actor.key
    return actor.country if actor.type in ("GOVERNMENT", "MILITARY") else None


#: Prepositions that say where something happens.
WHERE_PREPS = frozenset({"in", "at", "near", "across", "inside", "outside", "around", "throughout"})


def _where(token: Token) -> bool:
    """Whether a name is where something happens ("in Lebanon", "in Borno state"), or the subject of its clause."""
    if token.dep_ == "compound" and token.head.dep_ == "pobj":  # "in Borno state"
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in WHERE_PREPS or token.dep_ in ("nsubj", "nsubjpass")


def _placed_in(token: Token, found, gaz: Gazetteer) -> str | None:
    """The country of the place a description is "in" ("police in the city of Zahedan" -> Iran; "an
    army convoy in Orakzai" -> Pakistan)."""
    owned = token.head if token.dep_ == "compound" and token.head.lower_ in ARMY_POSTS else None
    for prep in [*token.children, *(owned.children if owned is not None else ())]:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in prep.children:  # (the first place whose country is known: "in Orakzai district of X province")
            places = [found.actors[k] for x in obj.subtree if (k := found.at(x))]
            country = next((state for a in places if (state := place_state(a, gaz)) is not None), None)
            if country is not None:
                found.actors.setdefault(country, gaz.actor(country))
                return country
    return None


def _capital_opening(token: Token, found, gaz: Gazetteer) -> str | None:
    """The state whose capital the sentence of ``token`` opens in, before a comma and before
    ``token`` ("In New Delhi, the ministry ..." -> India)."""
    phrase = opening_phrase(token.sent)
    if not phrase or phrase.stop >= token.i or token.doc[phrase.stop].text != ",":
        return None
    keys = dict.fromkeys(found.at(x) for x in token.doc[phrase.start:phrase.stop] if found.at(x))
    places = [found.actors[k] for k in keys]
    capital = gaz.capital_of(places[0].label) if len(places) == 1 and places[0].type == "LOCATION" else None
    return place_state(capital, gaz) if capital is not None else None


def _portfolio(doc: Doc, token: Token, found) -> Token | None:
    """The word right before a head that says which body or office it is ("interior" in "the interior
    ministry", "the interior minister"), when it names no actor of its own; else None."""
    before = doc[token.i - 1] if token.i else None
    if before is None or before.head.i != token.i or before.dep_ not in ("amod", "compound") \
            or before.i in found.token_actor:
        return None
    return before


def _named_state(token: Token, before: Token, found) -> str | None:
    """The state a nationality word before a body's portfolio names: "the French foreign minister"
    is France's, whatever state the document is about."""
    for c in token.children:
        key = found.at(c) if c.i != before.i and c.dep_ in ("amod", "compound", "poss") else None
        if key is not None and found.actors[key].type == "STATE":
            return key
    return None


#: People who speak for a state where they are: "officials in South Sudan said".
OFFICIALS = frozenset({"officials", "official", "authorities"})
#: Words on them that keep them the state's own ("local officials"), unlike "Western officials in Kyiv".
OWN_OFFICIALS = frozenset({"local", "senior", "government", "provincial", "regional", "state", "security", "top"})


def officials_in(token: Token, found, gaz: Gazetteer) -> str | None:
    """The state of officials named only by where they are: "local officials in South Sudan",
    "authorities in the city of Aweil" -> South Sudan; None for "Western officials in Kyiv".

    >>> officials_in.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'officials_in'
    """
    if token.lower_ not in OFFICIALS or token.pos_ != "NOUN" or any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ not in OWN_OFFICIALS for c in token.children):
        return None
    return _placed_in(token, found, gaz)


#: Titles of those who speak for a body ("Foreign Office spokesman X"); their "for" names it too
#: ("a spokesman for the army").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def named_body(found, gaz: Gazetteer, head: str, before: int, doc: Doc | None = None):
    """The government body of ``head`` ("foreign ministry") last named before token ``before``:
    "Iran's Foreign Ministry said ... The Foreign Ministry added" is Iran's. Given the ``doc``, a
    spokesperson's is not where the sentence before names another state doing something ("The
    State Department said ... Iran rejected the charge. Foreign Ministry spokesman X said": Iran's).

    >>> named_body.__name__  # needs resolved actors; see tests/actors/test_resolve.py (COREF)
    'named_body'
    """
    part = gaz.body_slug(head)
    named = [(start, key) for start, _end, key in found.mention_spans
             if part and start < before and key.startswith("gov/") and key.endswith("/" + part)]
    if not named:
        return None
    since, key = max(named)
    body = found.actors[key]
    sent = doc[before].sent if doc is not None else None
    spoken = sent is not None and any(t.lower_ in SPOKESPEOPLE for t in doc[before:min(before + 4, sent.end)])
    if spoken and sent.start > 0 and since < sent.start:
        root = doc[sent.start - 1].sent.root
        if any(state_side(a) not in (None, body.country) for s in root.children if s.dep_ == "nsubj"
               and (a := found.actor(s)) is not None):
            return None
    return body


def home_body(doc: Doc, token: Token, found, gaz: Gazetteer):
    """A government body named by its head alone ("the interior ministry", "the defence ministry"):
    the one of that head named before, else the body of the state the document is about; "the ministry"
    alone is the ministry of the last minister named with a portfolio; None for any other description.

    >>> home_body.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'home_body'
    """
    if ombudsman_office(token):  # "the ombudsman's office said": the home state's, or the one named before it
        owner = found.at(doc[token.i - 4]) if token.i > 3 and doc[token.i - 3].lower_ in POSSESSIVE else None
        placed = next((a.country for x in token.sent if (a := found.actor(x)) is not None and a.type == "LOCATION"
                       and a.country), None)  # (a domestic body: where what it tells of happened)
        state = owner if owner and found.actors[owner].type == "STATE" else placed or home_state(
            found, gaz, token, speaker=True)
        told = named_body(found, gaz, OMBUDSMAN, token.i) if owner is None else None  # (the one named before)
        return told or (gaz.body(gaz.actor(state), OMBUDSMAN) if state is not None else None)
    before, office, word = _portfolio(doc, token, found), token, token.lower_
    if before is None and word == "ministry":  # "South Sudan's defence minister said ... The ministry": his
        office = next((t for t in reversed(doc[:token.i]) if t.lemma_.lower() == "minister"
                       and _portfolio(doc, t, found) is not None), None)
        before = _portfolio(doc, office, found) if office is not None else None
    if before is None or building_only(token):
        return None  # "recaptured the presidential palace" is a building; "the presidential palace said" the body
    head = body_head_index(gaz).get((before.lower_, word))
    named = _named_state(office, before, found) if head is not None else None
    told = named_body(found, gaz, head, token.i, doc) if head is not None and named is None else None
    if told is not None:  # "Lebanon's health ministry said ... The health ministry added": Lebanon's
        return told
    state = (named or home_state(found, gaz, office, speaker=True)) if head is not None else None
    body = gaz.body(gaz.actor(state), head) if state is not None else None
    return body if body is not None and body.type == "GOVERNMENT" else None


#: The head of the office of a state's ombudsman, its public defender of rights, in ``bodies.csv``.
OMBUDSMAN = "ombudsman's office"


def ombudsman_office(token: Token) -> bool:
    """Whether ``token`` is the "office" of "the ombudsman's office" ("Peru's Ombudsman's Office").

    >>> import spacy
    >>> ombudsman_office(spacy.blank("en")("The ombudsman's office said so.")[3])
    True
    """
    return token.lower_ == "office" and token.i > 1 and token.doc[token.i - 1].lower_ in POSSESSIVE \
        and token.doc[token.i - 2].lower_ == "ombudsman"


#: The possessive ending as the tokenizer splits it off.
POSSESSIVE = frozenset({"'s", "’s"})


def home_minister(doc: Doc, token: Token, found, gaz: Gazetteer):
    """What "the interior minister" or "the foreign minister" refers to: the person introduced
    with that title before ("Interior Minister X"), else the ministry of the state the document is
    about (not whoever was last called a minister or a president); None for a minister with no
    portfolio ("the minister") or a portfolio no ministry in ``bodies.csv`` has.

    >>> home_minister.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'home_minister'
    """
    before = _portfolio(doc, token, found)
    if token.lemma_.lower() != "minister" or before is None:
        return None
    head = body_head_index(gaz).get((before.lower_, "ministry"))
    if head is None:
        return None
    for start, _end, key in sorted(found.mention_spans, reverse=True):
        title = {w.lower_ for w in doc[max(start - 3, 0):start]}
        if start < token.i and found.actors[key].type == "PERSON" and {before.lower_, "minister"} <= title:
            return found.actors[key]  # "Interior Minister Diosdado Cabello ... the interior minister"
    state = _named_state(token, before, found) or home_state(found, gaz, token, speaker=True)
    body = gaz.body(gaz.actor(state), head) if state is not None else None
    return body if body is not None and body.type == "GOVERNMENT" else None
