"""Puskesos Desktop."""
