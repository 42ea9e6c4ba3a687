# Makes pages/ a package for imports; Streamlit skips it as a page.
