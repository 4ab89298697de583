"""abc: ABC, ABCMeta, abstractmethod (also on properties): CPython's TypeError when an abstract class is instantiated."""
from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        raise NotImplementedError

    @abstractmethod
    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 1


print(Square(3).describe(), Square(2).perimeter())
try:
    Shape("x")
except TypeError as e:
    print(e)
try:
    Half("x")
except TypeError as e:
    print(e)
print(isinstance(Square(1), Shape), issubclass(Square, Shape))


class Base(metaclass=ABCMeta):
    @abstractmethod
    def run(self):
        pass


class Impl(Base):
    def run(self):
        return "ran"


print(Impl().run())
try:
    Base()
except TypeError as e:
    print(e)


class Named(abc.ABC):
    @property
    @abc.abstractmethod
    def name(self):
        raise NotImplementedError


class Bob(Named):
    @property
    def name(self):
        return "bob"


print(Bob().name)
try:
    Named()
except TypeError as e:
    print(e)
