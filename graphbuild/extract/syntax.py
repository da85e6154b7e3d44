"""Dependency-parse helpers shared by the extractors: labels as constants, small pure functions.

>>> from graphbuild.extract.syntax import SUBJ
>>> "nsubj" in SUBJ
True
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Token

# dependency labels (ClearNLP, as spaCy's English models use them)
SUBJ = frozenset({"nsubj"})
PASS_SUBJ = frozenset({"nsubjpass"})
OBJ = frozenset({"dobj", "dative"})
AGENT = "agent"
PREP = "prep"
POBJ = "pobj"
POSS = "poss"
COMPOUND = "compound"
AMOD = "amod"
APPOS = "appos"
CONJ = "conj"
NEG = "neg"
AUX = frozenset({"aux", "auxpass"})
#: Clausal links through which a verb shares its subject with the verb it depends on.
CONTROL = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})  # acomp: "X is ready to go"
#: Tags of finite verbs (with a tense of their own).
FINITE = frozenset({"VBD", "VBZ", "VBP"})
#: Verbs that charge or credit someone "of"/"for" an act the someone did: "accused X of shelling".
CHARGING = frozenset({"accuse", "blame", "suspect", "charge", "convict", "condemn", "criticise", "criticize",
                      "praise", "thank", "acquit", "clear", "denounce"})
#: Those of them that charge someone "of" something; with no object, a headline's passive ("X accused of").
CHARGED_OF = frozenset({"accuse", "charge", "suspect"})
#: Participles that tell an attack's toll: "shelled a hospital, killing nine".
TOLL_VERBS = frozenset({"kill", "wound", "injure", "maim", "leave"})
#: Prepositions whose object is the one asked to act: "called on Rwanda to withdraw".
CONTROL_PREPS = frozenset({"on", "upon"})
#: Verbs with the preposition after which one is asked to act: "appealed to NATO to send troops".
APPEAL_PREPS = frozenset({("appeal", "to"), ("plead", "with"), ("look", "to"), ("turn", "to")})
#: Pronouns that open a relative clause as its subject: the clause's subject is the noun it modifies.
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom"})
#: Links climbed to find who reports or denies an event.
CLIMB = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "prep", "pobj",
                   "nsubj", "nsubjpass", "dobj", "parataxis", "compound", "appos", "attr", "oprd", "agent", "acomp"})

#: Prepositions that introduce the target of a directed event.
TARGET_PREPS = frozenset({"on", "against", "at", "upon", "into", "toward", "towards", "of"})
#: Prepositions that introduce a partner of a symmetric event.
PARTNER_PREPS = frozenset({"with", "between"})
#: Prepositions that introduce a place.
LOCATION_PREPS = frozenset({"in", "near", "across", "around", "outside", "inside", "over", "at", "throughout"})
#: Prepositions of circumstance: what they introduce happened before or around an event; it is
#: neither what is demanded or promised nor the event's other party.
CIRCUMSTANCE_PREPS = frozenset({"after", "following", "amid", "amidst", "despite", "since", "during", "because", "without"})
#: Links by which a preposition of circumstance hangs in a parse ("following" is often parsed as a verb).
CIRCUMSTANCE_DEPS = frozenset({"prep", "xcomp", "advcl", "acl", "pcomp"})
#: Nouns of "in the wake of", "in response to": the same.
CIRCUMSTANCE_NOUNS = frozenset({"wake", "aftermath", "response", "retaliation", "reprisal", "light"})
#: Nouns of help whose "of" phrase names the helper after "with": "with the help of the CIA" (but "in
#: support of X" supports X).
HELP_NOUNS = frozenset({"help", "assistance", "backing", "support"})
#: Phrases of the backing an act has: "in support of X", "with the help of X" (X is backed or backs,
#: no party the act is aimed at).
BACKING_PHRASES = frozenset({("with", noun) for noun in HELP_NOUNS} | {("in", "support")})
#: Quantity heads whose "of" phrase holds the real argument ("hundreds of civilians").
QUANTITY_HEADS = frozenset({"hundred", "hundreds", "dozen", "dozens", "thousand", "thousands", "score",
                            "scores", "number", "some", "many", "most", "all", "several", "million",
                            "millions", "group", "members", "member", "part", "rest", "handful"})
#: Heads whose "including"/"in"/"from" phrase lists the real actors ("countries including A and B").
COLLECTIVE_HEADS = frozenset({"country", "countries", "nation", "nations", "state", "states", "power",
                              "powers", "government", "governments", "party", "parties", "side", "sides",
                              "member", "members", "leader", "leaders", "official", "officials"})


def unique(keys) -> tuple[str, ...]:
    """Keys without blanks or repeats, in first-seen order.

    >>> unique(["a", None, "b", "a"])
    ('a', 'b')
    """
    return tuple(dict.fromkeys(k for k in keys if k))


def with_conjuncts(token: Token) -> list[Token]:
    """``token`` followed by the tokens coordinated with it, in text order.

    >>> import spacy
    >>> # with a parser: "Homs, Idlib and Aleppo" -> [Homs, Idlib, Aleppo]
    """
    return [token, *sorted(token.conjuncts, key=lambda t: t.i)]


def listed(token: Token) -> list[Token]:
    """``token`` and what is listed with it, also when the parser took the list's second item for an
    apposition: in "Mali, Burkina Faso and Niger", "Faso" hangs on "Mali" as an appos and "Niger" on
    "Faso" as a conjunct; all three are listed. An apposition with no conjunct is no list.

    >>> listed.__name__  # needs a parsed sentence; see tests/extract/test_syntax.py
    'listed'
    """
    items = with_conjuncts(token)
    for appos in (c for c in token.children if c.dep_ == APPOS and c.conjuncts and c.pos_ == "PROPN"):
        items += with_conjuncts(appos)
    return sorted(items, key=lambda t: t.i)


def phrase_head(token: Token, preps) -> Token | None:
    """The word a prepositional phrase hangs on when ``token`` is its object and its preposition is
    one of ``preps``: "placed under(prep) house arrest(pobj)" -> "placed"; None otherwise.

    >>> phrase_head.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'phrase_head'
    """
    return token.head.head if token.dep_ == POBJ and token.head.lower_ in preps else None


def gerund_as_noun(token: Token) -> bool:
    """Whether the tagger took a gerund for a noun on its object: the "bombing" of "denied bombing
    civilians" (a compound of "civilians").

    >>> gerund_as_noun.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'gerund_as_noun'
    """
    return token.dep_ == COMPOUND and token.tag_ == "NN" and token.lower_.endswith("ing")


#: Verbs that take an act as their object ("denied killing civilians", "admitted shelling the town").
ACT_OBJECT_VERBS = frozenset({"deny", "admit", "acknowledge", "confirm", "dispute", "reject"})


def gerund_as_adjective(token: Token) -> bool:
    """Whether the parser took a gerund for an adjective on its object: the "killing" of "denied
    killing civilians" (an ``amod`` of "civilians", the object of "denied").

    >>> gerund_as_adjective.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'gerund_as_adjective'
    """
    noun = token.head
    return token.dep_ == AMOD and token.tag_ == "VBG" and token.i == noun.left_edge.i and noun.dep_ == "dobj" \
        and noun.head.lemma_.lower() in ACT_OBJECT_VERBS


def relative_clause(verb: Token) -> Token | None:
    """The relative clause whose pronoun is the subject of ``verb``: the verb itself, or the one it
    is said in ("the M23, which UN experts say is backed by Rwanda": "say"); None when there is none.

    >>> relative_clause.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'relative_clause'
    """
    if verb.dep_ == "relcl":
        return verb
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and not any(
            c.lower_ in RELATIVE_PRONOUNS for c in verb.head.children if c.dep_ in SUBJ | PASS_SUBJ):
        return verb.head
    return None


#: Prepositions that say where someone in an apposition is: "X, an elder in Y".
WHERE_PREPS = frozenset({"in", "from", "near", "at"})
#: Entity labels of places: "who" never stands for one.
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def antecedent(subject: Token, verb: Token) -> Token:
    """The noun a relative pronoun subject of ``verb`` stands for ("Bashagha, who is backed by X":
    Bashagha; see :func:`relative_clause`); any other subject is itself.

    >>> antecedent.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'antecedent'
    """
    clause = relative_clause(verb) if subject.lower_ in RELATIVE_PRONOUNS else None
    if clause is None:
        return subject
    host = clause.head
    if subject.lower_ == "who" and host.dep_ == "pobj" and (host.ent_type_ in PLACE_ENTITIES or (
            host.head.lower_ in WHERE_PREPS and host.head.head.dep_ == APPOS)):
        host = host.head.head  # "X, a clan elder in Masagawa, who accused ...": no place is a "who"; the elder,
        host = host.head if host.dep_ == APPOS else host  # and the elder is X
    elif subject.lower_ == "which" and host.dep_ == "pobj" and host.ent_type_ == "PERSON" and host.head.lower_ == "of":
        host = host.head.head  # "the faction of X, which has besieged ...": no person is a "which"; the faction
    return host


def children(token: Token, deps) -> Iterator[Token]:
    """Children of ``token`` whose dependency label is in ``deps`` (a label or a set), in text order."""
    deps = {deps} if isinstance(deps, str) else deps
    return (c for c in token.children if c.dep_ in deps)


def prep_objects(token: Token, preps) -> Iterator[tuple[str, Token]]:
    """(preposition, object) pairs hanging off ``token``: "strikes on Syria" -> ("on", Syria)."""
    heads = list(children(token, {PREP, AGENT, "dative"}))  # "sent aid to(dative) X"
    # "with X, and with Y", "near X and in Y": a preposition the parser coordinated with the first
    heads += [c for p in heads for c in p.children if c.dep_ == "conj" and c.pos_ == "ADP"]
    for prep in heads:
        if prep.lower_ not in preps or prep.dep_ == "dative" and prep.pos_ != "ADP":
            continue
        for obj in children(prep, POBJ):
            yield prep.lower_, obj
        for pc in children(prep, "pcomp"):  # "because of", "out of"
            for obj in children(pc, POBJ):
                yield prep.lower_, obj
            for obj in children(pc, {"nsubj"}):  # "fired at farmers marching on X": the farmers
                if obj.i == prep.i + 1 or obj.left_edge.i == prep.i + 1:
                    yield prep.lower_, obj
        if not any(c.dep_ in (POBJ, "pcomp") for c in prep.children):
            yield from ((prep.lower_, obj) for obj in _stranded_object(prep))


def _stranded_object(prep: Token) -> list[Token]:
    """The object the parser took for the subject of a participle after a bare preposition:
    "granted asylum to(prep) five officers(nsubj) holed(advcl) up in ...": the officers."""
    doc = prep.doc
    nxt = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
    if nxt is None:
        return []
    head = next((t for t in [nxt, *nxt.ancestors] if t.left_edge.i == prep.i + 1 and t.dep_ in SUBJ), None)
    clause = head.head if head is not None else None
    if clause is not None and clause.tag_ in ("VBN", "VBG", "VBD") and clause.head.i == prep.head.i \
            and clause.dep_ in ("advcl", "ccomp", "conj") and not marked(clause):
        return [head]
    return []


def marked(clause: Token) -> bool:
    """Whether a clause opens with a marker ("after X accused it", "as police cracked down", "if").

    >>> # with a parser: the "accused" of "X struck after Y accused it" -> True
    """
    return any(c.dep_ == "mark" for c in clause.children)


def semicolon_before(clause: Token, verb: Token) -> bool:
    """Whether a semicolon stands between a clause and a verb after it that the parser hung it on:
    "X accused Y of ...; Y rejected the charge" are two clauses, not one said of the other.

    >>> import spacy
    >>> doc = spacy.blank("en")("X accused Y; Y rejected it")
    >>> semicolon_before(doc[1], doc[5]), semicolon_before(doc[5], doc[1])
    (True, False)
    """
    return clause.i < verb.i and any(t.text == ";" for t in clause.doc[clause.i:verb.i])


def that_clause(clause: Token) -> bool:
    """Whether a clause opens with "that" ("its demand that Israel ease ...", "said X, and that Y").

    >>> that_clause.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'that_clause'
    """
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def infinitival(clause: Token) -> bool:
    """Whether a clause is a bare to-infinitive ("to help defend X", "has sworn to fight").

    >>> # with a parser: the "help" of "agreed to help" -> True
    """
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and not marked(clause)


def circumstance(prep: Token) -> bool:
    """Whether a token is a preposition of circumstance: "after the raid", "in the wake of the raid".

    >>> # with a parser: the "after" of "agreed after the raid" -> True
    """
    if prep.lower_ in CIRCUMSTANCE_PREPS:  # also "following" parsed as a verb
        return prep.dep_ in CIRCUMSTANCE_DEPS
    return prep.dep_ == PREP and any(c.dep_ == POBJ and (c.lower_ in CIRCUMSTANCE_NOUNS or (
        prep.lower_, c.lemma_.lower()) in BACKING_PHRASES) for c in prep.children)


#: Verbs whose object is the means or the one called in, not whoever does their to-clause: "used tear gas
#: to disperse X", "summoned the envoy to protest".
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilise", "utilize", "summon"})  # "summoned X to protest": the summoner


def _asked(verb: Token) -> list[Token]:
    """Whom a verb asks to act through the preposition right after it: "called on Rwanda (to
    withdraw)", "appealed to NATO (to send troops)"; not a date ("called on Monday")."""
    return [o for p in verb.children if p.dep_ == PREP and p.i == verb.i + 1 and (
                p.lower_ in CONTROL_PREPS or (verb.lemma_.lower(), p.lower_) in APPEAL_PREPS)
            for o in p.children if o.dep_ == POBJ and o.ent_type_ not in ("DATE", "TIME")]


