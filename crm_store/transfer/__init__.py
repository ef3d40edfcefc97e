"""Import from spreadsheets and full export/restore."""
