"""The shared editing kit every tab uses: record actions with undo, the form dialog, the
table section, inputs, and the tab base."""
