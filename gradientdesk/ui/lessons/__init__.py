"""Lessons: the menu, the start page and the Lesson panel."""
