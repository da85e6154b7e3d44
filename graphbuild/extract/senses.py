"""Which event a trigger word names: its sense from the lexicons, read in context.

:func:`verb_sense` and :func:`noun_sense` look a trigger up in ``data/verbs.csv`` and
``data/phrases.csv`` (two-word nouns, verb + particle or object, "re-" verbs, weapons
delivered, a protest that takes a clause); :func:`allowance` tells a political concession from a
retreat. The words around a trigger that make it something else ("workers strike", "the
earthquake struck") are read in :mod:`graphbuild.extract.vetoes`.

>>> gerund_stems("shelling")[0]
'shell'
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from graphbuild.extract.arms import DETONATE, WEAPON_VERBS, weapons
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.syntax import AMOD, COMPOUND, OBJ, PASS_SUBJ, QUANTITY_HEADS, children, prep_objects
from graphbuild.nlp.lemmas import inflection_stems

#: Heads that take their event from a compound: "a mediation mission", "a bombing campaign".
GENERIC_HEADS = frozenset({"mission", "effort", "campaign", "operation", "bid", "drive", "initiative", "package",
                           "round", "raft", "batch"})
#: A verbal complaint: what a "verbal-with-clause" trigger codes to when it takes a clause
#: ("Greece protested that Turkish jets had entered its airspace"; PLOVER PROTEST is a street act).
VERBAL_COMPLAINT = Sense("ACCUSE", "disapprove", "111", None)
#: Verbs of a fight, which between a crowd and the police is a riot (PLOVER PROTEST, CAMEO 145).
CLASHES = frozenset({"clash", "scuffle", "brawl"})
RIOT = Sense("PROTEST", "riot", "145", None)
#: Who polices a crowd: the state, its bodies and its forces.
POLICING = frozenset({"STATE", "GOVERNMENT", "MILITARY"})


def crowd_clash(sense: Sense, token, sources: list[str], targets: list[str], found):
    """A clash between a population (protesters, students, residents) and the state's forces is the
    crowd's riot against the state, not an armed attack: (sense, sources, targets), else None.
    "Students clashed with police" and "Police clashed with students" are both the students' protest.

    >>> crowd_clash(VERBAL_COMPLAINT, None, [], [], None) is None
    True
    """
    if sense.event_type != "ASSAULT" or token.lemma_.lower() not in CLASHES or not sources or not targets:
        return None
    kinds_of = lambda keys: {found.actors[k].type for k in keys}  # noqa: E731
    if kinds_of(sources) == {"GROUP"} and kinds_of(targets) <= POLICING:
        return RIOT, sources, targets
    if kinds_of(targets) == {"GROUP"} and kinds_of(sources) <= POLICING:
        return RIOT, targets, sources
    return None


#: What protesters call off or suspend: ending it yields (CAMEO 08, PLOVER CONCEDE).
PROTESTS = frozenset({"strike", "boycott", "protest", "demonstration", "sit-in", "march", "blockade"})
#: Event types whose phrases move what a moving verb moves: "troops were sent" (by someone), not at them.
MOVED = frozenset({"MOBILIZE", "AID"})
#: Yielding, with no kind said (CAMEO 08, PLOVER CONCEDE): a protest called off, demands agreed to.
YIELDED = Sense("CONCEDE", None, "08", None)
#: Forces sent to help ("deployed troops to help with the rescue"): humanitarian aid (PLOVER AID, CAMEO 073).
HELP = Sense("AID", "humanitarian", "073", "moves-object")
#: Holding someone responsible for an act blames them for it (CAMEO 112).
HELD_RESPONSIBLE = Sense("ACCUSE", "disapprove", "112", None)
#: Holding someone responsible for any act to come warns them (PLOVER THREATEN, CAMEO 130).
WARNED_RESPONSIBLE = Sense("THREATEN", None, "130", None)
#: A weapon tested ("test-fired a missile"): a show of force (PLOVER MOBILIZE, CAMEO 152).
WEAPON_TEST = Sense("MOBILIZE", "alert", "152", None)
#: Verbs that tell a result when something is left "without" a necessity: "left 5,000 homes without power".
RESULT_VERBS = frozenset({"leave"})
DEPRIVED = frozenset({"power", "electricity", "water", "food", "shelter", "heat", "heating", "light", "fuel",
                      "internet", "medicine", "care", "access", "home", "homes", "aid", "supplies"})
#: Allowing a person something (to stand, to rally, to return) eases political restrictions
#: (CAMEO 081, PLOVER CONCEDE); allowing access or deliveries is a retreat (CAMEO 086).
POLITICAL_ALLOWANCE = Sense("CONCEDE", "ease", "081", None)


#: Places a force takes when it captures them: "took the town", "will take El Fasher" (named places too).
CAPTURABLE = frozenset({"town", "city", "village", "base", "airport", "port", "district", "hill", "camp",
                        "capital", "airfield", "bridge", "garrison", "outpost", "stronghold", "crossing"})
#: Prepositions after "take X" that make it no capture: "took Kenya to court", "took Kyiv by surprise".
NOT_CAPTURED = frozenset({"to", "by", "into", "for", "as", "off", "over", "out", "up", "part", "on", "around",
                          "through", "with", "back", "away", "from"})
CAPTURE = Sense("ASSAULT", "occupy", "192", None)
#: Verbs of telling someone to go, and the envoys whom a state sends away so: an expulsion (CAMEO 166).
ORDERING = frozenset({"order", "tell", "give", "ask", "instruct", "direct"})
ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "attache", "attaché", "chargé", "charge", "consul"})
EXPULSION = Sense("SANCTION", "expel", "166", None)


#: Agreeing to demands yields to them (:data:`YIELDED`), rather than agreeing anything new.
GIVING_IN = frozenset({"agree", "accede", "consent", "submit", "yield", "bow"})
DEMANDS = frozenset({"demand", "condition", "ultimatum", "pressure"})


def _sent_away(leave: Token) -> bool:
    """Whether "leave" is what an envoy is ordered to do ("ordered the ambassador to leave")."""
    head = leave.head
    return head.lemma_.lower() in ORDERING and any(o.lemma_.lower() in ENVOYS for o in children(head, OBJ))


def gerund_stems(word: str) -> list[str]:
    """Verb stems a gerund may come from: "shelling" -> shell, "making" -> make, "hitting" -> hit.

    >>> gerund_stems("downing")
    ['down', 'downe']
    """
    return inflection_stems(word) if word.endswith("ing") and len(word) >= 6 else []


def noun_sense(token: Token, lexicon: Lexicon) -> Sense | None:
    """The event a noun names: a two-word noun first ("hunger strike", "on strike"), then the noun, a gerund's
    verb ("the downing of"), a generic head's compound ("a mediation mission"); no plural of a
    "singular-only" noun, no weapon-use noun without a weapon.

    >>> noun_sense.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'noun_sense'
    """
    doc = token.doc
    if token.i > 1 and doc[token.i - 1].text == "-" and token.dep_ not in (COMPOUND, AMOD) and any(
            c.i == token.i - 2 and c.dep_ == COMPOUND for c in token.children):
        hyphenated = lexicon.noun(f"{doc[token.i - 2].lower_}-{token.lower_}")  # "a sit-in", split "sit - in"
        if hyphenated is not None:
            return hyphenated
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not (
            token.dep_ == COMPOUND and token.head.i == token.i + 2):  # the parser made "sit" the head
        hyphenated = lexicon.noun(f"{token.lower_}-{doc[token.i + 2].lower_}")
        if hyphenated is not None:
            return hyphenated
    if token.pos_ not in ("NOUN", "PROPN"):
        return None
    sense = None
    for c in token.children:  # two-word nouns first: "hunger strike", "car bomb", "air strike"
        if c.dep_ in (COMPOUND, AMOD) and c.i == token.i - 1:
            sense = lexicon.noun(f"{c.lower_} {token.lemma_.lower()}") or lexicon.noun(f"{c.lower_} {token.lower_}")
    for prep in children(token, {"prep"}):  # "a state of emergency": a noun named with its "of" phrase
        if prep.lower_ == "of" and sense is None:
            sense = next((lexicon.noun(f"{token.lower_} of {o.lower_}") for o in children(prep, {"pobj"})
                          if lexicon.noun(f"{token.lower_} of {o.lower_}")), None)
    if sense is None and token.dep_ == "pobj" and token.head.i == token.i - 1:  # "went on strike": a walkout
        sense = lexicon.noun(f"{token.head.lower_} {token.lower_}")
    sense = sense or lexicon.noun(token.lemma_.lower()) or lexicon.noun(token.lower_)
    if sense is not None and sense.noted("singular-only") and token.tag_ in ("NNS", "NNPS"):
        return None  # "Israel expanded settlements": colonies, not agreements
    if sense is None:  # a gerund names its verb's event: "the downing of its warplane"
        sense = next((lexicon.verb(s) for s in gerund_stems(token.lower_) if lexicon.verb(s)), None)
    if sense is None and token.lemma_.lower() in GENERIC_HEADS and token.pos_ == "NOUN" and not token.is_title \
            and token.dep_ not in ("nsubj", "nsubjpass"):  # "the UN support mission called for": a body
        # "a mediation mission between A and B"; not "the UN Assistance Mission", a name
        sense = next((lexicon.noun(c.lemma_.lower()) for c in token.children  # (a capital names a body:
                      if c.dep_ == COMPOUND and not c.is_title and lexicon.noun(c.lemma_.lower())), None)
        # "the Multinational Security Support mission")
    if sense is not None and sense.noted("weapon-use"):
        objs = [obj for prep, obj in prep_objects(token, {"of"})]
        if not any(weapons(o, lexicon) for o in objs):
            return None
    return sense


def verb_sense(token: Token, lexicon: Lexicon) -> tuple[Sense | None, str, str | None]:
    """The verb's sense, how it was found, and the preposition of a verb+preposition phrase
    ("clash with": the one it names is the target).

    >>> verb_sense.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'verb_sense'
    """
    if token.pos_ != "VERB":
        return None, "", None
    lemma = token.lemma_.lower()
    if lemma in ORDERING and any(c.dep_ == "xcomp" and c.lemma_.lower() == "leave" for c in token.children) and any(
            o.lemma_.lower() in ENVOYS for o in children(token, OBJ)):
        return EXPULSION, "phrase", None  # "ordered the French ambassador to leave": an expulsion
    if lemma == "leave" and token.dep_ == "xcomp" and _sent_away(token):
        return None, "", None  # (the envoy ordered out withdraws nothing of its own accord)
    if lemma in GIVING_IN and any(o.lemma_.lower() in DEMANDS for _p, o in prep_objects(token, {"to"})):
        return YIELDED, "phrase", "to"  # "agreed to the demands of the AU", "acceded to their demands"
    if any(c.dep_ == "prep" and lexicon.is_light_verb(f"{lemma} {c.lower_}") and any(
            noun_sense(o, lexicon) for o in c.children if o.dep_ == "pobj") for c in token.children):
        return None, "", None  # "returned to talks", "went on strike": the noun names the event
    if lemma == "take" and not any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in NOT_CAPTURED and not any(
            o.ent_type_ in ("DATE", "TIME") for o in c.children)  # (but "took Goma on Sunday")
            or c.dep_ in ("xcomp", "oprd", "ccomp") for c in token.children) and any(
            o.pos_ == "PROPN" or o.lemma_.lower() in CAPTURABLE for o in children(token, {"dobj"})):
        return CAPTURE, "phrase", None  # "rebels took Goma", "vowed his forces would take the city"
    if lemma == "close" and any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children):
        return None, "", None  # "rebels closed in on the town": an advance, no closure
    helping = _helping_purpose(token)
    if token.i > 1 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ == "test":
        return WEAPON_TEST, "phrase", None  # "test-fired a missile": a show of force, no attack
    if token.i > 1 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 2].whitespace_ and (
            token.doc[token.i - 2].like_num or token.doc[token.i - 2].lower_ in HYPHEN_ADJECTIVE_HEADS):
        return None, "", None  # "one-sided", "so-called", "self-declared": an adjective, no act
    if allied_with(token):
        return None, "", None  # "X is allied with Y": a standing alliance (relations.py), no act
    if lemma in MANDATIVE and any(c.dep_ == "ccomp" and c.tag_ == "VB" and any(m.dep_ == "mark" for m in c.children)
                                  and not any(a.dep_ == "aux" for a in c.children) for c in token.children):
        return MANDATE, "phrase", None  # "insisted that Armenia change its constitution": a demand
    for c in token.children:
        if c.dep_ in ("prt", "dobj", "prep", "oprd", "nsubjpass") or c.dep_ == "advmod" and c.lower_ in PARTICLES \
                or c.dep_ == "xcomp" and c.pos_ in ("NOUN", "ADJ"):
            # oprd: "called the strike a massacre"; a particle tagged as an adverb: "sent them back";
            # a passive subject: "troops were sent", "a deal was struck"; a noun as xcomp: "took X hostage"
            if c.dep_ == "prep" and c.lower_ != "until" and any(o.ent_type_ in ("DATE", "TIME") for o in c.children):
                continue  # "called X on Friday" is no "call on" (but "gave X until Friday to" is a deadline)
            if c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" for o in c.children):
                continue  # "gave $20 million in aid" is no "give in"
            if c.dep_ == "prep" and c.lower_ in COMPANY and any(o.dep_ == "dobj" for o in token.children):
                continue  # "fought the ADF alongside Congolese troops": the fight is on its object
            if c.dep_ == "prep" and lemma in WEAPON_VERBS and any(weapons(o, lexicon) for o in children(token, OBJ)):
                continue  # "fired dozens of rockets at X": the weapon says how, not "fire at"
            sense = lexicon.phrase(lemma, c.lemma_.lower())
            if sense is None and c.dep_ == "prep" and c.lower_ == "as":  # "designated X as a terrorist group":
                sense = next((lexicon.phrase(lemma, o.lemma_.lower()) for o in c.children if o.dep_ == "pobj"), None)
                if sense is not None:  # the phrase is designate + group, aimed at its object
                    return sense, "phrase", None
            if sense is None and c.dep_ == "dobj" and c.lemma_.lower() in GENERIC_HEADS | QUANTITY_HEADS:
                # "ended its mediation efforts": the phrase is end + mediation
                # ("approved a package of sanctions": approve + sanction; "sent large numbers of troops")
                sense = next((lexicon.phrase(lemma, m.lemma_.lower()) for m in [*children(c, COMPOUND), *(
                    o for _p, o in prep_objects(c, {"of"}))] if lexicon.phrase(lemma, m.lemma_.lower())), None)
            if sense is not None and c.dep_ == "prt" and sense.mode == "occupy" and not any(
                    o.dep_ in OBJ for o in token.children):
                return None, "", None  # "until a new government takes over": no seizure of anything
            if sense is not None and _ends_protest(token, sense):
                return YIELDED, "phrase", None  # "called off its strike": a concession
            if sense is not None and c.dep_ == "dobj" and _modified_away(c, lexicon):
                return None, "", None  # "launched a 48-hour strike": the noun names a walkout, no attack
            if sense is not None and helping and sense.event_type == "MOBILIZE":
                return HELP, "phrase", None  # "sent troops to help with the rescue": aid, no show of force
            if sense is not None and sense.mode == "return" and _relief_given(token):
                return HELP, "phrase", "to"  # "handed over 700 kg of medicine to the Red Crescent": aid
            if sense is not None:
                own = lexicon.verb(lemma)
                if own is not None and own.noted("moves-object") and sense.event_type in MOVED and not sense.noted(
                        "moves-object"):
                    sense = replace(sense, note=f"{sense.note or ''} moves-object".strip())  # "troops were sent"
                if own is not None and own.noted("stative") and not sense.noted("stative"):
                    sense = replace(sense, note=f"{sense.note or ''} stative".strip())  # "X is aligned with Y"
                return sense, "phrase", c.lower_ if c.dep_ == "prep" else None
    if token.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "nsubj" and c.lower_ not in ("who", "which", "that") for c in token.children) \
            or token.dep_ == "acl" and token.tag_ == "VBN" and not (  # "sanctions imposed on X"
                lexicon.verb(lemma) is not None and lexicon.verb(lemma).mode == "mediate"):  # not "brokered by"
        sense = lexicon.phrase(lemma, token.head.lemma_.lower())  # "the sanctions it had imposed"
        if sense is not None:
            return sense, "phrase", None
    if lemma in WEAPON_VERBS and helping:  # "used boats and helicopters to rescue residents": no attack
        own = lexicon.verb(lemma)
        return (HELP, "verb", None) if own is not None and own.event_type == "MOBILIZE" else (None, "", None)
    aimed = lemma in SENDING and any(c.dep_ == "prep" and c.lower_ in AIMED_DIRECTIONS for c in token.children)
    if lemma in WEAPON_VERBS or aimed:  # "dropped cluster munitions on X": delivering a weapon is an attack
        # (and so is sending one "into", "across" or "at" a place: "sent drones into Ukraine"; sent "to" X, it is aid)
        for obj in children(token, OBJ):
            named = weapons(obj, lexicon)
            if named:  # a bomb set off, not dropped, is an explosive
                head = next((t for t in obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
                             if t.lower_ == named[0].split()[-1]), None)  # (where weapons() found it)
                phrased = lexicon.phrase(lemma, head.lemma_.lower()) if head is not None else None  # fire + rocket
                if phrased is not None and lemma not in DETONATE:
                    return phrased, "phrase", None
                mode = "explosives" if lemma in DETONATE else lexicon.weapon_mode(named[0])
                return Sense("ASSAULT", mode, "19", None), "phrase", None
    sense = lexicon.verb(lemma)
    if lemma == "hold" and any(c.lower_ in ("responsible", "accountable") for c in token.children):
        held = [token, *(c for c in token.children if c.lower_ in ("responsible", "accountable"))]
        if any(c.lower_ == "any" for h in held for _p, o in prep_objects(h, {"for"}) for c in o.children
               if c.dep_ == "det"):
            return WARNED_RESPONSIBLE, "phrase", None  # "would hold Beirut responsible for any attack": a warning
        return HELD_RESPONSIBLE, "phrase", None  # "held al-Shabaab responsible for the attack"
    if lemma == "arm" and not any(c.dep_ == "dobj" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "with" for c in token.children):
        return None, "", None  # "robbers armed with an axe": how they were, no one armed them
    if lemma in RESULT_VERBS and any(o.lemma_.lower() in DEPRIVED for _p, o in prep_objects(token, {"without"})):
        return None, "", None  # "leaving thousands of homes without power": a result (not "left without a fight")
    if sense is not None and _ends_protest(token, sense):
        return YIELDED, "verb", None  # "suspended their strike"
    if sense is not None and sense.noted("named-object") and not _named_object(token):
        return None, "", None  # "called Netanyahu" is a phone call; "called elections", "a group called X" are not
    if sense is not None and sense.noted("verbal-with-clause") and (any(
            c.dep_ == "ccomp" or c.dep_ == "dobj" and _stated(token) for c in token.children) or _told_after(token)):
        return VERBAL_COMPLAINT, "verb", None  # "protested that ...", "Beijing protested the decision"
    if sense is not None and helping and sense.event_type == "MOBILIZE":
        return HELP, "verb", None  # "deployed 600 troops to help with the rescue": aid, no show of force
    if sense is not None and sense.noted("weapon-use"):  # "used force" attacks, "techniques used" do not
        used = list(children(token, OBJ | PASS_SUBJ)) + ([token.head] if token.dep_ == "acl" else [])
        if not any(weapons(u, lexicon) for u in used):
            return None, "", None
    return sense, "verb", None


#: First parts of hyphenated adjectives made with a participle ("so-called", "self-declared", "ill-fated").
HYPHEN_ADJECTIVE_HEADS = frozenset({"so", "self", "well", "ill", "half", "much", "long", "short", "hard", "little"})
#: Verbs of a purpose that makes what serves it help: "used boats to rescue", "sent troops to help".
HELPING = frozenset({"help", "assist", "rescue", "evacuate", "deliver", "distribute", "feed", "treat", "search"})


#: Words for those sent to help: "deployed rescue teams", "sent medics".
HELPERS = frozenset({"rescue", "relief", "medical", "humanitarian", "search", "rescuer", "medic", "doctor",
                     "firefighter", "paramedic"})


def _helping_purpose(verb: Token) -> bool:
    """Whether a verb's to-clause of purpose is help ("to rescue residents", "to help with the relief"),
    or what it moves are helpers ("deployed rescue teams")."""
    return any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in HELPING and any(
        a.lower_ == "to" for a in c.children) for c in verb.children) or any(
        o.lemma_.lower() in HELPERS or any(m.dep_ in (COMPOUND, AMOD, "nmod") and any(
            x.lemma_.lower() in HELPERS for x in (m, *m.conjuncts)) for m in o.children) for o in children(verb, OBJ))


#: Goods given as relief: handing them over is aid, not giving something up.
RELIEF = frozenset({"aid", "food", "medicine", "medicines", "supplies", "supply", "water", "fuel", "tent", "tents",
                    "blanket", "blankets", "vaccine", "vaccines", "grain", "wheat", "rice", "flour", "equipment"})


def _relief_given(verb: Token) -> bool:
    """Whether the object of ``verb`` is relief goods, by itself or by its "of" phrase ("700 kg of medicine")."""
    return any(o.lemma_.lower() in RELIEF or any(p.lemma_.lower() in RELIEF for _, p in prep_objects(o, {"of"}))
               for o in children(verb, OBJ))


def _modified_away(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a modifier makes a noun another event than the noun alone ("a general strike", "a
    48-hour strike" are walkouts; "a strike" an attack)."""
    alone, named = lexicon.noun(noun.lemma_.lower()), noun_sense(noun, lexicon)
    return alone is not None and named is not None and named.event_type != alone.event_type


