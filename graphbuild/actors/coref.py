"""Rule-based coreference within one document.

coreferee installs from PyPI but its English model does not (it is published
elsewhere), so graphbuild resolves references with a small documented rule set:

* ``it``/``its``/``itself`` -> an organisation or state (not a person, group or place);
  ``he``/``his``/``him``/``she``/``her`` -> a person; ``they``/``their``/``them`` -> the plural
  subject before it ("Palestinian leaders said they ..." -> Palestine), ``them`` else the plural
  acted on before it in its sentence ("expelled three diplomats, accusing them"), else a group;
  ``its``/``their`` on the next of a list are the first one's ("Malian soldiers and their Russian allies").
* The antecedent is, in order: the subject of the verb that owns the pronoun's phrase when
  it comes before the pronoun (the verb whose object it qualifies, "Sudan closed its border";
  the verb whose complement its clause is, "..., while the AU said it was ready"; never an
  attacker for what it attacks); the subject of the same sentence's main clause when it
  comes before the pronoun ("Russia said it ..."); the subject of the nearest earlier
  sentence that has an actor as subject ("Amnesty said ... It said ..."); the nearest
  earlier actor of a fitting type. A reflexive ("defend itself") is the subject of the
  nearest verb above it; an armed thing a ministry calls "its" is the ministry's state's.
* A definite description ("the watchdog", "the ministry") refers to the nearest earlier
  actor of a type the noun allows (``data/coref_nouns.csv``); used again in the document, or
  after a name that ends in the same noun ("the Sudanese army" ... "the army"), it refers to
  the same actor.
* "The army", "the military", "the government", "the authorities", "the state" with no state
  named before them in their sentence are the state the document has named most so far, its
  places counting for it (not the state named last, whose instructors or diplomats may be guests).
* A state's forces named with no state ("security forces", "federal troops", "police") are
  the state the document is about, or, with none named before, the one where they act in
  their sentence; not police who only tell the news ("..., police said"), nor a police station.
* A definite, singular generic armed group ("the militant group", "the guerrilla group", "the
  militia") is the armed group named nearest before it, when one is; not one with a name of its
  own ("the Amal militia"), nor a plural ("the rebels"). With no article ("militants burned a
  bridge"), a plural generic armed group is the armed group the story is about: the one it names
  most (and before), as often as the generic word or more, where nothing else qualifies the word.
* Soldiers an armed group killed or attacked, whose state is not said ("militants killed 11
  soldiers"), are the army the document has named before, where it has named one state's army.
* Unattributed aircraft ("warplanes bombarded ...") belong to the nearest earlier state
  named in an agent position (subject, possessor, or modifier of an attack); "the drone" after
  "a Malian army drone" is Mali's.
* An acronym in brackets after a name ("the Revolutionary Front (RF)") is that actor, there
  and wherever the document uses it again.

>>> from graphbuild.actors.coref import PRONOUN_TYPES
>>> PRONOUN_TYPES["its"]
('STATE', 'GOVERNMENT', 'MILITARY', 'ARMED_GROUP', 'IGO', 'NGO', 'MEDIA')
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Token

from graphbuild.actors.aircraft import AIRCRAFT, agent_state, air_side, hit_states, striker
from graphbuild.actors.antecedents import (
    crowd_again, definite, document_issuer, headline_speaker, name_after, named_by_head, named_group, named_since,
    nearest, one_junta, recounted, settlement_again,
)
from graphbuild.actors.armies import army_post, whole_army
from graphbuild.actors.bodies import BYGONE, LEADING
from graphbuild.actors.clauses import (
    ARMED_NOUNS, FIRST_PERSON, LEAVING, PROJECTILES, SINGULAR, STATE_SPEAKERS, acting_on, charged_owner, claim_owner,
    companions, description_types, fired_before, last_attackers, leavers, named_by, not_called, own_forces,
    own_officers, own_side, led_forces, participle_object, participle_owner, persons_group, quoted_side,
    relative_subject, speakers_state, teller, thanked, title_holder, titled,
)
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.forces import (
    attacked_posts_owner, attacking_soldiers, fallen_soldiers, of_phrases, police_of, state_arm,
)
from graphbuild.actors.home import (
    HOME_WORDS, RULERS, commanders_state, home_body, home_minister, home_state, leaders_state, officials_in,
    ombudsman_office,
)
from graphbuild.actors.names import ORGANISED, acronyms
from graphbuild.actors.plurals import (
    PLURAL, SUBJECT_DEPS, first_conjunct, own_subjects, plural_object, plural_subject, previous_plural,
    previous_subject, unnamed_people, unnamed_speaker,
)
from graphbuild.actors.seats import opening_place

PRONOUN_TYPES: dict[str, tuple[str, ...]] = {
    **{p: ORGANISED for p in ("it", "its", "itself")},
    **{p: ("PERSON",) for p in ("he", "his", "him", "himself", "she", "her", "hers", "herself")},
    **{p: ("GROUP", "ARMED_GROUP") for p in ("they", "their", "themselves")},
    "them": ("GROUP", "ARMED_GROUP", "MILITARY"),
}
#: The actors that can own what only an armed actor owns (:data:`~graphbuild.actors.clauses.ARMED_NOUNS`); an
#: IGO may: a coalition, NATO, a mission.
ARMED_OWNERS = frozenset({"STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO"})
#: Governments that speak through someone ("a junta spokesman", "an army official"), and those who speak.
OWN_VOICES = frozenset({"government", "junta", "army", "military", "regime", "ministry"})
SPOKESMEN = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "source", "sources"})
REFLEXIVES = frozenset({"itself", "himself", "herself", "themselves"})
#: Where an unattributed aircraft is the attacker ("warplanes bombarded", "raids by jets"); as an
#: object it is what was hit ("shot down a helicopter"), whoever's it was.
AIRCRAFT_AGENT_DEPS = frozenset({"nsubj", "pobj", "compound", "conj", "appos", "ROOT"})


def _subject_actor(sent, found, types, before: int) -> str | None:
    """The actor heading the main clause's subject of ``sent``, if before token ``before``."""
    subjects = [(c, named_by(c, found)) for c in sent.root.children if c.dep_ in SUBJECT_DEPS and c.i < before]
    for _child, key in subjects:
        if key and found.actors[key].type in types:
            return key
    for child, key in subjects:  # (a named subject beside a title goes first: "UN envoy for Yemen(nsubj) X(nsubj)")
        if key and titled(child, found, types):  # "Senegal's president said French troops should leave his
            person = found.at(child.right_edge)    # country": the president's, coded by Senegal; but the name
            named = person is not None and found.actors[person].type == "PERSON"  # the phrase ends in, if any
            return person if named else key          # ("UN envoy for Libya X(pobj)")
    return None


