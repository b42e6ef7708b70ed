"""The built-in demo database, derived from the sample plans (facts in resources/demo/)."""

from ipdesk.demo.builder import DemoSummary, build_demo

__all__ = ["DemoSummary", "build_demo"]
