"""Platform adapters, the `salesbot` CLI, and the wiring that builds one process."""
