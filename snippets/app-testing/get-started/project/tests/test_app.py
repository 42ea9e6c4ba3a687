from streamlit.testing.v1 import AppTest

# Resolved against this file's folder, not the folder you run pytest in.
APP = "../app.py"


def test_first_run_pours_nothing():
    at = AppTest.from_file(APP).run()
    assert at.title[0].value == "Tea counter"
    assert at.markdown[0].value == "Someone poured 0 small cups"


def test_pour_adds_the_chosen_cups():
    at = AppTest.from_file(APP).run()
    at.text_input(key="name").input("Ada")
    at.selectbox(key="size").select("large")
    at.number_input(key="cups").increment().run()
    at.button(key="pour").click().run()
    assert at.markdown[0].value == "Ada poured 1 large cups"


def test_set_value_then_run():
    at = AppTest.from_file(APP).run()
    at.number_input(key="cups").set_value(3)
    at.button(key="pour").click().run()
    assert at.session_state.poured == 3
