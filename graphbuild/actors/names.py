"""Reading names: which names are one actor.

A name spelled out before its bracketed acronym is one organisation; a nickname, a lone surname
and a short name are the actor named in full before them (what kind of organisation an unknown
name is: :mod:`graphbuild.actors.kinds`; names the words beside them describe, "the rights group X":
:mod:`graphbuild.actors.described`).

>>> _without_article("al-sharaa")
'sharaa'
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from graphbuild.actors.boundaries import RULER_TITLES, without_leading_title
from graphbuild.actors.gazetteer import Gazetteer
from graphbuild.actors.kinds import national, org_heads, org_type
from graphbuild.actors.tables import fold, person_key, slug
from graphbuild.model import Actor, Mention

if TYPE_CHECKING:
    from graphbuild.actors.resolve import DocActors

def _without_article(surname: str) -> str:
    """A surname without an Arabic article: "al-sharaa" -> "sharaa".

    >>> _without_article("al-sharaa"), _without_article("el-sisi"), _without_article("putin")
    ('sharaa', 'sisi', 'putin')
    """
    for article in ("al-", "el-", "ad-", "ash-", "as-", "az-", "an-", "ar-"):
        if surname.startswith(article) and len(surname) > len(article) + 2:
            return surname[len(article):]
    return surname


def rekey(found: DocActors, old: str, new: str, keep: bool = False) -> None:
    """The actor ``old``'s words and spans made ``new``'s; its mentions too, and ``old`` dropped,
    unless ``keep`` (some of its mentions stay its own).

    >>> rekey.__name__  # needs resolved actors; see tests/actors/test_resolve.py
    'rekey'
    """
    if not keep:
        found.mentions = [Mention(m.doc_id, m.start, m.end, m.text, new, m.how) if m.actor == old else m
                          for m in found.mentions]
    for tok, key in list(found.token_actor.items()):
        if key == old:
            found.token_actor[tok] = new
    found.mention_spans = [(s, e, new if k == old else k) for s, e, k in found.mention_spans]
    if not keep:
        found.actors.pop(old, None)


def _people_read_as_organisations(found: DocActors) -> None:
    """ "Kemal Arslan met ... Arslan said": a name of two or three capitalised words, none an
    organisation's, that the tagger read as an organisation is a person when its last word is a
    name used alone in the text (organisations are shortened to their first words: "Amnesty")."""
    alone = {a.label.lower() for a in found.actors.values() if a.type in ("PERSON", "NGO") and len(a.label.split()) == 1}
    for actor in list(found.actors.values()):
        words = actor.label.split()
        if actor.key.startswith("org/") and actor.type == "NGO" and 2 <= len(words) <= 3 \
                and words[-1].lower() in alone and all(w[:1].isupper() for w in words) \
                and not any(w.lower() in org_heads() for w in words):
            person = Actor(key=person_key(actor.label), label=actor.label, type="PERSON")
            found.actors.setdefault(person.key, person)
            rekey(found, actor.key, person.key)


#: Organisation types only the words around a name say, never NER's guess from the name alone.
SAID_KINDS = frozenset({"ARMED_GROUP", "MEDIA"})


def _organisations_read_as_people(found: DocActors) -> None:
    """ "the Red Fox gang ... blamed Red Fox": a name NER alone took for a person is the armed group
    (or the outlet) the text names so elsewhere."""
    said = {a.label: a for a in found.actors.values() if a.key.startswith("org/") and a.type in SAID_KINDS}
    for actor in list(found.actors.values()):
        if actor.type == "PERSON" and actor.label in said and found.ner_only(actor.key):
            rekey(found, actor.key, said[actor.label].key)


def _held_once(words: Iterable[tuple[str, Actor]]) -> dict[str, Actor]:
    """The words that come once among (word, person) pairs, each with its person.

    >>> a, b = Actor("person/a", "A", "PERSON"), Actor("person/b", "B", "PERSON")
    >>> _held_once([("wei", a), ("taye", b), ("wei", b)]) == {"taye": b}
    True
    """
    seen: dict[str, list[Actor]] = {}
    for word, actor in words:
        seen.setdefault(word, []).append(actor)
    return {word: held[0] for word, held in seen.items() if len(held) == 1}


def merge_short_names(found: DocActors) -> None:
    """ "Luther" after "Philip Luther": one person, the one named in full (even if the tagger
    took the lone surname for an organisation or a place: "Petro declared" after "Gustavo Petro")."""
    _organisations_read_as_people(found)
    _people_read_as_organisations(found)
    people = [a for a in found.actors.values() if a.type == "PERSON"]
    # (names folded: "Traoré" after "Ibrahim Traore", however each was spelled)
    full = {fold(a.label.split()[-1]).lower(): a for a in people if len(a.label.split()) > 1}
    # "Sharaa" after "Ahmed al-Sharaa": the surname without its article
    full.update({_without_article(k): a for k, a in list(full.items()) if _without_article(k) not in full})
    # "Padrino Lopez" after "Vladimir Padrino Lopez": a two-word surname
    full.update({fold(" ".join(a.label.split()[-2:])).lower(): a for a in people if len(a.label.split()) > 2})
    # "Wei" after "Wei Fenghe", "Taye" after "Taye Atske Selassie": a name that comes first, where one
    # person has it (family names first, or given names used alone)
    firsts = _held_once((fold(a.label.split()[0]).lower(), a) for a in people if len(a.label.split()) > 1)
    full.update({k: a for k, a in firsts.items() if k not in full and len(k) > 1})
    # "Kalonji" after "Didier Kalonji Mbuyi": a middle name used alone, where one person has it
    middles = _held_once((fold(w).lower(), a) for a in people for w in a.label.split()[1:-1]
                         if w.istitle() and len(w) > 2)
    full.update({k: a for k, a in middles.items() if k not in full})
    moved: dict[str, str] = {}
    for i, m in enumerate(found.mentions):
        actor = found.actors[m.actor]
        if len(actor.label.split()) > 2 or len(actor.label.split()) == 2 and actor.type != "PERSON" or not (
                actor.type == "PERSON" or m.how == "ner" and actor.key.startswith(("org/", "place/"))):
            continue
        target = full.get(fold(actor.label).lower())
        if target is not None and target.key != actor.key:
            found.mentions[i] = Mention(m.doc_id, m.start, m.end, m.text, target.key, m.how)
            moved[actor.key] = target.key
    for old, new in moved.items():
        rekey(found, old, new, keep=any(m.actor == old for m in found.mentions))
    _short_org_names(found)


def peoples_organisations(found: DocActors, gaz: Gazetteer) -> None:
    """ "the Yazidi Sinjar Resistance Units" and "the Sinjar Resistance Units": one organisation, the
    people's word NER took into one of its names left out (a people groups.csv lists, not a state's
    demonym: the "Syrian Democratic Forces" are no "Democratic Forces").

    >>> peoples_organisations.__name__  # needs resolved mentions; see tests/actors/test_resolve.py
    'peoples_organisations'
    """
    by_label = {a.label.lower(): a for a in found.actors.values() if a.type in SHORTENED}
    for actor in list(found.actors.values()):
        first, _, rest = actor.label.partition(" ")
        people = gaz.group(f"{first.lower()}s")
        same = by_label.get(rest.lower())
        if actor.type in SHORTENED and first.istitle() and people is not None and people.type == "GROUP" \
                and same is not None and same.key != actor.key and actor.key.startswith("org/"):
            rekey(found, actor.key, same.key)


#: Organisation types a name shortened to its first word may stand for ("Radaa" for the Radaa Deterrence Force).
SHORTENED = frozenset({"ARMED_GROUP", "NGO", "MEDIA"})
#: First words many organisations' names share: alone, they stand for none of them.
SHARED_FIRST_WORDS = frozenset({"national", "united", "islamic", "democratic", "popular", "people's", "peoples",
                                "revolutionary", "free", "african", "arab", "international", "union", "front",
                                "movement", "liberation", "special", "human", "rapid", "central", "federal",
                                "general", "supreme", "northern", "southern", "eastern", "western", "global",
                                "independent", "patriotic", "republican", "social", "socialist", "unity"})


def _short_org_names(found: DocActors) -> None:
    """ "Radaa" after "the Radaa Deterrence Force": a one-word organisation (or person: the tagger
    may take the word for a name) is the one organisation named in full before it whose name
    starts with that word (not a word many names start with: "National" is no one's; nor a people's
    group: "Tebu" is no short name of "Tebu fighters"); so is an organisation named by all of a
    longer name but its last, organisation word ("Santa Rosa de Lima" after "... de Lima Cartel")."""
    firsts: dict[str, list[Actor]] = {}
    for a in found.actors.values():
        words = a.label.split()
        if a.type in SHORTENED and len(words) > 1 and words[0][:1].isupper() and not a.key.startswith("group/"):
            firsts.setdefault(words[0].lower(), []).append(a)
    first_seen: dict[str, int] = {}
    for s, _e, k in sorted(found.mention_spans):
        first_seen.setdefault(k, s)
    for actor in list(found.actors.values()):
        word = actor.label.lower()
        full = firsts.get(word, []) if actor.key.startswith(("org/", "person/")) and " " not in word else []
        if len(full) == 1 and len(word) > 3 and word not in SHARED_FIRST_WORDS and word not in org_heads() \
                and full[0].key in first_seen and first_seen[full[0].key] < first_seen.get(actor.key, -1):
            rekey(found, actor.key, full[0].key)
    whole: dict[str, list[Actor]] = {}  # "the Santa Rosa de Lima group" after "the Santa Rosa de Lima Cartel"
    for a in found.actors.values():
        words = a.label.split()
        if a.type in SHORTENED and len(words) > 2 and words[-1].lower() in org_heads() and a.key.startswith("org/"):
            whole.setdefault(" ".join(words[:-1]).lower(), []).append(a)
    for actor in list(found.actors.values()):
        full = whole.get(actor.label.lower(), []) if actor.key.startswith("org/") else []
        if len(full) == 1 and full[0].key in first_seen and first_seen[full[0].key] < first_seen.get(actor.key, -1):
            rekey(found, actor.key, full[0].key)


#: Small words inside an organisation's name ("Union of Teachers", "Movement for Democratic Change",
#: "Solidarite pour la Paix en Kivu", "Ejército de Liberación Nacional").
NAME_LINKS = frozenset({"of", "for", "and", "the", "de", "du", "des", "al", "pour", "la", "le", "les", "en", "et",
                        "del", "los", "las", "para", "por", "da", "do", "dos", "das"})


def initials(name: str) -> str:
    """The acronym a name's capitalised words make: "Tigray People's Liberation Front" -> "TPLF".

    >>> initials("Tigray People's Liberation Front"), initials("Movement for Democratic Change")
    ('TPLF', 'MDC')
    """
    return "".join(w[0] for w in name.split() if w[0].isupper())


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is ``name``'s: its initials, or, for an acronym of the name in another
    language, most of its letters among the name's initials ("CENCO" of "National Episcopal Conference
    of Congo", from the French; "CTDDH" of "Chadian Convention for the Defence of Human Rights").

    >>> spells("TPLF", "Tigray People's Liberation Front"), spells("CENCO", "National Episcopal Conference of Congo")
    (True, True)
    >>> spells("AFP", "Interior Ministry"), spells("CRPF", "Special Task Force and the Central Reserve Police Force")
    (False, False)
    """
    own = initials(name)
    if own == acronym:
        return True
    left = list(own)
    shared = sum(1 for c in acronym if c in left and not left.remove(c))
    return len(acronym) > 2 and abs(len(own) - len(acronym)) <= 1 and acronym[0] in own \
        and shared >= 0.6 * len(acronym)


