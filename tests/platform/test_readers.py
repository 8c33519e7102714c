import json

from faits.ingest.prepare import prepare
from faits.ingest.readers import InputItem, InputProblem, read_inputs

ARTICLE = (
    "La Russie et la Chine ont appelé lundi au dialogue entre les deux Corées, a indiqué Moscou."
)


def _items(*paths, **kwargs):
    return list(read_inputs([str(p) for p in paths], **kwargs))


def test_text_html_and_jsonl_in_a_folder_recursively(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(f"<html><body><p>{ARTICLE}</p></body></html>")
    (tmp_path / "sub" / "c.jsonl").write_text(
        json.dumps({"id": "x1", "text": ARTICLE, "published": "2019-02-18"})
        + "\n"
        + json.dumps({"id": "x2", "html": f"<p>{ARTICLE}</p>"})
        + "\n",
        encoding="utf-8",
    )
    (tmp_path / "notes.md").write_text("ignored")
    items = _items(tmp_path)
    assert [type(i) for i in items] == [InputItem] * 4
    assert {i.id for i in items} == {None, "x1", "x2"}


def test_bad_inputs_become_one_line_problems(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "big.txt").write_bytes(b"mot " * 600_000)
    (tmp_path / "bad.jsonl").write_text(
        '{"id": "ok", "text": "Texte."}\n{broken\n{"id": "no-text"}\n'
    )
    problems = {}
    for item in _items(tmp_path, tmp_path / "missing.txt"):
        if isinstance(item, InputProblem):
            problems[item.origin] = item
    assert "empty file" in problems[str(tmp_path / "empty.txt")].reason
    assert "binary" in problems[str(tmp_path / "binary.txt")].reason
    assert "too large" in problems[str(tmp_path / "big.txt")].reason
    assert "malformed JSON" in problems[f"{tmp_path / 'bad.jsonl'}:2"].reason
    assert "no 'text' or 'html'" in problems[f"{tmp_path / 'bad.jsonl'}:3"].reason
    assert "no such file" in problems[str(tmp_path / "missing.txt")].reason
    for problem in problems.values():
        line = problem.line()
        assert "\n" not in line and problem.origin in line and " — " in line


def test_html_without_article_is_a_problem():
    item = InputItem(
        "page.html", html="<html><body><nav><a href='/'>Accueil</a></nav></body></html>"
    )
    problem = prepare(item)
    assert isinstance(problem, InputProblem)
    assert "no article text" in problem.reason


def test_html_page_gives_text_title_site_and_date():
    html = (
        "<html><head><title>Pékin salue la rencontre | Le Journal</title>"
        '<meta property="og:site_name" content="Le Journal">'
        '<meta property="article:published_time" content="2019-06-30T10:00:00"></head><body>'
        "<nav>Accueil | Monde | Politique</nav><article><h1>Pékin salue la rencontre</h1>"
        f"<p>{ARTICLE}</p><p>Le ministère chinois des Affaires étrangères a salué la rencontre "
        "entre les deux dirigeants, a indiqué son porte-parole.</p></article>"
        "<div id='comments'><p>Laisser un commentaire</p></div></body></html>"
    )
    prepared = prepare(InputItem("page.html", html=html))
    article = prepared.article
    assert article.title == "Pékin salue la rencontre"
    assert article.site == "Le Journal"
    assert (article.published, article.published_source) == ("2019-06-30", "html")
    assert article.text.startswith("La Russie et la Chine")
    assert "Accueil" not in article.text and "commentaire" not in article.text


def test_language_other_than_coded_is_skipped_with_reason():
    prepared = prepare(
        InputItem(
            "en.txt",
            text="Iran launched a dozen ballistic missiles on "
            "Wednesday at two Iraqi bases housing American troops.",
        )
    )
    assert prepared.article.status == "skipped"
    assert prepared.article.language == "en"
    assert "not coded" in prepared.article.reason


def test_published_precedence_and_unknown():
    text = "Dernière mise à jour à 09h41 le 19/02\n" + ARTICLE
    assert (
        prepare(InputItem("a", text=text, published="2019-02-20")).article.published == "2019-02-20"
    )
    from_flag = prepare(InputItem("a", text=text), published_default="2019-02-19").article
    assert (from_flag.published, from_flag.published_source) == ("2019-02-19", "input")
    undated = prepare(InputItem("a", text=ARTICLE)).article
    assert (undated.published, undated.published_source) == (None, "unknown")


def test_article_id_is_input_id_or_hash_of_normalised_text():
    a = prepare(InputItem("a.txt", text=ARTICLE)).article.article_id
    b = prepare(
        InputItem("b.txt", text="  " + ARTICLE.replace(" ", "  ") + "\n")
    ).article.article_id
    assert a == b and len(a) == 16
    assert prepare(InputItem("c", text=ARTICLE, id="mine")).article.article_id == "mine"