def _last_subject(doc: Doc, found, types, before: int) -> str | None:
    """The last actor of ``types`` named before token ``before`` as a verb's subject: a spokesman's
    body is the one that last spoke or acted ("Chad's army said ... allied to the Sudanese army,
    army spokesman X said": Chad's)."""
    for start, end, key in sorted(found.mention_spans, reverse=True):
        root = doc[start:end].root
        if end <= before and found.actors[key].type in types and root.dep_ == "nsubj" and root.head.pos_ == "VERB":
            return key
    return None


#: Words that open a clause telling when its subject did something: "when it detained X".
WHEN_MARKS = frozenset({"when", "after", "before", "as", "while", "until", "once"})


def _governing_subject(token: Token, found, types, attack_word=None) -> str | None:
    """The subject, before the pronoun, of the verb that owns the pronoun's phrase: the verb whose
    object it qualifies ("Sudan has closed its border" -> Sudan), or for a subject pronoun the
    verb whose complement its clause is ("..., while the AU said it was ready" -> the AU). An
    attack's subject does not own what it attacks ("X said Y shelled its villages" -> not Y)."""
    placed = False  # "fired missiles into the sea off its coast": the pronoun is in a phrase of place
    if token.dep_ == "poss" and token.head.dep_ == "dobj":
        verb = token.head.head
    elif token.dep_ in SUBJECT_DEPS and token.head.dep_ in ("ccomp", "xcomp") and token.head.head.i != token.head.i:
        verb = token.head.head
    elif token.dep_ == "nsubj" and token.head.dep_ == "advcl" and token.head.head.i != token.head.i and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in WHEN_MARKS for c in token.head.children):
        verb = token.head.head  # "an attack the government cited when it detained X": the government
    elif token.dep_ == "poss" and token.head.dep_ in SUBJECT_DEPS and token.head.head.dep_ == "ccomp" \
            and token.head.head.head.i != token.head.head.i:
        verb = token.head.head.head  # "Nangaa said his group would not withdraw": the speaker's group
    elif token.dep_ == "poss" and token.head.dep_ == "pobj" and (verb := _phrase_verb(token.head)) is not None:
        placed = True
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or attack_word and attack_word(verb.lemma_.lower(), "VERB") and (
            not placed or any(found.at(o) for o in verb.children if o.dep_ == "dobj")):
        return None  # (an attack's subject owns a place it acts from only when it struck no one named)
    controller = _controller(verb)
    if controller is not None:  # "called on Israel to halt its offensive": Israel's
        key = named_by(controller, found)
        return key if key and found.actors[key].type in types else None
    for s in verb.children:
        key = named_by(s, found) if s.dep_ in SUBJECT_DEPS and s.i < token.i and not (
            s.tag_ == "NNS" and token.lower_ in SINGULAR) else None  # ("the authorities ..., where it said": not it)
        if key and found.actors[key].type in types:
            return key
        if key and titled(s, found, types):  # "Poland's foreign minister said he would ...": coded by Poland
            return key
    return None


#: Prepositions of place and direction through which a phrase hangs on its verb.
PLACE_PREPOSITIONS = frozenset({"in", "into", "off", "near", "along", "across", "over", "at", "from", "to",
                                "toward", "towards", "inside", "outside", "within"})


def _phrase_verb(noun: Token) -> Token | None:
    """The verb a chain of at most three phrases of place hangs on ("into the sea off its coast"
    -> fired), or None."""
    for _ in range(3):
        prep = noun.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPOSITIONS:
            return None
        if prep.head.pos_ == "VERB":
            return prep.head
        noun = prep.head
    return None


def _controller(verb: Token) -> Token | None:
    """Who is to do what a to-infinitive with no subject of its own names, when the verb above it
    says so by its object: "urged Hamas to free ...", "called on Israel to halt ..."."""
    if verb.dep_ not in ("xcomp", "advcl") or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    above = verb.head
    called_on = [o for p in above.children if p.dep_ == "prep" and p.lower_ in ("on", "upon") and p.i < verb.i
                 for o in p.children if o.dep_ == "pobj"]
    if verb.dep_ == "advcl":  # "called on Russia to pull its forces back", parsed as a clause of purpose
        return called_on[0] if called_on else None
    objects = [c for c in above.children if c.dep_ == "dobj"] or called_on
    return objects[0] if objects else None


