"""Keeping the views in step with the worker: the frame handshake, pacing of secondary views, --steps."""
