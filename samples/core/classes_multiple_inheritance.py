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



class Polite2(PoliteMixin):
    def bow(self) -> str:
        return "bows as " + type(self).__name__


class Butler(Polite2, LoudMixin):
    pass


b = Butler()
print(b.hello(), b.bow())
print(isinstance(b, LoudMixin), isinstance(b, PoliteMixin), isinstance(b, Base), isinstance(Greeter(), Polite2))
print([c.__name__ for c in Butler.__mro__], [c.__name__ for c in Greeter.__bases__])