def _reflexive_subject(token: Token, found, types) -> str | None:
    """ "Israel had the right to defend itself": a reflexive is the subject of the nearest verb
    above it that has one."""
    for gov in token.ancestors:
        subjects = [s for s in gov.children if s.dep_ in SUBJECT_DEPS and s.i != token.i]
        if subjects:
            key = named_by(subjects[0], found)
            return key if key and found.actors[key].type in types else None
    return None


#: Verbs whose object "it" is a claim, never an actor: "Russia denied it".
DENYING = frozenset({"deny", "dismiss", "refute", "rebut", "dispute", "contest"})


def _antecedent(token: Token, found, types, attack_word=None) -> str | None:
    if token.lower_ in REFLEXIVES:
        return _reflexive_subject(token, found, types)
    sent = token.sent
    if token.lower_ in ("it", "its") and _thing_subject(token, found):
        return None  # "the central bank will meet at its headquarters": the bank's, no actor's
    if token.lower_ == "it" and token.dep_ == "dobj" and token.head.lemma_.lower() in DENYING:
        return None  # "Russia denied it": the claim, no actor
    acted_on = participle_object(token, found) if token.lower_ == "it" else None
    if acted_on is not None:  # "seized a tanker, accusing it of smuggling fuel": the tanker, no actor;
        return acted_on or None  # "struck Ukraine, accusing it of ...": Ukraine
    key = claim_owner(token, found, types) or charged_owner(token, found, types) or thanked(token, found, types) \
        or teller(token, found, types) \
        or relative_subject(token, found, types) or _governing_subject(token, found, types, attack_word) \
        or _subject_actor(sent, found, types, token.i)
    own = own_side(token, found) | companions(token, found)
    if key and key in own:  # "X called Y and pressed him": not X, who is the subject of "pressed"; "China's
        key = nearest(found, types, token.i, exclude=own)  # spokeswoman ... accused it": not China
        if key and any(sent.start <= start < token.i for start, _end, k in found.mention_spans if k == key):
            return key
        key = None  # (none other in its sentence: the one the sentences before were about)
    if key:
        return key
    if types == ("PERSON",):  # "sanctioned X, a commander, saying he had ...": the person the sentence named
        key = nearest(found, types, token.i, exclude=own, doc=token.doc)
        if key and any(sent.start <= start < token.i for start, _end, k in found.mention_spans if k == key):
            return key
    doc = token.doc
    told = _told_subject(token, found, types, own) if token.lower_ in ("it", "its") else None
    if told is not None:  # "X said Israel would not stand by and warned that it could strike": Israel
        return told
    named = [(doc[start:end].root, k) for start, end, k in sorted(found.mention_spans)
             if sent.start <= start and end <= token.i and found.actors[k].type in types and k not in own
             and doc[end - 1].tag_ != "NNS" and doc[start:end].root.dep_ in ARGUMENT_DEPS]
    inner = tuple(dict.fromkeys(k for root, k in named if root.dep_ in SUBJECT_DEPS)) \
        if token.lower_ == "it" and token.dep_ in SUBJECT_DEPS else tuple(dict.fromkeys(
            k for _root, k in named)) if token.lower_ == "its" and named and named[0][0].dep_ in SUBJECT_DEPS else ()
    if len(inner) == 1:  # "... since the RSF captured Al-Fula, and ... after it seized El Fasher": the one subject
        return inner[0]  # its own sentence names before it, not the last sentence's; "its" after a sentence's subject
        # and no other actor ("X said in a statement by its spokesman"), not the one before
    sents = list(doc.sents)
    idx = next(i for i, s in enumerate(sents) if s.start == sent.start)
    for prev in reversed(sents[:idx]):
        key = _subject_actor(prev, found, types, prev.end)
        if key and token.lower_ in ("it", "its") and all(doc[end - 1].tag_ == "NNS" for start, end, k
                                                         in found.mention_spans if k == key and prev.start <= start):
            break  # ("The attackers burned homes, a coalition said. Its president ...": no plural's; the
            # nearest actor's)
        if key and key not in own:
            return key
        if key:
            break
    key = nearest(found, types, token.i, exclude=own)
    last = max((start for start, _end, k in found.mention_spans if k == key and start < token.i), default=None)
    return None if last is not None and doc[last].lower_ in FIRST_PERSON else key  # ("'... our markets because
    # it is losing,' X's spokesman said": "it" is not the speaker's side the "our" stands for)


#: Dependencies of a name that is an argument of its clause, not a modifier ("Yemen's", "Iran-aligned").
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj", "dative"})


def _told_subject(token: Token, found, types, own) -> str | None:
    """The last actor before ``token`` in its sentence that is the (singular) subject of what a person said
    ("Katz said Israel would ... and warned that it could ..."), for an "it" whose sentence's own subject
    is that person; None where there is none."""
    doc, sent = token.doc, token.sent
    speakers = [found.actor(s) for s in sent.root.children if s.dep_ == "nsubj"]
    if not speakers or speakers[0] is None or speakers[0].type != "PERSON":
        return None
    told = [k for start, end, k in found.mention_spans if sent.start <= start < token.i and k not in own
            and found.actors[k].type in types and any(
                t.dep_ == "nsubj" and t.tag_ != "NNS" and t.head.dep_ == "ccomp" for t in doc[start:end])]
    return told[-1] if told else None