def second_addressees(verb: Token) -> list[Token]:
    """Who else a verb asks to act, where the parser hung the second addressee on the first one's
    task: "urged the authorities to open an inquiry and the AU to press Yaounde" -> the AU.

    >>> second_addressees.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'second_addressees'
    """
    return [c for task in verb.children if task.dep_ == "xcomp" for o in task.children if o.dep_ in OBJ
            for c in o.conjuncts if c.i > o.i and c.i + 2 < len(c.doc) and c.doc[c.i + 1].lower_ == "to"
            and c.doc[c.i + 2].head.i == task.i and c.doc[c.i + 2].pos_ in ("VERB", "AUX")]


def reciprocal(token: Token) -> bool:
    """Whether ``token`` heads "each other" or "one another".

    >>> import spacy
    >>> doc = spacy.blank("en")("each other")
    >>> doc[1].head = doc[1]; doc[0].head = doc[1]; doc[0].dep_ = "det"
    >>> reciprocal(doc[1])
    True
    """
    low = token.lower_
    return low == "other" and any(c.lower_ == "each" for c in token.children) or \
        low == "one" and any(c.lower_ == "another" for c in token.children)


#: Nouns of an intention "of" doing something: whoever has it would do it.
INTENT_NOUNS = frozenset({"intention", "plan", "aim", "desire", "interest", "hope", "goal"})


