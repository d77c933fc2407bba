"""Colours, pens and fonts every view draws with."""
