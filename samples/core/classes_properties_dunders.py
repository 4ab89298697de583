"""@property with setter, @staticmethod, @classmethod, __str__/__repr__/__eq__, and default str/eq."""


class Temperature:
    def __init__(self, celsius: float) -> None:
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        print(f"  setting celsius to {value}")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def c_to_k(c: float) -> float:
        return c + 273.15

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        return cls((f - 32) * 5 / 9)

    def __str__(self) -> str:
        return f"{self._celsius:.1f}°C"

    def __repr__(self) -> str:
        return f"Temperature({self._celsius!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Temperature):
            return NotImplemented
        return self._celsius == other._celsius


class Kelvin(Temperature):
    def __str__(self) -> str:
        return f"{self.c_to_k(self.celsius):.2f}K"


t = Temperature(21.5)
print(t.celsius, t.fahrenheit, str(t), repr(t))
t.celsius = 30
print("after setter:", t, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as exc:
    print("ValueError:", exc)
try:
    t.fahrenheit = 0
except AttributeError:
    print("fahrenheit is read-only")

print("static via class and instance:", Temperature.c_to_k(0), t.c_to_k(100))
boiling = Temperature.from_fahrenheit(212)
print("classmethod:", boiling, repr(boiling), type(boiling).__name__)
k = Kelvin.from_fahrenheit(32)
print("classmethod on subclass builds the subclass:", type(k).__name__, k, repr(k))

print("eq:", Temperature(10) == Temperature(10), Temperature(10) != Temperature(11), Temperature(0) == k)
print("eq with other types:", Temperature(1) == 1, Temperature(1) != "1")
print("containers use repr:", [Temperature(1), Temperature(2.5)], {"now": t})
print("print uses str:", t, f"{t}", "%s" % t, "{!r}".format(t))
print("in uses __eq__:", Temperature(30) in [t], [Temperature(1)].index(Temperature(1.0)))


class Plain:
    def __init__(self, v: int) -> None:
        self.v = v


p1, p2 = Plain(1), Plain(1)
print("default eq is identity:", p1 == p2, p1 == p1, p1 != p2)
print("default repr mentions the class:", repr(p1).startswith("<__main__.Plain object at"))
print("default str equals repr:", str(p1) == repr(p1))
