"""A compact, immutable in-memory index of one organisation's searchable texts.

Every customer contributes texts ("keys"): its name and aliases (folded), their pinyin and
initials when Chinese, its contacts' names (and their pinyin), and phone numbers (digits).
Keys live in one UTF-8 blob with offsets; their words form a sorted vocabulary (another
blob) with postings from each word to its keys and back, and q-gram indexes over the Latin
words (bigrams for short words, trigrams for all) for typo-tolerant lookups. All of it is
numpy arrays and bytes, a few hundred bytes per customer instead of the kilobytes Python
objects would take, and searching it is a handful of vectorised steps:

1. each typed word is looked up in the vocabulary: exactly, as a prefix (binary search),
   within its edit budget (q-gram candidates verified with rapidfuzz), and as known words
   typed without spaces;
2. the postings of the selective typed words give candidate keys, which every typed word
   then pre-scores through the key -> words postings;
3. the best few dozen candidates are scored properly by `scoring.score_text`.
"""

from __future__ import annotations

import json
import re
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz.distance import OSA
from rapidfuzz.process import cdist

from crm_store.search.chinese_names import without_region
from crm_store.search.normalize import digits_many, fold, fold_many, in_english, strip_legal
from crm_store.search.pinyin import has_han, other_reading, person_pinyin, to_pinyin
from crm_store.search.scoring import TYPO_COST, Kind, is_cjk, max_edits, prefix_quality, words

FUZZY_FANOUT = 100  # typo candidates verified per typed word: the words sharing most q-grams
PREFIX_FANOUT = 64  # a prefix matching more words than this filters candidates instead of finding them
POSTINGS_BUDGET = 40_000  # candidate keys gathered per lookup; the commonest words are left out beyond
SHORT_WORD = 6  # words up to this length also get a bigram index (one typo kills their trigrams)
MIN_PHONE_DIGITS = 4
# Trading-status prefixes of Chinese listed companies' short names (*ST康美, ST, S*ST, PT, S).
_TRADING_PREFIX = re.compile(r"^(?:s?st|pt|s)\s*(?=[\u4e00-\u9fff])")


def without_trading_prefix(core: str) -> str | None:
    """`st康美` (from *ST康美) -> `康美`: people type the company, not its trading status."""
    rest = _TRADING_PREFIX.sub("", core, count=1)
    return rest if rest != core and len(rest) >= 2 else None


def name_words(core: str) -> list[str]:
    """Words a name is found by: its words and, for Chinese, each character (for 技术 in 华为技术)."""
    found = words(core)
    if not core.isascii():
        found += [c for w in found if len(w) > 1 and is_cjk(w[0]) for c in dict.fromkeys(w)]
    return found


