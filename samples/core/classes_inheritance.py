"""Inheritance: overriding, super() in __init__ and methods, multi-level chains, MRO with mixins."""


class Shape:
    sides = 0

    def __init__(self, name: str) -> None:
        self.name = name
        print(f"  Shape.__init__({name!r})")

    def area(self) -> float:
        return 0.0

    def describe(self) -> str:
        return f"{self.name} with {self.sides} sides, area {self.area():.2f}"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w: float, h: float, name: str = "rectangle") -> None:
        print(f"  Rectangle.__init__({w}, {h})")
        super().__init__(name)
        self.w, self.h = w, h

    def area(self) -> float:
        return self.w * self.h


class Square(Rectangle):
    def __init__(self, side: float) -> None:
        print(f"  Square.__init__({side})")
        super().__init__(side, side, name="square")

    def describe(self) -> str:
        return "[square] " + super().describe()


class Circle(Shape):
    def __init__(self, r: float) -> None:
        super().__init__("circle")
        self.r = r

    def area(self) -> float:
        return 3.14159 * self.r ** 2


print("building:")
shapes = [Rectangle(2, 3), Square(2.5), Circle(1)]
for s in shapes:
    print(s.describe())
print("total area:", round(sum(s.area() for s in shapes), 3))
print(isinstance(shapes[1], Rectangle), isinstance(shapes[2], Rectangle), issubclass(Square, Shape))
print("MRO:", [c.__name__ for c in Square.__mro__])