def _before_comma(token: Token) -> Token | None:
    """The word a name ends on before the comma right before ``token``, past an acronym in brackets
    ("the Communist Party of X (CPP), whose ...": "CPP"); None where no comma is right before it."""
    doc, i = token.doc, token.i - 2
    if i < 0 or doc[token.i - 1].text != ",":
        return None
    if doc[i].text == ")" and i > 1:
        i -= 1
    return doc[i]


def _nationality(modifier: Token, found, types) -> bool:
    """Whether ``modifier`` is a state's demonym before a description of what is not a state
    ("the Yemeni group"): it says where the group is from, not which actor it is."""
    key = found.at(modifier)
    return modifier.dep_ == "amod" and key is not None and found.actors[key].type == "STATE" and "STATE" not in types


#: Descriptions of an organisation that has a name: "the group" points back to a named one.
NAMED_KINDS = frozenset({"group", "organisation", "organization", "movement"})


def _named_so_before(words, found) -> str | None:
    """The state whose forces the document named before with the same words ("Syria's security
    forces ... the security forces"), the last one."""
    n = len(words)
    said = [t.lower_ for t in words]
    return next((key for start, end, key in sorted(found.mention_spans, reverse=True)
                 if end <= words.start and end - start > n and found.actors[key].type == "STATE"
                 and [t.lower_ for t in words.doc[end - n:end]] == said), None)


def _counted(token: Token) -> bool:
    """Whether a description is counted ("the two leaders", "both countries"): more than one actor."""
    return any(c.dep_ == "nummod" or c.lower_ == "both" for c in token.children)


#: Who leads a coup leads the junta it makes: "the coup leaders", "the coup plotters" are "the junta",
#: and so are "the military rulers", "the military government" and "the military council".
JUNTA_WORDS = {"leader": "coup", "plotter": "coup", "ruler": "military", "government": "military",
               "council": "military"}


#: Descriptions of a group by the one it is part of: "the al Qaeda affiliate" is not al-Qaeda.
AFFILIATES = frozenset({"affiliate", "franchise", "offshoot"})


def _parent_named(token: Token, modifier: Token) -> bool:
    """Whether ``modifier`` names the group a description says its referent is a part of ("al Qaeda" in
    "the al Qaeda affiliate"), which leaves the description free to refer back to another group."""
    return token.lemma_.lower() in AFFILIATES and modifier.dep_ in ("compound", "nmod")


def _portfolio_unnamed(token: Token, actor) -> bool:
    """Whether an office is described by what it deals with ("the health office") in words the actor's
    names do not have: another body than that actor."""
    names = " ".join((actor.label, *actor.aliases)).lower()
    return token.lower_ == "office" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower
                                            and c.lower_ not in names for c in token.children)


def _described_as(token: Token, descriptions) -> str | None:
    """The description word ``token`` is, by lemma or as written ("authorities", lemmatised "authority");
    "the coup leaders", "Mali's military rulers" are "the junta"."""
    kind = JUNTA_WORDS.get(token.lemma_.lower())
    if kind and any(c.dep_ in ("compound", "amod") and c.lower_ == kind for c in token.children):
        return "junta" if "junta" in descriptions else None
    if any(c.dep_ in ("compound", "amod") and c.lower_ == "paramilitary" for c in token.children):
        return "militia" if "militia" in descriptions else None  # "the paramilitary force": an armed group
    for word in (token.lemma_.lower(), token.lower_):
        if word in descriptions:
            return word
    return None


RULERS_BLOWS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "bombing", "bombings", "attack", "attacks",
                          "shelling", "raid", "raids", "offensive", "bombardment", "crackdown"})


def _places_state(token: Token, found) -> str | None:
    """The one country the places lie in that the clause of a state's forces named with no state
    names, where the sentence names no other state: "Police took 300 people to shelters in Sumy"
    are Ukraine's, whatever state the story names most. None where they lie in none or several.

    >>> _places_state.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    '_places_state'
    """
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ != "VERB":
        return None  # (what they do there says where they are: "Police took 300 people to shelters in Sumy")
    clause = {x.i for x in verb.subtree}
    sent = token.sent
    countries = {found.actors[k].country for s, _e, k in found.mention_spans if s in clause
                 and found.actors[k].type == "LOCATION" and found.actors[k].country}
    states = {k for s, _e, k in found.mention_spans if sent.start <= s < sent.end and found.actors[k].type == "STATE"}
    return next(iter(countries)) if len(countries) == 1 and states <= countries else None


def _in_states(token: Token, found) -> bool:
    """Whether a plural noun says which states it is in: "the juntas in Burkina Faso and Niger" are
    theirs, no one named before."""
    return any(found.actor(x) and found.actor(x).type == "STATE" for p in token.children
               if p.dep_ == "prep" and p.lower_ == "in" for x in p.subtree)


def _pro_government(token: Token) -> bool:
    """Whether ``token`` is "government" in "pro-government forces" (tagged an adjective there)."""
    return token.lower_ == "government" and token.dep_ == "amod" and token.i > 1 and token.nbor(-1).text == "-" \
        and token.nbor(-2).lower_ == "pro" and token.head.lower_ in ARMED_NOUNS