class KeyBuilder:
    """Collects the keys of many customers and their words; rows go in batches (see `fold_many`)."""

    def __init__(self) -> None:
        self.owners = array("i")
        self.kinds = bytearray()
        self.texts: list[bytes] = []
        self.vocabulary: dict[str, int] = {}
        self.post_word = array("I")  # (word, key) pairs in key order
        self.post_key = array("I")
        self.phone_owners = array("i")
        self.phones: list[str] = []
        self.customers = 0

    def __len__(self) -> int:
        return len(self.texts)

    def _add(self, owner: int, kind: Kind, text: str, found: list[str]) -> None:
        key = len(self.texts)
        vocabulary = self.vocabulary
        self.owners.append(owner)
        self.kinds.append(kind)
        self.texts.append(text.encode())
        self.post_word.extend([vocabulary.setdefault(w, len(vocabulary)) for w in found])
        self.post_key.extend([key] * len(found))

    def add_customers(self, rows: Sequence[tuple[int, str, Sequence[str] | str | None, str | None]]) -> None:
        """(customer id, name, aliases, phone) rows; aliases may be the raw JSON text of the column."""
        for (customer_id, _, aliases, _), folded in zip(
            rows, fold_many([row[1] for row in rows]), strict=True
        ):
            self.customers += 1
            self._name(customer_id, Kind.NAME, folded)
            if isinstance(aliases, str):
                aliases = json.loads(aliases) if aliases not in ("", "[]") else None
            for alias in aliases or ():
                self._name(customer_id, Kind.ALIAS, fold(alias))
        self._phones(rows, 3)

    def _name(self, customer_id: int, kind: Kind, folded: str) -> None:
        if not folded:
            return
        core = strip_legal(folded)
        self._add(customer_id, kind, folded, name_words(core))
        for english in in_english(core):  # "sternwarte munich" for Sternwarte München
            self._add(customer_id, Kind.ALIAS, english, name_words(english))
        if core.isascii() or not has_han(core):
            return
        shorter = [short for short in (without_region(core), without_trading_prefix(core)) if short]
        for short in shorter:
            self._add(customer_id, Kind.ALIAS, short, name_words(short))
        # A short legal word stays in the spelling people type too: 沙河股份 is shahegufen.
        spelled_forms = [core, *shorter]
        if folded != core and len(folded) - len(core) <= 2:
            spelled_forms.append(folded)
        seen: set[str] = set()
        for likely in (True, False):  # the likely readings first, so theirs win a tie
            for spelled in spelled_forms:
                reading = to_pinyin(spelled) if likely else other_reading(spelled)
                if reading is None:
                    continue
                full, initials = reading
                if full and full not in seen:
                    seen.add(full)
                    self._add(customer_id, Kind.PINYIN if likely else Kind.OTHER_PINYIN, full, [full])
                if initials and initials != full and initials not in seen:
                    seen.add(initials)
                    self._add(
                        customer_id, Kind.INITIALS if likely else Kind.OTHER_INITIALS, initials, [initials]
                    )

    def add_contacts(self, rows: Sequence[tuple[int, str, str | None]]) -> None:
        """(customer id, contact name, contact phone) rows."""
        for (customer_id, _, _), folded in zip(rows, fold_many([row[1] for row in rows]), strict=True):
            if not folded:
                continue
            self._add(
                customer_id, Kind.CONTACT, folded, folded.split() if folded.isascii() else words(folded)
            )
            if not folded.isascii() and has_han(folded):
                spelled = person_pinyin(folded)
                self._add(customer_id, Kind.CONTACT_PINYIN, spelled, [spelled])
        self._phones(rows, 2)

    def _phones(self, rows: Sequence[tuple], column: int) -> None:
        numbers = digits_many([row[column] or "" for row in rows])
        for row, number in zip(rows, numbers, strict=True):
            if len(number) >= MIN_PHONE_DIGITS:
                self.phone_owners.append(row[0])
                self.phones.append(number)


class _Blob(Sequence[bytes]):
    """Strings stored back to back in one bytes object; item i is blob[ptr[i]:ptr[i+1]]."""

    def __init__(self, blob: bytes, ptr: array) -> None:
        self.blob = blob
        self.ptr = ptr

    def __len__(self) -> int:
        return len(self.ptr) - 1

    def __getitem__(self, i):
        return self.blob[self.ptr[i] : self.ptr[i + 1]]


def _pack(items: Sequence[bytes]) -> _Blob:
    ptr = array("I", [0])
    ptr.extend(np.cumsum(np.fromiter(map(len, items), dtype=np.int64, count=len(items))).tolist())
    return _Blob(b"".join(items), ptr)


def _pairs(groups: np.ndarray, members: np.ndarray) -> np.ndarray:
    """Sorted, de-duplicated (group << 32 | member) pairs."""
    combined = (groups.astype(np.uint64) << np.uint64(32)) | members.astype(np.uint64)
    combined.sort()
    if len(combined) > 1:
        keep = np.empty(len(combined), dtype=bool)
        keep[0] = True
        np.not_equal(combined[1:], combined[:-1], out=keep[1:])
        combined = combined[keep]
    return combined


