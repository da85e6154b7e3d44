"""Who carries out an event named by a noun: its possessor, a country word or compound before
it, its "by" or "from" phrase, the subject of a light verb over it ("Russia started its campaign
of air strikes"), or of the verb it happened "during" ("killed five men during a raid").

Used by :mod:`graphbuild.extract.events` for nominal frames and the nouns verbs absorb.

>>> "ASSAULT" in AGENTIVE_COMPOUND
True
"""
from __future__ import annotations

from spacy.tokens import Token

from graphbuild.extract.arguments import LED_BY, arg_actors
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.syntax import (
    AMOD, CHARGING, COMPOUND, HELP_NOUNS, OBJ, PASS_SUBJ, POSS, RELATIVE_PRONOUNS, SUBJ, children, clause_subject,
    gerund_as_noun, infinitival, phrase_head, prep_objects,
)
from graphbuild.model import SYMMETRIC_TYPES

#: Verbs of going somewhere, and the prepositions of the errand: "arrived in Amman on a visit",
#: "travelled to Doha for talks": whoever goes takes part in the visit or the talks (CONSULT).
ERRAND_VERBS = frozenset({"arrive", "travel", "fly", "go", "come", "head", "return", "leave"})
ERRAND_PREPS = frozenset({"on", "for"})
#: Prepositions by which whatever someone does "during a visit" makes them the visitor.
VISIT_TIME_PREPS = frozenset({"during", "on"})
#: Event types whose nouns name their agent with "from": "demands from X", "aid from X".
FROM_AGENT_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN", "AID", "SUPPORT", "AGREE", "PROTEST"})
#: Event types whose noun, once it has an owner, names with "from" whom it is made of: "their demands from X".
ASKED_FROM = frozenset({"REQUEST"})
#: Event types whose nominal compounds name the agent ("Russia raids"), not the topic ("Syria talks").
AGENTIVE_COMPOUND = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION", "MOBILIZE", "RETREAT", "AID"})
#: Verbs whose object names what their subject means to do: "vowed more strikes", "planned an offensive".
VOWING = frozenset({"vow", "pledge", "promise", "threaten", "plan"})
#: Verbs whose subject gives the aid they name: "announced $300 million in military aid to X".
GIVING = frozenset({"announce", "approve", "unveil", "offer", "provide", "allocate", "earmark", "authorize",
                    "authorise", "grant", "give", "send", "deliver", "commit", "pledge", "promise"})
#: Words of an amount an aid noun is counted in: "$300 million in aid", "500 tonnes of food aid".
AMOUNTS = frozenset({"$", "€", "£", "million", "billion", "tonne", "ton", "euro", "dollar", "pound",
                     "package", "round", "raft", "batch"})  # (and sets of measures: "a package of sanctions")


def _where_it_happened(modifier: Token, noun: Token, found) -> bool:
    """Whether a country's name (not its demonym) before an event noun "in" which someone else
    acted says where: "jihadists killed soldiers in a Burkina Faso ambush" (but "were killed in an
    Israel strike", "a Russian strike" are the country's)."""
    key = found.at(modifier)
    if modifier.dep_ != COMPOUND or noun.dep_ != "pobj" or noun.head.lower_ != "in" or key is None \
            or found.actors[key].type != "STATE" or modifier.pos_ != "PROPN" \
            or found.actors[key].label.split()[-1].lower() != modifier.lower_:
        return False
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and any(k != key for s in verb.children if s.dep_ == "nsubj" for k in arg_actors(s, found))


#: Modes of acts done to a person, whose possessor undergoes them: "Bazoum's release", "Khan's arrest".
PATIENT_MODES = frozenset({"release", "arrest", "abduct", "deport", "assassinate", "expel", "convict", "judicial"})


def undergone(token: Token, sense: Sense, found) -> list[str]:
    """The people or groups an act done to someone is named after: "demanded Bazoum's release" ->
    Bazoum, who is released (but "Russia's arrest of X" is Russia's act).

    >>> undergone.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'undergone'
    """
    if sense.mode not in PATIENT_MODES:
        return []
    return [k for c in token.children if c.dep_ == POSS and (k := found.at(c))
            and found.actors[k].type in ("PERSON", "GROUP")]


