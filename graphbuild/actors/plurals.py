"""Plural pronouns: whom "they" and "them" refer to within their sentence.

"Palestinian leaders said they would ..." (the plural subject), "ordered three diplomats to leave,
accusing them of ..." (the plural acted on), "Police said they had ..." (a speaker no name says);
an object pronoun is never its own clause's subject ("officers fired at them"). Used by
:mod:`graphbuild.actors.coref`; :func:`first_conjunct` finds where a list of words starts.

>>> "them" in PLURAL
True
"""
from __future__ import annotations

from spacy.tokens import Token

PLURAL = frozenset({"they", "their", "them", "themselves"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def plural_subject(token: Token, found) -> str | None:
    """ "Palestinian leaders said they would ...": *they* is the plural subject before it, or the
    country that qualifies it; "Mali and Niger said they ...": the first of a list (the events
    take the whole list, see ``graphbuild.extract.arguments``; "their" stays unresolved).

    >>> plural_subject.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'plural_subject'
    """
    verbs = [token.sent.root]
    if token.dep_ in SUBJECT_DEPS and token.head.dep_ == "conj":  # '"X are on our soil, and they are killing ..."'
        verbs.insert(0, token.head.head)
    if token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ccomp" and token.head.head.i != token.head.i:
        verbs.insert(0, token.head.head)  # "..., residents said, after rebels announced they had ...": the rebels
    if token.dep_ in SUBJECT_DEPS and token.head.dep_ == "relcl":  # "X were pushed out of the land they had
        verbs[:0] = [a for a in token.head.ancestors if a.pos_ in ("VERB", "AUX") and a.i != token.sent.root.i]
        # seized": the subject of the clause the relative clause hangs in
    if token.dep_ == "poss" and token.head.dep_ == "pobj" and token.head.head.dep_ == "prep" \
            and token.head.head.head.pos_ == "VERB":  # "..., and X forces withdrew from their base": its subject
        verbs.insert(0, token.head.head.head)
    for child in (c for v in verbs for c in v.children):
        listed = token.lower_ == "they" and (child.conjuncts or any(c.dep_ == "appos" and c.conjuncts
                                                                    for c in child.children))
        if child.dep_ in SUBJECT_DEPS and child.i < token.i and (child.tag_ in ("NNS", "NNPS") or listed):
            if found.at(child):
                return found.at(child)
            for mod in child.children:
                if mod.dep_ in ("amod", "compound", "poss") and found.at(mod):
                    return found.at(mod)
    return None


def unnamed_speaker(token: Token, found) -> bool:
    """Whether "they" is the subject of what a plural noun naming no actor says ("Police said they").

    >>> unnamed_speaker.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'unnamed_speaker'
    """
    clause = token.head
    if token.dep_ != "nsubj" or clause.dep_ != "ccomp":
        return False
    return any(s.dep_ == "nsubj" and s.i < token.i and s.tag_ in ("NNS", "NNPS", "NNP") and s.pos_ != "PRON"
               and not found.at(s) for s in clause.head.children)


#: Plural nouns of people who are no actor: "them" after "100,000 people had fled" is those people
#: ("they" is left to the subject rules: "bombers killed 23 people when they blew themselves up").
UNNAMED_PEOPLE = frozenset({"people", "persons", "individuals", "families", "households", "children", "women", "men"})


def unnamed_people(token: Token, found) -> bool:
    """Whether the sentence names, before "them", people who are no actor ("more than
    100,000 people had fled ... funds to feed them", "arrest those behind the attack and hand them
    over"): the pronoun is theirs, no group named earlier.

    >>> unnamed_people.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'unnamed_people'
    """
    return any((t.lower_ in UNNAMED_PEOPLE and t.pos_ == "NOUN" or t.lower_ in ("those", "these") and t.pos_ == "PRON")
               and not found.at(t) and t.dep_ in (*SUBJECT_DEPS, "dobj", "pobj")
               for t in token.sent[:token.i - token.sent.start])


def own_subjects(token: Token, found) -> set[str]:
    """The actors the subject of the pronoun's own clause names, or of the verb a subjectless
    to-clause hangs on: an object pronoun is none of them.

    >>> own_subjects.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'own_subjects'
    """
    for verb in (a for a in token.ancestors if a.pos_ in ("VERB", "AUX")):
        subjects = [s for s in verb.children if s.dep_ in SUBJECT_DEPS and s.i != token.i]
        controlled = token.head.i == verb.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        # ("will not allow them to terrorise ...": the subject of "allow", which "them" is the object of)
        if subjects or verb.dep_ not in ("xcomp", "advcl", "conj") and not controlled:
            return {found.at(x) for s in subjects for x in s.subtree if found.at(x)}
    return set()


def plural_object(token: Token, found) -> str | None:
    """ "ordered three French diplomats to leave, accusing them of ...": *them* is the plural the
    sentence has acted on before it (an object, not the subject), whatever actor it names.

    >>> plural_object.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'plural_object'
    """
    own = own_subjects(token, found)
    for t in reversed(token.sent[:token.i - token.sent.start]):
        key = found.at(t) or next((found.at(c) for c in t.children if c.dep_ == "compound" and found.at(c)
                                   and not found.at(c).startswith("group/")), None)
        # ("clashed with ELN fighters, killing two of them": the ELN's fighters)
        if t.tag_ in ("NNS", "NNPS") and t.dep_ in ("dobj", "pobj", "dative", "nsubjpass") and key \
                and key not in own and not (t.dep_ == "pobj" and t.head.dep_ == "agent"):
            return key  # (not who acts: "abducted by security agents", "officers fired at them")
    return None


def previous_plural(token: Token, found) -> str | None:
    """ "Thousands of protesters rallied ... Police used water cannon to disperse them": *them*,
    with no plural before it in its own sentence, is the plural subject of the sentence before
    (a group word, or the group a quantity is "of"), when that is no one acting in its own.

    >>> previous_plural.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'previous_plural'
    """
    sent = token.sent
    if token.lower_ != "them" or sent.start == 0:
        return None
    own = own_subjects(token, found)
    for child in token.doc[sent.start - 1].sent.root.children:
        if child.dep_ not in SUBJECT_DEPS or child.tag_ not in ("NNS", "NNPS"):
            continue
        heads = [child, *(o for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)]
        key = next((found.at(h) for h in heads if found.at(h) and found.actors[found.at(h)].type == "GROUP"), None)
        if key is not None and key not in own:
            return key
    return None


#: Plural words for those who act for a state: "Authorities in X arrested ... They also banned ...".
STATE_PLURALS = frozenset({"authorities", "officials", "troops", "soldiers", "forces", "police", "officers"})


def previous_subject(token: Token, found) -> str | None:
    """ "Authorities in Diffa arrested 14 people. They also banned ...": *they*, the subject that opens
    its sentence, is the subject of the sentence before when that is a plural word for those who act
    for a state or its forces, read as the state or body it names.

    >>> previous_subject.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'previous_subject'
    """
    sent = token.sent
    if token.lower_ != "they" or token.dep_ != "nsubj" or sent.start == 0 or token.head.dep_ != "ROOT" \
            or any(t.dep_ in SUBJECT_DEPS or t.pos_ in ("NOUN", "PROPN") for t in sent[:token.i - sent.start]):
        return None
    root = token.doc[sent.start - 1].sent.root
    told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]  # ("..., the governor said")
    for child in (c for v in (*told, root) for c in v.children):
        if child.dep_ == "nsubj" and child.lower_ in STATE_PLURALS and found.at(child) \
                and found.actors[found.at(child)].type in ("STATE", "GOVERNMENT", "MILITARY"):
            return found.at(child)
    return None


def first_conjunct(token: Token) -> Token:
    """The first of the words ``token`` is listed with ("rockets, drones and ammunition" -> rockets).

    >>> import spacy
    >>> doc = spacy.blank("en")("rockets and drones")
    >>> doc[2].head, doc[2].dep_ = doc[0], "conj"
    >>> first_conjunct(doc[2]).text
    'rockets'
    """
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token