def spelled_out(doc: Doc, found: DocActors, gaz: Gazetteer) -> None:
    """ "The Nigerian Union of Teachers (NUT)": a capitalised name whose initials are the acronym in
    brackets after it is one organisation, whatever NER and the group words made of its parts; so is
    an IGO's body named after the IGO, whatever its acronym spells ("the U.N. Integrated Office in
    Haiti (BINUH)")."""
    for t in doc[1:-2]:
        word = doc[t.i + 1]
        if t.text != "(" or doc[t.i + 2].text != ")" or not word.text.isupper() or not word.is_alpha:
            continue
        starts, start = [], t.i
        while start > 0:
            link = start - 1
            while link > 0 and doc[link].lower_ in NAME_LINKS and not doc[link].is_title:
                link -= 1  # ("Convention for the Defence of ...": the links between its words)
            if not doc[link].is_title:
                break
            start = link
            starts.append(start + (doc[start].lower_ == "the"))
        names = [doc[x:t.i] for x in starts]  # (the nearest first: the one the acronym spells, else the whole)
        name = next((n for n in names if initials(n.text) == word.text), None) or (
            names[-1] if names and names[-1].start and doc[names[-1].start - 1].is_alpha else doc[t.i:t.i])
        # (a name its acronym only loosely spells is the whole run of capitalised words, not a tail of it:
        # not "Front for the Renaissance of ..." of the "Popular Front ... (FPRC)", nor the end of "Peoples' X")
        body = _igo_body(doc, t.i, found, gaz) if len(word) > 2 else None
        if body is not None:  # "the U.N. Integrated Office in Haiti (BINUH)": the UN's, whatever its acronym spells
            found.replace(body, Actor(key=f"org/{slug(body.text)}", label=body.text, type="IGO"), "ner")
            continue
        if len(name) < 2 or not spells(word.text, name.text) or gaz.lookup(name.text) is not None \
                or not any(w.lower_ in org_heads() for w in name) and not _foreign_name(name, found):
            continue  # ("a Free Trade Agreement (FTA)" is no one)
        org = Actor(key=f"org/{slug(name.text)}", label=name.text, type=org_type(name.text, national(name, gaz)))
        parts = {m.actor for m in found.mentions if name.start_char <= m.start and m.end <= name.end_char
                 and m.how == "ner" and found.actors[m.actor].type not in ("STATE", "LOCATION")}
        found.replace(name, org, "ner")
        for part in parts - {org.key}:  # ("fighters of the Patriotic Movement ..." read with NER's part of it)
            rekey(found, part, org.key)


