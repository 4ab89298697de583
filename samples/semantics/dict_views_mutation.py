"""A dict changed while a view of it (or the dict itself) is iterated raises CPython's RuntimeError."""


def grow(m):
    m[len(m) + 100] = 0


def attempt(label, fn):
    try:
        fn()
        print(label, "finished")
    except RuntimeError as e:
        print(label, "RuntimeError:", e)


def through_helper():
    d = {1: 1, 2: 2}
    for k in d:
        grow(d)


def pop_while_items():
    d = {1: 1, 2: 2}
    for k, v in d.items():
        d.pop(k)


def clear_while_values():
    d = {1: 1, 2: 2}
    for v in d.values():
        d.clear()


def replace_keys():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 10] = 0


def kept_view():
    d = {1: 1, 2: 2}
    ks = d.keys()
    for k in ks:
        d[k * 5] = 1


def kept_items_replace():
    d = {1: 1, 2: 2}
    view = d.items()
    for k, v in view:
        del d[k]
        d[k + 10] = v


def next_after_change():
    d = {1: 1}
    it = iter(d.values())
    d[2] = 2
    next(it)


def rewrite_values():
    d = {1: 1, 2: 2}
    for k in d.keys():
        d[k] = k * 10
    print(d)


def copy_first():
    d = {1: 1, 2: 2}
    for k in list(d.keys()):
        d[k + 10] = 0
    print(sorted(d))


attempt("helper", through_helper)
attempt("pop", pop_while_items)
attempt("clear", clear_while_values)
attempt("replace", replace_keys)
attempt("kept", kept_view)
attempt("kept-items", kept_items_replace)
attempt("next", next_after_change)
attempt("rewrite", rewrite_values)
attempt("copy", copy_first)
