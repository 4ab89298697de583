"""The shop package re-exports what most callers need."""
from .errors import OutOfStock, ShopError
from .models import Item, Order

__all__ = ["Item", "Order", "OutOfStock", "ShopError", "VERSION"]

VERSION = "1.0"
