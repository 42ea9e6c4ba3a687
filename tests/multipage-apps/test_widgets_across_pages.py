"""Claims of docs/multipage-apps/widgets-across-pages.md."""

from conftest import shown

HERE = "multipage-apps/widgets-across-pages"


# --8<-- [start:test_a_widget_on_a_page_left_is_cleaned_up]
def test_a_widget_on_a_page_left_is_cleaned_up(app):
    """SessionState.on_script_finished removes the state of every widget the
    run did not draw. Under AppTest the first run of the new page still reads
    the old value (AppTest.switch_page sends the widget values it holds), the
    runs after it do not, and the widget comes back at its default. The
    entrypoint draws the currency box in every run, so it keeps its value."""
    at = app(f"{HERE}/shop/app.py").run()
    at.number_input(key="cups").set_value(3).run()
    at.sidebar.selectbox(key="currency").select("USD").run()
    at.switch_page("checkout.py").run()
    assert shown(at) == ["Checkout", "Cups: 3", "Currency: USD"]
    assert "cups" not in at.session_state  # removed when that run ended
    at.run()
    assert shown(at) == ["Checkout", "Cups: None", "Currency: USD"]
    at.switch_page("cart.py").run()
    assert at.number_input(key="cups").value == 1  # the default again
    assert at.sidebar.selectbox(key="currency").value == "USD"


# --8<-- [end:test_a_widget_on_a_page_left_is_cleaned_up]


# --8<-- [start:test_the_same_widget_on_two_pages_is_two_widgets]
def test_the_same_widget_on_two_pages_is_two_widgets(app):
    """elements/lib/utils.compute_and_register_element_id adds the running
    page's script hash to every widget ID, even when a key is given."""
    at = app(f"{HERE}/twin_pages/app.py").run()
    at.number_input(key="cups").set_value(5).run()
    first_id = at.number_input(key="cups").id
    at.switch_page("second.py").run()
    assert at.number_input(key="cups").value == 1
    assert at.number_input(key="cups").id != first_id


# --8<-- [end:test_the_same_widget_on_two_pages_is_two_widgets]


# --8<-- [start:test_a_storage_key_keeps_the_value]
def test_a_storage_key_keeps_the_value(app):
    """Only widget state is cleaned up: "cups", set by the script, stays, and
    the page copies it back into the widget's key before drawing it."""
    at = app(f"{HERE}/kept/app.py").run()
    at.number_input(key="_cups").set_value(4).run()
    at.switch_page("checkout.py").run()
    at.run()  # a second run on the page: the widget's own key is gone by now
    assert shown(at) == ["Checkout", "Cups: 4"]
    assert "_cups" not in at.session_state
    at.switch_page("cart.py").run()
    assert at.number_input(key="_cups").value == 4
    assert not at.exception


# --8<-- [end:test_a_storage_key_keeps_the_value]