def _ends_protest(verb: Token, sense: Sense) -> bool:
    """Whether ``verb`` suspends or calls off a protest ("called off the strike")."""
    return sense.mode == "suspend" and any(o.dep_ in OBJ and o.lemma_.lower() in PROTESTS for o in verb.children)


def _told_after(verb: Token) -> bool:
    """Whether ``verb`` comes after what it tells, as a reporting verb does: "X is failing to
    uphold rights, a rights group protested" (the clause before the comma is what was said)."""
    root = verb.sent.root
    return root.i < verb.i and root.pos_ in ("VERB", "AUX") and verb.dep_ not in ("conj", "advcl") \
        and not any(c.dep_ == "mark" for c in verb.children) and any(t.text == "," for t in verb.doc[root.i:verb.i])


def _stated(verb: Token) -> bool:
    """Whether ``verb`` is a finite statement ("Beijing protested the decision", "has protested"),
    not a participle or an infinitive ("students protesting the results", "rallied to protest the war")."""
    return verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" and c.lower_ != "to" for c in verb.children)


#: What one phones someone to do: "called X to urge restraint" is a call, not a summons.
CALLED_TO = frozenset({"urge", "discuss", "express", "congratulate", "offer", "ask", "demand", "condemn", "convey",
                       "thank", "inform", "press", "warn", "seek", "reassure", "request"})


