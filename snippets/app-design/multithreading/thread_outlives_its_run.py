import threading

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx

script_thread = threading.current_thread()


def report_later(box):
    script_thread.join()  # wait until this run is over
    box.write("Late report")  # the run is gone: Streamlit drops this
    st.session_state.reported = True


box = st.container()
add_script_run_ctx(threading.Thread(target=report_later, args=(box,))).start()
st.write(f"Reported earlier: {st.session_state.get('reported', False)}")
st.button("Rerun")
