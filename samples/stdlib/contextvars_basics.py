"""contextvars: ContextVar get/set/reset with tokens and defaults, copy_context, Context.run and
the Context mapping, and the errors CPython raises."""
import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar("request_id", default="-")
user = ContextVar("user")

print(request_id.get(), request_id.name, user.name)
try:
    user.get()
except LookupError:
    print("LookupError for an unset variable without default")
print(user.get("fallback"), user.get(None), request_id.get("explicit default wins"))

tok = user.set("alice")
print(user.get(), tok.var is user, tok.old_value is contextvars.Token.MISSING)
tok2 = user.set("bob")
print(user.get(), tok2.old_value)
user.reset(tok2)
print(user.get())
try:
    user.reset(tok2)
except RuntimeError:
    print("RuntimeError: a token is used once")
try:
    request_id.reset(tok)
except ValueError:
    print("ValueError: token of another variable")
user.reset(tok)
print(user.get("unset again"))

ctx = copy_context()


def in_ctx(x):
    request_id.set("set inside run")
    return x * 2, request_id.get()


print(ctx.run(in_ctx, 21), request_id.get())
print(ctx[request_id], request_id in ctx, user in ctx, ctx.get(user, "none"), ctx.get(user))
print(len(ctx) >= 1, request_id in list(ctx.keys()), "set inside run" in list(ctx.values()))
try:
    ctx[user]
except KeyError:
    print("KeyError for a variable the context lacks")
try:
    ctx.run(ctx.run, print, "x")
except RuntimeError:
    print("RuntimeError: a context cannot be entered twice")

# A copy is a snapshot; later changes on either side stay apart.
snap = ctx.copy()
ctx.run(request_id.set, "changed in ctx")
print(snap[request_id], ctx[request_id], request_id.get())


def token_from_other_context():
    return user.set("elsewhere")


other_token = copy_context().run(token_from_other_context)
try:
    user.reset(other_token)
except ValueError:
    print("ValueError: token created in a different Context")
