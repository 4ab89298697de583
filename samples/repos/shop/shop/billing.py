"""billing and ledger import each other; Python tolerates it because
neither uses the other while it is being imported."""
from common.text import money

from . import ledger


def charge(customer, amount):
    entry = ledger.write(customer, amount)
    return f"charged {money(amount)} to {customer} (entry {entry})"


def refund_all():
    return [f"refund {money(-a, currency='EUR')}" for _, a in ledger.entries()]
