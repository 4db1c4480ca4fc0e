"""guide.analysis: tokens, stopwords, stems, variants, synonyms and the Whoosh analyzers."""

from __future__ import annotations

import pickle
import re
import time
import tomllib
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh import analysis as wa
from whoosh import query as wq
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage

from guide import analysis
from guide.analysis import (
    Token,
    analyze,
    expand_query_words,
    indonesian_analyzer,
    is_stopword,
    plain_analyzer,
    stem,
    synonyms,
    term_of,
    tokenize,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
_SEP = re.compile(r"[\s\-\u2010\u2011]")


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def squash(text: str) -> str:
    """Lowercased, without whitespace and hyphens: what a token's span and text share."""
    return _SEP.sub("", text.lower())


@pytest.fixture(scope="module")
def seed_texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.fixture(scope="module")
def seed_terms(seed_texts: list[str]) -> frozenset[str]:
    return frozenset(term for text in seed_texts for term in analyze(text))


# -- tokens ----------------------------------------------------------------------------------

TECH_TERMS = [
    "node.js",
    ".net",
    "ci/cd",
    "c++",
    "c#",
    "html5",
    "css3",
    "asp.net",
    "vue.js",
    "react.js",
    "next.js",
    "ui/ux",
    "tcp/ip",
]


@pytest.mark.parametrize("term", TECH_TERMS)
@pytest.mark.parametrize("spelling", [str.lower, str.upper, lambda s: s])
def test_technical_terms_stay_whole(term: str, spelling) -> None:
    written = spelling(term)
    text = f"Kuasai {written}, lalu {written}."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["kuasai", term, "lalu", term]
    first = text.index(written)
    assert (tokens[1].start, tokens[1].end) == (first, first + len(written))
    assert stem(term) == term
    assert analyze(text)[-1] == term


def test_terms_from_the_seeds() -> None:
    text = "seperti PHP, Python, Ruby, Java, .NET, Javascript, dan HTML5, dan CSS3. Node.js sangat"
    assert texts(text) == [
        *["seperti", "php", "python", "ruby", "java", ".net", "javascript", "dan", "html5"],
        *["dan", "css3", "node.js", "sangat"],
    ]


def test_sentence_final_dots_are_not_part_of_words() -> None:
    assert texts("di sisi server.") == ["di", "sisi", "server"]
    assert texts("memakai Node.js.") == ["memakai", "node.js"]
    assert texts("SOAP, REST, GSON.Untuk front-end") == [
        "soap",
        "rest",
        "gson",
        "untuk",
        "frontend",
    ]
    assert texts("kompas.com menuliskan") == ["kompas", "com", "menuliskan"]
    assert texts("Rp7.500.000") == ["rp7", "500", "000"]


def test_dotted_terms_need_a_boundary() -> None:
    assert texts("VB.NET x.net") == ["vb.net", "x", "net"]
    assert texts("node.jsx") == ["node", "jsx"]
    assert texts("C/C++ dan C, Ruby") == ["c", "c++", "dan", "c", "ruby"]


def test_letters_and_digits_make_one_word() -> None:
    assert texts("AWS S3, Web3, S1 Informatika") == ["aws", "s3", "web3", "s1", "informatika"]


def test_hyphenated_words_stay_one_token() -> None:
    text = "fitur-fitur masing-masing skill-set problem-solving API-nya"
    assert texts(text) == [
        "fitur-fitur",
        "masing-masing",
        "skill-set",
        "problem-solving",
        "api-nya",
    ]


def test_reduplication_stems_to_the_base_word() -> None:
    assert stem("fitur-fitur") == "fitur"
    assert stem("fitur-fiturnya") == "fitur"
    assert stem("tugas-tugas") == "tugas"
    assert stem("sehari-hari") == "hari"
    assert stem("api-nya") == "api"
    assert stem("skill-set") == "skill-set"
    assert stem("problem-solving") == "problem-solving"


def test_long_tokens_are_dropped() -> None:
    assert texts("a" * 40) == ["a" * 40]
    assert texts("b" * 41 + " kode") == ["kode"]


def test_token_is_a_frozen_value() -> None:
    token = tokenize("Backend")[0]
    assert token == Token("backend", 0, 7)
    with pytest.raises(AttributeError):
        token.text = "x"  # type: ignore[misc]


# -- spelling variants -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Back End", "backend"),
        ("back end", "backend"),
        ("back-end", "backend"),
        ("Back-End", "backend"),
        ("BACKEND", "backend"),
        ("back  end", "backend"),
        ("front-end", "frontend"),
        ("Front End", "frontend"),
        ("frontend", "frontend"),
        ("full stack", "fullstack"),
        ("Full-Stack", "fullstack"),
        ("fullstack", "fullstack"),
    ],
)
def test_variants_are_one_token_covering_the_original(written: str, canonical: str) -> None:
    text = f"Karier di {written} developer."
    tokens = tokenize(text)
    assert [t.text for t in tokens] == ["karier", "di", canonical, "developer"]
    assert (tokens[2].start, tokens[2].end) == (10, 10 + len(written))
    assert text[tokens[2].start : tokens[2].end] == written
    assert analyze(text) == ["karier", canonical, "developer"]


