"""Exports of what is on screen: figures (PNG/SVG), the window, animated GIFs."""
