"""Appraisal screens (shown in the Team tab)."""
