"""A ValueError escapes to the top level after some output: exit status 1, finally blocks still run."""


def parse_port(text: str) -> int:
    port = int(text)
    if not 0 < port < 65536:
        raise ValueError(f"port out of range: {port}")
    return port


def load_ports(entries: list[str]) -> list[int]:
    ports: list[int] = []
    for entry in entries:
        try:
            ports.append(parse_port(entry))
        except ValueError as exc:
            if entry.isdigit():
                raise
            print(f"skipping {entry!r}: {exc}")
        finally:
            print(f"checked {entry!r}, {len(ports)} accepted so far")
    return ports


print("valid list:", load_ports(["80", "http", "8080"]))
print("now a list with an out-of-range port:")
try:
    load_ports(["443", "70000", "22"])
finally:
    print("outer finally runs before the traceback")
print("never printed")
