import streamlit as st


class Score:
    def __init__(self, points):
        self.points = points

    @st.cache_data(hash_funcs={"__main__.Score": id})
    def doubled(self) -> int:
        return self.points * 2


# Each Score is freed once its call returns; a later Score can get its memory,
# and so its id, and with it the cached result of the freed one.
results = {points: Score(points).doubled() for points in range(1, 11)}
st.write("Results:", results)
