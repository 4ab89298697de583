class ShopError(Exception):
    """Base class of the shop's errors."""


class OutOfStock(ShopError):
    def __init__(self, item, wanted, left):
        super().__init__(f"{item}: wanted {wanted}, only {left} left")
        self.item = item
        self.left = left
