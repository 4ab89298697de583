"""abc: an abstract property or method is implemented by a subclass's property, method or plain class attribute."""
import abc


class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def sides(self):
        return 0

    @property
    @abc.abstractmethod
    def label(self):
        return "?"

    @abc.abstractmethod
    def area(self):
        pass


class Square(Shape):
    sides = 4
    label = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Partial(Shape):
    sides = 3


for cls in [Shape, Partial]:
    try:
        cls()
    except TypeError as err:
        print("TypeError:", err)
sq = Square(3)
print(type(sq).__name__, sq.sides, sq.label, sq.area())
print(sorted(Partial.__abstractmethods__), sorted(Square.__abstractmethods__))
