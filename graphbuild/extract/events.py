"""Events from the dependency parse: verbs (active and passive), nominals and headlines.

:func:`event_frames` is a generator over one sentence. A *frame*
(:class:`~graphbuild.extract.frames.Frame`) is a trigger with
its sense (PLOVER type, mode, CAMEO code from ``data/verbs.csv``, read by :mod:`.senses`)
and the tokens that fill its roles; :mod:`graphbuild.extract` turns frames into
:class:`~graphbuild.model.Event` records once factuality, dates and casualties
are known.

Roles are read as follows (dependency labels are constants in :mod:`.syntax`):

* verb, active: source = subject (``nsubj``, borrowed through control), target =
  object, or a prepositional object (*on, against* ...; *with* for symmetric types);
* verb, passive: target = ``nsubjpass``, source = the ``by`` agent;
* nominal ("Russia's bombing of Syria", "Russian air strikes in Syria", "the downing
  of its warplane by Turkey"): source = possessor, country adjective or compound,
  or ``by`` phrase; target = *of/on/against* object; with no source, the subject of
  a light verb governing it ("Russia started its campaign of air strikes");
* an event noun that is the subject of an event verb ("Russia raids kill 46
  civilians") lends its source to the verb and is not reported twice;
* coordinated actors ("Homs, Idlib and Aleppo") fill a role together.

Who carries out an event a noun names is read by :mod:`graphbuild.extract.agents`; parties
the roles leave unnamed are read from the rest of the sentence by :mod:`graphbuild.extract.parties`.

>>> from graphbuild.extract.events import Frame
>>> Frame.__dataclass_fields__["sources"].type
'tuple[str, ...]'
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from graphbuild.actors.placenames import GROUND
from graphbuild.extract.agents import (
    ASKED_FROM, ERRAND_PREPS, ERRAND_VERBS, LAYING, aid_giver, counted_objects, done_during, help_roles, helped,
    light_host, light_subjects, light_with_particle, nominal_source, paired_sides, spoken_in, undergone,
)
from graphbuild.extract.arguments import arg_actors, clause_reach, object_reach, unique
from graphbuild.extract.arms import weapons, weapons_used
from graphbuild.extract.casualties import died_of
from graphbuild.extract.sides import own_side
from graphbuild.extract.frames import (BACKING, Frame, absorb, answer, backed, brokered, company, dismissals, readiness,
                                      requested, warnings)
from graphbuild.extract.lexicon import Lexicon, Sense
from graphbuild.extract.objects import (aimed_through_object, captured_people, halted_attack, received_aid, rescued,
                                       seized_ground)
from graphbuild.extract.readings import (
    asks_object, at_the_hands, closing_report, conditions, headline_list, headline_victims, hung_agent, kept,
    object_read_as_head, told_by, unpunctuated, urged_to,
)
from graphbuild.extract.revisions import (
    PEACEFUL_ACTS, armed_aid, armed_backing, obstruction, ordered_stop, site, training,
)
from graphbuild.extract.senses import (
    JOINT_DRILLS, VERBAL_COMPLAINT, allowance, crowd_clash, drill_partners, joint_drill, noun_sense, role_objects,
    verb_sense,
)
from graphbuild.extract.syntax import (
    AGENT, AMOD, COMPOUND, HELP_NOUNS, OBJ, PARTNER_PREPS, PASS_SUBJ, POSS, SUBJ, TARGET_PREPS, children,
    RELATIVE_PRONOUNS, antecedent, charged, clause_subject, comma_participle, gerund_as_adjective,
    gerund_as_noun, misread_finite, phrase_head, prep_objects, reciprocal, second_addressees, that_clause,
)
from graphbuild.extract.vetoes import instead, vetoed
from graphbuild.extract.where import event_places
from graphbuild.model import SYMMETRIC_TYPES

#: Fighting verbs whose coordinated subjects fight each other.
RECIPROCAL = frozenset({"clash", "fight", "battle", "skirmish", "exchange", "trade"})
#: Verbs whose object is a reaction to their subject: "drew condemnation from X", "faced sanctions".
REACTION_VERBS = frozenset({"draw", "prompt", "spark", "trigger", "provoke", "attract", "earn", "elicit", "face",
                            "receive", "incur"})
#: Labels the parser sometimes gives a verb's object (a proper name right after the verb).
MISLABELLED_OBJECTS = frozenset({"npadvmod", "dep", "oprd"})
#: Event types aimed at whoever did what they are "over" or "for".
BLAME_TYPES = frozenset({"ACCUSE", "PROTEST", "REJECT", "SANCTION", "THREATEN"})
#: Event types aimed at the subject of their "that" clause.
DIRECTIVE_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE"})
#: Event types whose target may follow "to": a recipient.
RECIPIENT_TYPES = frozenset({"AID", "SUPPORT", "CONCEDE", "REQUEST", "PROTEST", "REJECT", "AGREE", "SANCTION",
                             "THREATEN"})
#: Prepositions of where a withdrawal goes: "withdrew towards Mauritania", "fled into the bush".
DESTINATION_PREPS = frozenset({"into", "toward", "towards"})
#: Event types whose object's "for" phrase names whom the act reaches: "sent food for the refugees",
#: "shelled a camp for displaced people".
BENEFICIARY_TYPES = frozenset({"AID", "SUPPORT", "AGREE", "CONCEDE", "ASSAULT"})
BENEFICIARY_PREPS = frozenset({"for"})
#: Event types whose complement clause names what they are about ("threatened to cut ties with X").
CONTENT_TYPES = frozenset({"THREATEN", "REQUEST", "REJECT", "AGREE", "CONCEDE", "SUPPORT", "AID"})
#: Event types that are proposals, demands or charges: who rejects or accepts one answers its maker.
PROPOSALS = frozenset({"REQUEST", "AGREE", "CONSULT", "THREATEN", "ACCUSE"})


#: Actor types that wage no war: an aid agency's "operations" are no attack.
UNARMED = frozenset({"IGO", "NGO", "MEDIA"})


def _nominal(token: Token, sense: Sense, found, lexicon: Lexicon) -> Frame | None:
    spoken = spoken_in(token, sense, found, lexicon)  # ("told X in a phone call": X and its teller talked)
    sources = nominal_source(token, sense, found, lexicon) or done_during(token, sense, found, lexicon) or spoken
    if sense.noted("armed-doer") and sources and all(found.actors[k].type in UNARMED for k in sources):
        return None  # "the WFP warned its operations in Blue Nile were short of money"
    sources = list(unique([*spoken, *sources])) if spoken else sources  # ("said in a meeting with Y": the sayer too)
    targets: list[str] = []
    preps = TARGET_PREPS | (PARTNER_PREPS if sense.event_type in SYMMETRIC_TYPES else frozenset())
    if sense.noted("moves-object") or sense.noted("of-doer"):  # "the withdrawal of Serbian forces": Serbia's
        preps = (preps - {"of"}) | {"to"}
        for _, obj in prep_objects(token, {"of"}):
            # "the withdrawal of forces from Panama": the place they leave is no owner of theirs
            left = [k for _, place in prep_objects(obj, {"from"}) for k in arg_actors(place, found)]
            if not sources:
                sources = [k for k in arg_actors(obj, found) if found.actors[k].type != "LOCATION" and k not in left]
            if sense.event_type == "RETREAT":
                targets.extend(left)
    if sense.event_type in RECIPIENT_TYPES:
        preps = preps | {"to"}
    if sense.event_type == "RETREAT" or sense.event_type in ASKED_FROM and any(c.dep_ == POSS for c in token.children):
        preps = preps | {"from"}  # "the withdrawal from X", "their demands from the government"
    if sense.mode == "visit":  # "a visit to Ankara"
        preps = preps | {"to"}
    targets.extend(undergone(token, sense, found))  # "Bazoum's release": Bazoum is released
    for prep, obj in prep_objects(token, preps):
        targets.extend(arg_actors(obj, found))
    if not targets:  # "a suspension of air links with Serbia", "riots against Israeli policies"
        for prep, obj in prep_objects(token, preps):
            if sense.event_type in BLAME_TYPES and noun_sense(obj, lexicon) is not None:
                continue  # "in protest of the arrest of activists": at whoever arrested them, not at them
            if not found.at(obj):
                targets.extend(k for k in object_reach(obj, found) if k not in sources)
    if not targets and sense.event_type in DIRECTIVE_TYPES:  # "its demand that Israel ease ..."
        # (also when the parser hung the clause on the verb: "reiterated its demand today that ...")
        hung = [c for c in children(token.head, {"ccomp"}) if c.i > token.i] if token.dep_ in OBJ else []
        for clause in [*children(token, {"acl", "ccomp", "relcl"}), *hung]:
            if that_clause(clause):
                targets.extend(k for s in children(clause, SUBJ) for k in arg_actors(s, found)
                               if k not in sources)
    if sense.event_type in BLAME_TYPES and token.dep_ in OBJ and token.head.lemma_.lower() in REACTION_VERBS:
        # "X struck Y, drawing condemnation from Z", "X faced sanctions from Z": Z reacts to X
        verb = token.head
        sources = sources or [k for t in (token, verb) for _, obj in prep_objects(t, {"from"})
                              for k in arg_actors(obj, found)]
        said = verb.head if verb.dep_ == "advcl" and lexicon.reporting(verb.head.lemma_.lower()) else None
        doers = [s for c in children(said, {"ccomp"}) for s in clause_subject(c)] if said is not None else []
        # "X killed seven, the group said, prompting condemnation": the killers, not the group
        targets = targets or [k for s in doers or clause_subject(verb)
                              for k in (arg_actors(s, found) or object_reach(s, found)) if k not in sources]
    if token.lemma_.lower() in HELP_NOUNS:
        sources, targets = help_roles(token, sources, targets, found)
    if not targets and sense.event_type == "ASSAULT" and token.dep_ in OBJ and token.head.lemma_.lower() in REPELLING:
        # "Chadian soldiers repelled an attack by Boko Haram": the attack was on them
        targets = [k for s in clause_subject(token.head) for k in arg_actors(s, found) if k not in sources]
    errand = phrase_head(token, ERRAND_PREPS)
    if not targets and sense.mode == "visit" and errand is not None and errand.lemma_.lower() in ERRAND_VERBS:
        # "X arrived in Amman on a visit": the place visited is the visit's target
        targets.extend(k for k in event_places([errand], found) + [k for prep, obj in prep_objects(errand, {"to"})
                                                                for k in arg_actors(obj, found)]
                       if k not in sources)
    if sense.event_type in SYMMETRIC_TYPES and sense.mode not in ("mediate", "visit"):  # "A-B talks"
        sources = [k for k in sources + [k for k in targets if k not in sources]
                   if found.actors[k].type != "LOCATION"]
        targets = []
    if not targets and sense.event_type == "ASSAULT" and gerund_as_noun(token) and token.head.tag_ == "NNS":
        # "denied bombing civilians", the tagger taking the gerund for a noun on its object
        targets.extend(k for k in arg_actors(token.head, found) if k not in sources)
    if sense.event_type == "ASSAULT" and all(found.actors[k].type == "LOCATION" for k in targets):
        # "three children died in the shelling (of Kharkiv)": whoever died of it was struck
        targets.extend(k for s in died_of(token) for k in arg_actors(s, found) if k not in sources)
    made = phrase_head(token, ("as",))
    if not targets and made is not None and lexicon.is_light_verb(f"{made.lemma_.lower()} as"):
        # "X used civilians as human shields", "held them as hostages": what the object was made into
        targets.extend(k for o in children(made, OBJ) for k in arg_actors(o, found) if k not in sources)
    host = light_host(token, lexicon) or aid_giver(token, sense)
    if not targets and host is not None:  # "sent aid to Lebanon", "engaged in ethnic cleansing against X"
        for prep, obj in prep_objects(host, preps | {"to"} if token.dep_ in OBJ else preps):
            targets.extend(k for k in arg_actors(obj, found) if k not in sources)
    locations = event_places([token, *([token.head] if gerund_as_noun(token) else [])],
                             found, exclude=set(targets))  # ("of bombing(compound) markets in Nyala")
    sense = instead(sense, vetoed(token, [*token.children, *(obj for _, obj in prep_objects(token, {"of"})),
                                            *light_subjects(token, lexicon),
                                            *([token.head] if token.dep_ == COMPOUND else [])],
                                    lexicon, found))  # "the deployment of peacekeepers", "workers went on strike"
    if sense is None:
        return None
    held = phrase_head(token, ("under",))
    if not targets and held is not None and held.lemma_.lower() in PLACED_UNDER:
        # "X was placed under house arrest": X is held
        targets = [k for c in held.children if c.dep_ in OBJ | PASS_SUBJ for k in arg_actors(c, found)]
    if held is not None and held.lemma_.lower() in UNDERGOING:
        # "a convoy came under fire from the militia": the militia fired on the convoy
        sources = sources or [k for t in (token, held) for _, obj in prep_objects(t, {"from", "by"})
                              for k in arg_actors(obj, found)]
        targets = targets or [k for s in clause_subject(held) for k in arg_actors(s, found) if k not in sources]
    targets = [k for k in targets if k not in sources]  # "the request of X": X asks, not itself
    granted = phrase_head(token, ("at",))
    if not targets and sense.event_type == "REQUEST" and granted is not None and granted.pos_ == "VERB":
        # "deployed troops at the request of X": X asked whoever did it
        doers = clause_subject(granted) or list(children(granted, PASS_SUBJ))
        targets = [k for d in doers for k in arg_actors(d, found) if k not in sources]
    erupted = [token.head] if token.dep_ in SUBJ and not any(c.dep_ in OBJ for c in token.head.children) else []
    between = unique(k for t in [token, *erupted] for _, obj in prep_objects(t, {"between"})
                     for k in arg_actors(obj, found) if found.actors[k].type != "LOCATION")  # "fighting erupted between"
    between = between or paired_sides(token, found)  # "Druze-Bedouin clashes": the same
    if not between and token.dep_ in SUBJ and token.head.lemma_.lower() in PITTING:  # "the clashes pitted A against B"
        sides = [*children(token.head, OBJ), *(o for _p, o in prep_objects(token.head, {"against"}))]
        between = unique(k for obj in sides for k in arg_actors(obj, found) if found.actors[k].type != "LOCATION")
    if sense.event_type == "ASSAULT" and (not sources or sources == between) and len(between) > 1:
        sources, targets = between, [*between, *targets]  # "clashes between A and B": each attacks the other
    if not locations and erupted and erupted[0].lemma_.lower() in ERUPTING:  # "clashes erupted in Tripoli"
        locations = event_places(erupted, found, exclude=set(targets))
    if sense.event_type in ("ACCUSE", "ASSAULT") and any(
            c.dep_ == COMPOUND and c.lemma_.lower() in RECIPROCAL and c.i == token.i - 1 for c in token.children):
        # a headline's verb the parser took for a compound: "A and B trade accusations": each the other
        sides = unique([*sources, *targets, *(k for c in token.children if c.dep_ in ("nmod", COMPOUND)
                                               for k in arg_actors(c, found) if found.actors[k].type != "LOCATION")])
        sources, targets = (sides, sides) if len(sides) > 1 else (sources, targets)
    partners = drill_partners(token, sense, found)  # "held military exercises with Guyana"
    sense = joint_drill(sense, unique([*sources, *partners]), found)  # "Russia and China held naval drills"
    targets = [*targets, *partners] if sense is JOINT_DRILLS else targets
    return Frame(token, sense, "nominal", unique(sources), unique(targets), unique(locations),
                 weapons(token, lexicon))


#: Actors whose protest is a complaint in words (ACCUSE), never a demonstration.
STATECRAFT_ACTORS = frozenset({"STATE", "GOVERNMENT", "IGO"})
#: Acts of speech a reporter goes on to do after what it reports: "said X was ... and called on Y".
SPEECH_ACTS = frozenset({"REQUEST", "ACCUSE", "THREATEN"})
#: Verbs one is put "under" an arrest or a curfew with.
PLACED_UNDER = frozenset({"place", "put", "keep", "hold"})
#: Verbs whose subject undergoes the act their "under" phrase names: "came under attack".
UNDERGOING = frozenset({"come", "be", "remain", "fall"})
#: Acts of force: whom an agreement is to use them on is no party to it.
FIGHTING = frozenset({"ASSAULT", "COERCE"})
#: Verbs of an event breaking out or going on: where they happen, it happens ("riots broke out in Dakar").
ERUPTING = frozenset({"erupt", "break", "flare", "rage", "spread", "resume", "intensify", "continue", "escalate"})
def _verb(token: Token, sense: Sense, how: str, found, lexicon: Lexicon, nominals: dict,
          particle: str | None = None, named: dict | None = None) -> Frame | None:
    sources: list[str] = []
    targets: list[str] = []
    sense = captured_people(seized_ground(sense, token, found), token, found)
    subjects = clause_subject(token, lexicon.is_light_verb)
    if token.tag_ == "VBG" and not any(c.dep_ in SUBJ for c in token.children):
        # "Shelling by X on the town killed nine, medics said": X shells (not whoever the clause borrows)
        subjects = [o for _p, o in prep_objects(token, {"by"}) if arg_actors(o, found)] or subjects
    if sense.event_type in SPEECH_ACTS and token.dep_ == "conj" and token.head.dep_ == "ccomp" and not any(
            c.dep_ in SUBJ for c in token.children) and lexicon.reporting(token.head.head.lemma_.lower()) \
            and token.head.head.i < token.head.i:
        # "Zelensky said Moscow was not serious and called on allies to ...": the speaker calls (but in "X
        # summoned the envoy and lodged a protest, the ministry said" X protests)
        subjects = clause_subject(token.head.head)
    if token.dep_ == "xcomp" and lexicon.is_light_verb(token.head.lemma_.lower()) and not comma_participle(token):
        # "ordered the French ambassador to leave": an actor a light verb governs does what it is told
        subjects = [o for o in children(token.head, OBJ) if arg_actors(o, found)] or subjects
    if sense.event_type in PEACEFUL_ACTS and subjects and all(site(s, found) for s in subjects):
        return None  # "a school sheltering families", "a hospital received the wounded": no one acts
    passive = any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in token.children) or any(
        c.dep_ == AGENT for c in token.children) and not any(c.dep_ in SUBJ for c in token.children) \
        or charged(token) or headline_victims(token, found) or urged_to(token) or token.dep_ == "acl" and token.tag_ == "VBN" and not any(
            c.dep_ in SUBJ | OBJ or c.dep_ == "aux" for c in token.children) and (
            token.head.i != token.sent.root.i or unpunctuated(token.sent))  # "Journalist arrested in X": a headline
    # ("militants blamed for the kidnappings": a participle on a noun is passive, the noun the one acted on; not
    # "X, which ..., called on Y" the parser hung on X, nor one with an object of its own)
    # ("RSF accused of killing villagers", "... after civilians killed": a headline's passive; but in
    # "China called for restraint by all sides" the "by" is the noun's, whatever the parser says)
    if passive and sense.noted("stative") and not any(c.dep_ == AGENT for c in token.children):
        # "X is opposed to Y": a state X is in, not done to X ("a militia the government says is allied to him")
        subjects, passive = [antecedent(s, token) for s in children(token, PASS_SUBJ)] or subjects, False
    if passive and not any(c.dep_ in PASS_SUBJ for c in token.children):
        # "when asked by Reuters, the ministry said": the borrowed subject is the one acted on
        targets.extend(k for s in subjects for k in arg_actors(s, found))
        subjects = []
    arg_tokens = list(subjects)
    named = named if named is not None and comma_participle(token) else nominals  # (", killing nine": any noun's)
    under = [o for _p, o in prep_objects(token.head, {"under"}) if o.i in named and named[o.i].sources] \
        if comma_participle(token) and token.head.lemma_.lower() in UNDERGOING else []
    if under:  # "a convoy came under fire from X, killing two": X killed them, not the convoy
        subjects, sources = [], [*named[under[0].i].sources]
    for s in subjects:
        if s.i in named:  # "Russia raids kill 46 civilians": the raids' agent is the killer (and the
            sources.extend(named[s.i].sources)  # killing's of "a strike by X hit Y, killing nine")
        elif not passive:
            sources.extend(arg_actors(s, found))
    if not sources and not passive and token.dep_ == "conj" and token.head.dep_ == "ccomp" and subjects and all(
            noun_sense(s, lexicon) is not None for s in subjects) and not any(c.dep_ in SUBJ for c in token.children):
        # "X said the attack was a crime and ordered the army to ...": an event orders nothing; the
        # verb is coordinated with the one that reports, and shares its subject
        sources = [k for s in clause_subject(token.head.head) for k in arg_actors(s, found)]
    if not sources and not subjects and token.dep_ == "pobj":  # "seized X after days of fighting(VBG) with Y"
        sources = done_during(token, sense, found, lexicon)
    between = [k for _, obj in prep_objects(token, {"between"}) for k in arg_actors(obj, found)]
    if between and not passive and not any(c.dep_ in SUBJ for c in token.children) \
            and sense.event_type not in SYMMETRIC_TYPES:
        sources = between  # "fled after fighting between A and B": A and B fight (a mediator mediates between;
        # "people are crushed between A and B" says where they are, not who crushes them)
    if passive:
        for s in children(token, PASS_SUBJ):
            s = antecedent(s, token)  # "Bashagha, who is backed by X": Bashagha is backed
            arg_tokens.append(s)
            own = s.i in nominals and (nominals[s.i].sense.event_type == sense.event_type
                                       or lexicon.is_light_verb(token.lemma_.lower()))  # "was carried out by"
            # ("Russia's invasion was condemned by Japan": at Russia, the invasion's doer)
            (sources if own else targets).extend(nominals[s.i].sources if s.i in nominals else arg_actors(s, found))
        for prep, obj in [*prep_objects(token, {"by"}), *at_the_hands(token)] or hung_agent(token):
            arg_tokens.append(obj)  # "backed by US air strikes": the strikes' agent
            sources.extend(nominals[obj.i].sources if obj.i in nominals and not found.at(obj) else
                           arg_actors(obj, found))
    moves_object = sense.noted("moves-object")  # "withdrew its inspectors from X": not at them
    if moves_object and passive and not sources:  # "Rwandan troops were deployed": Rwanda deployed them
        sources, targets = [k for k in targets if found.actors[k].type != "LOCATION"], []
    role = role_objects(token, lexicon)
    for obj in [*children(token, OBJ), *object_read_as_head(token)]:
        if told_by(obj, lexicon) or obj in role:
            continue  # "X abused Y, a rights group charged": the parser took the speaker for an object
            # ("took 30 soldiers hostage": "hostage" names the act, the soldiers are taken)
        if obj.left_edge.i > 0 and obj.doc[obj.left_edge.i - 1].text == "," and any(
                o.dep_ in OBJ and o.i < obj.i for o in token.children) and not any(
                c.dep_ in ("cc", "conj") for c in obj.children):
            continue  # "blamed the assault on X, the gang led by Y": a description of X, no second object
            # (but "hit X, the Y region and Z": a list)
        arg_tokens.append(obj)
        denied = lexicon.is_denial(token.lemma_) and any(  # "denied bombing(NN) civilians", "denied killing(amod) X"
            c.dep_ == COMPOUND and c.i in nominals or gerund_as_adjective(c) for c in obj.children)
        if not moves_object and not denied:
            targets.extend(arg_actors(obj, found))
    if token.dep_ == "relcl" and not passive and not lexicon.is_denial(token.lemma_) and not any(
            c.dep_ in OBJ and c.lower_ not in RELATIVE_PRONOUNS and c not in role for c in token.children) and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in token.children):
        targets.extend(arg_actors(token.head, found) or (  # "released soldiers it had captured": the soldiers;
            arg_actors(token.head.head, found) if token.head.dep_ == "appos" else []))  # "LeT, a group that X blames"
    if not targets and not passive and not any(children(token, OBJ)):  # "arming and training X": X, armed too
        targets.extend(k for c in token.children if c.dep_ == "conj" and c.i == token.i + 2
                       and token.doc[token.i + 1].dep_ == "cc" for o in children(c, OBJ) for k in arg_actors(o, found))
    if not targets:
        targets.extend(helped(token, found))  # "helped Iraq fight ISIS": Iraq is helped, not ISIS
    if sense.event_type == "REQUEST" and targets:
        targets.extend(k for x in second_addressees(token) for k in arg_actors(x, found))
    targets = [k for k in targets if k not in sources]  # "offered its troops to X": not itself
    preps = (PARTNER_PREPS | {"to"}) if sense.event_type in SYMMETRIC_TYPES else TARGET_PREPS - {"of"}
    if sense.event_type in RECIPIENT_TYPES:  # "sent aid to X", "appealed to X"
        preps = preps | {"to"}
    if sense.event_type == "RETREAT" or sense.mode == "occupy":  # "withdrew its troops from X", "took Y from X"
        preps = preps | {"from"}
    if sense.event_type == "RETREAT" and sense.mode != "allow":  # "fled towards the Mauritanian border": where
        preps = preps - DESTINATION_PREPS  # to, no one retreated from (but "allowed observers into Syria": Syria's)
    if particle:  # "clashed with the police"
        preps = preps | {particle}
    if sense.event_type in BACKING:  # "deployed to defend against the FDLR": the FDLR is fought, not backed
        preps = preps - {"against"}
    if not targets:
        for prep, obj in prep_objects(token, preps):
            arg_tokens.append(obj)
            targets.extend(arg_actors(obj, found))
    if not targets and sense.event_type == "ASSAULT":  # "fired a barrage of rockets toward X"
        aimed = aimed_through_object(token, preps - {"of"})
        arg_tokens.extend(aimed)
        targets.extend(k for obj in aimed for k in arg_actors(obj, found))
    if not targets and sense.event_type == "ASSAULT" and comma_participle(token) \
            and token.head.lemma_.lower() in GROUND:  # "entered Liancourt after midnight, firing into houses": at
        targets.extend(k for o in children(token.head, OBJ) if (k := found.at(o))  # the place the clause above took
                       and found.actors[k].type == "LOCATION")
    if not targets and not passive:  # an object the parser mislabelled: "Rebels shelled(VERB) Aleppo(npadvmod)"
        for c in token.children:
            if c.dep_ in MISLABELLED_OBJECTS and c.i > token.i and found.at(c):
                arg_tokens.append(c)
                targets.extend(arg_actors(c, found))
    if not targets and token.lemma_.lower() in LAYING:  # "blamed the ambush on X": X, who did it
        targets.extend(k for obj in children(token, OBJ | PASS_SUBJ) if obj.i in nominals
                       for k in nominals[obj.i].sources)
    if not targets and sense.event_type in BLAME_TYPES:  # "complained over Israeli raids": the raiders
        for prep, obj in prep_objects(token, {"over", "for", "about"}):
            arg_tokens.append(obj)
            targets.extend(nominals[obj.i].sources if obj.i in nominals else arg_actors(obj, found))
    if not targets and sense.event_type in DIRECTIVE_TYPES:  # "demanded that the US cancel ..."
        for clause in (c for c in children(token, "ccomp") if not closing_report(c, lexicon)):
            for subj in children(clause, SUBJ | PASS_SUBJ):
                arg_tokens.append(subj)
                targets.extend(arg_actors(subj, found))
    if not targets and sense.event_type == "REJECT":  # "refused to resign despite calls from X": X
        for t in (token, *children(token, "xcomp")):
            for _, obj in prep_objects(t, {"despite"}):
                if obj.i in nominals and nominals[obj.i].sense.event_type in PROPOSALS - {"THREATEN"}:
                    # (not "despite warnings of starvation by aid agencies": a warning asks nothing)
                    targets.extend(k for k in nominals[obj.i].sources if k not in sources)
    if not targets and sense.event_type == "THREATEN":  # "threatened to strike unless X withdrew": X
        for clause in conditions(token):
            for subj in children(clause, SUBJ | PASS_SUBJ):
                arg_tokens.append(subj)
                targets.extend(k for k in arg_actors(subj, found) if k not in sources)
    if not targets and not (sense.event_type in SYMMETRIC_TYPES and len(unique(sources)) > 1):
        # "rejected calls by Belarus", "demanded the resignation of X", "a camp for X was shelled" (partners who
        # "share intelligence on the PKK" share it with each other, and agree with each other to do it)
        for obj in children(token, OBJ | PASS_SUBJ if passive else OBJ):
            if obj.i not in nominals and not found.at(obj) and obj not in role:  # "provided loans for X"
                extra = BENEFICIARY_PREPS if sense.event_type in BENEFICIARY_TYPES else frozenset()
                targets.extend(object_reach(obj, found, preps=extra))
    denial = lexicon.is_denial(token.lemma_)  # "denied targeting civilians": not at them
    asked = sense.event_type == "REQUEST" and asks_object(token)
    # "Iraq and Turkey agreed to share intelligence on the PKK": with each other (but "pledged to deliver
    # systems to Kyiv": to Ukraine)
    mutual = sense.event_type in SYMMETRIC_TYPES and len(unique(sources)) > 1 and any(
        getattr(lexicon.verb(c.lemma_.lower()), "event_type", None) in SYMMETRIC_TYPES
        for c in children(token, "xcomp"))
    if not targets and sense.event_type in CONTENT_TYPES and not denial and not asked and not mutual:
        # "threatened to cut off power to X" (but "urged all parties to protect civilians" asks no civilians)
        for clause in children(token, "xcomp"):  # (a refusal is at no place: "refused to leave X")
            sense_of = lexicon.verb(clause.lemma_.lower())
            if sense_of is not None and sense_of.noted("moves-object"):
                continue  # "pledged to send police officers to Haiti": the act's own target, later
            fought = set()  # whom an agreement is to fight: "agreed to extend their offensive against the ADF"
            if sense.event_type == "AGREE":
                fought = {k for x in clause.subtree if x.i in nominals
                          and nominals[x.i].sense.event_type in FIGHTING for k in nominals[x.i].targets}
                if getattr(sense_of, "event_type", None) in FIGHTING:
                    fought |= set(clause_reach(clause, found))
            targets.extend(k for k in clause_reach(clause, found) if k not in sources and not (
                sense.event_type == "REJECT" and found.actors[k].type == "LOCATION") and not (
                sense.event_type == "AGREE" and found.actors[k].type == "GROUP") and k not in fought)
            # (an agreement is with no people it is about: "agreed to free 40 prisoners", nor with those it
            # is to fight: "agreed to extend their joint offensive against the ADF")
    sources.extend(headline_list(token, found))
    sense = instead(sense, vetoed(token, arg_tokens, lexicon, found))
    if sense is None:
        return None
    if sense is VERBAL_COMPLAINT and sources and all(found.actors[k].type == "GROUP" for k in sources) \
            and not any(c.dep_ == "ccomp" for c in token.children):
        sense = lexicon.verb(token.lemma_.lower()) or sense  # "students protested the arrests": they marched
    elif sense.noted("verbal-with-clause") and sources and all(
            found.actors[k].type in STATECRAFT_ACTORS for k in sources):
        sense = VERBAL_COMPLAINT  # "Iraq protested against a Turkish drone strike": a state complains, it does not march
    sense = ordered_stop(training(allowance(sense, targets, found), token, targets, found), token, targets, found)
    sense = armed_backing(obstruction(sense, token, sources, found), token)  # "Israel blocked aid": no protest
    sense = armed_aid(sense, token, lexicon)
    sense = halted_attack(sense, token, lexicon)
    received = received_aid(token, found, lexicon)
    if received is not None:  # "Ukraine received F-16 jets from Denmark": Denmark's aid, no visit received
        sense, sources, targets = received
    clash = crowd_clash(sense, token, sources, targets, found)
    if clash is not None:  # "students clashed with police": the students riot
        sense, sources, targets = clash
    locations = event_places([token, *[t for t in arg_tokens if t.dep_ in OBJ | PASS_SUBJ]], found, exclude=set(targets))
    if not targets and sense.event_type == "REQUEST" and sense.mode == "asylum":
        # "sought refuge in Germany": asylum is asked of the state it is sought in
        targets = [k for k in locations if found.actors[k].type == "STATE" and k not in sources]
        locations = [k for k in locations if k not in targets]
    if sense.event_type in SYMMETRIC_TYPES and not targets:
        pass  # "A, B and C met": every participant is a source
    elif sense.event_type in SYMMETRIC_TYPES:
        targets = [k for k in targets if k not in sources]
    if token.lemma_.lower() in REPELLING:  # "repelled an attack by X", "repulsed a Russian assault": at its doers
        targets = [k for obj in children(token, OBJ) if obj.i in nominals
                   and nominals[obj.i].sense.event_type == "ASSAULT" for k in nominals[obj.i].sources] or targets
    if len(unique(sources)) > 2 and set(targets) & set(sources) and set(sources) - set(targets):
        sources = [k for k in sources if k not in targets]  # "the three governments stood with Mali": the other two
    targets = [k for k in targets if k not in own_side(sources, found)]  # "suspended its convoys": not at itself
    if len(unique(sources)) > 1 and (any(reciprocal(o) for o in children(token, OBJ)) or (
            sense.event_type in ("ACCUSE", "CONCEDE") and token.lemma_.lower() in RECIPROCAL | {"swap"})):
        targets = [*sources, *targets]  # "A and B accused each other", "traded blame", "swapped prisoners"
    if sense.event_type == "ASSAULT" and token.lemma_.lower() in RECIPROCAL and not any(
            found.actors[k].type != "LOCATION" for k in targets) and len({  # the sides: not "Sudan's army chief X"
            k if found.actors[k].type in ("STATE", "ARMED_GROUP") else found.actors[k].country or k
            for k in sources}) > 1:
        # "Armenia and Azerbaijan fought", "A and B exchanged fire": each attacks the other
        targets = [*sources, *targets]
    return Frame(token, sense, "passive" if passive else how, unique(sources), unique(targets),
                 unique(locations), weapons_used(token, sense, lexicon))


#: Verbs whose subject, a fight, is between their object and the one it is "against".
PITTING = frozenset({"pit"})
#: Verbs of fighting off an attack: the attack was aimed at whoever fought it off.
REPELLING = frozenset({"repel", "repulse", "thwart", "foil", "withstand", "fend", "beat", "resist"})


def event_frames(sent: Span, found, lexicon: Lexicon) -> Iterator[Frame]:
    """Every event frame in one sentence, in text order of their triggers."""
    nominals: dict[int, Frame] = {}
    for token in sent:
        if found.at(token):  # "Amnesty" names an actor here, not an amnesty
            continue
        sense = noun_sense(token, lexicon)
        named_with = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else None
        if named_with is not None and lexicon.noun(f"{named_with.lower_} of {token.lower_}"):
            continue  # the "siege" of "a state of siege": one event, named by the whole phrase
        if sense is not None:
            frame = _nominal(token, sense, found, lexicon)
            if frame is not None and kept(frame, lexicon):
                nominals[token.i] = frame
    frames: dict[int, Frame] = {}
    named = dict(nominals)
    for token in sent:
        if found.at(token):
            continue
        sense, how, particle = verb_sense(token, lexicon)
        if sense is None or how == "verb" and lexicon.reporting(token.lemma_.lower()) == "say" and not any(
                found.at(o) for o in children(token, OBJ)):
            continue  # "warned that ..." reports; "warned Pakistan that ..." is a threat
        if token.dep_ == AMOD and sense.event_type in BACKING and token.tag_ == "VBN":
            frame = backed(token, sense, how, found)  # "Iranian-backed militias"
        elif token.dep_ == AMOD and sense.mode == "mediate" and token.tag_ == "VBN":
            frame = brokered(token, sense, how, found, nominals)  # "Qatari-mediated talks"
        elif gerund_as_adjective(token):  # "denied killing civilians": the denier's act, on the noun
            doers = unique(k for s in clause_subject(token.head.head) for k in arg_actors(s, found))
            frame = Frame(token, sense, how, doers, unique(k for k in arg_actors(token.head, found) if k not in doers),
                          (), weapons(token, lexicon))
        elif token.dep_ == AMOD and not object_read_as_head(token) or any(c.dep_ == "det" for c in token.children) \
                or token.dep_ == "pobj" and not any(True for _ in token.children):
            continue  # a participle used as an adjective or a noun: "alleged bombers", "evacuated the wounded",
            # "treated dozens of wounded"
        else:
            frame = _verb(token, sense, how, found, lexicon, nominals, particle, named)
        if frame is None or not kept(frame, lexicon) or rescued(frame, found) or sense.noted("ambiguous") and any(
                s.i in nominals and nominals[s.i].sense.event_type != sense.event_type for s in clause_subject(token)):
            continue  # ("workers' strikes hit ports": what a strike does, no attack)
        light = how == "verb" and lexicon.is_light_verb(token.lemma_.lower()) or how == "phrase" \
            and light_with_particle(token, lexicon)
        if light and any(o.i in nominals and nominals[o.i].sense.event_type != sense.event_type
                         and set(frame.targets) <= set(nominals[o.i].targets) for o in children(token, OBJ)):
            # "Kenya ordered patrols along the border": the patrols are Kenya's act, not a request;
            # "stepped up its withdrawal": a withdrawal, not a build-up ("pressed its assault on X": on X)
            continue
        frames[token.i] = frame
        for c in children(token, {"csubj"}):  # "Shelling by X killed dozens": one attack, X's
            if c.i in frames and frames[c.i].sense.event_type == sense.event_type:
                frames[token.i] = absorb(frames[token.i], frames.pop(c.i))
        for s in clause_subject(token):  # (not the noun a to-clause is on: "a hunger strike to protest", its purpose)
            if s.i in frames and s.i != token.i and frames[s.i].sense.event_type == sense.event_type \
                    and misread_finite(token):  # ("Houthi shelling(VBG) and a drone strike killed(acl) ...")
                frames[token.i] = absorb(frames[token.i], frames.pop(s.i))
            if s.i in nominals and nominals[s.i].sense.event_type == sense.event_type and not (
                    token.dep_ in ("relcl", "acl") and token.head.i == s.i
                    and any(c.lower_ == "to" for c in token.children)):
                frames[token.i] = absorb(frames[token.i], nominals.pop(s.i))
        for obj in counted_objects(token):
            # "imposed sanctions on X", "hosted talks with Y", "provided 20 tonnes of aid": one event
            if obj.i not in nominals:
                continue
            nominal = nominals[obj.i]
            if nominal.sense.event_type in PROPOSALS and (nominal.sense.event_type != sense.event_type or (
                    nominal.sense.mode == "promise" and sense.mode != "promise" and how == "verb")):
                # ("accepted an offer from Libya": an answer to Libya, whose offer it was)
                # "accepted demands from X", "rejected an offer by Y": an answer to the proposal's
                # maker; the proposal stays an event of its own unless the pair is one phrase
                frames[token.i] = answer(frames[token.i], nominals.pop(obj.i) if how == "phrase" else nominal)
            elif sense.event_type == "REJECT" and nominal.sense.event_type != "REJECT":
                # "rejected any Turkish military operation": opposed to whoever would carry it out
                frames[token.i] = answer(frames[token.i], nominal)
            elif sense.event_type in ("COERCE", "SANCTION") and nominal.sense.event_type in ("PROTEST", "CONSULT") \
                    and not any(found.actors[k].type != "LOCATION" for k in frames[token.i].targets):
                # "banned a planned opposition rally", "broke up a meeting of activists": aimed at them
                frames[token.i] = answer(frames[token.i], nominal)
            elif token.lemma_.lower() in REPELLING and nominal.sense.event_type == "ASSAULT":
                continue  # "repelled an attack by X": X's attack, on whoever repelled it
            elif how == "phrase" or nominal.sense.event_type == frames[token.i].sense.event_type:
                frames[token.i] = absorb(frames[token.i], nominals.pop(obj.i))
    frames.update(nominals)
    frames.update((f.trigger.i, f) for f in readiness(sent, found, frames))
    frames.update((f.trigger.i, f) for f in dismissals(sent, found, lexicon, frames))
    frames.update((f.trigger.i, f) for f in warnings(sent, found, frames))
    frames.update((f.trigger.i, f) for f in list(company(sent, found, frames)))
    frames.update((f.trigger.i, f) for f in list(requested(found, frames)))
    for i in sorted(frames):
        yield frames[i]
