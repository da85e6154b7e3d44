"""Government bodies, forces and national groups named by a country word and a head noun.

"the Russian Defense Ministry", "Azerbaijan's defence ministry", "Sri Lankan troops" (the
state itself), "Irish republican guerrillas" (a country's militants), "the ministry in
Khartoum": the heads and the labels they give come from ``data/bodies.csv`` through the
:class:`~graphbuild.actors.gazetteer.Gazetteer`. Country words used alone are read here too:
"Russian air strikes" (Russia), "thousands of Nigerians" (the people, :func:`nationals`).

>>> ("defense", "ministry") in body_head_index(Gazetteer.load())
True
"""
from __future__ import annotations

import functools
from dataclasses import replace
from itertools import product
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.tables import slug
from graphbuild.model import Actor
from graphbuild.nlp.components import GAZETTEER_KEY

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors


def find_bodies(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """ "Russian Defense Ministry", "Syrian warplanes": a country word, then a body head.

    >>> find_bodies.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'find_bodies'
    """
    heads = body_head_index(gaz)
    longest = max((len(k) for k in heads), default=0)
    political = political_opposition(doc)
    # country words: demonyms and one-word names, and the gazetteer's multi-word country names
    # ("Ivory Coast rebels"); (first token, last token, state)
    words_for_states = [(t.i, t.i, gaz.demonym(t.text) or _state_named(gaz, t)) for t in doc]
    words_for_states += [(t.i, t.i + 1, two_word_demonym(gaz, t)) for t in doc[:-1]]  # "Sri Lankan army"
    words_for_states += [(sp.start, sp.end - 1, gaz.actor(sp.id_)) for sp in doc.spans.get(GAZETTEER_KEY, [])
                         if len(sp) > 1 and sp.id_.startswith("state/")]
    words_for_states += _its_states(doc, words_for_states)
    for first, last, state in sorted(words_for_states, key=lambda x: (x[0], -x[1])):
        if state is None or state.type != "STATE" or first == last and regional_word(doc, first):
            continue
        owned = last + 1 < len(doc) and doc[last + 1].dep_ == "case"  # "Azerbaijan's defence ministry"
        if owned:
            last += 1
        owned = owned or doc[first].lower_ == "its"  # "its foreign ministry"
        for skip, n in product((0, 1), range(longest, 0, -1)):
            words = tuple(x.lower_ for x in doc[last + 1 + skip:last + 1 + skip + n])
            if len(words) == n and words in heads:
                head = "opposition parties" if political and words == ("opposition",) else heads[words]
                body = gaz.body(state, head)  # ("the Zimbabwean opposition" where its leaders are politicians)
                if body is None or owned and body.type not in ("GOVERNMENT", "MEDIA", "STATE", "MILITARY") \
                        or doc[first].lower_ == "its" and body.type != "GOVERNMENT":
                    break  # "Israel's militia ally" is no Israeli militia; "its military wing" may be anyone's
                if skip and not _kind_word(doc[last + 1], body, doc[last + n + 1], gaz):
                    break
                if military_adjective(doc[last + skip + n]):
                    break  # "any U.S. military action", "Russian military aid": the state's act, no army
                start = first - 1 if first > 0 and doc[first - 1].lower_ == "the" else first
                if ethnic_word(doc, first):
                    if body.type not in ("ARMED_GROUP", "GROUP"):
                        break  # "ethnic Albanian parties" are no Albanian state's body
                    # "ethnic Albanian guerrillas in Macedonia": a people's fighters, not a state's
                    body = replace(body, key=f"group/ethnic-{slug(body.label)}", label=f"ethnic {body.label}",
                                   country=None)
                    start = first - 1
                end = last + 1 + skip + n
                if body is state and any(x.lower_ in BYGONE for x in doc[max(0, first - 2):last + 1 + skip]):
                    break  # "the ousted Syrian government" is not Syria now
                if body is state and words in FORCE_NAMES:  # "the Nigerian Army": a body of the state
                    said = doc[first].text if first == last and gaz.demonym(doc[first].text) is state else None
                    if not owned and all(t.is_title for t in doc[end - n:end]):
                        said = doc[first:last + 1].text  # a proper name as written: "the Mozambique Defence Forces"
                    body = named_force(state, doc[end - n:end], gaz, said)  # ("Philippine navy", as written)
                # "US Congress": the body the gazetteer knows (and "Myanmar's army", "Israel's army" as
                # the "Myanmar army", "Israeli army" it knows)
                head_text = doc[last + 1 + skip:end].text
                named = gaz.lookup(doc[first:end].text) or (
                    gaz.lookup(f"{doc[first:last].text} {head_text}")
                    or gaz.lookup(f"{gaz.demonym_of(state) or state.label} {head_text}") if owned else None)
                for k in (2, 1):  # "the U.S. State Department": a longer name it begins, not the US state
                    longer = gaz.lookup(doc[first:end + k].text) if end + k <= len(doc) and all(
                        t.is_title for t in doc[end:end + k]) else None
                    if longer is not None:
                        end, named = end + k, longer
                        break
                if named is None and doc[last + 1 + skip].ent_type_ == "ORG" and end < len(doc) \
                        and doc[end].ent_iob_ == "I" and (doc[last + 1 + skip].ent_iob_ == "B" or doc[end].is_title):
                    break  # "Ukraine's State Emergency Service", "the Kenya Police Service": a longer name
                    # NER reads whole
                if named is None and body is not state and body.type == "GOVERNMENT" and not owned \
                        and doc[first].lower_ != "its" and gaz.demonym(doc[first:last + 1].text) is None:
                    body = replace(body, label=doc[first:end].text)  # "the United States embassy", as written
                if named is None and body.type == "MILITARY" and not owned and first == last \
                        and gaz.demonym(doc[first].text) is state:  # "Philippine border guards", as written
                    written = head_text if all(t.is_title for t in doc[end - n:end]) else head_text.lower()
                    body = replace(body, label=f"{doc[first].text} {written}")
                found.add(doc[start:end], named if named is not None else body, "body")
                break


def find_paired_bodies(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """ "Tajik and Kyrgyz border guards": the demonyms paired before a body's head each name that
    state's body of the kind, not the first its state (a body that is the state itself, as "Tajik
    and Kyrgyz troops", is left to :func:`find_demonyms`).

    >>> find_paired_bodies.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'find_paired_bodies'
    """
    heads = body_head_index(gaz)
    for start, end, key in sorted(found.mention_spans):
        actor = found.actors[key]
        first = start + (doc[start].lower_ == "the")
        if actor.type not in ("GOVERNMENT", "MILITARY") or not actor.country or first + 1 >= end \
                or (own := gaz.demonym(doc[first].text)) is None or own.key != actor.country:
            continue
        head = heads.get(tuple(t.lower_ for t in doc[first + 1:end]))
        i = first - 2
        while head is not None and i >= 0 and doc[i + 1].lower_ in ("and", "or", ",") \
                and i not in found.token_actor and (state := gaz.demonym(doc[i].text)) is not None:
            body = gaz.body(state, head)
            if body is None or body is state or body.type != actor.type:
                break
            if body.type == "MILITARY":  # ("Afghan and Iranian border forces": as written)
                body = replace(body, label=f"{doc[i].text} {doc[first + 1:end].text}")
            found.add(doc[i:i + 1], body, "body")
            i -= 2


def _its_states(doc: Doc, words_for_states) -> list[tuple[int, int, Actor]]:
    """ "China backed the junta. Its Foreign Ministry said ...": "its" before a body's head, as the
    state that is the subject of its sentence or the one before, else the state named last there
    ("China, which borders Myanmar, brokered truces. Its ministry": China's)."""
    out = []
    for t in doc:
        if t.lower_ != "its" or t.tag_ != "PRP$":
            continue
        since = doc[t.sent.start - 1].sent.start if t.sent.start > 0 else t.sent.start  # the sentence before
        named = [(doc[last].dep_ in ("nsubj", "nsubjpass") and doc[last].head == doc[last].sent.root, first, state)
                 for first, last, state in words_for_states
                 if since <= first and last < t.i and state is not None and state.type == "STATE"]
        if named:
            out.append((t.i, t.i, max(named, key=lambda x: x[:2])[2]))
    return out


#: The heads that name a state's armed service as a body of its own ("the Nigerian Army", "the
#: Sudanese Armed Forces", "Mali's army"); the rest ("Russian troops", "Syrian warplanes") are the
#: state acting, unless the document names the army (or "the military") as such: actors/armies.py.
FORCE_NAMES = frozenset({("army",), ("armed", "forces"), ("air", "force"), ("navy",), ("coast", "guard"),
                         ("defence", "forces"), ("defense", "forces"), ("armed", "defence", "forces"),
                         ("armed", "defense", "forces")})


def named_force(state: Actor, head: Span, gaz: Gazetteer, demonym: str | None = None) -> Actor:
    """The armed service of ``state`` that ``head`` names (one of :data:`FORCE_NAMES`), as a
    MILITARY actor of that state labelled with its demonym (``demonym``, the one the text uses,
    where it uses one): "Nigerian Army", "Malian army", "Philippine navy".

    >>> g = Gazetteer.load()
    >>> import spacy
    >>> named_force(g.actor("state/NGA"), spacy.blank("en")("Air Force")[0:2], g).label
    'Nigerian Air Force'
    >>> named_force(g.actor("state/PHL"), spacy.blank("en")("coast guard")[0:2], g, "Philippine").label
    'Philippine coast guard'
    """
    written = head.text if all(t.is_title for t in head) else head.text.lower()
    label = f"{demonym or gaz.demonym_of(state) or state.label} {written}"
    return Actor(key=f"mil/{state.key.split('/', 1)[1]}/{slug(head.text)}", label=label, type="MILITARY",
                 country=state.key)


#: Words for a state's army that also point back to its forces named as such ("the Lebanese Armed
#: Forces ... army commander X", "the Israel Defense Forces ... a military spokesman").
ARMY_WORDS = frozenset({"army", "military"})
#: Participles after "X-" that make X whoever leads or runs something ("a Tutsi-led army").
LEADING = frozenset({"led", "run", "controlled", "dominated", "backed", "commanded"})


def force_named_before(found, head: str, before: int, types=frozenset({"MILITARY"}),
                       states: frozenset[str] = frozenset()) -> str | None:
    """The armed service (or other actor of ``types``) last named before token ``before`` whose name
    or alias ends in ``head`` ("army"): "the Nigerian Army ... army spokesman X" is the Nigerian Army's;
    one of ``states``, if any was named ("Aoun met army commander X" after both armies: Lebanon's).

    >>> force_named_before.__name__  # needs resolved actors; see tests/extract/test_events.py
    'force_named_before'
    """
    heads = {head} | ({"forces"} if head in ARMY_WORDS and "MILITARY" in types else set())
    best = None
    for start, _end, key in found.mention_spans:
        actor = found.actors[key]
        ends = {n.lower().split()[-1] for n in (actor.label, *actor.aliases) if n}
        rank = (actor.country in states, head in ends, start)  # (one named by the word itself first: "the
        # Sudanese army ... the Sudan Shield Forces ... army spokesman X" is the army's)
        if start < before and actor.type in types and ends & heads and (best is None or rank > best[0]):
            best = (rank, key)
    return best[1] if best else None


#: People of politics: the opposition they lead or belong to is a political one, not an armed one.
POLITICIANS = frozenset({"leader", "politician", "figure", "lawmaker", "legislator", "mp", "candidate", "senator",
                         "deputy", "party", "parliamentarian"})


def political_opposition(doc: Doc) -> bool:
    """Whether a text's opposition is a political one: it names the opposition of a politician
    ("opposition leader X", "opposition politicians"); then any "opposition" of the text is.

    >>> political_opposition.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'political_opposition'
    """
    return "opposition" in doc.text.lower() and any(
        t.lower_ == "opposition" and t.dep_ in ("compound", "amod") and t.head.lemma_.lower() in POLITICIANS
        for t in doc)


def ethnic_word(doc: Doc, i: int) -> bool:
    """Whether the country word at ``i`` follows "ethnic": "ethnic Albanian unrest" names a people,
    not the state of Albania.

    >>> import spacy
    >>> ethnic_word(spacy.blank("en")("ethnic Albanian parties"), 1)
    True
    """
    return i > 0 and doc[i - 1].lower_ == "ethnic"


#: Words that make a continent of a country's demonym: "Latin American", "North American".
REGION_WORDS = frozenset({"latin", "north", "south", "central", "east", "west", "native"})


def regional_word(doc: Doc, i: int) -> bool:
    """Whether the country word at ``i`` is part of a region's adjective ("Latin American
    countries" are not the United States'), not a two-word demonym ("South Korean").

    >>> import spacy
    >>> regional_word(spacy.blank("en")("seven Latin American countries"), 2)
    True
    """
    return i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ in REGION_WORDS


#: Nouns a state's "military" may only qualify: "U.S. military action" is an act of the state, not of
#: an army named "U.S. military".
MILITARY_ACTS = frozenset({"action", "intervention", "aid", "assistance", "support", "presence", "cooperation",
                           "option", "pressure", "solution", "involvement", "escalation", "buildup", "build-up"})


def military_adjective(word: Token) -> bool:
    """Whether a body word only qualifies the noun after it: "military" in "U.S. military action".

    >>> military_adjective.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'military_adjective'
    """
    return word.lower_ == "military" and word.pos_ == "ADJ" and word.dep_ == "amod" and word.head.i > word.i \
        and word.head.lemma_.lower() in MILITARY_ACTS


def _kind_word(word: Token, body: Actor, head: Token, gaz: Gazetteer) -> bool:
    """Whether ``word``, between a country word and the head of a group, only says what kind of
    group it is ("Irish nationalist guerrillas", "French paper workers"), and does not make a
    group of its own with the head ("American aid workers" are aid workers); or, before a
    government, only what kind of government it is ("Burkina Faso's ruling junta")."""
    if body.type in ("STATE", "GOVERNMENT") and word.dep_ == "amod" and word.head.i == head.i and word.is_lower \
            and word.is_alpha:
        return True  # "Burkina Faso's ruling junta", "Sudan's military government"
    return body.type in ("ARMED_GROUP", "GROUP") and word.dep_ in ("amod", "compound") \
        and word.head.i == head.i and word.is_lower and word.is_alpha \
        and gaz.group(f"{word.lower_} {head.lower_}") is None


#: Words that make a government one that no longer rules: "the former regime", "the ousted Syrian
#: government" are not the state acting now.
BYGONE = frozenset({"former", "ousted", "deposed", "toppled", "overthrown", "defunct", "fallen", "previous",
                    "erstwhile", "old", "exiled"})
#: Heads that stand for the state whose capital or name follows "in": "the government in Bangui".
GOVERNING = frozenset({"government", "regime", "authorities", "administration", "leadership", "junta"})
#: Bodies that sit in another country's capital: "an embassy in Tehran", "the UN mission in Libya"
#: are not Iran's or Libya's.
FOREIGN_POSTS = frozenset({"embassy", "consulate", "mission", "delegation"})


#: Buildings a body is named by ("the presidential palace"), and the verbs by which the building speaks
#: (those by which one tells the news, and denying).
BUILDINGS = frozenset({"palace"})
TELLING = frozenset({"say", "tell", "report", "add", "confirm", "announce", "state"})
SPEAKING = TELLING | {"deny"}


def building_only(head: Token) -> bool:
    """Whether a body named by its building is only the building here: "recaptured the presidential
    palace", "troops surrounded the palace"; "the presidential palace said" is the body speaking.

    >>> building_only.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'building_only'
    """
    return head.lower_ in BUILDINGS and not (head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEAKING)


def find_bodies_in_capitals(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """ "the defence ministry in Khartoum": a body head followed by "in" and a capital or country;
    "the Central Bank of Ruritania", "the Ministry of Foreign Affairs of Ruritania": a body head
    followed by "of" and a state, all one name.

    >>> find_bodies_in_capitals.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'find_bodies_in_capitals'
    """
    by_first = _body_heads_by_first_word(gaz)
    for t in doc:
        if t.i in found.token_actor or t.lower_ not in by_first:
            continue
        for words, head in by_first[t.lower_]:
            n = len(words)
            if tuple(x.lower_ for x in doc[t.i:t.i + n]) != words or t.i + n + 1 >= len(doc):
                continue
            prep = doc[t.i + n]
            if prep.lower_ not in ("in", "of"):
                continue
            place = doc[t.i + n + 1:t.i + n + 3]
            state, width = next(((a, w) for a, w in ((gaz.lookup(place.text), 2), (gaz.lookup(place[:1].text), 1))
                                 if a is not None and a.type == "STATE"), (None, 0))
            named = prep.lower_ == "of"
            body = gaz.body(state, head) if state is not None and (named or head not in FOREIGN_POSTS
                                                                   and words[-1] not in FOREIGN_POSTS) else None
            # ("the UN mission in Libya" is no Libyan body; "the Embassy of Libya" is)
            if body is not None and (body.type in ("GOVERNMENT", "MEDIA") or words[0] in GOVERNING and not named) \
                    and not building_only(doc[t.i + n - 1]):
                # "the ministry in Khartoum", "the new government in Bangui"; not "militants in Syria"
                start = t.i - 1 if t.i > 0 and doc[t.i - 1].lower_ == "the" else t.i
                name = doc[t.i:t.i + n + width + 1]
                if named and body.type != "STATE" and all(x.is_title for x in name if x.is_alpha and x.lower_ != "of"):
                    body = replace(body, label=name.text)  # the name as written: "Central Bank of Ruritania"
                    found.actors[body.key] = body  # (over a label made from a demonym before it)
                found.add(doc[start:t.i + n], body, "body")  # (the state after "of" is mentioned too)
            break


def _state_named(gaz: Gazetteer, token: Token) -> Actor | None:
    """The state a one-word name names; a capitalised name the tagger calls an adjective counts
    ("the Mozambique government")."""
    if token.pos_ != "PROPN" and not (token.pos_ == "ADJ" and token.is_title):
        return None
    a = gaz.lookup(token.text)
    return a if a is not None and a.type == "STATE" else None


@functools.lru_cache(maxsize=4)
def _body_heads_by_first_word(gaz: Gazetteer) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Body heads grouped by their first word, longest first, so a token looks up only its own."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, head in sorted(body_head_index(gaz).items(), key=lambda kv: -len(kv[0])):
        out.setdefault(words[0], []).append((words, head))
    return out


@functools.lru_cache(maxsize=4)
def body_head_index(gaz: Gazetteer) -> dict[tuple[str, ...], str]:
    """Every body head as its lower-case words, to the head as written in ``bodies.csv``.

    >>> body_head_index(Gazetteer.load())[("foreign", "ministry")]
    'Foreign Ministry'
    """
    return {tuple(h.lower().split()): h for h in gaz.body_heads()}


def two_word_demonym(gaz: Gazetteer, token: Token) -> Actor | None:
    """The state a two-word demonym names: "Sri Lankan", "South Korean", "Sierra Leonean".

    >>> import spacy
    >>> two_word_demonym(Gazetteer.load(), spacy.blank("en")("Sri Lankan troops")[0]).label
    'Sri Lanka'
    """
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if nxt is None or not (token.is_title and nxt.is_title):
        return None
    return gaz.demonym(f"{token.text} {nxt.text}")


#: Where a plural demonym names a country's nationals ("deported 168 Liberians").
NATIONALS_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "conj", "dative", "appos"})
#: Words that count people: "thousands of Congolese".
COUNTS = frozenset({"hundreds", "thousands", "dozens", "millions", "scores", "tens", "hundred", "thousand", "dozen"})
#: Roles in which a word names what it modifies or owns, not a people: "Iraqi troops", "the Afghans' demands".
MODIFYING_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def nationals(token: Token, state: Actor, gaz: Gazetteer) -> tuple[int, Actor] | None:
    """The people of a state that a plural demonym used as a noun names, and the token their name
    starts at: "thousands of Nigerians", "killed three Iraqis" are Nigerians and Iraqis (a GROUP in
    that country), not the states; "Bosnian Serbs" are a people of Bosnia. "The Russians" (with
    "the") is the state's side in a dispute, as news uses it: None.

    >>> import spacy
    >>> doc = spacy.blank("en")("Nigerians")
    >>> doc[0].tag_ = "NNPS"
    >>> nationals(doc[0], Gazetteer.load().actor("state/NGA"), Gazetteer.load())[1].label
    'Nigerians'
    """
    counted = any(c.dep_ == "nummod" for c in token.children) or token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lower_ in COUNTS  # "40 Sudanese", "thousands of Congolese": the same in the plural
    plural = token.tag_ in ("NNS", "NNPS") or token.tag_ == "NNP" and (counted or token.lower_.endswith("s") and gaz.demonym(
        token.text[:-1]) is not None)  # "Georgians", tagged as one name
    if not plural or token.dep_ in MODIFYING_DEPS or not token.text[:1].isupper():
        return None
    place = _of_place(token)
    if place is not None:  # "the Albanians of southern Serbia": a people where they live, not Albania's
        label = f"{token.text} {place.root.head.lower_} {place.text}"
        return token.i, Actor(key=f"group/{slug(label)}", label=label, type="GROUP")
    if any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    before = token.nbor(-1) if token.i > 0 else None
    home = gaz.demonym(before.text) if before is not None and before.head.i == token.i and before.dep_ in (
        "amod", "compound") else None
    if home is not None and home.type == "STATE":  # "Bosnian Serbs", "Kosovo Albanians"
        label = f"{before.text} {token.text}"
        return before.i, Actor(key=f"group/{slug(label)}", label=label, type="GROUP", country=home.key)
    return token.i, Actor(key=f"group/{slug(token.text)}", label=token.text, type="GROUP", country=state.key)


def _of_place(token: Token) -> Span | None:
    """The place a people word is "of" or "in": "the Serbs of northern Kosovo" -> "northern Kosovo"."""
    return next((token.doc[obj.left_edge.i:obj.i + 1] for prep in token.children
                 if prep.dep_ == "prep" and prep.lower_ in ("of", "in")
                 for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ in ("GPE", "LOC")), None)


#: Words after "<demonym>-" that say where a ship is registered, not whose it is.
FLAGGED = frozenset({"flagged", "registered"})


def find_demonyms(doc: Doc, gaz: Gazetteer, found: DocActors) -> None:
    """Demonyms used alone: "Russian air strikes" -> Russia; a plural one used as a noun is a people
    ("thousands of Nigerians", :func:`nationals`); "ethnic Albanians" a people of their own.

    >>> find_demonyms.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'find_demonyms'
    """
    for t in doc[:-1]:  # two words first: "South Korean officials", "Sierra Leonean refugees"
        state = two_word_demonym(gaz, t)
        if state is not None and state.type == "STATE" and t.i not in found.token_actor \
                and t.i + 1 not in found.token_actor:
            found.add(doc[t.i:t.i + 2], state, "demonym")
    for t in doc:
        if t.i in found.token_actor or t.pos_ not in ("ADJ", "PROPN", "NOUN"):
            continue
        state = gaz.demonym(t.text)
        if state is None:
            continue
        ethnic = next((c for c in t.children if c.dep_ == "amod" and c.lower_ == "ethnic"), None)
        if ethnic is not None and t.tag_ in ("NNS", "NNPS"):  # "ethnic Albanians in Serbia": a people, not a state
            found.add(doc[ethnic.i:t.i + 1], Actor(key=f"group/ethnic-{slug(t.text)}", label=f"ethnic {t.text}",
                                                 type="GROUP"), "demonym")
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in FLAGGED:
            continue  # "a Liberian-flagged tanker": the flag a ship flies, no state that acts or is hit
        if ethnic_word(doc, t.i) or regional_word(doc, t.i):
            continue  # "ethnic Albanian unrest", "Latin American envoys": a people's or a region's, no state's
        if t.ent_type_ == "PERSON" and t.ent_iob_ == "I" and t.tag_ == "NNP" and gaz.demonym(doc[t.i - 1].text) is None:
            continue  # "Volker Türk": the end of a person's name (not the "Serbs" of "Bosnian Serbs")
        people = nationals(t, state, gaz)
        if people is not None:  # "thousands of Nigerians protested": the people, not the state
            found.replace(doc[people[0]:t.i + 1], people[1], "demonym")
            continue
        nationals_of = t.tag_ in ("NNS", "NNPS") and t.dep_ in NATIONALS_DEPS  # "deported the Liberians"
        # paired: "the Turkish and Greek sides"
        paired = t.dep_ == "conj" and gaz.demonym(t.head.text) is not None and (
            t.head.dep_ in ("amod", "compound") or found.at(t.head) == gaz.demonym(t.head.text).key)
        # ("Kenyan, Guatemalan and Salvadoran personnel", where the parser made the first word the subject)
        if nationals_of or paired or t.dep_ in ("amod", "compound", "nsubj", "poss", "nmod", "npadvmod"):
            found.add(doc[t.i:t.i + 1], state, "demonym")
