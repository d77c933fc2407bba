"""Files: session files (.gdesk), autosave, CSV import/export, trained-model export and the recent-files list.

`session`, `session_schema`, `session_codec`, `csv_io`, `model_export` and `recent_files` are pure Python + numpy
(importing them loads no Qt); `atomic` imports QtCore only when it writes; `autosave` is a Qt object.
"""
