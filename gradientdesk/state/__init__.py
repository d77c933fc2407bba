"""Qt-free state of the application (GUI thread): what the canvas holds and the bounded training history."""
