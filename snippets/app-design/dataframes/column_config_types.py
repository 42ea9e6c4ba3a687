import pandas as pd
import streamlit as st

books = pd.DataFrame(
    {
        "title": ["Dune", "Emma"],
        "price": [9.5, 4.0],
        "in_stock": [True, False],
        "rating": [4.5, 3.8],
        "page": ["https://example.com/dune", "https://example.com/emma"],
        "isbn": ["978-0441", "978-0141"],
    }
)

st.dataframe(
    books,
    column_config={
        "title": st.column_config.TextColumn("Title", help="As printed"),
        "price": st.column_config.NumberColumn("Price", format="$%.2f"),
        "in_stock": st.column_config.CheckboxColumn("In stock"),
        "rating": st.column_config.ProgressColumn(min_value=0, max_value=5),
        "page": st.column_config.LinkColumn("Shop", display_text="Open"),
        "isbn": None,  # hidden
    },
)
