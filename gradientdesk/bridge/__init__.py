"""Where Qt meets the engine: the worker thread, the controller and the training history."""
