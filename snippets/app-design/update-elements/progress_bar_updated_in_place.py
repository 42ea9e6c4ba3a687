import streamlit as st

files = ["a.csv", "b.csv", "c.csv", "d.csv"]
bar = st.progress(0, text="Copying files")
for done, name in enumerate(files, start=1):
    bar.progress(done / len(files), text=f"Copied {name}")  # 0.0-1.0 or 0-100

scratch = st.progress(50, text="Cleaning up")
scratch.empty()  # the bar is removed
