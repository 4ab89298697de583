"""configparser: reading INI text, typed getters, DEFAULT, the mapping protocol and write()."""
import configparser
import io

TEXT = """
# a comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
ratio: 0.75
multi = first line
   second line

   after a blank
; another comment
empty =
"""

config = configparser.ConfigParser()
config.read_string(TEXT)
print(config.sections())
print(config.has_section("bitbucket.org"), config.has_section("DEFAULT"), config.has_section("nope"))
print(config.options("bitbucket.org"))
print(config.get("bitbucket.org", "user"), config.get("bitbucket.org", "USER"))
print(config.get("bitbucket.org", "compressionlevel"))
print(config.getint("topsecret.server.com", "port") + 1)
print(config.getfloat("topsecret.server.com", "ratio"))
print(config.getboolean("topsecret.server.com", "forwardx11"), config.getboolean("bitbucket.org", "compression"))
print(repr(config.get("topsecret.server.com", "multi")))
print(repr(config.get("topsecret.server.com", "empty")))
print(config.get("bitbucket.org", "missing", fallback="fb"))
print(config.getint("bitbucket.org", "missing", fallback=7))
print(config.get("no-such", "x", fallback=None))
print(config.has_option("bitbucket.org", "compression"), config.has_option("bitbucket.org", "port"))
print(config.items("bitbucket.org"))
print(dict(config.defaults()))

# The mapping protocol.
print("bitbucket.org" in config, "DEFAULT" in config, len(config))
print(list(config))
section = config["topsecret.server.com"]
print(section, section.name)
print(section["port"], section.get("port"), section.get("nope"), section.get("nope", "dflt"))
print(section.getint("port"), section.getboolean("compression"), section.getfloat("ratio"))
print(list(section))
print("port" in section, "nope" in section, len(section))
for key in config["bitbucket.org"]:
    print(" ", key, "=", config["bitbucket.org"][key])

config["new"] = {"a": "1", "B": "two"}
config["new"]["c"] = "3"
config.set("new", "d", "4")
config["DEFAULT"]["shared"] = "s"
print(config["new"]["b"], config.get("new", "shared"))
del config["new"]["a"]
print(config.options("new"))
print(config.remove_option("new", "d"), config.remove_option("new", "zzz"))
config.add_section("added")
print(config.remove_section("added"), config.remove_section("added"))

out = io.StringIO()
config.write(out)
print(out.getvalue())
out = io.StringIO()
config.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:3])

# read_dict converts values to strings; non-default options, valueless keys.
c2 = configparser.ConfigParser(allow_no_value=True)
c2.read_dict({"nums": {"one": 1, "half": 0.5, "flag": True}})
print(c2.items("nums"))
c2.read_string("[flags]\nverbose\nlevel = 3\n")
print(c2.get("flags", "verbose"), c2.get("flags", "level"))

# Custom delimiters, comment prefixes and inline comments.
c3 = configparser.ConfigParser(delimiters=("->",), inline_comment_prefixes=("#",), default_section="common")
c3.read_string("[common]\nbase -> /srv # where\n[app]\npath -> %(base)s/app\n")
print(c3.get("app", "path"), c3.sections())

# optionxform keeps case when replaced.
c4 = configparser.ConfigParser()
c4.optionxform = str
c4.read_string("[S]\nCamelCase = 1\n")
print(c4.options("S"))

# RawConfigParser does not interpolate; ConfigParser(interpolation=None) neither.
raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(b)s\nb = 1\n")
print(raw.get("s", "a"))
none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\na = 100%\n")
print(none.get("s", "a"))

# defaults given to the constructor.
c5 = configparser.ConfigParser({"color": "blue", "size": 3})
c5.read_string("[x]\n")
print(c5.get("x", "color"), c5.getint("x", "size"))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)

# converters= adds get<name> to the parser and to every section.
def as_list(value):
    return [part.strip() for part in value.split(",")]

c6 = configparser.ConfigParser(converters={"list": as_list})
c6.read_string("[s]\nitems = a, b ,c\n")
print(c6.getlist("s", "items"), c6["s"].getlist("items"), c6["s"].getlist("missing"))
c6["t"] = {"x": "1,2"}
print(c6["t"].getlist("x"), c6.getlist("s", "nope", fallback=[]))
