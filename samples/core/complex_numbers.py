"""Complex numbers: literals, arithmetic, abs and truthiness."""
z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate())
print(z * 1j, (1 + 2j) + (3 - 1j), bool(0j), bool(1j))
print(complex(1, -1), complex("2+3j"), type(z).__name__)
