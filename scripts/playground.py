"""Every runnable snippet as a page of one app: `streamlit run scripts/playground.py`.

The sidebar groups the examples as "<chapter> / <page>"; each page links back to
the docs page that explains it. Set PLAYGROUND_DOCS_URL to where the site is
served (default: `bash scripts/serve.sh` on http://127.0.0.1:8000/).
"""

import os
import sys

import streamlit as st
from snippet_index import SNIPPETS, is_multipage_app, runnable_snippets

DOCS_URL = os.environ.get("PLAYGROUND_DOCS_URL", "http://127.0.0.1:8000/")

snippets = {}  # url_path -> snippet file
sections = {}  # "<chapter> / <page>" -> its snippets' pages
for path in runnable_snippets():
    rel = path.relative_to(SNIPPETS)
    url_path = "--".join(rel.with_suffix("").parts)
    snippets[url_path] = path
    page = st.Page(path, title=rel.stem.replace("_", " "), url_path=url_path)
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


nav = {"": [st.Page(home, title="Playground")], **sections}
current = st.navigation(nav, expanded=True)
snippet = snippets.get(current.url_path)
if snippet is None:
    current.run()
else:
    rel = snippet.relative_to(SNIPPETS.parent).as_posix()
    doc_page = snippet.parent.relative_to(SNIPPETS).as_posix()
    doc_url = f"{DOCS_URL.rstrip('/')}/{doc_page}/"
    st.caption(f"`{rel}` · explained on [{doc_page}]({doc_url})")
    if is_multipage_app(snippet):
        st.info(f"A multipage app of its own: run it with `streamlit run {rel}`")
    else:
        run_beside_its_helpers(current, snippet)
