"""statistics: CPython's exact algorithms, result types that follow the data, and StatisticsError messages."""
import statistics
from fractions import Fraction
from statistics import NormalDist, StatisticsError

ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [2.5, 3.25, 5.5, 11.25, 0.1, 0.2, 0.3]
print(statistics.mean(ints), statistics.mean([1, 2, 3]), statistics.mean([1, 2]), statistics.mean(floats))
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]), statistics.mean([1, Fraction(1, 2)]), statistics.mean([1e50, 1, -1e50] * 10))
print(statistics.fmean(floats), statistics.fmean([1, 2, 3], weights=[3, 2, 1]), statistics.geometric_mean([54, 24, 36]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([2.5, 3, 10]), statistics.harmonic_mean([40, 60], weights=[5, 30]))
print(statistics.median(ints), statistics.median([1, 3, 5]), statistics.median([1, 3]), statistics.median([Fraction(1, 2), Fraction(3, 4)]))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red", "green", "red"]), statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode([]))
print(statistics.variance(ints), statistics.pvariance(ints), statistics.stdev(ints), statistics.pstdev(ints))
print(statistics.variance(floats), statistics.stdev(floats), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), statistics.pvariance([1, 2, 3, 4], mu=2.5), statistics.variance([1, 2, 3, 4, 5]))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4, method="inclusive"), statistics.quantiles([1.5, 2, 10], n=3))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(statistics.covariance(x, y), statistics.correlation(x, [9, 8, 7, 6, 5, 4, 3, 2, 1]), statistics.correlation(x, y))
lr = statistics.linear_regression([1971, 1975, 1979, 1982, 1983], [1, 2, 3, 4, 5])
print(lr, round(lr.slope, 6), statistics.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
n = NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, n.cdf(115), n.pdf(100), n.inv_cdf(0.975), n.zscore(130))
print(NormalDist().inv_cdf(0.001), NormalDist().quantiles(), NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
for fn, data in [(statistics.mean, []), (statistics.median, []), (statistics.mode, []), (statistics.variance, [1]), (statistics.stdev, [1]),
                 (statistics.pvariance, []), (statistics.fmean, []), (statistics.harmonic_mean, [1, -1]), (statistics.geometric_mean, [1, 0]),
                 (statistics.quantiles, [1])]:
    try:
        fn(data)
    except StatisticsError as e:
        print(type(e).__name__, e)
try:
    statistics.correlation([1, 1, 1], [1, 2, 3])
except StatisticsError as e:
    print("StatisticsError", e)
try:
    statistics.covariance([1, 2], [1])
except statistics.StatisticsError as e:
    print("StatisticsError", e, isinstance(e, ValueError))
try:
    statistics.mean(["a", "b"])
except TypeError as e:
    print("TypeError", e)
