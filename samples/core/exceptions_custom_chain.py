"""Custom exception hierarchies, extra attributes, raise from, implicit context, str()/repr() of exceptions."""


class AppError(Exception):
    """Root of this program's errors."""


class ConfigError(AppError):
    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"config key {key!r}: {reason}")
        self.key = key
        self.reason = reason


class NetworkError(AppError):
    pass


class TimeoutHit(NetworkError):
    pass


def load(settings: dict[str, str], key: str) -> int:
    try:
        return int(settings[key])
    except KeyError as exc:
        raise ConfigError(key, "missing") from exc
    except ValueError as exc:
        raise ConfigError(key, f"not a number ({settings[key]!r})") from exc


settings = {"port": "8080", "retries": "three"}
for key in ["port", "retries", "timeout"]:
    try:
        print(key, "=", load(settings, key))
    except AppError as exc:
        print(f"{type(exc).__name__}: {exc} | key={exc.key} | cause={type(exc.__cause__).__name__}")

for error in [TimeoutHit("slow"), NetworkError("down"), ConfigError("x", "y"), AppError()]:
    try:
        raise error
    except NetworkError as exc:
        print("network family:", repr(exc), isinstance(exc, AppError))
    except AppError as exc:
        print("other app error:", repr(exc))

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as exc:
    print("implicit context:", repr(exc.__context__), "cause:", exc.__cause__, exc.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as exc:
    print("from None:", exc.__cause__, exc.__suppress_context__)

print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(str(ValueError("v")), repr(ValueError("v")), repr(ValueError("it's")), str(ValueError(3)))
print(str(Exception("a", 2)), repr(Exception("a", 2)), Exception("x").args, repr(TimeoutHit()))
print(str(IndexError()), repr(RuntimeError("")), ValueError("m").args[0])
print(issubclass(TimeoutHit, Exception), issubclass(KeyError, LookupError), issubclass(Exception, BaseException))
print([cls.__name__ for cls in TimeoutHit.__mro__])
err = ConfigError("db", "bad")
print("attributes and args:", err.key, err.reason, err.args)
