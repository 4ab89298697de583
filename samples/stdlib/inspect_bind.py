import inspect
from inspect import BoundArguments, Parameter, Signature


def g(a, b, c=3, *args, d, e=5, **kw):
    return a


sig = inspect.signature(g)
ba = sig.bind(1, 2, d=4)
print(ba)
print(ba.arguments, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)
print(ba.args, ba.kwargs)
print(g(*ba.args, **ba.kwargs))

ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
print(sig.bind_partial(1))
print(sig.bind_partial(d=1).arguments)
print(isinstance(ba, BoundArguments), ba.signature is sig)

calls = [((1,), {}), ((), {"a": 1, "b": 2}), ((1, 2), {}), ((1, 2), {"a": 1, "d": 1}), ((1, 2), {"c": 3, "d": 4, "x": 5})]
for args, kwargs in calls:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)


def h(a, /, b, *, c):
    return a


hs = inspect.signature(h)
for args, kwargs in [((1, 2, 3), {}), ((), {"a": 1, "b": 2, "c": 3}), ((1,), {"b": 2, "c": 3, "d": 4}), ((1, 2), {"c": 3})]:
    try:
        print(hs.bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

# Building signatures by hand.
params = [
    Parameter("x", Parameter.POSITIONAL_ONLY),
    Parameter("y", Parameter.POSITIONAL_OR_KEYWORD, default=2, annotation=int),
    Parameter("rest", Parameter.VAR_POSITIONAL),
    Parameter("flag", Parameter.KEYWORD_ONLY, default=False),
    Parameter("opts", Parameter.VAR_KEYWORD),
]
made = Signature(params, return_annotation=str)
print(made, repr(made))
print(made.bind(1, y=5, flag=True, extra=0))
print(made.replace(return_annotation=Signature.empty))
print(made.replace(parameters=params[:2]))
p = params[1].replace(name="z", default=None)
print(p, repr(p), p.name, p.default, p.annotation, p.kind)
print(Parameter("k", Parameter.KEYWORD_ONLY), Signature([Parameter("k", Parameter.KEYWORD_ONLY)]))
print(Signature(), Signature([]) == Signature())
print(Parameter.KEYWORD_ONLY > Parameter.POSITIONAL_ONLY, Parameter.VAR_KEYWORD == Parameter.VAR_KEYWORD)

bad = [
    lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]),
    lambda: Signature([Parameter("a", Parameter.POSITIONAL_OR_KEYWORD, default=1), Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]),
    lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY), Parameter("a", Parameter.KEYWORD_ONLY)]),
    lambda: Parameter("not valid", Parameter.POSITIONAL_ONLY),
    lambda: Parameter("args", Parameter.VAR_POSITIONAL, default=()),
]
for make in bad:
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)


class Service:
    def __init__(self, host: str, port: int = 8080, *, secure: bool = False):
        self.host = host


ssig = inspect.signature(Service)
bound = ssig.bind("localhost", secure=True)
bound.apply_defaults()
print(bound.arguments)
svc = Service(*bound.args, **bound.kwargs)
print(svc.host, [(n, p.annotation.__name__) for n, p in ssig.parameters.items()])
