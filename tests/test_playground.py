"""The playground lists and runs every runnable snippet; pages say how to run each."""

import os
import re
from unittest import mock

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS, REPO, SNIPPETS
from playwright.sync_api import expect
from snippet_index import Section, doc_sections, heading_ids, runnable_snippets
from test_docs import includes, rel

PLAYGROUND = "../scripts/playground.py"  # relative to snippets/, like every app path
RUN_IT = re.compile(r"Run it: `streamlit run ([^` ]+)[^`]*`")  # flags may follow


def test_runnable_snippets_import_streamlit_and_no_sibling_uses_them(tmp_path):
    files = {
        "chapter/page/app.py": "import streamlit as st\nimport helper\n",
        "chapter/page/helper.py": "import streamlit as st\n",  # imported: a helper
        "chapter/page/menu.py": 'import streamlit as st\nst.Page("sub.py")\n',
        "chapter/page/sub.py": "import streamlit as st\n",  # a page of menu.py
        "chapter/page/plain.py": "print('no streamlit here')\n",
        "chapter/page/.streamlit/config.toml": "[runner]\nmagicEnabled = false\n",
        "chapter/other/solo.py": "from streamlit import session_state\n",
        # a reader's pytest file: not an app, and solo.py is not its helper
        "chapter/other/test_solo.py": 'import streamlit\nst.Page("solo.py")\n',
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)

    found = [p.relative_to(tmp_path).as_posix() for p in runnable_snippets(tmp_path)]
    assert found == [
        "chapter/other/solo.py",
        "chapter/page/app.py",
        "chapter/page/menu.py",
    ]


def test_playground_lists_exactly_the_runnable_snippets(app):
    runnable = runnable_snippets()
    with mock.patch.object(st, "navigation", wraps=st.navigation) as navigation:
        at = app(PLAYGROUND).run()
    assert not at.exception
    assert at.markdown[0].value.startswith(f"{len(runnable)} runnable examples")

    sections = navigation.call_args.args[0]
    assert sum(map(len, sections.values())) == len(runnable) + 1  # + the home page
    assert set(sections) == {
        "",
        *(" / ".join(p.parent.relative_to(SNIPPETS).parts) for p in runnable),
    }
    for path in runnable:  # raises unless the file is a registered page
        at.switch_page(os.path.relpath(path, REPO / "scripts"))


def test_playground_page_runs_its_snippet_and_links_to_its_doc_page(app, monkeypatch):
    monkeypatch.setenv("PLAYGROUND_DOCS_URL", "https://docs.example/")
    at = app(PLAYGROUND).run()
    at.switch_page("../snippets/app-design/custom-classes/class_in_module.py").run()
    doc_link = (
        "[Custom classes › Pattern 1: define the class in its own module]"
        "(https://docs.example/app-design/custom-classes/"
        "#pattern-1-define-the-class-in-its-own-module)"
    )
    assert doc_link in at.caption[0].value
    assert at.markdown[0].value == "Still a Ticket? `True`"

    # The snippet imports `ticket` from its own folder, once per session, as under
    # `streamlit run`: the class survives the rerun.
    at.button[0].click().run()
    assert at.markdown[0].value == "Still a Ticket? `True`"


def test_playground_shows_how_to_run_a_multipage_snippet_instead_of_nesting_it(app):
    at = app(PLAYGROUND).run()
    at.switch_page("../snippets/architecture/session-state/multipage_app.py").run()
    assert not at.exception
    assert at.info[0].value.endswith(
        "`streamlit run snippets/architecture/session-state/multipage_app.py`"
    )


# A snippet per chapter and the text it shows on its first run.
IN_CHROMIUM = {
    "app-design/custom-classes/class_in_module.py": "Still a Ticket? True",
    "architecture/forms/values_wait_for_submit.py": "Run 1:",
    "architecture/fragments/widget_reruns_only_its_fragment.py": "Weather runs: 1",
}


@pytest.mark.browser
def test_playground_renders_snippets_in_chromium(serve, page):
    page.goto(serve(PLAYGROUND))
    links = page.get_by_test_id("stSidebarNavLink")
    expect(links).to_have_count(len(runnable_snippets()) + 1, timeout=BROWSER_WAIT_MS)
    main = page.get_by_test_id("stMain")
    for snippet, text in IN_CHROMIUM.items():
        title = os.path.basename(snippet).removesuffix(".py").replace("_", " ")
        title = title.capitalize()  # "Class in module"
        links.get_by_text(title, exact=True).click()
        expect(main).to_contain_text(f"snippets/{snippet}", timeout=BROWSER_WAIT_MS)
        expect(page.get_by_test_id("stApp")).to_have_attribute(
            "data-test-script-state", "notRunning", timeout=BROWSER_WAIT_MS
        )
        expect(main).to_contain_text(text)
        expect(page.get_by_test_id("stException")).to_have_count(0)


