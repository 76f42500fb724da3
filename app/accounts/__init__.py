"""Platforms and the managed accounts on them."""