def _csr(groups: np.ndarray, members: np.ndarray, n_groups: int) -> tuple[np.ndarray, np.ndarray]:
    """Members of each group 0..n_groups-1, sorted and de-duplicated, as (pointer array, members)."""
    combined = _pairs(groups, members)
    ptr = np.zeros(n_groups + 1, dtype=np.uint32)
    np.cumsum(np.bincount((combined >> np.uint64(32)).astype(np.int64), minlength=n_groups), out=ptr[1:])
    return ptr, (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _gram_codes(padded: np.ndarray, starts: np.ndarray, counts: np.ndarray, q: int) -> np.ndarray:
    """Codes of the q-grams padded[start+j : start+j+q] for j < count, for every word."""
    total = int(counts.sum())
    positions = np.repeat(starts - (np.cumsum(counts) - counts), counts) + np.arange(total, dtype=np.int64)
    codes = padded[positions].astype(np.uint32)
    for offset in range(1, q):
        codes = (codes << 8) | padded[positions + offset]
    return codes


def _gram_index(encoded: list[bytes], ids: list[int], q: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """q-gram -> words (sorted distinct codes, pointers, word ids) over words padded with \\x01...\\x02."""
    if not ids:
        empty = np.zeros(0, dtype=np.uint32)
        return empty, np.zeros(1, dtype=np.uint32), empty
    padded = b"".join(b"\x01" + encoded[i] + b"\x02" for i in ids)
    lengths = np.fromiter((len(encoded[i]) for i in ids), dtype=np.int64, count=len(ids))
    starts = np.cumsum(lengths + 2) - (lengths + 2)
    counts = lengths + 3 - q
    codes = _gram_codes(np.frombuffer(padded, dtype=np.uint8), starts, counts, q)
    combined = _pairs(codes, np.repeat(np.array(ids, dtype=np.uint32), counts))
    grams = (combined >> np.uint64(32)).astype(np.uint32)
    starts_at = np.flatnonzero(np.r_[True, grams[1:] != grams[:-1]])
    ptr = np.append(starts_at, len(grams)).astype(np.uint32)
    return grams[starts_at], ptr, (combined & np.uint64(0xFFFFFFFF)).astype(np.uint32)


def _query_grams(word: str, q: int, *, closed: bool) -> np.ndarray:
    padded = b"\x01" + word.encode() + (b"\x02" if closed else b"")
    count = len(padded) - q + 1
    if count <= 0:
        return np.zeros(0, dtype=np.uint32)
    return np.unique(_gram_codes(np.frombuffer(padded, dtype=np.uint8), np.zeros(1, dtype=np.int64),
                                 np.array([count], dtype=np.int64), q))  # fmt: skip


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique's hashing is slower for these sizes)."""
    values = np.sort(values)
    if len(values) > 1:
        values = values[np.r_[True, values[1:] != values[:-1]]]
    return values


def _ranges(starts: np.ndarray, ends: np.ndarray, values: np.ndarray) -> np.ndarray:
    """values[starts[0]:ends[0]] + values[starts[1]:ends[1]] + ... without a Python loop."""
    lengths = ends - starts
    total = int(lengths.sum())
    if not total:
        return values[:0]
    offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(total, dtype=np.int64)
    return values[offsets]


@dataclass(frozen=True)
class Match:
    """Vocabulary words one typed word may stand for, with the weight each adds to a key's pre-score.

    A prefix that starts very many words ("mi") is kept as a word-id range (`wide`): it does not
    bring in candidates itself but still counts for the candidates the other typed words bring.
    """

    ids: np.ndarray  # sorted word ids
    weights: np.ndarray
    wide: tuple[int, int, float] | None = None  # (first word id, end, weight)

    def weight_of(self, word_ids: np.ndarray) -> np.ndarray:
        weights = np.zeros(len(word_ids))
        if len(self.ids):
            slots = np.minimum(np.searchsorted(self.ids, word_ids), len(self.ids) - 1)
            hit = self.ids[slots] == word_ids
            weights[hit] = self.weights[slots[hit]]
        if self.wide is not None:
            lo, hi, weight = self.wide
            weights = np.maximum(weights, np.where((word_ids >= lo) & (word_ids < hi), weight, 0.0))
        return weights


NO_MATCH = Match(np.zeros(0, dtype=np.int64), np.zeros(0))


@dataclass
class OrgIndex:
    keys: _Blob  # folded texts
    owner: np.ndarray  # int32, per key: customer id
    kind: np.ndarray  # uint8, per key: Kind
    vocab: _Blob  # sorted UTF-8 words
    vocab_ptr: np.ndarray  # view of vocab.ptr
    word_ptr: np.ndarray  # CSR: word -> keys
    word_keys: np.ndarray
    key_words_ptr: np.ndarray  # CSR: key -> its words
    key_words: np.ndarray
    tri: tuple[np.ndarray, np.ndarray, np.ndarray]  # trigram -> Latin words (codes, pointers, word ids)
    bi: tuple[np.ndarray, np.ndarray, np.ndarray]  # bigram -> short Latin words
    phones: bytes  # "|digits|digits|..."
    phone_starts: np.ndarray
    phone_owner: np.ndarray
    customers: int = 0
    alive: np.ndarray | None = field(default=None)  # per key; None: all alive
    phone_alive: np.ndarray | None = field(default=None)

    # Building -----------------------------------------------------------------
    @classmethod
    def build(cls, builder: KeyBuilder) -> OrgIndex:
        vocabulary = builder.vocabulary
        ordered = sorted(vocabulary)
        rank = np.empty(len(ordered), dtype=np.uint32)
        rank[np.fromiter(map(vocabulary.__getitem__, ordered), dtype=np.int64, count=len(ordered))] = (
            np.arange(len(ordered), dtype=np.uint32)
        )
        encoded = [w.encode() for w in ordered]
        vocab = _pack(encoded)
        post_word = rank[np.frombuffer(builder.post_word, dtype=np.uint32)]
        post_key = np.frombuffer(builder.post_key, dtype=np.uint32)
        word_ptr, word_keys = _csr(post_word, post_key, len(ordered))
        key_words_ptr = np.zeros(len(builder.texts) + 1, dtype=np.uint32)
        np.cumsum(np.bincount(post_key, minlength=len(builder.texts)), out=key_words_ptr[1:])
        latin = [i for i, w in enumerate(ordered) if w.isascii()]
        short = [i for i in latin if len(encoded[i]) <= SHORT_WORD]
        phone_lengths = np.fromiter((len(p) + 1 for p in builder.phones), dtype=np.int64,
                                    count=len(builder.phones))  # fmt: skip
        return cls(
            keys=_pack(builder.texts),
            owner=np.frombuffer(builder.owners, dtype=np.int32).copy(),
            kind=np.frombuffer(bytes(builder.kinds), dtype=np.uint8),
            vocab=vocab,
            vocab_ptr=np.frombuffer(vocab.ptr, dtype=np.uint32),
            word_ptr=word_ptr,
            word_keys=word_keys,
            key_words_ptr=key_words_ptr,
            key_words=post_word,
            tri=_gram_index(encoded, latin, 3),
            bi=_gram_index(encoded, short, 2),
            phones=("|" + "|".join(builder.phones) + "|").encode(),
            phone_starts=(np.cumsum(phone_lengths) - phone_lengths + 1).astype(np.uint32),
            phone_owner=np.frombuffer(builder.phone_owners, dtype=np.int32).copy(),
            customers=builder.customers,
        )

    def without(self, customer_ids: Iterable[int]) -> OrgIndex:
        """This index with the keys and phones of these customers hidden (they live in an overlay)."""
        hidden = np.fromiter(customer_ids, dtype=np.int32)
        return OrgIndex(
            **{
                **self.__dict__,
                "alive": ~np.isin(self.owner, hidden),
                "phone_alive": ~np.isin(self.phone_owner, hidden),
            }
        )

    # Looking up words -----------------------------------------------------------
    def text(self, key: int) -> str:
        return self.keys[key].decode()

    def word(self, i: int) -> str:
        return self.vocab[i].decode()

    def exact(self, word: str) -> int | None:
        encoded = word.encode()
        i = bisect_left(self.vocab, encoded)
        return i if i < len(self.vocab) and self.vocab[i] == encoded else None

    def _prefix_range(self, prefix: str) -> tuple[int, int]:
        encoded = prefix.encode()
        lo = bisect_left(self.vocab, encoded)
        return lo, bisect_left(self.vocab, encoded + b"\xff", lo)

    def match_word(self, typed: str, lenient: bool = False) -> Match:
        """Vocabulary words `typed` may stand for: itself, its completions, near spellings, glued words."""
        found: dict[int, float] = {}
        n = len(typed)
        lo, hi = self._prefix_range(typed)
        exact = lo < hi and self.vocab[lo] == typed.encode()
        if exact:
            found[lo] = float(n)
            lo += 1
        quality = prefix_quality(n, is_cjk(typed[0]))
        wide = None
        if lo < hi and quality > 0:
            if hi - lo > PREFIX_FANOUT:
                wide = (lo, hi, quality * n)
                lengths = self.vocab_ptr[lo + 1 : hi + 1] - self.vocab_ptr[lo:hi]
                completions = lo + np.argpartition(lengths, PREFIX_FANOUT)[:PREFIX_FANOUT]
            else:
                completions = np.arange(lo, hi)
            for i in completions.tolist():
                found[i] = quality * n
        if typed.isascii() and (lenient or not exact):
            # A word typed as it is stored was meant as such: the first try looks for typos only in
            # unknown words (the lenient second try also in known ones: "gomes" for Gomez).
            for i, weight in self._fuzzy(typed, lenient).items():
                if weight > found.get(i, 0.0):
                    found[i] = weight
            if n >= 6 and not found:
                found.update(self._glued(typed))
        if not found:
            return NO_MATCH
        ids = np.fromiter(found, dtype=np.int64, count=len(found))
        order = np.argsort(ids)
        return Match(ids[order], np.fromiter(found.values(), dtype=np.float64, count=len(found))[order], wide)

    def _gram_candidates(self, grams: np.ndarray, index: tuple[np.ndarray, np.ndarray, np.ndarray]) -> tuple[
        np.ndarray, np.ndarray
    ]:  # fmt: skip
        """(word ids, shared q-gram counts) of the words sharing q-grams with a typed word."""
        codes, ptr, members = index
        slots = np.searchsorted(codes, grams)
        inside = slots < len(codes)
        slots = slots[inside][codes[slots[inside]] == grams[inside]]
        found = _ranges(ptr[slots].astype(np.int64), ptr[slots + 1].astype(np.int64), members)
        return np.unique(found, return_counts=True)

    def _fuzzy(self, typed: str, lenient: bool = False) -> dict[int, float]:
        """Latin words within the edit budget of `typed`, whole or as a prefix (`globx` -> globex)."""
        n = len(typed)
        allowed = max_edits(n, lenient=lenient)
        if not allowed:
            return {}
        as_prefix = n >= 5
        if n < SHORT_WORD:  # short words: a typo leaves most bigrams intact
            ids, counts = self._gram_candidates(_query_grams(typed, 2, closed=True), self.bi)
            keep = counts >= n + 1 - 3 * allowed  # a transposition changes three bigrams
            ids, counts = ids[keep], counts[keep]
            if as_prefix:
                more, more_counts = self._gram_candidates(_query_grams(typed, 3, closed=False), self.tri)
                ids, counts = np.concatenate([ids, more]), np.concatenate([counts, more_counts])
        else:
            ids, counts = self._gram_candidates(_query_grams(typed, 3, closed=False), self.tri)
        if not len(ids):
            return {}
        lengths = (self.vocab_ptr[ids + 1] - self.vocab_ptr[ids]).astype(np.int64)
        usable = (np.abs(lengths - n) <= allowed) | (as_prefix & (lengths > n))
        ids, counts, lengths = ids[usable], counts[usable], lengths[usable]
        if len(ids) > FUZZY_FANOUT:  # the words sharing most q-grams, then the closest in length
            rank = counts * 8.0 - np.minimum(np.abs(lengths - n), 7)
            best = np.argpartition(-rank, FUZZY_FANOUT)[:FUZZY_FANOUT]
            ids, lengths = ids[best], lengths[best]
        if not len(ids):
            return {}
        blob, starts = self.vocab.blob, self.vocab_ptr[ids].tolist()
        candidates = [blob[a : a + b].decode() for a, b in zip(starts, lengths.tolist(), strict=True)]
        distance = cdist([typed], candidates, scorer=OSA.distance, score_cutoff=allowed, dtype=np.int32)[0]
        distance = np.where(np.abs(lengths - n) <= allowed, distance, allowed + 1)
        quality = np.ones(len(candidates))
        if as_prefix:
            prefix_weight = prefix_quality(n)
            for end in (n - 1, n, n + 1):  # prefixes as long as the typed word, give or take one
                longer = lengths > end
                if not longer.any():
                    continue
                heads = [c[:end] for c in candidates]
                part = cdist([typed], heads, scorer=OSA.distance, score_cutoff=allowed, dtype=np.int32)[0]
                better = longer & (part < distance)
                distance = np.where(better, part, distance)
                quality = np.where(better, prefix_weight, quality)
        keep = distance <= allowed
        weights = (1.0 - TYPO_COST * distance[keep] / n) * quality[keep] * n
        return dict(zip(ids[keep].tolist(), weights.tolist(), strict=True))

    def _glued(self, typed: str) -> dict[int, float]:
        """Known words at the start of a word typed without spaces (`schmidtgmbh` -> schmidt)."""
        found: dict[int, float] = {}
        for end in range(len(typed) - 1, 2, -1):
            i = self.exact(typed[:end])
            if i is not None:
                found[i] = 0.9 * end
                if len(found) >= 2:
                    break
        return found

    # Finding keys -----------------------------------------------------------------
    def candidates(self, matches: list[Match], limit: int) -> np.ndarray:
        """The `limit` keys with the best pre-score: the sum over typed words of their best match in the key.

        Candidates come from the postings of the selective typed words (the rarest first, up to
        a budget); every typed word, selective or not, then counts towards their pre-score.
        """
        seeding = [m for m in matches if len(m.ids) and m.wide is None] or [m for m in matches if len(m.ids)]
        if not seeding:
            return np.zeros(0, dtype=np.int64)
        spans = []
        for match in seeding:
            starts = self.word_ptr[match.ids].astype(np.int64)
            ends = self.word_ptr[match.ids + 1].astype(np.int64)
            spans.append((int((ends - starts).sum()), starts, ends))
        spans.sort(key=lambda span: span[0])
        parts: list[np.ndarray] = []
        total = 0
        for size, starts, ends in spans:
            if parts and total + size > POSTINGS_BUDGET:
                break
            parts.append(_ranges(starts, ends, self.word_keys))
            total += size
        keys = _distinct(np.concatenate(parts)).astype(np.int64)
        if self.alive is not None:
            keys = keys[self.alive[keys]]
        if len(keys) <= limit and len(matches) == 1:
            return keys
        starts = self.key_words_ptr[keys].astype(np.int64)
        ends = self.key_words_ptr[keys + 1].astype(np.int64)
        words_of = _ranges(starts, ends, self.key_words).astype(np.int64)
        scores = np.zeros(len(keys))
        if len(words_of):
            groups = np.cumsum(ends - starts) - (ends - starts)
            for match in matches:
                scores += np.maximum.reduceat(match.weight_of(words_of), groups)
        # Ties go to shorter texts (more of them covered) and to company names.
        lengths = (self.keys_ptr[keys + 1] - self.keys_ptr[keys]).astype(np.float64)
        scores += 0.5 / (1.0 + lengths) + 0.05 * (self.kind[keys] == Kind.NAME)
        if len(keys) > limit:
            keys = keys[np.argpartition(-scores, limit)[:limit]]
        return keys

    @property
    def keys_ptr(self) -> np.ndarray:
        return np.frombuffer(self.keys.ptr, dtype=np.uint32)

    def keys_starting(self, prefix: str, kinds: set[Kind], limit: int) -> np.ndarray:
        """Keys of these kinds with a word that starts with `prefix` (张 for 张经理)."""
        lo, hi = self._prefix_range(prefix)
        if lo >= hi:
            return np.zeros(0, dtype=np.int64)
        keys = _ranges(self.word_ptr[lo:hi].astype(np.int64), self.word_ptr[lo + 1 : hi + 1].astype(np.int64),
                       self.word_keys).astype(np.int64)  # fmt: skip
        keys = _distinct(keys)
        keys = keys[np.isin(self.kind[keys], list(kinds))]
        if self.alive is not None:
            keys = keys[self.alive[keys]]
        return keys[:limit]

    def phone_matches(self, number: str, limit: int) -> list[tuple[int, str]]:
        """(customer id, full number) of stored numbers containing `number`."""
        found: list[tuple[int, str]] = []
        for hit in re.finditer(re.escape(number).encode(), self.phones):
            slot = int(np.searchsorted(self.phone_starts, hit.start(), side="right")) - 1
            if self.phone_alive is not None and not self.phone_alive[slot]:
                continue
            start = int(self.phone_starts[slot])
            end = self.phones.index(b"|", start)
            found.append((int(self.phone_owner[slot]), self.phones[start:end].decode()))
            if len(found) >= limit:
                break
        return found

    def texts(self, kinds: set[Kind]) -> list[tuple[int, str]]:
        """(customer id, text) of every live key of these kinds."""
        wanted = np.isin(self.kind, list(kinds))
        if self.alive is not None:
            wanted &= self.alive
        return [(int(self.owner[k]), self.text(k)) for k in np.flatnonzero(wanted).tolist()]

    def nbytes(self) -> int:
        """Bytes held by the index's arrays and blobs."""
        arrays = [self.owner, self.kind, self.word_ptr, self.word_keys, self.key_words_ptr, self.key_words,
                  *self.tri, *self.bi, self.phone_starts, self.phone_owner]  # fmt: skip
        blobs = len(self.keys.blob) + len(self.keys.ptr) * 4 + len(self.vocab.blob) + len(self.vocab.ptr) * 4
        return blobs + len(self.phones) + sum(a.nbytes for a in arrays)
