"""One module per command group; `table` lists every command with its help text."""
