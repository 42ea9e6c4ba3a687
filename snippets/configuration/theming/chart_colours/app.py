import altair as alt
import pandas as pd
import streamlit as st

sales = pd.DataFrame(
    {"bread": [3, 5, 2], "cake": [1, 2, 4], "pie": [2, 2, 3], "day": [1, 2, 3]}
)
st.dataframe(sales, hide_index=True)
st.bar_chart(sales, x="day", y=["bread", "cake", "pie"])  # three series
change = pd.DataFrame({"day": range(6), "change": [-3, -2, -1, 1, 2, 3]})
by_size = alt.Chart(change).mark_bar().encode(x="day:O", y="change", color="day:Q")
st.altair_chart(by_size)  # a quantity: the sequential colours
by_sign = by_size.encode(color=alt.Color("change:Q", scale=alt.Scale(domainMid=0)))
st.altair_chart(by_sign)  # around a midpoint: the diverging colours
