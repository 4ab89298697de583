"""Helpers shared by every package of the shop."""
