import numpy as np
import pandas as pd
import pyarrow as pa
import streamlit as st

samples = {
    "pandas DataFrame": pd.DataFrame({"n": [1, 2]}),
    "pandas Series": pd.Series([1, 2], name="n"),
    "dict of lists": {"n": [1, 2]},
    "dict of values": {"a": 1, "b": 2},
    "list of dicts": [{"n": 1}, {"n": 2}],
    "list": [1, 2],
    "tuple": (1, 2),
    "set": {1, 2},
    "1-D numpy array": np.array([1, 2]),
    "2-D numpy array": np.array([[1, 5], [2, 6]]),
    "pyarrow Table": pa.table({"n": [1, 2]}),
}

kind = st.selectbox("Data", list(samples), key="kind")
edited = st.data_editor(samples[kind], key="sample")
st.write(f"Returned: {type(edited).__name__}")
st.text(repr(edited))
