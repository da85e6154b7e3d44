"""What a description or a generic word points back to: the nearest earlier actor of a kind, the
named armed group that "the militant group", "the rebels" or "militants" stand for, and the one
junta a story names.

>>> sorted(STORY_GROUPS)[:2]
['group/dissidents', 'group/extremists']
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from graphbuild.actors.bodies import TELLING
from graphbuild.actors.branches import branch_of

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors


def nearest(found: DocActors, types, before: int, exclude=frozenset(), doc: Doc | None = None) -> str | None:
    """The key of the actor of one of ``types`` named nearest before token ``before`` (not one in
    ``exclude``; given the ``doc``, not a listener "told" the news nor a name inside an apposition).

    >>> from graphbuild.actors.resolve import DocActors
    >>> from graphbuild.model import Actor
    >>> found = DocActors("d", actors={"org/a": Actor("org/a", "A", "NGO"), "state/B": Actor("state/B", "B", "STATE")},
    ...                   mention_spans=[(0, 1, "org/a"), (3, 4, "state/B")])
    >>> nearest(found, ("NGO",), 6), nearest(found, ("NGO", "STATE"), 6), nearest(found, ("STATE",), 2)
    ('org/a', 'state/B', None)
    """
    best = None
    for start, end, key in found.mention_spans:
        if key in exclude or doc is not None and (_told(doc[end - 1]) or _describes_another(doc[end - 1])):
            continue  # ("a source told Reuters that the agency ...": not Reuters; "JNIM, an al-Qaeda affiliate")
        if start < before and found.actors[key].type in types and (best is None or start > best[0]):
            best = (start, key)
    return best[1] if best else None


def named_since(found: DocActors, types, since: int, before: int) -> bool:
    """Whether an actor of ``types`` other than a generic group was named between two tokens.

    >>> from graphbuild.actors.resolve import DocActors
    >>> from graphbuild.model import Actor
    >>> found = DocActors("d", actors={"org/a": Actor("org/a", "A", "NGO")}, mention_spans=[(3, 4, "org/a")])
    >>> named_since(found, ("NGO",), 1, 5), named_since(found, ("NGO",), 4, 9)
    (True, False)
    """
    return any(since < start < before and found.actors[key].type in types and not key.startswith("group/")
               for start, _end, key in found.mention_spans)


#: Words that put the noun a name qualifies in the past: "former FARC rebels" are no longer the FARC.
BYGONE_MEMBERS = frozenset({"former", "ex"})


def _describes_another(token: Token) -> bool:
    """Whether a name only qualifies an apposition on another actor ("JNIM, an al-Qaeda affiliate")
    or people who were once its own ("a faction of former FARC rebels")."""
    return token.dep_ in ("compound", "amod", "nmod", "poss") and (token.head.dep_ == "appos" or any(
        c.lower_ in BYGONE_MEMBERS for c in token.head.children if c.dep_ == "amod"))


def _told(token: Token) -> bool:
    """Whether ``token`` names whom something was told ("told Reuters", "said to AFP"): a listener,
    no one a later description refers back to."""
    return token.dep_ in ("dobj", "dative") and token.head.lemma_.lower() == "tell" or token.dep_ == "pobj" \
        and token.head.lower_ == "to" and token.head.head.lemma_.lower() in ("say", "speak", "tell", "talk")


def definite(token: Token) -> bool:
    """Whether a noun points back with "the", "this" or "that" ("the watchdog", "the drone").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words, heads, deps = ["the", "watchdog", "said"], [1, 2, 2], ["det", "nsubj", "ROOT"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)
    >>> definite(doc[1]), definite(doc[2])
    (True, False)
    """
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


#: Words for an organisation a generic armed group's word can qualify: "the guerrilla group".
GROUP_WORDS = frozenset({"group", "movement", "faction", "organisation", "organization", "outfit"})


#: Generic armed groups that, unqualified and with no article ("militants attacked a convoy", "insurgents
#: torched trucks"), are the armed group the story is about.
STORY_GROUPS = frozenset({"group/militants", "group/insurgents", "group/jihadists", "group/rebels",
                          "group/extremists", "group/separatists", "group/dissidents"})
#: Words for armed civilians who defend a place: they are others than the group a story names
#: ("accused the police of arming the vigilantes" after a gang was named).
DEFENDERS = frozenset({"vigilante", "vigilantes", "vigilance", "self-defence", "self-defense", "guards"})
#: Roles of a name that only qualifies the word after it.
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "poss"})


def _named_mentions(doc: Doc, found):
    """(key, span) of each mention that names its actor, not a pronoun or description read as it."""
    for m in found.mentions:
        span = doc.char_span(m.start, m.end) if m.how != "coref" else None
        if span is not None:
            yield m.actor, span


def _main_group(named, found, kind: str, generic) -> str | None:
    """The named armed group a story is about: the one it names most often (in ``named``, from
    :func:`_named_mentions`), at least twice and more often than any other, counting names that
    stand for the group, not those that only qualify a word ("Islamic State-linked insurgents")."""
    counts: dict[str, int] = {}
    for k, span in named:
        if found.actors[k].type == kind and k not in generic and span[-1].dep_ not in MODIFIER_DEPS:
            counts[k] = counts.get(k, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0]


#: Participles by which a name only says whom a group is tied to: "the al Qaeda-linked group JNIM".
TIES = frozenset({"linked", "affiliated", "aligned", "backed", "allied", "inspired", "loyal"})


def _ties_only(last: Token, found: DocActors) -> bool:
    """Whether a name (its last token) only says whom another named group is tied to ("al Qaeda" in "the
    al Qaeda-linked group JNIM"; not in "Islamic State-linked insurgents", who may be its own)."""
    tied = found.at(last.head.head) if last.dep_ in MODIFIER_DEPS and last.head.lower_ in TIES else None
    return tied is not None and not tied.startswith("group/") and tied != found.at(last)


def named_group(token: Token, found: DocActors) -> tuple[int, str] | None:
    """A definite, singular generic armed group ("the militant group", "the rebel group", "the
    militia") refers back to the armed group named nearest before it: (where the mention starts,
    that group's key). Plural ("the rebels", "the guerrillas"), it does so only where the text has
    named one armed group and no other; with no group named before, it stays generic. Plural and
    with no article ("militants burned a bridge"), it is the group the story is about (see
    ``_main_group``), where the story has named that group before and nothing qualifies the word.

    >>> named_group.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'named_group'
    """
    if token.lower_ == "opposition" and any(c.lower_ == "the" for c in token.children):
        return None  # "the opposition accused the president": the opposition, not the rebel group named before
    key = found.at(token)
    if key is None and token.lemma_.lower() in GROUP_WORDS:  # "the guerrilla group": the word before is the group
        key = next((found.at(c) for c in token.children if c.dep_ in ("compound", "amod") and c.i == token.i - 1
                    and found.at(c)), None)
    if key is None or not key.startswith("group/") or found.actors[key].type not in ("ARMED_GROUP", "NGO") \
            or token.tag_ not in ("NN", "NNS") or token.lower_ in DEFENDERS \
            or any(c.lower_ in DEFENDERS for c in token.children):
        return None  # (also "the rights group", "the aid agency": the organisation named before)
    span = next(((start, end) for start, end, k in found.mention_spans if k == key and start <= token.i < end
                 or k == key and end == token.i), None)
    if span is None or span[1] < token.i:
        return None
    kind = found.actors[key].type
    generic = {k for k in found.actors if k.startswith("group/")}
    if token.tag_ == "NN" and token.sent.start == 0 and not any(c.dep_ == "det" for c in token.children) \
            and not (token.dep_ == "compound" and token.head.i < span[1]):  # (not the "suicide" of "a suicide bomber")
        # a headline's "Rights group says ...": the one organisation of its kind the story names
        named = {k for _start, _end, k in found.mention_spans if found.actors[k].type == kind and k not in generic}
        return (span[0], named.pop()) if len(named) == 1 else None
    if not definite(token):
        named = list(_named_mentions(token.doc, found)) if token.tag_ == "NNS" and key in STORY_GROUPS else []
        main = _main_group(named, found, kind, generic) if named else None
        if main is not None and sum(k == key for k, _span in named) > sum(k == main for k, _span in named):
            return None  # "separatists" all through a story that names one separatist group twice: all of them
        if main is None or any(c.dep_ == "det" for c in token.children) or not any(
                k == main and start < span[0] for start, _end, k in found.mention_spans) or any(
                found.at(x) not in (None, key, main) for x in token.subtree):
            return None  # (not one before the story names it, nor "pro-IS militants" in a story on another group)
        return span[0], main
    if any(c.dep_ in ("compound", "amod", "nmod") and c.pos_ == "PROPN" and c.i < token.i for c in token.children):
        return None  # "the Amal militia", "the Shi'ite Turi tribe": a name of its own
    standing = _branches_for_parents({
        k for start, end, k in found.mention_spans if start < span[0] and found.actors[k].type == kind
        and k not in generic and not _ties_only(token.doc[end - 1], found)}, found)
    if token.tag_ == "NNS" and len(standing) != 1:
        called = {k for start, end, k in found.mention_spans if start < span[0] and k not in generic
                  and found.actors[k].type == kind and token.doc[end - 1].head.lemma_ == token.lemma_
                  and token.doc[end - 1].dep_ in ("compound", "nmod")}
        # ("M23 rebels and militias ... the rebels": the one group the text has called so)
        return (span[0], called.pop()) if len(called) == 1 else None  # "the rebels" after two groups: which?
    named = next(iter(standing)) if token.tag_ == "NNS" else nearest(found, (kind,), span[0], exclude=generic)
    if named is not None and key.count("/") == 2 and found.actors[named].country != found.actors[key].country:
        return None  # "the Russian fighters" are Russia's, not the one rebel group named before
    return (span[0], named) if named is not None else None


def _branches_for_parents(keys: set[str], found: DocActors) -> set[str]:
    """``keys`` with each group whose one branch is among them read as that branch: "the fighters" after
    Islamic State and its Mozambique branch are the branch's."""
    out = set()
    for k in keys:
        branches = [b for b in sorted(keys) if branch_of(found.actors[b], found.actors[k])]
        out.add(branches[0] if len(branches) == 1 else k)
    return out


#: Documents that speak for whoever issued them: "The statement accused Israel of ...".
ISSUED = frozenset({"statement", "report", "communique", "communiqué", "letter"})
#: Verbs of putting a document out: "Amnesty published a report".
ISSUING = frozenset({"publish", "issue", "release"})
#: Actors whose documents a bare "the statement" may be.
ISSUERS = frozenset({"STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "NGO", "MEDIA", "PERSON"})


def document_issuer(token: Token, found: DocActors) -> str | None:
    """ "The statement accused Israel of ..." right after "The army said ..." or "Amnesty published a
    report": the one whose document it is, the subject of the sentence before, where that sentence
    tells or issues something (None where the words say whose it is, or where it is no subject).

    >>> document_issuer.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'document_issuer'
    """
    if token.lemma_.lower() not in ISSUED or token.dep_ != "nsubj" or token.i in found.token_actor \
            or token.sent.start == 0 or [c.lower_ for c in token.children if c.i < token.i] != ["the"]:
        return None  # ("the UN report", "its statement": whose is said)
    prev = token.doc[token.sent.start - 1].sent
    if prev.root.lemma_.lower() not in TELLING | ISSUING:
        return None  # ("Russia rejected the statement. The statement said ...": not Russia's)
    for subject in (c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")):
        key = next((k for x in subject.subtree if (k := found.at(x)) is not None), None)
        return key if key is not None and found.actors[key].type in ISSUERS else None
    return None


def headline_speaker(token: Token) -> bool:
    """Whether a bare noun speaks in a headline's present tense ("Troops kill 12, army says"),
    which drops "the": it is as definite as "the army said".

    >>> headline_speaker.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'headline_speaker'
    """
    return token.dep_ == "nsubj" and token.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in token.children) \
        and token.head.lemma_.lower() in ("say", "claim") and token.head.tag_ == "VBZ"


def one_junta(found, doc: Doc | None = None, at: Token | None = None) -> str | None:
    """The one state a document names as ruled by a junta ("Myanmar's military government", "Mali's
    junta") or whose army it says seized power ("Myanmar's military, which seized power in a coup"),
    anywhere in it, which "the junta" of the story is, before or after (None with two); but not
    one first named after the junta word ``at`` where another state was named by name before it ("...
    Burkina Faso's town. The junta said ... Mali's junta sent condolences": not Mali's).

    >>> one_junta.__name__  # needs resolved actors; see tests/actors/test_resolve.py (COREF)
    'one_junta'
    """
    words = ("junta", "military government", "military rulers")
    states = {m.actor for m in found.mentions if m.how == "body" and any(w in m.text.lower() for w in words)
              and found.actors[m.actor].type == "STATE"}
    for t in doc if doc is not None and not states else ():
        if t.lemma_.lower() not in SEIZING or not any(c.dep_ == "dobj" and c.lower_ == "power" for c in t.children):
            continue
        subjects = [t.head if s.lower_ in ("which", "that") and t.dep_ == "relcl" else s
                    for s in t.children if s.dep_ == "nsubj"]
        for s in subjects:  # (the army, or its state as a body mention reads "Myanmar's military" at first)
            a = found.actor(s)
            state = a.country if a is not None and a.type == "MILITARY" else \
                a.key if a is not None and a.type == "STATE" and s.lemma_.lower() in ("military", "army") else None
            if state in found.actors:
                states.add(state)
    if len(states) != 1:
        return None
    state = next(iter(states))
    if at is not None:
        named_before = {m.actor for m in found.mentions if m.end <= at.idx and found.actors[m.actor].type == "STATE"
                        and found.actors[m.actor].label.lower() in m.text.lower()}  # (by name, not "Doha talks")
        if named_before and state not in named_before:
            return None
    return state


#: Verbs of a coup, with "power" as their object: "the army seized power".
SEIZING = frozenset({"seize", "take", "grab", "usurp"})


#: Types of organisation a later "the <last word of its name>" may stand for.
HEAD_NAMED = frozenset({"GOVERNMENT", "MILITARY", "ARMED_GROUP", "NGO", "IGO", "MEDIA"})


def named_by_head(token: Token, found: DocActors, described=frozenset()) -> tuple[int, str] | None:
    """ "the command" after "the Joint Operations Command", "the service" after "the Counter-Terrorism
    Service", "the regional military administration" after "the Sumy Regional Military
    Administration": a definite, singular noun, unqualified or with the name's own last words before
    it, that ends an organisation's name told before is that organisation (the nearest one), as
    (where the mention starts, its key).
    Words with a rule of their own (``described``: "the army", "the group") are left to it.

    >>> named_by_head.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'named_by_head'
    """
    word = token.lower_
    if token.pos_ != "NOUN" or token.tag_ != "NN" or not definite(token) or token.i in found.token_actor \
            or word in described or token.lemma_.lower() in described \
            or any(c.dep_ in ("poss", "nmod") for c in token.children):
        return None
    mods = sorted((c for c in token.children if c.dep_ in ("compound", "amod")), key=lambda c: c.i)
    if mods and (mods[0].i + len(mods) != token.i or any(c.i in found.token_actor or not c.is_lower for c in mods)):
        return None  # ("the regional military administration": its words next to it, in lower case, no one's)
    words = [*(c.lower_ for c in mods), word]
    named = [(start, key) for start, end, key in found.mention_spans
             if end <= token.i and token.doc[end - 1].lower_ == word and found.actors[key].type in HEAD_NAMED
             and len(name := found.actors[key].label.lower().split()) > len(words) and name[-len(words):] == words]
    return (token.i, max(named)[1]) if named else None


def name_after(token: Token, found: DocActors, kinds: tuple[str, ...]) -> str | None:
    """ "the West African bloc ECOWAS", "the rebel group M23": a description with a name of its kind
    right after it is that name, however the parser joined them, as its key.

    >>> name_after.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'name_after'
    """
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    key = found.at(after)
    if key is None or found.actors[key].type not in kinds or not definite(token):
        return None
    named = any(m.actor == key and m.start == after.idx and m.how != "coref" for m in found.mentions)
    return key if named else None


#: Nouns for people that say only how many: "the four men", "the three people".
COUNTED_PEOPLE = frozenset({"man", "men", "woman", "women", "people", "person", "persons"})


def recounted(token: Token, found: DocActors) -> str | None:
    """The group an earlier phrase counted with the same number, for "the four men" and the like
    ("detained four villagers ... the four men were taken to ..."), or None.

    >>> import spacy
    >>> from graphbuild.actors.resolve import DocActors
    >>> from graphbuild.model import Actor
    >>> doc = spacy.blank("en")("Guards held four farmers . The four men were freed .")
    >>> for i, (dep, head) in enumerate([("", 1), ("", 1), ("nummod", 3), ("", 1), ("", 1), ("det", 7),
    ...                                  ("nummod", 7), ("", 7)]):
    ...     doc[i].dep_, doc[i].head = dep, doc[head]
    >>> found = DocActors("d", actors={"group/farmers": Actor("group/farmers", "farmers", "GROUP")},
    ...                   mention_spans=[(3, 4, "group/farmers")], token_actor={3: "group/farmers"})
    >>> recounted(doc[7], found)
    'group/farmers'
    """
    if token.lower_ not in COUNTED_PEOPLE or found.at(token) or not definite(token):
        return None
    counts = {c.lower_ for c in token.children if c.dep_ == "nummod"}
    if len(counts) != 1:
        return None
    last = None
    for t in token.doc[:token.i]:
        key = found.at(t.head) if t.dep_ == "nummod" and t.lower_ in counts and t.head.i != t.i else None
        if key and found.actors[key].type == "GROUP":
            last = key
    return last


#: Nouns of a settlement that "the town" or "the city" names again.
SETTLEMENTS = frozenset({"town", "city", "village"})
#: How many sentences back "the town" (or "the crowd") may look for what it names again.
SETTLEMENT_REACH = 2


def settlement_again(token: Token, found: DocActors) -> str | None:
    """The town (a place, not a region) named last before "the town", "the city" or "the village",
    within the sentence and the two before it, or None ("Rebels entered Kurmuk ... shelled the town";
    not "the town's market", which is no act on the town).

    >>> settlement_again.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'settlement_again'
    """
    if token.lemma_.lower() not in SETTLEMENTS or token.tag_ != "NN" or token.dep_ == "poss" or found.at(token) \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) or any(
            c.dep_ in MODIFIER_DEPS | {"prep", "appos", "acl", "relcl"} for c in token.children):
        return None
    return _named_lately(token, found, lambda a: a.type == "LOCATION" and not a.region)


def _named_lately(token: Token, found: DocActors, fits) -> str | None:
    """The actor ``fits`` accepts that was named last before ``token``, within its sentence and the
    :data:`SETTLEMENT_REACH` before it (not through the whole document), or None."""
    since = token.sent.start
    for _ in range(SETTLEMENT_REACH):
        since = token.doc[since - 1].sent.start if since else since
    best = max(((start, key) for start, _end, key in found.mention_spans if since <= start < token.i
                and fits(found.actors[key])), default=None)
    return best[1] if best else None


#: Nouns of a gathering that "the crowd" names again, and the last words of the groups it may name.
CROWDS = frozenset({"crowd"})
MARCHERS = frozenset({"protesters", "demonstrators", "marchers", "rioters"})


def crowd_again(token: Token, found: DocActors) -> str | None:
    """The protesters named last before "the crowd" (or "the crowds"), within its sentence and the
    two before it, or None: "hundreds of protesters marched ... police fired tear gas to disperse the
    crowd" (not "a crowd of mourners", nor "the crowd" where no protesters were named).

    >>> crowd_again.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'crowd_again'
    """
    if token.lemma_.lower() not in CROWDS or found.at(token) or not definite(token) or any(
            c.dep_ in MODIFIER_DEPS | {"prep", "appos", "acl", "relcl"} for c in token.children):
        return None
    return _named_lately(token, found, lambda a: a.type == "GROUP" and a.label.split()[-1].lower() in MARCHERS)


def ruling_council(doc: Doc, found: DocActors) -> None:
    """Where a story names the one body a junta rules through ("the ruling National Council for the
    Safeguard of the Homeland (CNSP)", "the ruling junta, the National Council for ..."), "the junta"
    and "Niger's junta" are that body, not the state it rules.

    >>> ruling_council.__name__  # needs resolved actors; see tests/actors/test_resolve.py (RESOLVED)
    'ruling_council'
    """
    councils = {key for start, end, key in found.mention_spans if key.startswith("org/")
                and found.actors[key].type == "GOVERNMENT" and start > 0 and (
                    doc[start - 1].lower_ == "ruling"
                    or doc[start:end].root.dep_ == "appos" and doc[start:end].root.head.lower_ == "junta")}
    juntas = [(start, end, key) for start, end, key in found.mention_spans
              if doc[end - 1].lower_ == "junta" and found.actors[key].type == "STATE"]
    if len(councils) != 1 or len({key for _s, _e, key in juntas}) != 1:
        return
    key = councils.pop()
    council = found.actors[key] = replace(found.actors[key], country=found.actors[key].country or juntas[0][2])
    for start, end, _key in juntas:  # (a body of the state it rules)
        found.replace(doc[start:end], council, "coref")
