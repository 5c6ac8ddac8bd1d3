"""People, organisations and digital-archive credits read from text.

:func:`parse_agent` turns one name into a :class:`~archcite.model.Person` or an
:class:`~archcite.model.Organization`; :func:`parse_agents` splits a list (``A, B, and C``,
``A; B``, ``A and B``); :func:`parse_credits` reads credit sentences such as
``Obtained for NKIDP by Nobuo Shimotomai and translated for NKIDP by Gary Goldberg``.

Rules rather than lists of people:

* an organisation is a name with an institutional word (Archive, Institute, Foundation …) or an
  acronym written in capitals (``NHK``);
* particles (``van``, ``de``, ``von`` …) stay with the family name;
* a name is family-first (``Ri Sang-jo``, ``Mao Zedong``, ``Kim Il Sung``) when its first word is
  a common Chinese, Korean or Vietnamese family name and every other word is made of romanised
  CJK syllables (pinyin, Wade–Giles, Korean romanisation): ``Kim Philby`` is not.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache
from itertools import pairwise
from typing import Any, TypeVar

from pydantic import BaseModel

from archcite.model.people import Agent, Credit, CreditRole, Organization, Person
from archcite.parse.dates import alternation

__all__ = ["CREDIT_FIRST_WORDS", "CREDIT_START", "CREDIT_START_LOWER", "build", "construct",
           "opens_clause", "parse_agent", "parse_agents", "parse_credits", "replace"]

# Institutional words (lower case, each all word characters): a name is an organisation when
# one of them stands in it as a whole word, a maximal run of \w characters (as ``(?<!\w)word\b``
# would find it); one findall and a set test are cheaper than a search for all of them.
_ORG_WORD_LIST = (
    "archive", "archives", "institute", "institution", "university", "universität",
    "université", "center", "centre", "foundation", "ministry", "program", "programme",
    "project", "library", "museum", "committee", "agency", "office", "embassy", "society",
    "press", "council", "department", "bureau", "service", "association", "corporation",
    "company", "fund", "trust", "academy", "commission", "school", "college", "initiative",
    "network", "government", "party", "newspaper", "broadcasting", "radio", "television",
    "group", "inc", "ltd", "llc", "gmbh", "corp", "архив", "институт", "фонд", "центр",
    "министерство", "комитет", "университет")
_ORG_WORDS = frozenset(_ORG_WORD_LIST)
_WORD_RUN = re.compile(r"\w+")
_ACRONYM = re.compile(r"^[A-ZА-Я0-9&.\-]{2,}$")
_PARTICLE_WORDS = "van von der den de del della dei di da das dos du la le ten ter bin ibn al el"
_PARTICLES = frozenset(_PARTICLE_WORDS.split())
_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))
_KEEP_DOT = re.compile(r"(?:\b[A-ZА-Я]|\b[JS]r)\.$")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# "the John D." (of "the John D. and Catherine T. MacArthur Foundation")
_ENDS_WITH_INITIAL = re.compile(r"\b[A-Z]\.$")
_PAREN = re.compile(r"\([^()]*\)")  # affiliation; spaces are folded afterwards
_WORD = re.compile(r"[a-z]+")

# Common romanised family names of Chinese (pinyin and Wade–Giles), Korean and Vietnamese
# origin: a name starting with one of these *and* continuing with CJK syllables only is
# written family name first.
_CJK_FAMILY_WORDS = """
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su
lu ding ren shen yao jin fu zhong cui tan fan shi liao zou xiong qiu qin jia hou kong bai mao
qiao lei long duan hao kang gu meng yan xia wen qian dai nie bo ke lai chiang chou chang teng lo
hsu kuo hsieh huang chu chao tsai tseng
kim lee ri yi park pak choi choe jung chong cho jo yoon yun jang lim rim oh seo shin sin kwon
hwang ahn an ryu hong jeon chon ko moon mun son bae paek baek heo ho nam sim noh ha kwak sung
cha joo ju woo min ryom hyon hyun chae jeong ok
nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly
"""
_CJK_FAMILY = frozenset(_CJK_FAMILY_WORDS.split())
# One romanised CJK syllable: pinyin/Wade–Giles or Korean initial, vowel group, coda.
_SYLLABLE = (
    r"(?:zh|ch|sh|ts|hs|kk|tt|pp|ss|jj|[bpmfdtnlgkhjqxrzcsywv])?'?"
    r"(?:wae|yae|yeo|yeu|iao|iang|iong|uang|uai|ueng|ae|eo|eu|oe|ui|wa|wo|we|wi|ya|yo|yu|ye|"
    r"ai|ei|ao|ou|ia|ie|iu|io|ua|uo|ue|üe|[aeiouü])"
    r"(?:ng|nh|ch|n|m|k|p|l|r|t|h)?"
)
_CJK_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,3}}", re.IGNORECASE)

_ROLE_WORDS: dict[str, CreditRole] = {
    "obtained": "obtained_by",
    "translated": "translated_by",
    "translation": "translated_by",
    "transcribed": "transcribed_by",
    "transcription": "transcribed_by",
    "edited": "edited_by",
    "annotated": "edited_by",
    "provided": "provided_by",
    "contributed": "contributed_by",
    "donated": "contributed_by",
    "funded": "funded_by",
}

_CREDIT_WORDS = (
    "obtained", "translated", "translation", "transcribed", "transcription", "edited",
    "provided", "contributed", "donated", "funded", "this document was made possible",
    "made possible", "copy on file", "with permission", "with the permission",
    "with kind permission", "with the kind permission", "courtesy of")
#: Where a credit clause starts (used by the citation parser to find the credits).
# (the word-start test sits after each word's first letter, so that a search skips letters
# that start no credit word in C; "trans." must be followed by a space, the others end a word)
CREDIT_START = re.compile(alternation((*_CREDIT_WORDS, "trans."), guard=r"(?<![\w-].)")
                          + r"(?:(?<=\.)(?=\s)|(?<!\.)\b)", re.IGNORECASE)
#: The same, without IGNORECASE, for text already lower-cased (twice as fast).
CREDIT_START_LOWER = re.compile(CREDIT_START.pattern)
#: The first word of every credit phrase: each match of :data:`CREDIT_START_LOWER` begins with
#: one of them (so a lower-cased text holding none of them holds no credit clause).
CREDIT_FIRST_WORDS = tuple(sorted({w.split()[0] for w in (*_CREDIT_WORDS, "trans.")}))


_CLAUSE = re.compile(
    r"(?P<verbs>(?:obtained|translated|translation|transcribed|transcription|edited|annotated|"
    r"provided|contributed|donated|funded)(?:\s*(?:,|and|&)\s*(?:obtained|translated|edited|"
    r"annotated|transcribed|provided|contributed|donated))*)"
    r"(?:\s+from\s+(?:the\s+)?[A-Z][\w-]*(?:\s+original)?)?"
    r"(?:\s+(?:in)?to\s+[A-Z][a-z]+(?=\s+(?:for|by)\b))?"
    r"(?:\s+(?:for|to)\s+(?P<proj>.{1,150}?))??"
    r"(?:\s+by\s+(?P<agents>.+?)"
    # "… by Name for NKIDP", "… for the Cold War International History Project"
    r"(?:\s+for\s+(?P<proj2>(?-i:[A-Z]{2,}[\w-]*)|the\s+(?:[\w-]+\s+){0,6}"
    r"(?:project|program|programme|initiative)))?)?"
    r"$",
    re.IGNORECASE | re.DOTALL,
)
_ASSISTED = re.compile(r"\s+with\s+(?:the\s+)?(?:help|assistance|support)\b", re.IGNORECASE)
_TRANS = re.compile(r"trans\.\s+(?!by\b)(.+)", re.IGNORECASE | re.DOTALL)
_FUNDING = re.compile(
    r"(?:this\s+document\s+was\s+)?made\s+possible\s+(?:with|by|through|thanks\s+to)\s+"
    r"(?:the\s+)?(?:generous\s+)?(?:support|funding|a\s+grant)\s+(?:from|of|by)\s+"
    # the funders run to the end of their sentence: a period and a capital, not after an initial
    # ("Catherine T. MacArthur") or an abbreviation ("Dr. Smith", "Corp. of New York")
    r"(?P<agents>.+?)(?:(?<![\s.][A-Z])(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)"
    r"(?<!\bSt)(?<!\bCo)(?<!\bCorp)(?<!\bInc)(?<!\bLtd)\.\s+(?-i:(?=[A-ZА-ЯЁ]))|\.?\s*$)",
    re.IGNORECASE | re.DOTALL,
)
_CLAUSE_OPENERS = frozenset(".;,(\"”»’'")  # what may precede a credit clause
_MAX_CLAUSE = 400
_VERBS_ONLY = re.compile(r"(?:obtained|translated|transcribed|edited|annotated|provided|"
                         r"contributed|donated)",
                         re.IGNORECASE)
# every separator _AGENT_SPLIT splits on has one of ";,&/" or " and " (parse_agents tests these)
_AGENT_SPLIT = re.compile(r"\s*(?:;|,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|/)\s*")


_M = TypeVar("_M", bound=BaseModel)
_IMMUTABLE = (type(None), str, int, float, bool, tuple, frozenset, Enum)
_DEFAULTS: dict[type[BaseModel], dict[str, Any] | None] = {}
_new = object.__new__  # pydantic models define no __new__ of their own
# The setters of BaseModel's four slots, called directly (as model_construct sets them, past
# the frozen model's __setattr__), without object.__setattr__'s look-up of the name
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_SET_EXTRA = BaseModel.__dict__["__pydantic_extra__"].__set__
_SET_PRIVATE = BaseModel.__dict__["__pydantic_private__"].__set__


def _defaults(cls: type[BaseModel]) -> dict[str, Any] | None:
    """The defaults of ``cls``'s optional fields when :func:`construct` may build it directly
    (no aliases, extras, private attributes, post-init hooks or mutable defaults), else
    ``None``; checked once per class."""
    if cls in _DEFAULTS:
        return _DEFAULTS[cls]
    fields = cls.model_fields
    simple = (not cls.__pydantic_post_init__ and not cls.__private_attributes__
              and not cls.__pydantic_root_model__
              and cls.model_config.get("extra") != "allow"
              and all(f.alias is None and f.validation_alias is None
                      and f.default_factory is None
                      and (f.is_required() or isinstance(f.default, _IMMUTABLE))
                      for f in fields.values()))
    defaults = ({n: f.default for n, f in fields.items() if not f.is_required()}
                if simple else None)
    _DEFAULTS[cls] = defaults
    return defaults


def construct(cls: type[_M], **values: Any) -> _M:
    """``cls.model_construct(**values)`` for trusted values, without its per-field loop.

    Gives what ``model_construct`` gives (``__dict__`` with the defaults filled in, the
    fields-set of the names given) for the simple models :func:`_defaults` accepts; any other
    model goes through ``model_construct``.  A parse builds several models, so this is worth
    having.
    """
    defaults = _DEFAULTS.get(cls)
    if defaults is None:
        defaults = _defaults(cls)
        if defaults is None:
            return cls.model_construct(**values)
    obj = _new(cls)
    _SET_DICT(obj, defaults | values)
    _SET_FIELDS(obj, set(values))
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


def build(cls: type[_M], state: dict[str, Any], fields_set: set[str]) -> _M:
    """What :func:`construct` gives, from the whole ``__dict__`` (every field, in the model's
    order, defaults included) and the fields-set, both made by the caller: for a hot path that
    fills a copy of the defaults, without a keyword dict.  Only for models :func:`construct`
    builds directly (checked by the callers' tests)."""
    obj = _new(cls)
    _SET_DICT(obj, state)
    _SET_FIELDS(obj, fields_set)
    _SET_EXTRA(obj, None)
    _SET_PRIVATE(obj, None)
    return obj


def replace(obj: _M, **changes: Any) -> _M:
    """``obj.model_copy(update=changes)`` for trusted values, several times faster: the
    same ``__dict__`` and fields-set, for the simple models :func:`construct` builds."""
    cls = type(obj)
    if _DEFAULTS.get(cls) is None and _defaults(cls) is None:  # (a dict: checked before)
        return obj.model_copy(update=changes)
    new = _new(cls)
    _SET_DICT(new, obj.__dict__ | changes)
    _SET_FIELDS(new, obj.__pydantic_fields_set__ | changes.keys())
    _SET_EXTRA(new, None)
    _SET_PRIVATE(new, None)
    return new


def _clean(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:")


def opens_clause(text: str, i: int, floor: int = 0) -> bool:
    """True when a credit word at ``i`` opens a clause: at ``floor``, after ``.;,(``, a closing
    quotation mark or "and" (so "co-edited by" inside a book title does not)."""
    j = i - 1
    while j >= floor and text[j] == " ":
        j -= 1
    if j < floor or text[j] in _CLAUSE_OPENERS:
        return True
    return text.endswith(" and", 0, j + 1) or text.endswith("And", 0, j + 1) or (
        j == floor + 2 and text[floor:j + 1].lower() == "and")


def _clauses(text: str) -> list[str]:
    lower = text.lower()  # the case-sensitive pattern on lower-cased text is faster
    pattern, hay = (CREDIT_START_LOWER, lower) if len(lower) == len(text) else (CREDIT_START, text)
    starts = [m.start() for m in pattern.finditer(hay) if opens_clause(text, m.start())]
    if not starts or (starts[0] and text[:starts[0]].strip(" ,;.")):
        starts.insert(0, 0)
    starts.append(len(text))
    return [_strip_tail(text[a:b]) for a, b in pairwise(starts)]


def _strip_tail(piece: str) -> str:
    """A clause without the separators and "and" that link it to the next one."""
    piece = piece.rstrip(" ,;.")
    if piece[-4:].lower() == " and":
        piece = piece[:-4].rstrip(" ,;.")
    return piece


def _is_org(name: str) -> bool:
    if not _ORG_WORDS.isdisjoint(_WORD_RUN.findall(name.lower())):
        return True
    if name.upper() != name:  # a lower-case letter: no acronym (the cheap test first)
        return False
    words = name.split()
    return len(words) <= 3 and all(_ACRONYM.match(w) for w in words)


def _family_first(words: list[str]) -> bool:
    if len(words) < 2 or words[0].lower() not in _CJK_FAMILY or not words[0][0].isupper():
        return False
    for word in words[1:]:
        for part in word.split("-"):
            if not part or not _CJK_GIVEN.fullmatch(part):
                return False
    return True


@lru_cache(maxsize=4096)  # names recur; Person/Organization values are immutable
def parse_agent(text: str) -> Agent:
    """One name → a :class:`Person` (given/family split) or an :class:`Organization`.

    A parenthesised affiliation (``Vladislav M. Zubok (National Security Archive)``) is not
    part of the name.
    """
    name = (_clean(_PAREN.sub("", text)) if "(" in text else "") or _clean(text)
    if name.endswith(".") and not _KEEP_DOT.search(name):
        name = name.rstrip(".")
    if not name:
        return construct(Person, literal=text.strip() or "?")
    if _is_org(name):
        return construct(Organization, name=_THE.sub("", name))
    words = name.split()
    suffix = ""
    if len(words) > 2 and words[-1].lower() in _SUFFIXES:
        suffix = " " + words.pop()
    if len(words) == 1:
        return construct(Person, family=words[0] + suffix)
    if _family_first(words):
        return construct(Person, family=words[0], given=" ".join(words[1:]),
                                      name_order="family-first")
    cut = len(words) - 1
    # particles belong to the family name: "Ludwig van Beethoven", "Charles de Gaulle"
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return construct(Person, given=" ".join(words[:cut]),
                                  family=" ".join(words[cut:]) + suffix)


def parse_agents(text: str) -> tuple[Agent, ...]:
    """A list of names (``A, B, and C``; ``A; B``; ``A and B``; ``A/B``) → agents."""
    if "(" in text:
        text = _PAREN.sub("", text)
    text = " ".join(text.split())  # single spaces keep the split linear
    if " and " in text or ";" in text or "," in text or "&" in text or "/" in text:
        parts = [p for p in _AGENT_SPLIT.split(text) if p and p.strip(" .")]
    else:  # one name (the usual case): nothing to split on
        return (parse_agent(text),) if text.strip(" .") else ()
    merged: list[str] = []
    for part in parts:  # "Martin Luther King, Jr." is one person
        if merged and part.lower().rstrip(".") in ("jr", "sr", "ii", "iii", "inc", "ltd", "llc"):
            merged[-1] += ", " + part  # (and "Leon Levy Foundation, Inc.")
        elif merged and merged[-1][:4].lower() == "the " and _ENDS_WITH_INITIAL.search(merged[-1]) \
                and _is_org(part) and f"{merged[-1]} and {part}" in text:
            # "the John D. and Catherine T. MacArthur Foundation": no person starts with
            # "the", so the "and" is inside one organisation's name
            merged[-1] += " and " + part
        else:
            merged.append(part)
    return tuple([parse_agent(p) for p in merged])


def _roles(verbs: str) -> list[CreditRole]:
    roles: list[CreditRole] = []
    for word in _WORD.findall(verbs.lower()):
        role = _ROLE_WORDS.get(word)
        if role and role not in roles:
            roles.append(role)
    return roles


def _parse_clause(clause: str) -> tuple[Credit, ...]:
    return _parse_clean_clause(_clean(clause).rstrip("."))


# Credit clauses recur across a collection ("Translated by Sergey Radchenko"); the values are
# immutable, so a clause read once is reused.
@lru_cache(maxsize=4096)
def _parse_clean_clause(raw: str) -> tuple[Credit, ...]:
    if len(raw) > _MAX_CLAUSE:  # not a credit anyone writes; keep it, do not dissect it
        return (construct(Credit, role="other", agents=(), for_project=None, raw=raw),)
    short = _TRANS.match(raw)  # Chicago's "trans. Gary Goldberg"
    if short:
        return (construct(Credit, role="translated_by", agents=parse_agents(short.group(1)),
                          for_project=None, raw=raw),)
    funding = _FUNDING.match(raw)
    if funding:
        return (construct(Credit, role="funded_by", agents=parse_agents(funding.group("agents")),
                          raw=raw, for_project=None),)
    m = _CLAUSE.match(raw)
    if not m or not (m.group("agents") or m.group("proj")):
        return (construct(Credit, role="other", agents=(), for_project=None, raw=raw),)
    named = m.group("agents")
    if named:  # "by X with the assistance of Y": the assistance is not a name
        named = _ASSISTED.split(named, 1)[0]
    agents = parse_agents(named) if named else ()
    proj = m.group("proj") or m.group("proj2")
    project = _clean(proj) if proj else None
    return tuple([construct(Credit, role=role, agents=agents, for_project=project, raw=raw)
                  for role in _roles(m.group("verbs"))])


# Whole credit sentences recur too ("Translated by Gary Goldberg." closes thousands of digital-
# archive citations); the result is an immutable tuple, so it is kept for the next one.
@lru_cache(maxsize=4096)
def parse_credits(text: str) -> tuple[Credit, ...]:
    """Credit sentences → :class:`Credit` values, one per role.

    ``Obtained by Béla Révész; translated and edited by Barnabás Vajd, Laura Deal, and Karl P.
    Benziger.`` gives an ``obtained_by`` credit and ``translated_by``/``edited_by`` credits for
    the three translators.  A clause that names no one (``With permission of …``) is kept with
    role ``other`` and its text in ``raw``.
    """
    credits: list[Credit] = []
    pending = ""
    for clause in _clauses(text):
        if not clause or not clause.strip(" .,;"):
            continue
        if _VERBS_ONLY.fullmatch(clause.strip()):  # "translated and edited by": one clause
            pending += clause.strip() + " and "
            continue
        credits.extend(_parse_clause(pending + clause))
        pending = ""
    if pending:
        credits.extend(_parse_clause(pending.removesuffix(" and ")))
    return tuple(credits)
