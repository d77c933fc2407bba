"""The open document: file actions, unsaved state, autosave, session <-> controller, CSV import."""
