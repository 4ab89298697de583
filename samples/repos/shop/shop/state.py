"""Module-level state that several modules read and change."""
orders_placed = 0
journal = []


def record(event):
    global orders_placed
    orders_placed += 1
    journal.append(event)