def _igo_body(doc: Doc, end: int, found: DocActors, gaz: Gazetteer):
    """The name of an IGO's body that ends at token ``end``, led by the IGO's own short name that the
    gazetteer read alone ("U.N." of "U.N. Integrated Office in Haiti"), or None."""
    start = end
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ in NAME_LINKS | {"in"} and start > 1
                         and doc[start - 2].is_title):
        start -= 1
    name = doc[start + (doc[start].lower_ == "the"):end] if start < end else None
    if name is None or len(name) < 3:
        return None
    parent = [m for m in found.mention_spans if m[0] <= name.start < m[1]]
    return name if parent and parent[0][1] == name.start + 1 and found.actors[parent[0][2]].type == "IGO" \
        and found.at(name[1]) is None and gaz.lookup(name.text) is None else None


def _foreign_name(name, found: DocActors) -> bool:
    """Whether a name of three or more proper nouns, part of which NER took for a person or an
    organisation, is an organisation's untranslated name its acronym spells ("the Parbatya
    Chattagram Jana Samhati Samiti (PCJSS)", of which NER took the last four words for a person)."""
    return len(name) > 2 and all(w.pos_ == "PROPN" for w in name) and any(
        (k := found.at(w)) is not None and found.actors[k].type in ("PERSON", "NGO") for w in name)


