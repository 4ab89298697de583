from . import register


def ten_percent(amount):
    return round(amount * 0.9, 2)


register("discount", ten_percent)