def _named_object(verb: Token) -> bool:
    """Whether ``verb`` is active, with a name or a pronoun for its object and nothing said of it."""
    if verb.dep_ in ("acl", "relcl") or any(c.dep_ in ("auxpass", "nsubjpass", "ccomp") or c.dep_ == "xcomp" and (
            c.lemma_.lower() not in CALLED_TO) for c in verb.children):
        return False  # (but "called Netanyahu to urge restraint" is a call made for that)
    if any(c.dep_ == "advmod" and c.lower_ in NAMING_ADVERBS for c in verb.children):
        return False  # "the TTP, often called the Pakistani Taliban": a name it goes by
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:  # "called Prime Minister Najib Mikati and ... to urge": the parser read the name as oprd
        return any(c.dep_ == "oprd" and c.pos_ == "PROPN" for c in verb.children)
    return not any(c.dep_ == "oprd" for c in verb.children) and any(c.pos_ in ("PROPN", "PRON") for c in objects)


#: Participles of an alliance told as a standing state: "X is allied with Y", "militias aligned with Z".
ALLYING = frozenset({"ally", "align"})


def allied_with(verb: Token) -> list[Token]:
    """The partners of an alliance a participle tells as standing ("is closely allied with Y",
    "allied to Y", "militias aligned with the army"); none for an act ("allied itself with") or a denial.

    >>> import spacy
    >>> allied_with(spacy.blank("en")("allied")[0])
    []
    """
    if verb.lemma_.lower() not in ALLYING or verb.tag_ != "VBN" or any(c.dep_ == "neg" for c in verb.children):
        return []
    return [x for _p, o in prep_objects(verb, {"with", "to"}) for x in (o, *o.conjuncts)]