def nominal_source(token: Token, sense: Sense, found, lexicon: Lexicon) -> list[str]:
    """Who carries out a nominal event: possessor, country adjective/compound, ``by`` agent, light verb."""
    if any(c.dep_ == "relcl" for c in token.children) and (laid := laid_on(token, found)):
        return laid  # "a drone attack which Israel blamed on Iran": Iran's, whoever the drone was taken for
    if sense.event_type == "ASSAULT" and (sides := paired_sides(token, found)):
        return sides  # "Druze-Bedouin clashes": both sides'
    keys = []
    owned = any(c.dep_ == POSS for c in token.children)
    patients = set(undergone(token, sense, found))
    for c in token.children:
        if found.at(c) in patients:
            continue
        if c.dep_ == POSS or (c.dep_ in (AMOD, COMPOUND, "nmod") and (
                sense.event_type in AGENTIVE_COMPOUND or found.actor(c) is not None
                and found.actor(c).type != "LOCATION" and (sense.event_type not in SYMMETRIC_TYPES
                                                            or sense.mode == "mediate"))):  # "Omani mediation"
            key = found.at(c)
            if key is None and c.dep_ == COMPOUND and sense.event_type in AGENTIVE_COMPOUND and (
                    c.pos_ == "PROPN" or c.is_title or lexicon.weapon(c.lower_)):
                # "US Predator attacks": the weapon's own modifier names the agent (but "Kyiv hospital
                # strike": a place's building, struck)
                key = next((found.at(m) for m in c.children if m.dep_ in (AMOD, COMPOUND) and found.at(m)), None)
            if key and found.actors[key].type != "LOCATION" and not _where_it_happened(c, token, found):
                keys.append(key)
                keys.extend(k for x in c.conjuncts if c.dep_ != POSS and (k := found.at(x))
                            and found.actors[k].type != "LOCATION")  # "US and British strikes": both
    for c in token.children:  # "the US-led strikes": whoever leads them
        if c.dep_ == AMOD and c.lower_ in LED_BY:
            keys.extend(k for m in c.children if m.dep_ in ("npadvmod", COMPOUND) for k in arg_actors(m, found)
                        if found.actors[k].type != "LOCATION")
    for acl in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and (
            lexicon.is_light_verb(c.lemma_.lower()) or lexicon.phrase(c.lemma_.lower(), token.lemma_.lower()))
            and not _mediating(c, lexicon)):
        # "sanctions imposed by X", "strikes carried out by X"; not "a truce brokered by X", a mediator
        keys.extend(k for _, obj in prep_objects(acl, {"by"}) for k in arg_actors(obj, found)
                    if found.actors[k].type != "LOCATION")
    verb = token.head
    if token.dep_ in OBJ and (any(c.dep_ in SUBJ for c in verb.children) or infinitival(verb) and not any(
            c.dep_ == "auxpass" for c in verb.children)):
        # "condemned the persecution of journalists by(-> condemned) the police": an active verb with
        # a subject has no agent, nor has an active to-infinitive ("rallied to protest the killings of
        # civilians by militias"); the parser hung the noun's "by" phrase on it
        keys.extend(k for p, obj in prep_objects(verb, {"by"}) if p == "by" for k in arg_actors(obj, found)
                    if found.actors[k].type != "LOCATION" and obj.i > token.i)
    for prep, obj in prep_objects(token, {"by", "from", "of"}):  # "downing by Turkey", "demands from the UN"
        if prep == "of" and (sense.event_type != "REQUEST" or owned) and not (
                token.lemma_.lower() in HELP_NOUNS and not owned and phrase_head(token, ("with",)) is not None):
            continue  # "at the request of Maputo", "with the help of the CIA": theirs (but "the bombing of X" is X's)
        if prep in ("by", "of") or sense.event_type in FROM_AGENT_TYPES and not (owned and sense.event_type in ASKED_FROM):
            # "strikes by Myanmar's military"; but "their demands from the government" are made of it
            keys.extend(k for k in arg_actors(obj, found) if found.actors[k].type != "LOCATION")
    if keys:
        return keys
    laid = laid_on(token, found)
    if laid:
        return laid
    # (in "cleared X of charges" X is charged, by others)
    held = token.head if gerund_as_noun(token) else token  # "accused the army of bombing(compound) markets"
    charger = phrase_head(held, ("of", "for")) if sense.event_type != "ACCUSE" else None
    if charger is not None and charger.pos_ == "VERB" and charger.lemma_.lower() in CHARGING:
        # "accused X of executions", "blamed X for the attack": X
        charged = list(children(charger, OBJ)) or list(children(charger, PASS_SUBJ))
        charged = [charger.head if c.lower_ in RELATIVE_PRONOUNS and charger.dep_ == "relcl" else c for c in charged]
        return [k for c in charged for k in arg_actors(c, found)]  # ("the RSF, which has been accused of ...")
    if charger is not None and charger.dep_ in OBJ and charger.head.lemma_.lower() in CHARGING:
        return arg_actors(charger, found)  # the parser hung "of attacks" on the object of "accused"
    # climb "campaign of strikes", then a light verb: "Russia started its campaign of air strikes"
    giver = aid_giver(token, sense)
    if giver is not None:  # "announced $300 million in military aid"
        return [k for s in clause_subject(giver) for k in arg_actors(s, found)]
    head = token
    for _ in range(3):
        up = phrase_head(head, ("of",))
        if up is not None and up.pos_ == "NOUN":
            head = up
            owner = [found.at(c) for c in head.children if c.dep_ == POSS and found.at(c)]
            if owner:
                return owner
            continue
        break
    if head.dep_ in OBJ and head.head.pos_ == "VERB" and (_light(head.head, lexicon)
                                                         or head.head.lemma_.lower() in VOWING):
        return [k for s in clause_subject(head.head) for k in arg_actors(s, found)]  # "vowed more strikes"
    if head.dep_ in PASS_SUBJ and lexicon.is_light_verb(head.head.lemma_.lower()):
        # "the strike was carried out by X"
        return [k for _, obj in prep_objects(head.head, {"by"}) for k in arg_actors(obj, found)]
    verb = head.head.head
    if head.dep_ == "pobj" and light_host(head, lexicon) is not None:
        # "forces engaged in ethnic cleansing", "nurses are on strike": the light verb and its preposition
        subjects = clause_subject(verb) or list(children(verb, PASS_SUBJ))
        return [k for s in subjects for k in arg_actors(s, found)]
    # "X claimed responsibility for the attack": X carried it out
    taken = phrase_head(head, ("for",))
    if taken is not None and taken.lemma_.lower() == "responsibility":
        claim = taken.head  # (not "said [the state bore] responsibility for ...", misparsed: the speaker did nothing)
        if claim.pos_ == "VERB" and claim.lemma_.lower() in TAKING_RESPONSIBILITY \
                and not any(c.dep_ == "neg" for c in claim.children):  # (not "has not claimed")
            return [k for s in clause_subject(claim) for k in arg_actors(s, found)]
    if taken is not None and taken.lower_ in ANSWERABLE:
        # "X was responsible for the downing": X did it; "held X responsible for the attack": X did it
        holder = taken.head
        held = [o for o in holder.children if o.dep_ == "dobj"] if holder.pos_ == "VERB" and taken.dep_ != "acomp" \
            else [s for s in holder.children if s.dep_ in ("nsubj", "nsubjpass")]
        return [k for o in held for k in arg_actors(o, found)]
    if sense.event_type == "ASSAULT" and head.dep_ == "dobj" and head.head.lemma_.lower() == "claim" \
            and head.head.pos_ == "VERB" and not any(c.dep_ == "neg" for c in head.head.children):
        # "X claimed the attack": its own (not "X did not claim the attack")
        return [k for s in clause_subject(head.head) for k in arg_actors(s, found)]
    if sense.event_type == "ASSAULT" and head.dep_ == "nsubjpass" and head.head.lemma_.lower() == "claim" \
            and not any(c.dep_ == "neg" for c in head.head.children):
        # "the attack was claimed by X": X's
        return [k for _, obj in prep_objects(head.head, {"by"}) for k in arg_actors(obj, found)]
    if sense.event_type == "CONSULT" and head.dep_ == "pobj" and head.head.lower_ in ERRAND_PREPS and \
            verb.pos_ == "VERB" and verb.lemma_.lower() in ERRAND_VERBS:  # "X arrived on a visit", "flew in for talks"
        return [k for s in clause_subject(verb) for k in arg_actors(s, found)]
    if head.lower_ == "part" and head.dep_ == "pobj" and head.head.lower_ == "as" and verb.pos_ == "VERB":
        # "the EU blacklisted 40 ships as part of new sanctions on Russia": the EU's
        return [k for s in clause_subject(verb) for k in arg_actors(s, found)]
    if sense.mode == "visit" and head.dep_ == "pobj" and head.head.lower_ in VISIT_TIME_PREPS and verb.pos_ == "VERB":
        return [k for s in clause_subject(verb) for k in arg_actors(s, found)]  # "X pledged aid during a visit to Y"
    return []


