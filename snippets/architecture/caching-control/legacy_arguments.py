import streamlit as st

new_decorator = st.radio("New decorator", ["cache_data", "cache_resource"])
old_argument = st.radio(
    "Argument from st.cache",
    ["allow_output_mutation", "suppress_st_warning", "experimental_allow_widgets"],
)
decorate = getattr(st, new_decorator)


@decorate(**{old_argument: True})
def load_prices():  # never runs: the decorator rejects the argument
    return [3.5, 4.0]


st.write(load_prices())  # never runs: the decorator above fails first