def untagged_surnames(doc: Doc, found: DocActors) -> None:
    """ "Petro urged ..." after "Gustavo Petro": a lone surname NER did not tag is the person named
    in full before it."""
    firsts = {}
    for start, end, key in sorted(found.mention_spans):
        actor = found.actors[key]
        if actor.type == "PERSON" and len(actor.label.split()) > 1:
            firsts.setdefault(actor.label.split()[-1].lower(), (start, actor))
            firsts.setdefault(_without_article(actor.label.split()[-1].lower()), (start, actor))  # "Sharaa"
        if actor.type == "PERSON" and end - start > 1 and doc[end - 1].is_title:  # a second name in full
            firsts.setdefault(doc[end - 1].lower_, (start, actor))  # ("X, known as Y Z": "Z" is X)
    for t in doc:
        named = firsts.get(t.lower_) if t.is_title and (t.pos_ == "PROPN" or t.pos_ == "NOUN" and t.is_sent_start
                                                         and t.dep_ in ("nsubj", "nsubjpass")) else None
        # (a surname that starts a sentence may be tagged a noun: "Sharaa asked ...")
        if named is not None and named[0] < t.i and t.i not in found.token_actor and not any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children) and t.dep_ != "compound":
            found.add(doc[t.i:t.i + 1], named[1], "name")