def test_variant_offsets_from_the_brief() -> None:
    token = tokenize("Karier di Back End")[2]
    assert (token.text, token.start, token.end) == ("backend", 10, 18)


def test_variants_need_word_boundaries() -> None:
    assert texts("feedback end") == ["feedback", "end"]
    assert texts("back endless") == ["back", "endless"]
    assert texts("back-end-nya") == ["backend", "nya"]
    assert texts("back\nend") == ["back", "end"]


# -- stopwords -------------------------------------------------------------------------------


def test_function_words_are_stopwords() -> None:
    assert analyze("yang dan di untuk adalah dengan ini itu the of and to a in for is") == []
    for word in ("yang", "Dan", "THE", "nggak", "aja"):
        assert is_stopword(word)
        assert term_of(word.lower()) is None


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("tempat kerja", ["tempat", "kerja"]),
        ("pemecahan masalah", ["pecah", "masalah"]),
        ("tanggung jawab", ["tanggung", "jawab"]),
        ("cara memulai", ["cara", "mulai"]),
        ("bekerja di perusahaan besar", ["kerja", "usaha", "besar"]),
        ("manajemen diri", ["manajemen", "diri"]),
        ("di balik layar", ["balik", "layar"]),
        ("mata kuliah", ["mata", "kuliah"]),
        ("masa depan", ["masa", "depan"]),
        ("gaji per bulan", ["gaji", "bulan"]),
        ("profesi IT", ["profesi", "it"]),
        ("Java, Python, PHP, C, dan Ruby", ["java", "python", "php", "c", "ruby"]),
        ("bahasa Go", ["bahasa", "go"]),
    ],
)
def test_career_words_are_kept(query: str, terms: list[str]) -> None:
    assert analyze(query) == terms


def test_stopword_file_is_sorted_unique_and_documented() -> None:
    raw = resources.files("guide.data").joinpath("stopwords_id.txt").read_text(encoding="utf-8")
    lines = raw.splitlines()
    assert lines[0].startswith("#") and "Sastrawi" in raw
    words = [line for line in lines if line and not line.startswith("#")]
    assert words == sorted(set(words))
    assert all(w == w.strip().lower() and " " not in w for w in words)
    assert 700 < len(words) < 1000
    for kept in ("kerja", "bekerja", "pekerjaan", "masalah", "jawab", "penting", "mulai", "cara"):
        assert kept not in words


