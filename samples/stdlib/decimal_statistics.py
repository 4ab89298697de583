"""Decimal and Fraction data through statistics and fractions: results keep the data's type."""
import statistics
from decimal import Decimal
from fractions import Fraction

prices = [Decimal("19.99"), Decimal("5.01"), Decimal("10.00"), Decimal("3.50")]
print(statistics.mean(prices), statistics.median(prices), statistics.variance(prices), statistics.stdev(prices))
print(Fraction(Decimal("1.25")), Fraction.from_decimal(Decimal("-0.5")), Decimal(3) / Decimal("0.7"))
total = Decimal("0")
for p in prices:
    total += p
print(total, total / len(prices), (total / len(prices)).quantize(Decimal("0.01")), max(prices), min(prices))