#: Last words of the names of agreements, which are no actors.
AGREEMENT_HEADS = frozenset({"treaty", "accord", "accords", "agreement", "convention", "conventions", "protocol",
                             "pact", "charter"})


#: Words before the name of a storm ("Cyclone Freddy"): a storm is no actor.
STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm"})


def agreement_names(doc: Doc, found: DocActors, gaz) -> None:
    """The name of an agreement or a storm is no actor, nor is the place it is named after: "the
    Indus Waters Treaty", "the Minsk Accords" (not Belarus), "Cyclone Freddy".

    >>> agreement_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'agreement_names'
    """
    for t in doc[:-1]:
        if t.lower_ in STORM_WORDS and t.is_title and doc[t.i + 1].is_title and doc[t.i + 1].pos_ == "PROPN":
            found.replace(doc[t.i:t.i + 2], None, "storm")
    for t in doc[1:]:
        if t.lower_ not in AGREEMENT_HEADS or not t.is_title or t.i + 1 < len(doc) and doc[t.i + 1].is_title:
            continue  # (the "Treaty" of the "North Atlantic Treaty Organization" is in an organisation's name)
        start = t.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == t.i:
            start -= 1
        if start < t.i and gaz.lookup(doc[start:t.i + 1].text) is None:
            found.replace(doc[start:t.i + 1], None, "agreement")
    for t in doc[:-1]:
        end = _title_after(doc, t.i) if t.lower_ in AGREEMENT_HEADS | TITLED_DOCUMENTS and t.is_title else t.i + 1
        if end > t.i + 1:  # "a Memorandum of Understanding (MOU) on Cessation of Hostilities": one title, no actor
            found.replace(doc[t.i + 1:end], None, "agreement")


#: Words that open the title of a document written out after them, as agreements are.
TITLED_DOCUMENTS = frozenset({"memorandum", "declaration"})
#: Small words inside a title: "Memorandum of Understanding on Cessation of Hostilities".
TITLE_LINKS = frozenset({"of", "on", "for", "the", "and"})