#: Verbs that lay an act on whoever did it, with the preposition that names them: "blamed the
#: bombing on X", "the blast was attributed to X".
LAYING = {"blame": "on", "pin": "on", "attribute": "to", "ascribe": "to"}


def laid_on(noun: Token, found) -> list[str]:
    """Whoever an act named by ``noun`` is laid on, who did it by that account: "blamed the attack on
    X", "the blast was attributed to X", "X was behind the bombing", "the militia behind the raid",
    "an attack which Y blamed on X".

    >>> laid_on.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'laid_on'
    """
    for clause in (c for c in noun.children if c.dep_ == "relcl" and LAYING.get(c.lemma_.lower())):
        if any(o.dep_ in ("dobj", "nsubjpass") and o.lower_ in ("which", "that") for o in clause.children):
            # "an attack on Eilat which Israel blamed on Iran": Iran's, by Israel's account
            return [k for _p, o in prep_objects(clause, {LAYING[clause.lemma_.lower()]})
                    for k in arg_actors(o, found) if found.actors[k].type != "LOCATION"]
    verb = noun.head
    prep = LAYING.get(verb.lemma_.lower()) if noun.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" else None
    if prep:  # (the parser may hang "on X" on the act: "blamed [the ambush on X]")
        laid = [o for _, o in prep_objects(verb, {prep})] or [o for _, o in prep_objects(noun, {prep})][-1:]
        return [k for o in laid for k in arg_actors(o, found) if found.actors[k].type != "LOCATION"]
    behind = phrase_head(noun, ("behind",))
    if behind is None:
        return []
    if behind.pos_ in ("NOUN", "PROPN"):  # "the group behind the attack"
        doers = [behind]
    elif behind.lemma_.lower() == "be":  # "X was behind the blast", "X is believed to be behind it"
        doers = clause_subject(behind) or list(children(behind.head, PASS_SUBJ)) if behind.dep_ == "xcomp" \
            else clause_subject(behind)
    else:
        return []
    return [k for d in doers for k in arg_actors(d, found) if found.actors[k].type != "LOCATION"]


