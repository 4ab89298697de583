"""csv: reading and writing with dialects, quoting modes, dict rows, files opened with newline=''."""
import csv
import io
import os
import tempfile

text = 'name,age,note\r\nAnn,31,"likes ""quotes"""\r\nBob,27,"multi\nline"\r\n\r\n"Cy, Jr.",40,\r\n'
rows = list(csv.reader(io.StringIO(text, newline="")))
print(rows)
r = csv.reader(["a,b", " c, d", "'e',f"], skipinitialspace=True, quotechar="'")
for row in r:
    print(row, r.line_num)
print(list(csv.reader(["x;y;z"], delimiter=";")))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")))
print(list(csv.reader(['"a"b,c', 'x"y"z'])))
print(list(csv.reader(['1,2.5,"three"', '"",-4'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['"q",x'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a,"b', 'c",d'])))
print(list(csv.reader(["tab\tsep"], dialect="excel-tab")), list(csv.reader([""])), list(csv.reader([])))

out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "new\nline", "", None, 3, 2.5, True])
w.writerows([["a"], [""], []])
print(repr(out.getvalue()))
for quoting in [csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL]:
    out = io.StringIO()
    csv.writer(out, quoting=quoting).writerow(["x", 1, 2.0, None, "y z"])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a,b", 'c"d', "e\\f"])
csv.writer(out, doublequote=False, escapechar="\\").writerow(['say "hi"'])
csv.writer(out, dialect="unix").writerow(["u", 1])
csv.writer(out, lineterminator="\n", delimiter="|").writerow(["p|q", "r"])
print(repr(out.getvalue()))

print("-- dialects")
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect("semi", Semi)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
out = io.StringIO()
csv.writer(out, "semi").writerow(["a;b", "c"])
csv.writer(out, dialect="pipes").writerow(["a", "b"])
csv.writer(out, Semi, delimiter=",").writerow(["x", "y"])
print(repr(out.getvalue()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar)
csv.unregister_dialect("pipes")
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))

print("-- DictReader / DictWriter")
data = "id,name\n1,ann\n2,bob,extra,more\n3\n\n4,dee\n"
dr = csv.DictReader(io.StringIO(data))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO("1,2,3\n"), fieldnames=["a", "b"], restkey="rest")
print(list(dr))
dr = csv.DictReader(io.StringIO("1\n"), fieldnames=["a", "b"], restval="?")
print(list(dr))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["id", "name", "city"], restval="n/a")
dw.writeheader()
dw.writerow({"id": 1, "name": "ann"})
dw.writerows([{"id": 2, "name": "bob", "city": "Oslo"}])
print(repr(out.getvalue()))
try:
    dw.writerow({"id": 3, "zip": "123"})
except ValueError as e:
    print("ValueError:", e)
ignore = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore")
ignore.writerow({"a": 1, "b": 2})
try:
    csv.DictWriter(io.StringIO(), ["a"], extrasaction="nope")
except ValueError as e:
    print("ValueError:", e)

print("-- files")
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.csv")
    with open(path, "w", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["city", "pop"])
        writer.writerow(["Oslo", 709000])
        writer.writerow(["Bergen, Norway", 285000])
    with open(path, newline="") as f:
        print(repr(f.read()))
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            print(row["city"], int(row["pop"]) // 1000)

print("-- errors")
for make in [
    lambda: list(csv.reader(['"ab"c'], strict=True)),
    lambda: list(csv.reader(['"ab'], strict=True)),
    lambda: list(csv.reader(["a\rb"])),
    lambda: list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC)),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.get_dialect("nope"),
    lambda: csv.reader([], delimiter="ab"),
    lambda: csv.reader([], delimiter=1),
    lambda: csv.reader([], quoting=9),
    lambda: csv.reader([], escapechar=5),
    lambda: csv.reader([], lineterminator=None),
]:
    try:
        make()
        print("no error")
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, "|", e)
print(csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print(e)