def _title_after(doc: Doc, i: int) -> int:
    """Where the title an agreement word opens ends: its capitalised words, the small words between
    them and an acronym in brackets ("Agreement on Cessation of Hostilities", "... (MOU)")."""
    end = i + 1
    while end < len(doc):
        word = doc[end]
        if word.lower_ in TITLE_LINKS and end + 1 < len(doc) and doc[end + 1].is_title:
            end += 2
        elif word.text == "(" and end + 2 < len(doc) and doc[end + 1].is_upper and doc[end + 2].text == ")":
            end += 3
        elif word.is_title and word.pos_ == "PROPN" and end > i + 1:
            end += 1
        else:
            break
    return end


#: Lower-case particles inside a person's name: "Hans van den Broek", "Ursula von der Leyen".
NAME_PARTICLES = frozenset({"van", "von", "den", "der", "de", "da", "di", "du", "la", "le", "ter", "ten"})


def particle_names(doc: Doc, found: DocActors) -> None:
    """A person's name goes on over lower-case particles and the capitalised surname after them,
    where NER stopped at the particle: "Hans Van den Broek" (not "Hans Van" and a place "Broek").

    >>> particle_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'particle_names'
    """
    for start, end, key in sorted(found.mention_spans):
        if found.actors[key].type != "PERSON" or end >= len(doc) or not doc[end].is_lower \
                or doc[end].lower_ not in NAME_PARTICLES:
            continue
        stop = end
        while stop < len(doc) and doc[stop].is_lower and doc[stop].lower_ in NAME_PARTICLES:
            stop += 1
        while stop < len(doc) and doc[stop].is_title and doc[stop].pos_ == "PROPN":
            stop += 1
        if stop > end and not doc[stop - 1].is_lower and found.ner_only(key):
            name = doc[start:stop]
            found.replace(name, Actor(key=person_key(name.text), label=name.text, type="PERSON"), "ner")


#: Military ranks written before a name: "army spokesman General X Y" (the last rank of "Major General").
RANKS = frozenset({"general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "brigadier", "brig.",
                   "captain", "capt.", "admiral", "marshal", "sergeant", "lieutenant-general", "major-general"})


#: Offices written before a full name, which NER may leave untagged ("Imo Governor Hope X").
OFFICES = frozenset({"governor", "president", "mayor", "minister", "spokesman", "spokeswoman", "spokesperson",
                     "commissioner", "senator", "chairman", "chairwoman", "chairperson"})


def titled_names(doc: Doc, found: DocActors, gaz: Gazetteer) -> None:
    """A capitalised name no one read right after a ruler's title, a military rank or an office (two
    words at least) is that person: "Queen Margrethe of Denmark", "army spokesman General X Y",
    "Imo Governor Hope X" (the title is left to the standing relations, not the label).

    >>> titled_names.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py
    'titled_names'
    """
    for t in doc[:-1]:
        ranked = t.lower_ in RANKS and doc[t.i + 1].lower_ not in RANKS
        office = t.lower_ in OFFICES and t.pos_ == "PROPN"  # ("Imo Governor Hope X", NER reading none)
        if not (t.lower_ in RULER_TITLES or ranked or office) or not t.is_title:
            continue
        end = t.i + 1

        def person(i: int) -> bool:  # (NER's person whose first name it left out: "General X [Y Z]")
            return ranked and doc[i].ent_type_ == "PERSON" and found.actor(doc[i]) is not None \
                and found.actor(doc[i]).type == "PERSON"
        while end < len(doc) and end - t.i <= 3 and doc[end].is_title and doc[end].pos_ == "PROPN" \
                and (end not in found.token_actor or person(end)):
            end += 1
        span = without_leading_title(doc[t.i + 1:end], gaz)  # ("Lieutenant Governor X Y": X Y)
        if office and len(span) < 2:
            continue  # (an office before one capitalised word may be a body's name: "Governor Office")
        if span and (end == len(doc) or not doc[end].is_title) and span[-1].lower_ not in org_heads() \
                and not any(x.ent_type_ and not person(x.i) for x in span) \
                and not (t.i > 0 and doc[t.i - 1].lower_ == "the") and not person(span.start):
            # (what NER read, or a name after "the", is no one's: "the King Fahd Causeway")
            found.replace(span, Actor(key=person_key(span.text), label=span.text, type="PERSON"), "title")