def charge_conjunct(verb: Token | None) -> bool:
    """Whether ``verb`` is a gerund the parser coordinated with a charge's verb though it goes on the
    charge: "accused the army of burning houses and firing on civilians" (``firing``).

    >>> charge_conjunct(None)
    False
    """
    return verb is not None and verb.tag_ == "VBG" and verb.dep_ == CONJ and verb.head.lemma_.lower() in CHARGED_OF \
        and not any(c.dep_ in SUBJ for c in verb.children) and any(c.dep_ in OBJ for c in verb.head.children) \
        and any(p.dep_ == PREP and p.lower_ == "of" and p.i < verb.i for h in (verb.head, *verb.head.children)
                if h.i == verb.head.i or h.dep_ in OBJ for p in h.children)  # (the "of" on the verb or its object)


def charge_breakaway(verb: Token | None) -> Token | None:
    """The charging verb a finite verb goes with though the parser coordinated it with the charge's
    gerund: "accused X of supplying drones and cut ties with Y" (``cut``: the accuser cut them).

    >>> charge_breakaway(None) is None
    True
    """
    if verb is None or verb.dep_ != CONJ or verb.tag_ not in FINITE | {"VB"} or verb.head.tag_ != "VBG":
        return None
    of = verb.head.head if verb.head.dep_ == "pcomp" else None
    charger = of.head if of is not None and of.lower_ == "of" else None
    return charger if charger is not None and charger.lemma_.lower() in CHARGING else None


