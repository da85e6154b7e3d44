"""Second names of a person: a nickname given after the name ("Jimmy Cherizier, known as
Barbecue") or inside it, in quotes ("Joaquín \"El Chapo\" Guzmán").

>>> sorted(QUOTES)[:2]
['"', "'"]
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.actors.groups import ORGANISATIONS
from graphbuild.actors.tables import person_key
from graphbuild.model import Actor

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors

#: Words before a second name of an actor just named: "X, known as Barbecue", "Y, nicknamed Z", "W,
#: better known by his alias V" (the longest first).
AKA = (("known", "by", "his", "alias"), ("known", "by", "her", "alias"), ("known", "by", "the", "alias"),
       ("known", "as"), ("nicknamed",), ("dubbed",), ("alias",), ("aka",))


def nicknames(doc: Doc, found: DocActors) -> None:
    """ "Jimmy Cherizier, known as Barbecue": the nickname is the person (or group) named before it."""
    for start, end, key in sorted(found.mention_spans):
        at = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start  # "nicknamed the Lion"
        words = tuple(t.lower_ for t in doc[max(at - 4, 0):at])
        if not any(words[-len(cue):] == cue for cue in AKA):
            continue
        cue = next(len(c) for c in AKA if words[-len(c):] == c)
        before = [m for m in found.mention_spans if at - cue - 2 <= m[1] <= at - cue]
        if not before and found.actors[key].type == "PERSON" and (name := _name_before(doc, at - cue - 1, found)):
            found.add(name, found.actors[key], "coref")  # "led by X, known by his alias Y": X (NER: a place) is Y
        elif before and before[-1][2] != key:
            named = found.actors[before[-1][2]]
            found.replace(doc[start:end], named, "coref")
            if found.actors[key].type == named.type and found.ner_only(key):  # ("X's men" later: his too)
                for s, e, _k in [m for m in found.mention_spans if m[2] == key]:
                    found.replace(doc[s:e], named, "coref")


def _name_before(doc: Doc, comma: int, found: DocActors):
    """The two to four capitalised proper nouns no actor was found in, written just before the comma
    at ``comma``: the given name a nickname after it stands for."""
    if comma < 2 or doc[comma].text != ",":
        return None
    first = comma
    while first > 0 and comma - first < 4 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
            and doc[first - 1].i not in found.token_actor:
        first -= 1
    return doc[first:comma] if comma - first >= 2 else None


#: Verbs by which someone unnamed says whom they speak for: "a man who identified himself as an X spokesman".
SELF_DESCRIBED = frozenset({"identify", "describe", "introduce", "present"})
#: Roles that make someone unnamed the voice of the body named with them.
VOICES = frozenset({"spokesman", "spokeswoman", "spokesperson", "commander", "leader", "member", "fighter",
                    "official", "representative"})
#: Bodies someone can speak for (an outlet's staff report, they do not speak for it here).
SPOKEN_FOR = ORGANISATIONS - {"MEDIA"}


def self_described(doc: Doc, found: DocActors) -> None:
    """ "a man who identified himself as an MPCP spokesman said ...": someone unnamed who says whom
    they speak for is that body's voice, so what they say, and "he" after, is the body's.

    >>> self_described.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'self_described'
    """
    for verb in doc:
        if verb.lemma_.lower() not in SELF_DESCRIBED or verb.dep_ != "relcl" or verb.head.pos_ != "NOUN" \
                or found.at(verb.head):
            continue
        role = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                     if o.dep_ == "pobj" and o.lemma_.lower() in VOICES), None)
        body = next((a for t in (role.subtree if role is not None else ()) if t.i != role.i
                     and (a := found.actor(t)) is not None and a.type in SPOKEN_FOR), None)
        if body is not None:
            found.add(doc[verb.head.left_edge.i:verb.head.i + 1], body, "coref")


def or_names(doc: Doc, found: DocActors) -> None:
    """ "Jaish al-Nasr, or Army of Victory, said": a name set off after ", or" right after an
    organisation's is its second name (a translation), when nothing but NER read it.

    >>> or_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'or_names'
    """
    spans = sorted(found.mention_spans)
    for (_s, end, named), (start, stop, key) in zip(spans, spans[1:]):
        if start != end + 2 or doc[end].text != "," or doc[end + 1].lower_ != "or" or key == named \
                or stop >= len(doc) or doc[stop].text not in (",", ")", ";") or not found.ner_only(key):
            continue
        if found.actors[named].type in ORGANISATIONS and found.actors[key].type != "PERSON":
            for s, e, _k in [m for m in found.mention_spans if m[2] == key]:
                found.replace(doc[s:e], found.actors[named], "coref")


#: Quotation marks around a nickname inside a name.
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


def quoted_nicknames(doc: Doc, found: DocActors) -> None:
    """A person named with a nickname in quotes inside the name is the person of the name around it
    ("Ismael \"El Mayo\" Zambada" is Ismael Zambada), and so is the nickname said alone elsewhere
    ("El Mayo's men"), whatever read it (no one else goes by it in the story).

    >>> quoted_nicknames.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'quoted_nicknames'
    """
    nicks: dict[str, Actor] = {}
    for t in doc[1:-3]:
        if t.text not in QUOTES or not doc[t.i - 1].is_title or doc[t.i - 1].pos_ != "PROPN":
            continue
        close = next((x.i for x in doc[t.i + 1:t.i + 5] if x.text in QUOTES), None)
        if close is None or close == t.i + 1 or close + 1 >= len(doc) or not all(
                x.is_title for x in doc[t.i + 1:close]):
            continue
        start, end = t.i - 1, close + 1
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and t.i - start < 3:
            start -= 1
        while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and end - close < 3:
            end += 1
        taken = {found.at(x) for x in doc[start:end]} - {None}
        if end == close + 1 or start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                or any(found.actors[k].type not in ("PERSON", "LOCATION") for k in taken):
            continue  # (a name read as a group's or a state's; a first name may have been read as a town)
        name = " ".join(x.text for x in doc[start:end] if not t.i <= x.i <= close)
        person = Actor(key=person_key(name), label=name, type="PERSON")
        found.replace(doc[start:end], person, "ner")
        nicks[doc[t.i + 1:close].text] = person
    for nick, person in nicks.items():  # the nickname alone, whatever read it (no one else is called so)
        size = len(nick.split())
        for t in doc[:len(doc) - size + 1]:
            span = doc[t.i:t.i + size]
            if span.text == nick and found.at(t) != person.key and not (t.i > 0 and doc[t.i - 1].text in QUOTES):
                found.replace(span, person, "coref")