def _governments_own(token: Token) -> bool:
    """ "government troops", "a junta spokesman", "an army convoy": a government that owns armed men,
    speaks through someone or has an army post is the one the text is about."""
    if _pro_government(token):
        return True  # "pro-government forces": the government's (its army, where it has one)
    return token.dep_ == "compound" and (token.lower_ == "government" and token.head.lower_ in ARMED_NOUNS or (
        token.lower_ in RULERS and token.head.lower_ in ARMED_NOUNS | AIRCRAFT | RULERS_BLOWS) or (
        token.lower_ in OWN_VOICES and token.head.lower_ in SPOKESMEN) or (  # "coalition jets": the coalition named
        token.lower_ == "coalition" and token.head.lower_ in ARMED_NOUNS | AIRCRAFT) or (
        army_post(token)))  # "an army convoy"


def _one_army(doc: Doc, found, gaz: Gazetteer, before: int) -> str | None:
    """The state whose army the document has named before token ``before`` ("the Malian army", "the
    army said"), where it has named one state's army and no other's."""
    states = set()
    for start, end, key in found.mention_spans:
        actor = found.actors[key]
        if start < before and whole_army(actor, gaz):  # (a state's army, not "Russia's Africa Corps" it sends)
            states.add(actor.country)
        elif start < before and actor.type == "STATE" and doc[end - 1].lower_ in ("army", "military"):
            states.add(key)
    return states.pop() if len(states) == 1 else None


#: Verbs by which an organisation owns an attack: only an armed group "claims" one.
CLAIMING = frozenset({"claim"})
#: What only an armed group has: "the group's fighters".
FIGHTERS = frozenset({"fighters", "gunmen", "militants", "militiamen", "commanders", "fighter", "commander"})


