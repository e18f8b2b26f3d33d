"""British and American spellings of one English word, made one before stemming.

Both the indexed text and the query go through `american`, so either spelling finds the
other (organisation/organization, programme/program, centre/center, colour/color). Only
endings and word lists known to differ are touched: “four”, “hour” and “tour” keep their
-our, “acre” and “genre” their -re.
"""

import re

# -ise/-isation/-yse → -ize/-ization/-yze (organise, analyse). Harmless on words that are
# -ise in both (advise → advize): query and text are rewritten alike.
_ISE = re.compile(r"(?<=[a-z]{3})(is|ys)(e|es|ed|ing|er|ers|ation|ations|ational)$")
# -our → -or, only for these stems (colour, honourable, behaviours).
_OUR_STEMS = [
    "ardour",
    "armour",
    "behaviour",
    "candour",
    "clamour",
    "colour",
    "endeavour",
    "favour",
    "fervour",
    "flavour",
    "harbour",
    "honour",
    "humour",
    "labour",
    "neighbour",
    "odour",
    "parlour",
    "rancour",
    "rigour",
    "rumour",
    "savour",
    "splendour",
    "valour",
    "vapour",
    "vigour",
]
_OUR = re.compile(
    "^("
    + "|".join(stem[:-3] for stem in _OUR_STEMS)
    + r")our(s|ed|ing|ite|ites|able|er|ers|ful|hood|hoods|less)?$"
)
# -re → -er (centre, theatres, metres).
_RE_STEMS = "calib cent fib lit lust meag met sab somb spect theat manoeuv"
_RE = re.compile("^(" + "|".join(_RE_STEMS.split()) + r")re(s|d)?$")
# -ll- before an ending, where American English writes one l (travelled, cancelling).
_DOUBLE_L = re.compile(
    r"^(travel|cancel|model|label|fuel|signal|counsel|level|channel|marshal|total)l(ed|ing|er|ers)$"
)
# Whole words and stems that differ otherwise.
_WORDS = {
    "programme": "program",
    "programmes": "programs",
    "programmed": "programed",
    "catalogue": "catalog",
    "catalogues": "catalogs",
    "dialogue": "dialog",
    "dialogues": "dialogs",
    "defence": "defense",
    "licence": "license",
    "offence": "offense",
    "pretence": "pretense",
    "enrolment": "enrollment",
    "fulfil": "fulfill",
    "grey": "gray",
    "cheque": "check",
    "paediatric": "pediatric",
    "encyclopaedia": "encyclopedia",
    "aluminium": "aluminum",
    "tyre": "tire",
    "tyres": "tires",
    "kerb": "curb",
}


def american(word):
    """`word` (already case-folded) in American spelling."""
    if word in _WORDS:
        return _WORDS[word]
    word = _OUR.sub(r"\1or\2", word)
    word = _RE.sub(r"\1er\2", word)
    word = _DOUBLE_L.sub(r"\1\2", word)
    return _ISE.sub(lambda m: m.group(1)[0] + "z" + m.group(2), word)
