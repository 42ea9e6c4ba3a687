import loader_north
import loader_south
import streamlit as st

# Same name, same source, different modules: two separate caches.
st.write(loader_north.load(), loader_south.load())
