"""Custom exception hierarchies, extra attributes, raise ... from, __cause__/__context__."""


class AppError(Exception):
    """Base for this app."""


class ConfigError(AppError):
    def __init__(self, key: str, reason: str) -> None:
        super().__init__(f"config key {key!r}: {reason}")
        self.key = key
        self.reason = reason


class NetworkError(AppError):
    pass


class TimeoutFailure(NetworkError):
    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"timed out after {self.seconds}s"


def load(settings: dict[str, str], key: str) -> int:
    try:
        return int(settings[key])
    except KeyError:
        raise ConfigError(key, "missing") from None
    except ValueError as exc:
        raise ConfigError(key, "not a number") from exc


settings = {"port": "8080", "workers": "many"}
for key in ["port", "workers", "debug"]:
    try:
        print(key, "=", load(settings, key))
    except ConfigError as err:
        print(f"{type(err).__name__}: {err} | key={err.key} reason={err.reason}")
        print("  cause:", repr(err.__cause__), "| suppress context:", err.__suppress_context__)

errors: list[AppError] = [ConfigError("a", "b"), NetworkError("down"), TimeoutFailure(2.5), AppError()]
for e in errors:
    try:
        raise e
    except TimeoutFailure as t:
        print("timeout handler:", t, t.args, t.seconds)
    except NetworkError as n:
        print("network handler:", n, n.args)
    except AppError as a:
        print("app handler:", type(a).__name__, repr(str(a)), isinstance(a, Exception))

try:
    try:
        raise NetworkError("primary")
    except NetworkError:
        raise RuntimeError("while handling")  # implicit chaining
except RuntimeError as exc:
    print("context:", repr(exc.__context__), "cause:", exc.__cause__)

try:
    raise AppError("with", "several", 3)
except AppError as exc:
    print(exc, exc.args, len(exc.args))
print(issubclass(TimeoutFailure, AppError), AppError.__doc__, AppError.__mro__[1].__name__)


class RetryableError(AppError):
    def __init__(self, attempt: int) -> None:
        super().__init__(f"attempt {attempt} failed")
        self.attempt = attempt


def flaky(attempt: int) -> str:
    if attempt < 3:
        raise RetryableError(attempt)
    return f"succeeded on attempt {attempt}"


for n in range(1, 5):
    try:
        print(flaky(n))
        break
    except RetryableError as exc:
        print("retrying after:", exc)
