"""The fuzzer gets a system of its own (the same fixture as the browser tests, package-scoped):
what it registers, deletes or runs must not leak into other tests' state."""
from tests.e2e.conftest import running_system

__all__ = ["running_system"]