# -- stems -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("menyimpan", "penyimpanan"),
        ("mengembangkan", "pengembangan"),
        ("perusahaan", "usaha"),
        ("keahlian", "ahli"),
        ("menguasai", "dikuasai"),
        ("merancang", "perancangan"),
        ("bekerja", "pekerjaan"),
        ("karir", "karirmu"),
    ],
)
def test_forms_share_a_stem(a: str, b: str) -> None:
    assert stem(a) == stem(b)
    assert analyze(a) == analyze(b)


def test_stem_leaves_technical_and_non_letter_words_alone() -> None:
    for word in ("node.js", "c++", "html5", "2022", "日本語", "heroku", "server", "database"):
        assert stem(word) == word


def test_infix_forms_keep_their_own_stem() -> None:
    """Sastrawi undoes the infix of "kinerja" (performance) to "kerja" (work): a search for
    "kerja" would then find and mark "kinerja". A root the word does not hold is not its stem."""
    assert stem("kinerja") == "kinerja"
    assert stem("bekerja") == stem("pekerjaan") == stem("dikerjakan") == "kerja"
    assert stem("menyimpan") == stem("penyimpanan") == stem("disimpan") == "simpan"
    assert stem("memahami") == "paham" and stem("mengembangkan") == "kembang"  # meN- + p, k


def test_every_seed_word_holds_its_stem(seed_texts: list[str]) -> None:
    """Stems join only words that hold the root (as written or after meN-/peN- nasalisation)."""
    nasal = {"k": "ng", "p": "m", "t": "n", "s": "ny"}
    for text in seed_texts:
        for token in tokenize(text):
            root = stem(token.text)
            plain = root.replace("-", "")
            held = plain in token.text.replace("-", "") or (
                root[:1] in nasal and nasal[root[0]] + root[1:] in token.text
            )
            assert held, (token.text, root)


def test_stem_is_cached() -> None:
    stem("mengoptimalkan")
    assert analysis._stem_cache["mengoptimalkan"] == "optimal"


# -- synonyms --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("salary", "gaji"),
        ("skill", "keahlian"),
        ("skills", "skill"),
        ("skills", "keahlian"),
        ("company", "perusahaan"),
        ("companies", "perusahaan"),
        ("major", "jurusan"),
        ("task", "tugas"),
        ("tasks", "tugas"),
        ("responsibility", "tanggung jawab"),
        ("responsibilities", "tanggung jawab"),
        ("soft skills", "keahlian non-teknis"),
        ("career", "karier"),
        ("karir", "karier"),
        ("karier", "karir"),
        ("coding", "kode"),
        ("ngoding", "kode"),
        ("kode", "coding"),
        ("ux", "ui/ux"),
        ("node", "node.js"),
        ("nodejs", "node.js"),
        ("Salary", "gaji"),
    ],
)
def test_synonyms(word: str, expected: str) -> None:
    assert expected in synonyms(word)


def test_synonyms_of_unknown_words_are_empty() -> None:
    assert synonyms("backend") == ()
    assert synonyms("") == ()
    assert synonyms("\ud800") == ()


def test_expand_query_words_puts_the_word_first() -> None:
    assert expand_query_words(["salary", "backend"]) == [("salary", "gaji"), ("backend",)]
    assert expand_query_words(["responsibility"]) == [("responsibility", "tanggung jawab")]
    assert expand_query_words([]) == []


def test_expand_query_words_joins_multi_word_keys() -> None:
    expanded = expand_query_words(["problem", "solving", "gaji"])
    assert expanded[0][0] == "problem solving"
    assert "pemecahan masalah" in expanded[0]
    assert expanded[1] == ("gaji",)
    assert expand_query_words(["job", "description"]) == [("job description", "tugas")]
    assert expand_query_words(["hard", "skills"]) == [
        ("hard skills", "hard skill", "keahlian teknis")
    ]


