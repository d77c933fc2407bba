"""Presentation mode (F5) and its options."""