#: Actor types an acronym of initials may name.
ORGANISED = ("STATE", "GOVERNMENT", "MILITARY", "ARMED_GROUP", "IGO", "NGO", "MEDIA")


def _alike(written: str, label: str) -> bool:
    """Whether most words of four letters or more of ``written`` begin as a word of ``label`` does
    ("Rwandese Defence Forces" and "Rwanda Defence Force"; not "United People's Democratic Front"
    and "Uganda People's Defence Force").

    >>> _alike("Armed Defence Forces of Mozambique", "Armed Forces for the Defence of Mozambique")
    True
    """
    stems = {w[:4] for w in fold(label).casefold().split() if len(w) > 3}
    words = [w[:4] for w in fold(written).casefold().split() if len(w) > 3]
    return 2 * sum(w in stems for w in words) > len(words)


def _known_by_acronym(doc: Doc, found, key: str, known: str | None) -> str | None:
    """ "the Armed Defence Forces of Mozambique (FADM)", where the acronym names an organisation the
    gazetteer knows by another name: the name NER read is that organisation, as this text writes it
    (one of its names from now on). Returns the organisation's key, or None."""
    if known is None or not found.ner_only(key) or found.ner_only(known) or known.startswith(("state/", "place/")) \
            or found.actors[key].type not in ORGANISED \
            or not _alike(found.actors[key].label, found.actors[known].label) \
            or fold(found.actors[known].label).casefold() in fold(found.actors[key].label).casefold():
        return None  # (not "the United People's Democratic Front (UPDF)", no army of that acronym; not
        # "the Defence Ministry of the Government of National Unity (GNU)", a body of the one named)
    actor, written = found.actors[known], found.actors[key].label
    found.actors[known] = replace(actor, aliases=tuple(sorted({*actor.aliases, written})))
    for start, end, _key in [m for m in found.mention_spans if m[2] == key]:
        found.replace(doc[start:end], found.actors[known], "acronym")
    del found.actors[key]
    return known


def acronyms(doc: Doc, found) -> None:
    """ "NAME (ACRONYM)": the acronym names the actor before it, here and later in the document; an
    acronym of a named organisation's initials names it too ("the TPLF").

    >>> acronyms.__name__  # needs a parsed Doc; see tests/actors/test_resolve.py (COREF)
    'acronyms'
    """
    named: dict[str, str] = {}
    for t in doc[1:-2]:
        word, close = doc[t.i + 1], doc[t.i + 2]
        key = found.at(doc[t.i - 1])
        if key and found.actors[key].type in ("STATE", "LOCATION"):
            key = None  # "the Mission in Afghanistan (UNAMA)": an acronym names the body, not the place
        if t.text == "(" and close.text == ")" and word.text.isupper() and word.is_alpha and len(word) > 1 \
                and key and found.at(word) != key:
            named[word.text] = _known_by_acronym(doc, found, key, found.at(word)) or key
    by_initials = {initials(a.label): a.key for a in found.actors.values()
                   if a.type in ORGANISED and len(initials(a.label)) > 2}
    for t in doc:
        key = named.get(t.text)
        unknown = found.at(t) is None or found.at(t).startswith("org/") and found.actors[found.at(t)].label == t.text
        if key is None and unknown and t.text.isupper() and t.is_alpha:
            key = by_initials.get(t.text)  # "the TPLF" after "the Tigray People's Liberation Front"
        if key and found.at(t) != key:
            old = found.at(t)
            found.replace(doc[t.i:t.i + 1], found.actors[key], "coref")
            if old and not any(m.actor == old for m in found.mentions):
                del found.actors[old]  # the acronym was read as an actor of its own
