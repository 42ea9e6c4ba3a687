"""Every runnable snippet as a page of one app: `streamlit run scripts/playground.py`.

The sidebar groups the examples as "<chapter> / <page>", each named by what it
shows; each page links back to the section of the docs that shows it, and starts
in a fresh session state, as if it were the only app. Set PLAYGROUND_DOCS_URL to
where the site is served (default: `bash scripts/serve.sh` on
http://127.0.0.1:8000/).
"""

import html
import os
import sys

import streamlit as st
from snippet_index import SNIPPETS, doc_sections, is_multipage_app, runnable_snippets

DOCS_URL = os.environ.get("PLAYGROUND_DOCS_URL", "http://127.0.0.1:8000/")

OWN = "_playground_"  # the playground's own session state keys start with this


def title(path):
    """What an example shows, from its file name: "Class redefined on rerun"."""
    return path.stem.replace("_", " ").capitalize()


snippets = {}  # url_path -> snippet file
sections = {}  # "<chapter> / <page>" -> its snippets' pages
for path in runnable_snippets():
    rel = path.relative_to(SNIPPETS)
    url_path = "--".join(rel.with_suffix("").parts)
    snippets[url_path] = path
    page = st.Page(path, title=title(path), url_path=url_path)
    sections.setdefault(" / ".join(rel.parent.parts), []).append(page)


def home():
    st.title("Playground")
    st.write(
        f"{len(snippets)} runnable examples from the docs, grouped by chapter and "
        "page. Pick one in the sidebar: it runs here as its own page."
    )
    st.markdown(f"[Open the docs]({DOCS_URL})")


def run_beside_its_helpers(page, snippet):
    """Run a snippet page that may import modules from its own folder.

    `streamlit run` puts the script's folder first on sys.path; do the same while
    the page runs, and forget other folders' helpers that could share a name.
    """
    folder = str(snippet.parent)
    for name, module in list(sys.modules.items()):
        file = getattr(module, "__file__", None) or ""
        if file.startswith(f"{SNIPPETS}{os.sep}") and os.path.dirname(file) != folder:
            del sys.modules[name]
    sys.path.insert(0, folder)
    try:
        page.run()
    finally:
        sys.path.remove(folder)


def start_fresh(url_path):
    """A newly picked example starts with an empty session state: another
    example's keys (a counter of the same name...) must not change its result."""
    if st.session_state.get(f"{OWN}page") != url_path:
        for key in list(st.session_state):
            if not str(key).startswith(OWN):
                del st.session_state[key]
        st.session_state[f"{OWN}page"] = url_path


def doc_link(rel):
    """A Markdown link to the section of the docs that shows the snippet."""
    section = doc_sections().get(rel)
    if section is None:  # not on any page (the docs checks report that)
        page = os.path.dirname(rel).removeprefix("snippets/")
        return f"[{page}]({DOCS_URL.rstrip('/')}/{page}/)"
    url = f"{DOCS_URL.rstrip('/')}/{section.page}"
    text = html.unescape(section.page_title)
    if section.anchor:
        url += f"#{section.anchor}"
        text += f" › {html.unescape(section.heading)}"
    return f"[{text}]({url})"


nav = {"": [st.Page(home, title="Playground")], **sections}
current = st.navigation(nav, expanded=True)
start_fresh(current.url_path)
snippet = snippets.get(current.url_path)
if snippet is None:
    current.run()
else:
    rel = snippet.relative_to(SNIPPETS.parent).as_posix()
    st.caption(f"`{rel}` · explained in {doc_link(rel)}")
    if is_multipage_app(snippet):
        st.info(f"A multipage app of its own: run it with `streamlit run {rel}`")
    else:
        run_beside_its_helpers(current, snippet)
