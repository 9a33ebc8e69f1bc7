"""Widgets of the recording TUI, one a module."""
