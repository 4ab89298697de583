"""@property getters/setters/deleters, @staticmethod, @classmethod and alternative constructors."""


class Temperature:
    scale = "C"

    def __init__(self, celsius: float = 0.0) -> None:
        self._celsius = celsius
        self.reads = 0

    @property
    def celsius(self) -> float:
        self.reads += 1
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        print(f"  setting celsius to {value}")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value: float) -> None:
        self.celsius = (value - 32) * 5 / 9

    @staticmethod
    def c_to_k(c: float) -> float:
        return c + 273.15

    @classmethod
    def from_fahrenheit(cls, f: float) -> "Temperature":
        t = cls()
        t.fahrenheit = f
        return t

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._celsius:.1f}{self.scale})"


class Kelvinish(Temperature):
    scale = "C*"


t = Temperature(25)
print(t.celsius, t.fahrenheit, t.reads)
t.celsius = 100
print(t, t.fahrenheit)
t.fahrenheit = 32
print(t, t.celsius, t.reads)
try:
    t.celsius = -300
except ValueError as exc:
    print("ValueError:", exc)
print(t)
print(Temperature.c_to_k(0), t.c_to_k(100))
k = Kelvinish.from_fahrenheit(212)
print(k, type(k).__name__, isinstance(k, Temperature))


class Circle:
    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        return self._r

    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)


c = Circle(2)
print(c.radius, c.area)
try:
    c.area = 10
except AttributeError:
    print("AttributeError: area has no setter")


class IdGen:
    _next = 1

    @classmethod
    def take(cls):
        value = cls._next
        cls._next += 1
        return value

    @staticmethod
    def fmt(n):
        return f"id-{n:03d}"


print([IdGen.fmt(IdGen.take()) for _ in range(3)], IdGen._next)
