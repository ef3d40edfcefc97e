from tests.conftest import texts


def test_help_lists_commands(chat):
    reply = texts(chat.send("/help"))
    assert "/log" in reply and "/pipeline" in reply
