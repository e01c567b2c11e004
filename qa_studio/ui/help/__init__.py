"""Help: the user guide read in the app, and the keyboard shortcuts."""