#: Verbs of what an act left behind, told in a participle after it: "..., forcing thousands to flee".
AFTERMATH = TOLL_VERBS | {"force", "displace", "cut", "trap", "drive", "destroy", "block", "send", "spark", "prompt"}
#: Verbs that report what the clause before them tells ("..., the UN said, forcing ...").
SAYING = frozenset({"say", "tell", "report", "add", "state", "announce", "confirm"})


def misread_finite(verb: Token) -> bool:
    """Whether the parser hung a sentence's main verb on its subject noun as a participle: "a drone
    strike killed(acl) 11 civilians" (a participle right after its noun, with an object of its own).

    >>> misread_finite.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'misread_finite'
    """
    return verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBD") and verb.head.pos_ == "NOUN" and verb.head.dep_ != POBJ \
        and verb.i == verb.head.i + 1 and any(c.dep_ == "dobj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def clause_subject(verb: Token, light: Callable[[str], bool] | None = None) -> list[Token]:
    """The subject of ``verb``, borrowed through control and coordination when it has none.

    "Russia started ..., saying it wanted to help": ``help`` borrows from ``wanted``. With
    ``light`` (a test on verb lemmas), a light verb's object does not control its to-clause:
    in "farmers began a sit-in to protest", the farmers protest, not the sit-in.
    """
    seen = 0
    if verb is not None and verb.dep_ == "acl" and infinitival(verb) and not any(c.dep_ in SUBJ for c in verb.children):
        owner = [c for c in verb.head.children if c.dep_ == POSS] or [
            o for p in verb.head.children if p.dep_ == PREP and p.lower_ == "by" for o in p.children if o.dep_ == POBJ]
        if owner:  # "Russia's decision to withdraw", "the decision by Hungary to block": theirs to do
            return owner
    if verb is not None and comma_participle(verb) and verb.dep_ in ("xcomp", "advcl"):
        told = [c for c in verb.head.children if c.dep_ == "parataxis" and c.i < verb.i]
        subjects = [s for t in told for s in t.children if s.dep_ in SUBJ]
        if subjects:  # "X did Y, the UN said, calling the move a violation": the UN calls it so
            return subjects
        charger = verb.head.head if verb.head.pos_ == "NOUN" and verb.head.dep_ == "advcl" else verb.head
        # (or the parser hung the participle on the charge's noun, made a clause of its own: "accused X of
        # firing mortar rounds(advcl) into the market, killing three")
        accused = [c for c in charger.children if c.dep_ in OBJ] if charger.lemma_.lower() in CHARGED_OF \
            and verb.lemma_.lower() in TOLL_VERBS and any(p.dep_ == PREP and p.lower_ == "of" and p.i < verb.i
                                                          for p in charger.children) else []
        if accused:  # "accused X of shelling a hospital, killing nine": the charge goes on, the killing is X's
            return accused
        agents = [o for p in verb.head.children if p.dep_ == AGENT for o in p.children if o.dep_ == POBJ]
        if agents:  # "a market was shelled by Russian forces, killing seven": the forces kill
            return agents
        said = verb.head
        reported = [c for c in said.children if c.dep_ == "ccomp" and c.i < said.i] + (
            [said.head] if said.dep_ == "conj" and said.head.i < said.i else []) \
            if said.lemma_.lower() in SAYING and verb.lemma_.lower() in AFTERMATH \
            and any(c.dep_ in SUBJ for c in said.children) else []  # (but "..., she said, urging X to": hers)
        if reported:  # "Gunmen killed 38 people, the UN said, forcing thousands to flee": the gunmen force them
            return clause_subject(reported[0], light)
    backer = verb.head.head if verb is not None and verb.dep_ == "acl" and verb.head.dep_ == POBJ else None
    if backer is not None and backer.dep_ == AGENT and backer.head.dep_ == "acl" and backer.head.tag_ == "VBN" \
            and any(c.dep_ in OBJ for c in verb.children):
        # "troops backed by helicopters killed nine militants, the army said": the parser hung the main
        # verb, object and all, on the backer; the noun the first participle describes did it
        return [backer.head.head]
    if misread_finite(verb):  # "Houthi shelling and a drone strike killed(acl) 11 civilians": the strike and the
        return [verb.head, *([verb.head.head] if verb.head.dep_ == "conj" else [])]  # shelling killed them
    if charge_conjunct(verb):  # "accused the army of burning houses and firing on civilians": the army fires
        return [c for c in verb.head.children if c.dep_ in OBJ]
    if (charger := charge_breakaway(verb)) is not None:  # "accused X of supplying drones and cut ties": the accuser
        return clause_subject(charger, light)
    while verb is not None and seen < 8:
        # the verb's own subject; above it, a passive subject too ("Ethiopia is set to hold talks")
        subj = [c for c in verb.children if c.dep_ in SUBJ or seen and c.dep_ in PASS_SUBJ]
        if subj and all(s.lower_ in RELATIVE_PRONOUNS for s in subj) and relative_clause(verb) is not None:
            return [antecedent(subj[0], verb)]  # "Oman, which has mediated ...": Oman mediated
        if len(subj) > 1 and all(s.dep_ == "nsubj" and s.i < verb.i for s in subj):
            # two subjects are a misparse: "killed 38 people, most of them women, the ministry said": the nearest,
            # unless it is an indefinite description of the first ("Members of X, a body linked to Y, investigated")
            near = max(subj, key=lambda s: s.i)
            before = near.doc[near.i - 1] if near.i else near
            reduced = near.pos_ == "PRON" and before.pos_ in ("NOUN", "PROPN") and any(
                before in s.subtree for s in subj if s.i != near.i)
            # ("soldiers and fighters it believed to be Russian had executed 29 men": "it" opens a relative
            # clause on the noun before it; the soldiers executed them)
            first = subj[0]  # (children come in text order)
            listed_before = first.i + 1 < near.left_edge.i and near.doc[first.i + 1].text == "," \
                and any(c.dep_ == "cc" and c.lower_ == "and" for x in near.subtree for c in x.children)
            # ("Congo, the United States and UN experts accuse X": a list the parser split in two subjects)
            listed_before = listed_before or first.sent.start == 0 and first.pos_ == near.pos_ == "PROPN" \
                and first.i + 2 == near.left_edge.i and near.doc[first.i + 1].text == ","
            # (a headline's "Tanzania, Mozambique agree joint patrols": two names, no "and")
            subj = [first] if reduced or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in near.children) \
                else [first, near] if listed_before else [near]
        if subj:
            return [_participle_subject(s) for s in subj]
        if verb.dep_ == "advcl" and verb.head.i != verb.i and infinitival(verb):
            # "called on the Council to impose ...", the parser taking the to-clause for one of purpose
            objects = _asked(verb.head)
            if objects:
                return objects
        if verb.dep_ == "xcomp" and verb.head.i != verb.i and not (light and light(verb.head.lemma_.lower())) \
                and verb.head.lemma_.lower() not in INSTRUMENT_VERBS:  # "used tear gas to disperse": the users
            objects = [c for c in verb.head.children if c.dep_ in OBJ and c.i < verb.i] or _asked(verb.head)
            # (the one told sits before the to-clause: "pledged to stop kidnapping, a demand of X" is no order)
            if objects:  # object control: "persuaded the allies to join" -> the allies join
                return objects
        if verb.dep_ == "advcl" and verb.tag_ in FINITE and verb.head.tag_ in ("VBN", "VBD") and verb.head.i < verb.i \
                and not marked(verb) and not any(c.dep_ in AUX or c.dep_ in OBJ for c in verb.head.children):
            # "Jihadists linked to al-Qaeda killed 50 soldiers": the parser made the participle the
            # main verb; with no auxiliary or object it only describes its "subject", who did the
            # unmarked finite verb
            return [s for s in verb.head.children if s.dep_ in SUBJ]
        told = [o for o in verb.head.children if o.dep_ == "dobj" and o.pos_ in ("NOUN", "PROPN") and o.i < verb.i] \
            if verb.dep_ == "advcl" and verb.tag_ in FINITE and verb.head.lemma_.lower() in SAYING \
            and not any(c.dep_ == "ccomp" for c in verb.head.children) else []
        if told:  # "the army said troops(dobj) of X, the task force in Y, clashed(advcl) with ...": the
            return told  # parser took the told clause's subject for what was said
        if verb.dep_ == "advcl" and verb.tag_ in FINITE:
            return []  # a finite clause with no subject is a parse gone wrong, not control ("..., killing five" is)
        if verb.dep_ == "conj" and verb.tag_ in FINITE and (said_of := _subordinated_subject(verb)) is not None:
            return [said_of]
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VB" and verb.head.dep_ == "relcl" \
                and (above := next((a for a in verb.head.head.ancestors if a.pos_ == "VERB"), None)) is not None:
            # "accused X of abuses that may amount to crimes, and called for an inquiry": a past tense is
            # no conjunct of a relative clause's bare verb; it shares the subject of the verb above the clause
            verb = above
            seen += 1
            continue
        if verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VB" and verb.head.head.i != verb.head.i \
                and verb.head.dep_ in ("xcomp", "ccomp"):
            # "urged the group to stop the attacks and called for talks", "said the strikes may amount to
            # crimes and called for an inquiry": a past tense is no conjunct of a bare verb; it shares the
            # subject of the verb that verb hangs on
            verb = verb.head.head
            seen += 1
            continue
        if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ in ("VB", "VBP") \
                and verb.head.dep_ in ("xcomp", "ccomp") and verb.head.head.tag_ == "VBG":
            # "marched, demanding that the troops leave and calling on the AU to ...": a gerund is no
            # conjunct of a bare verb; it goes with the gerund that verb hangs on
            verb = verb.head.head
            if comma_participle(verb):  # (whose subject is read as that of any participle after a comma)
                return clause_subject(verb, light)
            seen += 1
            continue
        if verb.dep_ == "conj" and verb.tag_ in FINITE and verb.head.tag_ == "VBG":
            # "accused X of plotting a coup and expelled ...": a finite verb is no conjunct of the
            # gerund; it shares the subject of the finite verb above the gerund
            above = next((a for a in verb.head.ancestors if a.tag_ in FINITE or a.tag_ == "VBN" and any(
                c.dep_ == "aux" for c in a.children)), None)  # ("had shot fleeing villagers and burned ...": shot)
            return clause_subject(above, light) if above is not None else []
        if verb.dep_ in CONTROL and verb.head.i != verb.i:
            if verb.dep_ == "pcomp" and verb.head.lower_ == "as":
                return []  # "closed the border as fighting spread": the parser's gerund, no act of the closer's
            if verb.dep_ == "pcomp" and verb.head.lower_ in ("in", "during") and any(
                    c.dep_ in PASS_SUBJ for c in verb.head.head.children):
                return []  # "civilians were killed in shelling": those who underwent it did no shelling
            verb = verb.head
            if verb.dep_ == PREP and verb.head.i != verb.i:  # "attacked ... by striking": pcomp of "by"
                if verb.lower_ in ("of", "from", "for", "against") or verb.lower_ == "with" \
                        and verb.head.lemma_.lower() in CHARGING:  # "accused India of violating": India did it
                    # ("charged two men with planning attacks": the men planned them)
                    # ("warned Israel against launching an offensive": Israel would launch it)
                    objects = [verb.head.head if c.lower_ in RELATIVE_PRONOUNS and verb.head.dep_ == "relcl" else c
                               for c in verb.head.children if c.dep_ in OBJ]  # ("Rwanda, which X accuses of")
                    if not objects and verb.head.lemma_.lower() in CHARGING and gapped_object(verb.head):
                        objects = [verb.head.head]  # ("commanders it accused of ordering attacks": theirs)
                    if objects:
                        return objects
                    noun = verb.head
                    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
                        noun = noun.head  # ("accused X and its allies of ...": on the last of the accused)
                    if noun.dep_ in OBJ and noun.pos_ in ("NOUN", "PROPN") and noun.head.lemma_.lower() in CHARGING:
                        return [noun]  # the parser hung "of executing" on the object of "accused X of ..."
                    charge = noun.head.head if noun.dep_ == POBJ and noun.head.dep_ == AGENT else None
                    if charge is not None and charge.lemma_.lower() in CHARGING:
                        # ... or on its agent: "X were accused by Y of executing": X did it
                        return [c for c in charge.children if c.dep_ in PASS_SUBJ]
                    if verb.lower_ == "of" and noun.lemma_.lower() in INTENT_NOUNS and noun.dep_ in OBJ:
                        return clause_subject(noun.head, light)  # "X has no intention of annexing": X's
                verb = verb.head
            seen += 1
            continue
        if _verb_of_a_verbless_root(verb):
            # "X's president, who has mediated between the two countries, called for ...": the parser
            # made the subject the root and hung the verb on the relative clause's last noun
            return [verb.sent.root]
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN") and not that_clause(verb):
            return [verb.head]  # (not "a likelihood that the hospital had been hit": what the noun says)
        return []
    return []


