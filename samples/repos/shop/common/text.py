"""Formatting helpers: a plain module of functions."""


def money(amount: float, *, currency: str = "EUR") -> str:
    return f"{amount:.2f} {currency}"


def banner(title, width=24, fill="-"):
    return title.center(width, fill)
