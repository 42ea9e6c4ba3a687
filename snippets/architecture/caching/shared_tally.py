import threading

import streamlit as st


class Tally:
    def __init__(self):
        self.count = 0
        self._lock = threading.Lock()

    def add_unsafe(self, meanwhile=lambda: None):
        seen = self.count
        meanwhile()  # another session's thread may run here
        self.count = seen + 1

    def add(self, meanwhile=lambda: None):
        with self._lock:  # one thread at a time between the read and the write
            self.add_unsafe(meanwhile)


@st.cache_resource
def shared_tally():
    return Tally()  # one object for every session and thread