def laying_verb(noun: Token) -> Token | None:
    """The verb that lays an act named by ``noun`` on someone: "was" in "X was responsible for the
    bombing" or "X was not behind the blast", "held" in "held X accountable for the raid", "blamed" in
    "blamed the ambush on X"; its mood is the laying's ("X may have been behind the blast").

    >>> laying_verb.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'laying_verb'
    """
    taken = phrase_head(noun, ("for",))
    if taken is not None and taken.lower_ in ANSWERABLE:
        return taken.head
    behind = phrase_head(noun, ("behind",))
    if behind is not None and behind.lemma_.lower() == "be":
        return behind
    return noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in LAYING else None


def responsibility_laid(noun: Token) -> bool:
    """Whether an act named by ``noun`` is laid on someone, which blames them whoever tells it: "X
    was responsible for the bombing", "X was behind the blast", "the militia behind the raid",
    "blamed the ambush on X".

    >>> responsibility_laid.__name__  # needs a parsed sentence; see tests/extract/test_factuality.py
    'responsibility_laid'
    """
    return laying_verb(noun) is not None or phrase_head(noun, ("behind",)) is not None


#: Adverbs that say an act was meant, which charges its doer whoever tells it: "deliberately targeting".
WILFUL = frozenset({"deliberately", "intentionally", "indiscriminately", "systematically", "wantonly",
                    "knowingly", "purposely", "wilfully", "willfully"})


def wilful(trigger: Token) -> bool:
    """Whether an act is told as meant ("X are deliberately targeting houses"): telling it so
    accuses its doer, whatever it hit.

    >>> import spacy
    >>> doc = spacy.blank("en")("they deliberately shelled homes")
    >>> doc[1].dep_, doc[1].head = "advmod", doc[2]
    >>> wilful(doc[2]), wilful(doc[3])
    (True, False)
    """
    return any(c.dep_ == "advmod" and c.lower_ in WILFUL for c in trigger.children)


#: Verbs by which one takes responsibility "for" an act: whoever does so did it.
TAKING_RESPONSIBILITY = frozenset({"claim", "take", "accept", "assume", "admit", "acknowledge", "bear", "have",
                                   "carry", "shoulder"})
#: Words of being answerable "for" an act: whoever is so did it.
ANSWERABLE = frozenset({"responsible", "accountable", "culpable"})