#: Verbs of sending: with a weapon for object and a direction of attack, an attack.
SENDING = frozenset({"send", "fly"})
#: Directions a weapon is sent in at an enemy (not "to", a recipient).
AIMED_DIRECTIONS = frozenset({"into", "across", "over", "at", "toward", "towards", "against", "on"})
#: Verbs that tell a demand when their that-clause has a bare verb ("insisted that X change Y"), a
#: statement otherwise ("insisted that X had changed Y").
MANDATIVE = frozenset({"insist"})
#: A demand (PLOVER REQUEST, CAMEO 10).
MANDATE = Sense("REQUEST", None, "10", None)
#: Adverbs of a name a thing goes by: "often called", "also known as", "locally called".
NAMING_ADVERBS = frozenset({"often", "also", "sometimes", "commonly", "widely", "locally", "popularly", "usually",
                            "formerly", "variously"})
#: Particles the parser may tag as adverbs ("sent them back", "pushed them out").
PARTICLES = frozenset({"back", "out", "off", "down", "up"})
#: Prepositions of whom one acts with: beside a direct object they name allies, not what is done.
COMPANY = frozenset({"alongside"})
#: Drills held together: military cooperation (CAMEO 062).
JOINT_DRILLS = Sense("COOPERATE", "military", "062", None)


