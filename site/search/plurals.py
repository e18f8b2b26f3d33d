"""Another number of the same Arabic noun: a broken plural for a singular and back.

A word is read against the common templates (مفعول ↔ مفاعيل, مفعل ↔ مفاعل, فعيل ↔ فعلاء,
فعل ↔ فعول/أفعال/فعال, فعيلة ↔ فعائل, فعلل ↔ فعالل…), its radicals are taken, and the
other number is written with them. The query then also looks for those spellings, ranked
below the word's own keys. Nothing is guessed from a root alone: مشرع (legislator) is not a
number of مشروع (project) though both are ش ر ع, because no template pair links them.

Templates are in folded spelling (search.normalise: ة → ه, أ → ا, ئ → ي, ء dropped)
with the digits 1–4 standing for the radicals.
"""

from functools import lru_cache

from search.normalise import arabic_base, is_arabic

# (singular, plural) templates.
_PAIRS = [
    ("م12و3", "م1ا2ي3"),  # مشروع → مشاريع
    ("م12ا3", "م1ا2ي3"),  # مفتاح → مفاتيح
    ("م12ي3", "م1ا2ي3"),  # منديل → مناديل
    ("م123", "م1ا23"),  # مقصد → مقاصد
    ("م123ه", "م1ا23"),  # مدرسة → مدارس
    ("12ي3", "123ا"),  # خبير → خبراء, شريك → شركاء
    ("12ي3", "12ا3"),  # كبير → كبار
    ("123", "12و3"),  # ضيف → ضيوف
    ("123", "ا12ا3"),  # وقت → أوقات
    ("123", "12ا3"),  # جبل → جبال
    ("1ا23ه", "1وا23"),  # قاعدة → قواعد
    ("12ي3ه", "12اي3"),  # حديقة → حدائق
    ("12ا3ه", "12اي3"),  # رسالة → رسائل
    ("1234", "12ا34"),  # جوهر → جواهر
    ("12نا34", "12ا34"),  # برنامج → برامج
    ("123و4", "12ا3ي4"),  # عصفور → عصافير
    ("123ا4", "12ا3ي4"),  # مصباح-like quadriliterals
    ("123ي4", "12ا3ي4"),  # قنديل → قناديل
]
# فُعْلة → فُعَل is the one pair a template cannot tell from a different word (شركة is not
# the singular of شرك), so it is listed: these plurals and their singulars with ة.
_FU3AL = {"فرص", "غرف", "دول", "صور", "خطط", "قمم", "مدد", "سنن", "نعم", "امم", "قري", "رتب", "نظم"}
# Radicals are never the long vowels a template spells out in that place.
_RADICALS = frozenset("بتثجحخدذرزسشصضطظعغفقكلمنهويء") | {"ا"}


def _match(template, word):
    if len(template) != len(word):
        return None
    if template == "1234" and word.endswith("ه"):
        return None  # فرصة is فعلة, not a four-radical جوهر
    radicals = {}
    for slot, letter in zip(template, word, strict=True):
        if slot.isdigit():
            if letter not in _RADICALS or radicals.setdefault(slot, letter) != letter:
                return None
        elif slot != letter:
            return None
    return radicals


def _fill(template, radicals):
    return "".join(radicals.get(slot, slot) for slot in template)


@lru_cache(maxsize=50_000)
def other_numbers(word):
    """The other-number spellings of `word` (folded), or nothing when no template fits."""
    base = arabic_base(word)
    found = set()
    for singular, plural in _PAIRS:
        for this, other in ((singular, plural), (plural, singular)):
            radicals = _match(this, base)
            if radicals and len(radicals) == sum(ch.isdigit() for ch in other):
                found.add(_fill(other, radicals))
    if base in _FU3AL:
        found.add(base + "ه")
    elif len(base) == 4 and base.endswith("ه") and base[:3] in _FU3AL:
        found.add(base[:3])
    found.discard(base)
    return frozenset(found)


@lru_cache(maxsize=10_000)
def number_forms(word):
    """The other-number spellings of an Arabic word, as `surface` writes them: the search
    looks for these exact spellings, not their stems, so a spelling that no page uses finds
    nothing, and Snowball's cuts (شراك → شرا) cannot make it meet an unrelated word."""
    if not is_arabic(word):
        return ()
    return tuple(sorted(other_numbers(word)))


def surface(word):
    """The word as the number templates read it, when one fits (else None): stored in the
    index beside the keys, so `number_forms` of another word can find it."""
    if not is_arabic(word) or not other_numbers(word):
        return None
    return arabic_base(word)