def _claimants(token: Token, kinds: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of actor a description can be, narrowed to armed groups where it claims an attack
    ("The group claimed the attack": the militants named before, not a news agency)."""
    if "ARMED_GROUP" in kinds and (token.dep_ == "nsubj" and token.head.lemma_.lower() in CLAIMING
                                   or token.dep_ == "poss" and token.head.lower_ in FIGHTERS):
        return ("ARMED_GROUP",)  # ("the group's fighters": an armed group's, not a charity named since)
    return kinds


def _thing_subject(token: Token, found) -> bool:
    """Whether the subject of the clause ``token`` is in is a singular thing that names no actor
    and describes none ("the central bank", "the storm"), before ``token``: its "its" is its own."""
    for verb in token.ancestors:
        if verb.i == token.head.i and token.dep_ in SUBJECT_DEPS and verb.dep_ == "ccomp":
            continue  # "the central bank said it would ...": the "it" is the subject of "said"
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
        if subjects and subjects[0].lower_ == "it" and not found.at(subjects[0]):
            continue  # "the central bank said it would raise rates at its meeting": the "it" above says whose
        if subjects:
            s = subjects[0]
            return s.pos_ == "NOUN" and s.tag_ == "NN" and not found.at(s) and named_by(s, found) is None \
                and s.lemma_.lower() not in description_types() and s.lemma_.lower() not in ARMED_NOUNS | AIRCRAFT
        if verb.dep_ not in ("xcomp", "conj", "prep", "pobj", "dobj", "pcomp", "advcl", "acl"):
            return False
    return False


def _same_craft(token: Token, found, exclude=frozenset()) -> str | None:
    """Whose "the drone" is when the document named a drone with its owner before: "Mali accused
    Algeria of shooting down a Malian army drone ... the drone had violated its airspace" -> Mali; so
    are bare plurals: "Myanmar military jets bombed X ... Hours later, jets struck Y" -> the military."""
    bare = token.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "amod", "quantmod", "compound")
                                           for c in token.children)  # (not "87 drones", "air force drones")
    if not definite(token) and not bare:
        return None
    for t in reversed(token.doc[:token.i]):
        if t.lemma_.lower() != token.lemma_.lower():
            continue
        owner = found.at(t) or next((found.at(c) for c in t.subtree if c.i < t.i and found.at(c)
                                     and found.actors[found.at(c)].type in ARMED_OWNERS), None)
        if owner is not None and owner not in exclude:  # (a "the drone" read before already says whose)
            return owner
    return None


#: Participles of "X-run" before a description: the X-run body is X's, no body named before.
RUN_WORDS = LEADING | {"held", "owned", "operated"}


def _own_words(noun: Token) -> list[Token]:
    """The words of a noun phrase outside the clauses and appositions on its nouns: "the assault on
    X, the gang that controls the capital" is an assault on X, not on the capital."""
    told = {x.i for d in noun.subtree if d.i != noun.i and d.dep_ in ("relcl", "acl", "appos") for x in d.subtree}
    return [x for x in noun.subtree if x.i not in told]


def _phrase_ancestors(token: Token) -> Iterator[Token]:
    """The words ``token`` hangs on, up to the first conjunct verb above it, which the parser may hang on
    any noun before it ("accused the police of abuses that may amount to crimes, and called on the
    government to ...": the government is in no phrase of the police's)."""
    for a in token.ancestors:
        yield a
        if a.pos_ in ("VERB", "AUX") and a.dep_ == "conj":
            return


def resolve_references(doc: Doc, found, gaz: Gazetteer, attack_word=None) -> None:
    """Add coreference mentions to ``found`` (a :class:`~graphbuild.actors.resolve.DocActors`);
    ``attack_word(lemma, pos)`` tells attacks, whose subject does not own what they hit."""
    acronyms(doc, found)
    descriptions = description_types()
    described: dict[str, str] = {}  # description noun -> the actor it first referred to
    used: dict[str, int] = {}  # description noun -> where it was last used
    for t in doc:
        named = named_group(t, found) or last_attackers(t, found, attack_word) or named_by_head(t, found, descriptions)
        if named is not None:  # "the militant group claimed the attack": al-Shabaab, named before
            found.replace(doc[named[0]:t.i + 1], found.actors[named[1]], "coref")
            continue
        if t.i in found.token_actor:
            word = _described_as(t, descriptions)
            if word and t.i + 1 not in found.token_actor and found.actors[found.at(t)].type in descriptions[word] \
                    and not found.at(t).startswith("group/"):  # "Aid groups warn ...": "the group" is no aid group
                # "the Sudanese army": "the army" later is Sudan's (not the "Kachin Independence Army"'s)
                described[word] = found.at(t)
                used[word] = t.i
            continue
        called = _described_as(t, descriptions) if t.dep_ == "appos" and t.pos_ == "NOUN" else None
        if called and (named := found.at(t.head)) and found.actors[named].type in descriptions[called] \
                and not named.startswith("group/"):  # "the MNJTF, a regional force": "the force" later is it
            described[called] = named
            used[called] = t.i
        low = t.lower_
        key = None
        if low == "whose":  # "Eritrea, whose troops fought ...": the noun the relative clause is on
            clause = next((a for a in t.ancestors if a.dep_ == "relcl"), None)
            key = found.at(clause.head) if clause is not None else None
            if clause is not None and key is None:  # "the Viv Ansanm coalition, whose leader": the name in it
                key = next((found.at(c) for c in clause.head.children if c.dep_ == "compound" and found.at(c)), None)
            if clause is None:  # ("X (XY), whose armed wing is Z, said": the name before the comma, however parsed)
                key = found.at(_before_comma(t))
        elif t.pos_ == "PRON" and low in ("its", "their") and t.dep_ == "poss" and t.head.dep_ == "conj" \
                and t.head.head.i < t.i and (first := found.at(t.head.head)) is not None \
                and found.actors[first].type in (*ORGANISED, "GROUP"):
            key = first  # "Malian soldiers and their Russian allies", "Hamas and its allies": the first one's
        elif t.pos_ == "PRON" and low == "their" and (grateful := thanked(t, found, (*ORGANISED, "GROUP"))):
            key = grateful  # "Mexico thanked Spanish police for their cooperation": the police's
        elif t.pos_ == "PRON" and (listed := participle_owner(t, found)):
            key = listed  # "added two X commanders to its list, freezing their assets": X's
        elif t.pos_ == "PRON" and low in PLURAL and (plural := plural_subject(t, found)) and not (
                low == "them" and plural in own_subjects(t, found)):  # "officers fired at them": not themselves
            key = plural
        elif t.pos_ == "NOUN" and (again := recounted(t, found) or settlement_again(t, found) or crowd_again(t, found)):
            key = again  # "held four farmers ... the four men were freed": the farmers
        elif t.pos_ == "NOUN" and (issuer := document_issuer(t, found)):
            key = issuer  # "The army said ... The statement accused Israel": the army's
        elif t.pos_ == "NOUN" and (org := persons_group(t, found)):
            key = org  # "Houthi leader X said his group would ...": the Houthis
        elif t.pos_ == "PRON" and low == "them" and unnamed_people(t, found):
            continue  # "100,000 people had fled ... to feed them": those people, whom no name says
        elif t.pos_ == "PRON" and (before := previous_subject(t, found)):
            key = before  # "Authorities arrested 14 people. They also banned ...": the authorities
        elif t.pos_ == "PRON" and low == "they" and unnamed_speaker(t, found):
            continue  # "Police said they had deployed teams": the police, whom no name says
        elif t.pos_ == "PRON" and (side := quoted_side(t, found, gaz)):
            key = side  # "'We will not retreat,' the army said": the army
        elif t.pos_ == "PRON" and low == "them" and (acted_on := plural_object(t, found) or previous_plural(t, found)):
            key = acted_on  # ("... Police used water cannon to disperse them": the protesters named before)
        elif t.pos_ == "PRON" and low in PRONOUN_TYPES:
            types = PRONOUN_TYPES[low]
            armed = t.dep_ == "poss" and t.head.lower_ in AIRCRAFT | ARMED_NOUNS
            if armed:  # "its jets": an armed actor's
                types = tuple(x for x in types if x in ARMED_OWNERS)
            key = _antecedent(t, found, types, attack_word)
            if key is None and armed and low in ("his", "her"):  # "Sudan's army chief said his forces ...": Sudan's
                key = _governing_subject(t, found, tuple(ARMED_OWNERS), attack_word)
            body = found.actors.get(key) if armed and key else None
            state = gaz.actor(body.country) if body is not None and body.type == "GOVERNMENT" and body.country \
                else None
            if state is not None:  # "the Defence Ministry said its jets struck": the state's jets
                found.add(doc[t.i:t.i + 1], state, "coref")
                continue
        elif (ruled := leaders_state(t, found, gaz) or commanders_state(t, found, gaz)) is not None:
            key = ruled  # "President X said ... his government said", "X ordered the army to ...": X's state
        elif (led := led_forces(t, found)) is not None:
            key = found.actors.setdefault(led, gaz.actor(led)).key  # "soldiers led by General X": X's state's
        elif state_arm(t, found):  # "security forces killed five protesters": the state the text is about
            acted_on = {found.at(x) for o in t.head.children if o.dep_ == "dobj" and t.dep_ == "nsubj"
                        for x in _own_words(o) if found.at(x) and found.actor(x).type in ("GOVERNMENT", "STATE")}
            # ("police raided the Mexican embassy": not Mexico's; but "raided homes in Tehran" are Iran's)
            start = min([c.i for c in t.children if c.dep_ in ("amod", "compound") and c.i < t.i] + [t.i])
            key = _named_so_before(doc[start:t.i + 1], found) if definite(t) else None
            # ("the security forces" after "Syria's security forces": Syria's, whoever speaks of them)
            key = key or _places_state(t, found) or home_state(found, gaz, t, {found.actors[k].country or k
                                                                              for k in acted_on})
            if key:
                actor = found.actors.get(key) or gaz.actor(key)
                found.add(doc[start:t.i + 1], police_of(t, actor, found, gaz) if actor.type == "STATE" else actor,
                          "coref")
            continue
        elif t.pos_ == "ADJ" and army_post(t) and t.i not in found.token_actor \
                and (army := _one_army(doc, found, gaz, t.i)) is not None:
            key = army  # "military outposts", the tagger's adjective: the army the story has named, if one
            found.actors.setdefault(key, gaz.actor(key))
        elif fallen_soldiers(t, found, attack_word):  # "militants killed 11 soldiers": the army the story names
            key = attacked_posts_owner(t, found) or _one_army(doc, found, gaz, t.i)  # (or the one whose post
            # the attack hit: "drove into a PDF checkpoint, killing four soldiers")
            if key is not None:
                found.actors.setdefault(key, gaz.actor(key))
        elif t.i not in found.token_actor and (placed := officials_in(t, found, gaz)):
            key = placed  # "local officials in South Sudan said": South Sudan's
        elif own := own_forces(t, found, gaz) or own_officers(t, found):
            key = own  # "the army said troops killed 12 gunmen", "troops fired on them, the junta said": its own
            # (a police force's "officers")
        elif attacking_soldiers(t, found, attack_word) and (army := _one_army(doc, found, gaz, t.i)) is not None:
            key = army  # "HRW said soldiers had beaten detainees": the one army the story has named
            found.actors.setdefault(key, gaz.actor(key))
        elif t.pos_ == "NOUN" and low in AIRCRAFT and not any(  # (a "suicide bomber" is no aircraft)
                c.dep_ in ("poss", "amod", "compound", "nmod") and (any(found.at(x) for x in c.subtree)
                                                                  or c.lower_ == "suicide")
                for c in t.children) and not any(found.at(o) for _p, o in of_phrases(t)) and (
                # ("aircraft of the US-led coalition": whose is said)
                (craft := _same_craft(t, found, hit := hit_states(t, found))) or t.dep_ in AIRCRAFT_AGENT_DEPS
                and first_conjunct(t).dep_ in AIRCRAFT_AGENT_DEPS - {"conj"}):
            # "a drone launched by a militia": the militia's; "a Malian army drone ... the drone": the one named
            # before; "X killed ten in a drone strike": X's; else the last attacking state
            launcher = next((found.at(o) for c in t.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                             for o in a.children if found.at(o)), None)
            key = launcher or craft or striker(t, found) or air_side(found, t, agent_state(found, t, hit)) \
                or agent_state(found, t)  # (not a state whose town they hit or that downs them, if any other)
        elif t.pos_ == "NOUN" and t.dep_ == "nsubj" and t.lemma_.lower() in PROJECTILES \
                and (fired := fired_before(t, found)) is not None:
            key = fired  # "X's troops fired rockets ... one rocket landed in a hospital": X's rocket
        elif (t.pos_ == "NOUN" or _pro_government(t) or t.pos_ == "PROPN" and (
                t.is_lower or t.is_sent_start and t.lower_ in RULERS)) \
                and _described_as(t, descriptions) and (  # ("Junta spokesman X": the junta)
                definite(t) or _governments_own(t) or headline_speaker(t) or ombudsman_office(t)) and not _counted(t) \
                and not (t.lemma_.lower() == "state" and of_phrases(t)) \
                and not (descriptions[_described_as(t, descriptions)] == ("STATE",) and any(
                    c.dep_ == "amod" and c.lower_ in BYGONE for c in t.children)) \
                and not (t.tag_ == "NNS" and descriptions[_described_as(t, descriptions)] == ("PERSON",)) \
                and not (t.tag_ == "NNS" and _in_states(t, found)) \
                and not any(
                c.dep_ in ("compound", "amod", "poss", "nmod") and not _parent_named(t, c)
                and (found.at(c) or c.pos_ == "PROPN" and not c.is_lower
                                                                    and not (c.is_sent_start and c.is_title)
                                                                    or c.lower_ in RUN_WORDS
                                                                    and any(found.at(x) for x in c.subtree))
                # ("Foreign ministry spokeswoman X" opens a sentence; "the defence ministry" the tagger
                # took for a name is written as none; "the Hamas-run ministry" names its owner)
                and not _nationality(c, found, descriptions[_described_as(t, descriptions)])
                or c.dep_ == "appos" and found.at(c)
                for c in t.children) and not any(found.at(obj) or _counted(obj) for _prep, obj in of_phrases(t)):
            # (a nationality says where a group is from: "the Yemeni group" is the group named before;
            # "the UN special envoy, X" is named where it stands)
            # "the president of Armenia" is named where it stands, not an earlier actor; "the ministers
            # of the two countries" are no one state's
            # "China, the junta's main ally": a description never means the phrase it sits in; one
            # the document has used before means what it meant then ("the junta" stays the junta)
            inside = {found.at(a) for a in (*_phrase_ancestors(t), *(x for x in t.subtree if x.i != t.i))
                      if found.at(a)}
            # (nor what its own words name: "the al-Qaeda-linked group" is not al-Qaeda)
            word = _described_as(t, descriptions)
            kinds = _claimants(t, descriptions[word])  # ("the group claimed the attack": an armed one)
            apposed = found.at(t.head) if t.dep_ == "appos" else None  # "the LNA, the force led by X": the LNA
            apposed = apposed if apposed is not None and (found.actors[apposed].type in kinds or (
                found.actors[apposed].type in ORGANISED and set(kinds) & set(ORGANISED))) and all(
                x.is_punct or found.at(x) == apposed for x in doc[t.head.i + 1:t.left_edge.i]) else None
            # (an armed group is "the force" it is called; right after the name, or its acronym: not
            # "the X front of Y, the largest faction", Y's)
            apposed = apposed or name_after(t, found, kinds)  # ("the West African bloc ECOWAS": ECOWAS)
            inside.discard(apposed)
            body = home_body(doc, t, found, gaz) or home_minister(doc, t, found, gaz)
            if body is not None:  # "the interior ministry said": the home state's, not the last body named
                start = t.i - 1 if t.i and doc[t.i - 1].dep_ in ("amod", "compound") else t.i  # ("the ministry")
                start = t.i - 2 if ombudsman_office(t) else start
                found.add(doc[start:t.i + 1], body, "coref")
                continue
            if word == "minister" and any(c.dep_ in ("amod", "compound") for c in t.children):
                continue  # "the home minister" is no earlier "Prime Minister X"
            if word in ("country", "nation") and t.dep_ == "dobj" and t.head.lemma_.lower() in LEAVING:
                inside |= leavers(t.head, found)  # "ordered the French ambassador to leave the country": not France
            elif t.dep_ == "dobj":  # "the French foreign minister criticised the junta": no one acts on itself
                inside |= acting_on(t, found)
            key = speakers_state(t, found, gaz) if word in ("country", "nation") else \
                speakers_state(t, found, gaz, STATE_SPEAKERS) if word in HOME_WORDS else None
            # ("a French spokesman said the military would ...": France's military)
            if word in NAMED_KINDS and described.get(word) and named_since(found, kinds,
                                                                            used.get(word, -1), t.i):
                del described[word]  # "the group" after another group was named since: that one, maybe
            bodies = tuple(k for k in kinds if k != "STATE")  # (a government's spokesman is its state's)
            spoke = _last_subject(doc, found, bodies, t.i) if t.dep_ == "compound" and t.head.lower_ in SPOKESMEN \
                and not definite(t) and bodies else None  # ("army spokesman X": the army that spoke last)
            opened = opening_place(t, found, gaz) if word in HOME_WORDS else None  # ("In Kinshasa, the government")
            key = apposed or key or opened or spoke or described.get(word) \
                or (title_holder(t, found) if kinds == ("PERSON",) else None) \
                or (one_junta(found, doc, t) if word == "junta" else None)
            if key is None and word in RULERS and not definite(t) and t.head.lower_ not in SPOKESMEN:
                continue  # ("junta troops" in a story that names no junta: whose, it does not say)
            if (key is None or key in inside) and word in HOME_WORDS:
                key = home_state(found, gaz, t, inside, speaker=_governments_own(t) and t.head.lower_ in SPOKESMEN)
            if (key is None or key in inside) and (word in NAMED_KINDS or t.dep_ == "nsubj") and t.sent.start > 0:
                # "Amnesty accused Hamas of war crimes. The group said ...": the one the text was about; so is
                # any description as a subject ("X said ... Y. The agency said ...": X)
                key = _subject_actor(doc[t.sent.start - 1].sent, found, kinds, t.i)
                key = None if key is None or key in inside or key.startswith("group/") else key
            if key is None or key in inside:
                generic = {k for k, a in found.actors.items() if k.startswith("group/") and a.type == "NGO"}
                unnamed = {k for k in found.actors if k.startswith("group/")} if word in NAMED_KINDS else set()
                # ("the Islamist group said": al-Shabaab, named before, not the "gunmen" after it)
                # ("the council": the Security Council named before, not the last IGO)
                key = nearest(found, kinds, t.i, inside | unnamed | not_called(found, word), doc) or \
                    nearest(found, kinds, t.i, inside | unnamed, doc) or \
                    nearest(found, kinds, t.i, inside | generic, doc)  # not "aid agencies"
            if key and not apposed and _portfolio_unnamed(t, found.actors[key]):
                continue  # "the health office in Taiz province" is no UN office named before
            if key:
                described.setdefault(word, key)
                used[word] = t.i
        if key:
            found.add(doc[t.i:t.i + 1], found.actors[key], "coref")
    for t in doc:  # "Troops recaptured the town, the army said": a speaker resolved only after them
        if t.i not in found.token_actor and (own := own_forces(t, found, gaz)):
            found.add(doc[t.i:t.i + 1], found.actors[own], "coref")