def test_every_synonym_entry_is_attested_in_the_seeds(seed_terms: frozenset[str]) -> None:
    raw = resources.files("guide.data").joinpath("synonyms.toml").read_text(encoding="utf-8")
    data = tomllib.loads(raw)
    entries = [(k, v) for s in ("en_id", "id_en", "tech") for k, v in data[s].items()]
    entries += [(str(g), g) for g in data["variants"]["groups"]]
    assert 40 <= len(entries) <= 200
    for key, alternatives in entries:
        found = [alt for alt in alternatives if set(analyze(alt)) <= seed_terms and analyze(alt)]
        assert found, f"{key}: none of {alternatives} occurs in the seeds"


def test_multi_word_alternatives_keep_every_word() -> None:
    for alternatives in analysis.synonym_table().values():
        for alt in alternatives:
            assert len(analyze(alt)) == len(alt.split()), alt


# -- Whoosh analyzers ------------------------------------------------------------------------


def test_analyzer_pickles_small_and_round_trips() -> None:
    text = "Backend engineer bertanggung jawab menyimpan data di Node.js, C++ dan Back End."
    for make in (indonesian_analyzer, plain_analyzer):
        analyzer = make()
        data = pickle.dumps(analyzer)
        assert len(data) < 2000
        assert b"Sastrawi" not in data
        restored = pickle.loads(data)
        assert restored == analyzer
        assert [t.text for t in restored(text)] == [t.text for t in analyzer(text)]


def test_analyzers_match_the_plain_functions(seed_texts: list[str]) -> None:
    for text in seed_texts:
        assert [t.text for t in indonesian_analyzer()(text)] == analyze(text)
        tokens = [(t.text, t.startchar, t.endchar) for t in plain_analyzer()(text, chars=True)]
        assert tokens == [(t.text, t.start, t.end) for t in tokenize(text)]


def test_stop_filter_renumbers_like_whoosh() -> None:
    text = "di tempat kerja yang baik dan aman, dan juga cepat"
    stream = analysis.IndonesianTokenizer()
    ours = analysis.IndonesianStopFilter()
    theirs = wa.StopFilter(stoplist=analysis.stopwords(), minsize=1)
    for removestops in (True, False):
        for mode in ("index", "query"):
            kwargs = {"positions": True, "chars": True, "removestops": removestops, "mode": mode}
            got = [(t.text, t.pos, t.startchar, t.stopped) for t in ours(stream(text, **kwargs))]
            want = [(t.text, t.pos, t.startchar, t.stopped) for t in theirs(stream(text, **kwargs))]
            assert got == want
    kept = [(t.text, t.pos) for t in indonesian_analyzer()(text, positions=True)]
    assert kept == [("tempat", 1), ("kerja", 2), ("baik", 3), ("aman", 4), ("cepat", 5)]


def test_stopped_tokens_are_marked_not_stemmed_when_kept() -> None:
    tokens = [
        (t.text, t.stopped)
        for t in indonesian_analyzer()("yang menyimpan", removestops=False, mode="query")
    ]
    assert tokens == [("yang", True), ("simpan", False)]


def test_tokenizer_honours_whoosh_arguments() -> None:
    tokenizer = analysis.IndonesianTokenizer()
    tokens = [
        (t.text, t.pos, t.startchar, t.endchar, t.original)
        for t in tokenizer(
            "Back End rocks",
            positions=True,
            chars=True,
            keeporiginal=True,
            start_pos=5,
            start_char=100,
        )
    ]
    assert tokens == [("backend", 5, 100, 108, "Back End"), ("rocks", 6, 109, 114, "rocks")]
    whole = [(t.text, t.pos) for t in tokenizer(" Back-End ", tokenize=False, positions=True)]
    assert whole == [("backend", 0)]
    assert indonesian_analyzer().has_morph()
    unstemmed = [t.text for t in indonesian_analyzer()("yang menyimpan", no_morph=True)]
    assert unstemmed == ["menyimpan"]


