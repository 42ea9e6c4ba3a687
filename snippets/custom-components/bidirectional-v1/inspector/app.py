from pathlib import Path

import pandas as pd
import pyarrow as pa
import streamlit as st
import streamlit.components.v1 as components

inspector = components.declare_component(
    "inspector", path=Path(__file__).parent / "frontend"
)

orders = pd.DataFrame({"dish": ["soup", "bread"], "stars": [4, 5]})
returned = inspector(note="weekly", count=2, photo=b"\x89PNG", orders=orders)
if returned is not None:
    st.write(f"Python got {type(returned).__name__}")
    st.write(f"Rows: {pa.ipc.open_stream(returned).read_pandas().to_dict('records')}")
