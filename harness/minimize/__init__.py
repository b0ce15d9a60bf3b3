"""Shrinking, a stage after verification: the smallest model that fails the same way, as a
script a person can paste into a bug report."""
