from . import billing

_entries = []


def write(customer, amount):
    _entries.append((customer, amount))
    return len(_entries)


def entries():
    return list(_entries)


def audit():
    # Calls back into the module that imported this one.
    return billing.charge("auditor", 0.5)
