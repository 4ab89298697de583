"""configparser: interpolation (basic and extended), files, and every error's message."""
import configparser
import os
import tempfile

basic = configparser.ConfigParser()
basic.read_string("""
[paths]
home = /home/me
data = %(home)s/data
cache = %(data)s/cache
percent = 100%%
bad = %(nothere)s/x
syntax = 50% off
loop1 = %(loop2)s
loop2 = %(loop1)s
""")
print(basic.get("paths", "cache"), basic.get("paths", "percent"))
print(basic.get("paths", "data", raw=True))
print(basic.get("paths", "data", vars={"home": "/override"}))
for opt in ["bad", "syntax", "loop1"]:
    try:
        basic.get("paths", opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, "|", e)
try:
    basic.set("paths", "x", "10% bad")
except ValueError as e:
    print("ValueError |", e)

ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[common]
root = /srv
[app]
dir = ${common:root}/app
logs = ${dir}/logs
cost = $$5
bad = ${common:nope}
worse = ${a:b:c}
""")
print(ext.get("app", "dir"), ext.get("app", "logs"), ext.get("app", "cost"))
for opt in ["bad", "worse"]:
    try:
        ext.get("app", opt)
    except configparser.InterpolationError as e:
        print(type(e).__name__, "|", e)

print("-- lookup errors")
c = configparser.ConfigParser()
c.read_string("[a]\nx = 1\n")
for call in [lambda: c.get("b", "x"), lambda: c.get("a", "y"), lambda: c.options("b"), lambda: c.add_section("a"), lambda: c.add_section("DEFAULT"), lambda: c.set("zz", "k", "v"), lambda: c.getint("a", "x") + c.getint("a", "missing")]:
    try:
        call()
    except (configparser.Error, ValueError) as e:
        print(type(e).__name__, "|", e, "|", e.args)
try:
    c["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    c["a"]["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    c.getint("a", "x", fallback=0) + c.getboolean("a", "x")
except ValueError as e:
    print("ValueError |", e)
c.set("a", "word", "maybe")
try:
    c.getboolean("a", "word")
except ValueError as e:
    print("ValueError |", e)
try:
    c.set("a", "n", 5)
except TypeError as e:
    print("TypeError |", e)

print("-- parsing errors")
for text in ["[s]\nx = 1\nx = 2\n", "[s]\n[s]\n", "key = value\n", "[s]\nnot an option line\n=novalue\n"]:
    try:
        configparser.ConfigParser().read_string(text)
    except configparser.Error as e:
        print(type(e).__name__, "|", e)
lenient = configparser.ConfigParser(strict=False)
lenient.read_string("[s]\nx = 1\nx = 2\n[s]\ny = 3\n")
print(lenient.items("s"))
try:
    configparser.ConfigParser().read_dict({"s": {"a": 1, "A": 2}})
except configparser.DuplicateOptionError as e:
    print(e)

print("-- files")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "app.ini")
    with open(path, "w") as f:
        f.write("[server]\nport = 8080\n")
    fc = configparser.ConfigParser()
    found = fc.read([path, os.path.join(tmp, "missing.ini")])
    print([os.path.basename(p) for p in found], fc.getint("server", "port"))
    fc["server"]["host"] = "localhost"
    with open(path, "w") as f:
        fc.write(f)
    with open(path) as f:
        print(f.read())
    again = configparser.ConfigParser()
    with open(path) as f:
        again.read_file(f)
    print(again.items("server"))
