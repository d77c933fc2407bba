"""The window shell: the main window (the one composer), its menus, toolbars, banner and dock titles."""
