"""Multiple inheritance: a diamond of mixins resolved by the C3 MRO, with cooperative super()."""


class Base:
    def hello(self) -> str:
        return "Base"


class LoudMixin(Base):
    def hello(self) -> str:
        return "Loud(" + super().hello() + ")"


class PoliteMixin(Base):
    def hello(self) -> str:
        return "Polite(" + super().hello() + ")"


class Greeter(LoudMixin, PoliteMixin):
    def hello(self) -> str:
        return "Greeter(" + super().hello() + ")"


print(Greeter().hello())
print("diamond MRO:", [c.__name__ for c in Greeter.__mro__])

