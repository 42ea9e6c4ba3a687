import streamlit as st

# The same HTML four times; each copy flags what ran as window.<name>_...
html = (
    '<b id="{name}">bold</b>'
    '<img src="data:," onerror="window.{name}_onerror = true">'
    "<script>window.{name}_script = true</script>"
)
st.markdown(html.format(name="markdown_plain"))
st.markdown(html.format(name="markdown_html"), unsafe_allow_html=True)
st.html(html.format(name="html_plain"))
st.html(html.format(name="html_js"), unsafe_allow_javascript=True)
