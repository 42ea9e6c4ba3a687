from streamlit.testing.v1 import AppTest


def test_tip_follows_the_slider():
    at = AppTest.from_file("streamlit_app.py").run()
    assert not at.exception
    at.slider(key="percent").set_value(10).run()
    assert at.markdown[0].value == "Tip: 4.00"
