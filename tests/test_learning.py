"""The learning paths and the self-check (issue 16): curated TOML, every quote checked at build
like the profiles', written to learning.json and read by the app."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from guide.article import parse_article
from guide.learning import load_learning
from guide.library import BACKEND_ID, FRONTEND_ID
from guide.metadata import load_metadata
from guide.profiles import ProfileError, seed_locator
from guide.resources import seeds_dir

SEEDS = seeds_dir()


def _locator(seeds: Path):
    metas = load_metadata(seeds / "articles.toml")
    articles = []
    for article_id, meta in metas.items():
        text = (seeds / meta.file).read_text(encoding="utf-8")
        articles.append((article_id, text, parse_article(article_id, text)))
    return seed_locator(articles)


def test_the_backend_path_has_ordered_cited_steps(library) -> None:
    path = library.learning_path(BACKEND_ID)
    assert path is not None and len(path.steps) >= 7
    assert len({s.id for s in path.steps}) == len(path.steps)
    for step in path.steps:
        assert step.title and step.explanation and step.citations
        for citation in step.citations:  # located in the article, its section named
            article = library.article(citation.article_id)
            assert 0 <= citation.start < citation.end <= len(article.text)
            quoted = " ".join(article.text[citation.start : citation.end].split()).casefold()
            assert quoted == " ".join(citation.quote.split()).casefold()
            assert citation.section_id.startswith(citation.article_id)
    first = path.steps[0]
    assert any(c.article_id == "004" for c in first.citations)  # Startup Campus's first step


def test_frontend_gets_a_short_path_that_says_so(library) -> None:
    path = library.learning_path(FRONTEND_ID)
    assert path is not None and path.limits  # the articles only compare: said, not invented
    assert len(path.steps) < len(library.learning_path(BACKEND_ID).steps)


def test_the_self_check_is_8_to_12_cited_statements_pointing_to_steps(library) -> None:
    learning = library.learning
    assert learning.check_role == BACKEND_ID
    assert 8 <= len(learning.statements) <= 12
    steps = {s.id for s in library.learning_path(BACKEND_ID).steps}
    for statement in learning.statements:
        assert statement.text and statement.says and statement.citations
        assert set(statement.steps) <= steps
        assert all(c.start >= 0 for c in statement.citations)


def test_a_quote_not_in_the_article_fails_the_build_naming_it(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    path = seeds / "paths" / "backend-developer.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index('quote = "') + len('quote = "')
    path.write_text(
        text[:start] + "Kalimat karangan yang tidak ada. " + text[start:], encoding="utf-8"
    )
    with pytest.raises(ProfileError, match="kutipan tidak ditemukan"):
        load_learning(seeds, _locator(seeds), [BACKEND_ID, FRONTEND_ID])


def test_a_self_check_pointing_to_a_missing_step_fails(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    check = seeds / "selfcheck.toml"
    text = check.read_text(encoding="utf-8")
    check.write_text(text.replace('steps = ["', 'steps = ["tidak-ada", "', 1), encoding="utf-8")
    with pytest.raises(ProfileError, match="langkah 'tidak-ada' tidak ada"):
        load_learning(seeds, _locator(seeds), [BACKEND_ID, FRONTEND_ID])


def test_a_build_without_readable_learning_content_offers_no_path(
    data_dir: Path, tmp_path: Path
) -> None:
    from guide.datadir import DataLocation
    from guide.library import Library

    copy = tmp_path / "data"
    shutil.copytree(data_dir, copy)
    (copy / "learning.json").write_text("{ rusak", encoding="utf-8")
    library = Library(DataLocation(copy, bundled=False))
    try:
        assert library.learning_path(BACKEND_ID) is None  # no crash: nothing offered
        assert library.learning.statements == ()
    finally:
        library.close()


def test_a_path_file_that_is_not_toml_fails_naming_it(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "paths" / "backend-developer.toml").write_text("role = [", encoding="utf-8")
    expected = re.escape("paths/backend-developer.toml: tidak dapat dibaca")
    with pytest.raises(ProfileError, match=expected):
        load_learning(seeds, _locator(seeds), [BACKEND_ID, FRONTEND_ID])
