"""urllib.parse: splitting, joining and rebuilding URLs, with CPython's result reprs and properties."""
import urllib.parse
from urllib.parse import urljoin, urlparse, urlsplit, urlunparse, urlunsplit, urldefrag

for url in [
    "https://user:pw@Example.COM:8443/a/b;p=1?q=2&r=3#frag",
    "http://example.com",
    "http://[::1]:80/path",
    "ftp://ftp.example.org/pub/file.txt",
    "mailto:someone@example.com",
    "file:///etc/hosts",
    "//cdn.example.com/lib.js",
    "relative/path?x=1",
    "/abs/path;params",
    "HTTP://Host/Path",
    "  https://trimmed.example/  ",
    "https://example.com/tab\tand\nnewline",
    "",
    "urn:isbn:0451450523",
    "path:8080",
]:
    p = urlparse(url)
    print(p)
    s = urlsplit(url)
    print(" ", s.scheme, s.netloc, s.path, s.query, s.fragment, "|", s.username, s.password, s.hostname, s.port)
    print(" ", urlunparse(p), "|", urlunsplit(s), "|", p.geturl())

print(urlparse("www.example.com/x", scheme="https"))
print(urlsplit("http://h/p#f", allow_fragments=False))
print(tuple(urlparse("http://h/p")), urlparse("http://h/p")[1], len(urlsplit("a")))
print(urlunsplit(("https", "h", "p", "", "")), urlunparse(("", "", "/x", "", "q", "")))
print(urlunsplit(("http", "", "path", "", "")), urlunsplit(["file", "", "/tmp", "", ""]))
for bad in ["http://[::1/x", "http://h:port/", "http://h:99999/"]:
    try:
        print(urlsplit(bad).port)
    except ValueError as e:
        print("ValueError:", e)

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "https://other/x"]:
    print(repr(ref), "->", urljoin(base, ref))
print(urljoin("https://site/dir/", "sub/page.html"), urljoin("https://site/dir", "page"), urljoin("", "x"), urljoin("a", ""))
print(urljoin("http://h/a/b", "c", allow_fragments=False))

print(urldefrag("http://h/p?q#frag"), urldefrag("http://h/p"))
d = urldefrag("http://h/p#x")
print(d.url, d.fragment, d.geturl())
print(urllib.parse.urlparse("http://h/")._replace(path="/new").geturl())
print(urllib.parse.SplitResult("http", "h", "/p", "", "").geturl())
