"""Claims of docs/app-design/custom-classes.md."""

PAGE = "app-design/custom-classes"


# --8<-- [start:test_class_in_script_is_redefined_on_rerun]
def test_class_in_script_is_redefined_on_rerun(app):
    at = app(f"{PAGE}/class_redefined_on_rerun.py").run()
    assert at.markdown[0].value == "Still a Ticket? `True`"

    at.button[0].click().run()
    assert at.markdown[0].value == "Still a Ticket? `False`"


# --8<-- [end:test_class_in_script_is_redefined_on_rerun]
