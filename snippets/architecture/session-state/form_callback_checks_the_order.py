import streamlit as st

st.session_state.setdefault("orders", [])
st.session_state.setdefault("problem", "")


def place_order():
    # Runs before the script; the form's widgets are readable by their keys.
    scoops = st.session_state.scoops
    if scoops == 0:
        st.session_state.problem = "Order refused: pick at least one scoop."
        return
    st.session_state.problem = ""
    st.session_state.orders.append(f"{scoops} x {st.session_state.flavour}")


with st.form("ice_cream"):
    st.selectbox("Flavour", ["vanilla", "pistachio", "lemon"], key="flavour")
    st.number_input("Scoops", min_value=0, max_value=4, key="scoops")
    st.form_submit_button("Order", on_click=place_order)

if st.session_state.problem:
    st.error(st.session_state.problem)
st.write(f"Orders: {', '.join(st.session_state.orders) or 'none'}")
