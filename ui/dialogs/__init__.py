"""Dialogs of the Qt shell."""