def _amount(obj: Token) -> bool:
    """Whether ``obj`` is an amount of money or goods: "$20 million", "300 million crowns", "20 tonnes"
    (not "20 civilians")."""
    return obj.lemma_.lower() in AMOUNTS or obj.like_num or any(
        c.dep_ in ("nummod", "quantmod", "compound") and c.lemma_.lower() in AMOUNTS for c in obj.children)


def counted_objects(verb: Token) -> list[Token]:
    """The objects of ``verb`` and the nouns an amount among them counts: "provided 20 tonnes of
    food" -> tonnes, food; "gave $20 million in aid" -> million, aid (also when the parser hung
    "in aid" on the verb).

    >>> counted_objects.__name__  # needs a parsed sentence; see tests/extract/test_events.py (GIVEN)
    'counted_objects'
    """
    objects = list(children(verb, OBJ))
    amounts = [o for o in objects if _amount(o)]
    return [*objects, *(x for o in amounts for _p, x in prep_objects(o, {"in", "of"})),
            *(x for _p, x in prep_objects(verb, {"in"}) if amounts and verb.lemma_.lower() in GIVING)]


def aid_giver(token: Token, sense: Sense) -> Token | None:
    """The verb by which the aid ``token`` names is given, itself or counted: "sent aid", "announced
    $300 million in military aid" (None for other events, or other verbs).

    >>> aid_giver.__name__  # needs a parsed sentence; see tests/extract/test_events.py (GIVEN)
    'aid_giver'
    """
    if sense.event_type != "AID":
        return None
    verb = next((v for v in (token.head, token.head.head, token.head.head.head) if v.pos_ == "VERB"), None)
    return verb if verb is not None and verb.lemma_.lower() in GIVING and token in counted_objects(verb) else None


def _light(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb, with its particle if it has one, is a light verb ("sped up the withdrawal")."""
    return lexicon.is_light_verb(verb.lemma_.lower()) or light_with_particle(verb, lexicon)


def light_with_particle(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb and its particle make a light verb ("stepped up", "sped up").

    >>> light_with_particle.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'light_with_particle'
    """
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "prt" and lexicon.is_light_verb(f"{lemma} {c.lower_}") for c in verb.children)


def _mediating(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb is a mediator's ("a ceasefire brokered by X": X mediated, the parties agreed)."""
    sense = lexicon.verb(verb.lemma_.lower())
    return sense is not None and sense.mode == "mediate"


#: Nouns that measure how long something went on: "after days of fighting".
SPANS_OF_TIME = frozenset({"hour", "day", "night", "week", "month", "year"})


def done_during(token: Token, sense: Sense, found, lexicon: Lexicon) -> list[str]:
    """Who made an attack named by a noun "during" or "in" which they attacked: "Israeli forces
    killed five men during a raid" -> the raid is Israel's (not when the verb is passive: "were
    killed in a raid" names the victims); a fight "with" someone also "after" or "following" which
    they acted, measured or not ("seized the barracks after days of fighting with the army": whoever
    seized it fought)."""
    noun = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" \
        and token.head.head.lemma_.lower() in SPANS_OF_TIME else token
    fought_with = any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    verb = phrase_head(noun, ("during", "in", *(("after", "following") if fought_with else ())))
    if sense.event_type != "ASSAULT" or verb is None or verb.pos_ != "VERB" \
            or not (fought_with or lexicon.is_attack(verb.lemma_.lower(), "VERB")) \
            or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children):
        return []
    return [k for s in clause_subject(verb) for k in arg_actors(s, found) if found.actors[k].type != "LOCATION"]


#: Verbs besides the reporting ones by which one speaks to someone in a call or a meeting.
ADDRESSING = frozenset({"assure", "urge", "ask", "thank", "promise", "pledge", "discuss", "congratulate"})


def spoken_in(token: Token, sense: Sense, found, lexicon: Lexicon) -> list[str]:
    """Who took part in a call or a meeting named by a noun "in" or "during" which one of them
    spoke to the other: "X told Y in a phone call that ...", "X said in a meeting with Y" -> X and Y
    (not "Gunmen attacked worshippers during a meeting": only speech is held in a meeting; nor "X told
    reporters during a visit to Y": a visit is the visitor's alone).

    >>> spoken_in.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'spoken_in'
    """
    verb = phrase_head(token, ("during", "in"))
    if sense.event_type != "CONSULT" or sense.mode == "visit" or verb is None or verb.pos_ != "VERB" \
            or not (lexicon.reporting(verb.lemma_.lower()) or verb.lemma_.lower() in ADDRESSING) \
            or any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children):
        return []
    spoken_to = [*children(verb, OBJ), *(o for _p, o in prep_objects(verb, {"to", "with"})),
                 *(o for _p, o in prep_objects(token, {"with"}))]  # ("said in a meeting with Y": Y too)
    sides = [k for s in [*clause_subject(verb), *spoken_to] for k in arg_actors(s, found)
             if found.actors[k].type != "LOCATION"]
    return list(dict.fromkeys(sides)) if len(set(sides)) > 1 else []


