"""abc: issubclass/isinstance with ABC bases, register() (also as a decorator), virtual subclasses
through parents, __abstractmethods__, abstract classmethods and staticmethods."""
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


class Plain:
    pass


print(issubclass(Square, ABC), issubclass(Shape, ABC), issubclass(Plain, ABC))
print(isinstance(Square(2), Shape), isinstance(Square(2), ABC), isinstance(Plain(), Shape), isinstance(None, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Drawable(metaclass=ABCMeta):
    @abstractmethod
    def draw(self):
        ...


class Sprite:
    def draw(self):
        return "sprite"


class FancySprite(Sprite):
    pass


print(Drawable.register(Sprite) is Sprite)
print(issubclass(Sprite, Drawable), issubclass(FancySprite, Drawable), isinstance(FancySprite(), Drawable))
print(issubclass(Drawable, Sprite), isinstance(Plain(), Drawable))


class Text:
    def draw(self):
        return "text"


print(isinstance(Text(), Drawable), Drawable.register(Text) is Text, isinstance(Text(), Drawable))


# Registering with a subclass makes a virtual subclass of its parents too.
class Widget(Drawable):
    def draw(self):
        return "widget"


class Button:
    pass


Widget.register(Button)
print(issubclass(Button, Widget), issubclass(Button, Drawable), issubclass(Sprite, Widget))


class Factory(ABC):
    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def kind():
        ...


class Concrete(Factory):
    @classmethod
    def create(cls):
        return cls.__name__

    @staticmethod
    def kind():
        return "concrete"


print(Concrete.create(), Concrete.kind())
try:
    Factory()
except TypeError as e:
    print(e)


class Partial(Factory):
    @classmethod
    def create(cls):
        return "partial"


try:
    Partial()
except TypeError as e:
    print(e)
print(isinstance(abc.get_cache_token(), int))
