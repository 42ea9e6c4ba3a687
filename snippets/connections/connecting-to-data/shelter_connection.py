import sqlite3

import streamlit as st
from streamlit.connections import BaseConnection


class ShelterConnection(BaseConnection[sqlite3.Connection]):
    """A connection to an SQLite file, with a cached read method."""

    def _connect(self, **kwargs) -> sqlite3.Connection:
        database = kwargs.pop("database", None) or self._secrets["database"]
        return sqlite3.connect(database, check_same_thread=False, **kwargs)

    def animals(self, ttl=None):
        @st.cache_data(ttl=ttl)
        def read(_connection_name):
            return [
                row[0] for row in self._instance.execute("SELECT name FROM animals")
            ]

        return read(self._connection_name)