def test_every_runnable_snippet_on_its_page_has_its_run_it_line():
    runnable = {rel(p) for p in runnable_snippets()}
    missing = sorted(
        f"{page}: Run it: `streamlit run {path}`"
        for page, path, _ in set(includes())
        if path in runnable
        and page == f"docs/{os.path.dirname(path).removeprefix('snippets/')}.md"
        and path not in RUN_IT.findall((REPO / page).read_text())
    )
    assert not missing, "Add these lines under the examples:\n" + "\n".join(missing)


def test_run_it_lines_name_runnable_snippets():
    runnable = {rel(p) for p in runnable_snippets()}
    wrong = [
        f"{rel(page)}: streamlit run {path}"
        for page in sorted((REPO / "docs").rglob("*.md"))
        for path in RUN_IT.findall(page.read_text())
        if path not in runnable
    ]
    assert not wrong, (
        "Not a runnable snippet (a helper, a page of an app, or a typo):\n"
        + "\n".join(wrong)
    )


COUNTERS = "../snippets/architecture/session-state/counter_with_"


def test_each_example_starts_with_a_fresh_session_state(app):
    """Both counters keep `clicks` in session state; neither sees the other's."""
    at = app(PLAYGROUND).run()
    at.switch_page(COUNTERS + "state.py").run()
    at.button[0].click().run()
    at.button[0].click().run()
    assert at.markdown[0].value == "Clicks: 2"  # state kept within one example

    at.switch_page(COUNTERS + "callback.py").run()
    assert at.markdown[0].value == "Clicks: 0"
    assert [key for key in at.session_state if not key.startswith("_")] == ["clicks"]

    at.switch_page(COUNTERS + "state.py").run()  # back again: a fresh start too
    assert at.markdown[0].value == "Clicks: 0"


def test_examples_are_named_by_what_they_show(app):
    with mock.patch.object(st, "navigation", wraps=st.navigation) as navigation:
        app(PLAYGROUND).run()
    titles = {
        page.title for pages in navigation.call_args.args[0].values() for page in pages
    }
    assert "Class redefined on rerun" in titles
    assert "Counter with callback" in titles
    assert not [title for title in titles if "_" in title or title[0].islower()]


def test_heading_ids_are_those_of_mkdocs_toc():
    headings = ["# Page", "## Fix: `st.rerun()`", "## Keys", "### Keys", "## A & B"]
    assert heading_ids(headings) == [
        ("page", "Page"),
        ("fix-strerun", "Fix: st.rerun()"),
        ("keys", "Keys"),
        ("keys_1", "Keys"),
        ("a-b", "A &amp; B"),
    ]


def test_doc_sections_name_the_heading_above_the_first_include(tmp_path):
    (tmp_path / "chapter").mkdir()
    (tmp_path / "chapter/page.md").write_text(
        "# Page\n\n## First\n\n```python\n# not a heading\n"
        '--8<-- "snippets/chapter/page/a.py"\n```\n\n## Second\n\n'
        '    ```python\n    --8<-- "snippets/chapter/page/b.py"\n    ```\n'
        ';--8<-- "snippets/chapter/page/escaped.py"\n'
    )
    (tmp_path / "other.md").write_text(
        '# Other\n\n--8<-- "snippets/chapter/page/b.py"\n'
    )
    assert doc_sections(tmp_path) == {
        "snippets/chapter/page/a.py": Section(
            "chapter/page/", "Page", "first", "First"
        ),
        "snippets/chapter/page/b.py": Section(
            "chapter/page/", "Page", "second", "Second"
        ),
    }


def test_every_playground_link_opens_the_section_with_its_example(built_site):
    """The anchor of each runnable snippet's link is a heading on the built page,
    and that heading's section includes the snippet's code."""
    root, build = built_site
    assert build.returncode == 0, build.stderr
    sections = doc_sections()
    missing = []
    for path in runnable_snippets():
        section = sections.get(rel(path))
        if section is None:
            continue  # shown on no page: test_docs reports it
        page = (root / section.page / "index.html").read_text()
        if f'id="{section.anchor}"' not in page:
            missing.append(f"{rel(path)}: no #{section.anchor} on {section.page}")
            continue
        after = page.split(f'id="{section.anchor}"', 1)[1]
        if f">{rel(path)}</span>" not in re.split(r"<h[1-6] ", after, maxsplit=1)[0]:
            missing.append(f"{rel(path)}: not under #{section.anchor}")
    assert len(runnable_snippets()) > 50
    assert not missing, "\n".join(missing)
