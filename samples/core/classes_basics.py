"""Classes: __init__, methods, instance vs class attributes, a shared class counter, subclass overriding a class attribute."""


class Ticket:
    issued = 0  # shared by every instance, updated through the class
    prefix = "T"
    tags = []  # a mutable class attribute is shared too

    def __init__(self, owner: str, seats: int = 1) -> None:
        Ticket.issued += 1
        self.number = Ticket.issued
        self.owner = owner
        self.seats = seats

    def code(self) -> str:
        return f"{self.prefix}-{self.number:03d}"

    def add_seat(self, n: int = 1) -> "Ticket":
        self.seats += n
        return self

    def describe(self) -> str:
        return f"{self.code()} for {self.owner} ({self.seats} seat{'s' if self.seats != 1 else ''})"


class VipTicket(Ticket):
    prefix = "VIP"  # overrides the class attribute for VIP tickets only


a = Ticket("ann")
b = Ticket("bob", seats=2)
v = VipTicket("vee")
print(a.describe())
print(b.describe())
print(v.describe())
print("issued via class:", Ticket.issued, "via instance:", a.issued, "via subclass:", VipTicket.issued)

a.add_seat().add_seat(2)
print("chained methods:", a.describe())

a.prefix = "X"  # instance attribute shadows the class attribute
print("shadowed on one instance:", a.code(), b.code(), Ticket.prefix)
del a.prefix
print("after del, class value again:", a.code())

VipTicket.issued = 100  # creates a new attribute on the subclass
print("subclass now has its own counter:", VipTicket.issued, Ticket.issued)
c = Ticket("cy")
print("base counter keeps counting:", c.number, Ticket.issued, VipTicket.issued)

a.tags.append("shared!")
print("mutable class attribute seen everywhere:", b.tags, VipTicket.tags)

print("bound method:", a.code.__name__, Ticket.code(b))
method = b.describe
b.owner = "bobby"
print("bound method sees later changes:", method())

print(type(v).__name__, isinstance(v, Ticket), isinstance(a, VipTicket), issubclass(VipTicket, Ticket))
print("has attributes:", hasattr(a, "owner"), hasattr(a, "missing"), getattr(a, "seats"))
setattr(a, "owner", "annie")
print("setattr:", a.owner)
try:
    a.nonexistent
except AttributeError as exc:
    print("AttributeError:", exc)
print("instance dict:", vars(c))


class Empty:
    pass


e = Empty()
e.anything = 1
print("dynamic attribute:", e.anything, Empty.__name__)