def test_whoosh_index_round_trip() -> None:
    schema = Schema(id=ID(stored=True), body=TEXT(analyzer=indonesian_analyzer(), stored=True))
    ix = RamStorage().create_index(schema)
    writer = ix.writer()
    writer.add_document(id="a", body="Backend engineer bertanggung jawab atas penyimpanan data.")
    writer.add_document(id="b", body="Tugas Front-End developer: UI/UX dan Node.js.")
    writer.commit()
    with ix.searcher() as searcher:

        def ids(query: wq.Query) -> list[str]:
            return sorted(hit["id"] for hit in searcher.search(query))

        assert ids(wq.Term("body", term_of("menyimpan"))) == ["a"]
        assert ids(wq.Phrase("body", analyze("tanggung jawab"))) == ["a"]
        assert ids(wq.Term("body", term_of("frontend"))) == ["b"]
        assert ids(wq.Term("body", "node.js")) == ["b"]


# -- robustness ------------------------------------------------------------------------------

WEIRD = [
    "",
    " ",
    "\n\t\r",
    "😀🚀",
    "\ud800",
    "a\ud800b",
    "\x00",
    "nul\x00byte",
    "x" * 10_000,
    "kata " * 2_000,
    "backend 日本語 сервер العربية",
    "-- // ## ++ .. ..net c++++ ci//cd",
    "\u0130stanbul \u212a \u017f",
    "a\u0301\u0302",
]


@pytest.mark.parametrize("text", WEIRD)
def test_weird_input_never_raises(text: str) -> None:
    tokens = tokenize(text)
    assert all(0 <= t.start < t.end <= len(text) for t in tokens)
    analyze(text)
    list(indonesian_analyzer()(text, positions=True, chars=True))
    list(plain_analyzer()(text))
    expand_query_words([t.text for t in tokens])


def test_mixed_scripts() -> None:
    assert texts("backend 日本語 сервер") == ["backend", "日本語", "сервер"]


@settings(deadline=None, max_examples=300)
@given(st.text())
def test_fuzz_offsets_match_the_text(text: str) -> None:
    check_tokens(text)


@settings(deadline=None, max_examples=300)
@given(
    st.text(alphabet=st.sampled_from(list("abcdefknrstuBEF .-/#+_\u2010\u00a0\nnjs")), max_size=60)
)
def test_fuzz_near_variants_and_terms(text: str) -> None:
    check_tokens(text)


def check_tokens(text: str) -> None:
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        assert previous_end <= token.start < token.end <= len(text)
        assert 0 < len(token.text) <= analysis.MAX_TOKEN_CHARS
        assert squash(text[token.start : token.end]) == squash(token.text)
        previous_end = token.end
    terms = analyze(text)
    assert all(isinstance(term, str) and term for term in terms)
    assert len(terms) <= len(tokens)


@settings(deadline=None, max_examples=200)
@given(st.from_regex(r"[a-z]{1,20}(-[a-z]{1,12}){0,2}", fullmatch=True))
def test_fuzz_stem_returns_a_word(word: str) -> None:
    result = stem(word)
    assert result and isinstance(result, str)
    assert stem(word) == result


# -- data and speed --------------------------------------------------------------------------


def test_data_files_are_package_resources() -> None:
    data = resources.files("guide.data")
    for name in (analysis.STOPWORDS_FILE, analysis.TERMS_FILE, analysis.SYNONYMS_FILE):
        assert data.joinpath(name).is_file()
    assert isinstance(analysis.ANALYSIS_VERSION, int)


def test_analysing_the_seeds_is_fast(seed_texts: list[str]) -> None:
    for text in seed_texts:
        analyze(text)  # warm: stemmer dictionary and caches loaded
    start = time.perf_counter()
    terms = [analyze(text) for text in seed_texts]
    elapsed = time.perf_counter() - start
    assert sum(map(len, terms)) > 2000
    # A guard against a pathological slowdown, not a benchmark (benchmarks/bench_build.py
    # times the build, analysis included): the five seeds take ~17 ms warm, so 1 s (60×)
    # holds on a loaded 2-core CI machine.
    assert elapsed < 1.0
