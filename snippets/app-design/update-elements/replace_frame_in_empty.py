import pandas as pd
import streamlit as st

readings = pd.DataFrame({"temperature": [20.5, 21.0]})
table_slot = st.empty()
chart_slot = st.empty()
for new_value in [21.4, 21.9, 22.3]:  # in a real app: wait for new data here
    new_row = pd.DataFrame({"temperature": [new_value]})
    readings = pd.concat([readings, new_row], ignore_index=True)
    table_slot.dataframe(readings)  # the whole frame, drawn again
    chart_slot.line_chart(readings)
