"""Thin Qt item models over the plain dataclasses the services return."""