#: Conjunctions the parser takes for prepositions before a clause's subject ("as Ukraine strikes").
SUBORDINATORS = frozenset({"as", "while", "after", "before", "since", "until"})


def _subordinated_subject(verb: Token) -> Token | None:
    """The subject of a finite verb the parser made a conjunct after a subordinator it read as a
    preposition: in "drones kill nine as Ukraine strikes a refinery" Ukraine strikes, not the drones.

    >>> import spacy
    >>> _subordinated_subject(spacy.blank("en")("Rain fell")[1]) is None
    True
    """
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != POBJ or before.pos_ not in ("PROPN", "NOUN") \
            or before.head.lower_ not in SUBORDINATORS or before.head.head.i != verb.head.i:
        return None
    return before


def _verb_of_a_verbless_root(verb: Token) -> bool:
    """Whether ``verb`` is the main verb of a sentence whose root the parser made its subject noun:
    an "acl" right after the comma that closes a relative clause or apposition on that root, or one
    with an object hung on the noun of the root's prepositional phrase ("Armed men on motorcycles
    killed 40 villagers": killed on "motorcycles")."""
    root = verb.sent.root
    if verb.dep_ != "acl" or root.pos_ not in ("NOUN", "PROPN") or root.i >= verb.i:
        return False
    if verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return any(a.dep_ in ("relcl", "appos") and a.head.i == root.i for a in verb.ancestors)
    noun = verb.head
    return verb.tag_ in ("VBD", "VBN") and any(c.dep_ in OBJ for c in verb.children) and not any(
        c.dep_ in AUX for c in verb.children) and noun.dep_ == POBJ and noun.head.dep_ == PREP \
        and noun.head.head.i == root.i


