import streamlit as st

formal = st.toggle("Formal tone")

# Keyed: the default value, placeholder and help text all change with the tone.
greeting = st.text_input(
    "Greeting",
    value="Dear team," if formal else "Hi all,",
    placeholder="How the email starts" if formal else "Say hi",
    help="Keep it polite." if formal else "Keep it short.",
    key="greeting",
)

# No key: only the default value changes with the tone.
closing = st.text_input("Closing", value="Kind regards," if formal else "Cheers,")

st.write(repr((greeting, closing)))
