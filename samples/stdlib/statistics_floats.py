"""statistics on floats that happen to be whole, and 1 == 1.0 as one value in mode/multimode."""
import statistics
print(statistics.mean([1.0, 3.0]), statistics.median([1.0,3.0]), statistics.variance([1.0,2.0,3.0]), statistics.mode([1, 1.0, 2]), statistics.multimode([1.0, 1, 2, 2]))
data = [x * 0.5 for x in range(10)]
print(statistics.mean(data), statistics.stdev(data), statistics.median(data))
