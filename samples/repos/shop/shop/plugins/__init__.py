"""Plugins register themselves when their module is imported."""
registry = {}


def register(name, fn):
    registry[name] = fn
    print(f"plugin registered: {name} (by {__name__})")
