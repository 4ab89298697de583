"""An uncaught KeyError from a dict lookup inside a loop ends the program with exit status 1."""
inventory: dict[str, int] = {"bolts": 40, "nuts": 12, "washers": 0}
orders = [("bolts", 5), ("nuts", 2), ("washers", 1), ("rivets", 3), ("bolts", 1)]

shipped = []
for item, qty in orders:
    available = inventory.get(item, 0)
    if available == 0 and item in inventory:
        print(f"{item}: out of stock, skipping")
        continue
    print(f"{item}: {available} available, shipping {qty}")
    inventory[item] -= qty  # 'rivets' is not a key: KeyError escapes here
    shipped.append(item)
    print(f"  shipped so far: {shipped}")

print("never printed")
