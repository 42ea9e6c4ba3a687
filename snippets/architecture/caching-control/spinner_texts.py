import time

import streamlit as st


@st.cache_data  # default spinner, but done in well under half a second
def quick_total():
    return sum(range(100))


@st.cache_data  # default spinner, no arguments
def load_rates():
    time.sleep(1.5)  # slow work: longer than the spinner's 0.5 s delay
    return 1.08


@st.cache_data  # default spinner, but called only inside load_weather
def forecast(city):
    time.sleep(1.5)
    return f"Sunny in {city}"


@st.cache_data  # default spinner, with an argument
def load_weather(city):
    return forecast(city)  # nested: only load_weather's spinner shows


@st.cache_data(show_spinner="Fetching prices...")
def load_prices():
    time.sleep(1.5)
    return 42


@st.cache_data(show_spinner=False)
def load_news():
    time.sleep(1.5)
    return "No news"


quick_total()
load_rates()
load_weather("Oslo")
load_prices()
load_news()
st.write("All loaded")
