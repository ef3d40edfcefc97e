"""An error whose message is meant for the user (already in their language)."""


class UserError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
