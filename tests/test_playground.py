"""The playground lists and runs every runnable snippet; pages say how to run each."""

import os
import re
from unittest import mock

import pytest
import streamlit as st
from conftest import BROWSER_WAIT_MS, REPO, SNIPPETS
from playwright.sync_api import expect
from snippet_index import runnable_snippets
from test_docs import includes, rel

PLAYGROUND = "../scripts/playground.py"  # relative to snippets/, like every app path
RUN_IT = re.compile(r"Run it: `streamlit run ([^`]+)`")


def test_runnable_snippets_import_streamlit_and_no_sibling_uses_them(tmp_path):
    files = {
        "chapter/page/app.py": "import streamlit as st\nimport helper\n",
        "chapter/page/helper.py": "import streamlit as st\n",  # imported: a helper
        "chapter/page/menu.py": 'import streamlit as st\nst.Page("sub.py")\n',
        "chapter/page/sub.py": "import streamlit as st\n",  # a page of menu.py
        "chapter/page/plain.py": "print('no streamlit here')\n",
        "chapter/page/.streamlit/config.toml": "[runner]\nmagicEnabled = false\n",
        "chapter/other/solo.py": "from streamlit import session_state\n",
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
        "[app-design/custom-classes](https://docs.example/app-design/custom-classes/)"
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
        and f"Run it: `streamlit run {path}`" not in (REPO / page).read_text()
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
