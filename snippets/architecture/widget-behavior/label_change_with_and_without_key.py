import streamlit as st

english = st.radio("Language", ["English", "French"]) == "English"

# Keyed widgets: only the label changes when the language does.
age = st.number_input("Age" if english else "Âge", key="age")
city = st.text_input("City" if english else "Ville", key="city")
stars = st.slider("Rating" if english else "Note", 0, 5, key="stars")

# The same kind of widget without a key.
height = st.number_input("Height" if english else "Taille")

st.write(repr((age, city, stars, height)))