def joint_drill(sense: Sense, sources, found) -> Sense:
    """Drills or war games more than one actor holds are their military cooperation ("Russia and
    China held naval drills"); held by one, they are a show of force (the sense as it is).

    >>> joint_drill(JOINT_DRILLS, (), None) is JOINT_DRILLS
    True
    """
    if sense.event_type != "MOBILIZE" or sense.mode != "alert" or len(
            [k for k in sources if found.actors[k].type != "LOCATION"]) < 2:
        return sense
    return JOINT_DRILLS


def drill_partners(token, sense: Sense, found) -> list[str]:
    """The actors drills are held "with" ("held military exercises with Guyana"): partners, which
    make the drills military cooperation.

    >>> drill_partners.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'drill_partners'
    """
    if sense.event_type != "MOBILIZE" or sense.mode != "alert":
        return []
    host = token.head if token.dep_ in OBJ else token
    return [found.at(o) for t in {token, host} for _p, o in prep_objects(t, {"with"})
            if found.at(o) and found.actors[found.at(o)].type != "LOCATION"]


def role_objects(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Objects of a verb with two that name its act rather than whom it is done to: "took 30
    soldiers hostage", "whom they had taken hostage" (``data/phrases.csv``, verb + object).

    >>> role_objects.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'role_objects'
    """
    objects = [c for c in verb.children if c.dep_ in OBJ or c.dep_ in ("xcomp", "oprd") and c.pos_ in ("NOUN", "ADJ")]
    lemma = verb.lemma_.lower()
    return [o for o in objects if len(objects) > 1 and lexicon.phrase(lemma, o.lemma_.lower())]


def allowance(sense: Sense, targets, found) -> Sense:
    """What allowing someone something is: a political concession when a person is allowed
    ("allowed opposition leader X to hold a rally", CONCEDE), else the sense as it is (allowing
    access or deliveries is a RETREAT).

    >>> allowance(POLITICAL_ALLOWANCE, (), None).event_type
    'CONCEDE'
    """
    if sense.mode == "allow" and sense is not POLITICAL_ALLOWANCE and any(
            found.actors[k].type == "PERSON" for k in targets):
        return POLITICAL_ALLOWANCE
    return sense
