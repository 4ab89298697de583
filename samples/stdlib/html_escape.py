"""html.escape and html.unescape: quotes, named, decimal and hex references, and the standard's odd cases."""
import html

print(html.escape("<a href=\"x\">Tom & Jerry's</a>"))
print(html.escape("<a href=\"x\">Tom & Jerry's</a>", quote=False))
print(html.escape("plain"), repr(html.escape("")))
print(html.escape("&amp; already"))

for s in [
    "&lt;p&gt; &amp;&amp; &quot;q&quot; &#x27;s&#39;",
    "caf&eacute; na&iuml;ve &copy; 2024 &euro;5 &hellip;",
    "&#65;&#x42;&#X43;&#0068 &#x45",
    "&amp no semicolon &ampx &lt3 &notit; &notin; &not",
    "&unknown; & alone &; &#; &#x;",
    "&#128512; &#x1F600; &#0; &#13; &#128; &#x9F; &#1; &#xD800; &#x110000; &#xFFFE;",
    "&AElig;&Aacute &aacute; &LT &GT; &NotEqualTilde;",
    "no references at all",
    "&#99999999999999999999;",
    "&" + "a" * 40 + ";",
]:
    print(repr(html.unescape(s)))
print(html.unescape(html.escape("round <trip> & 'back' \"again\"")))
