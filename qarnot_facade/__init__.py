"""Qarnot facade."""
