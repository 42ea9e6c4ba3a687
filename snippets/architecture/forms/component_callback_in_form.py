import streamlit as st

JS = """
export default function ({ parentElement, setStateValue }) {
  parentElement.querySelector("button").onclick = () => setStateValue("likes", 1);
}
"""

like = st.components.v2.component(
    "forms_like_button", html="<button>Like</button>", js=JS
)

with st.form("feedback"):
    # A component's callback: allowed, unlike on_change on a built-in widget.
    liked = like(key="like", default={"likes": 0}, on_likes_change=lambda: None)
    st.form_submit_button("Send")

st.write(f"Likes: {liked.likes}")