def charged(verb: Token) -> bool:
    """Whether ``verb`` is a charge written as a headline's passive, with no object: "RSF accused of
    killing villagers" (RSF is accused, by someone the headline does not name).

    >>> charged.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'charged'
    """
    return verb.lemma_.lower() in CHARGED_OF and not any(c.dep_ in OBJ or c.dep_ == "dative" for c in verb.children) \
        and any(c.dep_ == PREP and c.lower_ == "of" for c in verb.children) and not gapped_object(verb)


def gapped_object(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause with a subject of its own and no relative pronoun, so
    the noun it modifies is its object: "the commanders it accused", "the soldiers Kyiv captured".

    >>> gapped_object.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'gapped_object'
    """
    return verb.dep_ == "relcl" and any(c.dep_ in SUBJ and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children) \
        and not any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children)


def _participle_subject(subject: Token) -> Token:
    """The noun a participle taken for the subject modifies: in "the agency operating in Gaza
    said", the parser may make "operating" the subject of "said" and "agency" its own subject."""
    if subject.tag_ in ("VBG", "VBN"):
        inner = [c for c in subject.children if c.dep_ in SUBJ and c.pos_ in ("NOUN", "PROPN")]
        if inner:
            return inner[0]
    return subject


def governors(token: Token, limit: int = 12) -> Iterator[Token]:
    """The chain of heads above ``token`` through clausal and nominal links, nearest first."""
    seen = 0
    while (token.dep_ in CLIMB or gerund_as_adjective(token)) and token.head.i != token.i and seen < limit:
        token = token.head
        seen += 1
        yield token


def comma_participle(verb: Token) -> bool:
    """Whether a participle follows a comma ("..., accusing them of", "..., the UN said, calling the
    move a violation"): a clause of its subject's own, not what the verb before it governs.

    >>> import spacy
    >>> doc = spacy.blank("en")("It left, accusing them")
    >>> doc[3].tag_ = "VBG"; doc[3].dep_ = "advcl"
    >>> comma_participle(doc[3]), comma_participle(doc[1])
    (True, False)
    """
    return verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl") and verb.i > 0 and verb.doc[verb.i - 1].text == ","

