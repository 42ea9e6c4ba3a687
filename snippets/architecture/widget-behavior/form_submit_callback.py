import streamlit as st

if "pantry" not in st.session_state:
    st.session_state.pantry = {}


def stock_up():
    # Both widgets of the form already hold the submitted values.
    item, count = st.session_state.item, st.session_state.count
    st.session_state.pantry[item] = st.session_state.pantry.get(item, 0) + count
    st.success(f"Added {count} × {item}")


with st.form("restock"):
    st.selectbox("Item", ["rice", "beans", "oats"], key="item")
    st.number_input("How many", 1, 12, key="count")
    st.form_submit_button("Add to pantry", on_click=stock_up)

st.write(f"Pantry: {st.session_state.pantry}")
