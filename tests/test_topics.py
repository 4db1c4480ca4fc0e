"""guide.topics and guide.hit_passage without Qt: which profile tab a query names (issue 11,
point 12), and where a hit's snippet is in its article."""

from __future__ import annotations

import re

import pytest

from guide.hit_passage import snippet_range
from guide.profiles import SECTION_IDS, Citation, Claim, Profile, ProfileSection
from guide.topics import TOPIC_WORDS, SectionLink, TopicMatch, role_words, topics_of, word_matches

BACKEND, FRONTEND = "backend-developer", "frontend-developer"


@pytest.mark.parametrize(
    "query", ["gaji", "Gaji?", "salary", "salaries", "gajinya", "bergaji", "penghasilan", "upah"]
)
def test_salary_words_link_the_salary_tab_of_the_role_that_has_one(library, query) -> None:
    match = topics_of(query, library.profiles)
    assert match.links == (SectionLink(BACKEND, "gaji"),)  # Frontend's sources give none
    assert match.missing == () and match.compare is None


@pytest.mark.parametrize("query", ["jurusan", "jurusan kuliah apa", "education", "major"])
def test_study_words_link_pendidikan(library, query) -> None:
    assert topics_of(query, library.profiles).links == (SectionLink(BACKEND, "pendidikan"),)


@pytest.mark.parametrize(
    "query",
    ["apa bedanya backend dan frontend", "perbedaan front end dan back end", "backend vs frontend"],
)
def test_comparison_questions_link_the_comparison(library, query) -> None:
    match = topics_of(query, library.profiles)
    assert match.compare == (BACKEND, FRONTEND)
    assert match.links == ()


def test_a_named_role_without_the_topic_is_said_to_be_missing(library) -> None:
    match = topics_of("berapa gaji frontend", library.profiles)
    assert match.roles == (FRONTEND,)
    assert match.missing == (SectionLink(FRONTEND, "gaji"),)
    assert match.links == (SectionLink(BACKEND, "gaji"),)  # where the sources do give one
    assert match.compare is None


def test_a_named_role_with_the_topic_links_only_that_role(library) -> None:
    assert topics_of("tugas frontend", library.profiles).links == (SectionLink(FRONTEND, "tugas"),)
    assert topics_of("skill", library.profiles).links == (
        SectionLink(BACKEND, "keahlian"),
        SectionLink(FRONTEND, "keahlian"),
    )


@pytest.mark.parametrize(
    "query", ["hasil", "menghasilkan kode", "menyimpan data", "developer", "pengembang web", ""]
)
def test_words_that_only_share_a_stem_or_name_every_role_link_nothing(library, query) -> None:
    match = topics_of(query, library.profiles)
    assert not match, match
    assert match == TopicMatch()


def test_role_words_are_the_ones_no_other_role_shares(library) -> None:
    assert role_words(library.profiles) == {
        BACKEND: frozenset({"backend"}),
        FRONTEND: frozenset({"frontend"}),
    }


def test_word_matching_rules() -> None:
    assert word_matches("gajinya", "gaji") and word_matches("bergaji", "gaji")
    assert word_matches("penghasilannya", "penghasilan")
    assert not word_matches("hasil", "penghasilan")
    assert not word_matches("menghasilkan", "penghasilan")


def test_every_topic_is_a_profile_tab() -> None:
    assert set(TOPIC_WORDS) <= set(SECTION_IDS)


def _claim(n: int) -> Claim:
    return Claim(f"c{n}", "…", (Citation("000", "x"),))


def _profile(pid: str, name: str, discussed: set[str]) -> Profile:
    sections = tuple(
        ProfileSection(sid, sid.title(), (_claim(i),) if sid in discussed else ())
        for i, sid in enumerate(SECTION_IDS)
    )
    return Profile(pid, name, (f"Pengembang {name.split()[0]}",), "…", sections)


def test_data_driven_a_new_role_and_new_topic_words_need_no_code() -> None:
    profiles = [
        _profile("backend-developer", "Backend Developer", {"gaji", "tugas"}),
        _profile("devops-engineer", "DevOps Engineer", {"tugas"}),
        _profile("qa-tester", "QA Tester", {"gaji"}),
    ]
    match = topics_of("berapa gaji devops", profiles)
    assert match.roles == ("devops-engineer",)
    assert match.missing == (SectionLink("devops-engineer", "gaji"),)
    assert match.links == (
        SectionLink("backend-developer", "gaji"),
        SectionLink("qa-tester", "gaji"),
    )
    assert topics_of("devops vs tester", profiles).compare == ("devops-engineer", "qa-tester")
    words = {"mitos-fakta": ("hoaks",)}
    assert topics_of("hoaksnya", profiles, words).links == ()  # nobody discusses it
    assert topics_of("hoaksnya backend", profiles, words).missing == (
        SectionLink("backend-developer", "mitos-fakta"),
    )


# -- the snippet's passage --------------------------------------------------------------------


def _clean(text: str) -> str:
    """Bullets and list numbers out, whitespace collapsed: how a snippet writes the article."""
    return " ".join(re.sub(r"(\d{1,2}[.)](?=\s)|•)", " ", text).split())


@pytest.mark.parametrize("query", ["gaji", "menyimpan data", "python", "api", "tim", "skill"])
def test_snippet_range_is_the_snippet_in_the_article(library, query) -> None:
    for hit in library.search(query).hits:
        passage = library.open_article(hit.article_id)
        section = next(s for s in passage.sections if s.id == hit.section_id)
        start, end = snippet_range(hit, passage.article.text, section.start, section.end)
        assert section.start <= start < end <= section.end, hit.section_id
        found = _clean(passage.article.text[start:end])
        assert found == _clean(hit.snippet.text.strip("…")), hit.section_id


def test_snippet_range_not_found() -> None:
    from guide.search import Hit, Snippet

    hit = Hit("x-00", "x", "T", "H", Snippet("…kata yang tidak ada…", ()), 1.0, "", ())
    assert snippet_range(hit, "teks lain sama sekali") == (-1, -1)
