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


def pop_in_comprehension():
    d = {1: 1, 2: 2}
    print([d.pop(k) for k in d])


def grow_in_dict_comprehension():
    d = {1: 1, 2: 2}
    print({k: d.setdefault(k + 5, 0) for k in d.keys()})


attempt("helper", through_helper)
attempt("comprehension", pop_in_comprehension)
attempt("dict-comprehension", grow_in_dict_comprehension)
attempt("pop", pop_while_items)
attempt("clear", clear_while_values)
attempt("replace", replace_keys)
attempt("kept", kept_view)
attempt("kept-items", kept_items_replace)
attempt("next", next_after_change)
attempt("rewrite", rewrite_values)
attempt("copy", copy_first)