def light_subjects(token: Token, lexicon: Lexicon) -> list[Token]:
    """The subject of the light verb an event noun is the object of ("workers staged a strike",
    "workers went on strike"): the words that say what kind of event the noun is."""
    verb = light_host(token, lexicon)
    if verb is None:
        return []
    return clause_subject(verb) or (list(children(verb, PASS_SUBJ)) if token.dep_ == "pobj" else [])


def light_host(token: Token, lexicon: Lexicon) -> Token | None:
    """The light verb an event noun is the object of, alone ("staged a strike") or with its
    preposition ("went on strike", "were engaged in ethnic cleansing")."""
    head = token.head
    if token.dep_ == "pobj" and head.head.pos_ in ("VERB", "AUX") and lexicon.is_light_verb(
            f"{head.head.lemma_.lower()} {head.lower_}"):
        return head.head
    if token.dep_ in OBJ and head.pos_ == "VERB" and lexicon.is_light_verb(head.lemma_.lower()):
        return head
    if token.dep_ == "nsubjpass" and head.pos_ == "VERB" and lexicon.is_light_verb(head.lemma_.lower()):
        return head  # "the strikes were carried out by X against Y"
    return None


#: Verbs of helping someone do something: whoever does it is helped, not whom it is done to.
HELP_VERBS = frozenset({"help", "assist", "enable"})


def helped(verb: Token, found) -> list[str]:
    """Whom a verb of helping helps, named as the subject of what it helps do: "helped Iraq fight
    ISIS" -> Iraq (not ISIS, whom the help is against).

    >>> helped.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'helped'
    """
    if verb.lemma_.lower() not in HELP_VERBS:
        return []
    return [k for clause in children(verb, {"ccomp", "xcomp"}) for s in children(clause, {"nsubj"})
            for k in arg_actors(s, found)]


def help_roles(noun: Token, sources: list[str], targets: list[str], found) -> tuple[list[str], list[str]]:
    """The parties of help named by a phrase on an act: "seized the town with the support of Rwanda"
    (Rwanda helps whoever seized it), "fired at a tanker in support of Palestinians" (whoever fired
    backs them); ``sources`` and ``targets`` as read so far, returned completed.

    >>> help_roles.__name__  # needs a parsed sentence; see tests/extract/test_events.py
    'help_roles'
    """
    act = phrase_head(noun, ("with", "in"))
    for _ in range(3):  # ("fired at a tanker in support of X", the parser hanging the phrase on the tanker)
        if act is not None and act.pos_ != "VERB" and act.dep_ in ("pobj", "dobj", "prep"):
            act = act.head
    if act is None or act.pos_ != "VERB":
        return sources, targets
    if phrase_head(noun, ("in",)) is not None:
        return sources or [k for s in clause_subject(act) for k in arg_actors(s, found)], targets
    if set(targets) - set(sources):
        return sources, targets
    accused = list(children(act.head.head, OBJ)) if act.dep_ == "pcomp" else []  # "accused X of plotting ..."
    return sources, [k for s in accused or clause_subject(act) for k in arg_actors(s, found) if k not in sources]


def paired_sides(noun: Token, found) -> list[str]:
    """The two sides named with a hyphen before a noun of fighting: "Druze-Bedouin clashes",
    "Israeli-Palestinian violence" (each side's own mention, see
    :func:`graphbuild.actors.groups.hyphen_sides`); none when the words are not two actors.

    >>> import spacy
    >>> paired_sides(spacy.blank("en")("clashes")[0], None)
    []
    """
    doc = noun.doc
    end = noun.i - 1 if noun.i and doc[noun.i - 1].pos_ == "NOUN" else noun.i  # ("Thai-Cambodian border clashes")
    if end < 3 or doc[end - 2].text != "-" or doc[end - 2].whitespace_ or doc[end - 3].whitespace_:
        return []
    sides = [found.at(doc[end - 3]), found.at(doc[end - 1])]
    return sides if all(sides) and sides[0] != sides[1] else []
