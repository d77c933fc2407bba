"""Experiments: many runs compared side by side (the Sweep over one hyperparameter)."""
